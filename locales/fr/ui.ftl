## Interface de Passerelle. `en` est la référence : fr et nl ont exactement les mêmes
## identifiants, attributs et variables. Chaque identifiant commence par sa partie de l’app.

## Cadre de l’application

app-name = Passerelle
app-tagline = Portefeuille de compétences
app-skip-link = Aller au contenu principal
app-loading = Ouverture de votre portefeuille…
# Variables:
#   $page (String) - le titre de l’écran affiché
app-window-title = { $page } – Passerelle

## Navigation

nav-label = Menu principal
nav-home = Accueil
nav-badges = Badges
nav-skills = Compétences
nav-trainings = Formations
nav-cv = CV et export
nav-review = Entretien
nav-settings = Paramètres

## Accueil

home-title = Votre portefeuille de compétences
home-intro = Passerelle rassemble vos badges, les compétences que vous avez acquises et vos projets de formation. Vous pouvez ainsi montrer ce que vous savez faire à un conseiller, à un employeur ou à un centre de formation, en français, en néerlandais ou en anglais.
home-offline-title = Tout reste sur cet ordinateur
home-offline-body = Votre portefeuille est conservé dans un dossier de cet ordinateur. Passerelle ne demande ni compte ni connexion à Internet, et rien ne quitte cet ordinateur si vous ne l’exportez pas vous-même.
home-counts-title = Dans votre portefeuille
# Variables:
#   $count (Number) - le nombre de badges du portefeuille
home-count-badges =
    { $count ->
        [one] badge
       *[other] badges
    }
home-count-badges-help = Des certificats numériques délivrés par des centres de formation, des employeurs et des associations.
# Variables:
#   $count (Number) - le nombre de compétences déclarées par la personne
home-count-self-declared =
    { $count ->
        [one] compétence déclarée
       *[other] compétences déclarées
    }
home-count-self-declared-help = Ce que vous avez appris au travail, dans un projet ou comme bénévole, décrit avec vos propres mots.
# Variables:
#   $count (Number) - le nombre de confirmations du portefeuille
home-count-endorsements =
    { $count ->
        [one] confirmation
       *[other] confirmations
    }
home-count-endorsements-help = Des compétences confirmées par un conseiller, un formateur ou un collègue.
home-start-title = Par où commencer ?
home-start-intro = Votre portefeuille est encore vide. Trois étapes suffisent pour bien démarrer.
home-demo-body = Vous voulez juste voir ? Remplissez le portefeuille avec des données d’exemple : des badges d’un émetteur DÉMO, une compétence autodéclarée et sa recommandation. Vous voyez ainsi chaque écran.
home-step-badges-title = Importez les badges que vous avez déjà
home-step-badges-body = Les badges reçus par e-mail ou téléchargés depuis une plateforme de formation, sous forme d’image ou de fichier JSON.
home-step-badges-action = Importer vos badges
home-step-skills-title = Déclarez les compétences acquises sur le terrain
home-step-skills-body = Au travail, dans un projet informatique ou comme bénévole : décrivez ce que vous avez fait et votre niveau de maîtrise.
home-step-skills-action = Aller aux compétences
home-step-next-title = Trouvez des formations et exportez votre CV
home-step-next-body = Découvrez les formations en Wallonie, dans les Hauts-de-France et en Flandre qui complètent votre profil, puis exportez votre CV en français, en néerlandais ou en anglais.
home-step-next-trainings = Voir les formations
home-step-next-cv = Aller à CV et export
home-wallet-folder = Dossier du portefeuille

## Encadré commun aux parties encore en construction

soon-title = Prévu dans une prochaine version
soon-intro = Cette partie de Passerelle est encore en construction. Vous pourrez bientôt :
soon-honest = D’ici là, cet écran reste vide, et c’est voulu : Passerelle ne présente jamais d’exemples inventés comme s’ils étaient les vôtres.

## Badges

badges-title = Badges
badges-intro = Les Open Badges sont des certificats numériques que les centres de formation, les employeurs et les associations délivrent pour ce que vous avez appris. Passerelle vérifie sur cet ordinateur que chaque badge est authentique et toujours valable : vous, votre conseiller ou un employeur pouvez vous y fier d’un coup d’œil.

## Badges : barre d’outils, recherche et filtres

badges-import-button = Importer des badges…
badges-picker-filter = Badges
badges-paste-button = Coller le texte d’un badge
badges-paste-label = Texte du badge
badges-paste-help = Collez le texte d’un badge que vous avez reçu : le contenu d’un fichier .json, ou un texte signé (JWT) qui commence par « eyJ ».
badges-paste-empty = Collez d’abord le texte du badge.
badges-paste-submit = Importer ce texte
badges-paste-cancel = Annuler
badges-reverify-all = Tout vérifier à nouveau
badges-reverify-all-done = Tous vos badges ont été vérifiés à nouveau.
badges-drop-hint = Vous pouvez aussi faire glisser des fichiers de badges (PNG, SVG, JSON ou JWT) sur cette fenêtre.
badges-drop-title = Déposez les fichiers ici pour les importer comme badges
badges-loading = Chargement de vos badges…
badges-list-title = Vos badges
badges-search-label = Rechercher par nom ou par émetteur
badges-filter-label = Afficher
badges-filter-all = Tous
# Variables:
#   $count (Number) - le nombre de badges affichés
badges-count =
    { $count ->
        [0] Aucun badge affiché
        [one] { $count } badge affiché
       *[other] { $count } badges affichés
    }
badges-no-match = Aucun badge ne correspond à votre recherche.
badges-clear-filters = Afficher tous les badges
badges-issuer-unknown = Émetteur non indiqué
# Variables:
#   $name (String) - le nom du badge
badges-image-alt = Image du badge « { $name } »
# Variables:
#   $count (Number) - le nombre de personnes ou d’organisations qui ont appuyé le badge
badges-kind-self-declared = Autodéclarée
badges-kind-self-declared-help = Autodéclarée : vous avez déclaré cette compétence vous-même et l’avez signée avec votre propre clé. Les recommandations montrent qui l’a vérifiée.
badges-detail-endorsements = Qui s’en porte garant
badges-endorsement-warning = Cette recommandation n’a pas pu être entièrement vérifiée.
badges-endorsements =
    { $count ->
        [one] Appuyé une fois
       *[other] Appuyé { $count } fois
    }

## Badges : état d’un badge

badges-status-verified = Vérifié
badges-status-verified-help = Tout ce qui peut être vérifié sur cet ordinateur est en ordre.
badges-status-warning = À surveiller
badges-status-warning-help = Le badge est authentique, mais un point demande votre attention, par exemple une date.
badges-status-failed = Non valable
badges-status-failed-help = On ne peut pas se fier à ce badge : les vérifications ci-dessous expliquent pourquoi.

## Badges : portefeuille vide

badges-empty-title = Pas encore de badge
badges-empty-body = Importez les fichiers de badges reçus d’un centre de formation, d’un employeur ou d’une association : Passerelle vérifie chacun d’eux sur cet ordinateur.
badges-empty-samples = Essayer avec des données d’exemple

## Badges : progression et bilan d’une importation

badges-progress-title = Importation des badges…
# Variables:
#   $done (Number) - le nombre de fichiers traités
#   $total (Number) - le nombre total de fichiers
badges-progress-count = { $done } sur { $total }
# Variables:
#   $file (String) - le nom du dernier fichier vérifié
badges-progress-file = Dernier fichier vérifié : { $file }
badges-progress-cancel = Annuler
badges-progress-cancelling = Arrêt en cours…
badges-summary-title = Importation terminée
badges-summary-close = Fermer ce bilan
# Variables:
#   $count (Number) - le nombre de badges ajoutés au portefeuille
badges-summary-imported =
    { $count ->
        [0] Aucun nouveau badge
        [one] { $count } badge importé
       *[other] { $count } badges importés
    }
# Variables:
#   $count (Number) - le nombre de fichiers dont le badge était déjà dans le portefeuille
badges-summary-duplicate =
    { $count ->
        [one] { $count } déjà dans votre portefeuille
       *[other] { $count } déjà dans votre portefeuille
    }
# Variables:
#   $count (Number) - le nombre de fichiers refusés
badges-summary-refused =
    { $count ->
        [one] { $count } fichier refusé
       *[other] { $count } fichiers refusés
    }
# Variables:
#   $count (Number) - le nombre de fichiers laissés de côté parce que l’importation a été arrêtée
badges-summary-skipped =
    { $count ->
        [one] { $count } fichier laissé de côté : vous avez arrêté l’importation
       *[other] { $count } fichiers laissés de côté : vous avez arrêté l’importation
    }
badges-summary-documents =
    { $count ->
        [one] { $count } document ajouté pour vérifier les badges hors ligne
       *[other] { $count } documents ajoutés pour vérifier les badges hors ligne
    }
badges-summary-documents-note = Vos badges ont été vérifiés à nouveau avec ces documents.
badges-summary-refused-title = Pourquoi ces fichiers ont été refusés
badges-summary-pasted = Le texte collé
badges-summary-refused-note = Rien de ces fichiers n’a été ajouté à votre portefeuille. Si vous pensez qu’un badge est authentique, demandez-en une nouvelle copie à son émetteur.
badges-summary-no-reason = Passerelle n’a pas pu lire de badge dans ce fichier.

## Badges : la page d’un badge

badges-back = Retour à vos badges
badges-detail-nav = Navigation du badge
badges-detail-loading = Chargement du badge…
badges-detail-missing-title = Badge introuvable
# Variables:
#   $issuer (String) - le nom de l’organisation qui a délivré le badge
badges-detail-issued-by = Délivré par { $issuer }
# Variables:
#   $name (String) - la personne qui a déclaré la compétence (la titulaire)
badges-detail-declared-by = Déclarée par { $name }, signée avec sa propre clé
badges-detail-about-skill = À propos de cette compétence
badges-detail-what-was-done = Ce qui a été fait
badges-detail-issuer-url = Site de l’émetteur :
badges-detail-about = À propos de ce badge
badges-detail-criteria = Ce qu’il faut faire pour l’obtenir
badges-detail-alignments = Compétences et référentiels correspondants
badges-detail-alignment-unnamed = Référence sans nom
badges-detail-validity = Validité
badges-detail-valid-from = Valable à partir du
badges-detail-valid-until = Valable jusqu’au
badges-detail-no-expiry = N’expire pas
badges-detail-checks-title = Ce que Passerelle a vérifié
badges-detail-checks-intro = Chaque étape de la vérification Open Badges, dans l’ordre, faite sur cet ordinateur sans internet.
# Variables:
#   $date (String) - la date et l’heure de la dernière vérification, déjà écrites
badges-detail-last-checked = Dernière vérification : { $date }
badges-detail-check-again = Vérifier à nouveau
badges-detail-checking = Vérification…
# Variables:
#   $status (String) - l’état du badge après la vérification, par exemple « Vérifié »
badges-detail-checked-now = Vérifié à nouveau à l’instant : { $status }.
badges-detail-technical = Détails techniques
badges-detail-technical-id = Identifiant du badge
badges-detail-technical-issuer = Identifiant de l’émetteur
badges-detail-technical-form = Forme
badges-outcome-passed = Réussi :
badges-outcome-failed = Échoué :
badges-outcome-skipped = Non vérifié :
badges-outcome-attention = À surveiller :

## Badges : chaque vérification, en mots

# Variables:
#   $container (String) - ce qui contient le badge : json, jws, png ou svg
#   $form (String) - le type de badge : ob3, ob3-vcdm1.1, ob3-jwt, ob2-hosted, ob2-signed ou ob2-url
badges-check-format-recognised =
    Reconnu : { $form ->
        [ob2-hosted] un Open Badge 2.0
        [ob2-signed] un Open Badge 2.0 signé
        [ob2-url] un Open Badge 2.0
        [ob3-jwt] un Open Badge 3.0 signé
       *[other] un Open Badge 3.0
    } { $container ->
        [png] intégré dans une image PNG
        [svg] intégré dans une image SVG
        [jws] sous forme de texte signé (JWT)
       *[other] dans un fichier JSON
    }
badges-check-context-known = Rédigé dans le vocabulaire Open Badges, que Passerelle connaît
badges-check-context-ob-missing = Il ne se présente pas comme un Open Badge : le vocabulaire Open Badges manque
badges-check-context-vc-first = Il n’a pas la forme d’une attestation vérifiable : le vocabulaire qui doit venir en premier manque
# Variables:
#   $url (String) - l’adresse du vocabulaire que Passerelle ne connaît pas
badges-check-unknown-context = Il utilise un vocabulaire que Passerelle ne connaît pas ({ $url }) : on ne peut donc pas s’y fier
badges-check-key-did-key = La clé de l’émetteur fait partie de son identifiant : elle se vérifie sans internet
badges-check-key-jwk = Le jeton signé contient lui-même la clé de l’émetteur : la signature se vérifie, mais pas à qui appartient la clé
badges-check-key-did-jwk = La clé de l’émetteur fait partie de son identifiant : elle se vérifie sans internet
badges-check-key-fetched = La clé de l’émetteur vient d’un document que vous avez fourni pour son adresse web
badges-check-key-offline = La clé de l’émetteur est publiée en ligne : la vérifier demande internet, ou la clé importée comme fichier
badges-check-key-provenance-unknown = Impossible de savoir à qui appartient la clé qui l’a signé
badges-check-key-controller-match = La clé qui l’a signé appartient bien à l’émetteur
badges-check-key-controller-mismatch = La clé qui l’a signé n’appartient pas à l’émetteur indiqué dans le badge
badges-check-proof-valid = Signature valable — signé avec la clé de l’émetteur
badges-check-proof-not-checked = La signature n’a pas été vérifiée : la clé de l’émetteur était inaccessible
badges-check-signature-valid = Signature valable — signé avec la clé de l’émetteur
badges-check-signature-invalid = Ce fichier a été modifié depuis sa signature, ou il a été signé avec une autre clé
badges-check-ob2-hosted-needs-network = Cet Open Badge 2.0 se vérifie sur le site de l’émetteur : cela demande internet, ou la copie de l’émetteur importée comme fichier
badges-check-ob2-signed-key-needs-network = La clé de l’émetteur de cet Open Badge 2.0 est en ligne : vérifier la signature demande internet, ou la clé importée comme fichier
badges-check-jwt-claims-match = Le texte signé et le badge qu’il contient concordent
badges-check-jwt-claim-invalid = Le texte signé qui entoure le badge contient une valeur non autorisée
badges-check-jwt-claim-mismatch = Le texte signé et le badge qu’il contient ne disent pas la même chose
badges-check-jwt-claim-missing = Il manque au texte signé qui entoure le badge une information obligatoire
badges-check-jwt-times-valid = Les dates du texte signé sont valables
badges-check-status-none = L’émetteur n’a prévu aucun moyen de révoquer ce badge : il ne peut donc pas avoir été révoqué
badges-check-status-not-revoked = Non révoqué — vérifié dans la liste de statuts fournie, signée par l’émetteur
badges-check-key-supplied = La clé de l’émetteur vient d’un fichier que vous avez importé
badges-check-ob2-hosted-confirmed = Identique à la copie publiée par l’émetteur, d’après un fichier que vous avez importé
badges-check-ob2-hosted-differs = Différent de la copie publiée par l’émetteur : il a été modifié
badges-check-ob2-issuer-needs-network = Impossible de savoir à qui appartient la clé sans la description du badge publiée par l’émetteur (importez-la pour vérifier)
badges-check-document-status-list = Une liste de statuts : elle indique les badges que l’émetteur a révoqués
badges-check-document-revocation-list = Une liste de révocation : elle indique les badges que l’émetteur a révoqués
badges-check-document-did-document = Un document d’identité d’émetteur avec ses clés
badges-check-document-key = Une clé publique d’émetteur
badges-check-document-issuer = Un profil d’émetteur (Open Badges 2.0)
badges-check-document-badge-class = Une description de badge par son émetteur (Open Badges 2.0)
badges-check-status-not-listed = Non révoqué — il ne figure pas sur la liste de révocation de l’émetteur que vous avez importée
badges-check-endorsed-not-in-wallet = Cette recommandation porte sur un justificatif absent de votre portefeuille : importez d’abord ce justificatif
badges-check-revoked = Révoqué — l’émetteur a retiré ce badge
badges-check-suspended = Suspendu — l’émetteur a mis ce badge en attente
badges-check-status-list-invalid = La liste de statuts n’est pas fiable : elle est abîmée ou n’est pas signée par l’émetteur
badges-check-status-list-issuer-mismatch = La liste de statuts a été publiée par quelqu’un d’autre que l’émetteur du badge
badges-check-status-entry-malformed = Les informations de statut du badge sont incomplètes
badges-check-status-index-invalid = Le badge renvoie en dehors de sa liste de statuts
badges-check-status-needs-network = Impossible de vérifier si l’émetteur l’a révoqué : cela demande internet, ou la liste de statuts de l’émetteur importée comme fichier
badges-check-status-offline = Impossible de vérifier sans internet si l’émetteur l’a révoqué
# Variables:
#   $date (String) - la date à partir de laquelle le badge est valable, déjà écrite
badges-check-valid-from-passed = Valable depuis le { $date }
# Variables:
#   $date (String) - la date à partir de laquelle le badge sera valable, déjà écrite
badges-check-not-yet-valid = Pas encore valable : il le sera à partir du { $date }
# Variables:
#   $date (String) - la date jusqu’à laquelle le badge est valable, déjà écrite
badges-check-not-expired = Valable jusqu’au { $date }
badges-check-no-expiry = N’expire pas
# Variables:
#   $date (String) - la date à laquelle le badge a expiré, déjà écrite
badges-check-expired = Expiré le { $date } — le badge était valable lorsqu’il a été délivré
# Variables:
#   $date (String) - la date telle que le badge l’écrit
badges-check-date-malformed = Une date du badge est illisible ({ $date })
# Variables:
#   $email (String) - l’adresse e-mail du titulaire du portefeuille à qui le badge a été délivré
badges-check-recipient-matched = Délivré à vous ({ $email })
badges-check-recipient-not-owner = Délivré à une autre personne : il ne correspond à aucune de vos adresses e-mail
badges-check-recipient-owner-unknown = Impossible de vérifier qu’il vous a été délivré : Passerelle ne connaît pas votre adresse e-mail
badges-check-empty = Le fichier est vide
badges-check-file-unreadable = Le fichier n’a pas pu être lu
badges-check-too-large = Le fichier est trop volumineux pour être un badge
badges-check-too-deep = Le fichier est trop imbriqué pour être lu sans risque
badges-check-malformed-json = Le fichier est endommagé : son texte ne peut pas être lu comme du JSON
badges-check-not-utf8 = Le texte contient des caractères illisibles
badges-check-unknown-format = Ce n’est pas un fichier de badge : Passerelle lit les images PNG et SVG, les fichiers JSON et les textes signés (JWT)
badges-check-not-a-badge = Ce fichier n’est pas un Open Badge
badges-check-png-truncated = L’image PNG est incomplète : le fichier a été tronqué
badges-check-png-crc = L’image PNG est endommagée : une partie a été modifiée ou corrompue
badges-check-png-malformed = L’image PNG est endommagée
badges-check-png-no-credential = Cette image PNG ne contient aucun badge
badges-check-png-inflate = Le badge contenu dans l’image PNG n’a pas pu être extrait
badges-check-svg-malformed = L’image SVG est endommagée
badges-check-svg-entities = L’image SVG utilise des entités XML, que Passerelle refuse pour votre sécurité
badges-check-svg-no-credential = Cette image SVG ne contient aucun badge
badges-check-data-uri-malformed = L’image contenue dans le badge est endommagée
badges-check-jws-malformed = Le texte signé est endommagé ou incomplet
badges-check-jws-unsupported-alg = Il est signé avec une méthode que Passerelle ne prend pas en charge
badges-check-jws-no-key = Le texte signé n’indique pas quelle clé l’a signé
badges-check-jws-private-key = Le texte signé contient une clé secrète, ce que ne fait jamais un badge authentique
badges-check-key-invalid = La clé de l’émetteur est inutilisable
badges-check-key-alg-mismatch = La clé de l’émetteur ne correspond pas à la façon dont le badge a été signé
badges-check-key-document = La description de la clé de l’émetteur est inutilisable
badges-check-did-unsupported = L’identifiant de l’émetteur est d’un type que Passerelle ne sait pas vérifier
badges-check-did-malformed = L’identifiant de l’émetteur est mal formé
badges-check-proof-missing = Le badge n’est pas signé
badges-check-proof-malformed = La signature est incomplète ou mal formée
badges-check-proof-unsupported-suite = Il est signé avec une méthode que Passerelle ne prend pas en charge
badges-check-proof-purpose-mismatch = La signature n’a pas été faite pour garantir un badge
badges-check-proof-challenge-mismatch = La signature a été faite pour un autre échange, pas pour ce badge
badges-check-proof-key-unavailable-offline = La clé de l’émetteur est en ligne : vérifier la signature demande internet
badges-check-proof-key-invalid = La clé indiquée dans la signature est inutilisable
badges-check-proof-controller-mismatch = La clé qui l’a signé n’appartient pas à l’émetteur
badges-check-proof-invalid-signature = Ce fichier a été modifié depuis sa signature, ou il a été signé avec une autre clé
badges-check-context-hash-mismatch = Un vocabulaire dont dépend le badge n’est pas dans la version attendue
badges-check-undefined-term = Le badge emploie des mots que son vocabulaire ne définit pas
badges-check-protected-term-redefinition = Le badge change le sens de mots d’Open Badges, ce qui est interdit
badges-check-jsonld-invalid = La structure du badge n’est pas valable
badges-check-jsonld-unsupported = Le badge utilise une structure que Passerelle ne prend pas en charge
badges-check-canonicalization-failed = Le contenu du badge n’a pas pu être préparé pour vérifier sa signature
# Variables:
#   $code (String) - le code technique de la vérification, pour les personnes qui aident en cas de problème
badges-check-unknown-passed = Une vérification a réussi ({ $code })
# Variables:
#   $code (String) - le code technique de la vérification, pour les personnes qui aident en cas de problème
badges-check-unknown-failed = Une vérification a échoué ({ $code })
# Variables:
#   $code (String) - le code technique de la vérification, pour les personnes qui aident en cas de problème
badges-check-unknown-skipped = Une vérification n’a pas pu être faite ({ $code })

## Compétences

skills-title = Compétences
skills-intro = Tout ce que vous savez faire ne figure pas sur un diplôme. Ici, vous décrivez les compétences acquises dans des projets informatiques, au travail ou comme bénévole, en vous appuyant sur les référentiels européens e-CF et ESCO : employeurs et conseillers les comprennent ainsi de la même façon des deux côtés de la frontière.
skills-list-title = Vos compétences déclarées
skills-loading = Chargement de vos compétences…
skills-kind = Autodéclarée
skills-kind-help = Vous avez déclaré ces compétences vous-même et les avez signées avec votre propre clé : ce ne sont pas des badges délivrés par un organisme. Chacune a sa propre page, qui indique aussi qui l’a recommandée.
# Variables:
#   $count (Number) - le nombre de personnes ou d’organisations qui ont recommandé la compétence
skills-endorsements =
    { $count ->
        [0] Pas encore recommandée
        [one] Recommandée une fois
       *[other] Recommandée { $count } fois
    }
skills-empty-title = Aucune compétence déclarée pour l’instant
skills-empty-what = Une compétence autodéclarée, c’est un savoir-faire acquis sans diplôme pour le prouver : mener un projet au travail, organiser une équipe dans une association, faire vivre un site web comme bénévole. Vous décrivez ce que vous avez fait et votre niveau de maîtrise, en vous appuyant sur le référentiel européen e-CF.
skills-empty-why = C’est utile, car les employeurs et les conseillers des deux côtés de la frontière lisent le même référentiel, et c’est honnête : la mention « autodéclarée » l’accompagne toujours, et une personne qui a vu votre travail pourra la recommander plus tard.
skills-form-title = Déclarer une compétence
skills-form-intro = Une compétence à la fois. Passerelle la signe avec votre propre clé et la garde dans votre portefeuille, toujours avec la mention « autodéclarée ». Rien ne quitte votre ordinateur.
skills-optional = facultatif
skills-required = obligatoire
skills-competence-label = Compétence
skills-competence-help = Tapez quelques mots ou un code, par exemple « projet » ou « E.2 ». Dans cette version, seules les compétences de l’e-CF peuvent être déclarées ; les aptitudes ESCO sont affichées à titre indicatif.
# Variables:
#   $count (Number) - le nombre de compétences et d’aptitudes qui correspondent à ce qui a été tapé
skills-competence-results =
    { $count ->
        [0] Aucune compétence ne correspond à ces mots.
        [one] Un résultat. Parcourez-le avec les flèches haut et bas, puis validez avec Entrée.
       *[other] { $count } résultats. Parcourez-les avec les flèches haut et bas, puis validez avec Entrée.
    }
skills-competence-group-ecf = Compétences e-CF
skills-competence-group-esco = Aptitudes ESCO, à titre indicatif (elles ne peuvent pas être déclarées dans cette version)
skills-esco-attribution = Ce service utilise la classification ESCO de la Commission européenne.
# Variables:
#   $area (String) - le domaine e-CF de la compétence, par exemple « Piloter »
skills-competence-area = Domaine e-CF : { $area }
skills-competence-esco-tag = ESCO
skills-competence-chosen = Compétence choisie
skills-level-legend = Votre niveau
skills-level-help = Choisissez le niveau qui correspond à ce que vous avez réellement fait. Seuls les niveaux de la compétence choisie peuvent être sélectionnés.
skills-level-choose-first = Choisissez d’abord une compétence : vous pourrez ensuite sélectionner l’un de ses niveaux.
# Variables:
#   $code (String) - le code e-CF de la compétence, par exemple « E.2 »
#   $from (String) - son niveau le plus bas, par exemple « e-2 »
#   $to (String) - son niveau le plus haut, par exemple « e-5 »
skills-level-range = { $code } peut être déclarée du niveau { $from } au niveau { $to }.
skills-context-legend = Ce que vous avez fait
skills-context-help = Un exemple concret rend une compétence crédible : où vous étiez, quand, avec qui, et ce qui en est sorti.
# Variables:
#   $language (String) - la langue du texte : fr, nl ou en
skills-narrative-label =
    { $language ->
        [fr] Ce que vous avez fait, en français
        [nl] Ce que vous avez fait, en néerlandais
       *[en] Ce que vous avez fait, en anglais
    }
skills-narrative-example = Par exemple : « J’ai transféré le site web de notre association chez un nouvel hébergeur. J’ai planifié le travail, je l’ai réparti entre trois bénévoles et j’ai gardé l’ancien site en ligne jusqu’à la bascule. »
# Variables:
#   $language (String) - la langue à ajouter : fr, nl ou en
skills-narrative-add =
    { $language ->
        [fr] Ajouter le même texte en français
        [nl] Ajouter le même texte en néerlandais
       *[en] Ajouter le même texte en anglais
    }
# Variables:
#   $language (String) - la langue du texte à retirer : fr, nl ou en
skills-narrative-remove =
    { $language ->
        [fr] Retirer le texte en français
        [nl] Retirer le texte en néerlandais
       *[en] Retirer le texte en anglais
    }
skills-place-label = Où
skills-place-help = Un employeur, une association, un projet bénévole…
skills-period-label = Quand
skills-period-help = Par exemple « 2021–2023 » ou « printemps 2024 ».
skills-team-label = Taille de l’équipe
skills-team-help = Combien de personnes y ont travaillé, vous compris.
skills-outcome-label = Résultat
skills-outcome-help = Ce qui en est sorti : un site en ligne, un projet livré dans les délais, une procédure qui fait gagner des heures…
skills-links-legend = Preuves
skills-links-help = Des adresses web qui montrent votre travail, commençant par https:// : la page d’un projet, un dépôt public, un article.
# Variables:
#   $number (Number) - la position du lien dans la liste
skills-link-label = Lien { $number }
skills-link-add = Ajouter un lien
# Variables:
#   $number (Number) - la position du lien dans la liste
skills-link-remove = Retirer le lien { $number }
skills-key-legend = Votre signature
skills-key-os = Vos compétences sont signées avec votre propre clé, conservée dans le trousseau de clés du système de cet ordinateur. Vous n’avez rien à taper.
skills-key-fallback = Le trousseau de clés du système de cet ordinateur n’est pas utilisable : votre clé est donc conservée dans un fichier.
skills-key-file = La clé qui signe vos compétences est conservée dans un fichier sur cet ordinateur, protégé par cette phrase secrète.
# Variables:
#   $min (Number) - le nombre minimal de caractères d’une nouvelle phrase secrète
skills-key-first = Première fois : choisissez une phrase secrète d’au moins { $min } caractères et gardez-la précieusement. Sans elle, cette clé ne pourra plus rien signer.
skills-key-again = Tapez la phrase secrète choisie lors de votre première déclaration.
skills-key-unlocked = Votre fichier de clé est déverrouillé jusqu’à la fermeture de Passerelle.
skills-passphrase-label = Phrase secrète
skills-passphrase-again-label = Confirmez la phrase secrète
skills-save = Signer et enregistrer
skills-saving = Signature en cours…
# Variables:
#   $competence (String) - le code et l’intitulé de la compétence, par exemple « E.2 Gestion de projets et de portefeuilles »
#   $level (String) - le niveau, par exemple « e-3 »
skills-saved = Enregistrée : « { $competence } » au niveau { $level } est dans votre portefeuille, avec la mention « autodéclarée ».
skills-saved-link = Voir cette compétence
skills-error-competence = Choisissez une compétence dans la liste : tapez quelques mots, puis sélectionnez l’une des compétences e-CF.
skills-error-level = Choisissez votre niveau pour cette compétence.
skills-error-team = Indiquez la taille de l’équipe par un nombre entier, par exemple 5.
skills-error-passphrase-mismatch = Les deux phrases secrètes ne sont pas identiques. Tapez-les à nouveau.

## Formations

trainings-title = Formations
trainings-intro = Des formations en Wallonie, dans les Hauts-de-France et en Flandre pour vous rapprocher du métier que vous visez. Passerelle compare vos compétences avec ce que demande ce métier et vous propose les formations qui comblent l’écart, où qu’elles se trouvent dans l’Eurométropole.

## CV et export

cv-title = CV et export
cv-intro = Transformez votre portefeuille en un CV clair, en français, en néerlandais ou en anglais, quelle que soit la langue de ces écrans, et partagez vos badges sous une forme qu’un employeur ou une école peut vérifier sans Passerelle.
cv-language-title = La langue de votre CV
cv-language-legend = Langue du CV
cv-language-fr = Français
cv-language-nl = Néerlandais
cv-language-en = Anglais
# Variables:
#   $cv (String) - la langue du CV : fr, nl ou en
cv-language-same =
    { $cv ->
        [fr] Votre CV sera en français, comme ces écrans.
        [nl] Votre CV sera en néerlandais, comme ces écrans.
       *[en] Votre CV sera en anglais, comme ces écrans.
    }
# Variables:
#   $cv (String) - la langue du CV : fr, nl ou en
#   $ui (String) - la langue des écrans : fr, nl ou en
cv-language-other =
    Votre CV sera en { $cv ->
        [fr] français
        [nl] néerlandais
       *[en] anglais
    } ; ces écrans restent en { $ui ->
        [fr] français
        [nl] néerlandais
       *[en] anglais
    }.
# Variables:
#   $cv (String) - la langue du CV : fr, nl ou en
cv-language-untranslated =
    { $cv ->
        [fr] Certains de vos textes ne sont pas encore écrits en français : le CV les montre dans une autre langue, avec une mention.
        [nl] Certains de vos textes ne sont pas encore écrits en néerlandais : le CV les montre dans une autre langue, avec une mention.
       *[en] Certains de vos textes ne sont pas encore écrits en anglais : le CV les montre dans une autre langue, avec une mention.
    }
cv-editor-title = Ce que dit votre CV
cv-editor-intro = Enregistré au fur et à mesure. Le CV classe votre expérience et vos formations de la plus récente à la plus ancienne.
cv-editor-profile = Votre nom, votre photo, vos langues et votre lieu de vie viennent de Paramètres › À propos de vous.
cv-editor-loading = Lecture de ce que dit votre CV…
cv-editor-retry = Réessayer
cv-editor-profile-link = Les modifier dans les paramètres
cv-name-missing = Votre CV n’a pas encore de nom en haut : ajoutez-le dans Paramètres › À propos de vous.
cv-name-missing-link = Ajouter votre nom
cv-writing-legend = Vous écrivez en
cv-writing-missing = pas encore traduit
cv-writing-help = Écrivez vos textes dans chaque langue où vous voulez un CV. Un CV dans une langue que vous n’avez pas encore écrite montre le texte dans une autre langue, avec une mention.
# Variables:
#   $language (String) - la langue dans laquelle on écrit : fr, nl ou en
cv-text-in =
    { $language ->
        [fr] en français
        [nl] en néerlandais
       *[en] en anglais
    }
# Variables:
#   $language (String) - la langue dans laquelle on écrit : fr, nl ou en
#   $fallback (String) - la langue que le CV montre à la place : fr, nl ou en
cv-text-fallback =
    Pas encore traduit : un CV en { $language ->
        [fr] français
        [nl] néerlandais
       *[en] anglais
    } montre le texte { $fallback ->
        [fr] français
        [nl] néerlandais
       *[en] anglais
    }, avec une mention :
cv-target-label = Emploi visé
cv-target-help = Par exemple : chef de projet TIC.
cv-summary-label = À propos de vous
cv-summary-help = Quelques lignes : ce que vous faites bien et ce que vous cherchez.
cv-contact-legend = Coordonnées
cv-email-label = Adresse e-mail sur le CV
cv-email-other = Une autre adresse…
cv-email-other-label = Adresse à afficher
cv-email-help = Vos adresses de Paramètres › À propos de vous, ou une autre.
cv-phone-label = Téléphone
# Variables:
#   $list (String) - experience ou education
cv-entries-legend =
    { $list ->
        [education] Formations et diplômes
       *[experience] Expérience
    }
# Variables:
#   $list (String) - experience ou education
cv-entries-help =
    { $list ->
        [education] Diplômes, cours et formations.
       *[experience] Emplois, stages, bénévolat et projets.
    }
# Variables:
#   $list (String) - experience ou education
cv-entries-empty =
    { $list ->
        [education] Aucune formation pour l’instant.
       *[experience] Aucune expérience pour l’instant.
    }
# Variables:
#   $list (String) - experience ou education
#   $number (Number) - la place de l’élément dans la liste, à partir de 1
cv-entry-legend =
    { $list ->
        [education] Formation { $number }
       *[experience] Expérience { $number }
    }
cv-entry-month-help = Année et mois, par exemple 2021-09.
cv-entry-start = Début
cv-entry-end = Fin
cv-entry-ongoing = Toujours en cours
# Variables:
#   $list (String) - experience ou education
cv-entry-title =
    { $list ->
        [education] Formation ou diplôme
       *[experience] Intitulé du poste
    }
# Variables:
#   $list (String) - experience ou education
cv-entry-organisation =
    { $list ->
        [education] École ou organisme
       *[experience] Employeur ou organisation
    }
cv-entry-place = Lieu
cv-entry-description = Ce que vous avez fait ou appris
# Variables:
#   $list (String) - experience ou education
#   $number (Number) - la place de l’élément dans la liste, à partir de 1
cv-entry-remove =
    { $list ->
        [education] Retirer la formation { $number }
       *[experience] Retirer l’expérience { $number }
    }
# Variables:
#   $list (String) - experience ou education
cv-entry-add =
    { $list ->
        [education] Ajouter une formation ou un diplôme
       *[experience] Ajouter une expérience
    }
cv-skills-label = Compétences numériques
cv-skills-help = Les outils et logiciels que vous utilisez, séparés par des virgules, par exemple : Jira, MS Project, Excel.
cv-save = Enregistrer maintenant
cv-saving = Enregistrement…
cv-saved = Toutes les modifications sont enregistrées.
cv-unsaved = Modifications pas encore enregistrées…
cv-not-saved = Pas encore enregistré. Ce que vous avez tapé reste ici.
# Variables:
#   $list (String) - experience ou education
#   $number (Number) - la place de l’élément dans la liste, à partir de 1
cv-error-start =
    { $list ->
        [education] Indiquez le mois où la formation { $number } a commencé.
       *[experience] Indiquez le mois où l’expérience { $number } a commencé.
    }
# Variables:
#   $list (String) - experience ou education
#   $number (Number) - la place de l’élément dans la liste, à partir de 1
cv-error-end =
    { $list ->
        [education] Indiquez le mois où la formation { $number } s’est terminée, ou cochez « Toujours en cours ».
       *[experience] Indiquez le mois où l’expérience { $number } s’est terminée, ou cochez « Toujours en cours ».
    }
cv-badges-title = Badges sur votre CV et dans le lot
cv-badges-intro = C’est vous qui choisissez ce que vous partagez. Les badges délivrés qui se vérifient sont cochés au départ. Vos compétences autodéclarées figurent de toute façon parmi les compétences de votre CV.
cv-badges-legend = Badges à inclure
cv-badges-loading = Lecture de vos badges…
cv-badges-empty = Votre portefeuille ne contient encore aucun badge.
cv-badges-empty-link = Importer des badges
# Variables:
#   $issuer (String) - qui a délivré le badge
cv-badges-issuer = Délivré par { $issuer }
cv-badges-self-declared = Autodéclaré : figure de toute façon parmi vos compétences
# Variables:
#   $status (String) - verified, warning ou failed
cv-badges-status =
    { $status ->
        [verified] Vérifié
        [warning] Vérifié, avec un avertissement
       *[failed] N’a pas pu être vérifié
    }
# Variables:
#   $count (Number) - les badges cochés
#   $total (Number) - les badges de la liste
cv-badges-count = { $count } sur { $total } choisis.
cv-preview-title = Aperçu
cv-preview-busy = Mise à jour…
cv-preview-larger = Agrandir l’aperçu
cv-preview-smaller = Réduire l’aperçu
# Variables:
#   $pages (Number) - le nombre de pages du CV
cv-preview-pages =
    { $pages ->
        [one] Une page
       *[other] { $pages } pages
    }
# Variables:
#   $cv (String) - la langue du CV : fr, nl ou en
cv-preview-language =
    { $cv ->
        [fr] Votre CV en français
        [nl] Votre CV en néerlandais
       *[en] Votre CV en anglais
    }
cv-preview-stale = L’aperçu montre votre CV tel qu’il a été enregistré en dernier.
cv-preview-drawing = Mise en page de votre CV…
# Variables:
#   $page (Number) - la page montrée
#   $pages (Number) - le nombre de pages du CV
#   $cv (String) - la langue du CV : fr, nl ou en
cv-preview-alt =
    Page { $page } sur { $pages } de votre CV en { $cv ->
        [fr] français
        [nl] néerlandais
       *[en] anglais
    }
cv-export-title = Enregistrer et partager
# Variables:
#   $cv (String) - la langue du CV : fr, nl ou en
#   $count (Number) - les badges cochés
cv-export-intro =
    Les fichiers sont en { $cv ->
        [fr] français
        [nl] néerlandais
       *[en] anglais
    }, avec { $count ->
        [0] aucun badge
        [one] le badge coché plus haut
       *[other] les { $count } badges cochés plus haut
    }.
cv-export-pdf = Enregistrer le CV en PDF…
cv-export-europass = XML Europass…
cv-export-json = JSON Resume…
cv-export-formats = Le PDF est prêt à envoyer ou à imprimer. Le XML Europass et le JSON Resume servent aux sites d’emploi et aux outils de CV qui les lisent.
cv-filter-pdf = Document PDF
cv-filter-europass = XML Europass
cv-filter-json = JSON Resume
cv-filter-zip = Archive zip
# Variables:
#   $format (String) - pdf, europass ou json-resume
cv-export-running =
    { $format ->
        [europass] Écriture de votre CV en XML Europass…
        [json-resume] Écriture de votre CV en JSON Resume…
       *[pdf] Écriture de votre CV en PDF…
    }
# Variables:
#   $file (String) - le nom du fichier
#   $size (String) - sa taille, déjà mise en forme (« 48 ko »)
#   $pages (Number) - les pages du PDF, 0 pour les autres formats
cv-export-done =
    { $pages ->
        [0] Enregistré : { $file } ({ $size }).
        [one] Enregistré : { $file } (une page, { $size }).
       *[other] Enregistré : { $file } ({ $pages } pages, { $size }).
    }
# Variables:
#   $path (String) - où se trouve le fichier
cv-export-where = Emplacement : { $path }
cv-export-unsaved = Vos dernières modifications n’ont pas pu être enregistrées. Corrigez-les d’abord plus haut, pour que le fichier dise ce que vous voyez.
cv-export-bundle = Enregistrer un lot de badges…
cv-bundle-title = Lot de badges
cv-bundle-intro = Un seul fichier zip avec les badges cochés plus haut, tels qu’ils ont été délivrés, signé avec votre clé, et une page qui les montre à n’importe qui, sans Passerelle. Chacun peut vérifier que rien n’a été modifié.
cv-bundle-key-file = Votre clé est conservée dans un fichier protégé par votre phrase secrète. Tapez-la pour signer le lot.
# Variables:
#   $min (Number) - le nombre minimum de caractères d’une phrase secrète
cv-bundle-key-first = Choisissez une phrase secrète pour protéger votre clé, d’au moins { $min } caractères, et tapez-la deux fois. Elle vous sera demandée à chaque signature.
cv-bundle-passphrase = Phrase secrète de votre clé
cv-bundle-passphrase-again = Confirmez la phrase secrète
cv-bundle-passphrase-mismatch = Les deux phrases secrètes ne sont pas identiques. Tapez-les à nouveau.
cv-bundle-none = Cochez au moins un badge à mettre dans le lot.
cv-bundle-running = Signature et assemblage de vos badges…
# Variables:
#   $file (String) - le nom du fichier
#   $size (String) - sa taille, déjà mise en forme (« 1,2 Mo »)
#   $count (Number) - les justificatifs du lot
cv-bundle-done =
    { $count ->
        [one] Enregistré : { $file } ({ $size }), un justificatif dans un lot signé avec votre clé.
       *[other] Enregistré : { $file } ({ $size }), { $count } justificatifs dans un lot signé avec votre clé.
    }

## Entretien avec un conseiller

review-title = Faire le point avec un conseiller
review-intro = Pour un rendez-vous court avec un conseiller du Forem, du VDAB ou de France Travail : vos compétences face au métier visé, ce qui appuie chacune d’elles et ce que vous convenez ensemble. Rien de privé n’apparaît ici : aucune adresse e-mail.
review-loading = Préparation de l’entretien…
review-holder-unnamed = Votre portefeuille
review-summary-title = Face au métier de { $profile }
review-summary-reached =
    { $reached ->
        [0] Aucune des { $total } compétences de ce métier n’atteint encore le niveau visé.
        [one] Une compétence sur { $total } atteint le niveau visé.
       *[other] { $reached } compétences sur { $total } atteignent le niveau visé.
    }
review-notice = Les niveaux visés sont une appréciation de Passerelle pour ce métier, sur l’échelle européenne e-CF, de e-1 (débutant) à e-5 (le plus élevé). Ce n’est pas une exigence officielle.
review-no-profile = Le profil « chef de projet informatique » manque dans cette copie de Passerelle : il n’y a rien à quoi comparer le portefeuille.
review-chart-title = { $profile } : niveau actuel et niveau visé pour chaque compétence
review-chart-desc = Pour chaque compétence du métier, une barre montre le niveau que le portefeuille atteste aujourd’hui, sur l’échelle e-CF de e-1 à e-5, et un repère indique le niveau visé par le métier. La barre est pleine pour un badge vérifié, hachurée pour une compétence recommandée, en pointillés pour une compétence autodéclarée, et absente quand rien ne l’appuie. Le tableau qui suit reprend les mêmes données.
review-chart-core = Cœur du métier
review-chart-other = Également demandé
review-chart-levels = Actuel { $current } · visé { $target }
review-chart-levels-unknown = Aucun niveau · visé { $target }
review-legend-title = Comment lire le graphique
review-legend-target = Niveau visé par le métier
review-support-verified-badge = Badge vérifié
review-support-endorsed = Recommandée
review-support-self-declared = Autodéclarée
review-support-none = Rien pour l’instant
review-table-caption = { $profile } : le graphique sous forme de tableau
review-table-competence = Compétence
review-table-target = Niveau visé
review-table-current = Niveau actuel
review-table-support = Appuyée par
review-table-no-level = pas encore
review-core-tag = cœur du métier
review-portfolio-title = Ce qui appuie chaque compétence
review-portfolio-intro = Les badges et les compétences du portefeuille, compétence par compétence, du plus solide au moins solide : un badge vérifié, puis une recommandation, puis une déclaration personnelle.
review-portfolio-nothing =
    { $count ->
        [one] Rien dans le portefeuille n’appuie encore cette compétence
       *[other] Rien dans le portefeuille n’appuie encore ces { $count } compétences
    }
review-source-self-declared-endorsed = Autodéclarée, recommandée
review-source-badge-warning = Badge pas entièrement vérifié
review-source-level = niveau { $level }
review-endorsed-by = Recommandée par { $name }
review-endorsed-by-unnamed = Recommandée par une personne qui n’a pas donné son nom
review-notes-title = Notes d’entretien
review-notes-intro = Notez en quelques mots ce que vous avez convenu. Les notes restent dans ce portefeuille, avec la date et le nom de la personne qui les a écrites.
review-notes-counsellor = Écrite par
review-notes-counsellor-help = Un nom et une agence, par exemple « Julie Martin, Forem Mons ».
review-notes-text = Note
review-notes-save = Enregistrer la note
review-notes-saving = Enregistrement…
review-notes-saved = La note est enregistrée dans le portefeuille.
review-notes-empty = Pas encore de note.
review-notes-list-title =
    { $count ->
        [one] Une note
       *[other] { $count } notes
    }

## Paramètres

settings-title = Paramètres
settings-intro = Choisissez la langue et l’apparence de Passerelle. Vos choix sont enregistrés dans votre portefeuille.
settings-language-label = Langue
settings-language-help = La langue de ces écrans. Vous pourrez toujours exporter votre CV dans une autre langue.
settings-language-system = Comme le système
# Variables:
#   $language (String) - le nom de la langue du système, dans cette langue
settings-language-system-hint = Actuellement : { $language }
settings-theme-label = Apparence
settings-theme-system = Comme le système
settings-theme-light = Clair
settings-theme-dark = Sombre
settings-profile-title = À propos de vous
settings-profile-intro = Passerelle utilise vos adresses e-mail pour reconnaître les badges qui vous ont été délivrés. Elles restent sur cet ordinateur.
settings-profile-name = Votre nom
settings-profile-emails = Vos adresses e-mail
settings-profile-emails-help = Ajoutez toutes les adresses qu’un émetteur a pu utiliser : travail, personnelle, école.
settings-profile-email-label = Adresse e-mail { $number }
settings-profile-remove-email = Retirer { $address }
settings-profile-add-email = Ajouter une adresse
settings-profile-save = Enregistrer
settings-profile-saved = Enregistré. Vos badges ont été vérifiés à nouveau.
settings-profile-photo = Photo (facultative)
settings-profile-photo-help = Elle peut figurer sur votre CV. Passerelle en garde sa propre copie, sans les données de l’appareil photo ni le lieu.
settings-profile-photo-none = Pas de photo
settings-profile-photo-choose = Choisir une photo…
settings-profile-photo-change = Changer de photo…
settings-profile-photo-remove = Retirer la photo
settings-profile-photo-filter = Photos
settings-profile-photo-alt = Votre photo
settings-profile-languages = Langues que vous parlez
settings-profile-languages-help = Indiquez votre niveau sur l’échelle européenne (CECRL), de A1 (débutant) à C2.
# Variables:
#   $number (Number) - la position de la ligne dans la liste
settings-profile-language-label = Langue { $number }
# Variables:
#   $number (Number) - la position de la ligne dans la liste
settings-profile-level-label = Niveau en langue { $number }
# Variables:
#   $language (String) - le nom de la langue
settings-profile-remove-language = Retirer { $language }
settings-profile-add-language = Ajouter une langue
settings-profile-place = Où vous habitez
settings-profile-place-help = Sert à vous montrer les formations proches de chez vous. Reste sur cet ordinateur.
settings-profile-region = Région
settings-profile-region-none = Non précisée
settings-profile-municipality = Commune
settings-profile-postcode = Code postal
language-name-fr = français
language-name-nl = néerlandais
language-name-en = anglais
language-name-de = allemand
language-name-bg = bulgare
language-name-cs = tchèque
language-name-da = danois
language-name-el = grec
language-name-es = espagnol
language-name-et = estonien
language-name-fi = finnois
language-name-ga = irlandais
language-name-hr = croate
language-name-hu = hongrois
language-name-it = italien
language-name-lt = lituanien
language-name-lv = letton
language-name-mt = maltais
language-name-pl = polonais
language-name-pt = portugais
language-name-ro = roumain
language-name-sk = slovaque
language-name-sl = slovène
language-name-sv = suédois
language-name-ar = arabe
language-name-tr = turc
language-name-ru = russe
language-name-uk = ukrainien
language-name-zh = chinois
language-name-sq = albanais
language-name-ln = lingala
language-name-fa = persan
cefr-level-a1 = A1 — débutant
cefr-level-a2 = A2 — élémentaire
cefr-level-b1 = B1 — intermédiaire
cefr-level-b2 = B2 — intermédiaire avancé
cefr-level-c1 = C1 — autonome
cefr-level-c2 = C2 — maîtrise
cefr-level-native = Langue maternelle
region-name-be-wal = Wallonie (Belgique)
region-name-be-vlg = Flandre (Belgique)
region-name-be-bru = Bruxelles (Belgique)
region-name-fr-hdf = Hauts-de-France (France)
region-name-other = Ailleurs
settings-about-title = À propos de ce portefeuille
settings-about-folder = Dossier
settings-about-schema = Version du format du portefeuille
settings-about-created = Créé le

## Erreurs et alertes

fatal-title = Passerelle ne peut pas ouvrir votre portefeuille
fatal-help = Vous pouvez réessayer maintenant, ou fermer Passerelle et le rouvrir plus tard. Si le problème persiste, montrez ce message à une personne qui vous aide avec votre ordinateur.
fatal-retry = Réessayer
alert-title = Cela n’a pas fonctionné
alert-dismiss = Fermer ce message

## Endorsing (desktop)

review-endorse-file-title = Recommander un justificatif reçu en fichier
review-endorse-file-intro = Quelqu’un vous a remis un badge ou une compétence sous forme de fichier, et vous pouvez vous en porter garant ? Passerelle vérifie d’abord le fichier. Vous signez ensuite une recommandation avec votre propre clé et vous l’enregistrez dans un fichier à lui remettre.
review-endorse-file-choose = Choisir un fichier…
review-endorse-file-choose-other = Choisir un autre fichier
review-endorse-file-filter = Badges et compétences
review-endorse-file-checking = Vérification du fichier…
review-endorse-file-what = Ce que vous recommandez
review-endorse-file-name = Nom
review-endorse-file-issuer = Délivré par
review-endorse-file-issuer-unknown = Non indiqué
review-endorse-file-status = Vérification
review-endorse-file-self-declared = Auto-déclarée : la personne l’a écrite et signée elle-même. Ne la recommandez que si vous avez vérifié ce qu’elle affirme.
review-endorse-comment = Votre commentaire
review-endorse-comment-help = Dites en quelques phrases ce que vous avez vérifié et comment. Toute personne qui lit la recommandation le verra.
review-endorse-comment-count = { $count } caractères sur { $max }
review-endorse-file-signer = La recommandation sera signée avec votre clé, au nom de { $name }.
review-endorse-file-signer-unnamed = Votre nom n’est pas renseigné : la recommandation ne portera aucun nom. Vous pouvez l’ajouter dans Paramètres, sous « À propos de vous ».
review-endorse-key-legend = Votre signature
review-endorse-key-file = Votre clé est conservée dans un fichier protégé par une phrase secrète. Tapez-la pour signer.
review-endorse-key-first = Première fois : choisissez une phrase secrète d’au moins { $min } caractères et gardez-la précieusement. Sans elle, votre clé ne pourra plus rien signer.
review-endorse-passphrase = Phrase secrète
review-endorse-passphrase-again = Confirmez la phrase secrète
review-endorse-passphrase-mismatch = Les deux phrases secrètes ne sont pas identiques. Tapez deux fois la même.
review-endorse-file-sign = Signer et enregistrer…
review-endorse-signing = Signature…
review-endorse-file-save-filter = Recommandation (JSON)
review-endorse-file-saved = Votre recommandation de « { $name } » est enregistrée dans { $path }. Remettez ce fichier à la personne : elle l’ajoute à son portefeuille comme un badge.
review-endorse-file-cancelled = Rien n’a été enregistré : aucun emplacement n’a été choisi pour le fichier.
review-endorse-held-action = Recommander…
review-endorse-held-action-label = Recommander « { $name } »
review-endorse-held-title = Recommander « { $name } » avec votre propre clé
review-endorse-held-intro = Ce portefeuille appartient à la personne que vous recevez : signez donc avec votre propre clé, en choisissant la copie de votre clé que vous avez apportée (voir Paramètres, « Enregistrer une copie de ma clé de signature »). Passerelle se contente de la lire et n’en garde rien ici.
review-endorse-held-key = Votre fichier de clé
review-endorse-held-key-choose = Choisir votre fichier de clé…
review-endorse-held-key-none = Aucun fichier choisi pour l’instant.
review-endorse-held-key-filter = Fichier de clé Passerelle
review-endorse-held-error-key = Choisissez d’abord le fichier de votre clé.
review-endorse-held-passphrase = Phrase secrète de votre fichier de clé
review-endorse-held-name = Votre nom
review-endorse-held-name-help = Tel qu’il apparaîtra sur la recommandation, par exemple « Julie Martin, Forem Mons ».
review-endorse-held-sign = Signer et ajouter
review-endorse-held-cancel = Annuler
review-endorse-held-done = Votre recommandation de « { $name } » est ajoutée à ce portefeuille.
settings-key-title = Votre clé de signature
settings-key-os = Votre clé est conservée dans le trousseau de clés du système de cet ordinateur.
settings-key-file = Votre clé est conservée dans un fichier de votre portefeuille, protégé par votre phrase secrète.
settings-key-copy-intro = Pour recommander un badge ou une compétence sur l’ordinateur de quelqu’un d’autre (pendant un rendez-vous, par exemple), emportez une copie de votre clé, sur une clé USB par exemple. Prenez-en soin comme d’une clé de maison.
settings-key-copy-new = Choisissez une phrase secrète d’au moins { $min } caractères pour protéger la copie. Vous la taperez chaque fois que vous utiliserez la copie.
settings-key-copy-same = La copie est protégée par la même phrase secrète que votre fichier de clé.
settings-key-new-passphrase = Phrase secrète de la copie
settings-key-passphrase = Phrase secrète de votre clé
settings-key-passphrase-again = Confirmez la phrase secrète
settings-key-passphrase-mismatch = Les deux phrases secrètes ne sont pas identiques. Tapez deux fois la même.
settings-key-save = Enregistrer une copie de ma clé de signature…
settings-key-saving = Enregistrement…
settings-key-filter = Fichier de clé Passerelle
settings-key-saved = Une copie de votre clé est enregistrée dans { $path }.
settings-key-did = Son identifiant public : { $did }
settings-key-cancelled = Rien n’a été enregistré : aucun emplacement n’a été choisi pour le fichier.
settings-backup-title = Sauvegarde et restauration
settings-backup-intro = Une sauvegarde est un seul fichier qui contient tout votre portefeuille : badges, compétences, recommandations, pièces justificatives, notes, votre profil et votre clé. Elle est chiffrée avec une phrase secrète que vous choisissez. Gardez-la ailleurs que sur cet ordinateur, sur une clé USB par exemple.
settings-backup-make-title = Faire une sauvegarde
# Variables:
#   $min (Number) - le nombre minimal de caractères
settings-backup-make-help = Choisissez une phrase secrète pour la sauvegarde, d’au moins { $min } caractères. Elle vous sera demandée pour restaurer la sauvegarde, et personne ne pourra la retrouver pour vous.
settings-backup-passphrase = Phrase secrète de la sauvegarde
settings-backup-passphrase-again = Confirmez la phrase secrète
settings-backup-passphrase-mismatch = Les deux phrases secrètes ne sont pas identiques. Tapez deux fois la même.
settings-backup-make = Faire une sauvegarde…
settings-backup-making = Sauvegarde en cours…
settings-backup-filter = Sauvegarde Passerelle
# Variables:
#   $path (String) - l’endroit où la sauvegarde a été enregistrée
settings-backup-saved = Votre sauvegarde est enregistrée dans { $path }.
# Variables:
#   $badges (Number) - le nombre de badges qu’elle contient
#   $skills (Number) - le nombre de compétences déclarées qu’elle contient
#   $endorsements (Number) - le nombre de recommandations qu’elle contient
settings-backup-saved-counts = Elle contient { $badges } { $badges ->
        [one] badge
       *[other] badges
    }, { $skills } { $skills ->
        [one] compétence déclarée
       *[other] compétences déclarées
    } et { $endorsements } { $endorsements ->
        [one] recommandation
       *[other] recommandations
    }.
settings-backup-cancelled = Rien n’a été enregistré : aucun emplacement n’a été choisi pour le fichier.
settings-backup-restore-title = Restaurer une sauvegarde
settings-backup-restore-help = Tout ce que la sauvegarde contient et que ce portefeuille n’a pas encore y est ajouté. Rien n’est remplacé : votre profil, vos réglages et votre clé restent tels quels.
settings-backup-restore = Restaurer une sauvegarde…
# Variables:
#   $name (String) - le nom du fichier de sauvegarde
settings-backup-chosen = Fichier de sauvegarde : { $name }
settings-backup-restore-passphrase = Phrase secrète de la sauvegarde
settings-backup-restore-confirm = Restaurer
settings-backup-restoring = Restauration en cours…
settings-backup-restore-other = Choisir un autre fichier
settings-backup-no-file = Rien n’a été restauré : aucun fichier n’a été choisi.
# Variables:
#   $name (String) - le nom du fichier de sauvegarde
settings-backup-restored = La sauvegarde { $name } est restaurée dans votre portefeuille.
# Variables:
#   $kind (String) - badges, self-declared, endorsements, evidence, documents, notes, plan, offers, places ou cv
settings-backup-kind =
    { $kind ->
        [badges] Badges
        [self-declared] Compétences déclarées
        [endorsements] Recommandations
        [evidence] Pièces justificatives
        [documents] Documents pour la vérification hors ligne
        [notes] Notes d’entretien
        [plan] Formations de votre plan
        [offers] Offres de formation importées
        [places] Lieux de formation importés
        [cv] Textes du CV
       *[other] Autres éléments
    }
# Variables:
#   $added (Number) - le nombre d’éléments ajoutés depuis la sauvegarde
#   $existing (Number) - le nombre d’éléments déjà présents dans le portefeuille
settings-backup-count = { $added } { $added ->
        [one] ajouté
       *[other] ajoutés
    }, { $existing } déjà { $existing ->
        [one] présent
       *[other] présents
    }
settings-backup-nothing-new = Votre portefeuille contenait déjà tout ce qui se trouve dans cette sauvegarde : rien n’a été ajouté.
settings-backup-profile-kept = Votre profil est resté tel quel.
settings-backup-profile-restored = Votre profil a été repris de la sauvegarde, car ce portefeuille n’en avait pas.
settings-backup-settings-kept = Vos réglages sont restés tels quels.
settings-backup-key-kept = La clé de la sauvegarde n’a pas été restaurée, car ce portefeuille a la sienne. Les compétences signées avec la clé de la sauvegarde restent valables.
settings-backup-key-restored = La clé de la sauvegarde est désormais celle de ce portefeuille, qui n’en avait pas.
settings-backup-key-same = La sauvegarde contient la clé de ce portefeuille.

## Evidence files

evidence-legend = Fichiers de preuve
evidence-help = Des documents qui montrent votre travail, conservés dans votre portefeuille : un PDF, une image (PNG, JPEG, WebP), un fichier texte ou un document bureautique. Jusqu’à { $max } fichiers, de { $size } Mo au plus chacun.
evidence-filter = Documents et images
evidence-add = Ajouter des fichiers…
evidence-adding = Vérification des fichiers…
evidence-remove-short = Retirer
evidence-remove = Retirer { $name }
evidence-list-label =
    { $count ->
        [one] { $count } fichier choisi
       *[other] { $count } fichiers choisis
    }
evidence-duplicate = « { $name } » est déjà dans la liste.
evidence-badge-title = Fichiers de preuve
evidence-badge-help = Ces fichiers sont conservés dans votre portefeuille. La compétence signée désigne chacun par une empreinte de son contenu : la personne qui en reçoit une copie peut vérifier que c’est bien le même fichier.
evidence-save = Enregistrer une copie…
evidence-saving = Enregistrement…
evidence-save-label = Enregistrer une copie de { $name }
evidence-saved = Une copie de « { $name } » est enregistrée dans { $path }.

## Trainings

trainings-sample-notice = Ces formations forment un catalogue d’exemple, composé à partir des vrais organismes de la région pour montrer comment fonctionne Passerelle. Vérifiez chaque détail auprès de l’organisme avant de vous inscrire ; le flux de l’organisme lui-même les remplacera.
trainings-loading = Chargement des formations…
# Variables:
#   $profile (String) - the role profile aimed at, e.g. ICT project manager
trainings-gap-title = Votre écart avec le profil { $profile }
# Variables:
#   $open (Number) - competences not yet at the level the role asks
#   $total (Number) - competences of the role
trainings-gap-summary =
    { $open ->
        [0] Votre portefeuille montre les { $total } compétences au niveau demandé par le métier.
        [one] 1 compétence sur { $total } est encore sous le niveau demandé par le métier.
       *[other] { $open } compétences sur { $total } sont encore sous le niveau demandé par le métier.
    }
# Variables:
#   $current (Number) - the level the portfolio shows (1…5)
#   $target (Number) - the level the role asks (1…5)
trainings-gap-level = e-{ $current } sur e-{ $target }
# Variables:
#   $target (Number) - the level the role asks (1…5)
trainings-gap-none = pas encore montrée, e-{ $target } demandé
trainings-gap-review-link = Voir le bilan complet
trainings-filters-title = Filtrer les formations
trainings-filter-regions = Région
trainings-filter-modalities = Modalité
trainings-filter-language = Langue d’enseignement
trainings-filter-any-language = Toutes les langues
trainings-filter-distance = Distance de chez vous
trainings-filter-any-distance = Toutes les distances
# Variables:
#   $km (Number) - a distance in kilometres
trainings-filter-km = À { $km } km maximum
trainings-filter-distance-needs-place = Pour filtrer selon la distance, indiquez votre commune ou votre code postal dans votre profil.
trainings-filter-distance-settings-link = Ouvrir les Réglages
trainings-filter-from = Début à partir du
trainings-filter-to = Début au plus tard le
trainings-filter-dates-order = La première date doit précéder la seconde.
trainings-filters-apply = Afficher les formations
trainings-filters-reset = Effacer les filtres
trainings-modality-in-person = En présentiel
trainings-modality-distance = À distance
trainings-modality-blended = Hybride
trainings-list-title = Les formations qui comblent votre écart
trainings-list-empty = Aucune formation ne correspond à ces filtres. Essayez avec moins de filtres ou une distance plus grande.
# Variables:
#   $count (Number) - le nombre total de formations recommandées
trainings-list-show-all = Afficher les { $count } formations
# Variables:
#   $count (Number) - how many trainings are listed
trainings-list-count =
    { $count ->
        [one] 1 formation, la plus pertinente d’abord.
       *[other] { $count } formations, les plus pertinentes d’abord.
    }
trainings-cross-border = Une chance de l’autre côté de la frontière
trainings-fact-modality = Modalité
trainings-fact-languages = Langues
trainings-fact-where = Lieu
# Variables:
#   $km (Number) - distance in kilometres
trainings-fact-km = à { $km } km
trainings-fact-next-session = Prochaine session
trainings-fact-no-session = Pas de date annoncée
trainings-fact-covers = Compétences
trainings-fact-score = Écart comblé
# Variables:
#   $score (Number) - share of the gap closed, in percent
trainings-score = { $score } %
trainings-reasons-title = Pourquoi cette formation
trainings-add-to-plan = Ajouter à mon plan
trainings-in-plan = Dans mon plan
trainings-open-offer = Détails
trainings-plan-title = Mon plan
trainings-plan-empty = Votre plan est vide. Ajoutez les formations que vous voulez suivre, puis parlez-en avec votre conseiller ou conseillère.
# Variables:
#   $date (String) - the start date of the next session, already formatted
trainings-plan-next = début le { $date }
# Variables:
#   $id (String) - the id of an offer no longer in the catalogue
trainings-plan-gone = Une formation qui n’est plus au catalogue ({ $id })
trainings-plan-remove = Retirer
# Variables:
#   $title (String) - the training's title
trainings-plan-remove-label = Retirer { $title } de mon plan
trainings-map-section = Carte de l’Eurométropole
trainings-map-title = Carte de l’Eurométropole : lieux d’apprentissage et formations
# Variables:
#   $places (Number) - learning places drawn
#   $offers (Number) - listed trainings drawn
trainings-map-desc = Un dessin simple de Lille, Courtrai, Tournai et des villes voisines, avec la frontière franco-belge, la frontière linguistique, { $places } lieux d’apprentissage et { $offers } des formations de la liste. Les mêmes lieux sont listés ci-dessous.
trainings-map-legend-places = Lieu d’apprentissage
trainings-map-legend-offers = Formation de la liste
trainings-map-legend-home = Votre domicile
trainings-map-legend-border = Frontière franco-belge (approximative)
trainings-map-legend-language-border = Frontière linguistique (approximative)
trainings-map-list-title = Lieux sur la carte
# Variables:
#   $municipality (String) - where the learner lives
trainings-map-home = Votre domicile : { $municipality }
trainings-place-kind-epn = Espace public numérique (EPN)
trainings-place-kind-campus = Campus
trainings-place-kind-hub = Pôle numérique
trainings-place-kind-library = Bibliothèque
trainings-place-kind-training-centre = Centre de formation
trainings-import-title = Importer un catalogue
trainings-import-help = Ajoutez les offres de formation d’un organisme : un fichier JSON Passerelle, un fichier XML LHEO (le standard français) ou le modèle CSV. Les offres de même identifiant sont mises à jour, sans doublon.
trainings-import-button = Importer un catalogue…
trainings-import-busy = Import en cours…
trainings-import-filter = Catalogues de formations
# Variables:
#   $added (Number) - new offers
#   $updated (Number) - offers whose content changed
#   $unchanged (Number) - offers already there as they are
#   $places (Number) - learning places in the file
trainings-import-summary = Catalogue importé : { $added } nouvelles, { $updated } mises à jour, { $unchanged } inchangées, { $places } lieux d’apprentissage.
trainings-offer-back = Retour aux formations
trainings-offer-missing-title = Formation introuvable
trainings-offer-sample = Données d’exemple
trainings-offer-facts = En bref
trainings-offer-duration = Durée
# Variables:
#   $hours (Number) - duration in hours
trainings-offer-hours =
    { $hours ->
        [one] 1 heure
       *[other] { $hours } heures
    }
trainings-offer-rhythm = Rythme
trainings-offer-eqf = Niveau CEC
# Variables:
#   $level (Number) - EQF level, 1…8
trainings-offer-eqf-level = Niveau { $level }
trainings-offer-certification = Certification
trainings-offer-cost = Prix
trainings-offer-cost-free = Gratuit
trainings-offer-cost-unknown = Renseignez-vous auprès de l’organisme
# Variables:
#   $amount (String) - the price in euros, already formatted
trainings-offer-cost-eur = { $amount } €
trainings-offer-competences = Compétences enseignées
# Variables:
#   $level (Number) - e-CF level reached, 1…5
trainings-offer-competence-level = jusqu’au niveau e-{ $level }
trainings-offer-none = Non précisé.
trainings-offer-sessions = Sessions
# Variables:
#   $start (String) - start date, already formatted
#   $end (String) - end date, already formatted
trainings-offer-session-dates = Du { $start } au { $end }
# Variables:
#   $start (String) - start date, already formatted
trainings-offer-session-start = Début le { $start }
trainings-offer-session-undated = Dates à préciser
trainings-offer-register = Inscription :
trainings-offer-funding = Qui paie
trainings-funding-who-everyone = Tout le monde
trainings-funding-who-employee = Salariés
trainings-funding-who-employer = Employeurs
trainings-funding-who-self-employed = Indépendants
trainings-funding-who-job-seeker-forem = Demandeurs d’emploi inscrits au Forem
trainings-funding-who-job-seeker-vdab = Demandeurs d’emploi inscrits au VDAB
trainings-funding-who-job-seeker-actiris = Demandeurs d’emploi inscrits chez Actiris
trainings-funding-who-job-seeker-france-travail = Demandeurs d’emploi inscrits à France Travail
trainings-funding-who-cross-border-job-seeker = Demandeurs d’emploi frontaliers
trainings-funding-kind-free = gratuit
trainings-funding-kind-reduced = tarif réduit
trainings-funding-kind-paid = plein tarif
trainings-offer-where = Lieu de formation
trainings-offer-nowhere = En ligne : aucun déplacement.
trainings-offer-source = Source des données
# Variables:
#   $date (String) - when the data was retrieved, already formatted
trainings-offer-retrieved = récupérées le { $date }
# Variables:
#   $licence (String) - the data's licence
trainings-offer-licence = Licence : { $licence }
