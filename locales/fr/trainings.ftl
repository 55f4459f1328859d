# Recommandations de formations (issue 5) : pourquoi une offre est recommandée et ce qui s’applique.

# Variables:
#   $code (String) - e-CF competence code, e.g. E.3
#   $title (String) - its title
#   $to (String) - the e-CF level (1…5) the training brings you to
trainings-reason-teaches = Enseigne { $code } { $title } jusqu’au niveau e-{ $to } : votre portfolio ne le montre pas encore.
# Variables:
#   $code (String) - e-CF competence code, e.g. E.2
#   $title (String) - its title
#   $from (String) - the level your portfolio shows (1…5)
#   $to (String) - the level the training brings you to (1…5)
trainings-reason-closes-gap = Fait passer { $code } { $title } du niveau e-{ $from } au niveau e-{ $to }.
# Variables:
#   $code (String) - e-CF competence code
#   $title (String) - its title
#   $level (String) - the level it confirms (1…5)
trainings-reason-confirms = Confirme { $code } { $title } au niveau e-{ $level } : aujourd’hui, seule votre propre déclaration le montre.
# Variables:
#   $region (String) - region code of the offer: BE-WAL, BE-VLG, BE-BRU or FR-HDF
trainings-reason-cross-border = Une chance de l’autre côté de la frontière : cette formation a lieu { $region ->
        [BE-WAL] en Wallonie
        [BE-VLG] en Flandre
        [BE-BRU] à Bruxelles
        [FR-HDF] dans les Hauts-de-France
       *[other] en { $region }
    }.
# Variables:
#   $country (String) - country code of the offer: BE or FR
#   $home (String) - country code where you live: BE or FR
trainings-reason-recognition-abroad = Son certificat vient { $country ->
        [FR] de France
        [BE] de Belgique
       *[other] de { $country }
    } : sa reconnaissance { $home ->
        [FR] en France
        [BE] en Belgique
       *[other] dans votre pays
    } n’est pas automatique. Demandez à votre conseiller (ou au centre ENIC-NARIC) avant de vous inscrire.
# Variables:
#   $region (String) - region code of the offer
trainings-reason-recognition-region = Son certificat est délivré { $region ->
        [BE-WAL] en Wallonie
        [BE-VLG] en Flandre
        [BE-BRU] à Bruxelles
        [FR-HDF] dans les Hauts-de-France
       *[other] en { $region }
    } : demandez à votre conseiller comment il est pris en compte là où vous habitez.
# Variables:
#   $km (String) - distance in kilometres
trainings-reason-cross-border-travel = Environ { $km } km de l’autre côté de la frontière : vérifiez le trajet, son coût et les aides à la mobilité.
# Variables:
#   $language (String) - ISO 639-1 code of a language you speak
trainings-reason-language = Donnée en { $language ->
        [fr] français
        [nl] néerlandais
        [en] anglais
        [de] allemand
       *[other] « { $language } »
    }, une langue que vous parlez.
# Variables:
#   $languages (String) - the offer's language codes, comma-separated
trainings-reason-language-not-spoken = Donnée en { $languages ->
        [fr] français
        [nl] néerlandais
        [en] anglais
        [de] allemand
       *[other] { $languages }
    }, qui ne fait pas partie des langues que vous parlez au niveau B1 ou plus.
# Variables:
#   $languages (String) - the offer's language codes, comma-separated
trainings-reason-taught-in = Donnée en { $languages ->
        [fr] français
        [nl] néerlandais
        [en] anglais
        [de] allemand
       *[other] { $languages }
    }.
trainings-reason-at-distance = Suivie à distance : pas de trajet.
trainings-reason-blended = En partie à distance, en partie en classe.
# Variables:
#   $km (String) - distance in kilometres
#   $place (String) - the municipality where it is held
trainings-reason-distance = A lieu à { $place }, à environ { $km } km de chez vous.
# Variables:
#   $date (String) - the start date, YYYY-MM-DD
trainings-reason-next-session = Prochaine session le { $date }.
trainings-reason-no-upcoming-session = Aucune session à venir n’est encore annoncée.
# Variables:
#   $who (String) - who it is free for: everyone, job-seeker-forem, job-seeker-vdab, job-seeker-actiris, job-seeker-france-travail, employee, or another code
trainings-reason-free-for = Gratuite { $who ->
        [everyone] pour tout le monde
        [job-seeker-forem] pour les demandeurs d’emploi inscrits au Forem
        [job-seeker-vdab] pour les demandeurs d’emploi inscrits au VDAB
        [job-seeker-actiris] pour les demandeurs d’emploi inscrits chez Actiris
        [job-seeker-france-travail] pour les demandeurs d’emploi inscrits à France Travail
        [employee] pour les salariés (via leur employeur)
       *[other] pour : { $who }
    }.
# Variables:
#   $amount (String) - the price in euros
trainings-reason-price = Coûte { $amount } € si vous payez vous-même.
