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

# De statusbalk.
status-fit = Passend
status-count-phases = { $count ->
    [one] { $count } fase
   *[other] { $count } fases
}
status-count-lanes = { $count ->
    [one] { $count } baan
   *[other] { $count } banen
}
status-count-links = { $count ->
    [one] { $count } verbinding
   *[other] { $count } verbindingen
}
status-pasted = { $count ->
    [one] 1 kaart geplakt.
   *[other] { $count } kaarten geplakt.
}
status-paste-needs-cell = Voeg eerst een fase en een baan toe; daarna kun je kaarten plakken.
status-not-saved-changed-on-disk = Niet opgeslagen: het bestand op schijf blijft zoals het is.
status-exported = Geëxporteerd naar { $path }.
status-exporting = { $name } exporteren… ({ $seconds } s)
status-link-not-dropped = Geen verbinding: je liet hem niet op een kaart los.
status-link-end-not-dropped = De verbinding blijft zoals hij was: je liet het uiteinde niet op een kaart los.
status-link-to-itself = Een kaart kan niet met zichzelf verbonden worden.
status-link-ends-not-cards = Beide uiteinden van een verbinding moeten kaarten van deze klantreis zijn.
status-link-gone = Die verbinding staat niet meer in de klantreis.
status-link-exists = “{ $from }” is al met “{ $to }” verbonden als { $kind }.
status-point-needs-persona = Voeg eerst een persona toe (bij Eigenschappen, als er niets geselecteerd is): punten horen bij de belevingscurve van een persona.
status-point-curve-hidden = De belevingscurve van { $name } is verborgen: zet hem aan in de lijst met persona's om punten toe te voegen.

# De titel van het venster: de titel van de klantreis, waar hij vandaan komt, of hij gewijzigd is.
window-title = { $title } — { $source } — journeymap
window-title-edited = { $title } — { $source } (gewijzigd) — journeymap
window-source-sample = voorbeeld
window-source-untitled = naamloos

# Op het canvas: namen waaraan schermlezers (en tests) onderdelen herkennen, tooltips, menu's.
canvas-phase-header = Fase { $name }
canvas-lane-header = Baan { $name }
canvas-column-width = Breedte van { $name }
canvas-new-name = Nieuwe naam
canvas-add-lane-above = Baan erboven toevoegen
canvas-add-lane-below = Baan eronder toevoegen
canvas-link-start = Begin van de verbinding
canvas-link-end = Eind van de verbinding
canvas-link-end-tooltip = Sleep naar een andere kaart om de verbinding te verleggen
canvas-link-from-left = Verbinding vanaf { $title } (links)
canvas-link-from-right = Verbinding vanaf { $title } (rechts)
canvas-link-from-top = Verbinding vanaf { $title } (boven)
canvas-link-from-bottom = Verbinding vanaf { $title } (onder)
canvas-channel-picker = Kanaal
canvas-delete-point = Punt verwijderen
canvas-card-owner = Eigenaar: { $owner }
canvas-card-kpi = { $name }: { $value }
canvas-card-kpi-target = { $name }: { $value } (doel { $target })

# Vragen voordat een fase of baan met haar kaarten verdwijnt.
canvas-delete-phase-question = De fase “{ $name }” verwijderen?
canvas-delete-lane-question = De baan “{ $name }” verwijderen?
canvas-delete-header-cards = { $count ->
    [0] Er staan geen kaarten in.
    [one] De kaart die erin staat, wordt ook verwijderd. Je kunt dit ongedaan maken.
   *[other] De { $count } kaarten die erin staan, worden ook verwijderd. Je kunt dit ongedaan maken.
}
canvas-delete-phase = Fase verwijderen
canvas-delete-lane = Baan verwijderen
canvas-cancel = Annuleren

# Het exportvenster, de foutmelding en de vraag als een bestand op schijf veranderd is.
dialog-export-heading = Exporteren als { $format }
dialog-export-scale = Schaal
dialog-export-background = Achtergrond
dialog-export-white = Wit
dialog-export-transparent = Transparant
dialog-export-title = Titel meenemen
dialog-export-legend = Legenda meenemen
dialog-export-go = Exporteren…
dialog-export-failed = De afbeelding kon niet worden geëxporteerd
dialog-export-stopped = Het exporteren is onverwacht gestopt; probeer het nog eens.
dialog-error-ok = OK
dialog-changed-on-disk-heading = “{ $name }” is gewijzigd sinds je het opende
dialog-changed-on-disk-sentence = Een ander programma of een collega heeft het opgeslagen (misschien via een gedeelde map). Als je overschrijft, vervang je hun versie door de jouwe.
dialog-changed-on-disk-overwrite = Overschrijven
dialog-changed-on-disk-save-as = Opslaan als…
dialog-changed-on-disk-save-as-tooltip = Enter: je eigen versie opslaan als nieuw bestand

# Stappen die je ongedaan maakt: hoe Bewerken ▸ Ongedaan maken en Opnieuw een wijziging noemen.
edit-failed = Niet gelukt: { $step }
edit-add-card = kaart toevoegen
edit-move-cards = { $count ->
    [one] kaart verplaatsen
   *[other] { $count } kaarten verplaatsen
}
edit-delete-cards = { $count ->
    [one] kaart verwijderen
   *[other] { $count } kaarten verwijderen
}
edit-cut-cards = { $count ->
    [one] kaart knippen
   *[other] { $count } kaarten knippen
}
edit-duplicate-cards = { $count ->
    [one] kaart dupliceren
   *[other] { $count } kaarten dupliceren
}
edit-paste = plakken
edit-paste-text = tekst plakken
edit-rename-card = titel van de kaart wijzigen
edit-set-channel = kanaal kiezen
edit-add-phase = fase toevoegen
edit-move-phase = fase verplaatsen
edit-delete-phase = fase verwijderen
edit-rename-phase = naam van de fase wijzigen
edit-resize-column = kolombreedte aanpassen
edit-add-lane = baan toevoegen
edit-move-lane = baan verplaatsen
edit-delete-lane = baan verwijderen
edit-rename-lane = naam van de baan wijzigen
edit-fold-lane = baan inklappen
edit-unfold-lane = baan uitklappen
edit-add-link = verbinding toevoegen
edit-delete-link = verbinding verwijderen
edit-reconnect-link = verbinding verleggen
edit-change-link-kind = soort verbinding wijzigen
edit-change-handoff = overdracht wijzigen
edit-toggle-decision = beslismoment aan- of uitzetten
edit-toggle-wow = wauwmoment aan- of uitzetten
edit-add-persona = persona toevoegen
edit-delete-persona = persona verwijderen
edit-add-point = belevingspunt toevoegen
edit-move-point = belevingspunt verplaatsen
edit-tie-point = belevingspunt aan een kaart koppelen
edit-change-score = belevingsscore wijzigen
edit-delete-points = { $count ->
    [one] belevingspunt verwijderen
   *[other] { $count } belevingspunten verwijderen
}

## Panels: palette, inspector, personas, channel switches

inspector-map-language = Taal van de klantreis

## Dialogs: files, export, new map, samples, recovery, settings

## Error sentences
