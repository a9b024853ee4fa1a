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

## Menus and actions

## Canvas and status bar

## Panels: palette, inspector, personas, channel switches

## Dialogs: files, export, new map, samples, recovery, settings

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
error-no-such-id = no { $what } with id "{ $id }"

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
error-export-format = Pictures can be exported as .png or .svg; "{ $name }" is neither.
error-export-scale = The scale must be 1, 2, 3 or 4, not { $scale }.
error-export-too-large = The picture would be { $width } × { $height } pixels, which is too large; export at a smaller scale or as SVG.
error-export-render = The picture could not be drawn: { $reason }.
error-export-encode = The PNG could not be written: { $reason }.

# An edit that does not fit the map (a bug, refused rather than crashing).
error-edit-position = the change could not be made: position { $index } is outside the { $list_name } (which has { $len })

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
