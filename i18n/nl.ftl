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
count-phases = { $count ->
    [one] { $count } fase
   *[other] { $count } fases
}
count-lanes = { $count ->
    [one] { $count } baan
   *[other] { $count } banen
}
count-links = { $count ->
    [one] { $count } verbinding
   *[other] { $count } verbindingen
}
count-personas = { $count ->
    [one] { $count } persona
   *[other] { $count } persona’s
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

# De lijnen van een service blueprint, over de kaart getrokken onder een baan.
map-line-interaction = Interactielijn
map-line-visibility = Zichtbaarheidslijn
map-line-internal-interaction = Lijn van interne interactie
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

# Sprekersnotities van een PowerPoint-export.
map-notes-phases = Fasen:
map-notes-cards = { $count ->
    [0] Geen kaarten in deze fase.
    [one] Eén kaart:
   *[other] { $count } kaarten:
}
map-notes-channel = Kanaal: { $channel }
map-notes-owner = Eigenaar: { $owner }
map-notes-switches = { $count ->
    [one] Hier begint één kanaalwissel:
   *[other] Hier beginnen { $count } kanaalwissels:
}

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
action-line-none = Geen lijn
action-line-tooltip = Trek een lijn van de service blueprint over de hele kaart onder deze baan
action-find = Zoeken…
action-find-tooltip = Zoek in titels, teksten, eigenaars, tags, KPI’s en opmerkingen van kaarten; Enter gaat naar de volgende
action-filter = Filterbalk
action-filter-tooltip = Markeer de kaarten van bepaalde kanalen, eigenaars, tags of persona’s en dim de rest
find-label = Zoeken
find-hint = Woorden op kaarten of in opmerkingen
find-none = Niets gevonden
find-count = { $current } van { $total }
find-previous = Vorige (Shift+Enter)
find-next = Volgende (Enter)
find-close = Sluiten (Esc)
filter-heading = Filter
filter-channels = Kanalen:
filter-owners = Eigenaars:
filter-tags = Tags:
filter-personas = Persona’s:
filter-clear = Wissen
dialog-export-only-highlighted = Alleen wat gemarkeerd is
dialog-export-only-highlighted-tooltip = Laat de kaarten die het filter dimt weg, met hun verbindingen
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
action-export-pdf = Exporteren als PDF…
action-export-pdf-tooltip = Bewaar de hele klantreis als pdf voor rapporten en drukwerk, met tekst die je kunt selecteren en doorzoeken
action-export-pptx = Exporteren als PowerPoint…
action-export-pptx-tooltip = Bewaar de klantreis als PowerPoint-presentatie met vormen die je nog kunt bewerken, desgewenst met een dia per fase
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
action-present = Presenteren
action-present-tooltip = Toon de klantreis schermvullend aan een zaal, fase voor fase: pijltjestoetsen bladeren, P toont één persona tegelijk, Esc stopt
present-overview = Overzicht
present-step = { $step } / { $count }
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
canvas-line-below = Lijn eronder
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
edit-set-picture = afbeelding instellen
edit-remove-picture = afbeelding verwijderen
edit-add-picture-card = afbeelding toevoegen
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
# The palette
palette-heading = Kanalen
palette-hint = Sleep naar de klantreis
palette-physical = Fysiek
palette-digital = Digitaal
palette-channel-tooltip-physical = Sleep naar een fase van de klantreis om daar een contactmoment “{ $channel }” toe te voegen, bij de fysieke contactmomenten.
palette-channel-tooltip-digital = Sleep naar een fase van de klantreis om daar een contactmoment “{ $channel }” toe te voegen, bij de digitale contactmomenten.

# The inspector
inspector-cards-selected = { $count } kaarten geselecteerd
inspector-map-heading = Klantreis
inspector-title = Titel
inspector-description = Beschrijving
inspector-map-shows = Deze klantreis toont
inspector-current = de huidige situatie
inspector-future = de gewenste situatie
inspector-add-card-hint = Dubbelklik op een lege plek in een cel om een kaart toe te voegen.
inspector-card-heading = Kaart
inspector-text = Tekst
inspector-channel = Kanaal
inspector-channel-none = Geen
inspector-channel-several = Verschillende
inspector-decision-moment = Beslismoment
inspector-wow-moment = Wauwmoment
inspector-owner = Eigenaar (team of afdeling)
inspector-owners-several = verschillende eigenaren
inspector-tags = Labels, gescheiden door komma’s
inspector-kpis = KPI’s
inspector-kpi-name = naam
inspector-kpi-value = waarde
inspector-kpi-target = doel
inspector-kpi-unit = eenheid
# De naam van een cel in de KPI-tabel voor schermlezers: "KPI 2 eenheid".
inspector-kpi-cell = KPI { $row } { $field }
inspector-kpi-higher = Hoger is beter; klik voor lager
inspector-kpi-lower = Lager is beter; klik voor hoger
inspector-kpi-remove = Deze KPI verwijderen
inspector-kpi-add = KPI toevoegen
inspector-phase-heading = Fase
inspector-name = Naam
inspector-colour = Kleur
inspector-group = Groep (bijv. Aankooptraject)
# $cards is count-cards: "3 kaarten".
inspector-phase-hint = { $cards }. Sleep de kop om de fase te verplaatsen; dubbelklik erop om de naam te wijzigen.
inspector-lane-heading = Baan
inspector-kind = Soort
inspector-folded = Ingeklapt (verbergt de kaarten)
inspector-line-below = Lijn onder deze baan
inspector-line-none = Geen
inspector-lane-hint = { $cards }. Sleep de kop om de baan te verplaatsen; dubbelklik erop om de naam te wijzigen.
inspector-link-heading = Verbinding
inspector-link-from-to = Van “{ $from }” naar “{ $to }”
inspector-link-label = Opschrift
inspector-handoff = Overdracht
inspector-handoff-not-judged = niet beoordeeld

# Personas and emotion points
personas-heading = Persona’s
personas-hint = Klik in de belevingsbaan om een punt toe te voegen aan de curve van de actieve persona.
personas-colour-tooltip = De kleur van de curve
personas-active = Actief
personas-active-tooltip = Klikken en slepen in de belevingsbaan bewerkt deze curve
personas-show = Tonen
personas-show-tooltip = Verborgen curves staan niet op het canvas en niet in exports
personas-delete = Verwijderen
personas-delete-tooltip = Deze persona en de bijbehorende curve verwijderen
personas-point-heading = Belevingspunt
personas-point-curve = Op de curve van { $persona }
personas-point-score = Score
personas-point-phase = Fase
personas-point-card = Kaart
personas-point-no-card = geen
personas-point-note = Notitie (zichtbaar als je de muis erop houdt)
personas-point-hint = Sleep het punt omhoog of omlaag om de score te wijzigen, opzij naar een andere fase, of op een kaart om het aan die kaart te koppelen.

# The channel-switch overview
switches-persona = Persona
switches-heading = Kanaalwissels
switches-summary = { $count } op deze klantreis · eerst wat afbreekt of hapert · klik op een rij om de verbinding te tonen
switches-none = Nog geen kanaalwissels: verbind twee kaarten met verschillende kanalen (sleep van de greep van een kaart naar de andere kaart).
switches-column-handoff = Overdracht
switches-column-from-to = Van → naar
switches-column-tracks = Fysiek/digitaal
switches-column-phase = Fase
switches-column-feels = Gevoel van { $persona }
switches-column-label = Opschrift
switches-no-channel = geen kanaal
switches-crosses-tracks = fysiek ↔ digitaal
switches-same-track = blijft gelijk

# Undo steps made in the panels: "Undo edit card title".
edit-map-title = titel van de klantreis wijzigen
edit-description = beschrijving wijzigen
edit-state = situatie wijzigen
edit-card-title = titel van de kaart wijzigen
edit-card-text = tekst van de kaart wijzigen
edit-channel = kanaal wijzigen
edit-owner = eigenaar wijzigen
edit-tags = labels wijzigen
edit-kpi = KPI wijzigen
edit-kpi-direction = richting van de KPI omdraaien
edit-kpi-remove = KPI verwijderen
edit-kpi-add = KPI toevoegen
edit-phase-colour = kleur van de fase wijzigen
edit-phase-group = groep van de fase wijzigen
edit-lane-kind = soort baan wijzigen
edit-line-below = lijn onder baan wijzigen
edit-link-label = opschrift van de verbinding wijzigen
edit-decision-moments = beslismomenten aan- of uitzetten
edit-wow-moments = wauwmomenten aan- of uitzetten
edit-channels = kanalen wijzigen
edit-owners = eigenaren wijzigen
edit-persona-colour = kleur van de persona wijzigen
edit-persona-show = persona tonen
edit-persona-hide = persona verbergen
edit-persona-name = naam van de persona wijzigen
edit-persona-description = persona beschrijven
edit-point-note = notitie bij belevingspunt wijzigen

## Dialogs: files, export, new map, samples, recovery, settings

# Buttons several dialogs share
dialog-save = Opslaan
dialog-dont-save = Niet opslaan
dialog-cancel = Annuleren

# A moment in a dialog: "29 november 2026, 14:05"; $time is "14:05".
dialog-date-time = { $day } { $month ->
    [1] januari
    [2] februari
    [3] maart
    [4] april
    [5] mei
    [6] juni
    [7] juli
    [8] augustus
    [9] september
    [10] oktober
    [11] november
   *[12] december
} { $year }, { $time }

# Unsaved changes
dialog-unsaved-heading-close = Wijzigingen in “{ $title }” opslaan voordat je afsluit?
dialog-unsaved-heading-new = Wijzigingen in “{ $title }” opslaan voordat je een nieuwe klantreis begint?
dialog-unsaved-heading-open = Wijzigingen in “{ $title }” opslaan voordat je een andere klantreis opent?
dialog-unsaved-sentence = Als je niet opslaat, gaan de wijzigingen sinds de laatste keer opslaan verloren.

# Waiting for a slow file
dialog-waiting-opening-heading = “{ $name }” openen…
dialog-waiting-opening = Het openen van { $path } duurt nu { $seconds } s. Een bestand op een netwerkschijf kan traag zijn.
dialog-waiting-saving-heading = “{ $name }” opslaan…
dialog-waiting-saving = Het opslaan van { $path } duurt nu { $seconds } s. Een bestand op een netwerkschijf kan traag zijn.
dialog-waiting-stop = Niet langer wachten

# New map and the sample gallery
dialog-new-heading = Nieuwe klantreis
dialog-new-title = Titel van de nieuwe klantreis
dialog-new-phases = Fases
dialog-new-create = Maken
dialog-gallery-heading = Een voorbeeldklantreis openen
dialog-gallery-hint = Elk voorbeeld opent als naamloze kopie: de voorbeelden zelf veranderen nooit.
dialog-gallery-open = “{ $title }” openen

# Het exportvenster: voorinstellingen, bestandstype, pagina, voorbeeld en maten ("3840 × 2160 px",
# "A4 liggend, 297 × 210 mm", "ongeveer 1,2 MB"); getallen komen al uitgeschreven binnen.
dialog-export-preset-slide = Dia 16:9
dialog-export-preset-slide-tooltip = Een PNG van 3840 × 2160 (1920 × 1080 op 2×) met de hele klantreis erin, voor een presentatie
dialog-export-preset-presentation = Presentatie
dialog-export-preset-presentation-tooltip = Een PowerPoint met bewerkbare vormen: de hele klantreis op een 16:9-dia, daarna een dia per fase met sprekersnotities
dialog-export-preset-document = Document (A4)
dialog-export-preset-document-tooltip = Een pdf op een liggende A4-pagina, voor een rapport
dialog-export-preset-poster = Poster (A3)
dialog-export-preset-poster-tooltip = Een pdf op een liggende A3-pagina, om groot af te drukken
dialog-export-preset-custom = Aangepast
dialog-export-preset-custom-tooltip = Zelf gekozen bestandstype, paginaformaat en schaal
dialog-export-format = Bestandstype
dialog-export-page = Paginaformaat
dialog-export-page-fit = Zo groot als de klantreis
dialog-export-page-slide = Breedbeeld 16:9
dialog-export-page-a4 = A4 liggend
dialog-export-page-a3 = A3 liggend
dialog-export-page-pptx = 16:9-dia’s
dialog-export-per-phase = Een dia per fase, met sprekersnotities
dialog-export-per-phase-tooltip = Na de hele klantreis elke fase op een eigen dia, groot genoeg om te lezen; de notities noemen de kaarten van de fase en de kanaalwissels die daar beginnen
dialog-export-outlines = Tekst als contouren
dialog-export-outlines-tooltip = Letters als vormen, voor PowerPoint en andere programma’s die ingesloten lettertypen negeren; de tekst is dan niet meer te selecteren of te doorzoeken
dialog-export-preview = Voorbeeld
dialog-export-preview-alt = Voorbeeld van de afbeelding
dialog-export-size-pixels = { $width } × { $height } px
dialog-export-size-points = { $width } × { $height } pt
dialog-export-size-page-points = { $page }, { $width } × { $height } pt
dialog-export-size-page-mm = { $page }, { $width } × { $height } mm
dialog-export-size-slides = { $count ->
    [one] { $count } dia: de hele klantreis
   *[other] { $count } dia’s: de hele klantreis en één per fase
}
dialog-export-about-kb = ongeveer { $size } kB
dialog-export-about-mb = ongeveer { $size } MB
dialog-export-estimating = Bestandsgrootte berekenen…

# Replacing a file
dialog-replace-heading = “{ $name }” bestaat al. Wil je het vervangen?
dialog-replace-sentence = Het staat in { $folder }. Als je het vervangt, wordt de huidige inhoud overschreven.
dialog-replace = Vervangen
dialog-replace-cancelled = Niets geschreven: “{ $name }” blijft zoals het is.

# File dialogs: the system's and journeymap's own chooser
dialog-filter-maps = Klantreizen
dialog-filter-all = Alle bestanden
dialog-filter-png = PNG-afbeelding
dialog-filter-svg = SVG-tekening
dialog-filter-pdf = PDF-document
dialog-filter-pptx = PowerPoint-presentatie
chooser-open-title = Een klantreis openen
chooser-open = Openen
chooser-save-title = De klantreis opslaan
chooser-save = Opslaan
chooser-export-title = De klantreis exporteren
chooser-export = Exporteren
chooser-hint = Het bestandsvenster van deze desktop kon niet worden getoond, dus kies het bestand hier: klik op een map om die te openen, of typ een naam of een volledig pad.
chooser-up = Omhoog
chooser-up-tooltip = De map waar deze map in staat
chooser-reading = De map wordt gelezen…
chooser-empty = Hier staan geen mappen of bestanden van deze soort.
chooser-name-field = Bestandsnaam of pad
chooser-column-name = Naam
chooser-column-modified = Gewijzigd
chooser-folder-unreadable = De map { $folder } kon niet worden gelezen ({ $error }). Typ een volledig pad, of ga een map omhoog.
chooser-folder-unreadable-short = De map kon niet worden gelezen ({ $error }).
chooser-folder-unreadable-plain = De map kon niet worden gelezen.
chooser-save-cancelled = Opslaan geannuleerd.
chooser-export-cancelled = Exporteren geannuleerd.
chooser-no-native-dialog = Deze desktop kon zijn bestandsvenster niet tonen; kies het bestand daarom in de eigen bestandskiezer van journeymap.

# Opening, saving, Open Recent, dropped files
files-work-stopped = Het werk aan het bestand is onverwacht gestopt; probeer het opnieuw.
# $kind is een van files-kind-…
files-not-a-map-file = { $path } is { $kind } en geen klantreisbestand. Kies een klantreis (.json) of een afbeelding met een klantreis erin (.png).
files-kind-pipe = een named pipe (FIFO)
files-kind-device = een apparaat
files-kind-socket = een socket
files-kind-folder = een map
files-kind-other = geen gewoon bestand
files-new-from-template = Nieuwe klantreis gemaakt met het sjabloon “{ $template }”.
files-leave-cancelled = Geannuleerd: de klantreis blijft open.
files-restored-origin-gone = “{ $path }” bestaat niet meer of is geen journeymap-klantreis meer. De herstelde klantreis wordt daarom niet daaroverheen opgeslagen: kies waar je hem wilt bewaren.
files-opened-sample = Voorbeeld “{ $title }” geopend.
files-sample-failed = Dit voorbeeld kon niet worden geopend
files-opening = { $path } openen…
files-open-failed = { $name } kon niet worden geopend
files-open-stopped = Openen van { $path } gestopt: de open klantreis blijft zoals hij is.
files-saving = { $path } opslaan…
files-save-failed = De klantreis kon niet worden opgeslagen
files-save-stopped = Niet langer gewacht tot { $path } is opgeslagen: de klantreis blijft staan als niet opgeslagen.
files-saved = { $path } opgeslagen.
files-saved-hard-links = { $path } opgeslagen. Het bestand had ook andere namen (hard links); die tonen nog de versie van vóór deze keer opslaan.
files-opened = { $path } geopend.
# $first is de zin van de eerste waarschuwing.
files-opened-with-warnings = { $path } geopend; { $count ->
    [one] 1 waarschuwing
   *[other] { $count } waarschuwingen
}: { $first }
files-recent-none = Geen recente bestanden
files-recent-gone = { $path } is er niet meer
files-recent-clear = Lijst wissen
files-drop-hint = Laat een klantreis (.json) of een afbeelding met een klantreis erin (.png) hier los om hem te openen
files-dropped-several = Je hebt { $count } bestanden neergezet; het eerste, { $name }, wordt geopend.

# Recovery after a crash
recovery-heading = Niet-opgeslagen werk herstellen?
recovery-sentence = journeymap is afgesloten zonder deze klantreizen op te slaan. Herstellen opent er een als niet opgeslagen; Weggooien verwijdert de kopie.
recovery-never-saved = nooit opgeslagen
# "3 minuten geleden (29 november 2026, 14:05) · /home/ann/bank.json"
recovery-copy-line = { $ago } ({ $time }) · { $from }
recovery-restore = “{ $title }” herstellen
recovery-discard = “{ $title }” weggooien
recovery-later = Later beslissen
recovery-later-tooltip = De kopieën bewaren; bij de volgende start vraagt journeymap het opnieuw
recovery-ago-seconds = minder dan een minuut geleden
recovery-ago-minutes = { $count ->
    [one] een minuut geleden
   *[other] { $count } minuten geleden
}
recovery-ago-hours = { $count ->
    [one] een uur geleden
   *[other] { $count } uur geleden
}
recovery-ago-yesterday = gisteren
recovery-ago-days = { $count } dagen geleden
recovery-write-failed = Er kon geen herstelkopie worden bewaard: { $sentence }
recovery-restored = “{ $title }” hersteld: sla de klantreis op om hem te bewaren.
dialog-samples-written-in-english = Deze voorbeeldklantreis is in het Engels geschreven
dialog-samples-written-in-dutch = Deze voorbeeldklantreis is in het Nederlands geschreven

## Error sentences
# Een bestand lezen: wat journeymap zegt als het een bestand niet kan openen. Waarden in
# { $… } komen uit het bestand en zijn al onschadelijk gemaakt; getallen staan er zoals
# het bestand ze schrijft.

error-io-not-found = Dit bestand bestaat niet.
error-io-permission = Je hebt geen toestemming om dit bestand te lezen.
error-io-folder = Dit is een map, geen bestand.
error-io-not-a-directory = Dit bestand bestaat niet: een deel van het pad is een bestand, geen map.
error-io-link-loop = Dit is een koppeling die naar zichzelf terugverwijst, geen bestand.
error-io-bad-name = De bestandsnaam is te lang of niet toegestaan.
error-io-other = Het bestand kon niet worden gelezen: { $reason }.
error-too-large = Het bestand is { $size } MiB; journeymap opent bestanden tot 64 MiB.
error-empty = Het bestand is leeg.
error-binary-kind = Dit is { $kind }, geen klantreis.
error-not-text = Dit is geen tekstbestand (byte { $offset } is geen UTF-8-tekst), dus het kan geen klantreis zijn.
error-not-a-file = Dit is { $kind }, geen bestand; journeymap opent alleen gewone bestanden.
error-not-json = Dit is geen JSON-bestand (het begint met "{ $start }"), dus het kan geen klantreis zijn.
error-not-an-object = Dit JSON-bestand bevat { $found }, geen klantreis (een klantreis is een JSON-object dat begint met "format": "journeymap").
error-looks-like = Dit is { $kind }, geen klantreis.
error-no-format = Dit JSON-bestand is geen klantreis: het veld "format": "journeymap" ontbreekt.
error-wrong-format = Dit bestand heeft het formaat { $found }, het is geen klantreis: bij "format" hoort "journeymap" te staan.
error-missing-version = In het bestand staat geen "version", dus journeymap weet niet hoe het gelezen moet worden.
error-bad-version = Bij "version" hoort een heel getal vanaf 1 te staan, maar er staat { $found }.
error-newer-version = Deze klantreis is opgeslagen met een nieuwere journeymap (bestandsformaat versie { $found }; dit programma leest tot en met versie { $current }): werk journeymap bij om hem te openen.
error-and-more = { $first } (en nog { $count ->
        [one] 1 probleem
       *[other] { $count } problemen
    })

# Wat een bestand is als het geen klantreis is; na "Dit is".
error-kind-png = een PNG-afbeelding
error-kind-jpeg = een JPEG-afbeelding
error-kind-pdf = een pdf-document
error-kind-zip = een zip-archief of een Office-document
error-kind-gzip = een met gzip ingepakt bestand
error-kind-gif = een GIF-afbeelding
error-kind-package-json = een package.json-bestand
error-kind-folder = een map
error-kind-fifo = een named pipe (FIFO)
error-kind-socket = een socket
error-kind-device = een apparaat
error-kind-not-ordinary = geen gewoon bestand
error-kind-bad-link = een koppeling die journeymap niet naar een bestand kan volgen
error-kind-link-loop = een koppeling die naar zichzelf terugverwijst
error-json-list = een lijst (een JSON-array)
error-json-null = alleen null
error-json-boolean = alleen true of false
error-json-number = alleen een getal
error-json-text = alleen een stukje tekst

# Een PNG-afbeelding met een klantreis erin.
error-png-without-map = In deze PNG-afbeelding zit geen klantreis; alleen afbeeldingen die journeymap als PNG heeft geëxporteerd, hebben er een.
error-png-broken = Deze PNG-afbeelding is beschadigd, dus de klantreis erin is niet te lezen: { $reason }.
error-png-map-damaged = In deze PNG-afbeelding zit een klantreis, maar die is beschadigd: { $reason }.
error-png-cut-off = het bestand houdt midden in de afbeelding op
error-png-unreadable = de afbeelding kon niet worden gelezen ({ $reason })
error-png-bad-start = het begin is niet dat van een PNG-afbeelding
error-png-bad-chunk = onderdeel { $number } is geen geldig PNG-blok
error-png-no-header = de afbeelding begint niet met haar afmetingen (IHDR)
error-png-map-too-large = de klantreis is { $size } MiB, en journeymap opent klantreizen tot 64 MiB
error-png-checksum = de controlesom klopt niet met de inhoud
error-png-too-many-chunks = de afbeelding heeft veel meer onderdelen dan een afbeelding ooit heeft
error-png-text-cut-off = het onderdeel houdt op voordat de tekst begint
error-png-text-not-utf8 = de tekst is geen UTF-8
error-png-unknown-compression = de klantreis is ingepakt op een manier die journeymap niet kent
error-png-unpacks-too-large = uitgepakt zou de klantreis groter zijn dan 64 MiB, en journeymap opent klantreizen tot 64 MiB
error-png-compression-damaged = de ingepakte tekst is beschadigd

# Kapotte JSON: waar, en wat journeymap daar verwachtte.
error-syntax = Fout in de JSON op regel { $line }, kolom { $column }: { $message }.
error-syntax-eof-list = het bestand houdt midden in een lijst op (is het afgekapt?)
error-syntax-eof-object = het bestand houdt midden in een object op (is het afgekapt?)
error-syntax-eof-string = het bestand houdt midden in een stuk tekst op (is het afgekapt?)
error-syntax-eof-value = het bestand houdt op waar nog een waarde hoort te komen (is het afgekapt?)
error-syntax-colon = na een veldnaam hoort een dubbele punt (:) te staan
error-syntax-comma-list = hier verwacht journeymap een komma (,) of de ] die een lijst afsluit
error-syntax-comma-object = hier verwacht journeymap een komma (,) of de {"}"} die een object afsluit
error-syntax-ident = true, false of null is verkeerd gespeld
error-syntax-value = hier ontbreekt een waarde, of die is niet als JSON geschreven
error-syntax-key-quotes = een veldnaam hoort tussen dubbele aanhalingstekens te staan
error-syntax-escape = een backslash (\) in een stuk tekst begint geen geldige escape
error-syntax-number = een getal is niet goed geschreven
error-syntax-number-range = een getal is veel te groot
error-syntax-unicode = een \u-escape in een stuk tekst is geen geldig teken
error-syntax-control = een stuk tekst bevat een tab, regeleinde of ander stuurteken zoals het is; schrijf het als \t, \n of \u0000
error-syntax-trailing-comma = er staat een komma vóór een sluithaakje; haal die weg
error-syntax-trailing = na het einde van de klantreis staat nog meer
error-syntax-too-deep = lijsten en objecten zijn meer dan 128 niveaus diep genest, veel dieper dan een klantreis ooit is
# Een melding van de JSON-lezer waar journeymap geen eigen woorden voor heeft.
error-raw = { $text }

# Een waarde van de verkeerde soort, en waar die staat.
error-structure = { $message } (regel { $line }, kolom { $column })
error-structure-at = { $path }: { $message } (regel { $line }, kolom { $column })
error-must-be = hier hoort { $expected } te staan, niet { $found }
error-not-a-choice = "{ $value }" is hier geen keuzemogelijkheid; kies uit { $choices }
error-missing-field = het veld "{ $field }" ontbreekt
error-duplicate-field = het veld "{ $field }" staat er twee keer in
error-number-too-large = het getal { $number } is veel te groot
error-not-a-colour = "{ $value }" is geen kleur; schrijf een kleur als "#rrggbb", bijvoorbeeld "#2a9d8f"
error-value-a-number = een getal
error-value-the-number = het getal { $number }
error-value-text = tekst tussen aanhalingstekens
error-value-the-text = de tekst "{ $text }"
error-value-true-or-false = true of false
error-value-a-list = een lijst
error-value-an-object = een object
error-value-null = null
error-value-true = true
error-value-false = false

# Een klantreis die wel te lezen is maar niet klopt; na het pad, bijvoorbeeld "cards[3].phase: ".
error-unknown-field = onbekend veld; journeymap slaat het over en laat het weg als je de klantreis opslaat
error-too-many = { $count } is meer dan journeymap opent (hoogstens { $limit })
error-column-width = { $width } valt buiten de breedtes die een kolom kan hebben, 160 tot 800
error-channel-on-other-track = "{ $channel }" is een { $channel_track ->
        [physical] fysiek
       *[other] digitaal
    } kanaal, maar de kaart staat bij de { $track ->
        [physical] fysieke
       *[other] digitale
    } contactmomenten
error-link-to-itself = een verbinding kan kaart "{ $card }" niet met zichzelf verbinden
error-link-twice = { $first } verbindt "{ $from }" al met "{ $to }" als { $kind ->
        [switch] kanaalwissel
        [next] volgende stap
       *[other] invloed
    }
error-switch-same-channel = beide kaarten gebruiken het kanaal "{ $channel }", dus dit is geen kanaalwissel; misschien is een volgende stap bedoeld
error-quality-not-switch = alleen een kanaalwissel heeft een overdrachtskwaliteit, en deze verbinding is een { $kind ->
        [switch] kanaalwissel
        [next] volgende stap
       *[other] invloed
    }
error-persona-two-curves = persona "{ $persona }" heeft al een belevingscurve in { $first }; een persona heeft één belevingscurve
error-empty-id = de id is leeg
error-id-taken = "{ $id }" is al de id van { $first }
error-point-phase = kaart "{ $card }" staat in fase "{ $card_phase }", maar het punt staat in fase "{ $phase }"
error-score = { $score } valt buiten de schaal; een score loopt van -2 (heel negatief) tot 2 (heel positief)
error-no-such-id = er is geen { $what ->
        [phase] fase
        [lane] baan
        [card] kaart
        [link] verbinding
        [picture] afbeelding
       *[other] persona
    } met id "{ $id }"{ $what ->
        [picture] ; er staat een leeg kader
       *[other] {""}
    }
error-picture-size = de afbeelding zegt { $width } × { $height } pixels groot te zijn; een afbeelding mag aan elke kant 1 tot { $max } pixels hebben, dus er staat een leeg kader
error-picture-not-base64 = de gegevens van de afbeelding zijn geen base64, dus er staat een leeg kader; de gegevens blijven zoals ze zijn
error-picture-damaged = de gegevens van de afbeelding zijn geen leesbare PNG- of JPEG-afbeelding, dus er staat een leeg kader
error-picture-type = de gegevens van de afbeelding zijn { $found }, maar het bestand zegt { $said }
error-picture-dimensions = de afbeelding is { $found } pixels, maar het bestand zegt { $said }

# Opslaan: wat er misging, en wat je eraan kunt doen.
error-save-not-allowed = “{ $name }” kon niet worden opgeslagen: de map is alleen-lezen of je mag er niet in schrijven. Sla de klantreis ergens anders op met Opslaan als…
error-save-read-only = “{ $name }” kon niet worden opgeslagen: het bestand is alleen-lezen. Sla de klantreis ergens anders op met Opslaan als…
error-save-disk-full = “{ $name }” kon niet worden opgeslagen: de schijf is vol. Maak ruimte vrij en sla opnieuw op, of sla de klantreis ergens anders op met Opslaan als…
error-save-too-large = “{ $name }” kon niet worden opgeslagen: het bestand zou groter worden dan deze schijf of je account toestaat. Sla de klantreis ergens anders op met Opslaan als…
error-save-no-folder = “{ $name }” kon niet worden opgeslagen: de map “{ $folder }” bestaat niet. Sla de klantreis ergens anders op met Opslaan als…
error-save-not-a-file = “{ $name }” kon niet worden opgeslagen: die naam is { $kind }, geen gewoon bestand, en journeymap vervangt alleen gewone bestanden. Sla de klantreis onder een andere naam op met Opslaan als…
error-save-dangling-link = “{ $name }” kon niet worden opgeslagen: het is een koppeling naar een bestand dat niet bestaat, en journeymap maakt geen bestanden aan via koppelingen. Sla de klantreis onder een andere naam op met Opslaan als…
error-save-exists = “{ $name }” bestaat al; gebruik --force om het te vervangen.
error-save-other = “{ $name }” kon niet worden opgeslagen: { $reason }. Probeer het opnieuw, of sla de klantreis ergens anders op met Opslaan als…

# Een afbeelding exporteren.
error-export-format = Een klantreis kun je exporteren als .png, .svg, .pdf of .pptx; "{ $name }" is geen van deze.
error-export-scale = De schaal moet 1, 2, 3 of 4 zijn, niet { $scale }.
error-export-too-large = De afbeelding zou { $width } × { $height } pixels worden, en dat is te groot; exporteer op een kleinere schaal of als SVG.
error-export-render = De afbeelding kon niet worden getekend: { $reason }.
error-export-encode = De PNG kon niet worden weggeschreven: { $reason }.
error-export-package = Het PowerPoint-bestand kon niet worden samengesteld: { $reason }.

# Een bewerking die niet in de klantreis past (een fout in journeymap, geweigerd in plaats van vast te lopen).
error-edit-position = de wijziging kon niet worden gemaakt: positie { $index } valt buiten de { $list ->
        [cards] kaarten
        [lanes] banen
        [phases] fases
        [links] verbindingen
        [personas] persona's
        [emotion_curves] belevingscurves
        [comments] opmerkingen
        [pictures] afbeeldingen
       *[other] lijst
    } (dat zijn er { $len })

# Een verbinding tekenen of verleggen, geweigerd.
error-link-self = Een kaart kan niet met zichzelf verbonden worden.
error-link-not-cards = Beide uiteinden van een verbinding moeten kaarten in deze klantreis zijn.
error-link-gone = Die verbinding staat niet meer in de klantreis.
error-link-exists = “{ $from }” is al met “{ $to }” verbonden als { $kind ->
        [switch] kanaalwissel
        [next] volgende stap
       *[other] invloed
    }.

# De map voor kopieën van niet-opgeslagen werk is niet privé.
error-recovery-moved = De herstelmap { $folder } { $reason }, dus kopieën van niet-opgeslagen werk worden in plaats daarvan bewaard in { $private }.
error-recovery-none = De herstelmap { $folder } { $reason }, en er kon geen privémap worden gemaakt, dus er worden geen kopieën van niet-opgeslagen werk bewaard.
error-recovery-unusable = is niet te gebruiken
error-recovery-link = is een koppeling
error-recovery-not-folder = is geen map
error-recovery-other-owner = is van een andere gebruiker
error-recovery-shared = kan door andere gebruikers worden gewijzigd

# Een afbeelding toevoegen aan een kaart of persona, geweigerd.
error-picture-unsupported = Dat is geen afbeelding die journeymap kan lezen: gebruik een PNG-, JPEG-, WebP- of GIF-bestand.
error-picture-too-large = De afbeelding is { $width } × { $height } pixels; journeymap leest afbeeldingen tot { $max } pixels aan elke kant. Maak haar kleiner en voeg haar opnieuw toe.
error-picture-too-many-bytes = Het afbeeldingsbestand is { $megabytes } MB; journeymap leest afbeeldingsbestanden tot { $max } MB.
error-picture-unreadable = De afbeelding kon niet worden gelezen, ze lijkt beschadigd: { $reason }
error-picture-map-full = De afbeelding is niet toegevoegd: daarmee zou de klantreis groter worden dan de { $max } MB die een bestand mag zijn. Gebruik kleinere of minder afbeeldingen.

# Afbeeldingen op kaarten en persona's.
action-add-picture = Afbeelding toevoegen…
action-add-picture-tooltip = Kies een afbeelding (PNG, JPEG, WebP of GIF) voor de geselecteerde kaart. Je kunt ook een afbeelding op een kaart of een lege cel slepen, of er een plakken.
action-remove-picture = Afbeelding verwijderen
action-remove-picture-tooltip = Haal de afbeelding van de geselecteerde kaarten af.
inspector-picture = Afbeelding
inspector-picture-choose = Afbeelding kiezen…
inspector-picture-replace = Vervangen…
inspector-picture-remove = Afbeelding verwijderen
inspector-picture-hint = Een PNG-, JPEG-, WebP- of GIF-bestand. Het wordt in het bestand van de klantreis bewaard, verkleind tot hooguit 1600 pixels.
inspector-picture-unreadable = Deze afbeelding kan niet worden getoond: de gegevens zijn beschadigd.
inspector-picture-missing = De klantreis heeft geen afbeelding met deze naam; er staat een leeg kader.
chooser-picture-title = Kies een afbeelding
chooser-picture = Afbeelding toevoegen
dialog-filter-pictures = Afbeeldingen (PNG, JPEG, WebP, GIF)
picture-adding = De afbeelding wordt toegevoegd…
picture-not-added = De afbeelding is niet toegevoegd
picture-pasted-name = Geplakte afbeelding
picture-paste-where = Selecteer eerst een kaart, of wijs een kaart of lege cel aan, om een afbeelding te plakken.
picture-drop-where = Sleep een afbeelding op een kaart of op een lege cel van de klantreis.
picture-unreadable = De afbeelding “{ $name }” kan niet worden getoond: { $reason } Er staat een leeg kader.
error-picture-file = Het afbeeldingsbestand “{ $name }” kon niet worden gelezen: { $reason }
## Opmerkingen bij een review: het paneel, de bewerkingen, de badges en opmerkingen in exports.
edit-add-comment = opmerking toevoegen
edit-reply = reageren
edit-comment-text = opmerking bewerken
edit-resolve-comment = opmerking afhandelen
edit-reopen-comment = opmerking heropenen
edit-delete-comment = opmerking verwijderen
edit-delete-reply = reactie verwijderen
comment-time = { $day } { $month ->
    [1] jan
    [2] feb
    [3] mrt
    [4] apr
    [5] mei
    [6] jun
    [7] jul
    [8] aug
    [9] sep
    [10] okt
    [11] nov
   *[12] dec
} { $clock }
comment-time-year = { $day } { $month ->
    [1] jan
    [2] feb
    [3] mrt
    [4] apr
    [5] mei
    [6] jun
    [7] jul
    [8] aug
    [9] sep
    [10] okt
    [11] nov
   *[12] dec
} { $year } { $clock }
action-comment = Opmerking…
action-comment-tooltip = Plaats een opmerking bij de geselecteerde kaart, fase, baan of verbinding, of bij de klantreis als er niets geselecteerd is
action-comments = Opmerkingen
action-comments-tooltip = Toon of verberg de opmerkingen van reviewers
comments-heading = Opmerkingen
comments-your-name = Je naam
comments-your-name-tooltip = Staat bij elke opmerking en reactie die je schrijft
comments-name-needed = Vul eerst je naam in: die staat bij je opmerkingen.
comments-on-map = Opmerking bij de klantreis
comments-new-on = Nieuwe opmerking — { $what }
comments-placeholder = Schrijf een opmerking…
comments-post = Plaatsen
comments-reply-placeholder = Reageer…
comments-reply = Reageren
comments-resolve = Afhandelen
comments-reopen = Heropenen
comments-delete = Verwijderen
comments-edit = Opmerking bewerken
comments-edit-reply = Reactie bewerken
comments-save = Opslaan
comments-delete-reply = Reactie verwijderen
comments-none = Nog geen opmerkingen. Selecteer een kaart, fase, baan of verbinding en kies Bewerken ▸ Opmerking…, of plaats een opmerking bij de klantreis.
comments-resolved = { $count } afgehandeld
comments-target-map = De klantreis
comments-target-card = Kaart ‘{ $name }’
comments-target-phase = Fase ‘{ $name }’
comments-target-lane = Baan ‘{ $name }’
comments-target-link = Verbinding ‘{ $from }’ → ‘{ $to }’
comments-target-gone = De klantreis (waar ze bij hoorde, bestaat niet meer)
comments-anonymous = Anoniem
comments-only-for = Opmerkingen bij { $what }
comments-show-all = Alles tonen
comments-badge = { $count ->
    [one] 1 open opmerking
   *[other] { $count } open opmerkingen
}
dialog-export-comments = Opmerkingen meenemen
dialog-export-comments-tooltip = Open opmerkingen als genummerde markeringen op de klantreis, met de lijst ernaast
map-comments-heading = Opmerkingen
map-comment-anonymous = Anoniem
