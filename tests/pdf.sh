#!/usr/bin/env bash
# What a PDF reader makes of our PDF export, read by poppler (the library of Evince, Okular
# and most Linux viewers): every font embedded and subset, every card title there as text
# (so it can be searched and copied), A4 pages that are A4, emoji in colour, and a page
# that looks like our PNG export.
# Usage: tests/pdf.sh [BINARY]   (needs poppler-utils, ImageMagick and python3; .ci/run
# installs them).
# Runs BINARY, else $JOURNEYMAP_BIN, else the release binary if built, else the debug one.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
for program in pdffonts pdftotext pdfinfo pdftoppm compare identify python3; do
    command -v "$program" >/dev/null || missing+=("$program")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "tests/pdf.sh: ${missing[*]} missing: install poppler-utils, imagemagick and python3 (.ci/run does)" >&2
    exit 1
fi

target_dir=${CARGO_TARGET_DIR:-target}
binary=${1:-${JOURNEYMAP_BIN:-}}
if [ -z "$binary" ]; then
    if [ -x "$target_dir/release/journeymap" ]; then
        binary=$target_dir/release/journeymap
    else
        binary=$target_dir/debug/journeymap
        [ -x "$binary" ] || cargo build --locked --bin journeymap
    fi
fi
if ! [ -x "$binary" ]; then
    echo "tests/pdf.sh: no journeymap binary at $binary" >&2
    exit 1
fi
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

failed=0
fail() {
    echo "$*" >&2
    failed=1
}

# Every font pdffonts lists is embedded and subset. Its last five columns are emb, sub,
# uni, object and generation; names and types may hold spaces. Colour emoji are a Type 3
# font, drawings inside the PDF of only the glyphs used: subset by what it is, though
# pdffonts, which tells a subset by a prefix to its name, says "no".
check_fonts() {
    local pdf=$1 name=$2 listing bad
    listing=$(pdffonts "$pdf")
    if [ "$(printf '%s\n' "$listing" | tail -n +3 | wc -l)" -lt 1 ]; then
        fail "$name: pdffonts lists no fonts"
        return
    fi
    bad=$(printf '%s\n' "$listing" | tail -n +3 | awk '$(NF-4) != "yes" || ($(NF-3) != "yes" && $0 !~ / Type 3 /)')
    if [ -n "$bad" ]; then
        fail "$name: fonts not embedded and subset:"$'\n'"$bad"
    fi
}

# Every card title of the map is in the text pdftotext reads, compared without whitespace
# (a title may wrap over lines) and without variation selectors (which only pick emoji
# style). Prints the titles it does not find.
missing_titles() {
    python3 - "$1" "$2" <<'EOF'
import json, re, sys
strip = lambda s: re.sub(r"[\s\ufe00-\ufe0f]+", "", s)
text = strip(open(sys.argv[2], encoding="utf-8").read())
for card in json.load(open(sys.argv[1], encoding="utf-8"))["cards"]:
    if strip(card["title"]) not in text:
        print(card["title"])
EOF
}

for json in samples/*.json; do
    name=$(basename "$json" .json)
    pdf=$scratch/$name.pdf
    "$binary" export "$json" -o "$pdf" >/dev/null
    check_fonts "$pdf" "$name"
    pdftotext -enc UTF-8 "$pdf" "$scratch/$name.txt"
    absent=$(missing_titles "$json" "$scratch/$name.txt")
    if [ -n "$absent" ]; then
        fail "$name: pdftotext does not find these card titles:"$'\n'"$absent"
    else
        echo "$name: fonts embedded and subset, every card title is text"
    fi
done

# The title check must be able to fail: a title the map does not have is not found.
python3 - samples/ikea-visit.json "$scratch/absent.json" <<'EOF'
import json, sys
doc = json.load(open(sys.argv[1], encoding="utf-8"))
doc["cards"][0]["title"] = "Zebra quilt vortex"
json.dump(doc, open(sys.argv[2], "w", encoding="utf-8"))
EOF
if [ -z "$(missing_titles "$scratch/absent.json" "$scratch/ikea-visit.txt")" ]; then
    fail "the title check found a title that is not in the PDF"
fi

# A4 landscape is 842 × 595 points.
"$binary" export samples/ikea-visit.json -o "$scratch/a4.pdf" --page a4 >/dev/null
size=$(pdfinfo "$scratch/a4.pdf" | awk '/^Page size:/ { printf "%.0f x %.0f", $3, $5 }')
if [ "$size" = "842 x 595" ]; then
    echo "a4: the page is $size pt"
else
    fail "a4: the page is $size pt, not 842 x 595"
fi

# An emoji in the map's title is drawn in colour: the picture of the page has many more
# pixels of the emoji's yellow face than the same map with the emoji left out.
python3 - samples/ikea-visit.json "$scratch" <<'EOF'
import json, sys
doc = json.load(open(sys.argv[1], encoding="utf-8"))
for name, title in [("emoji", "Blij \U0001F600 klant"), ("plain", "Blij klant")]:
    doc["title"] = title
    json.dump(doc, open(f"{sys.argv[2]}/{name}.json", "w", encoding="utf-8"))
EOF
yellow_pixels() {
    python3 - "$1" <<'EOF'
import sys
data = open(sys.argv[1], "rb").read()
# A binary PPM: "P6", width, height, maximum, then RGB bytes.
fields, at = [], 0
while len(fields) < 4:
    while data[at:at + 1].isspace():
        at += 1
    start = at
    while not data[at:at + 1].isspace():
        at += 1
    fields.append(data[start:at])
pixels = data[at + 1:]
print(sum(1 for i in range(0, len(pixels) - 2, 3)
          if pixels[i] > 220 and 170 < pixels[i + 1] < 230 and pixels[i + 2] < 120))
EOF
}
for name in emoji plain; do
    "$binary" export "$scratch/$name.json" -o "$scratch/$name.pdf" >/dev/null
    pdftoppm -r 72 -f 1 -l 1 -singlefile "$scratch/$name.pdf" "$scratch/$name"
done
check_fonts "$scratch/emoji.pdf" emoji
emoji=$(yellow_pixels "$scratch/emoji.ppm")
plain=$(yellow_pixels "$scratch/plain.ppm")
if [ $((emoji - plain)) -ge 100 ]; then
    echo "emoji: drawn in colour ($((emoji - plain)) more yellow pixels)"
else
    fail "emoji: not drawn in colour ($emoji yellow pixels with it, $plain without)"
fi

# Poppler draws the PDF like our PNG export: a page of the map's own size at 72 dpi is
# the PNG at scale 1, pixel for pixel but for the anti-aliasing of letters (about 2 % of
# the pixels differ by more than 48 of 255; a letter or a shape out of place is far more).
for name in ikea-visit klacht-afhandeling; do
    "$binary" export "samples/$name.json" -o "$scratch/$name.png" --scale 1 >/dev/null
    pdftoppm -png -r 72 -singlefile "$scratch/$name.pdf" "$scratch/$name.poppler"
    # compare exits 1 when the pictures differ and 2 when it fails; the count is on stderr.
    differing=$(compare -metric AE -fuzz 18.8% "$scratch/$name.png" "$scratch/$name.poppler.png" null: 2>&1 >/dev/null || true)
    differing=${differing%% *}
    pixels=$(identify -format '%w %h' "$scratch/$name.png" | awk '{ print $1 * $2 }')
    if ! [[ $differing =~ ^[0-9]+$ ]]; then
        fail "$name: compare could not compare the PDF's page with the PNG: $differing"
    elif [ $((differing * 100)) -lt $((pixels * 4)) ]; then
        echo "$name: the PDF looks like the PNG ($differing of $pixels pixels differ)"
    else
        fail "$name: the PDF looks different from the PNG: $differing of $pixels pixels differ (at most 4 % may)"
    fi
done

exit $failed
