#!/usr/bin/env python3
"""What python-pptx (the library most scripts that read or make PowerPoint use) finds in our
PowerPoint export of a map: a 16:9 deck of native shapes, not a picture; every card title the
text of a shape of its own, in a group with the card's other parts, bold and in Inter; each
persona's emotion curve a line; and with --per-phase one slide per phase, in order, titled
with the phase's name, holding that phase's cards and the curves across it, with speaker
notes that list them and the channel switches that start there.

Usage: tests/pptx_check.py MAP.json DECK.pptx [--per-phase] [--name NAME]
Prints one line per failure, naming the sample, the slide and the card, and exits 1 if there
was any; exits 0 quietly otherwise. Called by tests/pptx.sh.
"""

import argparse
import collections
import json
import re
import sys

from lxml import etree
from pptx import Presentation
from pptx.oxml.ns import qn

# A picture may be an icon or an emoji; one as large as this share of the slide is the
# slide drawn as a picture instead of shapes.
LARGEST_PICTURE_SHARE = 0.02
# A map's own pictures (on its cards, beside its personas) are pictures in the deck too, each
# on its card, so far smaller than the slide; a whole-slide picture is the map drawn flat.
LARGEST_MAP_PICTURE_SHARE = 0.25


def normalise(text):
    """Whitespace collapsed (a title may wrap over lines or paragraphs) and variation
    selectors left out (they only pick emoji style)."""
    return " ".join(re.sub(r"[\ufe00-\ufe0f]", "", text).split())


def walk(shapes, group=None):
    """Every shape on a slide with the group it is directly in (None on the slide itself),
    groups and their members alike, depth first."""
    for shape in shapes:
        yield shape, group
        # By the element, not shape_type, which raises for shapes python-pptx cannot name.
        if shape._element.tag == qn("p:grpSp"):
            yield from walk(shape.shapes, shape)


def text_of(shape):
    return normalise(shape.text_frame.text) if shape.has_text_frame else ""


def theme_fonts(deck):
    """The theme's major and minor Latin typefaces, which text without a typeface of its own,
    or with +mj-lt / +mn-lt, is set in."""
    fonts = {}
    master = deck.slide_masters[0]
    for rel in master.part.rels.values():
        if rel.reltype.endswith("/theme"):
            xml = etree.fromstring(rel.target_part.blob)
            for kind, key in (("majorFont", "+mj-lt"), ("minorFont", "+mn-lt")):
                latin = xml.find(f".//{qn('a:' + kind)}/{qn('a:latin')}")
                if latin is not None:
                    fonts[key] = latin.get("typeface")
    return fonts


def is_bold(run, paragraph, shape):
    """Whether a run is bold: by its own properties, else by its paragraph's or its text
    body's defaults, which it inherits."""
    if run.font.bold is not None:
        return run.font.bold
    for holder in (paragraph._p, shape.text_frame._txBody):
        for default in holder.iter(qn("a:defRPr")):
            if default.get("b") is not None:
                return default.get("b") in ("1", "true")
    return False


def typeface(run, fonts):
    name = run.font.name
    if name is None:
        return fonts.get("+mn-lt")
    return fonts.get(name, name)


def drawn_lines(slide):
    """(colour, width in EMU) of every freeform line on the slide: the emotion curves are
    such lines in their persona's colour."""
    found = []
    for shape, _ in walk(slide.shapes):
        properties = shape._element.find(qn("p:spPr"))
        if properties is None or properties.find(qn("a:custGeom")) is None:
            continue
        colour = properties.find(f"./{qn('a:ln')}/{qn('a:solidFill')}/{qn('a:srgbClr')}")
        if colour is not None:
            found.append((colour.get("val", "").upper(), shape.width or 0))
    return found


def pictures(slide, slide_area):
    """(what, share of the slide) for every picture on the slide: picture shapes, shapes or
    backgrounds filled with a picture."""
    found = []
    for shape, _ in walk(slide.shapes):
        element = shape._element
        if element.tag == qn("p:pic") or element.find(f"./{qn('p:spPr')}/{qn('a:blipFill')}") is not None:
            area = (shape.width or 0) * (shape.height or 0)
            found.append((f"picture {shape.name!r}", area / slide_area))
    background = slide._element.find(f"./{qn('p:cSld')}/{qn('p:bg')}")
    if background is not None and background.find(f".//{qn('a:blip')}") is not None:
        found.append(("background picture", 1.0))
    return found


class Checker:
    def __init__(self, name, doc, deck):
        self.name = name
        self.doc = doc
        self.deck = deck
        self.failures = []
        self.fonts = theme_fonts(deck)
        # (persona, colour) -> the slides that lack the persona's curve, told once per persona.
        self.missing_curves = collections.defaultdict(list)

    def fail(self, where, message):
        self.failures.append(f"{self.name}: {where}: {message}")

    def check_size(self):
        width, height = self.deck.slide_width, self.deck.slide_height
        if width is None or height is None or width * 9 != height * 16:
            self.fail("presentation", f"the slide is {width} × {height} EMU, not 16:9")

    def check_no_picture(self, slide, where, any_at_all):
        """No picture but the map's own: as many as its cards and personas show at most,
        each far smaller than the slide."""
        area = self.deck.slide_width * self.deck.slide_height
        own = sum(1 for item in self.doc["cards"] + self.doc.get("personas", []) if item.get("picture"))
        for what, share in pictures(slide, area):
            if what.startswith("picture") and own > 0 and share <= LARGEST_MAP_PICTURE_SHARE:
                own -= 1
                continue
            if any_at_all or share > LARGEST_PICTURE_SHARE:
                self.fail(where, f"{what} covering {share:.0%} of the slide: shapes, not pictures")

    def check_cards(self, slide, where, cards):
        """Every card of `cards` has a shape whose whole text is its title, bold and in Inter,
        in a group that also holds the start of its body. Cards with the same title need as
        many shapes."""
        by_text = collections.defaultdict(list)
        for shape, group in walk(slide.shapes):
            text = text_of(shape)
            if text:
                by_text[text].append((shape, group))
        for card in cards:
            title = normalise(card["title"])
            if not title:
                continue
            label = f"card {card['id']} {card['title']!r}"
            candidates = by_text.get(title)
            if not candidates:
                near = [t for t in by_text if title in t]
                hint = f" (it is inside {near[0]!r})" if near else ""
                self.fail(where, f"{label}: no shape has the title as its whole text{hint}")
                continue
            shape, group = candidates.pop(0)
            if group is None:
                self.fail(where, f"{label}: the title's shape is not in a group with the card's other parts")
            else:
                parts = [text_of(member) for member, _ in walk(group.shapes) if member is not shape]
                if len(list(group.shapes)) < 2:
                    self.fail(where, f"{label}: the title's group holds nothing else")
                body_start = " ".join(normalise(card.get("body") or "").split()[:3])
                if body_start and not any(body_start in part for part in parts):
                    self.fail(where, f"{label}: the group of the title has no text starting with the body {body_start!r}")
            runs = [(run, paragraph) for paragraph in shape.text_frame.paragraphs for run in paragraph.runs if run.text.strip()]
            if not all(is_bold(run, paragraph, shape) for run, paragraph in runs):
                self.fail(where, f"{label}: the title is not bold")
            faces = {typeface(run, self.fonts) for run, _ in runs}
            if faces != {"Inter"}:
                self.fail(where, f"{label}: the title is set in {sorted(map(str, faces))}, not Inter")

    def check_curves(self, slide, where, phase_index=None):
        """Each persona's emotion curve is a freeform line in the persona's colour, at least
        a twentieth of the slide wide (its faces and the legend's sample are far smaller);
        on a phase's slide, the curves that pass through the phase."""
        phases = [phase["id"] for phase in self.doc["phases"]]
        colours = {persona["id"]: persona.get("color", "") for persona in self.doc.get("personas", [])}
        names = {persona["id"]: persona.get("name", persona["id"]) for persona in self.doc.get("personas", [])}
        lines = drawn_lines(slide)
        for curve in self.doc.get("emotion_curves", []):
            at = sorted(phases.index(point["phase"]) for point in curve.get("points", []) if point.get("phase") in phases)
            if len(at) < 2 or (phase_index is not None and not at[0] <= phase_index <= at[-1]):
                continue
            colour = colours.get(curve["persona"], "").lstrip("#").upper()[:6]
            if not any(c == colour and width >= self.deck.slide_width / 20 for c, width in lines):
                self.missing_curves[(names.get(curve["persona"]), colour)].append(where)

    def check_overview(self, slide):
        self.check_no_picture(slide, "slide 1", any_at_all=True)
        self.check_cards(slide, "slide 1", self.doc["cards"])
        self.check_curves(slide, "slide 1")

    def check_phase(self, number, slide, phase):
        where = f"slide {number} (phase {phase['name']!r})"
        self.check_no_picture(slide, where, any_at_all=False)
        name = normalise(phase["name"])
        texts = [text_of(shape) for shape, _ in walk(slide.shapes)]
        title = slide.shapes.title
        if title is not None:
            if text_of(title) != name:
                self.fail(where, f"the slide's title is {text_of(title)!r}, not the phase's name")
        elif name not in texts:
            self.fail(where, "no shape has the phase's name as its text")
        cards = [card for card in self.doc["cards"] if card["phase"] == phase["id"]]
        self.check_cards(slide, where, cards)
        self.check_curves(slide, where, number - 2)
        own_titles = {normalise(card["title"]) for card in cards}
        for card in self.doc["cards"]:
            title = normalise(card["title"])
            if card["phase"] != phase["id"] and title not in own_titles and title in texts:
                self.fail(where, f"card {card['id']} {card['title']!r} of another phase is on the slide")
        if not slide.has_notes_slide:
            self.fail(where, "no speaker notes")
            return
        notes = normalise(slide.notes_slide.notes_text_frame.text if slide.notes_slide.notes_text_frame else "")
        for card in cards:
            for field in ("title", "body"):
                if normalise(card.get(field) or "") not in notes:
                    self.fail(where, f"the speaker notes lack the {field} of card {card['id']} {card['title']!r}")
        ids = {card["id"] for card in cards}
        titles = {card["id"]: card["title"] for card in self.doc["cards"]}
        for link in self.doc.get("links", []):
            if link["kind"] != "channel_switch" or link["from"] not in ids:
                continue
            wanted = [titles.get(link["to"], "")] + ([link["label"]] if link.get("label") else [])
            for text in wanted:
                if normalise(text) not in notes:
                    self.fail(where, f"the speaker notes lack {text!r} of the channel switch {link['id']}")

    def check(self, per_phase):
        self.check_size()
        slides = list(self.deck.slides)
        phases = self.doc["phases"]
        expected = 1 + len(phases) if per_phase else 1
        if len(slides) != expected:
            self.fail("presentation", f"{len(slides)} slides, not {expected}")
        if slides:
            self.check_overview(slides[0])
        if per_phase:
            for number, (slide, phase) in enumerate(zip(slides[1:], phases), start=2):
                self.check_phase(number, slide, phase)
        for (persona, colour), slides_without in self.missing_curves.items():
            self.fail("; ".join(slides_without), f"no emotion curve of {persona!r} (no freeform line in #{colour})")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("map")
    parser.add_argument("deck")
    parser.add_argument("--per-phase", action="store_true")
    parser.add_argument("--name", help="the sample's name in messages")
    args = parser.parse_args()
    name = args.name or args.map
    with open(args.map, encoding="utf-8") as file:
        doc = json.load(file)
    try:
        deck = Presentation(args.deck)
    except Exception as error:  # python-pptx raises many kinds for a file it cannot read
        print(f"{name}: python-pptx cannot open {args.deck}: {error}")
        return 1
    checker = Checker(name, doc, deck)
    checker.check(args.per_phase)
    for failure in checker.failures:
        print(failure)
    return 1 if checker.failures else 0


if __name__ == "__main__":
    sys.exit(main())
