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

dialog-samples-written-in-english = This sample is written in English
dialog-samples-written-in-dutch = This sample is written in Dutch

## Error sentences
