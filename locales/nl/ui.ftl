## De interface van Passerelle. `en` is de referentie: fr en nl hebben precies dezelfde
## ids, attributen en variabelen. Elke id begint met het onderdeel waar hij bij hoort.

## Kader van de app

app-name = Passerelle
app-tagline = Competentieportfolio
app-skip-link = Naar de hoofdinhoud
app-loading = Je portefeuille wordt geopend…
# Variables:
#   $page (String) - de titel van het scherm dat openstaat
app-window-title = { $page } – Passerelle

## Navigatie

nav-label = Hoofdmenu
nav-home = Start
nav-badges = Badges
nav-skills = Competenties
nav-trainings = Opleidingen
nav-cv = Cv en export
nav-review = Gesprek
nav-settings = Instellingen

## Start

home-title = Je competentieportfolio
home-intro = Passerelle brengt je badges, de competenties die je hebt opgebouwd en je opleidingsplannen samen. Zo kun je aan een begeleider, een werkgever of een opleidingscentrum tonen wat je kunt, in het Nederlands, het Frans of het Engels.
home-offline-title = Alles blijft op deze computer
home-offline-body = Je portefeuille staat in een map op deze computer. Passerelle heeft geen account en geen internetverbinding nodig, en er verlaat niets deze computer, tenzij je het zelf exporteert.
home-counts-title = In je portefeuille
# Variables:
#   $count (Number) - hoeveel badges de portefeuille bevat
home-count-badges =
    { $count ->
        [one] badge
       *[other] badges
    }
home-count-badges-help = Digitale certificaten van opleidingscentra, werkgevers en verenigingen.
# Variables:
#   $count (Number) - hoeveel competenties de persoon zelf heeft opgegeven
home-count-self-declared =
    { $count ->
        [one] zelf opgegeven competentie
       *[other] zelf opgegeven competenties
    }
home-count-self-declared-help = Wat je leerde op het werk, in een project of als vrijwilliger, in je eigen woorden.
# Variables:
#   $count (Number) - hoeveel bevestigingen de portefeuille bevat
home-count-endorsements =
    { $count ->
        [one] bevestiging
       *[other] bevestigingen
    }
home-count-endorsements-help = Competenties die een begeleider, lesgever of collega heeft bevestigd.
home-start-title = Waar begin je?
home-start-intro = Je portefeuille is nog leeg. Met drie stappen ben je vertrokken.
home-demo-body = Gewoon eens kijken? Vul de portefeuille met voorbeeldgegevens: badges van een DEMO-uitgever, een zelf verklaarde vaardigheid en de aanbeveling ervan. Zo zie je elk scherm.
home-step-badges-title = Importeer de badges die je al hebt
home-step-badges-body = Badges die je per e-mail kreeg of downloadde van een opleidingsplatform, als afbeelding of als JSON-bestand.
home-step-badges-action = Je badges importeren
home-step-skills-title = Geef de competenties op die je in de praktijk leerde
home-step-skills-body = Op het werk, in een IT-project of als vrijwilliger: beschrijf wat je deed en hoe goed je het beheerst.
home-step-skills-action = Naar Competenties
home-step-next-title = Vind opleidingen en exporteer je cv
home-step-next-body = Bekijk welke opleidingen in Wallonië, Hauts-de-France en Vlaanderen je profiel aanvullen, en exporteer daarna je cv in het Nederlands, het Frans of het Engels.
home-step-next-trainings = Bekijk opleidingen
home-step-next-cv = Naar Cv en export
home-wallet-folder = Map van je portefeuille

## Gedeeld kader voor de onderdelen die nog in de maak zijn

soon-title = Komt in een volgende versie
soon-intro = Aan dit deel van Passerelle wordt nog gewerkt. Straks kun je hier:
soon-honest = Tot dan blijft dit scherm bewust leeg: Passerelle toont nooit verzonnen voorbeelden alsof ze van jou zijn.

## Badges

badges-title = Badges
badges-intro = Open Badges zijn digitale certificaten die opleidingscentra, werkgevers en verenigingen uitreiken voor wat je geleerd hebt. Passerelle controleert op deze computer of elke badge echt is en nog geldig, zodat jij, je begeleider of een werkgever er meteen op kan vertrouwen.

## Badges: werkbalk, zoeken en filters

badges-import-button = Badges importeren…
badges-picker-filter = Badges
badges-paste-button = Tekst van een badge plakken
badges-paste-label = Tekst van de badge
badges-paste-help = Plak de tekst van een badge die je kreeg: de inhoud van een .json-bestand, of een ondertekende tekst (JWT) die begint met “eyJ”.
badges-paste-empty = Plak eerst de tekst van de badge.
badges-paste-submit = Deze tekst importeren
badges-paste-cancel = Annuleren
badges-reverify-all = Alles opnieuw controleren
badges-reverify-all-done = Al je badges zijn opnieuw gecontroleerd.
badges-drop-hint = Je kunt badgebestanden (PNG, SVG, JSON of JWT) ook naar dit venster slepen.
badges-drop-title = Laat de bestanden hier los om ze als badges te importeren
badges-loading = Je badges worden geladen…
badges-list-title = Je badges
badges-search-label = Zoeken op naam of uitgever
badges-filter-label = Tonen
badges-filter-all = Alle
# Variables:
#   $count (Number) - hoeveel badges er getoond worden
badges-count =
    { $count ->
        [0] Geen badge getoond
        [one] { $count } badge getoond
       *[other] { $count } badges getoond
    }
badges-no-match = Geen enkele badge past bij je zoekopdracht.
badges-clear-filters = Alle badges tonen
badges-issuer-unknown = Uitgever niet vermeld
# Variables:
#   $name (String) - de naam van de badge
badges-image-alt = Afbeelding van de badge “{ $name }”
# Variables:
#   $count (Number) - hoeveel mensen of organisaties de badge onderschreven
badges-kind-self-declared = Zelf verklaard
badges-kind-self-declared-help = Zelf verklaard: je hebt deze competentie zelf opgegeven en met je eigen sleutel ondertekend. Onderschrijvingen tonen wie ze heeft gecontroleerd.
badges-detail-endorsements = Wie staat ervoor in
badges-endorsement-warning = Deze onderschrijving kon niet volledig worden gecontroleerd.
badges-endorsements =
    { $count ->
        [one] Eén keer onderschreven
       *[other] { $count } keer onderschreven
    }

## Badges: toestand van een badge

badges-status-verified = Gecontroleerd
badges-status-verified-help = Alles wat op deze computer te controleren is, klopt.
badges-status-warning = Vraagt aandacht
badges-status-warning-help = De badge is echt, maar iets vraagt je aandacht, bijvoorbeeld een datum.
badges-status-failed = Niet geldig
badges-status-failed-help = Op deze badge kun je niet vertrouwen: de controles hieronder zeggen waarom.

## Badges: lege portefeuille

badges-empty-title = Nog geen badges
badges-empty-body = Importeer de badgebestanden die je kreeg van een opleidingscentrum, een werkgever of een vereniging: Passerelle controleert ze een voor een op deze computer.
badges-empty-samples = Proberen met voorbeeldgegevens

## Badges: voortgang en overzicht van een import

badges-progress-title = Badges worden geïmporteerd…
# Variables:
#   $done (Number) - hoeveel bestanden al verwerkt zijn
#   $total (Number) - hoeveel bestanden er in totaal zijn
badges-progress-count = { $done } van { $total }
# Variables:
#   $file (String) - de naam van het bestand dat net gecontroleerd werd
badges-progress-file = Net gecontroleerd: { $file }
badges-progress-cancel = Annuleren
badges-progress-cancelling = Bezig met stoppen…
badges-summary-title = Import klaar
badges-summary-close = Dit overzicht sluiten
# Variables:
#   $count (Number) - hoeveel badges aan de portefeuille zijn toegevoegd
badges-summary-imported =
    { $count ->
        [0] Geen nieuwe badge
        [one] { $count } badge geïmporteerd
       *[other] { $count } badges geïmporteerd
    }
# Variables:
#   $count (Number) - hoeveel bestanden een badge bevatten die al in de portefeuille zat
badges-summary-duplicate =
    { $count ->
        [one] { $count } al in je portefeuille
       *[other] { $count } al in je portefeuille
    }
# Variables:
#   $count (Number) - hoeveel bestanden geweigerd zijn
badges-summary-refused =
    { $count ->
        [one] { $count } bestand geweigerd
       *[other] { $count } bestanden geweigerd
    }
# Variables:
#   $count (Number) - hoeveel bestanden overgeslagen zijn omdat de import gestopt werd
badges-summary-skipped =
    { $count ->
        [one] { $count } bestand overgeslagen: je hebt de import gestopt
       *[other] { $count } bestanden overgeslagen: je hebt de import gestopt
    }
badges-summary-documents =
    { $count ->
        [one] { $count } document toegevoegd om badges offline te controleren
       *[other] { $count } documenten toegevoegd om badges offline te controleren
    }
badges-summary-documents-note = Je badges zijn er opnieuw mee gecontroleerd.
badges-summary-refused-title = Waarom deze bestanden geweigerd zijn
badges-summary-pasted = De geplakte tekst
badges-summary-refused-note = Uit deze bestanden is niets aan je portefeuille toegevoegd. Denk je dat een badge echt is, vraag de uitgever dan om een nieuwe kopie.
badges-summary-no-reason = Passerelle kon in dit bestand geen badge lezen.

## Badges: de pagina van één badge

badges-back = Terug naar je badges
badges-detail-nav = Navigatie van de badge
badges-detail-loading = De badge wordt geladen…
badges-detail-missing-title = Badge niet gevonden
# Variables:
#   $issuer (String) - de naam van de organisatie die de badge uitreikte
badges-detail-issued-by = Uitgereikt door { $issuer }
# Variables:
#   $name (String) - de persoon die de vaardigheid verklaarde (de houder)
badges-detail-declared-by = Verklaard door { $name }, ondertekend met de eigen sleutel
badges-detail-about-skill = Over deze vaardigheid
badges-detail-what-was-done = Wat er gedaan werd
badges-detail-issuer-url = Website van de uitgever:
badges-detail-about = Over deze badge
badges-detail-criteria = Wat je moet doen om hem te behalen
badges-detail-alignments = Competenties en referentiekaders waar hij bij past
badges-detail-alignment-unnamed = Naamloze verwijzing
badges-detail-validity = Geldigheid
badges-detail-valid-from = Geldig vanaf
badges-detail-valid-until = Geldig tot
badges-detail-no-expiry = Verloopt niet
badges-detail-checks-title = Wat Passerelle heeft gecontroleerd
badges-detail-checks-intro = Elke stap van de Open Badges-controle, in volgorde, uitgevoerd op deze computer zonder internet.
# Variables:
#   $date (String) - de datum en het uur van de laatste controle, al uitgeschreven
badges-detail-last-checked = Laatst gecontroleerd: { $date }
badges-detail-check-again = Opnieuw controleren
badges-detail-checking = Bezig met controleren…
# Variables:
#   $status (String) - de toestand van de badge na de controle, bijvoorbeeld “Gecontroleerd”
badges-detail-checked-now = Zonet opnieuw gecontroleerd: { $status }.
badges-detail-technical = Technische details
badges-detail-technical-id = Identificatie van de badge
badges-detail-technical-issuer = Identificatie van de uitgever
badges-detail-technical-form = Vorm
badges-outcome-passed = Geslaagd:
badges-outcome-failed = Niet geslaagd:
badges-outcome-skipped = Niet gecontroleerd:
badges-outcome-attention = Let op:

## Badges: elke controle, in woorden

# Variables:
#   $container (String) - waar de badge in zit: json, jws, png of svg
#   $form (String) - het soort badge: ob3, ob3-vcdm1.1, ob3-jwt, ob2-hosted, ob2-signed of ob2-url
badges-check-format-recognised =
    Herkend: { $form ->
        [ob2-hosted] een Open Badge 2.0
        [ob2-signed] een ondertekende Open Badge 2.0
        [ob2-url] een Open Badge 2.0
        [ob3-jwt] een ondertekende Open Badge 3.0
       *[other] een Open Badge 3.0
    } { $container ->
        [png] ingebakken in een PNG-afbeelding
        [svg] ingebakken in een SVG-afbeelding
        [jws] als ondertekende tekst (JWT)
       *[other] in een JSON-bestand
    }
badges-check-context-known = Opgesteld in de Open Badges-woordenschat, die Passerelle kent
badges-check-context-ob-missing = Hij zegt niet dat hij een Open Badge is: de Open Badges-woordenschat ontbreekt
badges-check-context-vc-first = Hij is niet opgebouwd als verifieerbaar bewijs: de woordenschat die eerst moet komen, ontbreekt
# Variables:
#   $url (String) - het adres van de woordenschat die Passerelle niet kent
badges-check-unknown-context = Hij gebruikt een woordenschat die Passerelle niet kent ({ $url }), dus je kunt er niet op vertrouwen
badges-check-key-did-key = De sleutel van de uitgever zit in zijn identificatie, dus hij is zonder internet te controleren
badges-check-key-jwk = Het ondertekende token bevat zelf de sleutel van de uitgever: de handtekening is te controleren, maar niet van wie de sleutel is
badges-check-key-did-jwk = De sleutel van de uitgever zit in zijn identificatie, dus hij is zonder internet te controleren
badges-check-key-fetched = De sleutel van de uitgever komt uit een document dat je voor zijn webadres hebt gegeven
badges-check-key-offline = De sleutel van de uitgever staat online: om hem te controleren is internet nodig, of de sleutel als bestand geïmporteerd
badges-check-key-provenance-unknown = Niet te achterhalen van wie de sleutel is waarmee hij ondertekend werd
badges-check-key-controller-match = De sleutel waarmee hij ondertekend werd, is van de uitgever
badges-check-key-controller-mismatch = De sleutel waarmee hij ondertekend werd, is niet van de uitgever die in de badge staat
badges-check-proof-valid = Handtekening geldig — ondertekend met de sleutel van de uitgever
badges-check-proof-not-checked = De handtekening is niet gecontroleerd: de sleutel van de uitgever was niet bereikbaar
badges-check-signature-valid = Handtekening geldig — ondertekend met de sleutel van de uitgever
badges-check-signature-invalid = Dit bestand is gewijzigd sinds het ondertekend werd, of het werd met een andere sleutel ondertekend
badges-check-ob2-hosted-needs-network = Deze Open Badge 2.0 wordt gecontroleerd op de website van de uitgever: daarvoor is internet nodig, of de kopie van de uitgever als bestand geïmporteerd
badges-check-ob2-signed-key-needs-network = De sleutel van de uitgever van deze Open Badge 2.0 staat online: om de handtekening te controleren is internet nodig, of de sleutel als bestand geïmporteerd
badges-check-jwt-claims-match = De ondertekende tekst en de badge erin komen overeen
badges-check-jwt-claim-invalid = De ondertekende tekst rond de badge bevat een waarde die niet toegelaten is
badges-check-jwt-claim-mismatch = De ondertekende tekst en de badge erin zeggen niet hetzelfde
badges-check-jwt-claim-missing = In de ondertekende tekst rond de badge ontbreekt verplichte informatie
badges-check-jwt-times-valid = De datums van de ondertekende tekst zijn geldig
badges-check-status-none = De uitgever voorzag geen manier om deze badge in te trekken, dus hij kan niet ingetrokken zijn
badges-check-status-not-revoked = Niet ingetrokken — gecontroleerd in de statuslijst die je hebt gegeven, ondertekend door de uitgever
badges-check-key-supplied = De sleutel van de uitgever komt uit een bestand dat je hebt geïmporteerd
badges-check-ob2-hosted-confirmed = Gelijk aan de kopie die de uitgever publiceert, volgens een bestand dat je hebt geïmporteerd
badges-check-ob2-hosted-differs = Verschilt van de kopie die de uitgever publiceert: hij is gewijzigd
badges-check-ob2-issuer-needs-network = Niet te zien van wie de sleutel is zonder de badgebeschrijving van de website van de uitgever (importeer die om te controleren)
badges-check-document-status-list = Een statuslijst: die zegt welke badges de uitgever heeft ingetrokken
badges-check-document-revocation-list = Een intrekkingslijst: die zegt welke badges de uitgever heeft ingetrokken
badges-check-document-did-document = Een identiteitsdocument van een uitgever met zijn sleutels
badges-check-document-key = Een publieke sleutel van een uitgever
badges-check-document-issuer = Een profiel van een uitgever (Open Badges 2.0)
badges-check-document-badge-class = Een badgebeschrijving van de uitgever (Open Badges 2.0)
badges-check-status-not-listed = Niet ingetrokken — hij staat niet op de intrekkingslijst van de uitgever die je hebt geïmporteerd
badges-check-endorsed-not-in-wallet = Deze onderschrijving gaat over een bewijsstuk dat niet in je portefeuille zit: importeer eerst dat bewijsstuk
badges-check-revoked = Ingetrokken — de uitgever heeft deze badge teruggetrokken
badges-check-suspended = Opgeschort — de uitgever heeft deze badge tijdelijk stopgezet
badges-check-status-list-invalid = De statuslijst is niet betrouwbaar: ze is beschadigd of niet ondertekend door de uitgever
badges-check-status-list-issuer-mismatch = De statuslijst is gepubliceerd door iemand anders dan de uitgever van de badge
badges-check-status-entry-malformed = De statusinformatie van de badge is onvolledig
badges-check-status-index-invalid = De badge verwijst naar een plaats buiten zijn statuslijst
badges-check-status-needs-network = Niet te controleren of de uitgever hem heeft ingetrokken: daarvoor is internet nodig, of de statuslijst van de uitgever als bestand geïmporteerd
badges-check-status-offline = Zonder internet niet te controleren of de uitgever hem heeft ingetrokken
# Variables:
#   $date (String) - de datum vanaf wanneer de badge geldig is, al uitgeschreven
badges-check-valid-from-passed = Geldig sinds { $date }
# Variables:
#   $date (String) - de datum vanaf wanneer de badge geldig wordt, al uitgeschreven
badges-check-not-yet-valid = Nog niet geldig: hij wordt geldig op { $date }
# Variables:
#   $date (String) - de datum tot wanneer de badge geldig is, al uitgeschreven
badges-check-not-expired = Geldig tot { $date }
badges-check-no-expiry = Verloopt niet
# Variables:
#   $date (String) - de datum waarop de badge verlopen is, al uitgeschreven
badges-check-expired = Verlopen op { $date } — de badge was geldig toen hij werd uitgereikt
# Variables:
#   $date (String) - de datum zoals de badge hem schrijft
badges-check-date-malformed = Een datum in de badge is onleesbaar ({ $date })
# Variables:
#   $email (String) - het e-mailadres van de eigenaar van de portefeuille aan wie de badge werd uitgereikt
badges-check-recipient-matched = Aan jou uitgereikt ({ $email })
badges-check-recipient-not-owner = Aan iemand anders uitgereikt: hij past bij geen enkel e-mailadres van jou
badges-check-recipient-owner-unknown = Niet te controleren of hij aan jou werd uitgereikt: Passerelle kent je e-mailadres niet
badges-check-empty = Het bestand is leeg
badges-check-file-unreadable = Het bestand kon niet gelezen worden
badges-check-too-large = Het bestand is te groot om een badge te zijn
badges-check-too-deep = Het bestand is te diep genest om veilig gelezen te worden
badges-check-malformed-json = Het bestand is beschadigd: de tekst is niet als JSON te lezen
badges-check-not-utf8 = De tekst bevat tekens die niet te lezen zijn
badges-check-unknown-format = Dit is geen badgebestand: Passerelle leest PNG- en SVG-afbeeldingen, JSON-bestanden en ondertekende teksten (JWT)
badges-check-not-a-badge = Dit bestand is geen Open Badge
badges-check-png-truncated = De PNG-afbeelding is onvolledig: het bestand werd afgebroken
badges-check-png-crc = De PNG-afbeelding is beschadigd: een deel ervan werd gewijzigd of is corrupt
badges-check-png-malformed = De PNG-afbeelding is beschadigd
badges-check-png-no-credential = Deze PNG-afbeelding bevat geen badge
badges-check-png-inflate = De badge in de PNG-afbeelding kon niet uitgepakt worden
badges-check-svg-malformed = De SVG-afbeelding is beschadigd
badges-check-svg-entities = De SVG-afbeelding gebruikt XML-entiteiten, die Passerelle voor je veiligheid weigert
badges-check-svg-no-credential = Deze SVG-afbeelding bevat geen badge
badges-check-data-uri-malformed = De afbeelding in de badge is beschadigd
badges-check-jws-malformed = De ondertekende tekst is beschadigd of onvolledig
badges-check-jws-unsupported-alg = Hij is ondertekend met een methode die Passerelle niet ondersteunt
badges-check-jws-no-key = De ondertekende tekst zegt niet met welke sleutel hij ondertekend werd
badges-check-jws-private-key = De ondertekende tekst bevat een geheime sleutel, wat een echte badge nooit doet
badges-check-key-invalid = De sleutel van de uitgever is onbruikbaar
badges-check-key-alg-mismatch = De sleutel van de uitgever past niet bij de manier waarop de badge ondertekend werd
badges-check-key-document = De beschrijving van de sleutel van de uitgever is onbruikbaar
badges-check-did-unsupported = De identificatie van de uitgever is van een soort die Passerelle niet kan controleren
badges-check-did-malformed = De identificatie van de uitgever is misvormd
badges-check-proof-missing = De badge is niet ondertekend
badges-check-proof-malformed = De handtekening is onvolledig of misvormd
badges-check-proof-unsupported-suite = Hij is ondertekend met een methode die Passerelle niet ondersteunt
badges-check-proof-purpose-mismatch = De handtekening is niet gezet om voor een badge in te staan
badges-check-proof-challenge-mismatch = De handtekening werd voor een andere uitwisseling gezet, niet voor deze badge
badges-check-proof-key-unavailable-offline = De sleutel van de uitgever staat online: om de handtekening te controleren is internet nodig
badges-check-proof-key-invalid = De sleutel die in de handtekening genoemd wordt, is onbruikbaar
badges-check-proof-controller-mismatch = De sleutel waarmee hij ondertekend werd, is niet van de uitgever
badges-check-proof-invalid-signature = Dit bestand is gewijzigd sinds het ondertekend werd, of het werd met een andere sleutel ondertekend
badges-check-context-hash-mismatch = Een woordenschat waarop de badge steunt, is niet de verwachte versie
badges-check-undefined-term = De badge gebruikt woorden die zijn woordenschat niet definieert
badges-check-protected-term-redefinition = De badge verandert de betekenis van Open Badges-woorden, wat niet mag
badges-check-jsonld-invalid = De opbouw van de badge is ongeldig
badges-check-jsonld-unsupported = De badge gebruikt een opbouw die Passerelle niet ondersteunt
badges-check-canonicalization-failed = De inhoud van de badge kon niet klaargemaakt worden om de handtekening te controleren
# Variables:
#   $code (String) - de technische code van de controle, voor wie helpt bij problemen
badges-check-unknown-passed = Een controle is geslaagd ({ $code })
# Variables:
#   $code (String) - de technische code van de controle, voor wie helpt bij problemen
badges-check-unknown-failed = Een controle is mislukt ({ $code })
# Variables:
#   $code (String) - de technische code van de controle, voor wie helpt bij problemen
badges-check-unknown-skipped = Een controle kon niet uitgevoerd worden ({ $code })

## Competenties

skills-title = Competenties
skills-intro = Niet alles wat je kunt, staat op een diploma. Hier beschrijf je de competenties die je opbouwde in IT-projecten, op het werk of als vrijwilliger, gekoppeld aan de Europese referentiekaders e-CF en ESCO. Zo lezen werkgevers en begeleiders ze aan beide kanten van de grens op dezelfde manier.
skills-list-title = Je zelf verklaarde competenties
skills-loading = Je competenties worden geladen…
skills-kind = Zelf verklaard
skills-kind-help = Je hebt deze competenties zelf verklaard en met je eigen sleutel ondertekend: het zijn geen badges die een organisatie heeft uitgereikt. Elke competentie heeft een eigen pagina, waarop ook staat wie ze heeft onderschreven.
# Variables:
#   $count (Number) - hoeveel mensen of organisaties de competentie onderschreven
skills-endorsements =
    { $count ->
        [0] Nog niet onderschreven
        [one] Eén keer onderschreven
       *[other] { $count } keer onderschreven
    }
skills-empty-title = Nog geen zelf verklaarde competentie
skills-empty-what = Een zelf verklaarde competentie is iets wat je geleerd hebt zonder dat een diploma het aantoont: een project leiden op je werk, een team organiseren in een vereniging, als vrijwilliger een website draaiende houden. Je beschrijft wat je gedaan hebt en hoe goed je het beheerst, aan de hand van het Europese e-CF-kader.
skills-empty-why = Dat helpt, want werkgevers en begeleiders aan beide kanten van de grens lezen hetzelfde kader. En het is eerlijk: er staat altijd „zelf verklaard” bij, en iemand die je aan het werk zag, kan het later onderschrijven.
skills-form-title = Een competentie verklaren
skills-form-intro = Eén competentie tegelijk. Passerelle ondertekent ze met je eigen sleutel en bewaart ze in je portefeuille, altijd met de vermelding „zelf verklaard”. Niets verlaat je computer.
skills-optional = niet verplicht
skills-required = verplicht
skills-competence-label = Competentie
skills-competence-help = Typ een paar woorden of een code, zoals „project” of „E.2”. In deze versie kun je alleen e-CF-competenties verklaren; ESCO-vaardigheden staan er ter informatie bij.
# Variables:
#   $count (Number) - hoeveel competenties en vaardigheden passen bij wat getypt is
skills-competence-results =
    { $count ->
        [0] Geen enkele competentie past bij deze woorden.
        [one] Eén resultaat. Blader met de pijltjestoetsen omhoog en omlaag, kies met Enter.
       *[other] { $count } resultaten. Blader met de pijltjestoetsen omhoog en omlaag, kies met Enter.
    }
skills-competence-group-ecf = e-CF-competenties
skills-competence-group-esco = ESCO-vaardigheden, ter informatie (in deze versie kun je ze niet verklaren)
skills-esco-attribution = Deze dienst maakt gebruik van de ESCO-classificatie van de Europese Commissie.
# Variables:
#   $area (String) - het e-CF-domein van de competentie, bijvoorbeeld „Managen”
skills-competence-area = e-CF-domein: { $area }
skills-competence-esco-tag = ESCO
skills-competence-chosen = Gekozen competentie
skills-level-legend = Je niveau
skills-level-help = Kies het niveau dat past bij wat je echt gedaan hebt. Alleen de niveaus van de gekozen competentie kun je aanduiden.
skills-level-choose-first = Kies eerst een competentie: daarna kun je er een niveau voor aanduiden.
# Variables:
#   $code (String) - de e-CF-code van de competentie, bijvoorbeeld „E.2”
#   $from (String) - haar laagste niveau, bijvoorbeeld „e-2”
#   $to (String) - haar hoogste niveau, bijvoorbeeld „e-5”
skills-level-range = { $code } kun je verklaren van niveau { $from } tot niveau { $to }.
skills-context-legend = Wat je gedaan hebt
skills-context-help = Een concreet voorbeeld maakt een competentie geloofwaardig: waar je was, wanneer, met wie en wat het opleverde.
# Variables:
#   $language (String) - de taal van de tekst: fr, nl of en
skills-narrative-label =
    { $language ->
        [fr] Wat je gedaan hebt, in het Frans
        [nl] Wat je gedaan hebt, in het Nederlands
       *[en] Wat je gedaan hebt, in het Engels
    }
skills-narrative-example = Bijvoorbeeld: „Ik heb de website van onze vereniging naar een nieuwe host verhuisd. Ik heb het werk gepland, het verdeeld over drie vrijwilligers en de oude site online gehouden tot de overschakeling.”
# Variables:
#   $language (String) - de taal die erbij komt: fr, nl of en
skills-narrative-add =
    { $language ->
        [fr] Dezelfde tekst in het Frans toevoegen
        [nl] Dezelfde tekst in het Nederlands toevoegen
       *[en] Dezelfde tekst in het Engels toevoegen
    }
# Variables:
#   $language (String) - de taal van de tekst die weg moet: fr, nl of en
skills-narrative-remove =
    { $language ->
        [fr] De Franse tekst verwijderen
        [nl] De Nederlandse tekst verwijderen
       *[en] De Engelse tekst verwijderen
    }
skills-place-label = Waar
skills-place-help = Een werkgever, een vereniging, een vrijwilligersproject…
skills-period-label = Wanneer
skills-period-help = Bijvoorbeeld „2021–2023” of „voorjaar 2024”.
skills-team-label = Grootte van het team
skills-team-help = Met hoeveel mensen jullie eraan werkten, jezelf meegeteld.
skills-outcome-label = Resultaat
skills-outcome-help = Wat het opleverde: een website die online staat, een project dat op tijd klaar was, een werkwijze die uren bespaart…
skills-links-legend = Bewijsstukken
skills-links-help = Webadressen die je werk tonen, beginnend met https://: een projectpagina, een openbare repository, een artikel.
# Variables:
#   $number (Number) - de plaats van de link in de lijst
skills-link-label = Link { $number }
skills-link-add = Een link toevoegen
# Variables:
#   $number (Number) - de plaats van de link in de lijst
skills-link-remove = Link { $number } verwijderen
skills-key-legend = Je handtekening
skills-key-os = Je competenties worden ondertekend met je eigen sleutel, die in de sleutelhanger van het systeem van deze computer bewaard wordt. Je hoeft niets te typen.
skills-key-fallback = De sleutelhanger van het systeem van deze computer is niet bruikbaar, daarom wordt je sleutel in een bestand bewaard.
skills-key-file = De sleutel die je competenties ondertekent, wordt in een bestand op deze computer bewaard en is beveiligd met deze wachtwoordzin.
# Variables:
#   $min (Number) - het kleinste aantal tekens van een nieuwe wachtwoordzin
skills-key-first = De eerste keer: kies een wachtwoordzin van minstens { $min } tekens en bewaar hem goed. Zonder wachtwoordzin kan deze sleutel niets meer ondertekenen.
skills-key-again = Typ de wachtwoordzin die je koos toen je je eerste competentie verklaarde.
skills-key-unlocked = Je sleutelbestand blijft ontgrendeld tot je Passerelle sluit.
skills-passphrase-label = Wachtwoordzin
skills-passphrase-again-label = Bevestig de wachtwoordzin
skills-save = Ondertekenen en bewaren
skills-saving = Bezig met ondertekenen…
# Variables:
#   $competence (String) - de code en de titel van de competentie, bijvoorbeeld „E.2 Project- en portfoliomanagement”
#   $level (String) - het niveau, bijvoorbeeld „e-3”
skills-saved = Bewaard: „{ $competence }” op niveau { $level } staat in je portefeuille, met de vermelding „zelf verklaard”.
skills-saved-link = Deze competentie bekijken
skills-error-competence = Kies een competentie uit de lijst: typ een paar woorden en kies dan een van de e-CF-competenties.
skills-error-level = Kies je niveau voor deze competentie.
skills-error-team = Schrijf de grootte van het team als een geheel getal, bijvoorbeeld 5.
skills-error-passphrase-mismatch = De twee wachtwoordzinnen zijn niet dezelfde. Typ ze opnieuw.

## Opleidingen

trainings-title = Opleidingen
trainings-intro = Opleidingen in Wallonië, Hauts-de-France en Vlaanderen die je dichter bij de job brengen die je wilt. Passerelle vergelijkt je competenties met wat die job vraagt en stelt opleidingen voor die het verschil overbruggen, waar ze ook zijn in de Eurometropool.

## Cv en export

cv-title = Cv en export
cv-intro = Maak van je portefeuille een overzichtelijk cv in het Nederlands, het Frans of het Engels, in welke taal deze schermen ook staan, en deel je badges in een vorm die een werkgever of school zonder Passerelle kan controleren.
cv-language-title = De taal van je cv
cv-language-legend = Taal van het cv
cv-language-fr = Frans
cv-language-nl = Nederlands
cv-language-en = Engels
# Variables:
#   $cv (String) - de taal van het cv: fr, nl of en
cv-language-same =
    { $cv ->
        [fr] Je cv wordt in het Frans opgesteld, net als deze schermen.
        [nl] Je cv wordt in het Nederlands opgesteld, net als deze schermen.
       *[en] Je cv wordt in het Engels opgesteld, net als deze schermen.
    }
# Variables:
#   $cv (String) - de taal van het cv: fr, nl of en
#   $ui (String) - de taal van de schermen: fr, nl of en
cv-language-other =
    Je cv wordt in het { $cv ->
        [fr] Frans
        [nl] Nederlands
       *[en] Engels
    } opgesteld; deze schermen blijven in het { $ui ->
        [fr] Frans
        [nl] Nederlands
       *[en] Engels
    }.
# Variables:
#   $cv (String) - de taal van het cv: fr, nl of en
cv-language-untranslated =
    { $cv ->
        [fr] Sommige van je teksten zijn nog niet in het Frans geschreven: het cv toont ze in een andere taal, met een opmerking.
        [nl] Sommige van je teksten zijn nog niet in het Nederlands geschreven: het cv toont ze in een andere taal, met een opmerking.
       *[en] Sommige van je teksten zijn nog niet in het Engels geschreven: het cv toont ze in een andere taal, met een opmerking.
    }
cv-editor-title = Wat je cv vertelt
cv-editor-intro = Wordt bewaard terwijl je typt. Het cv zet je ervaring en opleidingen in volgorde, de recentste eerst.
cv-editor-profile = Je naam, foto, talen en woonplaats komen uit Instellingen › Over jou.
cv-editor-loading = Wat je cv vertelt, wordt gelezen…
cv-editor-retry = Opnieuw proberen
cv-editor-profile-link = Wijzig ze in de instellingen
cv-name-missing = Je cv heeft bovenaan nog geen naam: vul hem in bij Instellingen › Over jou.
cv-name-missing-link = Je naam invullen
cv-writing-legend = Je schrijft in
cv-writing-missing = nog niet vertaald
cv-writing-help = Schrijf je teksten in elke taal waarin je een cv wilt. Een cv in een taal die je nog niet geschreven hebt, toont de tekst in een andere taal, met een opmerking.
# Variables:
#   $language (String) - de taal waarin je schrijft: fr, nl of en
cv-text-in =
    { $language ->
        [fr] in het Frans
        [nl] in het Nederlands
       *[en] in het Engels
    }
# Variables:
#   $language (String) - de taal waarin je schrijft: fr, nl of en
#   $fallback (String) - de taal die het cv in de plaats toont: fr, nl of en
cv-text-fallback =
    Nog niet vertaald: een { $language ->
        [fr] Franstalig
        [nl] Nederlandstalig
       *[en] Engelstalig
    } cv toont de { $fallback ->
        [fr] Franse
        [nl] Nederlandse
       *[en] Engelse
    } tekst, met een opmerking:
cv-target-label = Functie die je zoekt
cv-target-help = Bijvoorbeeld: ICT-projectleider.
cv-summary-label = Over jou
cv-summary-help = Een paar regels: waar je goed in bent en wat je zoekt.
cv-contact-legend = Contactgegevens
cv-email-label = E-mailadres op het cv
cv-email-other = Een ander adres…
cv-email-other-label = Adres dat getoond wordt
cv-email-help = Je adressen uit Instellingen › Over jou, of een ander.
cv-phone-label = Telefoon
# Variables:
#   $list (String) - experience of education
cv-entries-legend =
    { $list ->
        [education] Opleiding en vorming
       *[experience] Ervaring
    }
# Variables:
#   $list (String) - experience of education
cv-entries-help =
    { $list ->
        [education] Diploma’s, cursussen en opleidingen.
       *[experience] Jobs, stages, vrijwilligerswerk en projecten.
    }
# Variables:
#   $list (String) - experience of education
cv-entries-empty =
    { $list ->
        [education] Nog geen opleiding of diploma.
       *[experience] Nog geen ervaring.
    }
# Variables:
#   $list (String) - experience of education
#   $number (Number) - de plaats in de lijst, vanaf 1
cv-entry-legend =
    { $list ->
        [education] Opleiding { $number }
       *[experience] Ervaring { $number }
    }
cv-entry-month-help = Jaar en maand, bijvoorbeeld 2021-09.
cv-entry-start = Van
cv-entry-end = Tot
cv-entry-ongoing = Loopt nog
# Variables:
#   $list (String) - experience of education
cv-entry-title =
    { $list ->
        [education] Opleiding of diploma
       *[experience] Functie
    }
# Variables:
#   $list (String) - experience of education
cv-entry-organisation =
    { $list ->
        [education] School of organisatie
       *[experience] Werkgever of organisatie
    }
cv-entry-place = Plaats
cv-entry-description = Wat je deed of leerde
# Variables:
#   $list (String) - experience of education
#   $number (Number) - de plaats in de lijst, vanaf 1
cv-entry-remove =
    { $list ->
        [education] Opleiding { $number } verwijderen
       *[experience] Ervaring { $number } verwijderen
    }
# Variables:
#   $list (String) - experience of education
cv-entry-add =
    { $list ->
        [education] Een opleiding of diploma toevoegen
       *[experience] Een ervaring toevoegen
    }
cv-skills-label = Digitale vaardigheden
cv-skills-help = De tools en software die je gebruikt, gescheiden door komma’s, bijvoorbeeld: Jira, MS Project, Excel.
cv-save = Nu bewaren
cv-saving = Bezig met bewaren…
cv-saved = Alle wijzigingen zijn bewaard.
cv-unsaved = Wijzigingen nog niet bewaard…
cv-not-saved = Nog niet bewaard. Wat je typte, blijft hier staan.
# Variables:
#   $list (String) - experience of education
#   $number (Number) - de plaats in de lijst, vanaf 1
cv-error-start =
    { $list ->
        [education] Vul de maand in waarin opleiding { $number } begon.
       *[experience] Vul de maand in waarin ervaring { $number } begon.
    }
# Variables:
#   $list (String) - experience of education
#   $number (Number) - de plaats in de lijst, vanaf 1
cv-error-end =
    { $list ->
        [education] Vul de maand in waarin opleiding { $number } eindigde, of vink “Loopt nog” aan.
       *[experience] Vul de maand in waarin ervaring { $number } eindigde, of vink “Loopt nog” aan.
    }
cv-badges-title = Badges op je cv en in de bundel
cv-badges-intro = Jij kiest wat je deelt. De uitgereikte badges die kloppen, zijn al aangevinkt. Je zelf verklaarde vaardigheden staan hoe dan ook bij de competenties op je cv.
cv-badges-legend = Badges om op te nemen
cv-badges-loading = Je badges worden gelezen…
cv-badges-empty = Je portefeuille bevat nog geen badges.
cv-badges-empty-link = Badges importeren
# Variables:
#   $issuer (String) - wie de badge uitreikte
cv-badges-issuer = Uitgereikt door { $issuer }
cv-badges-self-declared = Zelf verklaard: staat hoe dan ook bij je competenties
# Variables:
#   $status (String) - verified, warning of failed
cv-badges-status =
    { $status ->
        [verified] Gecontroleerd
        [warning] Gecontroleerd, met een waarschuwing
       *[failed] Controle mislukt
    }
# Variables:
#   $count (Number) - de aangevinkte badges
#   $total (Number) - de badges in de lijst
cv-badges-count = { $count } van { $total } gekozen.
cv-preview-title = Voorbeeld
cv-preview-busy = Bijwerken…
cv-preview-larger = Groter voorbeeld
cv-preview-smaller = Kleiner voorbeeld
# Variables:
#   $pages (Number) - hoeveel pagina’s het cv telt
cv-preview-pages =
    { $pages ->
        [one] Eén pagina
       *[other] { $pages } pagina’s
    }
# Variables:
#   $cv (String) - de taal van het cv: fr, nl of en
cv-preview-language =
    { $cv ->
        [fr] Je cv in het Frans
        [nl] Je cv in het Nederlands
       *[en] Je cv in het Engels
    }
cv-preview-stale = Het voorbeeld toont je cv zoals het laatst bewaard werd.
cv-preview-drawing = Je cv wordt opgemaakt…
# Variables:
#   $page (Number) - de getoonde pagina
#   $pages (Number) - hoeveel pagina’s het cv telt
#   $cv (String) - de taal van het cv: fr, nl of en
cv-preview-alt =
    Pagina { $page } van { $pages } van je cv in het { $cv ->
        [fr] Frans
        [nl] Nederlands
       *[en] Engels
    }
cv-export-title = Bewaren en delen
# Variables:
#   $cv (String) - de taal van het cv: fr, nl of en
#   $count (Number) - de aangevinkte badges
cv-export-intro =
    De bestanden zijn in het { $cv ->
        [fr] Frans
        [nl] Nederlands
       *[en] Engels
    }, met { $count ->
        [0] geen enkele badge
        [one] de badge die je hierboven aanvinkte
       *[other] de { $count } badges die je hierboven aanvinkte
    }.
cv-export-pdf = Het cv als pdf bewaren…
cv-export-europass = Europass-XML…
cv-export-json = JSON Resume…
cv-export-formats = De pdf is klaar om te versturen of af te drukken. Europass-XML en JSON Resume zijn voor vacaturesites en cv-tools die ze lezen.
cv-filter-pdf = Pdf-document
cv-filter-europass = Europass-XML
cv-filter-json = JSON Resume
cv-filter-zip = Zip-archief
# Variables:
#   $format (String) - pdf, europass of json-resume
cv-export-running =
    { $format ->
        [europass] Je cv wordt als Europass-XML geschreven…
        [json-resume] Je cv wordt als JSON Resume geschreven…
       *[pdf] Je cv wordt als pdf geschreven…
    }
# Variables:
#   $file (String) - de naam van het bestand
#   $size (String) - de grootte, al opgemaakt (“48 kB”)
#   $pages (Number) - de pagina’s van de pdf, 0 voor de andere formaten
cv-export-done =
    { $pages ->
        [0] Bewaard: { $file } ({ $size }).
        [one] Bewaard: { $file } (één pagina, { $size }).
       *[other] Bewaard: { $file } ({ $pages } pagina’s, { $size }).
    }
# Variables:
#   $path (String) - waar het bestand staat
cv-export-where = Locatie: { $path }
cv-export-unsaved = Je laatste wijzigingen konden niet bewaard worden. Verbeter ze eerst hierboven, zodat het bestand zegt wat je ziet.
cv-export-bundle = Een badgebundel bewaren…
cv-bundle-title = Badgebundel
cv-bundle-intro = Eén zipbestand met de badges die je hierboven aanvinkte, precies zoals ze uitgereikt werden, ondertekend met je sleutel, en een pagina die ze aan iedereen toont, zonder Passerelle. Iedereen kan nagaan dat er niets veranderd werd.
cv-bundle-key-file = Je sleutel wordt bewaard in een bestand dat beveiligd is met je wachtwoordzin. Typ hem om de bundel te ondertekenen.
# Variables:
#   $min (Number) - het minimale aantal tekens van een wachtwoordzin
cv-bundle-key-first = Kies een wachtwoordzin om je sleutel te beveiligen, van minstens { $min } tekens, en typ hem twee keer. Je hebt hem nodig telkens je iets ondertekent.
cv-bundle-passphrase = Wachtwoordzin van je sleutel
cv-bundle-passphrase-again = Bevestig de wachtwoordzin
cv-bundle-passphrase-mismatch = De twee wachtwoordzinnen zijn niet dezelfde. Typ ze opnieuw.
cv-bundle-none = Vink minstens één badge aan om in de bundel te steken.
cv-bundle-running = Je badges worden ondertekend en gebundeld…
# Variables:
#   $file (String) - de naam van het bestand
#   $size (String) - de grootte, al opgemaakt (“1,2 MB”)
#   $count (Number) - de bewijzen in de bundel
cv-bundle-done =
    { $count ->
        [one] Bewaard: { $file } ({ $size }), één bewijs in een bundel ondertekend met je sleutel.
       *[other] Bewaard: { $file } ({ $size }), { $count } bewijzen in een bundel ondertekend met je sleutel.
    }

## Gesprek met je begeleider

review-title = Bespreken met je begeleider
review-intro = Voor een kort gesprek met een begeleider van VDAB, Forem of France Travail: je competenties naast het beroep dat je ambieert, wat elke competentie onderbouwt en wat jullie samen afspreken. Hier staat niets persoonlijks: geen e-mailadres.
review-loading = Het overzicht wordt klaargezet…
review-holder-unnamed = Je portefeuille
review-summary-title = Naast het beroep { $profile }
review-summary-reached =
    { $reached ->
        [0] Nog geen van de { $total } competenties van dit beroep haalt het doelniveau.
        [one] Eén competentie van de { $total } haalt het doelniveau.
       *[other] { $reached } competenties van de { $total } halen het doelniveau.
    }
review-notice = De doelniveaus zijn een eigen inschatting van Passerelle voor dit beroep, op de Europese e-CF-schaal van e-1 (basis) tot e-5 (hoogste). Het is geen officiële vereiste.
review-no-profile = Het profiel ‘ICT-projectmanager’ ontbreekt in deze versie van Passerelle, dus er is niets om je portefeuille mee te vergelijken.
review-chart-title = { $profile }: huidig niveau en doelniveau per competentie
review-chart-desc = Voor elke competentie van het beroep toont een balk het niveau dat je portefeuille nu aantoont, op de e-CF-schaal van e-1 tot e-5, en een markering het niveau dat het beroep vraagt. De balk is effen bij een gecontroleerde badge, gestreept bij een onderschrijving, gestippeld als je de competentie zelf hebt verklaard, en ontbreekt als niets ze onderbouwt. De tabel hierna geeft dezelfde gegevens.
review-chart-core = Kern van het beroep
review-chart-other = Ook nodig
review-chart-levels = Nu { $current } · doel { $target }
review-chart-levels-unknown = Nog geen niveau · doel { $target }
review-legend-title = Zo lees je de grafiek
review-legend-target = Doelniveau van het beroep
review-support-verified-badge = Gecontroleerde badge
review-support-endorsed = Onderschreven
review-support-self-declared = Zelf verklaard
review-support-none = Nog niets
review-table-caption = { $profile }: de grafiek als tabel
review-table-competence = Competentie
review-table-target = Doelniveau
review-table-current = Huidig niveau
review-table-support = Onderbouwd door
review-table-no-level = nog geen
review-core-tag = kern van het beroep
review-portfolio-title = Wat elke competentie onderbouwt
review-portfolio-intro = De badges en competenties in je portefeuille, per competentie, de sterkste eerst: een gecontroleerde badge, dan een onderschrijving, dan wat je zelf hebt verklaard.
review-portfolio-nothing =
    { $count ->
        [one] Nog niets in je portefeuille onderbouwt deze competentie
       *[other] Nog niets in je portefeuille onderbouwt deze { $count } competenties
    }
review-source-self-declared-endorsed = Zelf verklaard, onderschreven
review-source-badge-warning = Badge niet volledig gecontroleerd
review-source-level = niveau { $level }
review-endorsed-by = Onderschreven door { $name }
review-endorsed-by-unnamed = Onderschreven door iemand die geen naam opgaf
review-notes-title = Gespreksnotities
review-notes-intro = Schrijf in een paar woorden op wat jullie hebben afgesproken. Notities blijven in deze portefeuille, met de datum en de naam van wie ze schreef.
review-notes-counsellor = Geschreven door
review-notes-counsellor-help = Een naam en een kantoor, bijvoorbeeld ‘Sofie Peeters, VDAB Kortrijk’.
review-notes-text = Notitie
review-notes-save = Notitie bewaren
review-notes-saving = Bezig met bewaren…
review-notes-saved = De notitie is bewaard in je portefeuille.
review-notes-empty = Nog geen notities.
review-notes-list-title =
    { $count ->
        [one] Eén notitie
       *[other] { $count } notities
    }

## Instellingen

settings-title = Instellingen
settings-intro = Kies de taal en de weergave van Passerelle. Je keuzes worden bewaard in je portefeuille.
settings-language-label = Taal
settings-language-help = De taal van deze schermen. Je cv kun je altijd nog in een andere taal exporteren.
settings-language-system = Zoals het systeem
# Variables:
#   $language (String) - de naam van de systeemtaal, in die taal zelf
settings-language-system-hint = Nu: { $language }
settings-theme-label = Weergave
settings-theme-system = Zoals het systeem
settings-theme-light = Licht
settings-theme-dark = Donker
settings-profile-title = Over jou
settings-profile-intro = Passerelle gebruikt je e-mailadressen om de badges te herkennen die aan jou zijn uitgereikt. Ze blijven op deze computer.
settings-profile-name = Je naam
settings-profile-emails = Je e-mailadressen
settings-profile-emails-help = Voeg elk adres toe dat een uitgever kan hebben gebruikt: werk, privé, school.
settings-profile-email-label = E-mailadres { $number }
settings-profile-remove-email = { $address } verwijderen
settings-profile-add-email = Een adres toevoegen
settings-profile-save = Opslaan
settings-profile-saved = Opgeslagen. Je badges zijn opnieuw gecontroleerd.
settings-profile-photo = Foto (niet verplicht)
settings-profile-photo-help = Ze kan op je cv staan. Passerelle bewaart een eigen kopie, zonder de gegevens van het toestel of de locatie.
settings-profile-photo-none = Geen foto
settings-profile-photo-choose = Een foto kiezen…
settings-profile-photo-change = Een andere foto kiezen…
settings-profile-photo-remove = De foto verwijderen
settings-profile-photo-filter = Foto’s
settings-profile-photo-alt = Je foto
settings-profile-languages = Talen die je spreekt
settings-profile-languages-help = Geef je niveau op de Europese schaal (ERK), van A1 (beginner) tot C2.
# Variables:
#   $number (Number) - de plaats van de rij in de lijst
settings-profile-language-label = Taal { $number }
# Variables:
#   $number (Number) - de plaats van de rij in de lijst
settings-profile-level-label = Niveau in taal { $number }
# Variables:
#   $language (String) - de naam van de taal
settings-profile-remove-language = { $language } verwijderen
settings-profile-add-language = Een taal toevoegen
settings-profile-place = Waar je woont
settings-profile-place-help = Om opleidingen in je buurt te tonen. Het blijft op deze computer.
settings-profile-region = Regio
settings-profile-region-none = Niet opgegeven
settings-profile-municipality = Gemeente
settings-profile-postcode = Postcode
language-name-fr = Frans
language-name-nl = Nederlands
language-name-en = Engels
language-name-de = Duits
language-name-bg = Bulgaars
language-name-cs = Tsjechisch
language-name-da = Deens
language-name-el = Grieks
language-name-es = Spaans
language-name-et = Estisch
language-name-fi = Fins
language-name-ga = Iers
language-name-hr = Kroatisch
language-name-hu = Hongaars
language-name-it = Italiaans
language-name-lt = Litouws
language-name-lv = Lets
language-name-mt = Maltees
language-name-pl = Pools
language-name-pt = Portugees
language-name-ro = Roemeens
language-name-sk = Slovaaks
language-name-sl = Sloveens
language-name-sv = Zweeds
language-name-ar = Arabisch
language-name-tr = Turks
language-name-ru = Russisch
language-name-uk = Oekraïens
language-name-zh = Chinees
language-name-sq = Albanees
language-name-ln = Lingala
language-name-fa = Perzisch
cefr-level-a1 = A1 — beginner
cefr-level-a2 = A2 — basis
cefr-level-b1 = B1 — gevorderd basis
cefr-level-b2 = B2 — hoger gevorderd
cefr-level-c1 = C1 — vaardig
cefr-level-c2 = C2 — zeer vaardig
cefr-level-native = Moedertaal
region-name-be-wal = Wallonië (België)
region-name-be-vlg = Vlaanderen (België)
region-name-be-bru = Brussel (België)
region-name-fr-hdf = Hauts-de-France (Frankrijk)
region-name-other = Elders
settings-about-title = Over deze portefeuille
settings-about-folder = Map
settings-about-schema = Versie van het portefeuilleformaat
settings-about-created = Aangemaakt op

## Fouten en meldingen

fatal-title = Passerelle kan je portefeuille niet openen
fatal-help = Je kunt het nu opnieuw proberen, of Passerelle sluiten en later weer openen. Blijft het probleem, toon dit bericht dan aan iemand die je helpt met je computer.
fatal-retry = Opnieuw proberen
alert-title = Dat is niet gelukt
alert-dismiss = Dit bericht sluiten

## Endorsing (desktop)

review-endorse-file-title = Een bewijsstuk uit een bestand onderschrijven
review-endorse-file-intro = Heeft iemand je een badge of een competentie als bestand gegeven en kun je ervoor instaan? Passerelle controleert eerst het bestand. Daarna onderteken je een onderschrijving met je eigen sleutel en sla je die op als bestand om terug te geven.
review-endorse-file-choose = Een bestand kiezen…
review-endorse-file-choose-other = Een ander bestand kiezen
review-endorse-file-filter = Badges en competenties
review-endorse-file-checking = Het bestand wordt gecontroleerd…
review-endorse-file-what = Wat je onderschrijft
review-endorse-file-name = Naam
review-endorse-file-issuer = Uitgereikt door
review-endorse-file-issuer-unknown = Niet vermeld
review-endorse-file-status = Controle
review-endorse-file-self-declared = Zelf verklaard: de persoon heeft dit zelf geschreven en ondertekend. Onderschrijf het alleen als je hebt gecontroleerd wat hij of zij vertelt.
review-endorse-comment = Je opmerking
review-endorse-comment-help = Zeg in een paar zinnen wat je hebt gecontroleerd en hoe. Iedereen die de onderschrijving leest, ziet dit.
review-endorse-comment-count = { $count } van { $max } tekens
review-endorse-file-signer = De onderschrijving wordt ondertekend met je sleutel, op naam van { $name }.
review-endorse-file-signer-unnamed = Je naam is niet ingevuld, dus de onderschrijving draagt geen naam. Je kunt hem toevoegen bij Instellingen, onder ‘Over jou’.
review-endorse-key-legend = Je handtekening
review-endorse-key-file = Je sleutel wordt bewaard in een bestand dat beveiligd is met een wachtwoordzin. Typ die om te ondertekenen.
review-endorse-key-first = De eerste keer: kies een wachtwoordzin van minstens { $min } tekens en bewaar hem goed. Zonder wachtwoordzin kan je sleutel niets meer ondertekenen.
review-endorse-passphrase = Wachtwoordzin
review-endorse-passphrase-again = Bevestig de wachtwoordzin
review-endorse-passphrase-mismatch = De twee wachtwoordzinnen zijn niet gelijk. Typ twee keer dezelfde.
review-endorse-file-sign = Ondertekenen en opslaan…
review-endorse-signing = Bezig met ondertekenen…
review-endorse-file-save-filter = Onderschrijving (JSON)
review-endorse-file-saved = Je onderschrijving van ‘{ $name }’ is opgeslagen in { $path }. Geef dit bestand aan de persoon: die voegt het aan de portefeuille toe zoals een badge.
review-endorse-file-cancelled = Er is niets opgeslagen: er is geen plaats voor het bestand gekozen.
review-endorse-held-action = Onderschrijven…
review-endorse-held-action-label = ‘{ $name }’ onderschrijven
review-endorse-held-title = ‘{ $name }’ onderschrijven met je eigen sleutel
review-endorse-held-intro = Deze portefeuille is van de persoon die je ontvangt, dus onderteken je met je eigen sleutel: kies de kopie van je sleutel die je hebt meegebracht (zie Instellingen, ‘Een kopie van mijn ondertekeningssleutel opslaan’). Passerelle leest ze alleen en bewaart er hier niets van.
review-endorse-held-key = Je sleutelbestand
review-endorse-held-key-choose = Je sleutelbestand kiezen…
review-endorse-held-key-none = Nog geen bestand gekozen.
review-endorse-held-key-filter = Passerelle-sleutelbestand
review-endorse-held-error-key = Kies eerst het bestand van je sleutel.
review-endorse-held-passphrase = Wachtwoordzin van je sleutelbestand
review-endorse-held-name = Je naam
review-endorse-held-name-help = Zoals hij op de onderschrijving komt, bijvoorbeeld ‘Jan Peeters, VDAB Kortrijk’.
review-endorse-held-sign = Ondertekenen en toevoegen
review-endorse-held-cancel = Annuleren
review-endorse-held-done = Je onderschrijving van ‘{ $name }’ is aan deze portefeuille toegevoegd.
settings-key-title = Je ondertekeningssleutel
settings-key-os = Je sleutel wordt bewaard in de sleutelhanger van het systeem van deze computer.
settings-key-file = Je sleutel wordt bewaard in een bestand in je portefeuille, beveiligd met je wachtwoordzin.
settings-key-copy-intro = Om een badge of een competentie te onderschrijven op de computer van iemand anders (tijdens een afspraak bijvoorbeeld), neem je een kopie van je sleutel mee, bijvoorbeeld op een usb-stick. Zorg er even goed voor als voor een huissleutel.
settings-key-copy-new = Kies een wachtwoordzin van minstens { $min } tekens om de kopie te beveiligen. Je typt hem telkens als je de kopie gebruikt.
settings-key-copy-same = De kopie is beveiligd met dezelfde wachtwoordzin als je sleutelbestand.
settings-key-new-passphrase = Wachtwoordzin voor de kopie
settings-key-passphrase = Wachtwoordzin van je sleutel
settings-key-passphrase-again = Bevestig de wachtwoordzin
settings-key-passphrase-mismatch = De twee wachtwoordzinnen zijn niet gelijk. Typ twee keer dezelfde.
settings-key-save = Een kopie van mijn ondertekeningssleutel opslaan…
settings-key-saving = Bezig met opslaan…
settings-key-filter = Passerelle-sleutelbestand
settings-key-saved = Een kopie van je sleutel is opgeslagen in { $path }.
settings-key-did = De openbare identificatie ervan: { $did }
settings-key-cancelled = Er is niets opgeslagen: er is geen plaats voor het bestand gekozen.
settings-backup-title = Back-up en herstel
settings-backup-intro = Een back-up is één bestand met je hele portefeuille: badges, vaardigheden, aanbevelingen, bewijsstukken, notities, je profiel en je sleutel. Hij is versleuteld met een wachtwoordzin die je zelf kiest. Bewaar hem ergens anders dan op deze computer, bijvoorbeeld op een usb-stick.
settings-backup-make-title = Een back-up maken
# Variables:
#   $min (Number) - het minimale aantal tekens
settings-backup-make-help = Kies een wachtwoordzin voor de back-up van minstens { $min } tekens. Je hebt hem nodig om de back-up terug te zetten, en niemand kan hem voor jou terugvinden.
settings-backup-passphrase = Wachtwoordzin voor de back-up
settings-backup-passphrase-again = Bevestig de wachtwoordzin
settings-backup-passphrase-mismatch = De twee wachtwoordzinnen zijn niet gelijk. Typ twee keer dezelfde.
settings-backup-make = Een back-up maken…
settings-backup-making = Back-up wordt gemaakt…
settings-backup-filter = Passerelle-back-up
# Variables:
#   $path (String) - waar de back-up werd opgeslagen
settings-backup-saved = Je back-up is opgeslagen in { $path }.
# Variables:
#   $badges (Number) - hoeveel badges hij bevat
#   $skills (Number) - hoeveel zelf verklaarde vaardigheden hij bevat
#   $endorsements (Number) - hoeveel aanbevelingen hij bevat
settings-backup-saved-counts = Hij bevat { $badges } { $badges ->
        [one] badge
       *[other] badges
    }, { $skills } zelf { $skills ->
        [one] verklaarde vaardigheid
       *[other] verklaarde vaardigheden
    } en { $endorsements } { $endorsements ->
        [one] aanbeveling
       *[other] aanbevelingen
    }.
settings-backup-cancelled = Er is niets opgeslagen: er is geen plaats voor het bestand gekozen.
settings-backup-restore-title = Een back-up terugzetten
settings-backup-restore-help = Alles uit de back-up wat deze portefeuille nog niet bevat, wordt eraan toegevoegd. Er wordt niets vervangen: je profiel, je instellingen en je sleutel blijven zoals ze zijn.
settings-backup-restore = Een back-up terugzetten…
# Variables:
#   $name (String) - de naam van het back-upbestand
settings-backup-chosen = Back-upbestand: { $name }
settings-backup-restore-passphrase = Wachtwoordzin van de back-up
settings-backup-restore-confirm = Terugzetten
settings-backup-restoring = Bezig met terugzetten…
settings-backup-restore-other = Een ander bestand kiezen
settings-backup-no-file = Er is niets teruggezet: er is geen bestand gekozen.
# Variables:
#   $name (String) - de naam van het back-upbestand
settings-backup-restored = De back-up { $name } is teruggezet in je portefeuille.
# Variables:
#   $kind (String) - badges, self-declared, endorsements, evidence, documents, notes, plan, offers, places of cv
settings-backup-kind =
    { $kind ->
        [badges] Badges
        [self-declared] Zelf verklaarde vaardigheden
        [endorsements] Aanbevelingen
        [evidence] Bewijsstukken
        [documents] Documenten voor offline controle
        [notes] Gespreksnotities
        [plan] Opleidingen in je plan
        [offers] Geïmporteerd opleidingsaanbod
        [places] Geïmporteerde leerplekken
        [cv] Cv-teksten
       *[other] Andere items
    }
# Variables:
#   $added (Number) - hoeveel er uit de back-up zijn toegevoegd
#   $existing (Number) - hoeveel er al in de portefeuille zaten
settings-backup-count = { $added } toegevoegd, { $existing } waren er al
settings-backup-nothing-new = Je portefeuille bevatte al alles uit deze back-up: er is niets toegevoegd.
settings-backup-profile-kept = Je profiel is gebleven zoals het was.
settings-backup-profile-restored = Je profiel is uit de back-up overgenomen, omdat deze portefeuille er geen had.
settings-backup-settings-kept = Je instellingen zijn gebleven zoals ze waren.
settings-backup-key-kept = De sleutel uit de back-up is niet teruggezet, omdat deze portefeuille een eigen sleutel heeft. De vaardigheden die met de sleutel uit de back-up zijn ondertekend, blijven geldig.
settings-backup-key-restored = De sleutel uit de back-up is nu de sleutel van deze portefeuille, die er geen had.
settings-backup-key-same = De back-up bevat de eigen sleutel van deze portefeuille.

## Evidence files

evidence-legend = Bestanden als bewijs
evidence-help = Documenten die je werk tonen, bewaard in je portefeuille: een pdf, een afbeelding (PNG, JPEG, WebP), een tekstbestand of een kantoordocument. Hoogstens { $max } bestanden, elk hoogstens { $size } MB.
evidence-filter = Documenten en afbeeldingen
evidence-add = Bestanden toevoegen…
evidence-adding = De bestanden worden gecontroleerd…
evidence-remove-short = Verwijderen
evidence-remove = { $name } verwijderen
evidence-list-label =
    { $count ->
        [one] { $count } bestand gekozen
       *[other] { $count } bestanden gekozen
    }
evidence-duplicate = ‘{ $name }’ staat al in de lijst.
evidence-badge-title = Bestanden als bewijs
evidence-badge-help = Deze bestanden worden in je portefeuille bewaard. De ondertekende competentie noemt elk bestand bij een vingerafdruk van de inhoud, zodat wie een kopie krijgt kan nagaan of het hetzelfde bestand is.
evidence-save = Een kopie opslaan…
evidence-saving = Bezig met opslaan…
evidence-save-label = Een kopie opslaan van { $name }
evidence-saved = Een kopie van ‘{ $name }’ is opgeslagen in { $path }.

## Trainings

trainings-sample-notice = Deze opleidingen zijn een voorbeeldcatalogus, samengesteld op basis van de echte aanbieders in de regio om te tonen hoe Passerelle werkt. Controleer elk detail bij de aanbieder voor je je inschrijft; de eigen gegevens van de aanbieder zullen ze vervangen.
trainings-loading = Opleidingen laden…
# Variables:
#   $profile (String) - the role profile aimed at, e.g. ICT project manager
trainings-gap-title = Wat je nog mist voor { $profile }
# Variables:
#   $open (Number) - competences not yet at the level the role asks
#   $total (Number) - competences of the role
trainings-gap-summary =
    { $open ->
        [0] Je portfolio toont alle { $total } competenties op het niveau dat de job vraagt.
        [one] 1 van de { $total } competenties zit nog onder het niveau dat de job vraagt.
       *[other] { $open } van de { $total } competenties zitten nog onder het niveau dat de job vraagt.
    }
# Variables:
#   $current (Number) - the level the portfolio shows (1…5)
#   $target (Number) - the level the role asks (1…5)
trainings-gap-level = e-{ $current } van e-{ $target }
# Variables:
#   $target (Number) - the level the role asks (1…5)
trainings-gap-none = nog niet aangetoond, e-{ $target } gevraagd
trainings-gap-review-link = Bekijk het volledige overzicht
trainings-filters-title = Opleidingen filteren
trainings-filter-regions = Regio
trainings-filter-modalities = Vorm
trainings-filter-language = Onderwijstaal
trainings-filter-any-language = Alle talen
trainings-filter-distance = Afstand van thuis
trainings-filter-any-distance = Elke afstand
# Variables:
#   $km (Number) - a distance in kilometres
trainings-filter-km = Binnen { $km } km
trainings-filter-distance-needs-place = Om op afstand te filteren, vul je gemeente of postcode in je profiel in.
trainings-filter-distance-settings-link = Instellingen openen
trainings-filter-from = Start vanaf
trainings-filter-to = Start uiterlijk op
trainings-filter-dates-order = De eerste datum moet voor de tweede komen.
trainings-filters-apply = Opleidingen tonen
trainings-filters-reset = Filters wissen
trainings-modality-in-person = Klassikaal
trainings-modality-distance = Afstandsonderwijs
trainings-modality-blended = Gemengd
trainings-list-title = Opleidingen die je kloof dichten
trainings-list-empty = Geen opleiding past bij deze filters. Probeer minder filters of een grotere afstand.
# Variables:
#   $count (Number) - hoeveel opleidingen er in totaal aanbevolen worden
trainings-list-show-all = Alle { $count } opleidingen tonen
# Variables:
#   $count (Number) - how many trainings are listed
trainings-list-count =
    { $count ->
        [one] 1 opleiding, de beste eerst.
       *[other] { $count } opleidingen, de beste eerst.
    }
trainings-cross-border = Een kans over de grens
trainings-fact-modality = Vorm
trainings-fact-languages = Talen
trainings-fact-where = Waar
# Variables:
#   $km (Number) - distance in kilometres
trainings-fact-km = op { $km } km
trainings-fact-next-session = Volgende sessie
trainings-fact-no-session = Nog geen datum
trainings-fact-covers = Competenties
trainings-fact-score = Kloof gedicht
# Variables:
#   $score (Number) - share of the gap closed, in percent
trainings-score = { $score } %
trainings-reasons-title = Waarom deze opleiding
trainings-add-to-plan = Toevoegen aan mijn plan
trainings-in-plan = In mijn plan
trainings-open-offer = Details
trainings-plan-title = Mijn plan
trainings-plan-empty = Je plan is leeg. Voeg de opleidingen toe die je wilt volgen en bespreek ze met je begeleider.
# Variables:
#   $date (String) - the start date of the next session, already formatted
trainings-plan-next = start op { $date }
# Variables:
#   $id (String) - the id of an offer no longer in the catalogue
trainings-plan-gone = Een opleiding die niet meer in de catalogus staat ({ $id })
trainings-plan-remove = Verwijderen
# Variables:
#   $title (String) - the training's title
trainings-plan-remove-label = { $title } uit mijn plan verwijderen
trainings-map-section = Kaart van de Eurometropool
trainings-map-title = Kaart van de Eurometropool: leerplekken en opleidingen
# Variables:
#   $places (Number) - learning places drawn
#   $offers (Number) - listed trainings drawn
trainings-map-desc = Een eenvoudige tekening van Rijsel, Kortrijk, Doornik en de steden eromheen, met de Frans-Belgische grens, de taalgrens, { $places } leerplekken en { $offers } van de opleidingen in de lijst. Dezelfde plaatsen staan hieronder in een lijst.
trainings-map-legend-places = Leerplek
trainings-map-legend-offers = Opleiding uit de lijst
trainings-map-legend-home = Waar je woont
trainings-map-legend-border = Frans-Belgische grens (bij benadering)
trainings-map-legend-language-border = Taalgrens (bij benadering)
trainings-map-list-title = Plaatsen op de kaart
# Variables:
#   $municipality (String) - where the learner lives
trainings-map-home = Waar je woont: { $municipality }
trainings-place-kind-epn = Openbare digitale ruimte (EPN)
trainings-place-kind-campus = Campus
trainings-place-kind-hub = Digitale hub
trainings-place-kind-library = Bibliotheek
trainings-place-kind-training-centre = Opleidingscentrum
trainings-import-title = Een catalogus importeren
trainings-import-help = Voeg het opleidingsaanbod van een aanbieder toe: een Passerelle-JSON-bestand, een LHEO-XML-bestand (de Franse standaard) of het CSV-sjabloon. Aanbod met dezelfde identificatie wordt bijgewerkt, niet verdubbeld.
trainings-import-button = Een catalogus importeren…
trainings-import-busy = Bezig met importeren…
trainings-import-filter = Opleidingscatalogi
# Variables:
#   $added (Number) - new offers
#   $updated (Number) - offers whose content changed
#   $unchanged (Number) - offers already there as they are
#   $places (Number) - learning places in the file
trainings-import-summary = Catalogus geïmporteerd: { $added } nieuw, { $updated } bijgewerkt, { $unchanged } ongewijzigd, { $places } leerplekken.
trainings-offer-back = Terug naar de opleidingen
trainings-offer-missing-title = Opleiding niet gevonden
trainings-offer-sample = Voorbeeldgegevens
trainings-offer-facts = In het kort
trainings-offer-duration = Duur
# Variables:
#   $hours (Number) - duration in hours
trainings-offer-hours =
    { $hours ->
        [one] 1 uur
       *[other] { $hours } uur
    }
trainings-offer-rhythm = Ritme
trainings-offer-eqf = EQF-niveau
# Variables:
#   $level (Number) - EQF level, 1…8
trainings-offer-eqf-level = Niveau { $level }
trainings-offer-certification = Getuigschrift
trainings-offer-cost = Prijs
trainings-offer-cost-free = Gratis
trainings-offer-cost-unknown = Vraag het aan de aanbieder
# Variables:
#   $amount (String) - the price in euros, already formatted
trainings-offer-cost-eur = € { $amount }
trainings-offer-competences = Competenties die je leert
# Variables:
#   $level (Number) - e-CF level reached, 1…5
trainings-offer-competence-level = tot niveau e-{ $level }
trainings-offer-none = Niet vermeld.
trainings-offer-sessions = Sessies
# Variables:
#   $start (String) - start date, already formatted
#   $end (String) - end date, already formatted
trainings-offer-session-dates = Van { $start } tot { $end }
# Variables:
#   $start (String) - start date, already formatted
trainings-offer-session-start = Start op { $start }
trainings-offer-session-undated = Data nog niet bekend
trainings-offer-register = Inschrijven via:
trainings-offer-funding = Wie betaalt
trainings-funding-who-everyone = Iedereen
trainings-funding-who-employee = Werknemers
trainings-funding-who-employer = Werkgevers
trainings-funding-who-self-employed = Zelfstandigen
trainings-funding-who-job-seeker-forem = Werkzoekenden ingeschreven bij Forem
trainings-funding-who-job-seeker-vdab = Werkzoekenden ingeschreven bij VDAB
trainings-funding-who-job-seeker-actiris = Werkzoekenden ingeschreven bij Actiris
trainings-funding-who-job-seeker-france-travail = Werkzoekenden ingeschreven bij France Travail
trainings-funding-who-cross-border-job-seeker = Grensoverschrijdende werkzoekenden
trainings-funding-kind-free = gratis
trainings-funding-kind-reduced = verminderd tarief
trainings-funding-kind-paid = volledig tarief
trainings-offer-where = Waar het doorgaat
trainings-offer-nowhere = Online: je hoeft je niet te verplaatsen.
trainings-offer-source = Bron van de gegevens
# Variables:
#   $date (String) - when the data was retrieved, already formatted
trainings-offer-retrieved = opgehaald op { $date }
# Variables:
#   $licence (String) - the data's licence
trainings-offer-licence = Licentie: { $licence }
