//! Pan and zoom of the canvas: where map space lands on the screen. Pure, so it is tested
//! without a window.

use egui::emath::TSTransform;
use egui::{Pos2, Rect, Vec2};

/// The smallest and largest zoom. A map of thousands of cards needs a few per cent to be
/// seen whole.
pub const ZOOM_RANGE: std::ops::RangeInclusive<f32> = 0.02..=4.0;

/// The zoom steps that zoom in and out go through.
const ZOOM_STEPS: [f32; 17] = [
    0.02, 0.05, 0.1, 0.15, 0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1.0, 1.25, 1.5, 2.0, 2.5, 3.0, 4.0,
];

/// How the map is shown in the canvas.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct View {
    /// Screen points per map unit.
    pub zoom: f32,
    /// Where the map's origin is, relative to the canvas's top-left corner.
    pub offset: Vec2,
}

impl Default for View {
    fn default() -> Self {
        Self {
            zoom: 1.0,
            offset: Vec2::splat(24.0),
        }
    }
}

impl View {
    /// The transform from map space to the screen, for a canvas at `canvas`.
    pub fn screen_from_map(&self, canvas: Rect) -> TSTransform {
        TSTransform::new(canvas.min.to_vec2() + self.offset, self.zoom)
    }

    /// Moves the map so a map point is in the middle of the canvas, keeping the zoom.
    pub fn center_on(&mut self, canvas: Rect, map_point: Pos2) {
        self.offset = canvas.center() - canvas.min - map_point.to_vec2() * self.zoom;
    }

    /// Moves the map by a screen distance.
    pub fn pan(&mut self, delta: Vec2) {
        self.offset += delta;
    }

    /// Zooms by a factor, keeping the map point under `anchor` (a screen point) still.
    pub fn zoom_around(&mut self, canvas: Rect, anchor: Pos2, factor: f32) {
        let new_zoom = (self.zoom * factor).clamp(*ZOOM_RANGE.start(), *ZOOM_RANGE.end());
        self.set_zoom_around(canvas, anchor, new_zoom);
    }

    /// Sets the zoom, keeping the map point under `anchor` still.
    pub fn set_zoom_around(&mut self, canvas: Rect, anchor: Pos2, zoom: f32) {
        let zoom = zoom.clamp(*ZOOM_RANGE.start(), *ZOOM_RANGE.end());
        let map_point = self.screen_from_map(canvas).inverse().mul_pos(anchor);
        self.zoom = zoom;
        let now = self.screen_from_map(canvas).mul_pos(map_point);
        self.offset += anchor - now;
    }

    /// The next zoom step in, around the canvas centre.
    pub fn zoom_in(&mut self, canvas: Rect) {
        let next = ZOOM_STEPS
            .iter()
            .copied()
            .find(|&z| z > self.zoom + 1e-3)
            .unwrap_or(*ZOOM_RANGE.end());
        self.set_zoom_around(canvas, canvas.center(), next);
    }

    /// The next zoom step out, around the canvas centre.
    pub fn zoom_out(&mut self, canvas: Rect) {
        let next = ZOOM_STEPS
            .iter()
            .rev()
            .copied()
            .find(|&z| z < self.zoom - 1e-3)
            .unwrap_or(*ZOOM_RANGE.start());
        self.set_zoom_around(canvas, canvas.center(), next);
    }

    /// Shows the whole map, centred, with a margin.
    pub fn fit(&mut self, canvas: Rect, map_bounds: Rect) {
        let margin = 16.0;
        let room = (canvas.size() - Vec2::splat(2.0 * margin)).max(Vec2::splat(1.0));
        let size = map_bounds.size().max(Vec2::splat(1.0));
        self.zoom = (room.x / size.x)
            .min(room.y / size.y)
            .clamp(*ZOOM_RANGE.start(), *ZOOM_RANGE.end());
        let shown = size * self.zoom;
        self.offset = (canvas.size() - shown) / 2.0 - map_bounds.min.to_vec2() * self.zoom;
    }

    /// The zoom as a user reads it: "75 %".
    pub fn zoom_label(&self) -> String {
        format!("{:.0} %", self.zoom * 100.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui::{pos2, vec2};

    fn canvas() -> Rect {
        Rect::from_min_size(pos2(0.0, 30.0), vec2(1000.0, 700.0))
    }

    #[test]
    fn zooming_keeps_the_point_under_the_pointer_still() {
        let mut view = View::default();
        let anchor = pos2(400.0, 300.0);
        let before = view.screen_from_map(canvas()).inverse().mul_pos(anchor);
        view.zoom_around(canvas(), anchor, 1.7);
        let after = view.screen_from_map(canvas()).inverse().mul_pos(anchor);
        assert!((before - after).length() < 1e-3);
        assert!((view.zoom - 1.7).abs() < 1e-6);
    }

    #[test]
    fn zoom_stays_in_range() {
        let mut view = View::default();
        view.zoom_around(canvas(), pos2(0.0, 0.0), 100.0);
        assert_eq!(view.zoom, 4.0);
        view.zoom_around(canvas(), pos2(0.0, 0.0), 0.0001);
        assert_eq!(view.zoom, 0.02);
    }

    #[test]
    fn zoom_steps_go_in_and_out() {
        let mut view = View::default();
        view.zoom_in(canvas());
        assert_eq!(view.zoom, 1.25);
        view.zoom_out(canvas());
        view.zoom_out(canvas());
        assert_eq!(view.zoom, 0.9);
    }

    #[test]
    fn fit_shows_the_whole_map_centred() {
        let mut view = View::default();
        let map = Rect::from_min_size(Pos2::ZERO, vec2(2000.0, 1000.0));
        view.fit(canvas(), map);
        let shown = view.screen_from_map(canvas()).mul_rect(map);
        assert!(canvas().contains_rect(shown));
        assert!((shown.center() - canvas().center()).length() < 0.5);
        assert!((shown.width() - (1000.0 - 32.0)).abs() < 0.5);
    }
}
