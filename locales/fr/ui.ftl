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
home-step-badges-title = Importez les badges que vous avez déjà
home-step-badges-body = Les badges reçus par e-mail ou téléchargés depuis une plateforme de formation, sous forme d’image ou de fichier JSON.
home-step-badges-action = Aller aux badges
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
badges-soon-import = Importer vos badges depuis des fichiers, un par un ou plusieurs à la fois
badges-soon-verify = Voir quels badges sont vérifiés, lesquels demandent votre attention, et pourquoi
badges-soon-export = Partager vos badges tels quels, pour que chacun puisse les vérifier sans Passerelle

## Compétences

skills-title = Compétences
skills-intro = Tout ce que vous savez faire ne figure pas sur un diplôme. Ici, vous décrivez les compétences acquises dans des projets informatiques, au travail ou comme bénévole, en vous appuyant sur les référentiels européens e-CF et ESCO : employeurs et conseillers les comprennent ainsi de la même façon des deux côtés de la frontière.
skills-soon-choose = Choisir vos compétences dans l’e-CF et dans le profil ESCO de chef de projet TIC
skills-soon-level = Indiquer votre niveau de maîtrise pour chacune, avec un exemple tiré de votre expérience
skills-soon-endorse = Demander à un conseiller ou à un collègue de confirmer une compétence qu’il vous a vu mettre en œuvre

## Formations

trainings-title = Formations
trainings-intro = Des formations en Wallonie, dans les Hauts-de-France et en Flandre pour vous rapprocher du métier que vous visez. Passerelle compare vos compétences avec ce que demande ce métier et vous propose les formations qui comblent l’écart, où qu’elles se trouvent dans l’Eurométropole.
trainings-soon-compare = Comparer vos compétences avec un métier visé, par exemple chef de projet TIC
trainings-soon-browse = Parcourir, des deux côtés de la frontière, les formations qui complètent votre profil
trainings-soon-plan = Garder les formations choisies dans un plan d’action

## CV et export

cv-title = CV et export
cv-intro = Transformez votre portefeuille en un CV clair, en français, en néerlandais ou en anglais, quelle que soit la langue de ces écrans, et partagez vos badges sous une forme qu’un employeur ou une école peut vérifier sans Passerelle.
cv-soon-language = Choisir la langue de votre CV indépendamment de celle de ces écrans
cv-soon-pdf = Exporter votre CV en PDF, prêt à envoyer ou à imprimer
cv-soon-bundle = Regrouper vos badges dans un seul fichier que chacun peut vérifier

## Entretien avec un conseiller

review-title = Faire le point avec un conseiller
review-intro = Pour un rendez-vous court avec un conseiller du Forem, du VDAB ou de France Travail : ce qui est vérifié et ce qui est déclaré apparaît en quelques secondes, et le temps de l’entretien est consacré à votre projet. Le conseiller peut confirmer les compétences qu’il a vérifiées et convenir avec vous des prochaines étapes.
review-soon-open = Ouvrir un portefeuille ou un lot de badges au début du rendez-vous
review-soon-overview = Voir d’emblée ce qui est vérifié et ce que vous avez déclaré vous-même
review-soon-plan = Confirmer les compétences vérifiées et convenir ensemble d’un plan d’action

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
