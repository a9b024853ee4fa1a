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

## Menus and actions

## Canvas and status bar

## Panels: palette, inspector, personas, channel switches

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
switches-not-judged = niet beoordeeld
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
edit-decision-moment = beslismoment aan- of uitzetten
edit-wow-moment = wauwmoment aan- of uitzetten
edit-owner = eigenaar wijzigen
edit-tags = labels wijzigen
edit-kpi = KPI wijzigen
edit-kpi-direction = richting van de KPI omdraaien
edit-kpi-remove = KPI verwijderen
edit-kpi-add = KPI toevoegen
edit-phase-name = naam van de fase wijzigen
edit-phase-colour = kleur van de fase wijzigen
edit-phase-group = groep van de fase wijzigen
edit-lane-name = naam van de baan wijzigen
edit-lane-kind = soort baan wijzigen
edit-lane-fold = baan inklappen
edit-lane-unfold = baan uitklappen
edit-link-kind = soort verbinding wijzigen
edit-link-label = opschrift van de verbinding wijzigen
edit-handoff = overdracht wijzigen
edit-decision-moments = beslismomenten aan- of uitzetten
edit-wow-moments = wauwmomenten aan- of uitzetten
edit-channels = kanalen wijzigen
edit-owners = eigenaren wijzigen
edit-persona-colour = kleur van de persona wijzigen
edit-persona-show = persona tonen
edit-persona-hide = persona verbergen
edit-persona-name = naam van de persona wijzigen
edit-persona-description = persona beschrijven
edit-point-move = belevingspunt verplaatsen
edit-point-card = belevingspunt aan een kaart koppelen
edit-point-score = belevingsscore wijzigen
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

## Error sentences
