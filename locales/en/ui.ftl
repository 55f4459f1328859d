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
home-demo-body = Just looking? Fill the wallet with sample data: badges from a DEMO issuer, a self-declared skill and its endorsement. You will see every screen at work.
home-step-badges-title = Import the badges you already have
home-step-badges-body = Badges you received by e-mail or downloaded from a training platform, as image or JSON files.
home-step-badges-action = Import your badges
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

## Badges: toolbar, search and filters

badges-import-button = Import badges…
badges-picker-filter = Badges
badges-paste-button = Paste badge text
badges-paste-label = Badge text
badges-paste-help = Paste the text of a badge you received: the content of a .json file, or a signed text (JWT) starting with “eyJ”.
badges-paste-empty = Paste the badge text first.
badges-paste-submit = Import this text
badges-paste-cancel = Cancel
badges-reverify-all = Check all again
badges-reverify-all-done = All your badges have been checked again.
badges-drop-hint = You can also drag badge files (PNG, SVG, JSON or JWT) onto this window.
badges-drop-title = Drop the files here to import them as badges
badges-loading = Loading your badges…
badges-list-title = Your badges
badges-search-label = Search by name or issuer
badges-filter-label = Show
badges-filter-all = All
# Variables:
#   $count (Number) - how many badges are shown
badges-count =
    { $count ->
        [0] No badge shown
        [one] { $count } badge shown
       *[other] { $count } badges shown
    }
badges-no-match = No badge matches your search.
badges-clear-filters = Show all badges
badges-issuer-unknown = Issuer not given
# Variables:
#   $name (String) - the badge's name
badges-image-alt = Image of the badge “{ $name }”
badges-kind-self-declared = Self-declared
badges-kind-self-declared-help = Self-declared: you stated this skill yourself and signed it with your own key. Endorsements show who checked it.
badges-detail-endorsements = Who vouches for it
badges-endorsement-warning = This endorsement could not be fully checked.
# Variables:
#   $count (Number) - how many people or organisations endorsed the badge
badges-endorsements =
    { $count ->
        [one] Endorsed once
       *[other] Endorsed { $count } times
    }

## Badges: status of a badge

badges-status-verified = Verified
badges-status-verified-help = Everything that can be checked on this computer is in order.
badges-status-warning = Needs attention
badges-status-warning-help = The badge is genuine, but something needs your attention, such as a date.
badges-status-failed = Not valid
badges-status-failed-help = This badge cannot be trusted: the checks below say why.

## Badges: empty wallet

badges-empty-title = No badges yet
badges-empty-body = Import the badge files you received from a training centre, an employer or an association: Passerelle checks each one on this computer.
badges-empty-samples = Try with sample data

## Badges: import progress and summary

badges-progress-title = Importing badges…
# Variables:
#   $done (Number) - how many files have been handled
#   $total (Number) - how many files there are in all
badges-progress-count = { $done } of { $total }
# Variables:
#   $file (String) - the name of the file checked last
badges-progress-file = Just checked: { $file }
badges-progress-cancel = Cancel
badges-progress-cancelling = Stopping…
badges-summary-title = Import finished
badges-summary-close = Close this summary
# Variables:
#   $count (Number) - how many badges were added to the wallet
badges-summary-imported =
    { $count ->
        [0] No new badge
        [one] { $count } badge imported
       *[other] { $count } badges imported
    }
# Variables:
#   $count (Number) - how many files held a badge the wallet already had
badges-summary-duplicate =
    { $count ->
        [one] { $count } already in your wallet
       *[other] { $count } already in your wallet
    }
# Variables:
#   $count (Number) - how many files were refused
badges-summary-refused =
    { $count ->
        [one] { $count } file refused
       *[other] { $count } files refused
    }
# Variables:
#   $count (Number) - how many files were left out because the import was stopped
badges-summary-skipped =
    { $count ->
        [one] { $count } file left out: you stopped the import
       *[other] { $count } files left out: you stopped the import
    }
# Variables:
#   $count (Number) - how many documents for offline checks (status lists, keys) were added
badges-summary-documents =
    { $count ->
        [one] { $count } document added for checking badges offline
       *[other] { $count } documents added for checking badges offline
    }
badges-summary-documents-note = Your badges were checked again with them.
badges-summary-refused-title = Why these files were refused
badges-summary-pasted = The pasted text
badges-summary-refused-note = Nothing from these files was added to your wallet. If you think a badge is genuine, ask its issuer for a new copy.
badges-summary-no-reason = Passerelle could not read a badge in this file.

## Badges: the page of one badge

badges-back = Back to your badges
badges-detail-nav = Badge navigation
badges-detail-loading = Loading the badge…
badges-detail-missing-title = Badge not found
# Variables:
#   $issuer (String) - the name of the organisation that issued the badge
badges-detail-issued-by = Issued by { $issuer }
# Variables:
#   $name (String) - the person who declared the skill (the holder)
badges-detail-declared-by = Declared by { $name }, signed with their own key
badges-detail-about-skill = About this skill
badges-detail-what-was-done = What was done
badges-detail-issuer-url = Issuer’s website:
badges-detail-about = About this badge
badges-detail-criteria = What it takes to earn it
badges-detail-alignments = Skills and references it matches
badges-detail-alignment-unnamed = Unnamed reference
badges-detail-validity = Validity
badges-detail-valid-from = Valid from
badges-detail-valid-until = Valid until
badges-detail-no-expiry = Does not expire
badges-detail-checks-title = What Passerelle checked
badges-detail-checks-intro = Each step of the Open Badges verification, in order, done on this computer without the internet.
# Variables:
#   $date (String) - the date and time of the last check, already written out
badges-detail-last-checked = Last checked { $date }
badges-detail-check-again = Check again
badges-detail-checking = Checking…
# Variables:
#   $status (String) - the badge's status after the check, e.g. “Verified”
badges-detail-checked-now = Checked again just now: { $status }.
badges-detail-technical = Technical details
badges-detail-technical-id = Badge identifier
badges-detail-technical-issuer = Issuer identifier
badges-detail-technical-form = Form
badges-outcome-passed = Passed:
badges-outcome-failed = Not passed:
badges-outcome-skipped = Not checked:
badges-outcome-attention = Needs attention:

## Badges: each check of a verification, in words

# Variables:
#   $container (String) - what the badge came in: json, jws, png or svg
#   $form (String) - the kind of badge: ob3, ob3-vcdm1.1, ob3-jwt, ob2-hosted, ob2-signed or ob2-url
badges-check-format-recognised =
    Recognised { $form ->
        [ob2-hosted] an Open Badge 2.0
        [ob2-signed] a signed Open Badge 2.0
        [ob2-url] an Open Badge 2.0
        [ob3-jwt] a signed Open Badge 3.0
       *[other] an Open Badge 3.0
    } { $container ->
        [png] baked into a PNG image
        [svg] baked into an SVG image
        [jws] as signed text (JWT)
       *[other] in a JSON file
    }
badges-check-context-known = Written in the Open Badges vocabulary, which Passerelle knows
badges-check-context-ob-missing = It does not say it is an Open Badge: the Open Badges vocabulary is missing
badges-check-context-vc-first = It is not laid out as a verifiable credential: the vocabulary that must come first is missing
# Variables:
#   $url (String) - the address of the vocabulary Passerelle does not know
badges-check-unknown-context = It uses a vocabulary Passerelle does not know ({ $url }), so it cannot be trusted
badges-check-key-did-key = The issuer’s key is part of its identifier, so it can be checked without the internet
badges-check-key-jwk = The signed token carries the issuer’s key itself: the signature can be checked, but not who owns the key
badges-check-key-did-jwk = The issuer’s key is part of its identifier, so it can be checked without the internet
badges-check-key-fetched = The issuer’s key comes from a document you supplied for its web address
badges-check-key-offline = The issuer’s key is published online: checking it needs the internet, or the key imported as a file
badges-check-key-provenance-unknown = Could not tell who owns the key that signed it
badges-check-key-controller-match = The key that signed it belongs to the issuer
badges-check-key-controller-mismatch = The key that signed it does not belong to the issuer named in the badge
badges-check-proof-valid = Signature valid — signed with the issuer’s key
badges-check-proof-not-checked = The signature was not checked: the issuer’s key could not be reached
badges-check-signature-valid = Signature valid — signed with the issuer’s key
badges-check-signature-invalid = This file has been changed since it was signed, or it was signed with another key
badges-check-ob2-hosted-needs-network = This Open Badge 2.0 is checked on the issuer’s website: that needs the internet, or the issuer’s copy imported as a file
badges-check-ob2-signed-key-needs-network = The issuer’s key for this Open Badge 2.0 is online: checking the signature needs the internet, or the key imported as a file
badges-check-jwt-claims-match = The signed text and the badge inside it agree
badges-check-jwt-claim-invalid = The signed text around the badge contains a value that is not allowed
badges-check-jwt-claim-mismatch = The signed text and the badge inside it do not say the same thing
badges-check-jwt-claim-missing = The signed text around the badge lacks information it must contain
badges-check-jwt-times-valid = The dates of the signed text are valid
badges-check-status-none = The issuer gave no way to revoke this badge, so it cannot have been revoked
badges-check-status-not-revoked = Not revoked — checked against the status list you supplied, signed by the issuer
badges-check-key-supplied = The issuer’s key comes from a file you imported
badges-check-ob2-hosted-confirmed = Same as the copy published by the issuer, from a file you imported
badges-check-ob2-hosted-differs = Differs from the copy published by the issuer: it was changed
badges-check-ob2-issuer-needs-network = Could not tell who owns the key without the badge’s description from the issuer’s website (import it to check)
badges-check-document-status-list = A status list: it tells which badges the issuer revoked
badges-check-document-revocation-list = A revocation list: it tells which badges the issuer revoked
badges-check-document-did-document = An issuer’s identity document with its keys
badges-check-document-key = An issuer’s public key
badges-check-document-issuer = An issuer’s profile (Open Badges 2.0)
badges-check-document-badge-class = A badge description from its issuer (Open Badges 2.0)
badges-check-status-not-listed = Not revoked — it is not on the issuer’s revocation list you imported
badges-check-endorsed-not-in-wallet = This endorsement is about a credential that is not in your wallet: import that credential first
badges-check-revoked = Revoked — the issuer has withdrawn this badge
badges-check-suspended = Suspended — the issuer has put this badge on hold
badges-check-status-list-invalid = The status list could not be trusted: it is damaged or not signed by the issuer
badges-check-status-list-issuer-mismatch = The status list was published by someone other than the badge’s issuer
badges-check-status-entry-malformed = The badge’s status information is incomplete
badges-check-status-index-invalid = The badge points outside its status list
badges-check-status-needs-network = Could not check whether the issuer revoked it: that needs the internet, or the issuer’s status list imported as a file
badges-check-status-offline = Could not check whether the issuer revoked it without the internet
# Variables:
#   $date (String) - the date from which the badge is valid, already written out
badges-check-valid-from-passed = Valid since { $date }
# Variables:
#   $date (String) - the date from which the badge will be valid, already written out
badges-check-not-yet-valid = Not valid yet: it becomes valid on { $date }
# Variables:
#   $date (String) - the date until which the badge is valid, already written out
badges-check-not-expired = Valid until { $date }
badges-check-no-expiry = Does not expire
# Variables:
#   $date (String) - the date the badge expired, already written out
badges-check-expired = Expired on { $date } — the badge was valid when it was issued
# Variables:
#   $date (String) - the date as the badge writes it
badges-check-date-malformed = A date in the badge cannot be read ({ $date })
# Variables:
#   $email (String) - the wallet owner's e-mail address the badge was issued to
badges-check-recipient-matched = Issued to you ({ $email })
badges-check-recipient-not-owner = Issued to someone else: it matches none of your e-mail addresses
badges-check-recipient-owner-unknown = Could not check that it was issued to you: Passerelle does not know your e-mail address
badges-check-empty = The file is empty
badges-check-file-unreadable = The file could not be read
badges-check-too-large = The file is too large to be a badge
badges-check-too-deep = The file is nested too deeply to be read safely
badges-check-malformed-json = The file is damaged: its text cannot be read as JSON
badges-check-not-utf8 = The text contains characters that cannot be read
badges-check-unknown-format = This is not a badge file: Passerelle reads PNG and SVG images, JSON files and signed texts (JWT)
badges-check-not-a-badge = This file is not an Open Badge
badges-check-png-truncated = The PNG image is incomplete: the file was cut short
badges-check-png-crc = The PNG image is damaged: part of it was changed or corrupted
badges-check-png-malformed = The PNG image is damaged
badges-check-png-no-credential = This PNG image contains no badge
badges-check-png-inflate = The badge inside the PNG image could not be unpacked
badges-check-svg-malformed = The SVG image is damaged
badges-check-svg-entities = The SVG image uses XML entities, which Passerelle refuses for your safety
badges-check-svg-no-credential = This SVG image contains no badge
badges-check-data-uri-malformed = The picture inside the badge is damaged
badges-check-jws-malformed = The signed text is damaged or incomplete
badges-check-jws-unsupported-alg = It is signed with a method Passerelle does not support
badges-check-jws-no-key = The signed text does not say which key signed it
badges-check-jws-private-key = The signed text carries a secret key, which a genuine badge never does
badges-check-key-invalid = The issuer’s key cannot be used
badges-check-key-alg-mismatch = The issuer’s key does not fit the way the badge was signed
badges-check-key-document = The description of the issuer’s key cannot be used
badges-check-did-unsupported = The issuer’s identifier is of a kind Passerelle cannot check
badges-check-did-malformed = The issuer’s identifier is malformed
badges-check-proof-missing = The badge is not signed
badges-check-proof-malformed = The signature is incomplete or malformed
badges-check-proof-unsupported-suite = It is signed with a method Passerelle does not support
badges-check-proof-purpose-mismatch = The signature was not made to vouch for a badge
badges-check-proof-challenge-mismatch = The signature was made for another exchange, not for this badge
badges-check-proof-key-unavailable-offline = The issuer’s key is online: checking the signature needs the internet
badges-check-proof-key-invalid = The key named in the signature cannot be used
badges-check-proof-controller-mismatch = The key that signed it does not belong to the issuer
badges-check-proof-invalid-signature = This file has been changed since it was signed, or it was signed with another key
badges-check-context-hash-mismatch = A vocabulary the badge relies on is not the expected version
badges-check-undefined-term = The badge uses words that its vocabulary does not define
badges-check-protected-term-redefinition = The badge changes the meaning of Open Badges words, which is not allowed
badges-check-jsonld-invalid = The badge’s structure is invalid
badges-check-jsonld-unsupported = The badge uses a structure Passerelle does not support
badges-check-canonicalization-failed = The badge’s content could not be prepared for checking its signature
# Variables:
#   $code (String) - the check's technical code, for people who help with support
badges-check-unknown-passed = A check passed ({ $code })
# Variables:
#   $code (String) - the check's technical code, for people who help with support
badges-check-unknown-failed = A check failed ({ $code })
# Variables:
#   $code (String) - the check's technical code, for people who help with support
badges-check-unknown-skipped = A check could not be made ({ $code })

## Skills

skills-title = Skills
skills-intro = Not everything you can do comes with a certificate. Here you describe the skills you gained in IT projects, at work or as a volunteer, matched to the European references e-CF and ESCO, so that employers and counsellors on both sides of the border read them the same way.
skills-list-title = Your self-declared skills
skills-loading = Loading your skills…
skills-kind = Self-declared
skills-kind-help = You stated these skills yourself and signed them with your own key: they are not badges issued by an organisation. Each one has its own page, which also shows who endorsed it.
# Variables:
#   $count (Number) - how many people or organisations endorsed the skill
skills-endorsements =
    { $count ->
        [0] Not endorsed yet
        [one] Endorsed once
       *[other] Endorsed { $count } times
    }
skills-empty-title = No self-declared skill yet
skills-empty-what = A self-declared skill is something you learned without a diploma to show for it: running a project at work, organising a team in an association, keeping a website alive as a volunteer. You describe what you did and how well you master it, using the European e-CF framework.
skills-empty-why = It helps because employers and counsellors on both sides of the border read the same framework, and because it is honest: it always says “self-declared”, and someone who saw your work can endorse it later.
skills-form-title = Declare a skill
skills-form-intro = One skill at a time. Passerelle signs it with your own key and keeps it in your wallet, always marked “self-declared”. Nothing leaves your computer.
skills-optional = optional
skills-required = required
skills-competence-label = Competence
skills-competence-help = Type a few words or a code, such as “project” or “E.2”. In this version you can declare e-CF competences only; ESCO skills are shown for reference.
# Variables:
#   $count (Number) - how many competences and skills match what was typed
skills-competence-results =
    { $count ->
        [0] No competence matches these words.
        [one] One result. Use the up and down arrow keys to move through it, Enter to choose.
       *[other] { $count } results. Use the up and down arrow keys to move through them, Enter to choose.
    }
skills-competence-group-ecf = e-CF competences
skills-competence-group-esco = ESCO skills, for reference (cannot be declared in this version)
skills-esco-attribution = This service uses the ESCO classification of the European Commission.
# Variables:
#   $area (String) - the e-CF area the competence belongs to, such as “Manage”
skills-competence-area = e-CF area: { $area }
skills-competence-esco-tag = ESCO
skills-competence-chosen = Chosen competence
skills-level-legend = Your level
skills-level-help = Choose the level that matches what you really did. Only the levels of the chosen competence can be picked.
skills-level-choose-first = Choose a competence first: its levels can then be picked.
# Variables:
#   $code (String) - the competence's e-CF code, such as “E.2”
#   $from (String) - its lowest level, such as “e-2”
#   $to (String) - its highest level, such as “e-5”
skills-level-range = { $code } can be declared from level { $from } to level { $to }.
skills-context-legend = What you did
skills-context-help = A concrete example makes a skill credible: where you were, when, with whom, and what came out of it.
# Variables:
#   $language (String) - the language of the text: fr, nl or en
skills-narrative-label =
    { $language ->
        [fr] What you did, in French
        [nl] What you did, in Dutch
       *[en] What you did, in English
    }
skills-narrative-example = For example: “I moved our association’s website to a new host. I planned the work, split it among three volunteers and kept the old site online until the switch.”
# Variables:
#   $language (String) - the language to add: fr, nl or en
skills-narrative-add =
    { $language ->
        [fr] Add the same text in French
        [nl] Add the same text in Dutch
       *[en] Add the same text in English
    }
# Variables:
#   $language (String) - the language of the text to remove: fr, nl or en
skills-narrative-remove =
    { $language ->
        [fr] Remove the French text
        [nl] Remove the Dutch text
       *[en] Remove the English text
    }
skills-place-label = Where
skills-place-help = An employer, an association, a volunteering project…
skills-period-label = When
skills-period-help = For example “2021–2023” or “spring 2024”.
skills-team-label = Team size
skills-team-help = How many people worked on it, you included.
skills-outcome-label = Outcome
skills-outcome-help = What came out of it: a website online, a project delivered on time, a process that saves hours…
skills-links-legend = Evidence
skills-links-help = Web addresses that show your work, starting with https://: a project page, a public repository, an article.
# Variables:
#   $number (Number) - the position of the link in the list
skills-link-label = Link { $number }
skills-link-add = Add a link
# Variables:
#   $number (Number) - the position of the link in the list
skills-link-remove = Remove link { $number }
skills-key-legend = Your signature
skills-key-os = Your skills are signed with your own key, kept in this computer’s system keyring. There is nothing to type.
skills-key-fallback = The system keyring of this computer cannot be used, so your key is kept in a file instead.
skills-key-file = The key that signs your skills is kept in a file on this computer, protected by this passphrase.
# Variables:
#   $min (Number) - the fewest characters a new passphrase may have
skills-key-first = First time: choose a passphrase of at least { $min } characters and keep it safe. Without it, this key cannot sign anything again.
skills-key-again = Type the passphrase you chose when you declared your first skill.
skills-key-unlocked = Your key file is unlocked until you close Passerelle.
skills-passphrase-label = Passphrase
skills-passphrase-again-label = Confirm the passphrase
skills-save = Sign and save
skills-saving = Signing…
# Variables:
#   $competence (String) - the competence's code and title, such as “E.2 Project and Portfolio Management”
#   $level (String) - the level, such as “e-3”
skills-saved = Saved: “{ $competence }” at level { $level } is in your wallet, marked self-declared.
skills-saved-link = See this skill
skills-error-competence = Choose a competence from the list: type a few words, then pick one of the e-CF competences.
skills-error-level = Choose your level for this competence.
skills-error-team = Write the team size as a whole number, such as 5.
skills-error-passphrase-mismatch = The two passphrases are not the same. Type them again.

## Trainings

trainings-title = Trainings
trainings-intro = Trainings in Wallonia, Hauts-de-France and Flanders that bring you closer to the job you are aiming for. Passerelle compares your skills with what the job asks and suggests trainings that close the gap, wherever they are in the Eurometropole.

## CV and export

cv-title = CV & export
cv-intro = Turn your wallet into a clear CV in French, Dutch or English, whatever the language of these screens, and share your badges in a form that an employer or a school can check without Passerelle.
cv-language-title = The language of your CV
cv-language-legend = Language of the CV
cv-language-fr = French
cv-language-nl = Dutch
cv-language-en = English
# Variables:
#   $cv (String) - the CV's language: fr, nl or en
cv-language-same =
    { $cv ->
        [fr] Your CV will be in French, like these screens.
        [nl] Your CV will be in Dutch, like these screens.
       *[en] Your CV will be in English, like these screens.
    }
# Variables:
#   $cv (String) - the CV's language: fr, nl or en
#   $ui (String) - the language of the screens: fr, nl or en
cv-language-other =
    Your CV will be in { $cv ->
        [fr] French
        [nl] Dutch
       *[en] English
    }; these screens stay in { $ui ->
        [fr] French
        [nl] Dutch
       *[en] English
    }.
# Variables:
#   $cv (String) - the CV's language: fr, nl or en
cv-language-untranslated =
    { $cv ->
        [fr] Some of your texts are not written in French yet: the CV shows them in another language, with a note.
        [nl] Some of your texts are not written in Dutch yet: the CV shows them in another language, with a note.
       *[en] Some of your texts are not written in English yet: the CV shows them in another language, with a note.
    }
cv-editor-title = What your CV says
cv-editor-intro = Saved as you type. The CV puts your experience and education in order, most recent first.
cv-editor-profile = Your name, photo, languages and where you live come from Settings › About you.
cv-editor-loading = Reading what your CV says…
cv-editor-retry = Try again
cv-editor-profile-link = Change them in Settings
cv-name-missing = Your CV has no name at the top yet: add it in Settings › About you.
cv-name-missing-link = Add your name
cv-writing-legend = Writing in
cv-writing-missing = not translated yet
cv-writing-help = Write your texts in each language you want a CV in. A CV in a language you have not written yet shows the text in another language, with a note.
# Variables:
#   $language (String) - the language being written: fr, nl or en
cv-text-in =
    { $language ->
        [fr] in French
        [nl] in Dutch
       *[en] in English
    }
# Variables:
#   $language (String) - the language being written: fr, nl or en
#   $fallback (String) - the language the CV shows instead: fr, nl or en
cv-text-fallback =
    Not translated yet: a CV in { $language ->
        [fr] French
        [nl] Dutch
       *[en] English
    } shows the { $fallback ->
        [fr] French
        [nl] Dutch
       *[en] English
    } text, with a note:
cv-target-label = Job you are aiming for
cv-target-help = For example: ICT project manager.
cv-summary-label = About you
cv-summary-help = A few lines: what you do well and what you are looking for.
cv-contact-legend = Contact
cv-email-label = E-mail on the CV
cv-email-other = Another address…
cv-email-other-label = Address to show
cv-email-help = Your addresses from Settings › About you, or another one.
cv-phone-label = Phone
# Variables:
#   $list (String) - experience or education
cv-entries-legend =
    { $list ->
        [education] Education and training
       *[experience] Experience
    }
# Variables:
#   $list (String) - experience or education
cv-entries-help =
    { $list ->
        [education] Diplomas, courses and trainings.
       *[experience] Jobs, internships, volunteering and projects.
    }
# Variables:
#   $list (String) - experience or education
cv-entries-empty =
    { $list ->
        [education] No course or diploma yet.
       *[experience] No experience yet.
    }
# Variables:
#   $list (String) - experience or education
#   $number (Number) - the entry's place in the list, from 1
cv-entry-legend =
    { $list ->
        [education] Course { $number }
       *[experience] Experience { $number }
    }
cv-entry-month-help = Year and month, like 2021-09.
cv-entry-start = From
cv-entry-end = To
cv-entry-ongoing = Still going on
# Variables:
#   $list (String) - experience or education
cv-entry-title =
    { $list ->
        [education] Course or diploma
       *[experience] Job title
    }
# Variables:
#   $list (String) - experience or education
cv-entry-organisation =
    { $list ->
        [education] School or organisation
       *[experience] Employer or organisation
    }
cv-entry-place = Place
cv-entry-description = What you did or learned
# Variables:
#   $list (String) - experience or education
#   $number (Number) - the entry's place in the list, from 1
cv-entry-remove =
    { $list ->
        [education] Remove course { $number }
       *[experience] Remove experience { $number }
    }
# Variables:
#   $list (String) - experience or education
cv-entry-add =
    { $list ->
        [education] Add a course or diploma
       *[experience] Add an experience
    }
cv-skills-label = Digital skills
cv-skills-help = The tools and software you use, separated by commas, like: Jira, MS Project, Excel.
cv-save = Save now
cv-saving = Saving…
cv-saved = All changes saved.
cv-unsaved = Changes not saved yet…
cv-not-saved = Not saved yet. What you typed is kept here.
# Variables:
#   $list (String) - experience or education
#   $number (Number) - the entry's place in the list, from 1
cv-error-start =
    { $list ->
        [education] Course { $number } needs the month it started.
       *[experience] Experience { $number } needs the month it started.
    }
# Variables:
#   $list (String) - experience or education
#   $number (Number) - the entry's place in the list, from 1
cv-error-end =
    { $list ->
        [education] Course { $number } needs the month it ended, or tick “Still going on”.
       *[experience] Experience { $number } needs the month it ended, or tick “Still going on”.
    }
cv-badges-title = Badges on your CV and in the bundle
cv-badges-intro = You choose what you share. The issued badges that verify are ticked to start with. Your self-declared skills are listed among the competences of your CV either way.
cv-badges-legend = Badges to include
cv-badges-loading = Reading your badges…
cv-badges-empty = Your wallet holds no badge yet.
cv-badges-empty-link = Import badges
# Variables:
#   $issuer (String) - who issued the badge
cv-badges-issuer = Issued by { $issuer }
cv-badges-self-declared = Self-declared: among your competences anyway
# Variables:
#   $status (String) - verified, warning or failed
cv-badges-status =
    { $status ->
        [verified] Verified
        [warning] Verified, with a warning
       *[failed] Did not verify
    }
# Variables:
#   $count (Number) - the badges ticked
#   $total (Number) - the badges in the list
cv-badges-count = { $count } of { $total } chosen.
cv-preview-title = Preview
cv-preview-busy = Updating…
cv-preview-larger = Larger preview
cv-preview-smaller = Smaller preview
# Variables:
#   $pages (Number) - how many pages the CV has
cv-preview-pages =
    { $pages ->
        [one] One page
       *[other] { $pages } pages
    }
# Variables:
#   $cv (String) - the CV's language: fr, nl or en
cv-preview-language =
    { $cv ->
        [fr] Your CV in French
        [nl] Your CV in Dutch
       *[en] Your CV in English
    }
cv-preview-stale = The preview shows your CV as last saved.
cv-preview-drawing = Drawing your CV…
# Variables:
#   $page (Number) - the page shown
#   $pages (Number) - how many pages the CV has
#   $cv (String) - the CV's language: fr, nl or en
cv-preview-alt =
    Page { $page } of { $pages } of your CV in { $cv ->
        [fr] French
        [nl] Dutch
       *[en] English
    }
cv-export-title = Save and share
# Variables:
#   $cv (String) - the CV's language: fr, nl or en
#   $count (Number) - the badges ticked
cv-export-intro =
    The files are in { $cv ->
        [fr] French
        [nl] Dutch
       *[en] English
    }, with { $count ->
        [0] no badge
        [one] the badge
       *[other] the { $count } badges
    } ticked above.
cv-export-pdf = Save the CV as PDF…
cv-export-europass = Europass XML…
cv-export-json = JSON Resume…
cv-export-formats = The PDF is ready to send or print. Europass XML and JSON Resume are for job sites and CV tools that read them.
cv-filter-pdf = PDF document
cv-filter-europass = Europass XML
cv-filter-json = JSON Resume
cv-filter-zip = Zip archive
# Variables:
#   $format (String) - pdf, europass or json-resume
cv-export-running =
    { $format ->
        [europass] Writing your CV as Europass XML…
        [json-resume] Writing your CV as JSON Resume…
       *[pdf] Writing your CV as PDF…
    }
# Variables:
#   $file (String) - the file's name
#   $size (String) - its size, already formatted (“48 kB”)
#   $pages (Number) - pages of the PDF, 0 for the other formats
cv-export-done =
    { $pages ->
        [0] Saved: { $file } ({ $size }).
        [one] Saved: { $file } (one page, { $size }).
       *[other] Saved: { $file } ({ $pages } pages, { $size }).
    }
# Variables:
#   $path (String) - where the file is
cv-export-where = Where: { $path }
cv-export-unsaved = Your latest changes could not be saved. Correct them above first, so that the file says what you see.
cv-export-bundle = Save a badge bundle…
cv-bundle-title = Badge bundle
cv-bundle-intro = One zip file with the badges ticked above, exactly as they were issued, signed with your key, and a page that shows them to anyone without Passerelle. Anyone can check that nothing was changed.
cv-bundle-key-file = Your key is kept in a file protected by your passphrase. Enter it to sign the bundle.
# Variables:
#   $min (Number) - the fewest characters of a passphrase
cv-bundle-key-first = Choose a passphrase to protect your key, at least { $min } characters, and type it twice. You will need it each time you sign.
cv-bundle-passphrase = Passphrase of your key
cv-bundle-passphrase-again = Confirm the passphrase
cv-bundle-passphrase-mismatch = The two passphrases are not the same. Type them again.
cv-bundle-none = Tick at least one badge to put in the bundle.
cv-bundle-running = Signing and packing your badges…
# Variables:
#   $file (String) - the file's name
#   $size (String) - its size, already formatted (“1.2 MB”)
#   $count (Number) - the credentials in the bundle
cv-bundle-done =
    { $count ->
        [one] Saved: { $file } ({ $size }), one credential in a bundle signed with your key.
       *[other] Saved: { $file } ({ $size }), { $count } credentials in a bundle signed with your key.
    }

## Review with a counsellor

review-title = Review with a counsellor
review-intro = For a short appointment with a counsellor from Forem, VDAB or France Travail: your skills against the job you are aiming for, what supports each of them, and what you agree together. Nothing private appears here: no e-mail address.
review-loading = Preparing the review…
review-holder-unnamed = Your portfolio
# Variables:
#   $profile (String) - the role the portfolio is compared with, such as “ICT project manager”
review-summary-title = Against the role of { $profile }
# Variables:
#   $reached (Number) - how many competences of the role are at or above their target level
#   $total (Number) - how many competences the role has
review-summary-reached =
    { $reached ->
        [0] None of the { $total } competences of this role is at its target level yet.
        [one] One competence out of { $total } is at its target level.
       *[other] { $reached } competences out of { $total } are at their target level.
    }
review-notice = The target levels are Passerelle’s own judgement for this role, on the European e-CF scale from e-1 (basic) to e-5 (highest). They are not an official requirement.
review-no-profile = The ICT project manager profile is missing from this copy of Passerelle, so there is nothing to compare the portfolio with.
# Variables:
#   $profile (String) - the role the portfolio is compared with, such as “ICT project manager”
review-chart-title = { $profile }: current level and target level for each competence
review-chart-desc = For each competence of the role, a bar shows the level the portfolio shows now, on the e-CF scale from e-1 to e-5, and a mark shows the level the role aims at. The bar is solid for a verified badge, striped when endorsed, dotted when self-declared, and missing when nothing supports it. The table that follows gives the same figures.
review-chart-core = Core of the role
review-chart-other = Also needed
# Variables:
#   $current (String) - the level the portfolio shows, such as “e-3”
#   $target (String) - the level the role aims at, such as “e-4”
review-chart-levels = Now { $current } · target { $target }
# Variables:
#   $target (String) - the level the role aims at, such as “e-4”
review-chart-levels-unknown = No level yet · target { $target }
review-legend-title = How to read the chart
review-legend-target = Target level of the role
review-support-verified-badge = Verified badge
review-support-endorsed = Endorsed
review-support-self-declared = Self-declared
review-support-none = Nothing yet
# Variables:
#   $profile (String) - the role the portfolio is compared with, such as “ICT project manager”
review-table-caption = { $profile }: the chart as a table
review-table-competence = Competence
review-table-target = Target level
review-table-current = Current level
review-table-support = Supported by
review-table-no-level = none yet
review-core-tag = core of the role
review-portfolio-title = What supports each competence
review-portfolio-intro = The badges and skills in the wallet, competence by competence, the strongest first: a verified badge, then an endorsement, then a self-declaration.
# Variables:
#   $count (Number) - how many competences of the role nothing supports yet
review-portfolio-nothing =
    { $count ->
        [one] Nothing in the wallet supports this competence yet
       *[other] Nothing in the wallet supports these { $count } competences yet
    }
review-source-self-declared-endorsed = Self-declared, endorsed
review-source-badge-warning = Badge not fully verified
# Variables:
#   $level (String) - the level the badge or skill states, such as “e-3”
review-source-level = level { $level }
# Variables:
#   $name (String) - the name of the person or organisation who endorsed it
review-endorsed-by = Endorsed by { $name }
review-endorsed-by-unnamed = Endorsed by someone who gave no name
review-notes-title = Appointment notes
review-notes-intro = Write down what you agreed, in a few words. Notes stay in this wallet, with the date and the name of who wrote them.
review-notes-counsellor = Written by
review-notes-counsellor-help = A name and an office, such as “Julie Martin, Forem Mons”.
review-notes-text = Note
review-notes-save = Save the note
review-notes-saving = Saving…
review-notes-saved = The note is saved in the wallet.
review-notes-empty = No note yet.
# Variables:
#   $count (Number) - how many notes are kept
review-notes-list-title =
    { $count ->
        [one] One note
       *[other] { $count } notes
    }

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
settings-profile-title = About you
settings-profile-intro = Passerelle uses your e-mail addresses to recognise the badges issued to you. They stay on this computer.
settings-profile-name = Your name
settings-profile-emails = Your e-mail addresses
settings-profile-emails-help = Add every address an issuer may have used: work, personal, school.
# Variables:
#   $number (Number) - the position of the field in the list
settings-profile-email-label = E-mail address { $number }
# Variables:
#   $address (String) - the address, or its position when empty
settings-profile-remove-email = Remove { $address }
settings-profile-add-email = Add an address
settings-profile-save = Save
settings-profile-saved = Saved. Your badges were checked again.
settings-profile-photo = Photo (optional)
settings-profile-photo-help = It can appear on your CV. Passerelle keeps its own copy, without the camera’s data or location.
settings-profile-photo-none = No photo
settings-profile-photo-choose = Choose a photo…
settings-profile-photo-change = Change the photo…
settings-profile-photo-remove = Remove the photo
settings-profile-photo-filter = Photos
settings-profile-photo-alt = Your photo
settings-profile-languages = Languages you speak
settings-profile-languages-help = Give your level on the European scale (CEFR), from A1 (beginner) to C2.
# Variables:
#   $number (Number) - the position of the row in the list
settings-profile-language-label = Language { $number }
# Variables:
#   $number (Number) - the position of the row in the list
settings-profile-level-label = Level in language { $number }
# Variables:
#   $language (String) - the language's name
settings-profile-remove-language = Remove { $language }
settings-profile-add-language = Add a language
settings-profile-place = Where you live
settings-profile-place-help = Used to show trainings near you. It stays on this computer.
settings-profile-region = Region
settings-profile-region-none = Not given
settings-profile-municipality = Municipality
settings-profile-postcode = Postcode
language-name-fr = French
language-name-nl = Dutch
language-name-en = English
language-name-de = German
language-name-bg = Bulgarian
language-name-cs = Czech
language-name-da = Danish
language-name-el = Greek
language-name-es = Spanish
language-name-et = Estonian
language-name-fi = Finnish
language-name-ga = Irish
language-name-hr = Croatian
language-name-hu = Hungarian
language-name-it = Italian
language-name-lt = Lithuanian
language-name-lv = Latvian
language-name-mt = Maltese
language-name-pl = Polish
language-name-pt = Portuguese
language-name-ro = Romanian
language-name-sk = Slovak
language-name-sl = Slovenian
language-name-sv = Swedish
language-name-ar = Arabic
language-name-tr = Turkish
language-name-ru = Russian
language-name-uk = Ukrainian
language-name-zh = Chinese
language-name-sq = Albanian
language-name-ln = Lingala
language-name-fa = Persian
cefr-level-a1 = A1 — beginner
cefr-level-a2 = A2 — elementary
cefr-level-b1 = B1 — intermediate
cefr-level-b2 = B2 — upper intermediate
cefr-level-c1 = C1 — advanced
cefr-level-c2 = C2 — proficient
cefr-level-native = Mother tongue
region-name-be-wal = Wallonia (Belgium)
region-name-be-vlg = Flanders (Belgium)
region-name-be-bru = Brussels (Belgium)
region-name-fr-hdf = Hauts-de-France (France)
region-name-other = Elsewhere
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

## Endorsing (desktop)

review-endorse-file-title = Endorse a credential file
review-endorse-file-intro = Someone gave you a badge or a skill as a file, and you can vouch for it? Passerelle checks the file first. Then you sign an endorsement with your own key and save it as a file to give back to them.
review-endorse-file-choose = Choose a file…
review-endorse-file-choose-other = Choose another file
review-endorse-file-filter = Badges and skills
review-endorse-file-checking = Checking the file…
review-endorse-file-what = What you are endorsing
review-endorse-file-name = Name
review-endorse-file-issuer = Issued by
review-endorse-file-issuer-unknown = Not stated
review-endorse-file-status = Check
review-endorse-file-self-declared = Self-declared: the person wrote and signed this about themself. Endorse it only if you checked what they tell.
review-endorse-comment = Your comment
review-endorse-comment-help = Say what you checked and how, in a few sentences. Anyone who reads the endorsement will see it.
# Variables:
#   $count (Number) - how many characters the comment has
#   $max (Number) - the most characters allowed
review-endorse-comment-count = { $count } of { $max } characters
# Variables:
#   $name (String) - the name in the endorser's profile
review-endorse-file-signer = The endorsement will be signed with your key, in the name of { $name }.
review-endorse-file-signer-unnamed = Your name is not set, so the endorsement will carry no name. You can add it in Settings, under “About you”.
review-endorse-key-legend = Your signature
review-endorse-key-file = Your key is kept in a file protected by a passphrase. Type it to sign.
# Variables:
#   $min (Number) - the fewest characters allowed
review-endorse-key-first = First time: choose a passphrase of at least { $min } characters and keep it safe. Without it, your key can no longer sign.
review-endorse-passphrase = Passphrase
review-endorse-passphrase-again = Confirm the passphrase
review-endorse-passphrase-mismatch = The two passphrases are not the same. Type the same one twice.
review-endorse-file-sign = Sign and save…
review-endorse-signing = Signing…
review-endorse-file-save-filter = Endorsement (JSON)
# Variables:
#   $name (String) - the name of the endorsed badge or skill
#   $path (String) - where the endorsement file was saved
review-endorse-file-saved = Your endorsement of “{ $name }” is saved in { $path }. Give this file to the person: they add it to their wallet like a badge.
review-endorse-file-cancelled = Nothing was saved: no place was chosen for the file.
review-endorse-held-action = Endorse…
# Variables:
#   $name (String) - the name of the badge or skill
review-endorse-held-action-label = Endorse “{ $name }”
# Variables:
#   $name (String) - the name of the badge or skill
review-endorse-held-title = Endorse “{ $name }” with your own key
review-endorse-held-intro = This wallet belongs to the person you are meeting, so sign with your own key: choose the copy of your key you brought (see Settings, “Save a copy of my signing key”). Passerelle only reads it and keeps nothing of it here.
review-endorse-held-key = Your key file
review-endorse-held-key-choose = Choose your key file…
review-endorse-held-key-none = No file chosen yet.
review-endorse-held-key-filter = Passerelle key file
review-endorse-held-error-key = Choose the file of your key first.
review-endorse-held-passphrase = Passphrase of your key file
review-endorse-held-name = Your name
review-endorse-held-name-help = As it will appear on the endorsement, such as “Julie Martin, Forem Mons”.
review-endorse-held-sign = Sign and add
review-endorse-held-cancel = Cancel
# Variables:
#   $name (String) - the name of the badge or skill
review-endorse-held-done = Your endorsement of “{ $name }” is added to this wallet.
settings-key-title = Your signing key
settings-key-os = Your key is kept in the system keyring of this computer.
settings-key-file = Your key is kept in a file in your wallet, protected by your passphrase.
settings-key-copy-intro = To endorse a badge or a skill on someone else’s computer (during an appointment, for example), take a copy of your key with you, on a USB stick for instance. Look after it like a house key.
# Variables:
#   $min (Number) - the fewest characters allowed
settings-key-copy-new = Choose a passphrase to protect the copy, of at least { $min } characters. You will type it each time you use the copy.
settings-key-copy-same = The copy is protected by the same passphrase as your key file.
settings-key-new-passphrase = Passphrase for the copy
settings-key-passphrase = Passphrase of your key
settings-key-passphrase-again = Confirm the passphrase
settings-key-passphrase-mismatch = The two passphrases are not the same. Type the same one twice.
settings-key-save = Save a copy of my signing key…
settings-key-saving = Saving…
settings-key-filter = Passerelle key file
# Variables:
#   $path (String) - where the copy was saved
settings-key-saved = A copy of your key is saved in { $path }.
# Variables:
#   $did (String) - the key's public identifier (did:key)
settings-key-did = Its public identifier: { $did }
settings-key-cancelled = Nothing was saved: no place was chosen for the file.
settings-backup-title = Backup and restore
settings-backup-intro = A backup is one file holding your whole wallet: badges, skills, endorsements, evidence files, notes, your profile and your key. It is encrypted with a passphrase you choose. Keep it away from this computer, on a USB stick for instance.
settings-backup-make-title = Make a backup
# Variables:
#   $min (Number) - the fewest characters allowed
settings-backup-make-help = Choose a passphrase for the backup, of at least { $min } characters. You will need it to restore the backup, and nobody can recover it for you.
settings-backup-passphrase = Passphrase for the backup
settings-backup-passphrase-again = Confirm the passphrase
settings-backup-passphrase-mismatch = The two passphrases are not the same. Type the same one twice.
settings-backup-make = Make a backup…
settings-backup-making = Making the backup…
settings-backup-filter = Passerelle backup
# Variables:
#   $path (String) - where the backup was saved
settings-backup-saved = Your backup is saved in { $path }.
# Variables:
#   $badges (Number) - how many badges it holds
#   $skills (Number) - how many self-declared skills it holds
#   $endorsements (Number) - how many endorsements it holds
settings-backup-saved-counts = It holds { $badges } { $badges ->
        [one] badge
       *[other] badges
    }, { $skills } { $skills ->
        [one] self-declared skill
       *[other] self-declared skills
    } and { $endorsements } { $endorsements ->
        [one] endorsement
       *[other] endorsements
    }.
settings-backup-cancelled = Nothing was saved: no place was chosen for the file.
settings-backup-restore-title = Restore from a backup
settings-backup-restore-help = Everything in the backup that this wallet does not hold yet is added to it. Nothing is replaced: your profile, settings and key stay as they are.
settings-backup-restore = Restore from a backup…
# Variables:
#   $name (String) - the backup file's name
settings-backup-chosen = Backup file: { $name }
settings-backup-restore-passphrase = Passphrase of the backup
settings-backup-restore-confirm = Restore
settings-backup-restoring = Restoring…
settings-backup-restore-other = Choose another file
settings-backup-no-file = Nothing was restored: no file was chosen.
# Variables:
#   $name (String) - the backup file's name
settings-backup-restored = The backup { $name } is restored into your wallet.
# Variables:
#   $kind (String) - badges, self-declared, endorsements, evidence, documents, notes, plan, offers, places or cv
settings-backup-kind =
    { $kind ->
        [badges] Badges
        [self-declared] Self-declared skills
        [endorsements] Endorsements
        [evidence] Evidence files
        [documents] Documents for offline checks
        [notes] Appointment notes
        [plan] Trainings in your plan
        [offers] Imported training offers
        [places] Imported learning places
        [cv] CV texts
       *[other] Other items
    }
# Variables:
#   $added (Number) - how many were added from the backup
#   $existing (Number) - how many were in the wallet already
settings-backup-count = { $added } added, { $existing } already there
settings-backup-nothing-new = Your wallet already held everything in this backup: nothing was added.
settings-backup-profile-kept = Your profile stayed as it was.
settings-backup-profile-restored = Your profile was taken from the backup, as this wallet had none.
settings-backup-settings-kept = Your settings stayed as they were.
settings-backup-key-kept = The backup’s key was not restored because this wallet has its own. The skills signed with the backup’s key stay valid.
settings-backup-key-restored = The backup’s key is now this wallet’s key, as it had none.
settings-backup-key-same = The backup holds this wallet’s own key.

## Evidence files

evidence-legend = Evidence files
# Variables:
#   $max (Number) - how many files one skill may have
#   $size (Number) - the largest size of one file, in MB
evidence-help = Documents that show your work, kept inside your wallet: a PDF, a picture (PNG, JPEG, WebP), a text file or an office document. Up to { $max } files, each { $size } MB at most.
evidence-filter = Documents and pictures
evidence-add = Add files…
evidence-adding = Checking the files…
evidence-remove-short = Remove
# Variables:
#   $name (String) - the file's name
evidence-remove = Remove { $name }
# Variables:
#   $count (Number) - how many files are in the list
evidence-list-label =
    { $count ->
        [one] { $count } file chosen
       *[other] { $count } files chosen
    }
# Variables:
#   $name (String) - the file's name
evidence-duplicate = “{ $name }” is already in the list.
evidence-badge-title = Evidence files
evidence-badge-help = These files are kept in your wallet. The signed skill names each one by a fingerprint of its content, so whoever receives a copy can check it is the same file.
evidence-save = Save a copy…
evidence-saving = Saving…
# Variables:
#   $name (String) - the file's name
evidence-save-label = Save a copy of { $name }
# Variables:
#   $name (String) - the file's name
#   $path (String) - where the copy was written
evidence-saved = A copy of “{ $name }” is saved in { $path }.

## Trainings

trainings-sample-notice = These trainings are a sample catalogue, made up from the real providers of the region to show how Passerelle works. Check every detail with the provider before you enrol; a provider’s own feed will replace them.
trainings-loading = Loading the trainings…
# Variables:
#   $profile (String) - the role profile aimed at, e.g. ICT project manager
trainings-gap-title = Your gap to { $profile }
# Variables:
#   $open (Number) - competences not yet at the level the role asks
#   $total (Number) - competences of the role
trainings-gap-summary =
    { $open ->
        [0] Your portfolio shows all { $total } competences at the level the role asks.
        [one] 1 of { $total } competences is still below the level the role asks.
       *[other] { $open } of { $total } competences are still below the level the role asks.
    }
# Variables:
#   $current (Number) - the level the portfolio shows (1…5)
#   $target (Number) - the level the role asks (1…5)
trainings-gap-level = e-{ $current } of e-{ $target }
# Variables:
#   $target (Number) - the level the role asks (1…5)
trainings-gap-none = not shown yet, e-{ $target } asked
trainings-gap-review-link = See the full review
trainings-filters-title = Filter the trainings
trainings-filter-regions = Region
trainings-filter-modalities = How it is followed
trainings-filter-language = Language of instruction
trainings-filter-any-language = Any language
trainings-filter-distance = Distance from home
trainings-filter-any-distance = Any distance
# Variables:
#   $km (Number) - a distance in kilometres
trainings-filter-km = Within { $km } km
trainings-filter-distance-needs-place = To filter by distance, give your municipality or postcode in your profile.
trainings-filter-distance-settings-link = Open Settings
trainings-filter-from = Starting from
trainings-filter-to = Starting by
trainings-filter-dates-order = The first date must come before the second one.
trainings-filters-apply = Show trainings
trainings-filters-reset = Clear the filters
trainings-modality-in-person = In person
trainings-modality-distance = Distance learning
trainings-modality-blended = Blended
trainings-list-title = Trainings that close your gap
trainings-list-empty = No training matches these filters. Try fewer filters or a larger distance.
# Variables:
#   $count (Number) - how many trainings are recommended in all
trainings-list-show-all = Show all { $count } trainings
# Variables:
#   $count (Number) - how many trainings are listed
trainings-list-count =
    { $count ->
        [one] 1 training, best match first.
       *[other] { $count } trainings, best match first.
    }
trainings-cross-border = A chance across the border
trainings-fact-modality = Format
trainings-fact-languages = Languages
trainings-fact-where = Where
# Variables:
#   $km (Number) - distance in kilometres
trainings-fact-km = { $km } km away
trainings-fact-next-session = Next session
trainings-fact-no-session = No date announced
trainings-fact-covers = Competences
trainings-fact-score = Gap closed
# Variables:
#   $score (Number) - share of the gap closed, in percent
trainings-score = { $score } %
trainings-reasons-title = Why this training
trainings-add-to-plan = Add to my plan
trainings-in-plan = In my plan
trainings-open-offer = Details
trainings-plan-title = My plan
trainings-plan-empty = Your plan is empty. Add the trainings you want to follow, then talk them over with your counsellor.
# Variables:
#   $date (String) - the start date of the next session, already formatted
trainings-plan-next = starts { $date }
# Variables:
#   $id (String) - the id of an offer no longer in the catalogue
trainings-plan-gone = A training no longer in the catalogue ({ $id })
trainings-plan-remove = Remove
# Variables:
#   $title (String) - the training's title
trainings-plan-remove-label = Remove { $title } from my plan
trainings-map-section = Map of the Eurometropole
trainings-map-title = Map of the Eurometropole: learning places and trainings
# Variables:
#   $places (Number) - learning places drawn
#   $offers (Number) - listed trainings drawn
trainings-map-desc = A simple drawing of Lille, Kortrijk, Tournai and the towns around them, with the French–Belgian border, the language border, { $places } learning places and { $offers } of the listed trainings. The same places are listed below.
trainings-map-legend-places = Learning place
trainings-map-legend-offers = Training in the list
trainings-map-legend-home = Where you live
trainings-map-legend-border = French–Belgian border (approximate)
trainings-map-legend-language-border = Language border (approximate)
trainings-map-list-title = Places on the map
# Variables:
#   $municipality (String) - where the learner lives
trainings-map-home = Where you live: { $municipality }
trainings-place-kind-epn = Public digital space (EPN)
trainings-place-kind-campus = Campus
trainings-place-kind-hub = Digital hub
trainings-place-kind-library = Library
trainings-place-kind-training-centre = Training centre
trainings-import-title = Import a catalogue
trainings-import-help = Add a provider’s training offers: a Passerelle JSON file, an LHEO XML file (the French standard) or the CSV template. Offers with the same identifier are updated, not duplicated.
trainings-import-button = Import a catalogue…
trainings-import-busy = Importing…
trainings-import-filter = Training catalogues
# Variables:
#   $added (Number) - new offers
#   $updated (Number) - offers whose content changed
#   $unchanged (Number) - offers already there as they are
#   $places (Number) - learning places in the file
trainings-import-summary = Catalogue imported: { $added } new, { $updated } updated, { $unchanged } unchanged, { $places } learning places.
trainings-offer-back = Back to the trainings
trainings-offer-missing-title = Training not found
trainings-offer-sample = Sample data
trainings-offer-facts = At a glance
trainings-offer-duration = Duration
# Variables:
#   $hours (Number) - duration in hours
trainings-offer-hours =
    { $hours ->
        [one] 1 hour
       *[other] { $hours } hours
    }
trainings-offer-rhythm = Rhythm
trainings-offer-eqf = EQF level
# Variables:
#   $level (Number) - EQF level, 1…8
trainings-offer-eqf-level = Level { $level }
trainings-offer-certification = Certificate
trainings-offer-cost = Price
trainings-offer-cost-free = Free
trainings-offer-cost-unknown = Ask the provider
# Variables:
#   $amount (String) - the price in euros, already formatted
trainings-offer-cost-eur = { $amount } €
trainings-offer-competences = Competences it teaches
# Variables:
#   $level (Number) - e-CF level reached, 1…5
trainings-offer-competence-level = up to level e-{ $level }
trainings-offer-none = Not given.
trainings-offer-sessions = Sessions
# Variables:
#   $start (String) - start date, already formatted
#   $end (String) - end date, already formatted
trainings-offer-session-dates = From { $start } to { $end }
# Variables:
#   $start (String) - start date, already formatted
trainings-offer-session-start = Starts { $start }
trainings-offer-session-undated = Dates to be announced
trainings-offer-register = Register at:
trainings-offer-funding = Who pays
trainings-funding-who-everyone = Everyone
trainings-funding-who-employee = Employees
trainings-funding-who-employer = Employers
trainings-funding-who-self-employed = Self-employed people
trainings-funding-who-job-seeker-forem = Job seekers registered with Forem
trainings-funding-who-job-seeker-vdab = Job seekers registered with VDAB
trainings-funding-who-job-seeker-actiris = Job seekers registered with Actiris
trainings-funding-who-job-seeker-france-travail = Job seekers registered with France Travail
trainings-funding-who-cross-border-job-seeker = Cross-border job seekers
trainings-funding-kind-free = free
trainings-funding-kind-reduced = reduced price
trainings-funding-kind-paid = full price
trainings-offer-where = Where it is held
trainings-offer-nowhere = Online: no place to go to.
trainings-offer-source = Source of the data
# Variables:
#   $date (String) - when the data was retrieved, already formatted
trainings-offer-retrieved = retrieved { $date }
# Variables:
#   $licence (String) - the data's licence
trainings-offer-licence = Licence: { $licence }
