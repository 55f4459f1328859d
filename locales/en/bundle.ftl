# The page inside a badge bundle (issue 6): index.html, written by crates/wallet/src/bundle.rs
# in the language chosen for the export. Plain text only: Rust escapes every value.

bundle-page-title = Open Badges
# Variables:
#   $name (String) - the holder's name
bundle-page-title-named = Open Badges of { $name }
# Variables:
#   $date (String) - the day the bundle was made, YYYY-MM-DD
bundle-made = Put together on { $date } with Passerelle, an offline wallet for Open Badges.
# Variables:
#   $did (String) - the holder's did:key
bundle-holder = Holder’s key (did:key): { $did }
bundle-kind-badge = Badge issued by an organisation
bundle-kind-self-declared = Self-declared: the holder states this skill and signed it themself
# Variables:
#   $issuer (String) - who issued the badge
bundle-issuer = Issued by { $issuer }
# Variables:
#   $date (String) - YYYY-MM-DD
bundle-valid-from = Valid from { $date }
# Variables:
#   $date (String) - YYYY-MM-DD
bundle-valid-until = Valid until { $date }
# Variables:
#   $date (String) - when the wallet last checked it, YYYY-MM-DD
bundle-status-verified = Verified by Passerelle on { $date }
# Variables:
#   $date (String) - when the wallet last checked it, YYYY-MM-DD
bundle-status-warning = Valid signature, with a warning (for example expired, or a status that needs the internet), checked on { $date }
# Variables:
#   $date (String) - when the wallet last checked it, YYYY-MM-DD
bundle-status-failed = Did not verify when Passerelle checked it on { $date }
# Variables:
#   $name (String) - who endorsed it
#   $date (String) - when, YYYY-MM-DD
bundle-endorsed-by = Endorsed by { $name } on { $date }
bundle-file-credential = The signed credential
bundle-file-image = The badge image (the credential is baked in it)
bundle-file-endorsement = The signed endorsement
# Variables:
#   $name (String) - the badge's name
bundle-image-alt = Image of the badge “{ $name }”
bundle-verify-title = How to check these badges
bundle-verify-files = Each badge is in the folder “credentials” exactly as its issuer signed it, and in the folder “images” as a PNG image with the credential baked in. Any Open Badges 3.0 verifier can check them, without this page and without Passerelle.
bundle-verify-presentation = The file presentation.json holds the credentials, signed by the holder’s key shown above: it proves that the holder put this bundle together. The file manifest.json lists every file with its SHA-256 fingerprint.
bundle-verify-status = The status shown under each badge is what the holder’s wallet found when it last checked; check again with a verifier to be sure.
