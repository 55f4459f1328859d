# Training recommendations (issue 5): why an offer is recommended and what applies.
# One message per reason code of crates/wallet/src/trainings/recommend.rs; Rust
# renders them for the command line, the UI renders them from the same codes + args.

# Variables:
#   $code (String) - e-CF competence code, e.g. E.3
#   $title (String) - its title
#   $to (String) - the e-CF level (1…5) the training brings you to
trainings-reason-teaches = Teaches { $code } { $title } up to level e-{ $to }: your portfolio does not show it yet.
# Variables:
#   $code (String) - e-CF competence code, e.g. E.2
#   $title (String) - its title
#   $from (String) - the level your portfolio shows (1…5)
#   $to (String) - the level the training brings you to (1…5)
trainings-reason-closes-gap = Takes { $code } { $title } from level e-{ $from } to e-{ $to }.
# Variables:
#   $code (String) - e-CF competence code
#   $title (String) - its title
#   $level (String) - the level it confirms (1…5)
trainings-reason-confirms = Confirms { $code } { $title } at level e-{ $level }: today only your own declaration shows it.
# Variables:
#   $region (String) - region code of the offer: BE-WAL, BE-VLG, BE-BRU or FR-HDF
trainings-reason-cross-border = A chance across the border: this training is in { $region ->
        [BE-WAL] Wallonia
        [BE-VLG] Flanders
        [BE-BRU] Brussels
        [FR-HDF] Hauts-de-France
       *[other] { $region }
    }.
# Variables:
#   $country (String) - country code of the offer: BE or FR
#   $home (String) - country code where you live: BE or FR
trainings-reason-recognition-abroad = Its certificate comes from { $country ->
        [FR] France
        [BE] Belgium
       *[other] { $country }
    }: recognition in { $home ->
        [FR] France
        [BE] Belgium
       *[other] your country
    } is not automatic. Ask your counsellor (or the ENIC-NARIC centre) before you enrol.
# Variables:
#   $region (String) - region code of the offer
trainings-reason-recognition-region = Its certificate is issued in { $region ->
        [BE-WAL] Wallonia
        [BE-VLG] Flanders
        [BE-BRU] Brussels
        [FR-HDF] Hauts-de-France
       *[other] { $region }
    }: ask your counsellor how it counts where you live.
# Variables:
#   $km (String) - distance in kilometres
trainings-reason-cross-border-travel = About { $km } km across the border: check the journey, its cost and any travel support.
# Variables:
#   $language (String) - ISO 639-1 code of a language you speak
trainings-reason-language = Taught in { $language ->
        [fr] French
        [nl] Dutch
        [en] English
        [de] German
       *[other] “{ $language }”
    }, a language you speak.
# Variables:
#   $languages (String) - the offer's language codes, comma-separated
trainings-reason-language-not-spoken = Taught in { $languages ->
        [fr] French
        [nl] Dutch
        [en] English
        [de] German
       *[other] { $languages }
    }, which is not among the languages you speak at B1 or better.
# Variables:
#   $languages (String) - the offer's language codes, comma-separated
trainings-reason-taught-in = Taught in { $languages ->
        [fr] French
        [nl] Dutch
        [en] English
        [de] German
       *[other] { $languages }
    }.
trainings-reason-at-distance = Followed at a distance: no journey needed.
trainings-reason-blended = Partly at a distance, partly in class.
# Variables:
#   $km (String) - distance in kilometres
#   $place (String) - the municipality where it is held
trainings-reason-distance = Held in { $place }, about { $km } km from where you live.
# Variables:
#   $date (String) - the start date, YYYY-MM-DD
trainings-reason-next-session = Next session starts on { $date }.
trainings-reason-no-upcoming-session = No upcoming session is announced yet.
# Variables:
#   $who (String) - who it is free for: everyone, job-seeker-forem, job-seeker-vdab, job-seeker-actiris, job-seeker-france-travail, employee, or another code
trainings-reason-free-for = Free { $who ->
        [everyone] for everyone
        [job-seeker-forem] for job seekers registered with Le Forem
        [job-seeker-vdab] for job seekers registered with VDAB
        [job-seeker-actiris] for job seekers registered with Actiris
        [job-seeker-france-travail] for job seekers registered with France Travail
        [employee] for employees (through their employer)
       *[other] for: { $who }
    }.
# Variables:
#   $amount (String) - the price in euros
trainings-reason-price = Costs { $amount } € if you pay yourself.
