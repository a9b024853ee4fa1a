//! Putting pictures on cards in the editor: pasted, dropped on a card or an empty cell,
//! chosen in the inspector; undone and redone; and a file that is no picture refused
//! with a sentence, the map untouched. Real pointer and key events, as a user gives them.

#![expect(
    clippy::unwrap_used,
    reason = "a test that cannot set itself up fails there, with the reason"
)]

mod common;

use std::sync::Arc;
use std::time::{Duration, Instant};

use common::{
    ScriptedDialogs, card_center, cell_on_screen, click_card, editor, map_of, redo, undo,
};
use egui::Modifiers;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use journeymap::app::{JourneyApp, Start};
use journeymap::model::CardId;
use journeymap::paint::egui_backend::PictureTextures;

/// The sample without pictures of its own.
fn plain_sample() -> Start {
    let index = journeymap::samples::SAMPLES
        .iter()
        .position(|s| s.name == "complaint-handling")
        .unwrap();
    Start::Sample(index)
}

/// Steps the editor until the picture thread has nothing left to do (at most 60 s).
fn wait_for_pictures(harness: &mut Harness<'_, JourneyApp>) {
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        harness.step();
        if !harness.state().pictures_busy() {
            break;
        }
        assert!(Instant::now() < deadline, "the pictures were never done");
        std::thread::sleep(Duration::from_millis(10));
    }
    harness.run();
}

#[derive(Debug)]
struct Dropped(std::path::PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &std::path::Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

/// A file dropped on the window where the pointer is.
fn drop_file(harness: &mut Harness<'_, JourneyApp>, path: std::path::PathBuf) {
    harness
        .input_mut()
        .dropped_files
        .push(Arc::new(Dropped(path)));
}

fn orange_image() -> egui::ColorImage {
    egui::ColorImage::new(
        [120, 80],
        vec![egui::Color32::from_rgb(240, 120, 20); 120 * 80],
    )
}

fn png_file(name: &str) -> std::path::PathBuf {
    let dir = common::scratch("pictures");
    let path = dir.join(name);
    image::RgbImage::from_pixel(64, 48, image::Rgb([30, 140, 200]))
        .save(&path)
        .unwrap();
    path
}

#[test]
fn a_pasted_picture_goes_on_the_selected_card_and_undo_takes_it_off() {
    let mut harness = editor(plain_sample(), ScriptedDialogs::default());
    let original = map_of(&harness);
    let card = original.cards[0].id.clone();
    click_card(&mut harness, &card, Modifiers::NONE);
    harness.event(egui::Event::PasteImage(Arc::new(orange_image())));
    harness.step();
    wait_for_pictures(&mut harness);

    let map = map_of(&harness);
    let id = map
        .card(&card)
        .unwrap()
        .picture
        .clone()
        .expect("the card has the picture");
    assert_eq!(map.pictures.len(), 1);
    assert_eq!((map.pictures[0].width, map.pictures[0].height), (120, 80));
    // The canvas has the picture's texture: decoded on the picture thread, then uploaded.
    assert!(PictureTextures::of(&harness.ctx).get(&id).is_some());

    undo(&mut harness);
    assert_eq!(
        map_of(&harness),
        original,
        "one undo takes card picture and table back"
    );
    redo(&mut harness);
    assert_eq!(map_of(&harness), map);
}

#[test]
fn a_picture_dropped_on_an_empty_cell_becomes_a_picture_card_titled_after_its_file() {
    let mut harness = editor(plain_sample(), ScriptedDialogs::default());
    let original = map_of(&harness);
    // An empty cell: a phase and lane with no cards, on a lane that holds cards.
    let (phase, lane) = original
        .phases
        .iter()
        .flat_map(|p| original.lanes.iter().map(move |l| (p, l)))
        .find(|(p, l)| {
            l.kind != journeymap::model::LaneKind::Emotions
                && original.cards_in(&p.id, &l.id).next().is_none()
        })
        .map(|(p, l)| (p.id.clone(), l.id.clone()))
        .unwrap();
    let at = cell_on_screen(harness.state(), &phase, &lane).center();
    harness.hover_at(at);
    harness.run();
    drop_file(&mut harness, png_file("shop-window.png"));
    harness.step();
    wait_for_pictures(&mut harness);

    let map = map_of(&harness);
    let added = common::added_card(&original, &map);
    assert_eq!(added.title, "Shop window");
    assert_eq!((&added.phase, &added.lane), (&phase, &lane));
    assert!(added.picture.is_some());
    undo(&mut harness);
    assert_eq!(map_of(&harness), original);
}

#[test]
fn a_picture_dropped_on_a_card_goes_on_that_card() {
    let mut harness = editor(plain_sample(), ScriptedDialogs::default());
    let card = map_of(&harness).cards[3].id.clone();
    harness.hover_at(card_center(&harness, &card));
    harness.run();
    drop_file(&mut harness, png_file("counter.jpg.png"));
    harness.step();
    wait_for_pictures(&mut harness);
    assert!(map_of(&harness).card(&card).unwrap().picture.is_some());
}

#[test]
fn a_file_that_is_no_picture_is_refused_with_a_sentence_and_nothing_changes() {
    let mut harness = editor(plain_sample(), ScriptedDialogs::default());
    let original = map_of(&harness);
    let card = original.cards[0].id.clone();
    let fake = common::scratch("not-a-picture").join("holiday.jpg");
    std::fs::write(&fake, b"these are words, not pixels").unwrap();
    harness.hover_at(card_center(&harness, &card));
    harness.run();
    drop_file(&mut harness, fake);
    harness.step();
    wait_for_pictures(&mut harness);
    assert_eq!(map_of(&harness), original);
    let said = harness.query_all_by_label_contains("not a picture journeymap can read");
    assert!(said.count() > 0, "the refusal is said");
}

#[test]
fn the_inspector_chooses_a_picture_and_removes_it() {
    let dialogs = ScriptedDialogs::default();
    let mut harness = editor(plain_sample(), dialogs.clone());
    let card: CardId = map_of(&harness).cards[1].id.clone();
    click_card(&mut harness, &card, Modifiers::NONE);
    dialogs.answer(png_file("leaflet.png"));
    harness.get_by_label("Choose picture…").click();
    harness.step();
    wait_for_pictures(&mut harness);
    assert!(map_of(&harness).card(&card).unwrap().picture.is_some());

    harness.get_by_label("Remove picture").click();
    harness.run();
    let map = map_of(&harness);
    assert!(map.card(&card).unwrap().picture.is_none());
    assert!(
        map.pictures.is_empty(),
        "a picture nothing shows leaves the file"
    );
}
