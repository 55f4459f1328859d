## Passerelle's interface. `en` is the reference: fr and nl have exactly the same
## ids, attributes and variables. Ids start with the feature they belong to.

## Application frame

app-name = Passerelle
app-tagline = Competency wallet
app-skip-link = Skip to main content
app-loading = Opening your wallet…
# Variables:
#   $page (String) - the title of the screen on show
app-window-title = { $page } – Passerelle

## Navigation

nav-label = Main menu
nav-home = Home
nav-badges = Badges
nav-skills = Skills
nav-trainings = Trainings
nav-cv = CV & export
nav-review = Review
nav-settings = Settings

## Home

home-title = Your competency wallet
home-intro = Passerelle keeps your badges, the skills you have gained and your training plans together, so that you can show what you can do to a counsellor, an employer or a training centre, in French, Dutch or English.
home-offline-title = Everything stays on this computer
home-offline-body = Your wallet is kept in a folder on this computer. Passerelle needs no account and no internet connection, and nothing leaves this computer unless you export it yourself.
home-counts-title = In your wallet
# Variables:
#   $count (Number) - how many badges the wallet holds
home-count-badges =
    { $count ->
        [one] badge
       *[other] badges
    }
home-count-badges-help = Digital certificates from training centres, employers and associations.
# Variables:
#   $count (Number) - how many skills the person declared themselves
home-count-self-declared =
    { $count ->
        [one] self-declared skill
       *[other] self-declared skills
    }
home-count-self-declared-help = What you learned on the job, in a project or as a volunteer, in your own words.
# Variables:
#   $count (Number) - how many endorsements the wallet holds
home-count-endorsements =
    { $count ->
        [one] endorsement
       *[other] endorsements
    }
home-count-endorsements-help = Skills that a counsellor, trainer or colleague has confirmed.
home-start-title = Where to start
home-start-intro = Your wallet is empty for now. Three steps are enough to get going.
home-step-badges-title = Import the badges you already have
home-step-badges-body = Badges you received by e-mail or downloaded from a training platform, as image or JSON files.
home-step-badges-action = Go to Badges
home-step-skills-title = Declare the skills you learned on the job
home-step-skills-body = At work, in an IT project or as a volunteer: describe what you did and how well you master it.
home-step-skills-action = Go to Skills
home-step-next-title = Find trainings and export your CV
home-step-next-body = See which trainings in Wallonia, Hauts-de-France and Flanders fill your gaps, then export your CV in French, Dutch or English.
home-step-next-trainings = See trainings
home-step-next-cv = Go to CV & export
home-wallet-folder = Wallet folder

## Shared panel for the parts still being built

soon-title = Arriving in a next version
soon-intro = This part of Passerelle is still being built. Here you will be able to:
soon-honest = Until then this screen stays empty on purpose: Passerelle never shows made-up examples as if they were yours.

## Badges

badges-title = Badges
badges-intro = Open Badges are digital certificates that training centres, employers and associations give for what you have learned. Passerelle checks on this computer that each badge is genuine and still valid, so that you, a counsellor or an employer can trust it at a glance.
badges-soon-import = Import your badges from files, one at a time or many at once
badges-soon-verify = See which badges are verified, which need attention, and why
badges-soon-export = Share your badges unchanged, so that anyone can check them without Passerelle

## Skills

skills-title = Skills
skills-intro = Not everything you can do comes with a certificate. Here you describe the skills you gained in IT projects, at work or as a volunteer, matched to the European references e-CF and ESCO, so that employers and counsellors on both sides of the border read them the same way.
skills-soon-choose = Choose skills from e-CF and from the ESCO profile of ICT project manager
skills-soon-level = Say how well you master each one, with an example from your experience
skills-soon-endorse = Ask a counsellor or a colleague to confirm a skill they have seen you use

## Trainings

trainings-title = Trainings
trainings-intro = Trainings in Wallonia, Hauts-de-France and Flanders that bring you closer to the job you are aiming for. Passerelle compares your skills with what the job asks and suggests trainings that close the gap, wherever they are in the Eurometropole.
trainings-soon-compare = Compare your skills with a target job, such as ICT project manager
trainings-soon-browse = Browse trainings on both sides of the border that fill your gaps
trainings-soon-plan = Keep the trainings you choose in an action plan

## CV and export

cv-title = CV & export
cv-intro = Turn your wallet into a clear CV in French, Dutch or English, whatever the language of these screens, and share your badges in a form that an employer or a school can check without Passerelle.
cv-soon-language = Choose the language of your CV separately from the language of these screens
cv-soon-pdf = Export your CV as a PDF file, ready to send or print
cv-soon-bundle = Put your badges together in one file that anyone can verify

## Review with a counsellor

review-title = Review with a counsellor
review-intro = For a short appointment with a counsellor from Forem, VDAB or France Travail: what is verified and what is self-declared appears in seconds, so that the time goes to your plans. The counsellor can confirm the skills they have checked and agree the next steps with you.
review-soon-open = Open a portfolio or a bundle of badges at the start of the appointment
review-soon-overview = See at once what is verified and what is self-declared
review-soon-plan = Confirm checked skills and agree an action plan together

## Settings

settings-title = Settings
settings-intro = Choose the language and the look of Passerelle. Your choices are saved in your wallet.
settings-language-label = Language
settings-language-help = The language of these screens. Your CV can still be exported in another language.
settings-language-system = Follow the system
# Variables:
#   $language (String) - the name of the language the system uses, in that language
settings-language-system-hint = Now: { $language }
settings-theme-label = Appearance
settings-theme-system = Follow the system
settings-theme-light = Light
settings-theme-dark = Dark
settings-about-title = About this wallet
settings-about-folder = Folder
settings-about-schema = Wallet format version
settings-about-created = Created on

## Errors and alerts

fatal-title = Passerelle cannot open your wallet
fatal-help = You can try again now, or close Passerelle and open it later. If the problem remains, show this message to someone who helps you with your computer.
fatal-retry = Try again
alert-title = That did not work
alert-dismiss = Close this message
