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
status-count-phases = { $count ->
    [one] { $count } phase
   *[other] { $count } phases
}
status-count-lanes = { $count ->
    [one] { $count } lane
   *[other] { $count } lanes
}
status-count-links = { $count ->
    [one] { $count } link
   *[other] { $count } links
}
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
status-link-to-itself = A card cannot be linked to itself.
status-link-ends-not-cards = Both ends of a link must be cards of this map.
status-link-gone = That link is no longer in the map.
status-link-exists = “{ $from }” is already linked to “{ $to }” as a { $kind }.
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

## Dialogs: files, export, new map, samples, recovery, settings

## Error sentences
