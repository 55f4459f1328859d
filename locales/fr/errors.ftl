## Erreurs montrées à la personne. Chaque identifiant est `error-<code>`, où <code>
## est le code stable envoyé par le cœur Rust (crates/wallet/src/error.rs).

error-no-data-dir = Passerelle ne trouve aucun dossier où conserver votre portefeuille. Indiquez-en un avec le réglage PASSERELLE_WALLET.
# Variables:
#   $path (String) - le dossier du portefeuille
#   $detail (String) - le message du système
error-wallet-dir = Passerelle ne peut pas utiliser le dossier { $path } pour votre portefeuille : { $detail }
# Variables:
#   $path (String) - le dossier du portefeuille
#   $found (Number) - la version du portefeuille
#   $supported (Number) - la version la plus récente que connaît ce Passerelle
error-wallet-too-new = Le portefeuille situé dans { $path } a été enregistré par une version plus récente de Passerelle (version { $found } ; celle-ci s’arrête à la version { $supported }). Mettez Passerelle à jour pour l’ouvrir. Rien n’a été modifié.
# Variables:
#   $path (String) - le fichier ouvert
#   $detail (String) - le message de la base de données
error-not-a-wallet = Le fichier { $path } n’est pas un portefeuille Passerelle, ou il est endommagé. Rien n’a été modifié. ({ $detail })
# Variables:
#   $detail (String) - ce qui s’est mal passé
error-backup-failed = Avant de mettre votre portefeuille à jour, Passerelle en fait une copie, et cette copie n’a pas pu être créée. Votre portefeuille n’a pas été modifié. ({ $detail })
# Variables:
#   $version (Number) - la version en cours d’installation
#   $detail (String) - ce qui s’est mal passé
error-migration-failed = La mise à jour de votre portefeuille vers la version { $version } a échoué. Votre portefeuille est resté tel quel. ({ $detail })
# Variables:
#   $detail (String) - le message de la base de données
error-database = Votre portefeuille n’a pas pu être lu ou enregistré. ({ $detail })
# Variables:
#   $value (String) - la langue demandée
error-unsupported-language = Passerelle ne parle pas « { $value } ». Choisissez le français (fr), le néerlandais (nl) ou l’anglais (en).
# Variables:
#   $value (String) - le thème demandé
error-unsupported-theme = « { $value } » n’est pas un thème. Choisissez system (comme le système), light (clair) ou dark (sombre).
# Variables:
#   $path (String) - le fichier
#   $detail (String) - le message du système
error-read-file = Le fichier { $path } n’a pas pu être lu. ({ $detail })
# Variables:
#   $detail (String) - l’erreur telle qu’elle a été signalée
error-unexpected = Un problème inattendu est survenu. ({ $detail })
# Variables:
#   $id (String) - le badge demandé
error-no-such-badge = Ce badge n’est plus dans votre portefeuille.
error-invalid-email = « { $value } » n’est pas une adresse e-mail. Écrivez-la comme nom@exemple.be.
# Variables:
#   $field (String) - language, level, region, municipality ou postcode
#   $value (String) - ce que la personne a donné
error-invalid-profile =
    { $field ->
        [language] « { $value } » n’est pas une langue de la liste de Passerelle. Choisissez-en une dans la liste.
        [level] « { $value } » n’est pas un niveau. Utilisez A1, A2, B1, B2, C1, C2 ou « langue maternelle ».
        [region] « { $value } » n’est pas une région connue de Passerelle.
        [municipality] Le nom de la commune est trop long ou contient des caractères qui ne peuvent pas être gardés.
        [postcode] « { $value } » n’est pas un code postal de la région choisie. Vérifiez la région et le code postal.
       *[other] Votre profil ne peut pas être enregistré tel quel ({ $field }).
    }
# Variables:
#   $reason (String) - too-large, unsupported ou damaged
error-invalid-photo =
    { $reason ->
        [too-large] Cette photo dépasse 8 Mo. Choisissez-en une plus petite.
        [unsupported] Choisissez une photo au format PNG, JPEG, WebP ou GIF.
       *[other] Cette photo est abîmée et ne peut pas être lue. Choisissez-en une autre.
    }
# Variables:
#   $value (String) - la valeur donnée à PASSERELLE_KEYSTORE
error-unsupported-keystore = « { $value } » n’est pas un endroit où Passerelle peut conserver votre clé. Donnez à PASSERELLE_KEYSTORE la valeur os (le trousseau de clés du système) ou file (un fichier protégé par une phrase secrète).
error-passphrase-needed = Votre clé est conservée dans un fichier protégé par une phrase secrète. Saisissez votre phrase secrète pour l’utiliser.
# Variables:
#   $min (Number) - le nombre minimal de caractères
error-passphrase-too-short = Cette phrase secrète est trop courte. Utilisez au moins { $min } caractères : quelques mots faciles à retenir font très bien l’affaire.
error-wrong-passphrase = Ce n’est pas la phrase secrète de votre clé. Réessayez ; votre clé n’a pas été modifiée.
# Variables:
#   $path (String) - le fichier de clé
#   $detail (String) - ce qui ne va pas dans ce fichier
error-key-file-corrupt = Votre fichier de clé { $path } est endommagé : votre clé ne peut pas être lue. Le fichier a été laissé tel quel ; conservez-le, une copie de sauvegarde pourra vous aider. ({ $detail })
# Variables:
#   $path (String) - le fichier de clé
#   $detail (String) - le message du système
error-key-file = Passerelle n’a pas pu lire ou enregistrer votre fichier de clé { $path }. ({ $detail })
# Variables:
#   $detail (String) - le message du trousseau de clés
error-keyring-unavailable = Le trousseau de clés du système ne peut pas être utilisé pour l’instant. Vérifiez qu’il est déverrouillé, puis réessayez. Rien n’a été modifié. ({ $detail })
error-keyring-entry-missing = La clé de ce portefeuille était conservée dans le trousseau de clés du système, et celui de cet ordinateur ne la contient pas. Elle se trouve peut-être sur l’ordinateur où le portefeuille a été créé. Aucune nouvelle clé n’a été créée.
# Variables:
#   $store (String) - où la clé a été enregistrée : os (le trousseau de clés du système) ou file
error-key-not-saved = Passerelle a créé une nouvelle clé mais n’a pas pu la relire là où il l’avait enregistrée ({ $store }) ; elle n’a donc pas été utilisée. Rien n’a été signé.
error-invalid-declaration =
    { $field ->
        [competence] « { $value } » n’est pas une compétence connue de Passerelle. Choisissez-en une dans la liste.
        [level] Ce niveau n’existe pas pour cette compétence. Choisissez un des niveaux proposés.
        [context] Dites en quelques mots ce que vous avez fait : c’est ce qui rend la compétence crédible.
        [link] « { $value } » n’est pas une adresse web commençant par https://.
        [comment] Écrivez un commentaire : dites ce que vous avez vérifié et comment.
        [note] Écrivez la note avant de l’enregistrer.
        [counsellor] Indiquez qui écrit la note.
        [endorser] Indiquez qui recommande : votre nom et, si vous le souhaitez, votre organisme.
        [profile] « { $value } » n’est pas un profil de métier connu de Passerelle.
       *[other] Cette compétence ne peut pas être enregistrée telle quelle ({ $field }).
    }
error-signing = La compétence n’a pas pu être signée : rien n’a été enregistré. ({ $detail })
error-not-endorsable =
    { $reason ->
        [failed] Ce justificatif ne passe pas la vérification : il ne peut pas être recommandé.
        [no-id] Ce justificatif n’a pas d’identifiant auquel une recommandation pourrait se référer.
        [endorsement] Ce fichier est lui-même une recommandation. Recommandez plutôt le justificatif dont il parle.
       *[other] Ce fichier ne contient aucun justificatif qui puisse être recommandé.
    }
error-write-file = Impossible d’écrire { $path } : { $detail }

## Evidence files

error-bad-evidence-file =
    { $reason ->
        [unreadable] Passerelle ne parvient pas à ouvrir « { $name } ». Vérifiez que le fichier existe toujours, puis choisissez-le à nouveau. Rien n’a été enregistré.
        [empty] « { $name } » est vide. Choisissez un autre fichier. Rien n’a été enregistré.
        [too-large] « { $name } » dépasse { $max_mib } Mo. Choisissez un fichier plus petit, ou donnez plutôt un lien. Rien n’a été enregistré.
       *[type] « { $name } » n’est ni un PDF, ni une image (PNG, JPEG, WebP), ni un fichier texte, ni un document bureautique (OpenDocument, Word, Excel, PowerPoint). Rien n’a été enregistré.
    }
error-too-many-evidence-files = Vous pouvez joindre au plus { $max } fichiers à une compétence. Retirez-en quelques-uns, puis enregistrez à nouveau. Rien n’a été enregistré.
error-no-such-evidence = Ce fichier de preuve n’est pas dans votre portefeuille ({ $id }).

## Endorsing (desktop)

error-self-endorsement = Cette clé appartient à la personne titulaire de ce portefeuille. On ne peut pas recommander ses propres justificatifs : la recommandation doit être signée avec la clé de la personne qui s’en porte garante. Rien n’a été modifié.
error-text-too-long =
    { $field ->
        [comment] Le commentaire est trop long : { $max } caractères au maximum.
        [endorser] Le nom est trop long : { $max } caractères au maximum.
       *[other] Ce texte est trop long : { $max } caractères au maximum.
    }

## Catalogues de formations

error-catalogue-invalid =
    { $detail ->
        [too-large] Ce fichier de catalogue est trop volumineux : on peut importer au plus { $value } Mo. Rien n’a été importé.
        [too-many-offers] Ce catalogue contient trop d’offres : on peut en importer au plus { $value } à la fois. Découpez le fichier, puis importez chaque partie. Rien n’a été importé.
        [unknown-format] Passerelle ne reconnaît pas ce fichier comme un catalogue de formations. Utilisez le format JSON de Passerelle, un fichier XML LHEO ou le modèle CSV. Rien n’a été importé.
        [empty] Ce catalogue ne contient aucune offre de formation. Rien n’a été importé.
        [encoding] La ligne { $line } contient des caractères qui ne sont pas du texte UTF-8. Enregistrez le fichier en UTF-8, puis importez-le à nouveau. Rien n’a été importé.
        [syntax] La ligne { $line } est illisible : le fichier est abîmé ou mal écrit ({ $value }). Rien n’a été importé.
        [entities] La ligne { $line } déclare un type de document ou des entités, ce que Passerelle refuse par sécurité. Retirez le DOCTYPE, puis importez à nouveau le fichier. Rien n’a été importé.
        [too-deep] Ligne { $line } : les éléments sont imbriqués trop profondément. Rien n’a été importé.
        [schema] La ligne { $line } ne correspond pas au format du catalogue ({ $value }). Rien n’a été importé.
        [format-version] Ligne { $line } : le format « { $value } » n’est pas pris en charge ; Passerelle lit passerelle-trainings/1. Rien n’a été importé.
        [not-lheo] Ce fichier XML n’est pas un catalogue LHEO : son élément racine est « { $value } ». Rien n’a été importé.
        [missing-column] Il manque la colonne « { $value } » dans l’en-tête (ligne { $line }). Consultez le modèle CSV dans la documentation. Rien n’a été importé.
        [unknown-column] L’en-tête (ligne { $line }) contient une colonne que Passerelle ne connaît pas : « { $value } ». Rien n’a été importé.
        [duplicate-column] L’en-tête (ligne { $line }) contient deux fois la colonne « { $value } ». Rien n’a été importé.
        [column-count] La ligne { $line } n’a pas autant de cellules que l’en-tête ({ $value }). Rien n’a été importé.
        [missing-id] Ligne { $line } : l’offre n’a pas d’identifiant. Rien n’a été importé.
        [duplicate-id] Ligne { $line } : l’identifiant « { $value } » est déjà utilisé par une autre offre de ce fichier. Rien n’a été importé.
        [missing-title] Ligne { $line } : l’offre n’a pas d’intitulé. Rien n’a été importé.
        [missing-provider] Ligne { $line } : l’offre n’indique pas quel organisme la donne. Rien n’a été importé.
        [unknown-region] Ligne { $line } : « { $value } » n’est pas une région connue de Passerelle (BE-WAL, BE-VLG, BE-BRU ou FR-HDF). Rien n’a été importé.
        [bad-modality] Ligne { $line } : « { $value } » n’est pas une modalité de formation (in-person, distance ou blended). Rien n’a été importé.
        [missing-language] Ligne { $line } : l’offre n’indique pas dans quelle langue elle est donnée. Rien n’a été importé.
        [bad-language] Ligne { $line } : « { $value } » n’est pas un code de langue à deux lettres comme fr, nl ou en. Rien n’a été importé.
        [bad-date] Ligne { $line } : « { $value } » n’est pas une date valide (écrivez les dates comme 2026-09-14). Rien n’a été importé.
        [date-order] Ligne { $line } : une session se termine avant de commencer ({ $value }). Rien n’a été importé.
        [bad-number] Ligne { $line } : « { $value } » n’est pas un nombre valide. Rien n’a été importé.
        [bad-coordinates] Ligne { $line } : « { $value } » ne sont pas des coordonnées valides (latitude de -90 à 90, longitude de -180 à 180). Rien n’a été importé.
        [bad-level] Ligne { $line } : « { $value } » n’est pas un niveau e-CF ; les niveaux vont de 1 à 5. Rien n’a été importé.
        [bad-eqf-level] Ligne { $line } : « { $value } » n’est pas un niveau CEC ; les niveaux vont de 1 à 8. Rien n’a été importé.
        [unknown-competence] Ligne { $line } : « { $value } » n’est pas une compétence e-CF (les codes s’écrivent comme E.2 ou A.8). Rien n’a été importé.
        [bad-competence] Ligne { $line } : « { $value } » n’est pas écrit comme une compétence suivie d’un niveau, par exemple E.2:4. Rien n’a été importé.
        [too-long] Ligne { $line } : un texte est trop long ({ $value }). Rien n’a été importé.
       *[other] La ligne { $line } n’est pas valide ({ $value }). Rien n’a été importé.
    }

# Variables:
#   $id (String) - the role profile asked for
error-unknown-profile = Passerelle ne connaît pas de profil de métier « { $id } ». Le profil disponible est ict-project-manager.
# Variables:
#   $field (String) - regions, languages, modalities, maxDistanceKm, from, to or dates
#   $value (String) - what was given
error-invalid-training-filter =
    { $field ->
        [regions] « { $value } » n’est pas une région des formations. Choisissez BE-WAL, BE-VLG, BE-BRU ou FR-HDF.
        [languages] « { $value } » n’est pas un code de langue à deux lettres comme fr, nl ou en.
        [modalities] « { $value } » n’est pas une façon de suivre une formation. Choisissez in-person (en présentiel), distance (à distance) ou blended (hybride).
        [maxDistanceKm] « { $value } » n’est pas une distance utilisable. Indiquez un nombre de kilomètres de 1 à 1000.
        [from] « { $value } » n’est pas une date valide. Écrivez les dates comme 2027-01-15.
        [to] « { $value } » n’est pas une date valide. Écrivez les dates comme 2027-01-15.
        [dates] La première date vient après la dernière ({ $value }). Inversez-les, puis réessayez.
       *[other] Ce filtre ne peut pas être utilisé : { $field } « { $value } ».
    }
error-location-needed = Pour ne garder que les formations proches de chez vous, Passerelle doit savoir où vous habitez. Indiquez votre commune ou votre code postal dans votre profil.
# Variables:
#   $id (String) - the offer id
error-no-such-offer = La formation « { $id } » n’est pas (ou plus) dans le catalogue. Rien n’a été modifié.
# Variables:
#   $path (String) - le fichier de sauvegarde
#   $detail (String) - ce qui ne va pas dans ce fichier
error-backup-corrupt = Le fichier { $path } n’est pas une sauvegarde Passerelle, ou il est endommagé : il ne peut pas être restauré. Rien n’a été modifié. ({ $detail })
error-backup-wrong-passphrase = Ce n’est pas la phrase secrète de cette sauvegarde. Réessayez ; rien n’a été modifié.
# Variables:
#   $path (String) - le dossier du portefeuille
error-restore-not-empty = Le portefeuille { $path } contient déjà des titres ou une clé. Une sauvegarde ne peut être restaurée que dans un portefeuille vide ; rien n’a été modifié.
# Variables:
#   $path (String) - le dossier du portefeuille
error-wallet-busy = Le portefeuille { $path } est ouvert dans une autre fenêtre ou commande Passerelle. Fermez-la, puis réessayez ; rien n’a été modifié.
# Variables:
#   $field (String) - email, phone, date, period, text, entries ou digital-skills
#   $value (String) - ce que la personne a donné
error-invalid-cv =
    { $field ->
        [email] « { $value } » n’est pas une adresse e-mail. Écrivez-la comme nom@exemple.be.
        [phone] « { $value } » n’est pas un numéro de téléphone. Utilisez seulement des chiffres, des espaces et + ( ) -.
        [date] « { $value } » n’est pas un mois. Écrivez l’année et le mois, comme 2021-09.
        [period] Une expérience se termine ({ $value }) avant de commencer. Vérifiez ses dates.
        [text] Un texte est trop long ({ $value } caractères). Raccourcissez-le.
        [entries] Votre CV compte trop d’entrées ({ $value }). Gardez les plus utiles.
        [digital-skills] « { $value } » est trop long pour une compétence numérique, ou il y en a trop. Gardez des noms courts comme « MS Project ».
        [file] « { $value } » n’est pas un fichier de CV que Passerelle peut lire (du JSON, comme l’affiche `passerelle cv show --json`).
       *[other] Votre CV ne peut pas être enregistré tel quel ({ $field }).
    }
# Variables:
#   $detail (String) - ce que le moteur de mise en page a dit, pour signaler le problème
error-cv-render = Le CV n’a pas pu être mis en page. C’est une erreur de Passerelle ; rien n’a été enregistré. ({ $detail })
# Variables:
#   $file (String) - le fichier du lot
#   $reason (String) - pourquoi il est refusé : not-a-zip, too-large, too-many-entries, entry-too-large, expanded-too-large, ratio, size-mismatch, path-parent, path-absolute, path-backslash, path-invalid, symlink, duplicate-name, encrypted, compression, damaged, manifest ou presentation
#   $entry (String) - le fichier du lot en cause (peut être vide)
#   $limit (String) - la limite dépassée (Mo, fichiers, rapport), ou un détail de la vérification
error-bundle-refused =
    { $reason ->
        [not-a-zip] { $file } n’est pas un lot de badges : ce n’est pas une archive zip que Passerelle sait lire. Rien n’a été importé.
        [too-large] { $file } dépasse { $limit } Mo, c’est trop pour un lot de badges. Rien n’a été importé.
        [too-many-entries] { $file } contient plus de { $limit } fichiers, c’est trop pour un lot de badges. Rien n’a été importé.
        [entry-too-large] « { $entry } » dans { $file } dépasse { $limit } Mo une fois décompressé. Rien n’a été importé.
        [expanded-too-large] { $file } occuperait plus de { $limit } Mo une fois décompressé. Rien n’a été importé.
        [ratio] « { $entry } » dans { $file } est bien plus compressé qu’un vrai badge ne peut l’être (plus de { $limit } pour 1) : cela ressemble à une bombe zip. Rien n’a été importé.
        [size-mismatch] « { $entry } » dans { $file } est plus grand une fois décompressé que ce qu’annonce l’archive : le lot est abîmé ou malveillant. Rien n’a été importé.
        [path-parent] « { $entry } » dans { $file } pointe hors du lot (« .. »). Rien n’a été importé.
        [path-absolute] « { $entry } » dans { $file } est un chemin absolu. Rien n’a été importé.
        [path-backslash] « { $entry } » dans { $file } contient une barre oblique inverse (\) dans son nom. Rien n’a été importé.
        [path-invalid] Un fichier de { $file } porte un nom que Passerelle n’accepte pas (« { $entry } »). Rien n’a été importé.
        [symlink] « { $entry } » dans { $file } est un lien symbolique. Rien n’a été importé.
        [duplicate-name] { $file } contient deux fichiers du même nom. Rien n’a été importé.
        [encrypted] « { $entry } » dans { $file } est chiffré ; un lot de badges ne l’est jamais. Rien n’a été importé.
        [compression] « { $entry } » dans { $file } est compressé d’une façon que Passerelle ne lit pas. Rien n’a été importé.
        [damaged] « { $entry } » dans { $file } est abîmé. Rien n’a été importé.
        [manifest] La liste des fichiers de { $file } (manifest.json) ne correspond pas à son contenu (« { $entry } ») : le lot a été modifié après sa création. Rien n’a été importé.
        [presentation] La signature du titulaire sur { $file } (presentation.json) n’est pas valide ({ $limit }) : le lot a été modifié après sa création. Rien n’a été importé.
       *[other] { $file } a été refusé ({ $reason }). Rien n’a été importé.
    }
error-bundle-empty = Choisissez au moins un badge à mettre dans le lot.
