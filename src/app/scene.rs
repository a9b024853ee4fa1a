//! What the editor derives from the document to draw it and to find things in it: the
//! layout, the painted shapes, an index of the cards and the far-out overview. It is a
//! cache of one document revision, rebuilt by the session when the revision changes and
//! never kept in step by hand.

use std::collections::HashMap;

use crate::layout::{LayoutOptions, MapLayout, layout};
use crate::model::{Card, CardId, JourneyMap};
use crate::paint::{Shape, paint};
use crate::theme::Theme;

/// The derived data of one revision of the open map.
pub struct Scene {
    /// The colours and sizes the map is drawn with.
    theme: Theme,
    /// Where everything is, in map space.
    laid_out: MapLayout,
    /// The map's appearance: the same shapes the exporters draw.
    shapes: Vec<Shape>,
    /// Where each card is in the document, for the lookups made every frame.
    card_index: HashMap<CardId, usize>,
    /// The whole map tessellated for a far-out zoom, made when first needed.
    pub(super) overview: Option<super::canvas::Overview>,
}

impl Scene {
    /// The scene of `map`.
    pub fn new(map: &JourneyMap, theme: Theme) -> Self {
        let laid_out = layout(map, &theme.metrics, LayoutOptions::default());
        let shapes = paint(&laid_out, &theme);
        let card_index = map
            .cards
            .iter()
            .enumerate()
            .map(|(i, c)| (c.id.clone(), i))
            .collect();
        Self {
            theme,
            laid_out,
            shapes,
            card_index,
            overview: None,
        }
    }

    /// The colours and sizes the map is drawn with.
    pub fn theme(&self) -> &Theme {
        &self.theme
    }

    /// Where everything is, in map space.
    pub fn laid_out(&self) -> &MapLayout {
        &self.laid_out
    }

    /// The map's appearance.
    pub fn shapes(&self) -> &[Shape] {
        &self.shapes
    }

    /// A card of `map` (the map this scene was made from), found through the index rather
    /// than by walking the list.
    pub fn card<'m>(&self, map: &'m JourneyMap, id: &CardId) -> Option<&'m Card> {
        self.card_index
            .get(id)
            .and_then(|&i| map.cards.get(i))
            .filter(|c| &c.id == id)
    }
}
