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
       *[other] persona
    } met id "{ $id }"

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
error-export-format = Een afbeelding kun je exporteren als .png of .svg; "{ $name }" is geen van beide.
error-export-scale = De schaal moet 1, 2, 3 of 4 zijn, niet { $scale }.
error-export-too-large = De afbeelding zou { $width } × { $height } pixels worden, en dat is te groot; exporteer op een kleinere schaal of als SVG.
error-export-render = De afbeelding kon niet worden getekend: { $reason }.
error-export-encode = De PNG kon niet worden weggeschreven: { $reason }.

# Een bewerking die niet in de klantreis past (een fout in journeymap, geweigerd in plaats van vast te lopen).
error-edit-position = de wijziging kon niet worden gemaakt: positie { $index } valt buiten de { $list ->
        [cards] kaarten
        [lanes] banen
        [phases] fases
        [links] verbindingen
        [personas] persona's
        [emotion_curves] belevingscurves
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
