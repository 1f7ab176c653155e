use crate::measure::{Document, DocumentStatus, Measure};
use crate::text::Text;
pub(super) const DOCUMENT: Document = Document { file: "", title: Text::new("", ""), issuer: Text::new("", ""), number: None, date: None, status: DocumentStatus::InForce, note: Text::new("", "") };
pub(super) static MEASURES: &[Measure] = &[];
