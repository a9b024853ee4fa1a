//! PDF from the painted shapes.

use super::{ExportError, ExportOptions};
use crate::model::JourneyMap;

/// The map as a PDF document's bytes.
pub fn pdf(_map: &JourneyMap, _options: &ExportOptions) -> Result<Vec<u8>, ExportError> {
    Err(ExportError::Render(
        "PDF export is not built yet".to_owned(),
    ))
}
