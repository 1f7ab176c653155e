//! The batch page's WebAssembly API (pkg/batch/batch.js, a classic worker's
//! `wasm_bindgen` global): a whole file read once into a [`Batch`], its
//! mapping shown and changed, rows checked in chunks (so that the worker can
//! report progress and stop between them), results summarised, filtered and
//! exported. JSON crosses as strings; every error is a thrown `Error` whose
//! message names the column or the argument.

use super::{targets, Batch as Inner, BatchError};
use wasm_bindgen::prelude::*;

/// The error, and for a file over a limit which one (`limit`, `row`,
/// `column`, `max`), so that the page can say it in its language.
#[allow(clippy::cast_precision_loss)] // rows, columns and limits are far below 2^53
fn js_error(error: &BatchError) -> JsValue {
    let thrown = js_sys::Error::new(&error.to_string());
    if let BatchError::Read(super::input::ReadError::Limit(limit)) = error {
        let (kind, row, column, max) = limit.parts();
        let fields = [
            ("limit", JsValue::from_str(kind)),
            ("row", JsValue::from_f64(row as f64)),
            ("column", JsValue::from_f64(column as f64)),
            ("max", JsValue::from_f64(max as f64)),
        ];
        for (key, value) in fields {
            let _ = js_sys::Reflect::set(&thrown, &JsValue::from_str(key), &value);
        }
    }
    // A file the page words itself (an .xls it cannot read, an encrypted workbook).
    if let Some(kind) = match error {
        BatchError::Read(read) => read.page_kind(),
        _ => None,
    } {
        let _ = js_sys::Reflect::set(&thrown, &JsValue::from_str("read"), &JsValue::from_str(kind));
    }
    thrown.into()
}

fn json<T: serde::Serialize>(value: &T) -> Result<String, JsValue> {
    serde_json::to_string(value).map_err(|error| js_sys::Error::new(&error.to_string()).into())
}

/// A number of rows from JavaScript: whole, 0 or more; larger than any file
/// for +Infinity.
#[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // clamped
fn count(value: f64) -> usize {
    if value.is_nan() || value <= 0.0 {
        0
    } else if value >= usize::MAX as f64 {
        usize::MAX
    } else {
        value as usize
    }
}

#[allow(clippy::cast_precision_loss)] // row indices are far below 2^53
fn number(value: usize) -> f64 {
    value as f64
}

/// The limits the page states before reading a file (limits.rs):
/// `{ maxFileBytes, maxCellChars, maxRows, maxColumns }`.
#[wasm_bindgen(js_name = batchLimits)]
pub fn batch_limits() -> String {
    super::limits::page_limits_json()
}

/// Every target a column can be mapped to: `[{ target, zh, en }]`.
#[wasm_bindgen(js_name = batchFacts)]
pub fn batch_facts() -> Result<String, JsValue> {
    json(&targets())
}

/// The zone directory, for the file's zone: `[{ id, zh, en, province }]`.
#[wasm_bindgen(js_name = batchZones)]
pub fn batch_zones() -> Result<String, JsValue> {
    let zones: Vec<serde_json::Value> = crate::engine::zone::ZONES
        .iter()
        .map(|zone| serde_json::json!({ "id": zone.id, "zh": zone.name.zh, "en": zone.name.en, "province": zone.province }))
        .collect();
    json(&zones)
}

/// A file being matched.
#[wasm_bindgen(js_name = Batch)]
pub struct Batch(Inner);

#[wasm_bindgen(js_class = Batch)]
impl Batch {
    /// Reads the whole file: `kind` "auto" | "csv" | "xlsx" | "xls", `encoding`
    /// "auto" | "utf-8" | "gb18030"; `headerRow` the header's row as staff
    /// chose it (1 to 10), or undefined to find it.
    #[wasm_bindgen(constructor)]
    pub fn new(bytes: &[u8], kind: &str, encoding: &str, header_row: Option<f64>) -> Result<Batch, JsValue> {
        let header_row = header_row.map(|row| u64::try_from(count(row)).unwrap_or(u64::MAX));
        Inner::read_at(bytes, kind, encoding, header_row).map(Batch).map_err(|error| js_error(&error))
    }

    /// `{ kind, encoding, encodingGuessed, headers, mapping, rows, sample }`.
    pub fn describe(&self) -> Result<String, JsValue> {
        json(&self.0.describe())
    }

    /// A JSON array with a target name or null for every column.
    #[wasm_bindgen(js_name = setMapping)]
    pub fn set_mapping(&mut self, mapping: &str) -> Result<(), JsValue> {
        self.0.set_mapping(mapping).map_err(|error| js_error(&error))
    }

    /// The whole file's location for the rows that state none:
    /// `{ zone, province, zoneLevel }` (each a name or null).
    #[wasm_bindgen(js_name = setSettings)]
    pub fn set_settings(&mut self, settings: &str) -> Result<(), JsValue> {
        self.0.set_settings(settings).map_err(|error| js_error(&error))
    }

    /// Applies a saved mapping (`{ columns, values, zone, province, zoneLevel }`).
    #[wasm_bindgen(js_name = setMappingFile)]
    pub fn set_mapping_file(&mut self, json: &str) -> Result<(), JsValue> {
        self.0.set_mapping_file(json).map_err(|error| js_error(&error))
    }

    /// The mapping in force, as a saved mapping's JSON.
    #[wasm_bindgen(js_name = mappingFile)]
    pub fn mapping_file(&self) -> String {
        self.0.mapping_file()
    }

    /// A yes/no or choice column's values: `[{ value, count, read, mapped }]` (0-based column).
    pub fn values(&self, column: f64, limit: f64) -> Result<String, JsValue> {
        json(&self.0.values(count(column), count(limit)))
    }

    /// How one column's cells are read: `{ cell: value or null }`.
    #[wasm_bindgen(js_name = setValues)]
    pub fn set_values(&mut self, column: f64, values: &str) -> Result<(), JsValue> {
        self.0.set_values(count(column), values).map_err(|error| js_error(&error))
    }

    /// Checks data rows `[start, end)` for `asOf`; returns the next index.
    pub fn run(&mut self, start: f64, end: f64, as_of: &str) -> Result<f64, JsValue> {
        self.0.run(count(start), count(end), as_of).map(number).map_err(|error| js_error(&error))
    }

    /// `{ rows, checked, failed, errors, measures, question }`.
    pub fn summary(&self) -> Result<String, JsValue> {
        json(&self.0.summary())
    }

    /// `{ total, rows: [{ row, name, code, error, statuses, missing }] }`.
    pub fn table(&self, measure: &str, status: &str, offset: f64, limit: f64) -> Result<String, JsValue> {
        let table = self.0.table(measure, status, count(offset), count(limit)).map_err(|error| js_error(&error))?;
        json(&table)
    }

    /// The results as CSV (UTF-8 with a byte-order mark, CRLF).
    #[wasm_bindgen(js_name = exportCsv)]
    pub fn export_csv(&self) -> Vec<u8> {
        self.0.export_csv()
    }

    /// The notification list of one measure (`format` "csv" | "xlsx"; `words`
    /// the page's words as JSON).
    #[wasm_bindgen(js_name = exportNotification)]
    pub fn export_notification(&self, measure: &str, words: &str, format: &str) -> Result<Vec<u8>, JsValue> {
        self.0.export_notification(measure, words, format).map_err(|error| js_error(&error))
    }

    /// The whole table for people (`words`: the page's headers, statuses and
    /// measures, as JSON).
    #[wasm_bindgen(js_name = exportReadable)]
    pub fn export_readable(&self, words: &str, format: &str) -> Result<Vec<u8>, JsValue> {
        self.0.export_readable(words, format).map_err(|error| js_error(&error))
    }

    /// The number of data rows.
    pub fn rows(&self) -> f64 {
        number(self.0.rows())
    }

    /// Data rows `[start, end)` of the CSV export (with the byte-order mark
    /// and header when `start` is 0): a large export is written in pieces.
    #[wasm_bindgen(js_name = exportCsvPart)]
    pub fn export_csv_part(&self, start: f64, end: f64) -> Vec<u8> {
        self.0.export_csv_part(count(start), count(end))
    }

    /// The mapping, value maps and settings in force (JSON), for
    /// `setRunState` in a second worker that read the same file.
    #[wasm_bindgen(js_name = runState)]
    pub fn run_state(&self) -> String {
        self.0.run_state()
    }

    /// Takes another instance's `runState`; clears the results.
    #[wasm_bindgen(js_name = setRunState)]
    pub fn set_run_state(&mut self, json: &str) -> Result<(), JsValue> {
        self.0.set_run_state(json).map_err(|error| js_error(&error))
    }

    /// Data rows `[start, end)` as read, with the headers, packed for
    /// `Batch.fromRows` in a second worker (which then reads no file).
    #[wasm_bindgen(js_name = rowsPart)]
    pub fn rows_part(&self, start: f64, end: f64) -> Vec<u8> {
        self.0.rows_part(count(start), count(end))
    }

    /// The rows another instance's `rowsPart` packed, nothing run; its
    /// `part` says where in the file they are.
    #[wasm_bindgen(js_name = fromRows)]
    pub fn from_rows(packed: &[u8]) -> Result<Batch, JsValue> {
        Inner::from_rows(packed).map(Batch).map_err(|error| js_error(&error))
    }

    /// The results of data rows `[start, end)`, packed for `mergePart`.
    pub fn part(&self, start: f64, end: f64) -> Vec<u8> {
        self.0.part(count(start), count(end))
    }

    /// Takes another instance's `part` of the same run (`asOf` its date):
    /// its rows' results read as if run here.
    #[wasm_bindgen(js_name = mergePart)]
    pub fn merge_part(&mut self, packed: &[u8], as_of: &str) -> Result<(), JsValue> {
        self.0.merge_part(packed, as_of).map_err(|error| js_error(&error))
    }

    /// The results as an .xlsx workbook.
    #[wasm_bindgen(js_name = exportXlsx)]
    pub fn export_xlsx(&self) -> Result<Vec<u8>, JsValue> {
        self.0.export_xlsx().map_err(|error| js_error(&error))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test;

    const CSV: &str = "企业名称,所在高新区,营业收入（万元）,是否高新技术企业,是否规上,是否在科创板上市\r\n\
                       甲公司,重庆高新区,8000,是,是,是\r\n\
                       乙公司,贵阳高新区,5OO,否,否,否\r\n";

    fn message(error: &JsValue) -> String {
        js_sys::Reflect::get(error, &"message".into()).ok().and_then(|m| m.as_string()).unwrap_or_default()
    }

    #[wasm_bindgen_test]
    fn a_file_is_read_mapped_run_and_exported() {
        let gbk = encoding_rs::GB18030.encode(CSV).0.into_owned();
        let mut batch = Batch::new(&gbk, "auto", "auto", None).unwrap();
        let described: serde_json::Value = serde_json::from_str(&batch.describe().unwrap()).unwrap();
        assert_eq!(described["encoding"], "gb18030");
        assert_eq!(described["mapping"][2], "revenueYuan");
        assert_eq!(batch.run(0.0, f64::INFINITY, "2026-11-29").unwrap(), 2.0);
        let summary: serde_json::Value = serde_json::from_str(&batch.summary().unwrap()).unwrap();
        assert_eq!((summary["checked"].as_u64(), summary["failed"].as_u64()), (Some(1), Some(1)));
        assert_eq!(summary["errors"][0]["row"], 3);
        assert_eq!(summary["errors"][0]["header"], "营业收入（万元）");
        let table: serde_json::Value =
            serde_json::from_str(&batch.table("chongqing.star-listing-award", "eligible", 0.0, 10.0).unwrap()).unwrap();
        assert_eq!(table["rows"][0]["name"], "甲公司");
        assert!(batch.export_csv().starts_with(b"\xEF\xBB\xBF"));
        assert!(batch.export_xlsx().unwrap().starts_with(b"PK\x03\x04"));
        let targets: serde_json::Value = serde_json::from_str(&batch_facts().unwrap()).unwrap();
        assert!(targets.as_array().unwrap().iter().any(|t| t["target"] == "@name"));
    }

    #[wasm_bindgen_test]
    fn a_zones_registry_through_the_worker_api() {
        let csv = "企业名称,统一社会信用代码,所属园区,是否高新技术企业,联系人\r\n\
                   甲,91350100M000100Y43,西永微电子产业园,是,张三\r\n";
        let mut batch = Batch::new(csv.as_bytes(), "csv", "utf-8", None).unwrap();
        batch.set_settings(r#"{"zone": "chongqing"}"#).unwrap();
        batch.run(0.0, 1.0, "2026-12-06").unwrap();
        let summary: serde_json::Value = serde_json::from_str(&batch.summary().unwrap()).unwrap();
        assert_eq!((summary["zoneFromFile"].as_u64(), summary["failed"].as_u64()), (Some(1), Some(0)));
        let zones: serde_json::Value = serde_json::from_str(&batch_zones().unwrap()).unwrap();
        assert!(zones.as_array().unwrap().iter().any(|z| z["id"] == "chongqing" && z["province"] == "chongqing"));
        let saved: serde_json::Value = serde_json::from_str(&batch.mapping_file()).unwrap();
        assert_eq!(saved["zone"], "chongqing");
        batch.set_mapping_file(&batch.mapping_file()).unwrap();
        let values: serde_json::Value = serde_json::from_str(&batch.values(3.0, 10.0).unwrap()).unwrap();
        assert_eq!(values[0]["read"], "true");
        let words = r#"{"row": "行号", "measure": "政策", "status": "结果", "missing": "缺少的信息", "draft": "征求意见稿",
                        "title": "t", "draftMark": "征求意见稿", "statuses": {}}"#;
        let list = batch.export_notification("chongqing.star-listing-award", words, "csv").unwrap();
        assert!(String::from_utf8(list).unwrap().contains("联系人"));
        assert!(message(&batch.set_settings(r#"{"zone": "火星"}"#).unwrap_err()).starts_with("zone:"));
    }

    #[wasm_bindgen_test]
    fn a_file_over_a_limit_throws_which_limit_and_where() {
        let long = format!("企业名称,备注\r\n甲公司,{}\r\n", "长".repeat(32_768));
        let Err(error) = Batch::new(long.as_bytes(), "auto", "auto", None) else { panic!("read") };
        let field = |key: &str| js_sys::Reflect::get(&error, &key.into()).unwrap_or(JsValue::UNDEFINED);
        assert_eq!(field("limit").as_string().as_deref(), Some("cellTooLong"));
        assert_eq!(
            (field("row").as_f64(), field("column").as_f64(), field("max").as_f64()),
            (Some(2.0), Some(2.0), Some(32_767.0))
        );
        let limits: serde_json::Value = serde_json::from_str(&batch_limits()).unwrap();
        assert_eq!(limits["maxFileBytes"], 256 << 20);
    }

    #[wasm_bindgen_test]
    fn errors_are_thrown_naming_the_column_or_argument() {
        let mut batch = Batch::new(CSV.as_bytes(), "csv", "utf-8", None).unwrap();
        let error = batch.set_mapping(r#"["@name","zone","zone",null,null,null]"#).unwrap_err();
        assert!(message(&error).starts_with("column 3 (营业收入（万元）)"), "{}", message(&error));
        assert!(message(&batch.run(0.0, 1.0, "tomorrow").unwrap_err()).starts_with("asOf:"));
        assert!(message(&Batch::new(b"", "auto", "auto", None).err().unwrap()).contains("empty"));
    }
}
