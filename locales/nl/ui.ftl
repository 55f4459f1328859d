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
home-step-badges-title = Importeer de badges die je al hebt
home-step-badges-body = Badges die je per e-mail kreeg of downloadde van een opleidingsplatform, als afbeelding of als JSON-bestand.
home-step-badges-action = Naar Badges
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
badges-soon-import = Je badges importeren uit bestanden, één voor één of veel tegelijk
badges-soon-verify = Zien welke badges gecontroleerd zijn, welke aandacht vragen, en waarom
badges-soon-export = Je badges ongewijzigd delen, zodat iedereen ze zonder Passerelle kan controleren

## Competenties

skills-title = Competenties
skills-intro = Niet alles wat je kunt, staat op een diploma. Hier beschrijf je de competenties die je opbouwde in IT-projecten, op het werk of als vrijwilliger, gekoppeld aan de Europese referentiekaders e-CF en ESCO. Zo lezen werkgevers en begeleiders ze aan beide kanten van de grens op dezelfde manier.
skills-soon-choose = Competenties kiezen uit het e-CF en uit het ESCO-profiel van ICT-projectmanager
skills-soon-level = Aangeven hoe goed je elke competentie beheerst, met een voorbeeld uit je ervaring
skills-soon-endorse = Een begeleider of collega vragen om een competentie te bevestigen die hij of zij je heeft zien toepassen

## Opleidingen

trainings-title = Opleidingen
trainings-intro = Opleidingen in Wallonië, Hauts-de-France en Vlaanderen die je dichter bij de job brengen die je wilt. Passerelle vergelijkt je competenties met wat die job vraagt en stelt opleidingen voor die het verschil overbruggen, waar ze ook zijn in de Eurometropool.
trainings-soon-compare = Je competenties vergelijken met een doeljob, zoals ICT-projectmanager
trainings-soon-browse = Opleidingen aan beide kanten van de grens bekijken die je profiel aanvullen
trainings-soon-plan = De opleidingen die je kiest bijhouden in een actieplan

## Cv en export

cv-title = Cv en export
cv-intro = Maak van je portefeuille een overzichtelijk cv in het Nederlands, het Frans of het Engels, in welke taal deze schermen ook staan, en deel je badges in een vorm die een werkgever of school zonder Passerelle kan controleren.
cv-soon-language = De taal van je cv kiezen, los van de taal van deze schermen
cv-soon-pdf = Je cv exporteren als pdf, klaar om te versturen of af te drukken
cv-soon-bundle = Je badges bundelen in één bestand dat iedereen kan controleren

## Gesprek met je begeleider

review-title = Bespreken met je begeleider
review-intro = Voor een kort gesprek met een begeleider van VDAB, Forem of France Travail: in enkele seconden is duidelijk wat gecontroleerd is en wat je zelf hebt opgegeven, zodat de tijd naar je plannen gaat. De begeleider kan competenties bevestigen die hij of zij heeft nagekeken en samen met jou de volgende stappen afspreken.
review-soon-open = Een portfolio of een bundel badges openen bij het begin van het gesprek
review-soon-overview = Meteen zien wat gecontroleerd is en wat je zelf hebt opgegeven
review-soon-plan = Nagekeken competenties bevestigen en samen een actieplan afspreken

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
