//! Any bytes as a staff member's registry export (CSV in any encoding, or
//! something that starts like an .xlsx): reading, mapping, checking every
//! row, the summary, a table page and both exports must never panic, and
//! rows in = rows out.
#![no_main]

use hitech_eligibility::shell::batch::Batch;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // The first byte picks the kind and encoding the user chose.
    let (choice, bytes) = data.split_first().map_or((0, data), |(c, rest)| (*c, rest));
    let kind = ["auto", "csv", "xlsx"][usize::from(choice % 3)];
    let encoding = ["auto", "utf-8", "gb18030"][usize::from(choice / 3 % 3)];
    let Ok(mut batch) = Batch::read(bytes, kind, encoding) else { return };
    let rows = batch.rows();
    let _ = batch.describe();
    let next = batch.run(0, rows, "2026-06-30").expect("a run over the rows read");
    assert_eq!(next, rows);
    let summary = batch.summary();
    assert_eq!(summary.rows, rows);
    let _ = batch.table("", "", 0, 50);
    let _ = batch.table("", "error", 0, 50);
    let csv = batch.export_csv();
    assert!(csv.starts_with(&[0xEF, 0xBB, 0xBF]), "the CSV export starts with a BOM");
    let _ = batch.export_xlsx();
});
