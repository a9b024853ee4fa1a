//! PowerPoint: an Office Open XML presentation of native, editable shapes.

use super::{ExportError, ExportOptions};
use crate::model::JourneyMap;

/// The bytes of a PowerPoint presentation of a map: the whole map on a 16:9 slide and, when
/// asked, one slide per phase with speaker notes.
pub fn pptx(map: &JourneyMap, options: &ExportOptions) -> Result<Vec<u8>, ExportError> {
    let _ = (map, options);
    Err(ExportError::Encode(
        "PowerPoint is not written yet".to_owned(),
    ))
}
