#!/usr/bin/env bash
# Runs the release binary in a real X11 window (Xvfb, OpenGL on Mesa's llvmpipe), takes a
# screenshot and checks that a map is on it: not a blank window, not an error screen.
# Usage: tests/real_window.sh [SCREENSHOT.png]   (needs Xvfb, xdotool and ImageMagick)
set -euo pipefail
cd "$(dirname "$0")/.."

target_dir=${CARGO_TARGET_DIR:-target}
shot=${1:-$target_dir/real-window.png}
log=$target_dir/real-window.log
binary=$target_dir/release/journeymap
sample=samples/webshop-reviews.json
[ -x "$binary" ] || cargo build --release --locked
mkdir -p "$(dirname "$shot")"

xvfb=""
app=""
cleanup() {
    [ -n "$app" ] && kill "$app" 2>/dev/null || true
    [ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null || true
}
trap cleanup EXIT
# Starts an X server of our own on a display nobody else uses, and waits until it answers.
start_xvfb() {
    local n
    for _ in $(seq 50); do
        n=$((90 + RANDOM % 400))
        [ -e "/tmp/.X$n-lock" ] || [ -e "/tmp/.X11-unix/X$n" ] || break
    done
    Xvfb ":$n" -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 &
    xvfb=$!
    export DISPLAY=":$n"
    for _ in $(seq 50); do xdpyinfo >/dev/null 2>&1 && return 0; sleep 0.1; done
    echo "Xvfb did not start on :$n" >&2
    return 1
}
start_xvfb
# Recovery copies of these runs go to a folder of their own, never the user's.
recovery=$(mktemp -d)
export JOURNEYMAP_RECOVERY_DIR=$recovery
# And so do the settings.
settings=$(mktemp -d)
export JOURNEYMAP_SETTINGS_DIR=$settings
# English unless a run below asks for another language, whatever this machine is set to.
export LC_ALL=C.UTF-8 LANGUAGE=""

LIBGL_ALWAYS_SOFTWARE=1 "$binary" "$sample" >"$log" 2>&1 &
app=$!

# Waits for the app's window, whose title names the map, and prints its id.
wait_for_window() {
    local found=""
    for _ in $(seq 100); do
        found=$(xdotool search --name "$1" 2>/dev/null | head -n 1 || true)
        [ -n "$found" ] && { echo "$found"; return 0; }
        kill -0 "$app" 2>/dev/null || { echo "journeymap exited early:" >&2; cat "$log" >&2; return 1; }
        sleep 0.2
    done
    echo "no journeymap window appeared" >&2
    return 1
}
window=$(wait_for_window "espresso machine")
sleep 3
import -window root "$shot"

# Zoom to 100 % with the keyboard and pan with a real drag, then look again.
xdotool windowfocus --sync "$window" 2>/dev/null || true
xdotool mousemove 60 500
sleep 0.3
xdotool key ctrl+0
sleep 1
xdotool mousedown 1; sleep 0.2; xdotool mousemove 160 560; sleep 0.2; xdotool mousemove 260 620; sleep 0.2; xdotool mouseup 1
sleep 1
import -window root "${shot%.png}-zoomed.png"

kill -0 "$app" 2>/dev/null || { echo "journeymap died"; cat "$log"; exit 1; }

# A map has many colours (phase headers, lane tints, curves) and lots of detail; a blank or
# error screen has few.
colours=$(convert "$shot" -format %k info:)
echo "screenshot $shot: $colours distinct colours"
[ "$colours" -gt 500 ] || { echo "the window looks empty"; exit 1; }
# The white page of the map fills a good part of the window.
white=$(convert "$shot" -fill black +opaque white -format "%[fx:mean]" info:)
echo "white page share: $white"
awk -v w="$white" 'BEGIN { exit !(w > 0.08) }' || { echo "no map page on screen"; exit 1; }
title=$(xdotool getwindowname "$window")
echo "window title: $title"
[[ "$title" == *"webshop-reviews.json — journeymap" ]] || { echo "unexpected window title"; exit 1; }
zoomed_colours=$(convert "${shot%.png}-zoomed.png" -format %k info:)
echo "after zoom and pan: $zoomed_colours distinct colours"
cmp -s "$shot" "${shot%.png}-zoomed.png" && { echo "zooming and panning changed nothing"; exit 1; }
kill "$app"; wait "$app" 2>/dev/null || true; app=""

# Editing for real: open a copy of a sample, select all, delete, save; then undo and save.
work=$(mktemp -d)
trap 'cleanup; rm -rf "$work" "$recovery"' EXIT
cp samples/bank-account.json "$work/journey.json"
cards_in() { "$binary" validate "$1" | sed -E 's/.* ([0-9]+) cards.*/\1/'; }
before=$(cards_in "$work/journey.json")
LIBGL_ALWAYS_SOFTWARE=1 "$binary" "$work/journey.json" >>"$log" 2>&1 &
app=$!
window=$(wait_for_window "open a bank account")
sleep 2
xdotool windowfocus --sync "$window" 2>/dev/null || true
xdotool mousemove 60 500
sleep 0.3
xdotool key ctrl+a; sleep 0.5
xdotool key Delete; sleep 0.5
xdotool key ctrl+s; sleep 1
import -window root "${shot%.png}-deleted.png"
after_delete=$(cards_in "$work/journey.json")
echo "cards: $before in the sample, $after_delete after select all, delete and save"
[ "$after_delete" -eq 0 ] || { echo "the saved file still has cards"; exit 1; }
xdotool key ctrl+z; sleep 0.5
xdotool key ctrl+s; sleep 1
after_undo=$(cards_in "$work/journey.json")
echo "cards after undo and save: $after_undo"
[ "$after_undo" -eq "$before" ] || { echo "undo did not bring every card back"; exit 1; }
cmp -s samples/bank-account.json "$work/journey.json" || { echo "after undo the file differs from the sample"; exit 1; }

# Copy every card in this window and paste them into a second window, through the
# system clipboard.
xdotool key ctrl+a; sleep 0.3
xdotool key ctrl+c; sleep 0.5
first=$app
cp samples/ikea-visit.json "$work/other.json"
other_before=$(cards_in "$work/other.json")
LIBGL_ALWAYS_SOFTWARE=1 "$binary" "$work/other.json" >>"$log" 2>&1 &
app=$!
second=$(wait_for_window "furnish our living room")
sleep 2
xdotool windowfocus --sync "$second" 2>/dev/null || true
xdotool mousemove 60 500
sleep 0.3
xdotool key ctrl+v; sleep 1
xdotool key ctrl+s; sleep 1
other_after=$(cards_in "$work/other.json")
echo "cards in the second map: $other_before, after pasting from the first window: $other_after"
kill "$first" 2>/dev/null || true
[ "$other_after" -eq $((other_before + before)) ] || { echo "pasting between windows did not bring the cards over"; exit 1; }
kill "$app"; wait "$app" 2>/dev/null || true; app=""

# A crash with unsaved changes: delete every card, kill -9, start again, restore the copy
# with Enter and save it.
cp samples/bank-account.json "$work/crash.json"
LIBGL_ALWAYS_SOFTWARE=1 "$binary" "$work/crash.json" >>"$log" 2>&1 &
app=$!
window=$(wait_for_window "open a bank account")
sleep 2
xdotool windowfocus --sync "$window" 2>/dev/null || true
xdotool mousemove 60 500
sleep 0.3
xdotool key ctrl+a; sleep 0.3
xdotool key Delete
for _ in $(seq 50); do compgen -G "$recovery/recovery-*.json" >/dev/null && break; sleep 0.2; done
compgen -G "$recovery/recovery-*.json" >/dev/null || { echo "no recovery copy of the unsaved change"; exit 1; }
kill -9 "$app"; wait "$app" 2>/dev/null || true; app=""
[ "$(cards_in "$work/crash.json")" -eq "$before" ] || { echo "the crash changed the file"; exit 1; }
# Xvfb with Mesa sometimes goes down with a GL client that is killed outright; that is the
# X server's trouble, not ours, so the restart gets a server of its own.
if ! kill -0 "$xvfb" 2>/dev/null || ! xdpyinfo >/dev/null 2>&1; then
    echo "(the X server went down with the killed client; starting another)"
    start_xvfb
fi
LIBGL_ALWAYS_SOFTWARE=1 "$binary" "$work/crash.json" >>"$log" 2>&1 &
app=$!
window=$(wait_for_window "open a bank account")
sleep 2
xdotool windowfocus --sync "$window" 2>/dev/null || true
import -window root "${shot%.png}-restore.png"
xdotool key Return; sleep 1
restored_title=$(xdotool getwindowname "$window")
echo "after restoring: $restored_title"
[[ "$restored_title" == *"(edited)"* ]] || { echo "the restored map is not marked unsaved"; exit 1; }
xdotool key ctrl+s; sleep 1
after_crash=$(cards_in "$work/crash.json")
echo "cards after a crash, restore and save: $after_crash"
[ "$after_crash" -eq 0 ] || { echo "the restored map was not the one with the change"; exit 1; }
compgen -G "$recovery/recovery-*.json" >/dev/null && { echo "the recovery copy was not removed after saving"; exit 1; }
# The interface speaks the system's language: the same map started under an English and a
# Dutch locale shows different menu bars (Bestand, Bewerken, Kaart, Beeld).
for locale in C.UTF-8 nl_NL.UTF-8; do
    LC_ALL="" LC_MESSAGES="" LANGUAGE="" LANG=$locale LIBGL_ALWAYS_SOFTWARE=1 \
        "$binary" samples/bank-account.json >>"$log" 2>&1 &
    app=$!
    window=$(wait_for_window "open a bank account")
    sleep 2
    import -window root "${shot%.png}-$locale.png"
    convert "${shot%.png}-$locale.png" -crop 700x26+0+0 +repage "${shot%.png}-$locale-menus.png"
    kill "$app"; wait "$app" 2>/dev/null || true; app=""
done
cmp -s "${shot%.png}-C.UTF-8-menus.png" "${shot%.png}-nl_NL.UTF-8-menus.png" &&
    { echo "the menu bar is the same under a Dutch locale"; exit 1; }
echo "a Dutch locale gets other menus: ${shot%.png}-nl_NL.UTF-8.png"
echo "real window: ok"
