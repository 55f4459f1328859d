## Errors shown to a person. Each id is `error-<code>`, where <code> is the stable
## code the Rust core sends with the error (crates/wallet/src/error.rs).

error-no-data-dir = Passerelle could not find a folder to keep your wallet in. Choose one with the PASSERELLE_WALLET setting.
# Variables:
#   $path (String) - the wallet folder
#   $detail (String) - what the system said
error-wallet-dir = Passerelle cannot use the folder { $path } for your wallet: { $detail }
# Variables:
#   $path (String) - the wallet folder
#   $found (Number) - the wallet's version
#   $supported (Number) - the newest version this copy of Passerelle knows
error-wallet-too-new = The wallet in { $path } was saved by a newer version of Passerelle (version { $found }; this one knows up to { $supported }). Update Passerelle to open it. Nothing was changed.
# Variables:
#   $path (String) - the file that was opened
#   $detail (String) - what the database said
error-not-a-wallet = The file { $path } is not a Passerelle wallet, or it is damaged. Nothing was changed. ({ $detail })
# Variables:
#   $detail (String) - what went wrong
error-backup-failed = Before updating your wallet, Passerelle saves a copy of it, and that copy could not be made. Your wallet was not changed. ({ $detail })
# Variables:
#   $version (Number) - the version being installed
#   $detail (String) - what went wrong
error-migration-failed = Updating your wallet to version { $version } did not work. Your wallet was left as it was. ({ $detail })
# Variables:
#   $detail (String) - what the database said
error-database = Your wallet could not be read or saved. ({ $detail })
# Variables:
#   $value (String) - the language asked for
error-unsupported-language = Passerelle does not speak “{ $value }”. Choose French (fr), Dutch (nl) or English (en).
# Variables:
#   $value (String) - the theme asked for
error-unsupported-theme = “{ $value }” is not a theme. Choose system, light or dark.
# Variables:
#   $path (String) - the file
#   $detail (String) - what the system said
error-read-file = The file { $path } could not be read. ({ $detail })
# Variables:
#   $detail (String) - the error as it was reported
error-unexpected = Something unexpected went wrong. ({ $detail })
# Variables:
#   $id (String) - the badge asked for
error-no-such-badge = This badge is no longer in your wallet.
# Variables:
#   $value (String) - what the person typed
error-invalid-email = “{ $value }” is not an e-mail address. Write it like name@example.org.
# Variables:
#   $field (String) - language, level, region, municipality or postcode
#   $value (String) - what the person gave
error-invalid-profile =
    { $field ->
        [language] “{ $value }” is not a language Passerelle lists. Pick one from the list.
        [level] “{ $value }” is not a level. Use A1, A2, B1, B2, C1, C2 or “mother tongue”.
        [region] “{ $value }” is not a region Passerelle knows.
        [municipality] The municipality name is too long or holds characters that cannot be kept.
        [postcode] “{ $value }” is not a postcode of the region you chose. Check the region and the postcode.
       *[other] Your profile cannot be saved as it is ({ $field }).
    }
# Variables:
#   $reason (String) - too-large, unsupported or damaged
error-invalid-photo =
    { $reason ->
        [too-large] This photo is larger than 8 MB. Choose a smaller one.
        [unsupported] Choose a photo in PNG, JPEG, WebP or GIF format.
       *[other] This photo is damaged and cannot be read. Choose another one.
    }
# Variables:
#   $value (String) - what PASSERELLE_KEYSTORE was set to
error-unsupported-keystore = “{ $value }” is not a place where Passerelle can keep your key. Set PASSERELLE_KEYSTORE to os (the system keyring) or file (a file protected by a passphrase).
error-passphrase-needed = Your key is kept in a file protected by a passphrase. Enter your passphrase to use it.
# Variables:
#   $min (Number) - the fewest characters allowed
error-passphrase-too-short = This passphrase is too short. Use at least { $min } characters; a few words you will remember work well.
error-wrong-passphrase = That is not the passphrase of your key. Try again; your key was not changed.
# Variables:
#   $path (String) - the key file
#   $detail (String) - what is wrong with it
error-key-file-corrupt = Your key file { $path } is damaged, so your key cannot be read. The file was left as it is: keep it, a backup copy may help. ({ $detail })
# Variables:
#   $path (String) - the key file
#   $detail (String) - what the system said
error-key-file = Passerelle could not read or save your key file { $path }. ({ $detail })
# Variables:
#   $detail (String) - what the keyring said
error-keyring-unavailable = The system keyring cannot be used right now. Check that it is unlocked, then try again. Nothing was changed. ({ $detail })
error-keyring-entry-missing = This wallet's key was kept in the system keyring, and the keyring on this computer does not have it. It may be on the computer where the wallet was created. No new key was made.
# Variables:
#   $store (String) - where the key was saved: os (the system keyring) or file
error-key-not-saved = Passerelle made a new key but could not read it back from where it saved it ({ $store }), so the key was not used. Nothing was signed.
# Variables:
#   $field (String) - which part is wrong: competence, level, context, link, comment, note, counsellor, endorser or profile
#   $value (String) - what was given
error-invalid-declaration =
    { $field ->
        [competence] “{ $value }” is not a competence Passerelle knows. Pick one from the list.
        [level] This level does not exist for this competence. Pick one of the levels offered.
        [context] Say in a few words what you did: that is what makes the skill credible.
        [link] “{ $value }” is not a web address starting with https://.
        [comment] Write a comment: say what you checked and how.
        [note] Write the note before saving it.
        [counsellor] Say who is writing the note.
        [endorser] Say who is endorsing: your name, and your organisation if you like.
        [profile] “{ $value }” is not a role profile Passerelle knows.
       *[other] This skill cannot be saved as it is ({ $field }).
    }
# Variables:
#   $detail (String) - technical detail
error-signing = The skill could not be signed, so nothing was saved. ({ $detail })
# Variables:
#   $reason (String) - failed (it does not verify), no-id (it has no id to refer to), endorsement (it is an endorsement) or not-a-badge
error-not-endorsable =
    { $reason ->
        [failed] This credential does not pass verification, so it cannot be endorsed.
        [no-id] This credential has no identifier an endorsement could refer to.
        [endorsement] This file is itself an endorsement. Endorse the credential it is about instead.
       *[other] This file holds no credential that can be endorsed.
    }
# Variables:
#   $path (String) - the file
#   $detail (String) - what the system said
error-write-file = Could not write { $path }: { $detail }

## Evidence files

# Variables:
#   $name (String) - the file's name
#   $reason (String) - unreadable, empty, too-large or type (not a kind of file Passerelle keeps)
#   $max_mib (String) - the largest size allowed, in MB
error-bad-evidence-file =
    { $reason ->
        [unreadable] Passerelle cannot open “{ $name }”. Check that the file is still there, then choose it again. Nothing was saved.
        [empty] “{ $name }” is empty. Choose another file. Nothing was saved.
        [too-large] “{ $name }” is larger than { $max_mib } MB. Choose a smaller file, or share it as a link. Nothing was saved.
       *[type] “{ $name }” is not a PDF, a picture (PNG, JPEG, WebP), a text file or an office document (OpenDocument, Word, Excel, PowerPoint). Nothing was saved.
    }
# Variables:
#   $max (String) - how many files one skill may have
error-too-many-evidence-files = You can add at most { $max } files to one skill. Remove some, then save again. Nothing was saved.
# Variables:
#   $id (String) - the evidence file asked for
error-no-such-evidence = This evidence file is not in your wallet ({ $id }).

## Endorsing (desktop)

error-self-endorsement = This key belongs to the owner of this wallet. People cannot endorse their own credentials: the endorsement must be signed with the key of the person who vouches for it. Nothing was changed.
# Variables:
#   $field (String) - which text: comment or endorser (the name)
#   $max (Number) - the most characters allowed
error-text-too-long =
    { $field ->
        [comment] The comment is too long: keep it under { $max } characters.
        [endorser] The name is too long: keep it under { $max } characters.
       *[other] This text is too long: keep it under { $max } characters.
    }

## Training catalogues

# Variables:
#   $line (String) - the line of the file where the problem is (0 when it is about the whole file)
#   $detail (String) - what is wrong: one of the variants below
#   $value (String) - the value at fault, a limit, or what the file reader reported
error-catalogue-invalid =
    { $detail ->
        [too-large] This catalogue file is too large: at most { $value } MB can be imported. Nothing was imported.
        [too-many-offers] This catalogue has too many offers: at most { $value } can be imported at once. Split the file, then import each part. Nothing was imported.
        [unknown-format] Passerelle does not recognise this file as a training catalogue. Use the Passerelle JSON format, an LHEO XML file or the CSV template. Nothing was imported.
        [empty] This catalogue contains no training offer. Nothing was imported.
        [encoding] Line { $line } contains characters that are not UTF-8 text. Save the file as UTF-8, then import it again. Nothing was imported.
        [syntax] Line { $line } cannot be read: the file is damaged or not written correctly ({ $value }). Nothing was imported.
        [entities] Line { $line } declares a document type or entities, which Passerelle refuses for safety. Remove the DOCTYPE, then import the file again. Nothing was imported.
        [too-deep] Line { $line }: elements are nested too deeply. Nothing was imported.
        [schema] Line { $line } does not match the catalogue format ({ $value }). Nothing was imported.
        [format-version] Line { $line }: the format “{ $value }” is not supported; Passerelle reads passerelle-trainings/1. Nothing was imported.
        [not-lheo] This XML file is not an LHEO catalogue: its root element is “{ $value }”. Nothing was imported.
        [missing-column] The header (line { $line }) lacks the column “{ $value }”. See the CSV template in the documentation. Nothing was imported.
        [unknown-column] The header (line { $line }) has a column Passerelle does not know: “{ $value }”. Nothing was imported.
        [duplicate-column] The header (line { $line }) has the column “{ $value }” twice. Nothing was imported.
        [column-count] Line { $line } does not have as many cells as the header ({ $value }). Nothing was imported.
        [missing-id] Line { $line }: the offer has no identifier. Nothing was imported.
        [duplicate-id] Line { $line }: the identifier “{ $value }” is already used by another offer in this file. Nothing was imported.
        [missing-title] Line { $line }: the offer has no title. Nothing was imported.
        [missing-provider] Line { $line }: the offer does not say who gives it. Nothing was imported.
        [unknown-region] Line { $line }: “{ $value }” is not a region Passerelle knows (BE-WAL, BE-VLG, BE-BRU or FR-HDF). Nothing was imported.
        [bad-modality] Line { $line }: “{ $value }” is not a way to follow a training (in-person, distance or blended). Nothing was imported.
        [missing-language] Line { $line }: the offer does not say in which language it is taught. Nothing was imported.
        [bad-language] Line { $line }: “{ $value }” is not a two-letter language code such as fr, nl or en. Nothing was imported.
        [bad-date] Line { $line }: “{ $value }” is not a valid date (write dates like 2026-09-14). Nothing was imported.
        [date-order] Line { $line }: a session ends before it starts ({ $value }). Nothing was imported.
        [bad-number] Line { $line }: “{ $value }” is not a valid number. Nothing was imported.
        [bad-coordinates] Line { $line }: “{ $value }” are not valid coordinates (latitude from -90 to 90, longitude from -180 to 180). Nothing was imported.
        [bad-level] Line { $line }: “{ $value }” is not an e-CF level; levels go from 1 to 5. Nothing was imported.
        [bad-eqf-level] Line { $line }: “{ $value }” is not an EQF level; levels go from 1 to 8. Nothing was imported.
        [unknown-competence] Line { $line }: “{ $value }” is not an e-CF competence (codes look like E.2 or A.8). Nothing was imported.
        [bad-competence] Line { $line }: “{ $value }” is not written as a competence and a level, such as E.2:4. Nothing was imported.
        [too-long] Line { $line }: a text is too long ({ $value }). Nothing was imported.
       *[other] Line { $line } is not valid ({ $value }). Nothing was imported.
    }

# Variables:
#   $id (String) - the role profile asked for
error-unknown-profile = Passerelle has no role profile “{ $id }”. The profile available is ict-project-manager.
# Variables:
#   $field (String) - regions, languages, modalities, maxDistanceKm, from, to or dates
#   $value (String) - what was given
error-invalid-training-filter =
    { $field ->
        [regions] “{ $value }” is not a region of the trainings. Choose BE-WAL, BE-VLG, BE-BRU or FR-HDF.
        [languages] “{ $value }” is not a two-letter language code such as fr, nl or en.
        [modalities] “{ $value }” is not a way of following a training. Choose in-person, distance or blended.
        [maxDistanceKm] “{ $value }” is not a distance Passerelle can use. Give a number of kilometres from 1 to 1000.
        [from] “{ $value }” is not a valid date. Write dates like 2027-01-15.
        [to] “{ $value }” is not a valid date. Write dates like 2027-01-15.
        [dates] The first date comes after the last one ({ $value }). Swap them, then try again.
       *[other] This filter cannot be used: { $field } “{ $value }”.
    }
error-location-needed = To keep only trainings near you, Passerelle needs to know where you live. Give your municipality or postcode in your profile.
# Variables:
#   $id (String) - the offer id
error-no-such-offer = The training “{ $id }” is not in the catalogue (any more). Nothing was changed.
# Variables:
#   $path (String) - the backup file
#   $detail (String) - what is wrong with it
error-backup-corrupt = The file { $path } is not a Passerelle backup, or it is damaged, so it cannot be restored. Nothing was changed. ({ $detail })
error-backup-wrong-passphrase = That is not the passphrase of this backup. Try again; nothing was changed.
# Variables:
#   $path (String) - the wallet folder
error-restore-not-empty = The wallet in { $path } already holds credentials or a key. A backup can only be restored into an empty wallet; nothing was changed.
# Variables:
#   $path (String) - the wallet folder
error-wallet-busy = The wallet in { $path } is open in another Passerelle window or command. Close it, then try again; nothing was changed.
# Variables:
#   $field (String) - email, phone, date, period, text, entries or digital-skills
#   $value (String) - what the person gave
error-invalid-cv =
    { $field ->
        [email] “{ $value }” is not an e-mail address. Write it like name@example.org.
        [phone] “{ $value }” is not a phone number. Use digits, spaces and + ( ) - only.
        [date] “{ $value }” is not a month. Write it as year and month, like 2021-09.
        [period] An entry ends ({ $value }) before it starts. Check its dates.
        [text] A text is too long ({ $value } characters). Shorten it.
        [entries] Your CV has too many entries ({ $value }). Keep the most relevant ones.
        [digital-skills] “{ $value }” is too long for a digital skill, or there are too many. Keep short names like “MS Project”.
        [file] “{ $value }” is not a CV file Passerelle can read (JSON, as `passerelle cv show --json` prints it).
       *[other] Your CV cannot be saved as it is ({ $field }).
    }
# Variables:
#   $detail (String) - what the layout engine said, for a bug report
error-cv-render = The CV could not be laid out. This is a fault in Passerelle; nothing was saved. ({ $detail })
# Variables:
#   $file (String) - the bundle file
#   $reason (String) - why it was refused: not-a-zip, too-large, too-many-entries, entry-too-large, expanded-too-large, ratio, size-mismatch, path-parent, path-absolute, path-backslash, path-invalid, symlink, duplicate-name, encrypted, compression, damaged, manifest or presentation
#   $entry (String) - the file inside the bundle at fault (may be empty)
#   $limit (String) - the limit that was exceeded (MB, files, ratio), or a detail of the check
error-bundle-refused =
    { $reason ->
        [not-a-zip] { $file } is not a badge bundle: it is not a zip archive Passerelle can read. Nothing was imported.
        [too-large] { $file } is larger than { $limit } MB, too large for a badge bundle. Nothing was imported.
        [too-many-entries] { $file } holds more than { $limit } files, too many for a badge bundle. Nothing was imported.
        [entry-too-large] “{ $entry }” in { $file } is larger than { $limit } MB once unpacked. Nothing was imported.
        [expanded-too-large] { $file } would take more than { $limit } MB once unpacked. Nothing was imported.
        [ratio] “{ $entry }” in { $file } is packed far more tightly than a real badge can be (more than { $limit } to 1): it looks like a zip bomb. Nothing was imported.
        [size-mismatch] “{ $entry }” in { $file } is larger once unpacked than the archive says: the bundle is damaged or hostile. Nothing was imported.
        [path-parent] “{ $entry }” in { $file } points outside the bundle (“..”). Nothing was imported.
        [path-absolute] “{ $entry }” in { $file } is an absolute path. Nothing was imported.
        [path-backslash] “{ $entry }” in { $file } has a backslash (\) in its name. Nothing was imported.
        [path-invalid] A file in { $file } has a name Passerelle does not accept (“{ $entry }”). Nothing was imported.
        [symlink] “{ $entry }” in { $file } is a symbolic link. Nothing was imported.
        [duplicate-name] { $file } holds two files with the same name. Nothing was imported.
        [encrypted] “{ $entry }” in { $file } is encrypted; badge bundles never are. Nothing was imported.
        [compression] “{ $entry }” in { $file } is compressed in a way Passerelle does not read. Nothing was imported.
        [damaged] “{ $entry }” in { $file } is damaged. Nothing was imported.
        [manifest] The list of files in { $file } (manifest.json) does not match what it holds (“{ $entry }”): the bundle was changed after it was made. Nothing was imported.
        [presentation] The holder’s signature on { $file } (presentation.json) is not valid ({ $limit }): the bundle was changed after it was made. Nothing was imported.
       *[other] { $file } was refused ({ $reason }). Nothing was imported.
    }
error-bundle-empty = Choose at least one badge to put in the bundle.
