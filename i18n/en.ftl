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

map-state-current = Current state
map-state-future = Future state

map-lane-physical-touchpoints = Physical touchpoints
map-lane-digital-touchpoints = Digital touchpoints
map-lane-customer-actions = Customer actions
map-lane-thoughts = Thoughts & quotes
map-lane-emotions = Emotions
map-lane-pain-points = Pain points
map-lane-opportunities = Opportunities
map-lane-content = Content
map-lane-backstage = Backstage / organisation
map-lane-kpis = KPIs & data

# The lines of a service blueprint, written across the map under a lane.
map-line-interaction = Line of interaction
map-line-visibility = Line of visibility
map-line-internal-interaction = Line of internal interaction
map-lane-folded = { $count ->
    [0] folded
    [one] folded: 1 card
   *[other] folded: { $count } cards
}

map-track-physical = physical
map-track-digital = digital

map-channel-website = Website
map-channel-app = App
map-channel-email = E-mail
map-channel-phone = Phone
map-channel-chat = Chat
map-channel-whatsapp = WhatsApp
map-channel-social-media = Social media
map-channel-review-site = Review site
map-channel-advertising = Advertising
map-channel-print = Print / folder
map-channel-shop = Shop / branch
map-channel-employee-visit = Employee visit
map-channel-event = Event
map-channel-post = Post
map-channel-other = Other

map-link-channel-switch = Channel switch
map-link-next-step = Next step
map-link-influence = Influence

map-handoff-smooth = Smooth
map-handoff-friction = Friction
map-handoff-broken = Broken
map-handoff-not-judged = not judged

map-badge-decision = Decision moment / moment of truth
map-badge-wow = Wow moment
map-badge-pain = Pain point

map-legend-personas = Personas
map-legend-links = Links
map-legend-moments = Moments
map-legend-switch-smooth = Channel switch: smooth
map-legend-switch-friction = friction
map-legend-switch-broken = broken

map-new-card-touchpoint = New touchpoint
map-new-card-action = New action
map-new-card-thought = New thought
map-new-card-feeling = New feeling
map-new-card-pain-point = New pain point
map-new-card-opportunity = New opportunity
map-new-card-content = New content
map-new-card-backstage = New backstage step
map-new-card-kpi = New KPI
map-new-phase = New phase
map-new-persona = Persona { $number }
map-template-title = New customer journey
map-template-persona = Customer
map-group-buyer = Buyer journey
map-group-delight = Delight journey

map-switches-heading = { $count ->
    [one] 1 channel switch in "{ $title }" (score: { $persona })
   *[other] { $count } channel switches in "{ $title }" (score: { $persona })
}
map-switches-no-persona = no persona
map-switches-crosses = crosses
map-switches-yes = yes
map-switches-no = no
map-switches-csv-header = from,to,crosses physical/digital,handoff,phase,score,label,link

# Speaker notes of a PowerPoint export.
map-notes-phases = Phases:
map-notes-cards = { $count ->
    [0] No cards in this phase.
    [one] One card:
   *[other] { $count } cards:
}
map-notes-channel = Channel: { $channel }
map-notes-owner = Owner: { $owner }
map-notes-switches = { $count ->
    [one] One channel switch starts here:
   *[other] { $count } channel switches start here:
}

## Menus and actions
action-open = Open…
action-open-tooltip = Open a journey map (.json), or a PNG exported by journeymap
action-new-map = New…
action-new-map-tooltip = Start a new map from a template
action-add-phase-before = Add Phase Before
action-add-phase-before-tooltip = Add a phase before the selected one
action-add-phase-after = Add Phase After
action-add-phase-after-tooltip = Add a phase after the selected one
action-fold = Folded
action-fold-tooltip = Show the lane as one line with its number of cards, or in full
action-line-none = No line
action-line-tooltip = Draw a service-blueprint line across the map under this lane
action-find = Find…
action-find-tooltip = Search the cards’ titles, texts, owners, tags, KPIs and comments; Enter goes to the next match
action-filter = Filter Bar
action-filter-tooltip = Highlight the cards of some channels, owners, tags or personas and dim the rest
find-label = Find
find-hint = Words on cards or in comments
find-none = No matches
find-count = { $current } of { $total }
find-previous = Previous match (Shift+Enter)
find-next = Next match (Enter)
find-close = Close (Esc)
filter-heading = Filter
filter-channels = Channels:
filter-owners = Owners:
filter-tags = Tags:
filter-personas = Personas:
filter-clear = Clear
dialog-export-only-highlighted = Only what is highlighted
dialog-export-only-highlighted-tooltip = Leave out the cards the filter dims, with their links
action-sample-gallery = Open Sample…
action-sample-gallery-tooltip = Open a copy of one of the sample journeys
action-save = Save
action-save-tooltip = Save the map to its file
action-save-as = Save As…
action-save-as-tooltip = Save the map to a new file
action-undo = Undo
action-undo-named = Undo { $what }
action-redo-named = Redo { $what }
action-undo-tooltip = Undo the last change
action-redo = Redo
action-redo-tooltip = Redo the change you undid
action-select-all = Select All
action-select-all-tooltip = Select every card
action-deselect = Select None
action-deselect-tooltip = Clear the selection, or cancel a drag
action-delete = Delete
action-delete-tooltip = Delete the selected cards and their links
action-duplicate = Duplicate
action-duplicate-tooltip = Copy the selected cards next to themselves
action-cut = Cut
action-cut-tooltip = Move the selected cards to the clipboard
action-copy = Copy
action-copy-tooltip = Copy the selected cards to the clipboard
action-paste = Paste
action-paste-tooltip = Paste cards, or a card per line of text
action-decision-moment = Decision Moment
action-decision-moment-tooltip = Mark or unmark the selected cards as moments of truth
action-wow-moment = Wow Moment
action-wow-moment-tooltip = Mark or unmark the selected cards as wow moments
action-rename = Rename
action-rename-tooltip = Type a new name for the selection, right where it is
action-add-phase = Add Phase
action-add-phase-tooltip = Add a phase after the selected one, or at the end
action-add-lane = Add Lane
action-add-lane-tooltip = Add a lane below the selected one, or at the bottom
action-select-left = Select card to the left
action-select-left-tooltip = Select the nearest card to the left
action-select-right = Select card to the right
action-select-right-tooltip = Select the nearest card to the right
action-select-up = Select card above
action-select-up-tooltip = Select the nearest card above
action-select-down = Select card below
action-select-down-tooltip = Select the nearest card below
action-export-png = Export PNG…
action-export-png-tooltip = Save a picture of the whole map for a slide deck, with the map inside
action-export-svg = Export SVG…
action-export-svg-tooltip = Save a vector drawing of the whole map
action-export-pdf = Export PDF…
action-export-pdf-tooltip = Save the whole map as a PDF document for reports and print, with text that can be selected and searched
action-export-pptx = Export PowerPoint…
action-export-pptx-tooltip = Save the map as a PowerPoint presentation of shapes that can still be edited, if you like with a slide per phase
action-quit = Quit
action-quit-tooltip = Close journeymap
action-zoom-in = Zoom in
action-zoom-in-tooltip = Show the map larger
action-zoom-out = Zoom out
action-zoom-out-tooltip = Show the map smaller
action-zoom-reset = Actual size (100 %)
action-zoom-reset-tooltip = Show the map at 100 %
action-fit-map = Fit map
action-fit-map-tooltip = Show the whole map in the window
action-switches = Channel Switches
action-switches-tooltip = List every channel switch, the broken and rough handoffs first
action-add-persona = Add Persona
action-add-persona-tooltip = Add a persona, who gets an emotion curve of their own
action-dark = Dark Interface
action-dark-tooltip = Dark panels and menus; the map keeps its colours
action-palette = Channel Palette
action-palette-tooltip = Show or hide the channels on the left; hidden, the map has more room
action-inspector = Inspector
action-inspector-tooltip = Show or hide the details on the right; hidden, the map has more room
action-present = Present
action-present-tooltip = Show the map full screen to a room, phase by phase: arrow keys step, P shows one persona at a time, Esc ends
present-overview = Overview
present-step = { $step } / { $count }
action-add-lane-above-tooltip = Add a lane of this kind above the selected one
action-add-lane-below-tooltip = Add a lane of this kind below the selected one
action-set-link-kind-tooltip = Make the selected link this kind of link
action-set-handoff-tooltip = How smooth the switch between the two channels is
action-handoff-not-judged = Not judged
action-open-sample-tooltip = Open a copy of this sample journey
action-new-tooltip = Start a new map with these phases
action-new-fallback = New map
action-sample-fallback = Sample
action-use-system-language = Like the system
action-use-system-language-tooltip = Speak the language the computer is set to
action-use-language-tooltip = Menus, dialogs and messages in this language; a map keeps its own
menu-file = File
menu-edit = Edit
menu-map = Map
menu-view = View
menu-open-recent = Open Recent
menu-language = Language
status-undid = Undid { $what }.
status-redid = Redid { $what }.
status-on-clipboard = { $count ->
    [one] 1 card
   *[other] { $count } cards
} on the clipboard.
error-could-not-undo = Could not undo
error-could-not-redo = Could not redo

## Canvas and status bar

# The status bar.
status-fit = Fit
status-pasted = { $count ->
    [one] Pasted 1 card.
   *[other] Pasted { $count } cards.
}
status-paste-needs-cell = Add a phase and a lane before pasting cards.
status-not-saved-changed-on-disk = Not saved: the file on disk is kept as it is.
status-exported = Exported { $path }.
status-exporting = Exporting { $name }… ({ $seconds } s)
status-link-not-dropped = No link: it was not dropped on a card.
status-link-end-not-dropped = The link stays as it was: its end was not dropped on a card.
status-point-needs-persona = Add a persona first (in the inspector, with nothing selected): points belong to a persona's curve.
status-point-curve-hidden = { $name }’s curve is hidden: show it in the personas list to add points.

# The window's title: the map's title, where it came from, whether it has changes.
window-title = { $title } — { $source } — journeymap
window-title-edited = { $title } — { $source } (edited) — journeymap
window-source-sample = sample
window-source-untitled = untitled

# On the canvas: names that screen readers (and tests) find widgets by, tooltips, menus.
canvas-phase-header = Phase { $name }
canvas-lane-header = Lane { $name }
canvas-column-width = Width of { $name }
canvas-new-name = New name
canvas-add-lane-above = Add Lane Above
canvas-add-lane-below = Add Lane Below
canvas-line-below = Line Below
canvas-link-start = Link start
canvas-link-end = Link end
canvas-link-end-tooltip = Drag to another card to reconnect
canvas-link-from-left = Link from { $title } (left)
canvas-link-from-right = Link from { $title } (right)
canvas-link-from-top = Link from { $title } (top)
canvas-link-from-bottom = Link from { $title } (bottom)
canvas-channel-picker = Channel
canvas-delete-point = Delete point
canvas-card-owner = Owner: { $owner }
canvas-card-kpi = { $name }: { $value }
canvas-card-kpi-target = { $name }: { $value } (target { $target })

# Asking before a phase or lane is deleted with its cards.
canvas-delete-phase-question = Delete the phase “{ $name }”?
canvas-delete-lane-question = Delete the lane “{ $name }”?
canvas-delete-header-cards = { $count ->
    [0] It has no cards.
    [one] Its 1 card will be deleted with it. You can undo this.
   *[other] Its { $count } cards will be deleted with it. You can undo this.
}
canvas-delete-phase = Delete phase
canvas-delete-lane = Delete lane
canvas-cancel = Cancel

# The export dialog, the error dialog and the question when a file changed on disk.
dialog-export-heading = Export { $format }
dialog-export-scale = Scale
dialog-export-background = Background
dialog-export-white = White
dialog-export-transparent = Transparent
dialog-export-title = Include the title
dialog-export-legend = Include the legend
dialog-export-go = Export…
dialog-export-failed = The picture could not be exported
dialog-export-stopped = The export stopped unexpectedly; please try again.
dialog-error-ok = OK
dialog-changed-on-disk-heading = “{ $name }” was changed since you opened it
dialog-changed-on-disk-sentence = Another program or a colleague saved it (perhaps through a synced folder). Overwriting replaces their version with yours.
dialog-changed-on-disk-overwrite = Overwrite
dialog-changed-on-disk-save-as = Save As…
dialog-changed-on-disk-save-as-tooltip = Enter: save your version as a new file

# Undo steps: what Edit ▸ Undo and Redo call a change ("Undo move card").
edit-failed = Could not { $step }
edit-add-card = add card
edit-set-picture = set picture
edit-remove-picture = remove picture
edit-add-picture-card = add picture
edit-move-cards = { $count ->
    [one] move card
   *[other] move { $count } cards
}
edit-delete-cards = { $count ->
    [one] delete card
   *[other] delete { $count } cards
}
edit-cut-cards = { $count ->
    [one] cut card
   *[other] cut { $count } cards
}
edit-duplicate-cards = { $count ->
    [one] duplicate card
   *[other] duplicate { $count } cards
}
edit-paste = paste
edit-paste-text = paste text
edit-rename-card = rename card
edit-set-channel = set channel
edit-add-phase = add phase
edit-move-phase = move phase
edit-delete-phase = delete phase
edit-rename-phase = rename phase
edit-resize-column = resize column
edit-add-lane = add lane
edit-move-lane = move lane
edit-delete-lane = delete lane
edit-rename-lane = rename lane
edit-fold-lane = fold lane
edit-unfold-lane = unfold lane
edit-add-link = add link
edit-delete-link = delete link
edit-reconnect-link = reconnect link
edit-change-link-kind = change link kind
edit-change-handoff = change handoff
edit-toggle-decision = toggle decision moment
edit-toggle-wow = toggle wow moment
edit-add-persona = add persona
edit-delete-persona = delete persona
edit-add-point = add emotion point
edit-move-point = move emotion point
edit-tie-point = tie emotion point to card
edit-change-score = change emotion score
edit-delete-points = { $count ->
    [one] delete emotion point
   *[other] delete { $count } emotion points
}

## Panels: palette, inspector, personas, channel switches

inspector-map-language = Language of the map
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
inspector-line-below = Line below this lane
inspector-line-none = None
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
edit-owner = edit owner
edit-tags = edit tags
edit-kpi = edit KPI
edit-kpi-direction = change KPI direction
edit-kpi-remove = remove KPI
edit-kpi-add = add KPI
edit-phase-colour = change phase colour
edit-phase-group = change phase group
edit-lane-kind = change lane kind
edit-line-below = change the line below a lane
edit-link-label = edit link label
edit-decision-moments = toggle decision moments
edit-wow-moments = toggle wow moments
edit-channels = change channels
edit-owners = edit owners
edit-persona-colour = change persona colour
edit-persona-show = show persona
edit-persona-hide = hide persona
edit-persona-name = rename persona
edit-persona-description = describe persona
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

# The export dialog: presets, format, page, preview and sizes ("3840 × 2160 px",
# "A4 landscape, 297 × 210 mm", "about 1.2 MB"); numbers arrive written out already.
dialog-export-preset-slide = Slide 16:9
dialog-export-preset-slide-tooltip = A 3840 × 2160 PNG (1920 × 1080 at 2×) with the whole map fitted in, for a presentation
dialog-export-preset-presentation = Presentation
dialog-export-preset-presentation-tooltip = A PowerPoint of editable shapes: the whole map on a 16:9 slide, then a slide per phase with speaker notes
dialog-export-preset-document = Document (A4)
dialog-export-preset-document-tooltip = A PDF on a landscape A4 page, for a report
dialog-export-preset-poster = Poster (A3)
dialog-export-preset-poster-tooltip = A PDF on a landscape A3 page, to print large
dialog-export-preset-custom = Custom
dialog-export-preset-custom-tooltip = Your own choice of format, page size and scale
dialog-export-format = Format
dialog-export-page = Page size
dialog-export-page-fit = The map’s own size
dialog-export-page-slide = Widescreen 16:9
dialog-export-page-a4 = A4 landscape
dialog-export-page-a3 = A3 landscape
dialog-export-page-pptx = 16:9 slides
dialog-export-per-phase = One slide per phase, with speaker notes
dialog-export-per-phase-tooltip = After the whole map, each phase on a slide of its own, large enough to read; its notes list the phase’s cards and the channel switches that start there
dialog-export-outlines = Text as outlines
dialog-export-outlines-tooltip = Letters as shapes, for PowerPoint and other programs that ignore embedded fonts; the text can then no longer be selected or searched
dialog-export-preview = Preview
dialog-export-preview-alt = Preview of the picture
dialog-export-size-pixels = { $width } × { $height } px
dialog-export-size-points = { $width } × { $height } pt
dialog-export-size-page-points = { $page }, { $width } × { $height } pt
dialog-export-size-page-mm = { $page }, { $width } × { $height } mm
dialog-export-size-slides = { $count ->
    [one] { $count } slide: the whole map
   *[other] { $count } slides: the whole map and one per phase
}
dialog-export-about-kb = about { $size } KB
dialog-export-about-mb = about { $size } MB
dialog-export-estimating = Working out the file size…

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
dialog-filter-pdf = PDF document
dialog-filter-pptx = PowerPoint presentation
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
dialog-samples-written-in-english = This sample is written in English
dialog-samples-written-in-dutch = This sample is written in Dutch

## Error sentences
# Reading a file: what journeymap says when it cannot open one. Values in { $… } come
# from the file and are already escaped; numbers are shown as the file writes them.

error-io-not-found = The file does not exist.
error-io-permission = You do not have permission to read this file.
error-io-folder = This is a folder, not a file.
error-io-not-a-directory = The file does not exist: part of its path is a file, not a folder.
error-io-link-loop = This is a link that leads back to itself, not a file.
error-io-bad-name = The file's name is too long or not allowed.
error-io-other = The file could not be read: { $reason }.
error-too-large = The file is { $size } MiB; journeymap opens files up to 64 MiB.
error-empty = The file is empty.
error-binary-kind = This is { $kind }, not a journey map.
error-not-text = This is not a text file (byte { $offset } is not UTF-8 text), so it cannot be a journey map.
error-not-a-file = This is { $kind }, not a file; journeymap opens only ordinary files.
error-not-json = This is not a JSON file (it starts with "{ $start }"), so it cannot be a journey map.
error-not-an-object = This JSON file holds { $found }, not a journey map (a journey map is a JSON object that starts with "format": "journeymap").
error-looks-like = This is { $kind } file, not a journey map.
error-no-format = This JSON file is not a journey map: it has no "format": "journeymap" field.
error-wrong-format = This is a { $found } file, not a journey map: its "format" must be "journeymap".
error-missing-version = The file has no "version", so journeymap cannot tell how to read it.
error-bad-version = "version" must be a whole number from 1 up, but it is { $found }.
error-newer-version = This map was saved by a newer journeymap (file format version { $found }; this program reads up to version { $current }): update journeymap to open it.
error-and-more = { $first } (and { $count ->
        [one] 1 more problem
       *[other] { $count } more problems
    })

# What a file is when it is not a journey map; said after "This is".
error-kind-png = a PNG image
error-kind-jpeg = a JPEG image
error-kind-pdf = a PDF document
error-kind-zip = a ZIP archive or an Office document
error-kind-gzip = a gzip-compressed file
error-kind-gif = a GIF image
error-kind-package-json = a package.json
error-kind-folder = a folder
error-kind-fifo = a named pipe (FIFO)
error-kind-socket = a socket
error-kind-device = a device
error-kind-not-ordinary = not an ordinary file
error-kind-bad-link = a link journeymap cannot follow to a file
error-kind-link-loop = a link that leads back to itself
error-json-list = a list (a JSON array)
error-json-null = only null
error-json-boolean = only true or false
error-json-number = only a number
error-json-text = only a piece of text

# A PNG image with a map inside.
error-png-without-map = This PNG image has no journey map inside; only pictures exported by journeymap as PNG carry one.
error-png-broken = This PNG image is damaged and its journey map cannot be read: { $reason }.
error-png-map-damaged = This PNG image carries a journey map, but the map inside is damaged: { $reason }.
error-png-cut-off = the file ends in the middle of the picture
error-png-unreadable = it could not be read ({ $reason })
error-png-bad-start = it does not start like a PNG image
error-png-bad-chunk = its part number { $number } is not a PNG chunk
error-png-no-header = it does not start with the picture's size (IHDR)
error-png-map-too-large = it is { $size } MiB, and journeymap opens maps up to 64 MiB
error-png-checksum = its checksum does not match its content
error-png-too-many-chunks = it has far more parts than any picture
error-png-text-cut-off = it ends before its text begins
error-png-text-not-utf8 = its text is not UTF-8
error-png-unknown-compression = it is compressed in a way journeymap does not know
error-png-unpacks-too-large = it would unpack to more than 64 MiB, and journeymap opens maps up to 64 MiB
error-png-compression-damaged = its compressed text is damaged

# Broken JSON: where, and what the parser expected there.
error-syntax = The JSON is broken at line { $line }, column { $column }: { $message }.
error-syntax-eof-list = the file ends in the middle of a list; was it cut off?
error-syntax-eof-object = the file ends in the middle of an object; was it cut off?
error-syntax-eof-string = the file ends in the middle of a piece of text; was it cut off?
error-syntax-eof-value = the file ends where a value should come; was it cut off?
error-syntax-colon = a colon (:) is missing after a field name
error-syntax-comma-list = a comma (,) or the ] that closes a list is missing
error-syntax-comma-object = a comma (,) or the {"}"} that closes an object is missing
error-syntax-ident = true, false or null is misspelled
error-syntax-value = a value is missing here, or it is not written as JSON
error-syntax-key-quotes = a field name must be in double quotes
error-syntax-escape = a backslash (\) in a piece of text starts no valid escape
error-syntax-number = a number is not written correctly
error-syntax-number-range = a number is far too large
error-syntax-unicode = a \u escape in a piece of text is not a valid character
error-syntax-control = a piece of text holds a tab, line break or other control character as it is; write it as \t, \n or \u0000
error-syntax-trailing-comma = a comma stands before a closing bracket; remove it
error-syntax-trailing = there is more after the end of the map
error-syntax-too-deep = lists and objects are nested more than 128 deep, far deeper than any journey map
# A message of the parser's that journeymap has no words of its own for.
error-raw = { $text }

# A value of the wrong kind, and where it is.
error-structure = { $message } (line { $line }, column { $column })
error-structure-at = { $path }: { $message } (line { $line }, column { $column })
error-must-be = must be { $expected }, not { $found }
error-not-a-choice = "{ $value }" is not one of the choices here: { $choices }
error-missing-field = the field "{ $field }" is missing
error-duplicate-field = the field "{ $field }" is there twice
error-number-too-large = the number { $number } is far too large
error-not-a-colour = "{ $value }" is not a colour; write it as "#rrggbb", for example "#2a9d8f"
error-value-a-number = a number
error-value-the-number = the number { $number }
error-value-text = text in quotes
error-value-the-text = the text "{ $text }"
error-value-true-or-false = true or false
error-value-a-list = a list
error-value-an-object = an object
error-value-null = null
error-value-true = true
error-value-false = false

# A map that reads but does not hold together; said after its path, e.g. "cards[3].phase: ".
error-unknown-field = unknown field; journeymap ignores it and leaves it out when the map is saved
error-too-many = { $count } is more than journeymap opens (at most { $limit })
error-column-width = { $width } is outside the widths a column can have, 160 to 800
error-channel-on-other-track = "{ $channel }" is a { $channel_track } channel, but the card is on the { $track } track
error-link-to-itself = a link cannot connect card "{ $card }" to itself
error-link-twice = { $first } already connects "{ $from }" to "{ $to }" as a { $kind ->
        [switch] channel switch
        [next] next step
       *[other] influence
    }
error-switch-same-channel = both cards use the channel "{ $channel }", so this is not a channel switch; a next step may be meant
error-quality-not-switch = only channel switches have a handoff quality, and this link is a { $kind ->
        [switch] channel switch
        [next] next step
       *[other] influence
    }
error-persona-two-curves = persona "{ $persona }" already has a curve in { $first }; a persona has one curve
error-empty-id = the id is empty
error-id-taken = "{ $id }" is already the id of { $first }
error-point-phase = card "{ $card }" is in phase "{ $card_phase }", but the point is in phase "{ $phase }"
error-score = { $score } is outside the scale; a score runs from -2 (very negative) to 2 (very positive)
error-no-such-id = no { $what } with id "{ $id }"{ $what ->
        [picture] ; it shows as an empty frame
       *[other] {""}
    }
error-picture-size = the picture claims to be { $width } × { $height } pixels; a picture may have from 1 to { $max } pixels on each side, so it shows as an empty frame
error-picture-not-base64 = the picture data is not base64, so it shows as an empty frame; the data is kept as it is
error-picture-damaged = the picture data is not a PNG or JPEG picture that can be read, so it shows as an empty frame
error-picture-type = the picture data is { $found }, but the file says { $said }
error-picture-dimensions = the picture is { $found } pixels, but the file says { $said }

# Saving: what went wrong, and what to do about it.
error-save-not-allowed = Could not save “{ $name }”: the folder is read-only or you may not write there. Save it somewhere else with Save As…
error-save-read-only = Could not save “{ $name }”: the file is read-only. Save it somewhere else with Save As…
error-save-disk-full = Could not save “{ $name }”: the disk is full. Free some space and save again, or save it somewhere else with Save As…
error-save-too-large = Could not save “{ $name }”: the file would be larger than this disk or your account allows. Save it somewhere else with Save As…
error-save-no-folder = Could not save “{ $name }”: the folder “{ $folder }” does not exist. Save it somewhere else with Save As…
error-save-not-a-file = Could not save “{ $name }”: that name is { $kind }, not an ordinary file, and journeymap only replaces ordinary files. Save it under another name with Save As…
error-save-dangling-link = Could not save “{ $name }”: it is a link to a file that does not exist, and journeymap does not create files through links. Save it under another name with Save As…
error-save-exists = “{ $name }” already exists; use --force to replace it.
error-save-other = Could not save “{ $name }”: { $reason }. Try again, or save it somewhere else with Save As…

# Exporting a picture.
error-export-format = Maps can be exported as .png, .svg, .pdf or .pptx; "{ $name }" is none of these.
error-export-scale = The scale must be 1, 2, 3 or 4, not { $scale }.
error-export-too-large = The picture would be { $width } × { $height } pixels, which is too large; export at a smaller scale or as SVG.
error-export-render = The picture could not be drawn: { $reason }.
error-export-encode = The PNG could not be written: { $reason }.
error-export-package = The PowerPoint file could not be put together: { $reason }.

# An edit that does not fit the map (a bug, refused rather than crashing).
error-edit-position = the change could not be made: position { $index } is outside the { $list ->
        [emotion_curves] emotion curves
       *[other] { $list }
    } (which has { $len })

# Drawing or moving a link, refused.
error-link-self = A card cannot be linked to itself.
error-link-not-cards = Both ends of a link must be cards of this map.
error-link-gone = That link is no longer in the map.
error-link-exists = “{ $from }” is already linked to “{ $to }” as a { $kind ->
        [switch] channel switch
        [next] next step
       *[other] influence
    }.

# The folder for copies of unsaved work is not private.
error-recovery-moved = The recovery folder { $folder } { $reason }, so copies of unsaved work are kept in { $private } instead.
error-recovery-none = The recovery folder { $folder } { $reason }, and no private folder could be made, so no copies of unsaved work are kept.
error-recovery-unusable = cannot be used
error-recovery-link = is a link
error-recovery-not-folder = is not a folder
error-recovery-other-owner = belongs to another user
error-recovery-shared = can be changed by other users

# Adding a picture to a card or a persona, refused.
error-picture-unsupported = That is not a picture journeymap can read: use a PNG, JPEG, WebP or GIF file.
error-picture-too-large = The picture is { $width } × { $height } pixels; journeymap reads pictures of up to { $max } pixels on each side. Make it smaller and add it again.
error-picture-too-many-bytes = The picture file is { $megabytes } MB; journeymap reads picture files of up to { $max } MB.
error-picture-unreadable = The picture could not be read, it seems damaged: { $reason }
error-picture-map-full = The picture was not added: with it the map would be larger than the { $max } MB a map file may be. Use smaller pictures or fewer.

# Pictures on cards and personas.
action-add-picture = Add picture…
action-add-picture-tooltip = Choose a picture file (PNG, JPEG, WebP or GIF) for the selected card. You can also drop a picture on a card or an empty cell, or paste one.
action-remove-picture = Remove picture
action-remove-picture-tooltip = Take the picture off the selected cards.
inspector-picture = Picture
inspector-picture-choose = Choose picture…
inspector-picture-replace = Replace…
inspector-picture-remove = Remove picture
inspector-picture-hint = A PNG, JPEG, WebP or GIF file. It is kept inside the map file, scaled to at most 1600 pixels.
inspector-picture-unreadable = This picture cannot be shown: its data is damaged.
inspector-picture-missing = The map has no picture with this name; an empty frame is shown.
chooser-picture-title = Choose a picture
chooser-picture = Add picture
dialog-filter-pictures = Pictures (PNG, JPEG, WebP, GIF)
picture-adding = Adding the picture…
picture-not-added = The picture was not added
picture-pasted-name = Pasted picture
picture-paste-where = To paste a picture, select a card or point at a card or an empty cell first.
picture-drop-where = Drop a picture on a card or on an empty cell of the map.
picture-unreadable = The picture “{ $name }” could not be shown: { $reason } It shows as an empty frame.
error-picture-file = The picture file “{ $name }” could not be read: { $reason }
## Comments for review: the panel, the edits, the badges, and comments in exports.
edit-add-comment = add comment
edit-reply = reply
edit-comment-text = edit comment
edit-resolve-comment = resolve comment
edit-reopen-comment = reopen comment
edit-delete-comment = delete comment
edit-delete-reply = delete reply
comment-time = { $day } { $month ->
    [1] Jan
    [2] Feb
    [3] Mar
    [4] Apr
    [5] May
    [6] Jun
    [7] Jul
    [8] Aug
    [9] Sep
    [10] Oct
    [11] Nov
   *[12] Dec
} { $clock }
comment-time-year = { $day } { $month ->
    [1] Jan
    [2] Feb
    [3] Mar
    [4] Apr
    [5] May
    [6] Jun
    [7] Jul
    [8] Aug
    [9] Sep
    [10] Oct
    [11] Nov
   *[12] Dec
} { $year } { $clock }
action-comment = Comment…
action-comment-tooltip = Write a comment on the selected card, phase, lane or link, or on the map when nothing is selected
action-comments = Comments
action-comments-tooltip = Show or hide the comments of reviewers
comments-heading = Comments
comments-your-name = Your name
comments-your-name-tooltip = Shown with every comment and reply you write
comments-name-needed = Fill in your name first: it is shown with your comments.
comments-on-map = Comment on the map
comments-new-on = New comment — { $what }
comments-placeholder = Write a comment…
comments-post = Post comment
comments-reply-placeholder = Reply…
comments-reply = Reply
comments-resolve = Resolve
comments-reopen = Reopen
comments-delete = Delete
comments-edit = Edit comment
comments-edit-reply = Edit reply
comments-save = Save
comments-delete-reply = Delete reply
comments-none = No comments yet. Select a card, phase, lane or link and choose Edit ▸ Comment…, or comment on the map.
comments-resolved = { $count } resolved
comments-target-map = The map
comments-target-card = Card ‘{ $name }’
comments-target-phase = Phase ‘{ $name }’
comments-target-lane = Lane ‘{ $name }’
comments-target-link = Link ‘{ $from }’ → ‘{ $to }’
comments-target-gone = The map (what it was on is gone)
comments-anonymous = Anonymous
comments-only-for = Comments on { $what }
comments-show-all = Show all
comments-badge = { $count ->
    [one] 1 open comment
   *[other] { $count } open comments
}
dialog-export-comments = Include comments
dialog-export-comments-tooltip = Open comments as numbered markers on the map, with the list of them beside it
map-comments-heading = Comments
map-comment-anonymous = Anonymous
