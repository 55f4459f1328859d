## Foutmeldingen voor de gebruiker. Elke id is `error-<code>`, waarbij <code> de vaste
## code is die de Rust-kern met de fout meestuurt (crates/wallet/src/error.rs).

error-no-data-dir = Passerelle vindt geen map om je portefeuille in te bewaren. Kies er een met de instelling PASSERELLE_WALLET.
# Variables:
#   $path (String) - de map van de portefeuille
#   $detail (String) - wat het systeem meldde
error-wallet-dir = Passerelle kan de map { $path } niet gebruiken voor je portefeuille: { $detail }
# Variables:
#   $path (String) - de map van de portefeuille
#   $found (Number) - de versie van de portefeuille
#   $supported (Number) - de nieuwste versie die deze Passerelle kent
error-wallet-too-new = De portefeuille in { $path } is opgeslagen met een nieuwere versie van Passerelle (versie { $found }; deze kent versies tot { $supported }). Werk Passerelle bij om hem te openen. Er is niets gewijzigd.
# Variables:
#   $path (String) - het geopende bestand
#   $detail (String) - wat de database meldde
error-not-a-wallet = Het bestand { $path } is geen Passerelle-portefeuille, of het is beschadigd. Er is niets gewijzigd. ({ $detail })
# Variables:
#   $detail (String) - wat er misging
error-backup-failed = Voordat Passerelle je portefeuille bijwerkt, maakt het er een kopie van, en die kopie kon niet worden gemaakt. Je portefeuille is niet gewijzigd. ({ $detail })
# Variables:
#   $version (Number) - de versie die wordt geïnstalleerd
#   $detail (String) - wat er misging
error-migration-failed = Het bijwerken van je portefeuille naar versie { $version } is mislukt. Je portefeuille is gebleven zoals hij was. ({ $detail })
# Variables:
#   $detail (String) - wat de database meldde
error-database = Je portefeuille kon niet worden gelezen of opgeslagen. ({ $detail })
# Variables:
#   $value (String) - de gevraagde taal
error-unsupported-language = Passerelle spreekt geen „{ $value }”. Kies Frans (fr), Nederlands (nl) of Engels (en).
# Variables:
#   $value (String) - het gevraagde thema
error-unsupported-theme = „{ $value }” is geen thema. Kies system (zoals het systeem), light (licht) of dark (donker).
# Variables:
#   $path (String) - het bestand
#   $detail (String) - wat het systeem meldde
error-read-file = Het bestand { $path } kon niet worden gelezen. ({ $detail })
# Variables:
#   $detail (String) - de fout zoals die werd gemeld
error-unexpected = Er ging iets onverwachts mis. ({ $detail })
# Variables:
#   $id (String) - de gevraagde badge
error-no-such-badge = Deze badge zit niet meer in je portefeuille.
error-invalid-email = ‘{ $value }’ is geen e-mailadres. Schrijf het als naam@voorbeeld.be.
# Variables:
#   $field (String) - language, level, region, municipality of postcode
#   $value (String) - wat de persoon opgaf
error-invalid-profile =
    { $field ->
        [language] ‘{ $value }’ is geen taal uit de lijst van Passerelle. Kies er een uit de lijst.
        [level] ‘{ $value }’ is geen niveau. Gebruik A1, A2, B1, B2, C1, C2 of ‘moedertaal’.
        [region] ‘{ $value }’ is geen regio die Passerelle kent.
        [municipality] De naam van de gemeente is te lang of bevat tekens die niet bewaard kunnen worden.
        [postcode] ‘{ $value }’ is geen postcode van de gekozen regio. Controleer de regio en de postcode.
       *[other] Je profiel kan zo niet bewaard worden ({ $field }).
    }
# Variables:
#   $reason (String) - too-large, unsupported of damaged
error-invalid-photo =
    { $reason ->
        [too-large] Deze foto is groter dan 8 MB. Kies een kleinere.
        [unsupported] Kies een foto in PNG-, JPEG-, WebP- of GIF-formaat.
       *[other] Deze foto is beschadigd en kan niet gelezen worden. Kies een andere.
    }
# Variables:
#   $value (String) - de waarde van PASSERELLE_KEYSTORE
error-unsupported-keystore = ‘{ $value }’ is geen plek waar Passerelle je sleutel kan bewaren. Zet PASSERELLE_KEYSTORE op os (de sleutelhanger van het systeem) of file (een bestand dat met een wachtwoordzin is beveiligd).
error-passphrase-needed = Je sleutel wordt bewaard in een bestand dat met een wachtwoordzin is beveiligd. Vul je wachtwoordzin in om hem te gebruiken.
# Variables:
#   $min (Number) - het kleinste toegestane aantal tekens
error-passphrase-too-short = Deze wachtwoordzin is te kort. Gebruik minstens { $min } tekens; een paar woorden die je makkelijk onthoudt, werken prima.
error-wrong-passphrase = Dat is niet de wachtwoordzin van je sleutel. Probeer het opnieuw; je sleutel is niet gewijzigd.
# Variables:
#   $path (String) - het sleutelbestand
#   $detail (String) - wat er mis is met het bestand
error-key-file-corrupt = Je sleutelbestand { $path } is beschadigd, waardoor je sleutel niet kan worden gelezen. Het bestand is ongewijzigd gebleven: bewaar het goed, een reservekopie kan helpen. ({ $detail })
# Variables:
#   $path (String) - het sleutelbestand
#   $detail (String) - wat het systeem meldde
error-key-file = Passerelle kon je sleutelbestand { $path } niet lezen of opslaan. ({ $detail })
# Variables:
#   $detail (String) - wat de sleutelhanger meldde
error-keyring-unavailable = De sleutelhanger van het systeem kan nu niet worden gebruikt. Controleer of hij ontgrendeld is en probeer het opnieuw. Er is niets gewijzigd. ({ $detail })
error-keyring-entry-missing = De sleutel van deze portefeuille werd bewaard in de sleutelhanger van het systeem, maar de sleutelhanger van deze computer heeft hem niet. Misschien staat hij op de computer waarop de portefeuille is aangemaakt. Er is geen nieuwe sleutel gemaakt.
# Variables:
#   $store (String) - waar de sleutel werd opgeslagen: os (de sleutelhanger van het systeem) of file
error-key-not-saved = Passerelle heeft een nieuwe sleutel gemaakt, maar kon hem niet teruglezen op de plek waar hij werd opgeslagen ({ $store }). Daarom is hij niet gebruikt. Er is niets ondertekend.
error-invalid-declaration =
    { $field ->
        [competence] ‘{ $value }’ is geen competentie die Passerelle kent. Kies er een uit de lijst.
        [level] Dit niveau bestaat niet voor deze competentie. Kies een van de aangeboden niveaus.
        [context] Zeg in een paar woorden wat je hebt gedaan: dat maakt de competentie geloofwaardig.
        [link] ‘{ $value }’ is geen webadres dat met https:// begint.
        [comment] Schrijf een opmerking: zeg wat je hebt gecontroleerd en hoe.
        [note] Schrijf de notitie voor je ze opslaat.
        [counsellor] Zeg wie de notitie schrijft.
        [endorser] Zeg wie onderschrijft: je naam en, als je wilt, je organisatie.
        [profile] ‘{ $value }’ is geen beroepsprofiel dat Passerelle kent.
       *[other] Deze competentie kan niet zo worden opgeslagen ({ $field }).
    }
error-signing = De competentie kon niet worden ondertekend: er is niets opgeslagen. ({ $detail })
error-not-endorsable =
    { $reason ->
        [failed] Dit bewijsstuk doorstaat de controle niet en kan dus niet worden onderschreven.
        [no-id] Dit bewijsstuk heeft geen identificatie waarnaar een onderschrijving kan verwijzen.
        [endorsement] Dit bestand is zelf een onderschrijving. Onderschrijf liever het bewijsstuk waarover het gaat.
       *[other] Dit bestand bevat geen bewijsstuk dat kan worden onderschreven.
    }
error-write-file = Kon { $path } niet schrijven: { $detail }

## Evidence files

error-bad-evidence-file =
    { $reason ->
        [unreadable] Passerelle kan ‘{ $name }’ niet openen. Controleer of het bestand er nog is en kies het opnieuw. Er is niets opgeslagen.
        [empty] ‘{ $name }’ is leeg. Kies een ander bestand. Er is niets opgeslagen.
        [too-large] ‘{ $name }’ is groter dan { $max_mib } MB. Kies een kleiner bestand of geef een link. Er is niets opgeslagen.
       *[type] ‘{ $name }’ is geen pdf, afbeelding (PNG, JPEG, WebP), tekstbestand of kantoordocument (OpenDocument, Word, Excel, PowerPoint). Er is niets opgeslagen.
    }
error-too-many-evidence-files = Je kunt hoogstens { $max } bestanden bij één competentie voegen. Verwijder er een paar en sla opnieuw op. Er is niets opgeslagen.
error-no-such-evidence = Dit bewijsbestand staat niet in je portefeuille ({ $id }).

## Endorsing (desktop)

error-self-endorsement = Deze sleutel is van de eigenaar van deze portefeuille. Je kunt je eigen bewijsstukken niet onderschrijven: de onderschrijving moet ondertekend zijn met de sleutel van wie ervoor instaat. Er is niets gewijzigd.
error-text-too-long =
    { $field ->
        [comment] De opmerking is te lang: hoogstens { $max } tekens.
        [endorser] De naam is te lang: hoogstens { $max } tekens.
       *[other] Deze tekst is te lang: hoogstens { $max } tekens.
    }

## Opleidingscatalogi

error-catalogue-invalid =
    { $detail ->
        [too-large] Dit catalogusbestand is te groot: er kan ten hoogste { $value } MB worden geïmporteerd. Er is niets geïmporteerd.
        [too-many-offers] Deze catalogus bevat te veel opleidingen: er kunnen er ten hoogste { $value } tegelijk worden geïmporteerd. Splits het bestand en importeer elk deel apart. Er is niets geïmporteerd.
        [unknown-format] Passerelle herkent dit bestand niet als een opleidingscatalogus. Gebruik het JSON-formaat van Passerelle, een LHEO XML-bestand of het CSV-sjabloon. Er is niets geïmporteerd.
        [empty] Deze catalogus bevat geen enkele opleiding. Er is niets geïmporteerd.
        [encoding] Regel { $line } bevat tekens die geen UTF-8-tekst zijn. Sla het bestand op als UTF-8 en importeer het opnieuw. Er is niets geïmporteerd.
        [syntax] Regel { $line } kan niet gelezen worden: het bestand is beschadigd of niet correct opgesteld ({ $value }). Er is niets geïmporteerd.
        [entities] Regel { $line } declareert een documenttype of entiteiten; Passerelle weigert dat om veiligheidsredenen. Verwijder de DOCTYPE en importeer het bestand opnieuw. Er is niets geïmporteerd.
        [too-deep] Regel { $line }: de elementen zijn te diep genest. Er is niets geïmporteerd.
        [schema] Regel { $line } komt niet overeen met het catalogusformaat ({ $value }). Er is niets geïmporteerd.
        [format-version] Regel { $line }: het formaat ‘{ $value }’ wordt niet ondersteund; Passerelle leest passerelle-trainings/1. Er is niets geïmporteerd.
        [not-lheo] Dit XML-bestand is geen LHEO-catalogus: het hoofdelement is ‘{ $value }’. Er is niets geïmporteerd.
        [missing-column] De kopregel (regel { $line }) mist de kolom ‘{ $value }’. Zie het CSV-sjabloon in de documentatie. Er is niets geïmporteerd.
        [unknown-column] De kopregel (regel { $line }) bevat een kolom die Passerelle niet kent: ‘{ $value }’. Er is niets geïmporteerd.
        [duplicate-column] De kopregel (regel { $line }) bevat de kolom ‘{ $value }’ twee keer. Er is niets geïmporteerd.
        [column-count] Regel { $line } heeft niet evenveel cellen als de kopregel ({ $value }). Er is niets geïmporteerd.
        [missing-id] Regel { $line }: de opleiding heeft geen identificatie. Er is niets geïmporteerd.
        [duplicate-id] Regel { $line }: de identificatie ‘{ $value }’ wordt al gebruikt door een andere opleiding in dit bestand. Er is niets geïmporteerd.
        [missing-title] Regel { $line }: de opleiding heeft geen titel. Er is niets geïmporteerd.
        [missing-provider] Regel { $line }: de opleiding vermeldt niet wie ze geeft. Er is niets geïmporteerd.
        [unknown-region] Regel { $line }: ‘{ $value }’ is geen regio die Passerelle kent (BE-WAL, BE-VLG, BE-BRU of FR-HDF). Er is niets geïmporteerd.
        [bad-modality] Regel { $line }: ‘{ $value }’ is geen manier om een opleiding te volgen (in-person, distance of blended). Er is niets geïmporteerd.
        [missing-language] Regel { $line }: de opleiding vermeldt niet in welke taal ze gegeven wordt. Er is niets geïmporteerd.
        [bad-language] Regel { $line }: ‘{ $value }’ is geen taalcode van twee letters zoals fr, nl of en. Er is niets geïmporteerd.
        [bad-date] Regel { $line }: ‘{ $value }’ is geen geldige datum (schrijf datums als 2026-09-14). Er is niets geïmporteerd.
        [date-order] Regel { $line }: een sessie eindigt voor ze begint ({ $value }). Er is niets geïmporteerd.
        [bad-number] Regel { $line }: ‘{ $value }’ is geen geldig getal. Er is niets geïmporteerd.
        [bad-coordinates] Regel { $line }: ‘{ $value }’ zijn geen geldige coördinaten (breedtegraad van -90 tot 90, lengtegraad van -180 tot 180). Er is niets geïmporteerd.
        [bad-level] Regel { $line }: ‘{ $value }’ is geen e-CF-niveau; de niveaus gaan van 1 tot 5. Er is niets geïmporteerd.
        [bad-eqf-level] Regel { $line }: ‘{ $value }’ is geen EKK-niveau; de niveaus gaan van 1 tot 8. Er is niets geïmporteerd.
        [unknown-competence] Regel { $line }: ‘{ $value }’ is geen e-CF-competentie (codes zien eruit als E.2 of A.8). Er is niets geïmporteerd.
        [bad-competence] Regel { $line }: ‘{ $value }’ is niet geschreven als een competentie met een niveau, zoals E.2:4. Er is niets geïmporteerd.
        [too-long] Regel { $line }: een tekst is te lang ({ $value }). Er is niets geïmporteerd.
       *[other] Regel { $line } is niet geldig ({ $value }). Er is niets geïmporteerd.
    }

# Variables:
#   $id (String) - the role profile asked for
error-unknown-profile = Passerelle kent geen beroepsprofiel ‘{ $id }’. Het beschikbare profiel is ict-project-manager.
# Variables:
#   $field (String) - regions, languages, modalities, maxDistanceKm, from, to or dates
#   $value (String) - what was given
error-invalid-training-filter =
    { $field ->
        [regions] ‘{ $value }’ is geen regio van de opleidingen. Kies BE-WAL, BE-VLG, BE-BRU of FR-HDF.
        [languages] ‘{ $value }’ is geen taalcode van twee letters zoals fr, nl of en.
        [modalities] ‘{ $value }’ is geen manier om een opleiding te volgen. Kies in-person (klassikaal), distance (op afstand) of blended (gemengd).
        [maxDistanceKm] ‘{ $value }’ is geen bruikbare afstand. Geef een aantal kilometer van 1 tot 1000.
        [from] ‘{ $value }’ is geen geldige datum. Schrijf datums als 2027-01-15.
        [to] ‘{ $value }’ is geen geldige datum. Schrijf datums als 2027-01-15.
        [dates] De eerste datum valt na de laatste ({ $value }). Wissel ze om en probeer opnieuw.
       *[other] Deze filter kan niet gebruikt worden: { $field } ‘{ $value }’.
    }
error-location-needed = Om alleen opleidingen in je buurt te tonen, moet Passerelle weten waar je woont. Vul je gemeente of postcode in je profiel in.
# Variables:
#   $id (String) - the offer id
error-no-such-offer = De opleiding ‘{ $id }’ staat niet (meer) in de catalogus. Er is niets gewijzigd.
# Variables:
#   $path (String) - het back-upbestand
#   $detail (String) - wat er mis is met het bestand
error-backup-corrupt = Het bestand { $path } is geen back-up van Passerelle, of het is beschadigd, en kan dus niet worden teruggezet. Er is niets gewijzigd. ({ $detail })
error-backup-wrong-passphrase = Dat is niet de wachtwoordzin van deze back-up. Probeer het opnieuw; er is niets gewijzigd.
# Variables:
#   $path (String) - de map van de portefeuille
error-restore-not-empty = De portefeuille in { $path } bevat al bewijzen of een sleutel. Een back-up kan alleen in een lege portefeuille worden teruggezet; er is niets gewijzigd.
# Variables:
#   $path (String) - de map van de portefeuille
error-wallet-busy = De portefeuille in { $path } is geopend in een ander Passerelle-venster of een andere opdracht. Sluit die en probeer het opnieuw; er is niets gewijzigd.
# Variables:
#   $field (String) - email, phone, date, period, text, entries of digital-skills
#   $value (String) - wat de persoon opgaf
error-invalid-cv =
    { $field ->
        [email] “{ $value }” is geen e-mailadres. Schrijf het als naam@voorbeeld.be.
        [phone] “{ $value }” is geen telefoonnummer. Gebruik alleen cijfers, spaties en + ( ) -.
        [date] “{ $value }” is geen maand. Schrijf jaar en maand, zoals 2021-09.
        [period] Een ervaring eindigt ({ $value }) voor ze begint. Kijk de data na.
        [text] Een tekst is te lang ({ $value } tekens). Maak hem korter.
        [entries] Je cv heeft te veel items ({ $value }). Hou de belangrijkste.
        [digital-skills] “{ $value }” is te lang voor een digitale vaardigheid, of er zijn er te veel. Hou korte namen zoals “MS Project”.
        [file] “{ $value }” is geen cv-bestand dat Passerelle kan lezen (JSON, zoals `passerelle cv show --json` het toont).
       *[other] Je cv kan niet bewaard worden zoals het is ({ $field }).
    }
# Variables:
#   $detail (String) - wat de opmaakmotor meldde, voor een foutmelding
error-cv-render = Het cv kon niet opgemaakt worden. Dit is een fout in Passerelle; er werd niets bewaard. ({ $detail })
# Variables:
#   $file (String) - het bundelbestand
#   $reason (String) - waarom de bundel geweigerd werd: not-a-zip, too-large, too-many-entries, entry-too-large, expanded-too-large, ratio, size-mismatch, path-parent, path-absolute, path-backslash, path-invalid, symlink, duplicate-name, encrypted, compression, damaged, manifest of presentation
#   $entry (String) - het bestand in de bundel waar het om gaat (kan leeg zijn)
#   $limit (String) - de overschreden grens (MB, bestanden, verhouding), of een detail van de controle
error-bundle-refused =
    { $reason ->
        [not-a-zip] { $file } is geen badgebundel: het is geen zip-archief dat Passerelle kan lezen. Er is niets geïmporteerd.
        [too-large] { $file } is groter dan { $limit } MB, te groot voor een badgebundel. Er is niets geïmporteerd.
        [too-many-entries] { $file } bevat meer dan { $limit } bestanden, te veel voor een badgebundel. Er is niets geïmporteerd.
        [entry-too-large] ‘{ $entry }’ in { $file } is uitgepakt groter dan { $limit } MB. Er is niets geïmporteerd.
        [expanded-too-large] { $file } zou uitgepakt meer dan { $limit } MB innemen. Er is niets geïmporteerd.
        [ratio] ‘{ $entry }’ in { $file } is veel sterker samengeperst dan een echte badge kan zijn (meer dan { $limit } op 1): het lijkt op een zipbom. Er is niets geïmporteerd.
        [size-mismatch] ‘{ $entry }’ in { $file } is uitgepakt groter dan het archief aangeeft: de bundel is beschadigd of kwaadwillig. Er is niets geïmporteerd.
        [path-parent] ‘{ $entry }’ in { $file } verwijst naar een plek buiten de bundel (‘..’). Er is niets geïmporteerd.
        [path-absolute] ‘{ $entry }’ in { $file } is een absoluut pad. Er is niets geïmporteerd.
        [path-backslash] ‘{ $entry }’ in { $file } heeft een omgekeerde schuine streep (\) in de naam. Er is niets geïmporteerd.
        [path-invalid] Een bestand in { $file } heeft een naam die Passerelle niet aanvaardt (‘{ $entry }’). Er is niets geïmporteerd.
        [symlink] ‘{ $entry }’ in { $file } is een symbolische koppeling. Er is niets geïmporteerd.
        [duplicate-name] { $file } bevat twee bestanden met dezelfde naam. Er is niets geïmporteerd.
        [encrypted] ‘{ $entry }’ in { $file } is versleuteld; een badgebundel is dat nooit. Er is niets geïmporteerd.
        [compression] ‘{ $entry }’ in { $file } is samengeperst op een manier die Passerelle niet leest. Er is niets geïmporteerd.
        [damaged] ‘{ $entry }’ in { $file } is beschadigd. Er is niets geïmporteerd.
        [manifest] De lijst van bestanden in { $file } (manifest.json) klopt niet met de inhoud (‘{ $entry }’): de bundel werd gewijzigd nadat hij gemaakt is. Er is niets geïmporteerd.
        [presentation] De handtekening van de houder op { $file } (presentation.json) is niet geldig ({ $limit }): de bundel werd gewijzigd nadat hij gemaakt is. Er is niets geïmporteerd.
       *[other] { $file } werd geweigerd ({ $reason }). Er is niets geïmporteerd.
    }
error-bundle-empty = Kies minstens één badge voor de bundel.
