#!/usr/bin/env bash
# librsvg, the renderer of GNOME and many converters, draws our SVG export like our own PNG
# export, on a machine with no fonts at all: the SVG is standard SVG that carries its own
# letters, not only something our own renderer reads.
# Usage: tests/librsvg.sh   (needs librsvg's rsvg-convert and ImageMagick; .ci/run installs
# them). Runs the release binary; JOURNEYMAP_BIN picks another one.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
for program in rsvg-convert compare identify; do
    command -v "$program" >/dev/null || missing+=("$program")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "tests/librsvg.sh: ${missing[*]} missing: install librsvg2-bin and imagemagick (.ci/run does)" >&2
    exit 1
fi

target_dir=${CARGO_TARGET_DIR:-target}
binary=${JOURNEYMAP_BIN:-$target_dir/release/journeymap}
[ -x "$binary" ] || cargo build --release --locked
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

# A font configuration with no fonts in it: whatever the viewer's machine has installed,
# or not, the picture must look the same.
cat >"$scratch/fonts.conf" <<EOF
<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig><cachedir>$scratch/cache</cachedir></fontconfig>
EOF
if command -v fc-list >/dev/null && FONTCONFIG_FILE=$scratch/fonts.conf fc-list | grep -q .; then
    echo "tests/librsvg.sh: the empty font configuration still lists fonts" >&2
    exit 1
fi

# The share of pixels, in per cent, whose colour is more than 48 of 255 away (ImageMagick's
# fuzz is a colour distance, near enough to the old per-channel rule) between two pictures
# of the same size. Fails if the sizes differ.
differing_percent() {
    local size_a size_b pixels count
    size_a=$(identify -format '%w %h' "$1")
    size_b=$(identify -format '%w %h' "$2")
    if [ "$size_a" != "$size_b" ]; then
        echo "$1 is $size_a pixels, $2 is $size_b" >&2
        return 1
    fi
    # compare exits 1 when the pictures differ and 2 when it fails; the count is on stderr.
    count=$(compare -metric AE -fuzz 18.8% "$1" "$2" null: 2>&1 >/dev/null || true)
    count=${count%% *}
    if ! [[ $count =~ ^[0-9.e+]+$ ]]; then
        echo "compare could not compare $1 and $2: $count" >&2
        return 1
    fi
    pixels=$(awk -v s="$size_a" 'BEGIN { split(s, wh, " "); print wh[1] * wh[2] }')
    awk -v c="$count" -v p="$pixels" 'BEGIN { printf "%.2f\n", 100 * c / p }'
}

failed=0
# A map with emoji and a character no bundled font has, drawn in colour from outlines.
sed 's/"title": "I want to furnish our living room"/"title": "I want 😀 ❤️ 🎉 👍 🛋️ 𐀀"/' \
    samples/ikea-visit.json >"$scratch/emoji.json"
grep -q '😀' "$scratch/emoji.json"
for path in samples/*.json "$scratch/emoji.json"; do
    name=$(basename "$path" .json)
    "$binary" export "$path" -o "$scratch/$name.svg" >/dev/null
    "$binary" export "$path" -o "$scratch/$name.png" --scale 1 >/dev/null
    FONTCONFIG_FILE=$scratch/fonts.conf rsvg-convert "$scratch/$name.svg" -o "$scratch/$name.rsvg.png"
    percent=$(differing_percent "$scratch/$name.png" "$scratch/$name.rsvg.png")
    if awk -v p="$percent" 'BEGIN { exit !(p < 0.5) }'; then
        echo "$name: librsvg and journeymap agree ($percent % of the pixels differ)"
    else
        echo "$name: librsvg draws the SVG differently: $percent % of the pixels differ (at most 0.5 % may)" >&2
        failed=1
    fi
done

# The comparison itself must be able to fail: a map painted over must count as different,
# or the check above proves nothing.
sed 's|^</svg>$|<rect x="-100000" y="-100000" width="200000" height="200000" fill="#ff0000"/></svg>|' \
    "$scratch/ikea-visit.svg" >"$scratch/tampered.svg"
FONTCONFIG_FILE=$scratch/fonts.conf rsvg-convert "$scratch/tampered.svg" -o "$scratch/tampered.png"
percent=$(differing_percent "$scratch/ikea-visit.png" "$scratch/tampered.png")
if awk -v p="$percent" 'BEGIN { exit !(p < 2) }'; then
    echo "the picture comparison did not notice a map painted over in red ($percent %)" >&2
    failed=1
fi

exit $failed
