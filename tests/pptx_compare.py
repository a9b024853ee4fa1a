#!/usr/bin/env python3
"""Whether LibreOffice draws our PowerPoint slide like our own PNG of the same map: the
pictures, blurred and made small, agree in layout and colour; and the words LibreOffice sets
are where our own PDF export (which has selectable text) sets them.

Usage: tests/pptx_compare.py NAME OURS.png THEIRS.png OURS.pdf THEIRS.pdf
           [--pictures DIR] [--report-only]
OURS.png is `journeymap export --page slide --scale 1`, THEIRS.png LibreOffice's page 1 at
the same size; OURS.pdf is `--page slide`, THEIRS.pdf LibreOffice's conversion of the deck.
Prints one line of figures; with failures, lines naming them on stderr, and exits 1 (unless
--report-only). With --pictures, writes NAME.side.png (ours left, LibreOffice right) and
NAME.diff.png (where they differ) there to look at. Needs Pillow, which python-pptx brings.
Called by tests/pptx.sh.
"""

import argparse
import html
import re
import subprocess
import sys

from PIL import Image, ImageChops, ImageFilter

# The pictures are compared at this fraction of their size after a blur, so that letters
# become grey tone and LibreOffice's anti-aliasing and hinting do not count.
SMALL = 1 / 8
BLUR_RADIUS_PX = 4
# A small pixel differs when one channel is this far apart (of 255): a card, a band or a
# line missing or moved, or a lane's tint gone, is more; a letter set a little differently
# is less.
DIFFERENT = 16
# At most this share of the small pixels of the map (those not white in either picture)
# may differ. LibreOffice 7.4 with Inter differs by 1.5 to 3.5 % on the samples (titles a
# little heavier, a word more on some lines); every shape moved by 8 pixels of the
# 1920-pixel slide makes 12 %.
MOST_DIFFERING = 0.07
# A word is in place when LibreOffice sets it within this distance, in points of the
# 1920 × 1080 slide, of where our PDF has it.
WORD_IN_PLACE_PT = 12.0
# At least this share of our words must be in place in LibreOffice's PDF. With Inter, 92 to
# 98 % of them are on the samples (the rest start a line early or late); without Inter,
# LibreOffice's wider fallback leaves 58 to 76 %.
LEAST_WORDS_IN_PLACE = 0.85

WORD = re.compile(
    r'<page width="([\d.]+)" height="([\d.]+)"|'
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>'
)


def words(pdf):
    """(key, centre x, centre y) of every word on page 1, the centre scaled to a 1920 × 1080
    page, the key the word's letters and digits in lower case (punctuation around a word,
    such as a quote or an ellipsis, may be set apart)."""
    xml = subprocess.run(
        ["pdftotext", "-bbox", "-f", "1", "-l", "1", "-enc", "UTF-8", pdf, "-"],
        check=True, capture_output=True, text=True,
    ).stdout
    found, scale_x, scale_y = [], 1.0, 1.0
    for match in WORD.finditer(xml):
        if match.group(1):
            scale_x, scale_y = 1920 / float(match.group(1)), 1080 / float(match.group(2))
            continue
        x0, y0, x1, y1 = (float(match.group(i)) for i in range(3, 7))
        key = "".join(ch for ch in html.unescape(match.group(7)).casefold() if ch.isalnum())
        if key:
            found.append((key, (x0 + x1) / 2 * scale_x, (y0 + y1) / 2 * scale_y))
    return found


def word_places(ours, theirs):
    """For each of our words, the distance to the nearest same word in their PDF (None when
    they do not have it), in points of a 1920 × 1080 slide."""
    by_key = {}
    for key, x, y in theirs:
        by_key.setdefault(key, []).append((x, y))
    distances = []
    for key, x, y in ours:
        places = by_key.get(key)
        if not places:
            distances.append((key, None, x, y))
            continue
        distance = min(((x - px) ** 2 + (y - py) ** 2) ** 0.5 for px, py in places)
        distances.append((key, distance, x, y))
    return distances


def on_white(picture):
    """The picture over white, as a slide shows it."""
    rgb = Image.new("RGB", picture.size, "white")
    rgb.paste(picture.convert("RGBA"), mask=picture.convert("RGBA"))
    return rgb


def small(picture):
    rgb = on_white(picture)
    size = (max(1, round(picture.width * SMALL)), max(1, round(picture.height * SMALL)))
    return rgb.filter(ImageFilter.GaussianBlur(BLUR_RADIUS_PX)).resize(size, Image.BOX)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    for name in ("name", "ours_png", "theirs_png", "ours_pdf", "theirs_pdf"):
        parser.add_argument(name)
    parser.add_argument("--pictures")
    parser.add_argument("--report-only", action="store_true")
    args = parser.parse_args()
    failures = []

    ours, theirs = Image.open(args.ours_png), Image.open(args.theirs_png)
    if ours.size != theirs.size:
        theirs = theirs.resize(ours.size, Image.LANCZOS)
    ours_small, theirs_small = small(ours), small(theirs)
    diff = ImageChops.difference(ours_small, theirs_small)
    bands = diff.split()
    strongest = ImageChops.lighter(ImageChops.lighter(bands[0], bands[1]), bands[2])
    # The map: where either picture is not white. Its size, not the slide's, is what a
    # share of differing pixels is of, or a small map on a wide slide could never fail.
    inked = ImageChops.darker(ours_small.convert("L"), theirs_small.convert("L")).point(lambda v: 255 if v < 250 else 0)
    differs = strongest.point(lambda v: 255 if v > DIFFERENT else 0)
    map_pixels = inked.histogram()[255]
    differing_pixels = ImageChops.multiply(differs, inked).histogram()[255]
    differing = differing_pixels / map_pixels if map_pixels else 1.0
    if differing > MOST_DIFFERING:
        failures.append(
            f"the slide looks different from our PNG: {differing:.1%} of the blurred map differs by more than {DIFFERENT} of 255 (at most {MOST_DIFFERING:.0%} may)"
        )

    places = word_places(words(args.ours_pdf), words(args.theirs_pdf))
    in_place = [p for p in places if p[1] is not None and p[1] <= WORD_IN_PLACE_PT]
    share = len(in_place) / len(places) if places else 0.0
    if share < LEAST_WORDS_IN_PLACE:
        astray = sorted((p for p in places if p not in in_place), key=lambda p: -(p[1] if p[1] is not None else 1e9))
        examples = ", ".join(
            f"{key!r} at ({x:.0f}, {y:.0f}) " + ("missing" if d is None else f"{d:.0f} pt away")
            for key, d, x, y in astray[:6]
        )
        failures.append(
            f"text out of place: {len(in_place)} of {len(places)} words within {WORD_IN_PLACE_PT:.0f} pt "
            f"of where our PDF sets them ({share:.0%}, at least {LEAST_WORDS_IN_PLACE:.0%} must be); e.g. {examples}"
        )

    if args.pictures:
        side = Image.new("RGB", (ours.width * 2 + 8, ours.height), "black")
        side.paste(on_white(ours), (0, 0))
        side.paste(on_white(theirs), (ours.width + 8, 0))
        side.save(f"{args.pictures}/{args.name}.side.png")
        # Red where they differ, grey where the map is, over the picture of ours faded.
        heat = Image.merge("RGB", (ImageChops.lighter(differs, inked.point(lambda v: v // 4)), inked.point(lambda v: v // 4), inked.point(lambda v: v // 4)))
        heat.resize(
            ours.size, Image.NEAREST
        ).save(f"{args.pictures}/{args.name}.diff.png")

    print(
        f"{args.name}: {differing:.1%} of the blurred map differs, "
        f"{len(in_place)} of {len(places)} words in place ({share:.0%})"
    )
    for failure in failures:
        print(f"{args.name}: {failure}", file=sys.stderr)
    return 1 if failures and not args.report_only else 0


if __name__ == "__main__":
    sys.exit(main())
