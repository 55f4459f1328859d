# Aanbevolen opleidingen (issue 5): waarom een aanbod aanbevolen wordt en wat er geldt.

# Variables:
#   $code (String) - e-CF competence code, e.g. E.3
#   $title (String) - its title
#   $to (String) - the e-CF level (1…5) the training brings you to
trainings-reason-teaches = Leert { $code } { $title } tot niveau e-{ $to }: je portfolio toont die nog niet.
# Variables:
#   $code (String) - e-CF competence code, e.g. E.2
#   $title (String) - its title
#   $from (String) - the level your portfolio shows (1…5)
#   $to (String) - the level the training brings you to (1…5)
trainings-reason-closes-gap = Brengt { $code } { $title } van niveau e-{ $from } naar e-{ $to }.
# Variables:
#   $code (String) - e-CF competence code
#   $title (String) - its title
#   $level (String) - the level it confirms (1…5)
trainings-reason-confirms = Bevestigt { $code } { $title } op niveau e-{ $level }: vandaag toont alleen je eigen verklaring dat.
# Variables:
#   $region (String) - region code of the offer: BE-WAL, BE-VLG, BE-BRU or FR-HDF
trainings-reason-cross-border = Een kans over de grens: deze opleiding vindt plaats in { $region ->
        [BE-WAL] Wallonië
        [BE-VLG] Vlaanderen
        [BE-BRU] Brussel
        [FR-HDF] Hauts-de-France
       *[other] { $region }
    }.
# Variables:
#   $country (String) - country code of the offer: BE or FR
#   $home (String) - country code where you live: BE or FR
trainings-reason-recognition-abroad = Het getuigschrift komt uit { $country ->
        [FR] Frankrijk
        [BE] België
       *[other] { $country }
    }: de erkenning in { $home ->
        [FR] Frankrijk
        [BE] België
       *[other] je land
    } gaat niet vanzelf. Vraag het je begeleider (of het ENIC-NARIC-centrum) voor je je inschrijft.
# Variables:
#   $region (String) - region code of the offer
trainings-reason-recognition-region = Het getuigschrift wordt uitgereikt in { $region ->
        [BE-WAL] Wallonië
        [BE-VLG] Vlaanderen
        [BE-BRU] Brussel
        [FR-HDF] Hauts-de-France
       *[other] { $region }
    }: vraag je begeleider hoe het meetelt waar je woont.
# Variables:
#   $km (String) - distance in kilometres
trainings-reason-cross-border-travel = Ongeveer { $km } km over de grens: bekijk de reis, de kosten en eventuele vervoerssteun.
# Variables:
#   $language (String) - ISO 639-1 code of a language you speak
trainings-reason-language = Gegeven in het { $language ->
        [fr] Frans
        [nl] Nederlands
        [en] Engels
        [de] Duits
       *[other] ‘{ $language }’
    }, een taal die je spreekt.
# Variables:
#   $languages (String) - the offer's language codes, comma-separated
trainings-reason-language-not-spoken = Gegeven in het { $languages ->
        [fr] Frans
        [nl] Nederlands
        [en] Engels
        [de] Duits
       *[other] { $languages }
    }, dat niet bij de talen hoort die je op B1-niveau of hoger spreekt.
# Variables:
#   $languages (String) - the offer's language codes, comma-separated
trainings-reason-taught-in = Gegeven in het { $languages ->
        [fr] Frans
        [nl] Nederlands
        [en] Engels
        [de] Duits
       *[other] { $languages }
    }.
trainings-reason-at-distance = Op afstand te volgen: geen verplaatsing nodig.
trainings-reason-blended = Deels op afstand, deels in de klas.
# Variables:
#   $km (String) - distance in kilometres
#   $place (String) - the municipality where it is held
trainings-reason-distance = Vindt plaats in { $place }, ongeveer { $km } km van waar je woont.
# Variables:
#   $date (String) - the start date, YYYY-MM-DD
trainings-reason-next-session = Volgende sessie start op { $date }.
trainings-reason-no-upcoming-session = Er is nog geen volgende sessie aangekondigd.
# Variables:
#   $who (String) - who it is free for: everyone, job-seeker-forem, job-seeker-vdab, job-seeker-actiris, job-seeker-france-travail, employee, or another code
trainings-reason-free-for = Gratis { $who ->
        [everyone] voor iedereen
        [job-seeker-forem] voor werkzoekenden ingeschreven bij Le Forem
        [job-seeker-vdab] voor werkzoekenden ingeschreven bij VDAB
        [job-seeker-actiris] voor werkzoekenden ingeschreven bij Actiris
        [job-seeker-france-travail] voor werkzoekenden ingeschreven bij France Travail
        [employee] voor werknemers (via hun werkgever)
       *[other] voor: { $who }
    }.
# Variables:
#   $amount (String) - the price in euros
trainings-reason-price = Kost { $amount } € als je zelf betaalt.
