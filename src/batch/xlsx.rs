//! The export as an .xlsx workbook, written by `rust_xlsxwriter`: one
//! sheet, the same table as the CSV export, every cell as text (what was
//! read is given back as it was read).

use super::check::measures;
use super::export::{error_text, missing_text};
use super::{ExportRow, Outcome};
use crate::date::CivilDate;
use crate::encode::status_name;
use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, Workbook, XlsxError};

/// Writes the workbook. `created` is its creation date (the run's `asOf`):
/// a fixed date keeps the same results the same bytes.
pub(crate) fn write<'a>(
    headers: &[String],
    columns: usize,
    created: Option<CivilDate>,
    rows: impl Iterator<Item = ExportRow<'a>>,
) -> Result<Vec<u8>, XlsxError> {
    let mut workbook = Workbook::new();
    let date = match created {
        Some(date) => ExcelDateTime::from_ymd(date.year(), date.month(), date.day())?,
        None => ExcelDateTime::from_ymd(2000, 1, 1)?,
    };
    workbook.set_properties(&DocProperties::new().set_creation_datetime(&date));
    let sheet = workbook.add_worksheet();
    let bold = Format::new().set_bold();
    for (column, header) in headers.iter().enumerate() {
        sheet.write_string_with_format(0, column_number(column)?, header, &bold)?;
    }
    sheet.set_freeze_panes(1, 0)?;
    let mut missing = String::new();
    for (index, row) in rows.enumerate() {
        let line = u32::try_from(index + 1).map_err(|_| XlsxError::RowColumnLimitError)?;
        for (column, cell) in row.cells.iter().take(columns).enumerate() {
            if !cell.is_empty() {
                sheet.write_string(line, column_number(column)?, cell)?;
            }
        }
        let error_column = column_number(columns)?;
        match &row.outcome {
            Outcome::NotRun => {}
            Outcome::Failed(errors) => {
                sheet.write_string(line, error_column, error_text(errors))?;
            }
            Outcome::Checked(results) => {
                for (position, (status, set)) in results.iter().enumerate().take(measures().len()) {
                    let column = column_number(columns + 1 + 2 * position)?;
                    sheet.write_string(line, column, status_name(*status))?;
                    missing_text(&mut missing, *set);
                    if !missing.is_empty() {
                        sheet.write_string(line, column + 1, &missing)?;
                    }
                }
            }
        }
    }
    workbook.save_to_buffer()
}

fn column_number(column: usize) -> Result<u16, XlsxError> {
    u16::try_from(column).map_err(|_| XlsxError::RowColumnLimitError)
}
