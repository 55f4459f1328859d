# The words printed on the CV itself (crates/wallet/src/cv.rs, rendered by crates/cv).
# The CV's language is chosen independently of the screens' language.

# Variables:
#   $name (String) - the holder's name
cvdoc-title = Curriculum vitae — { $name }
cvdoc-subject = Curriculum vitae
cvdoc-target-job = Target job
cvdoc-summary = Profile
cvdoc-competences = Competences
cvdoc-competences-framework = On the European e-Competence Framework (e-CF), levels e-1 to e-5.
cvdoc-support-verified-badge = Verified badge
cvdoc-support-endorsed = Confirmed by a third party
cvdoc-support-self-declared = Self-declared
cvdoc-support-legend = Verified badge: a digital badge whose signature was checked. Confirmed by a third party: an endorsement by a counsellor or a trainer. Self-declared: stated by me, signed with my own key.
# Variables:
#   $level (String) - an e-CF level such as e-3
cvdoc-level = level { $level }
# Variables:
#   $sources (String) - the badges or declarations, comma-separated
cvdoc-shown-by = Shown by: { $sources }
cvdoc-experience = Work experience
cvdoc-education = Education and training
cvdoc-languages = Languages
cvdoc-native = mother tongue
cvdoc-digital = Digital skills
cvdoc-badges = Badges and certificates
# Variables:
#   $issuer (String) - who issued the badge
cvdoc-badge-issuer = Issued by { $issuer }
# Variables:
#   $date (String) - a date, DD/MM/YYYY
cvdoc-badge-issued = on { $date }
cvdoc-badge-status-verified = signature verified
cvdoc-badge-status-warning = signature valid, with a remark
cvdoc-badge-status-failed = could not be verified
cvdoc-badge-no-link = No web address: check it in the badge bundle.
# Variables:
#   $start (String) - a month, MM/YYYY
cvdoc-since = since { $start }
# Variables:
#   $language (String) - the name of the language the text is shown in
cvdoc-fallback = not translated, in { $language }
# Variables:
#   $date (String) - the day the CV was made, DD/MM/YYYY
cvdoc-footer = Made with Passerelle on { $date }. The badges can be checked with any Open Badges verifier.
cvdoc-contact = Contact
# The description of the Europass XML file attached inside the PDF.
cvdoc-attachment = Europass CV (XML), the same CV as an editable file
