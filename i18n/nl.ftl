# De woorden van journeymap in het Nederlands.
#
# Elke sleutel hier staat ook in en.ftl, en andersom; anders faalt een test. Schrijf zoals
# een Nederlandse marketeer of klantbelevingsadviseur het zegt, niet woord voor woord
# vertaald: klantreis, fase, contactmoment, kanaalwissel, beslismoment, wauwmoment,
# knelpunt, verbeterkans, beleving. Sleutels die met map- beginnen komen op de kaart (in de
# taal van de kaart), de rest is de interface (in de taal van de interface).

## Counts

count-cards = { $count ->
    [one] { $count } kaart
   *[other] { $count } kaarten
}

## Map words: what journeymap writes onto a map

## Menus and actions

## Canvas and status bar

## Panels: palette, inspector, personas, channel switches

## Dialogs: files, export, new map, samples, recovery, settings

dialog-samples-written-in-english = Deze voorbeeldklantreis is in het Engels geschreven
dialog-samples-written-in-dutch = Deze voorbeeldklantreis is in het Nederlands geschreven

## Error sentences
