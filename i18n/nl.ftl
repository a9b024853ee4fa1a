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

## Canvas and status bar

## Panels: palette, inspector, personas, channel switches

inspector-map-language = Taal van de klantreis

## Dialogs: files, export, new map, samples, recovery, settings

## Error sentences
