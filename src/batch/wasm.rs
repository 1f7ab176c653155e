//! The batch page's WebAssembly API (pkg/batch/batch.js, a classic worker's
//! `wasm_bindgen` global): a whole file read once into a [`Batch`], its
//! mapping shown and changed, rows checked in chunks (so that the worker can
//! report progress and stop between them), results summarised, filtered and
//! exported. JSON crosses as strings; every error is a thrown `Error` whose
//! message names the column or the argument.

use super::{targets, Batch as Inner, BatchError};
use wasm_bindgen::prelude::*;

fn js_error(error: &BatchError) -> JsValue {
    js_sys::Error::new(&error.to_string()).into()
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

/// Every target a column can be mapped to: `[{ target, zh, en }]`.
#[wasm_bindgen(js_name = batchFacts)]
pub fn batch_facts() -> Result<String, JsValue> {
    json(&targets())
}

/// A file being matched.
#[wasm_bindgen(js_name = Batch)]
pub struct Batch(Inner);

#[wasm_bindgen(js_class = Batch)]
impl Batch {
    /// Reads the whole file: `kind` "auto" | "csv" | "xlsx", `encoding`
    /// "auto" | "utf-8" | "gb18030".
    #[wasm_bindgen(constructor)]
    pub fn new(bytes: &[u8], kind: &str, encoding: &str) -> Result<Batch, JsValue> {
        Inner::read(bytes, kind, encoding).map(Batch).map_err(|error| js_error(&error))
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

    /// The results as an .xlsx workbook.
    #[wasm_bindgen(js_name = exportXlsx)]
    pub fn export_xlsx(&self) -> Result<Vec<u8>, JsValue> {
        self.0.export_xlsx().map_err(|error| js_error(&error))
    }
}
