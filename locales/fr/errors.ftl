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
