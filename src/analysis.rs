//! Reading a map for insight: the channel-switch overview.

use std::borrow::Cow;

use crate::model::{Channel, HandoffQuality, JourneyMap, LinkId, LinkKind, PersonaId, PhaseId};

/// One channel switch, as the overview lists it.
#[derive(Clone, Debug, PartialEq)]
pub struct SwitchRow {
    /// The link.
    pub link: LinkId,
    /// The channel the customer leaves.
    pub from: Option<Channel>,
    /// The channel the customer moves to.
    pub to: Option<Channel>,
    /// Whether the switch crosses between the physical and the digital track.
    pub crosses_tracks: bool,
    /// How the handoff goes, if judged.
    pub quality: Option<HandoffQuality>,
    /// The phase the customer switches in (the phase of the card they move to).
    pub phase: PhaseId,
    /// The persona's emotion score in that phase, if the curve has a point there.
    pub score: Option<f64>,
    /// The link's label.
    pub label: String,
}

/// How urgent a handoff is: broken first, then friction, then not judged, then smooth.
fn urgency(quality: Option<HandoffQuality>) -> u8 {
    match quality {
        Some(HandoffQuality::Broken) => 0,
        Some(HandoffQuality::Friction) => 1,
        None => 2,
        Some(HandoffQuality::Smooth) => 3,
    }
}

/// Every channel switch of a map, the worst handoffs first, then in phase order. The score
/// is the given persona's (the average of their points in that phase).
pub fn channel_switches(map: &JourneyMap, persona: Option<&PersonaId>) -> Vec<SwitchRow> {
    let curve = persona.and_then(|p| map.emotion_curves.iter().find(|c| &c.persona == p));
    let phase_order = |id: &PhaseId| {
        map.phases
            .iter()
            .position(|p| &p.id == id)
            .unwrap_or(usize::MAX)
    };
    let mut rows: Vec<SwitchRow> = map
        .links
        .iter()
        .filter(|l| l.kind == LinkKind::ChannelSwitch)
        .filter_map(|link| {
            let (from, to) = (map.card(&link.from)?, map.card(&link.to)?);
            let crosses_tracks = match (from.channel, to.channel) {
                (Some(a), Some(b)) => a.track() != b.track(),
                _ => false,
            };
            let score = curve.and_then(|curve| {
                let scores: Vec<f64> = curve
                    .points
                    .iter()
                    .filter(|p| p.phase == to.phase)
                    .map(|p| p.score)
                    .collect();
                (!scores.is_empty()).then(|| scores.iter().sum::<f64>() / scores.len() as f64)
            });
            Some(SwitchRow {
                link: link.id.clone(),
                from: from.channel,
                to: to.channel,
                crosses_tracks,
                quality: link.quality,
                phase: to.phase.clone(),
                score,
                label: link.label.clone().unwrap_or_default(),
            })
        })
        .collect();
    rows.sort_by_key(|row| (urgency(row.quality), phase_order(&row.phase)));
    rows
}

/// The overview as CSV (RFC 4180: comma-separated, quoted where needed, CRLF line ends),
/// with headers and words in the map's language. Scores keep a decimal point, so that a
/// spreadsheet reads them as numbers whatever its locale.
pub fn switches_csv(map: &JourneyMap, rows: &[SwitchRow]) -> String {
    let language = map.language();
    let mut out = crate::tr_in!(language, "map-switches-csv-header");
    out.push_str("\r\n");
    let channel =
        |channel: Option<Channel>| channel.map_or_else(String::new, |c| c.label(language));
    for row in rows {
        let fields = [
            channel(row.from),
            channel(row.to),
            if row.crosses_tracks {
                crate::tr_in!(language, "map-switches-yes")
            } else {
                crate::tr_in!(language, "map-switches-no")
            },
            HandoffQuality::label_or_not_judged(row.quality, language),
            map.phase(&row.phase)
                .map_or_else(String::new, |p| p.name.clone()),
            row.score.map_or_else(String::new, |s| format!("{s}")),
            row.label.clone(),
            row.link.0.clone(),
        ];
        let line: Vec<String> = fields.iter().map(|f| csv_field(f)).collect();
        out.push_str(&line.join(","));
        out.push_str("\r\n");
    }
    out
}

/// One cell: a text a spreadsheet would run as a formula gets a leading `'` (OWASP's advice
/// against CSV injection: a label like `=HYPERLINK(…)` must stay text), and a cell with a
/// comma, quote or line break is quoted, so that no text can end its row or start another.
fn csv_field(text: &str) -> String {
    let cell = if runs_as_formula(text) {
        Cow::Owned(format!("'{text}"))
    } else {
        Cow::Borrowed(text)
    };
    if cell.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", cell.replace('"', "\"\""))
    } else {
        cell.into_owned()
    }
}

/// Whether a spreadsheet would take a cell for a formula: it starts with `=`, `@`, a tab
/// or a carriage return, or with `+` or `-` that does not start a plain number such as a
/// score.
fn runs_as_formula(text: &str) -> bool {
    let plain_number = |rest: &str| {
        rest.starts_with(|c: char| c.is_ascii_digit())
            && rest.chars().all(|c| c.is_ascii_digit() || c == '.')
    };
    match text.chars().next() {
        Some('=' | '@' | '\t' | '\r') => true,
        Some(sign @ ('+' | '-')) => !plain_number(&text[sign.len_utf8()..]),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::samples::SAMPLES;

    fn sample(name: &str) -> JourneyMap {
        let sample = SAMPLES.iter().find(|s| s.name == name).unwrap();
        crate::file::load(sample.json.as_bytes()).unwrap().map
    }

    #[test]
    fn every_sample_lists_all_its_channel_switches_worst_first() {
        for s in SAMPLES {
            let map = sample(s.name);
            let rows = channel_switches(&map, map.personas.first().map(|p| &p.id));
            let expected = map
                .links
                .iter()
                .filter(|l| l.kind == LinkKind::ChannelSwitch)
                .count();
            assert_eq!(rows.len(), expected, "{}", s.name);
            let urgencies: Vec<u8> = rows.iter().map(|r| urgency(r.quality)).collect();
            assert!(
                urgencies.windows(2).all(|w| w[0] <= w[1]),
                "{}: {urgencies:?}",
                s.name
            );
        }
    }

    #[test]
    fn the_campaign_sample_puts_its_broken_web_to_phone_switch_first() {
        let map = sample("campaign-contact-centre");
        let rows = channel_switches(&map, map.personas.first().map(|p| &p.id));
        let first = &rows[0];
        assert_eq!(first.quality, Some(HandoffQuality::Broken));
        assert_eq!(
            (first.from, first.to),
            (Some(Channel::Website), Some(Channel::Phone))
        );
        assert!(first.crosses_tracks);
        assert!(first.score.is_some());
    }

    #[test]
    fn csv_quotes_what_needs_quoting() {
        let map = sample("bank-account");
        let rows = channel_switches(&map, None);
        let csv = switches_csv(&map, &rows);
        assert!(
            csv.starts_with("from,to,crosses physical/digital,handoff,phase,score,label,link\r\n")
        );
        assert_eq!(csv.lines().count(), rows.len() + 1);
        assert_eq!(csv_field("a, \"b\""), "\"a, \"\"b\"\"\"");
    }

    #[test]
    fn csv_cells_never_run_as_formulas_or_fake_rows() {
        let cases = [
            (
                "Calls the number on the site",
                "Calls the number on the site",
            ),
            ("-1.5", "-1.5"),
            ("+2", "+2"),
            ("0.5", "0.5"),
            (
                "=HYPERLINK(\"http://x\",\"y\")",
                "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"",
            ),
            ("=1+1", "'=1+1"),
            ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
            ("-2+3", "'-2+3"),
            ("-", "'-"),
            ("- calls back", "'- calls back"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\t=1", "'\t=1"),
            ("\r=1", "\"'\r=1\""),
            ("a\nx,y,z,w,v,u,t,s", "\"a\nx,y,z,w,v,u,t,s\""),
            ("a\r\n=1", "\"a\r\n=1\""),
            ("", ""),
        ];
        for (text, cell) in cases {
            assert_eq!(csv_field(text), cell, "{text:?}");
        }
    }

    #[test]
    fn hostile_labels_keep_one_row_per_switch() {
        let mut map = sample("campaign-contact-centre");
        for link in &mut map.links {
            link.label = Some("=1+1\r\nfake,row,\"x\"\n@evil".to_owned());
        }
        for phase in &mut map.phases {
            phase.name = "-cmd\n".to_owned();
        }
        let rows = channel_switches(&map, map.personas.first().map(|p| &p.id));
        let csv = switches_csv(&map, &rows);
        // Read back as RFC 4180: rows end at a CRLF outside quotes.
        let mut records = 0;
        let mut quoted = false;
        let mut previous = '\0';
        for ch in csv.chars() {
            match ch {
                '"' => quoted = !quoted,
                '\n' if !quoted && previous == '\r' => records += 1,
                _ => {}
            }
            previous = ch;
        }
        assert_eq!(records, rows.len() + 1);
        assert!(!csv.contains(",=") && !csv.contains(",\"=") && !csv.contains(",-cmd"));
        assert!(csv.contains(",\"'=1+1\r\nfake,row,\"\"x\"\"\n@evil\","));
    }
}
