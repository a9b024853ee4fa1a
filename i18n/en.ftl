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

## Canvas and status bar

## Panels: palette, inspector, personas, channel switches

inspector-map-language = Language of the map

## Dialogs: files, export, new map, samples, recovery, settings

## Error sentences
