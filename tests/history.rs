//! Random sequences of edits: the document stays valid after each, undoing all of them gives
//! back the original, and redoing all of them gives the final document again.

use journeymap::edit::History;
use journeymap::edit::ops::{self, Place};
use journeymap::file;
use journeymap::model::{Card, Color, JourneyMap, MapState, Phase, PhaseId, Severity, check};
use journeymap::samples::SAMPLES;
use proptest::prelude::*;

#[derive(Clone, Debug)]
enum Gesture {
    Delete(Vec<usize>),
    Move(Vec<usize>, usize, usize, Option<usize>),
    Add(usize, usize, String),
    Rename(usize, String),
    Duplicate(Vec<usize>),
    Meta(String, bool),
    AddPhase(usize, String),
    MovePhase(usize, usize),
    DeletePhase(usize),
    MoveLane(usize, usize),
    DeleteLane(usize),
    AddPersona,
    DeletePersona(usize),
    HidePersona(usize),
    AddPoint(usize, usize, i8),
    MovePoint(usize, usize, Option<usize>, i8),
    DeletePoint(usize),
    Reconnect(usize, bool, usize),
    Undo,
    Redo,
}

fn gesture() -> impl Strategy<Value = Gesture> {
    let picks = || prop::collection::vec(0..64usize, 1..4);
    prop_oneof![
        picks().prop_map(Gesture::Delete),
        (picks(), 0..8usize, 0..8usize, prop::option::of(0..64usize))
            .prop_map(|(cards, phase, lane, before)| Gesture::Move(cards, phase, lane, before)),
        (0..8usize, 0..8usize, "\\PC{0,12}").prop_map(|(p, l, t)| Gesture::Add(p, l, t)),
        (0..64usize, "\\PC{0,12}").prop_map(|(c, t)| Gesture::Rename(c, t)),
        picks().prop_map(Gesture::Duplicate),
        ("\\PC{0,12}", any::<bool>()).prop_map(|(t, f)| Gesture::Meta(t, f)),
        (0..8usize, "\\PC{0,12}").prop_map(|(i, n)| Gesture::AddPhase(i, n)),
        (0..8usize, 0..8usize).prop_map(|(a, b)| Gesture::MovePhase(a, b)),
        (0..8usize).prop_map(Gesture::DeletePhase),
        (0..8usize, 0..8usize).prop_map(|(a, b)| Gesture::MoveLane(a, b)),
        (0..8usize).prop_map(Gesture::DeleteLane),
        Just(Gesture::AddPersona),
        (0..4usize).prop_map(Gesture::DeletePersona),
        (0..4usize).prop_map(Gesture::HidePersona),
        (0..4usize, 0..8usize, -4..=4i8).prop_map(|(p, ph, s)| Gesture::AddPoint(p, ph, s)),
        (
            0..32usize,
            0..8usize,
            prop::option::of(0..64usize),
            -4..=4i8
        )
            .prop_map(|(i, ph, c, s)| Gesture::MovePoint(i, ph, c, s)),
        (0..32usize).prop_map(Gesture::DeletePoint),
        (0..16usize, any::<bool>(), 0..64usize).prop_map(|(l, e, c)| Gesture::Reconnect(l, e, c)),
        Just(Gesture::Undo),
        Just(Gesture::Redo),
    ]
}

fn edit_for(map: &JourneyMap, gesture: &Gesture) -> Option<journeymap::edit::Edit> {
    let card = |i: &usize| {
        map.cards
            .get(i % map.cards.len().max(1))
            .map(|c| c.id.clone())
    };
    let card_of = |i: &usize| card(i);
    let ids = |picks: &[usize]| picks.iter().filter_map(card).collect::<Vec<_>>();
    let place = |p: usize, l: usize, before: Option<CardId>| Place {
        phase: map.phases[p % map.phases.len()].id.clone(),
        lane: map.lanes[l % map.lanes.len()].id.clone(),
        before,
    };
    Some(match gesture {
        Gesture::Delete(picks) => ops::delete_cards(map, &ids(picks)),
        Gesture::Move(picks, p, l, before) => {
            let before = before.as_ref().and_then(card);
            ops::move_cards(map, &ids(picks), &place(*p, *l, before))
        }
        Gesture::Add(p, l, title) => {
            let new = Card::new(
                ops::new_card_id(map),
                map.phases[0].id.clone(),
                map.lanes[0].id.clone(),
                title,
            );
            ops::add_card(map, new, &place(*p, *l, None))
        }
        Gesture::Rename(c, title) => {
            let mut renamed = map.cards.get(c % map.cards.len().max(1))?.clone();
            renamed.title = title.clone();
            ops::update_card(map, renamed, "rename card")
        }
        Gesture::Duplicate(picks) => ops::duplicate_cards(map, &ids(picks)).0,
        Gesture::Meta(title, future) => {
            let state = if *future {
                MapState::Future
            } else {
                MapState::Current
            };
            ops::set_meta(map, title, &map.description, state, "edit map")
        }
        Gesture::AddPhase(at, name) => {
            let id = journeymap::model::fresh_id("p", map.phases.iter().map(|p| p.id.as_str()));
            let phase = Phase {
                id: PhaseId(id),
                name: name.clone(),
                color: Color::rgb(1, 2, 3),
                group: None,
                width: None,
            };
            ops::add_phase(map, *at, phase)
        }
        Gesture::MovePhase(from, to) => ops::move_phase(
            map,
            &map.phases.get(*from % map.phases.len().max(1))?.id,
            *to,
        ),
        // Keep one phase and one lane, so later gestures have somewhere to put cards.
        Gesture::DeletePhase(i) if map.phases.len() > 1 => {
            ops::delete_phase(map, &map.phases[i % map.phases.len()].id)
        }
        Gesture::MoveLane(from, to) => {
            ops::move_lane(map, &map.lanes.get(*from % map.lanes.len().max(1))?.id, *to)
        }
        Gesture::DeleteLane(i) if map.lanes.len() > 1 => {
            ops::delete_lane(map, &map.lanes[i % map.lanes.len()].id)
        }
        Gesture::AddPersona => ops::add_persona(map).0,
        Gesture::DeletePersona(i) => {
            ops::delete_persona(map, &map.personas.get(i % map.personas.len().max(1))?.id)
        }
        Gesture::HidePersona(i) => {
            let mut persona = map.personas.get(i % map.personas.len().max(1))?.clone();
            persona.hidden = !persona.hidden;
            ops::update_persona(map, persona, "hide persona")
        }
        Gesture::AddPoint(p, phase, score) => {
            let persona = &map.personas.get(p % map.personas.len().max(1))?.id;
            let phase = &map.phases[phase % map.phases.len()].id;
            ops::add_point(map, persona, phase, None, f64::from(*score) / 2.0).0
        }
        Gesture::MovePoint(i, phase, card, score) => {
            let points: Vec<_> = map.emotion_curves.iter().flat_map(|c| &c.points).collect();
            let mut point = (*points.get(i % points.len().max(1))?).clone();
            point.phase = map.phases[phase % map.phases.len()].id.clone();
            point.card = card.as_ref().and_then(card_of);
            point.score = f64::from(*score) / 2.0;
            ops::update_point(map, point, "move emotion point")
        }
        Gesture::DeletePoint(i) => {
            let points: Vec<_> = map.emotion_curves.iter().flat_map(|c| &c.points).collect();
            let id = points.get(i % points.len().max(1))?.id.clone();
            ops::delete_points(map, &[id])
        }
        Gesture::Reconnect(l, from_end, c) => {
            let link = &map.links.get(l % map.links.len().max(1))?.id;
            let end = if *from_end {
                ops::LinkEnd::From
            } else {
                ops::LinkEnd::To
            };
            ops::reconnect_link(map, link, end, &card(c)?).ok()?
        }
        Gesture::DeletePhase(_) | Gesture::DeleteLane(_) | Gesture::Undo | Gesture::Redo => {
            return None;
        }
    })
}

use journeymap::model::CardId;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]
    #[test]
    fn undo_all_restores_the_original_and_redo_all_the_final(
        sample in 0..SAMPLES.len(),
        gestures in prop::collection::vec(gesture(), 1..25),
    ) {
        let original = file::load(SAMPLES[sample].json.as_bytes()).unwrap().map;
        let mut map = original.clone();
        let mut history = History::new();
        for gesture in &gestures {
            match gesture {
                Gesture::Undo => { history.undo(&mut map).unwrap(); }
                Gesture::Redo => { history.redo(&mut map).unwrap(); }
                other => {
                    if let Some(edit) = edit_for(&map, other) {
                        history.apply(&mut map, edit).unwrap();
                    }
                }
            }
            let errors: Vec<_> = check(&map).into_iter().filter(|p| p.severity == Severity::Error).collect();
            prop_assert!(errors.is_empty(), "after {:?}: {:?}", gesture, errors);
        }
        let last = map.clone();
        let mut steps = 0;
        while history.undo(&mut map).unwrap().is_some() {
            steps += 1;
        }
        prop_assert_eq!(&map, &original);
        prop_assert!(!history.is_dirty());
        // Redo exactly the steps that made the final document (later undone steps stay undone).
        for _ in 0..steps {
            prop_assert!(history.redo(&mut map).unwrap().is_some());
        }
        prop_assert_eq!(&map, &last);
    }
}

#[test]
fn the_history_names_its_steps_and_knows_when_the_map_is_saved() {
    let mut map = file::load(SAMPLES[0].json.as_bytes()).unwrap().map;
    let mut history = History::new();
    assert!(!history.is_dirty());
    let first = map.cards[0].id.clone();
    let edit = ops::delete_cards(&map, std::slice::from_ref(&first));
    history.apply(&mut map, edit).unwrap();
    assert_eq!(history.undo_label(), Some("delete card"));
    assert!(history.is_dirty());
    assert!(map.card(&first).is_none());
    assert!(map.links.iter().all(|l| l.from != first && l.to != first));
    history.mark_saved();
    assert!(!history.is_dirty());
    assert_eq!(
        history.undo(&mut map).unwrap().as_deref(),
        Some("delete card")
    );
    assert!(history.is_dirty());
    assert_eq!(history.redo_label(), Some("delete card"));
    history.redo(&mut map).unwrap();
    assert!(!history.is_dirty());
}

#[test]
fn moving_a_card_to_another_phase_takes_its_emotion_points_along() {
    let mut map = file::load(SAMPLES[0].json.as_bytes()).unwrap().map;
    let tied = map
        .emotion_curves
        .iter()
        .flat_map(|c| &c.points)
        .find_map(|p| p.card.clone())
        .expect("a sample with a point tied to a card");
    let target = map
        .phases
        .iter()
        .find(|p| Some(&p.id) != map.card(&tied).map(|c| &c.phase))
        .unwrap()
        .id
        .clone();
    let lane = map.card(&tied).unwrap().lane.clone();
    let edit = ops::move_cards(
        &map,
        std::slice::from_ref(&tied),
        &Place {
            phase: target.clone(),
            lane,
            before: None,
        },
    );
    let mut history = History::new();
    history.apply(&mut map, edit).unwrap();
    assert_eq!(map.card(&tied).unwrap().phase, target);
    let point = map
        .emotion_curves
        .iter()
        .flat_map(|c| &c.points)
        .find(|p| p.card.as_ref() == Some(&tied))
        .unwrap();
    assert_eq!(point.phase, target);
    assert!(check(&map).iter().all(|p| p.severity != Severity::Error));
}
