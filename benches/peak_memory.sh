#!/usr/bin/env bash
# Peak memory of the editor with a large map open: generates a map of 10,000 cards (or the
# number given) with the release binary, opens it in a real window under Xvfb (OpenGL on
# Mesa's llvmpipe), lets it lay out and draw for a few seconds, closes it with SIGTERM and
# prints the "Maximum resident set size" that GNU time measured. The target (issue 7) is
# 300 MB or less for 10,000 cards.
#
# Usage: benches/peak_memory.sh [CARDS]   (needs Xvfb and /usr/bin/time, and uses xdotool if
# it is there to check the map's window is open; builds the release binary into
# $CARGO_TARGET_DIR, or target/, if it is not there)
set -euo pipefail
cd "$(dirname "$0")/.."

cards=${1:-10000}
seconds=8
display=:77
target_dir=${CARGO_TARGET_DIR:-target}
binary=$target_dir/release/journeymap
[ -x "$binary" ] || cargo build --release --locked

work=$(mktemp -d)
xvfb=""
timer=""
cleanup() {
    [ -n "$timer" ] && kill "$timer" 2>/dev/null || true
    [ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

map=$work/generated-$cards.json
"$binary" generate --cards "$cards" -o "$map"

Xvfb "$display" -screen 0 1920x1080x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
sleep 1
kill -0 "$xvfb" 2>/dev/null || { echo "Xvfb could not start on $display (is it taken?)" >&2; exit 1; }

export DISPLAY=$display
export LIBGL_ALWAYS_SOFTWARE=1
# Recovery copies of this run go to a folder of its own, never the user's.
export JOURNEYMAP_RECOVERY_DIR=$work/recovery
/usr/bin/time -v -o "$work/time.txt" "$binary" "$map" >"$work/app.log" 2>&1 &
timer=$!
sleep "$seconds"

# GNU time's only child is the editor: close it, and let time report.
app=$(pgrep -P "$timer" || true)
if [ -z "$app" ]; then
    echo "journeymap exited before $seconds s:" >&2
    cat "$work/app.log" >&2
    exit 1
fi
# The figure only counts if the map is open: its window is named after the file.
if command -v xdotool >/dev/null; then
    xdotool search --name "$(basename "$map")" >/dev/null ||
        { echo "no window shows the map after $seconds s:" >&2; cat "$work/app.log" >&2; exit 1; }
fi
kill -TERM "$app"
wait "$timer" 2>/dev/null || true
timer=""

kib=$(sed -nE 's/^\s*Maximum resident set size \(kbytes\): ([0-9]+)/\1/p' "$work/time.txt")
[ -n "$kib" ] || { echo "no peak memory in GNU time's report:" >&2; cat "$work/time.txt" >&2; exit 1; }
grep "Maximum resident set size" "$work/time.txt"
echo "peak memory with $cards cards open: $((kib / 1024)) MiB ($(du -h "$map" | cut -f1) file)"
