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

map-state-current = Huidige situatie
map-state-future = Gewenste situatie

map-lane-physical-touchpoints = Fysieke contactmomenten
map-lane-digital-touchpoints = Digitale contactmomenten
map-lane-customer-actions = Wat de klant doet
map-lane-thoughts = Gedachten en uitspraken
map-lane-emotions = Beleving
map-lane-pain-points = Knelpunten
map-lane-opportunities = Verbeterkansen
map-lane-content = Content
map-lane-backstage = Achter de schermen
map-lane-kpis = KPI's en data
map-lane-folded = { $count ->
    [0] ingeklapt
    [one] ingeklapt: 1 kaart
   *[other] ingeklapt: { $count } kaarten
}

map-track-physical = fysiek
map-track-digital = digitaal

map-channel-website = Website
map-channel-app = App
map-channel-email = E-mail
map-channel-phone = Telefoon
map-channel-chat = Chat
map-channel-whatsapp = WhatsApp
map-channel-social-media = Social media
map-channel-review-site = Reviewsite
map-channel-advertising = Reclame
map-channel-print = Drukwerk / folder
map-channel-shop = Winkel / filiaal
map-channel-employee-visit = Bezoek van medewerker
map-channel-event = Evenement
map-channel-post = Post
map-channel-other = Overig

map-link-channel-switch = Kanaalwissel
map-link-next-step = Volgende stap
map-link-influence = Invloed

map-handoff-smooth = Soepel
map-handoff-friction = Hapert
map-handoff-broken = Breekt af
map-handoff-not-judged = niet beoordeeld

map-badge-decision = Beslismoment
map-badge-wow = Wauwmoment
map-badge-pain = Knelpunt

map-legend-personas = Persona's
map-legend-links = Verbindingen
map-legend-moments = Momenten
map-legend-switch-smooth = Kanaalwissel: soepel
map-legend-switch-friction = hapert
map-legend-switch-broken = breekt af

map-new-card-touchpoint = Nieuw contactmoment
map-new-card-action = Nieuwe actie
map-new-card-thought = Nieuwe gedachte
map-new-card-feeling = Nieuw gevoel
map-new-card-pain-point = Nieuw knelpunt
map-new-card-opportunity = Nieuwe verbeterkans
map-new-card-content = Nieuwe content
map-new-card-backstage = Nieuwe stap achter de schermen
map-new-card-kpi = Nieuwe KPI
map-new-phase = Nieuwe fase
map-new-persona = Persona { $number }
map-template-title = Nieuwe klantreis
map-template-persona = Klant
map-group-buyer = Koopreis
map-group-delight = Na de aankoop

map-switches-heading = { $count ->
    [one] 1 kanaalwissel in "{ $title }" (score: { $persona })
   *[other] { $count } kanaalwissels in "{ $title }" (score: { $persona })
}
map-switches-no-persona = geen persona
map-switches-crosses = fysiek/digitaal
map-switches-yes = ja
map-switches-no = nee
map-switches-csv-header = van,naar,tussen fysiek en digitaal,overdracht,fase,score,label,verbinding

## Menus and actions
action-open = Openen…
action-open-tooltip = Open een klantreis (.json), of een PNG die journeymap heeft geëxporteerd
action-new-map = Nieuw…
action-new-map-tooltip = Begin een nieuwe klantreis vanuit een sjabloon
action-add-phase-before = Fase ervoor toevoegen
action-add-phase-before-tooltip = Voeg een fase toe vóór de geselecteerde
action-add-phase-after = Fase erna toevoegen
action-add-phase-after-tooltip = Voeg een fase toe na de geselecteerde
action-fold = Ingeklapt
action-fold-tooltip = Toon de baan als één regel met het aantal kaarten, of helemaal
action-sample-gallery = Voorbeeld openen…
action-sample-gallery-tooltip = Open een kopie van een van de voorbeeldklantreizen
action-save = Opslaan
action-save-tooltip = Sla de klantreis op in het eigen bestand
action-save-as = Opslaan als…
action-save-as-tooltip = Sla de klantreis op in een nieuw bestand
action-undo = Ongedaan maken
action-undo-named = Ongedaan maken: { $what }
action-redo-named = Opnieuw: { $what }
action-undo-tooltip = Maak de laatste wijziging ongedaan
action-redo = Opnieuw
action-redo-tooltip = Voer de ongedaan gemaakte wijziging opnieuw uit
action-select-all = Alles selecteren
action-select-all-tooltip = Selecteer alle kaarten
action-deselect = Niets selecteren
action-deselect-tooltip = Hef de selectie op, of breek het slepen af
action-delete = Verwijderen
action-delete-tooltip = Verwijder de geselecteerde kaarten en hun verbindingen
action-duplicate = Dupliceren
action-duplicate-tooltip = Kopieer de geselecteerde kaarten naast zichzelf
action-cut = Knippen
action-cut-tooltip = Verplaats de geselecteerde kaarten naar het klembord
action-copy = Kopiëren
action-copy-tooltip = Kopieer de geselecteerde kaarten naar het klembord
action-paste = Plakken
action-paste-tooltip = Plak kaarten, of een kaart per regel tekst
action-decision-moment = Beslismoment
action-decision-moment-tooltip = Markeer de geselecteerde kaarten als beslismoment, of haal de markering weg
action-wow-moment = Wauwmoment
action-wow-moment-tooltip = Markeer de geselecteerde kaarten als wauwmoment, of haal de markering weg
action-rename = Naam wijzigen
action-rename-tooltip = Typ een nieuwe naam, meteen op de plek zelf
action-add-phase = Fase toevoegen
action-add-phase-tooltip = Voeg een fase toe na de geselecteerde, of aan het eind
action-add-lane = Baan toevoegen
action-add-lane-tooltip = Voeg een baan toe onder de geselecteerde, of onderaan
action-select-left = Kaart links selecteren
action-select-left-tooltip = Selecteer de dichtstbijzijnde kaart links
action-select-right = Kaart rechts selecteren
action-select-right-tooltip = Selecteer de dichtstbijzijnde kaart rechts
action-select-up = Kaart erboven selecteren
action-select-up-tooltip = Selecteer de dichtstbijzijnde kaart erboven
action-select-down = Kaart eronder selecteren
action-select-down-tooltip = Selecteer de dichtstbijzijnde kaart eronder
action-export-png = Exporteren als PNG…
action-export-png-tooltip = Bewaar een afbeelding van de hele klantreis voor een presentatie, met de klantreis erin
action-export-svg = Exporteren als SVG…
action-export-svg-tooltip = Bewaar een vectortekening van de hele klantreis
action-quit = Afsluiten
action-quit-tooltip = Sluit journeymap af
action-zoom-in = Inzoomen
action-zoom-in-tooltip = Toon de klantreis groter
action-zoom-out = Uitzoomen
action-zoom-out-tooltip = Toon de klantreis kleiner
action-zoom-reset = Ware grootte (100%)
action-zoom-reset-tooltip = Toon de klantreis op 100%
action-fit-map = Passend maken
action-fit-map-tooltip = Toon de hele klantreis in het venster
action-switches = Kanaalwissels
action-switches-tooltip = Toon alle kanaalwissels, die afbreken of haperen eerst
action-add-persona = Persona toevoegen
action-add-persona-tooltip = Voeg een persona toe, met een eigen belevingscurve
action-dark = Donkere weergave
action-dark-tooltip = Donkere panelen en menu's; de klantreis houdt haar kleuren
action-palette = Kanaalpalet
action-palette-tooltip = Toon of verberg de kanalen links; verborgen heeft de klantreis meer ruimte
action-inspector = Eigenschappen
action-inspector-tooltip = Toon of verberg de details rechts; verborgen heeft de klantreis meer ruimte
action-add-lane-above-tooltip = Voeg een baan van deze soort toe boven de geselecteerde
action-add-lane-below-tooltip = Voeg een baan van deze soort toe onder de geselecteerde
action-set-link-kind-tooltip = Maak van de geselecteerde verbinding deze soort
action-set-handoff-tooltip = Hoe soepel de overstap tussen de twee kanalen gaat
action-handoff-not-judged = Niet beoordeeld
action-open-sample-tooltip = Open een kopie van deze voorbeeldklantreis
action-new-tooltip = Begin een nieuwe klantreis met deze fases
action-new-fallback = Nieuwe klantreis
action-sample-fallback = Voorbeeld
action-use-system-language = Zoals het systeem
action-use-system-language-tooltip = Spreek de taal waarop de computer is ingesteld
action-use-language-tooltip = Menu's, dialogen en meldingen in deze taal; een klantreis houdt haar eigen taal
menu-file = Bestand
menu-edit = Bewerken
menu-map = Kaart
menu-view = Beeld
menu-open-recent = Recent geopend
menu-language = Taal
status-undid = Ongedaan gemaakt: { $what }.
status-redid = Opnieuw gedaan: { $what }.
status-on-clipboard = { $count ->
    [one] 1 kaart
   *[other] { $count } kaarten
} op het klembord.
error-could-not-undo = Ongedaan maken lukte niet
error-could-not-redo = Opnieuw doen lukte niet

## Canvas and status bar

## Panels: palette, inspector, personas, channel switches

inspector-map-language = Taal van de klantreis

## Dialogs: files, export, new map, samples, recovery, settings

## Error sentences
