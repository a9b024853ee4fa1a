#!/usr/bin/env bash
# What programs nobody here wrote make of our PowerPoint export. python-pptx reads every
# sample's deck: 16:9, native shapes and no picture but the map's own (on its cards and personas), each card title the text of a shape of
# its own in the card's group, the emotion curves as lines, and with --per-phase a slide
# per phase with its cards, curves and speaker notes (tests/pptx_check.py). LibreOffice Impress opens every deck and turns it
# into a PDF, whose first page must look like our PNG of the same map on a slide, with the
# words where our own PDF has them (tests/pptx_compare.py): once with Inter installed, as
# it must be, and once without it, only reported, as users may not have Inter.
# Usage: tests/pptx.sh [BINARY]   (needs LibreOffice Impress, poppler-utils, python3 and
# python-pptx; .ci/run installs them). Builds nothing: runs BINARY, else $JOURNEYMAP_BIN,
# else the release binary. PPTX_CHECK_PICTURES=DIR keeps the pictures compared there
# (NAME.side.png: ours left, LibreOffice right; NAME.diff.png: red where they differ).
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
for program in soffice pdftoppm pdftotext pdfinfo python3; do
    command -v "$program" >/dev/null || missing+=("$program")
done
python3 -c 'import pptx' 2>/dev/null || missing+=(python-pptx)
if [ ${#missing[@]} -gt 0 ]; then
    echo "tests/pptx.sh: ${missing[*]} missing: install libreoffice-impress, poppler-utils, python3 and python-pptx (.ci/run does)" >&2
    exit 1
fi

binary=${1:-${JOURNEYMAP_BIN:-${CARGO_TARGET_DIR:-target}/release/journeymap}}
if ! [ -x "$binary" ]; then
    echo "tests/pptx.sh: no journeymap binary at $binary (cargo build --release first)" >&2
    exit 1
fi
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
pictures=${PPTX_CHECK_PICTURES:-}
[ -z "$pictures" ] || mkdir -p "$pictures"
started=$SECONDS

failed=0
fail() {
    echo "$*" >&2
    failed=1
}

# Two font configurations for LibreOffice: the machine's fonts with our Inter added, and
# the machine's fonts alone. LibreOffice also gets a profile of its own, so that it neither
# meets a running LibreOffice of the user nor leaves anything in the user's home.
mkdir -p "$scratch/fonts"
cp assets/fonts/Inter-*.otf "$scratch/fonts/"
font_config() {
    cat <<EOF
<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig><include ignore_missing="yes">/etc/fonts/fonts.conf</include>$1<cachedir>$scratch/fontcache</cachedir></fontconfig>
EOF
}
font_config "<dir>$scratch/fonts</dir>" >"$scratch/inter.conf"
font_config "" >"$scratch/plain.conf"
inter_installed=0
if command -v fc-list >/dev/null && FONTCONFIG_FILE=$scratch/plain.conf fc-list : family | grep -qx 'Inter'; then
    inter_installed=1
fi
libreoffice() {
    local config=$1 outdir=$2
    shift 2
    FONTCONFIG_FILE=$scratch/$config.conf soffice "-env:UserInstallation=file://$scratch/profile-$config" \
        --headless --convert-to pdf --outdir "$outdir" "$@" >"$scratch/soffice-$config.log" 2>&1 ||
        { fail "LibreOffice failed to convert the decks: $(cat "$scratch/soffice-$config.log")"; return 1; }
}

# Every sample as a deck, a deck per phase, a PNG and a PDF on a slide.
mkdir -p "$scratch/decks" "$scratch/ours"
names=()
for json in samples/*.json; do
    name=$(basename "$json" .json)
    if "$binary" export "$json" -o "$scratch/decks/$name.pptx" >/dev/null &&
        "$binary" export "$json" -o "$scratch/decks/$name.phases.pptx" --per-phase >/dev/null &&
        "$binary" export "$json" -o "$scratch/ours/$name.png" --page slide --scale 1 >/dev/null &&
        "$binary" export "$json" -o "$scratch/ours/$name.pdf" --page slide >/dev/null; then
        names+=("$name")
    else
        fail "$name: journeymap could not export it"
    fi
done
if ! [ -f "$scratch/decks/ikea-visit.pptx" ] || ! [ -f "$scratch/decks/ikea-bezoek.pptx" ] ||
    ! [ -f "$scratch/decks/campaign-contact-centre.pptx" ]; then
    echo "tests/pptx.sh: the samples the checks of the checks use could not be exported" >&2
    exit 1
fi

# A deck with every shape on the slide moved a quarter of an inch to the right and down,
# which the comparison with our PNG must notice.
python3 - "$scratch/decks/ikea-visit.pptx" "$scratch/decks/shifted.pptx" <<'EOF'
import sys
from pptx import Presentation
deck = Presentation(sys.argv[1])
for shape in deck.slides[0].shapes:
    shape.left, shape.top = shape.left + 228600, shape.top + 228600
deck.save(sys.argv[2])
EOF

# LibreOffice is slow to start: one run converts every deck, on one core while python-pptx
# reads the decks on the other.
mkdir -p "$scratch/lo-inter" "$scratch/lo-plain"
soffice_started=$SECONDS
libreoffice inter "$scratch/lo-inter" "$scratch"/decks/*.pptx &
converting=$!

for name in "${names[@]}"; do
    if python3 tests/pptx_check.py "samples/$name.json" "$scratch/decks/$name.pptx" --name "$name" >&2 &&
        python3 tests/pptx_check.py "samples/$name.json" "$scratch/decks/$name.phases.pptx" --per-phase --name "$name --per-phase" >&2; then
        echo "$name: python-pptx finds shapes, no picture but the map's own, each card title in its own shape and group, the curves, a slide per phase with notes"
    else
        failed=1
    fi
done

# The structure check must be able to fail: one map's deck is not another's.
if python3 tests/pptx_check.py samples/ikea-visit.json "$scratch/decks/ikea-bezoek.pptx" --name tampered >/dev/null; then
    fail "pptx_check.py accepted the Dutch IKEA deck for the English map"
fi

wait $converting || failed=1
soffice_seconds=$((SECONDS - soffice_started))

# LibreOffice reads every slide of the deck per phase.
for name in "${names[@]}"; do
    pdf=$scratch/lo-inter/$name.phases.pdf
    phases=$(python3 -c 'import json, sys; print(len(json.load(open(sys.argv[1], encoding="utf-8"))["phases"]))' "samples/$name.json")
    pages=$(pdfinfo "$pdf" 2>/dev/null | awk '/^Pages:/ { print $2 }')
    if [ "${pages:-0}" != $((phases + 1)) ]; then
        fail "$name --per-phase: LibreOffice makes ${pages:-no} pages of the deck, not $((phases + 1))"
    fi
done

# The first page of LibreOffice's PDF, at the size of our PNG (1920 × 1080 points at 72 dpi).
rasterise() {
    pdftoppm -png -r 144 -f 1 -l 1 -singlefile -scale-to-x 1920 -scale-to-y 1080 "$1" "${1%.pdf}"
}
compare_with_ours() {
    local name=$1 lo=$2 label=$3
    shift 3
    [ -f "$lo.pdf" ] || { fail "$label: LibreOffice made no PDF"; return 1; }
    rasterise "$lo.pdf"
    python3 tests/pptx_compare.py "$label" "$scratch/ours/$name.png" "$lo.png" \
        "$scratch/ours/$name.pdf" "$lo.pdf" ${pictures:+--pictures "$pictures"} "$@"
}
for name in "${names[@]}"; do
    compare_with_ours "$name" "$scratch/lo-inter/$name" "$name" || failed=1
done

# The comparison must be able to fail: shapes moved, and another map's deck.
must_differ() {
    local name=$1 lo=$2 label=$3 what=$4 figures
    if ! [ -f "$lo.pdf" ]; then
        fail "$label: LibreOffice made no PDF"
    elif figures=$(compare_with_ours "$name" "$lo" "$label" 2>/dev/null); then
        fail "pptx_compare.py did not notice $what: $figures"
    else
        echo "$figures (as it must: $what)"
    fi
}
must_differ ikea-visit "$scratch/lo-inter/shifted" shifted "every shape moved a quarter of an inch"
must_differ ikea-visit "$scratch/lo-inter/campaign-contact-centre" another-map "the contact centre's deck for the IKEA map"

# Without Inter, LibreOffice sets the text in whatever it falls back to: reported, not
# failed, as the fallback is the user's machine's.
if [ $inter_installed -eq 1 ]; then
    echo "without Inter: not tried, this machine has Inter installed"
else
    libreoffice plain "$scratch/lo-plain" "$scratch"/decks/{ikea-visit,klacht-afhandeling,online-to-phone-mortgage}.pptx || true
    echo "without Inter, LibreOffice falls back to $(FONTCONFIG_FILE=$scratch/plain.conf fc-match -f '%{family}' Inter):"
    for name in ikea-visit klacht-afhandeling online-to-phone-mortgage; do
        compare_with_ours "$name" "$scratch/lo-plain/$name" "$name.without-inter" --report-only 2>&1 | sed 's/^/  /' || true
    done
fi

echo "tests/pptx.sh took $((SECONDS - started)) s; LibreOffice converted ${#names[@]} decks and their decks per phase in $soffice_seconds s, while python-pptx read them"
exit $failed
