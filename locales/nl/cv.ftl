# De woorden op het cv zelf (crates/wallet/src/cv.rs, opgemaakt door crates/cv).
# De taal van het cv kies je los van de taal van de schermen.

# Variables:
#   $name (String) - de naam van de persoon
cvdoc-title = Curriculum vitae — { $name }
cvdoc-subject = Curriculum vitae
cvdoc-target-job = Beoogde functie
cvdoc-summary = Profiel
cvdoc-competences = Competenties
cvdoc-competences-framework = Volgens het Europese e-Competence Framework (e-CF), niveaus e-1 tot e-5.
cvdoc-support-verified-badge = Geverifieerde badge
cvdoc-support-endorsed = Bevestigd door een derde
cvdoc-support-self-declared = Zelf verklaard
cvdoc-support-legend = Geverifieerde badge: een digitale badge waarvan de handtekening gecontroleerd werd. Bevestigd door een derde: een aanbeveling van een begeleider of een opleider. Zelf verklaard: door mij verklaard, ondertekend met mijn eigen sleutel.
# Variables:
#   $level (String) - een e-CF-niveau zoals e-3
cvdoc-level = niveau { $level }
# Variables:
#   $sources (String) - de badges of verklaringen, gescheiden door komma's
cvdoc-shown-by = Aangetoond door: { $sources }
cvdoc-experience = Werkervaring
cvdoc-education = Onderwijs en opleiding
cvdoc-languages = Talen
cvdoc-native = moedertaal
cvdoc-digital = Digitale vaardigheden
cvdoc-badges = Badges en certificaten
# Variables:
#   $issuer (String) - wie de badge uitreikte
cvdoc-badge-issuer = Uitgereikt door { $issuer }
# Variables:
#   $date (String) - een datum, DD/MM/JJJJ
cvdoc-badge-issued = op { $date }
cvdoc-badge-status-verified = handtekening geverifieerd
cvdoc-badge-status-warning = handtekening geldig, met een opmerking
cvdoc-badge-status-failed = kon niet geverifieerd worden
cvdoc-badge-no-link = Geen webadres: controleer hem in de badgebundel.
# Variables:
#   $start (String) - een maand, MM/JJJJ
cvdoc-since = sinds { $start }
# Variables:
#   $language (String) - de naam van de taal waarin de tekst getoond wordt
cvdoc-fallback = niet vertaald, in het { $language }
# Variables:
#   $date (String) - de dag waarop het cv gemaakt werd, DD/MM/JJJJ
cvdoc-footer = Gemaakt met Passerelle op { $date }. De badges kunnen gecontroleerd worden met elke Open Badges-verificatietool.
cvdoc-contact = Contact
# The description of the Europass XML file attached inside the PDF.
cvdoc-attachment = Europass-cv (XML), hetzelfde cv als bewerkbaar bestand
