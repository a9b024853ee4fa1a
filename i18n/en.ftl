# journeymap's words in English.
#
# Every key here is in nl.ftl too, and the other way round; a test fails otherwise. Write
# what a user of a good desktop editor reads, in plain words. Keys name where a sentence is
# used: map-… is written onto a map (in the map's language), everything else is the
# interface (in the interface language).

## Counts

count-cards = { $count ->
    [one] { $count } card
   *[other] { $count } cards
}
count-phases = { $count ->
    [one] { $count } phase
   *[other] { $count } phases
}
count-lanes = { $count ->
    [one] { $count } lane
   *[other] { $count } lanes
}
count-links = { $count ->
    [one] { $count } link
   *[other] { $count } links
}
count-personas = { $count ->
    [one] { $count } persona
   *[other] { $count } personas
}

## Map words: what journeymap writes onto a map

## Menus and actions

## Canvas and status bar

## Panels: palette, inspector, personas, channel switches

# The palette
palette-heading = Channels
palette-hint = Drag onto the map
palette-physical = Physical
palette-digital = Digital
palette-channel-tooltip-physical = Drag onto a phase of the map to add a “{ $channel }” touchpoint there, on the physical track.
palette-channel-tooltip-digital = Drag onto a phase of the map to add a “{ $channel }” touchpoint there, on the digital track.

# The inspector
inspector-cards-selected = { $count } cards selected
inspector-map-heading = Journey map
inspector-title = Title
inspector-description = Description
inspector-map-shows = This map shows
inspector-current = the current state
inspector-future = a future state
inspector-add-card-hint = Double-click an empty spot in a cell to add a card.
inspector-card-heading = Card
inspector-text = Text
inspector-channel = Channel
inspector-channel-none = None
inspector-channel-several = Several
inspector-decision-moment = Decision moment / moment of truth
inspector-wow-moment = Wow moment
inspector-owner = Owner (team or department)
inspector-owners-several = several owners
inspector-tags = Tags, separated by commas
inspector-kpis = KPIs
inspector-kpi-name = name
inspector-kpi-value = value
inspector-kpi-target = target
inspector-kpi-unit = unit
# A KPI table cell's name for screen readers: "KPI 2 unit".
inspector-kpi-cell = KPI { $row } { $field }
inspector-kpi-higher = Higher is better; click for lower
inspector-kpi-lower = Lower is better; click for higher
inspector-kpi-remove = Remove this KPI
inspector-kpi-add = Add KPI
inspector-phase-heading = Phase
inspector-name = Name
inspector-colour = Colour
inspector-group = Group (e.g. Buyer journey)
# $cards is count-cards: "3 cards".
inspector-phase-hint = { $cards }. Drag the header to move the phase; double-click it to rename.
inspector-lane-heading = Lane
inspector-kind = Kind
inspector-folded = Folded (hides its cards)
inspector-lane-hint = { $cards }. Drag the header to move the lane; double-click it to rename.
inspector-link-heading = Link
inspector-link-from-to = From “{ $from }” to “{ $to }”
inspector-link-label = Label
inspector-handoff = Handoff
inspector-handoff-not-judged = not judged

# Personas and emotion points
personas-heading = Personas
personas-hint = Click in the emotion lane to add a point to the active persona’s curve.
personas-colour-tooltip = The curve’s colour
personas-active = Active
personas-active-tooltip = Clicks and drags in the emotion lane edit this curve
personas-show = Show
personas-show-tooltip = Hidden curves are left out of the canvas and of exports
personas-delete = Delete
personas-delete-tooltip = Delete this persona and their curve
personas-point-heading = Emotion point
personas-point-curve = On { $persona }’s curve
personas-point-score = Score
personas-point-phase = Phase
personas-point-card = Card
personas-point-no-card = none
personas-point-note = Note (shown on hover)
personas-point-hint = Drag the point up or down to change the score, sideways to another phase, onto a card to tie it to that card.

# The channel-switch overview
switches-persona = Persona
switches-heading = Channel switches
switches-summary = { $count } in this map · broken and friction first · click a row to show the link
switches-none = No channel switches yet: link two cards with different channels (drag from a card’s handle to the other card).
switches-column-handoff = Handoff
switches-column-from-to = From → to
switches-column-tracks = Tracks
switches-column-phase = Phase
switches-column-feels = { $persona } feels
switches-column-label = Label
switches-not-judged = not judged
switches-no-channel = no channel
switches-crosses-tracks = physical ↔ digital
switches-same-track = same track

# Undo steps made in the panels: "Undo edit card title".
edit-map-title = edit map title
edit-description = edit description
edit-state = change state
edit-card-title = edit card title
edit-card-text = edit card text
edit-channel = change channel
edit-decision-moment = toggle decision moment
edit-wow-moment = toggle wow moment
edit-owner = edit owner
edit-tags = edit tags
edit-kpi = edit KPI
edit-kpi-direction = change KPI direction
edit-kpi-remove = remove KPI
edit-kpi-add = add KPI
edit-phase-name = rename phase
edit-phase-colour = change phase colour
edit-phase-group = change phase group
edit-lane-name = rename lane
edit-lane-kind = change lane kind
edit-lane-fold = fold lane
edit-lane-unfold = unfold lane
edit-link-kind = change link kind
edit-link-label = edit link label
edit-handoff = change handoff
edit-decision-moments = toggle decision moments
edit-wow-moments = toggle wow moments
edit-channels = change channels
edit-owners = edit owners
edit-persona-colour = change persona colour
edit-persona-show = show persona
edit-persona-hide = hide persona
edit-persona-name = rename persona
edit-persona-description = describe persona
edit-point-move = move emotion point
edit-point-card = tie emotion point to card
edit-point-score = change emotion score
edit-point-note = edit emotion note

## Dialogs: files, export, new map, samples, recovery, settings

# Buttons several dialogs share
dialog-save = Save
dialog-dont-save = Don’t Save
dialog-cancel = Cancel

# A moment in a dialog: "29 November 2026, 14:05"; $time is "14:05".
dialog-date-time = { $day } { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
} { $year }, { $time }

# Unsaved changes
dialog-unsaved-heading-close = Save the changes to “{ $title }” before closing?
dialog-unsaved-heading-new = Save the changes to “{ $title }” before starting a new map?
dialog-unsaved-heading-open = Save the changes to “{ $title }” before opening another map?
dialog-unsaved-sentence = If you don’t save, the changes since the last save are lost.

# Waiting for a slow file
dialog-waiting-opening-heading = Opening “{ $name }”…
dialog-waiting-opening = Opening { $path } has taken { $seconds } s so far. A file on a network share can be slow.
dialog-waiting-saving-heading = Saving “{ $name }”…
dialog-waiting-saving = Saving { $path } has taken { $seconds } s so far. A file on a network share can be slow.
dialog-waiting-stop = Stop waiting

# New map and the sample gallery
dialog-new-heading = New journey map
dialog-new-title = Title of the new map
dialog-new-phases = Phases
dialog-new-create = Create
dialog-gallery-heading = Open a sample journey
dialog-gallery-hint = Each opens as an untitled copy: the samples themselves never change.
dialog-gallery-open = Open “{ $title }”

# Replacing a file
dialog-replace-heading = “{ $name }” already exists. Replace it?
dialog-replace-sentence = It is in { $folder }. Replacing it overwrites what is in it now.
dialog-replace = Replace
dialog-replace-cancelled = Nothing written: “{ $name }” is kept as it is.

# File dialogs: the system's and journeymap's own chooser
dialog-filter-maps = Journey maps
dialog-filter-all = All files
dialog-filter-png = PNG picture
dialog-filter-svg = SVG drawing
chooser-open-title = Open a journey map
chooser-open = Open
chooser-save-title = Save the journey map
chooser-save = Save
chooser-export-title = Export the map
chooser-export = Export
chooser-hint = No file dialog of this desktop could be shown, so choose the file here: click a folder to go into it, or type a name or a whole path.
chooser-up = Up
chooser-up-tooltip = The folder that holds this one
chooser-reading = Reading the folder…
chooser-empty = No folders or files of this kind here.
chooser-name-field = File name or path
chooser-column-name = Name
chooser-column-modified = Modified
chooser-folder-unreadable = The folder { $folder } could not be read ({ $error }). Type a whole path, or go up.
chooser-folder-unreadable-short = The folder could not be read ({ $error }).
chooser-folder-unreadable-plain = The folder could not be read.
chooser-save-cancelled = Save cancelled.
chooser-export-cancelled = Export cancelled.
chooser-no-native-dialog = This desktop could not show its file dialog, so choose the file in journeymap’s own chooser.

# Opening, saving, Open Recent, dropped files
files-work-stopped = The work on the file stopped unexpectedly; please try again.
# $kind is one of files-kind-…
files-not-a-map-file = { $path } is { $kind }, not a map file. Choose a journey map (.json) or a picture with a map inside (.png).
files-kind-pipe = a named pipe (FIFO)
files-kind-device = a device
files-kind-socket = a socket
files-kind-folder = a folder
files-kind-other = not a regular file
files-new-from-template = New map from the template “{ $template }”.
files-leave-cancelled = Cancelled: the map stays open.
files-restored-origin-gone = “{ $path }” is gone or is no longer a journeymap map, so the restored map is not saved over it: choose where to save it.
files-opened-sample = Opened the sample "{ $title }".
files-sample-failed = This sample could not be opened
files-opening = Opening { $path }…
files-open-failed = { $name } could not be opened
files-open-stopped = Stopped opening { $path }: the open map stays as it is.
files-saving = Saving { $path }…
files-save-failed = The map could not be saved
files-save-stopped = Stopped waiting for { $path } to be saved: the map is kept as unsaved.
files-saved = Saved { $path }.
files-saved-hard-links = Saved { $path }. It had other names (hard links), which still show the version before this save.
files-opened = Opened { $path }.
# $first is the first warning's sentence.
files-opened-with-warnings = Opened { $path }; { $count } warning(s): { $first }
files-recent-none = No recent files
files-recent-gone = { $path } is no longer there
files-recent-clear = Clear Recent
files-drop-hint = Drop a journey map (.json) or a picture with a map inside (.png) to open it
files-dropped-several = { $count } files were dropped; opening the first, { $name }.

# Recovery after a crash
recovery-heading = Restore unsaved work?
recovery-sentence = journeymap was closed without saving these maps. Restore opens one as unsaved; Discard deletes the copy.
recovery-never-saved = never saved
# "3 minutes ago (29 November 2026, 14:05) · /home/ann/bank.json"
recovery-copy-line = { $ago } ({ $time }) · { $from }
recovery-restore = Restore “{ $title }”
recovery-discard = Discard “{ $title }”
recovery-later = Decide later
recovery-later-tooltip = Keep the copies; the next start asks again
recovery-ago-seconds = less than a minute ago
recovery-ago-minutes = { $count ->
    [one] a minute ago
   *[other] { $count } minutes ago
}
recovery-ago-hours = { $count ->
    [one] an hour ago
   *[other] { $count } hours ago
}
recovery-ago-yesterday = yesterday
recovery-ago-days = { $count } days ago
recovery-write-failed = No recovery copy could be kept: { $sentence }
recovery-restored = Restored “{ $title }”: save it to keep it.

## Error sentences
