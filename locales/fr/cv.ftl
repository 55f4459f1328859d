# Les mots imprimés sur le CV lui-même (crates/wallet/src/cv.rs, mis en page par crates/cv).
# La langue du CV se choisit indépendamment de celle des écrans.

# Variables:
#   $name (String) - le nom de la personne
cvdoc-title = Curriculum vitae — { $name }
cvdoc-subject = Curriculum vitae
cvdoc-target-job = Poste visé
cvdoc-summary = Profil
cvdoc-competences = Compétences
cvdoc-competences-framework = Selon le référentiel européen e-CF (e-Competence Framework), niveaux e-1 à e-5.
cvdoc-support-verified-badge = Badge vérifié
cvdoc-support-endorsed = Confirmée par un tiers
cvdoc-support-self-declared = Auto-déclarée
cvdoc-support-legend = Badge vérifié : un badge numérique dont la signature a été contrôlée. Confirmée par un tiers : une recommandation d’un conseiller ou d’un formateur. Auto-déclarée : déclarée par moi, signée avec ma propre clé.
# Variables:
#   $level (String) - un niveau e-CF comme e-3
cvdoc-level = niveau { $level }
# Variables:
#   $sources (String) - les badges ou déclarations, séparés par des virgules
cvdoc-shown-by = Attestée par : { $sources }
cvdoc-experience = Expérience professionnelle
cvdoc-education = Éducation et formation
cvdoc-languages = Langues
cvdoc-native = langue maternelle
cvdoc-digital = Compétences numériques
cvdoc-badges = Badges et certificats
# Variables:
#   $issuer (String) - qui a délivré le badge
cvdoc-badge-issuer = Délivré par { $issuer }
# Variables:
#   $date (String) - une date, JJ/MM/AAAA
cvdoc-badge-issued = le { $date }
cvdoc-badge-status-verified = signature vérifiée
cvdoc-badge-status-warning = signature valide, avec une remarque
cvdoc-badge-status-failed = n’a pas pu être vérifié
cvdoc-badge-no-link = Pas d’adresse web : vérifiez-le dans le lot de badges.
# Variables:
#   $start (String) - un mois, MM/AAAA
cvdoc-since = depuis { $start }
# Variables:
#   $language (String) - le nom de la langue dans laquelle le texte est montré
cvdoc-fallback = non traduit, en { $language }
# Variables:
#   $date (String) - le jour où le CV a été fait, JJ/MM/AAAA
cvdoc-footer = Réalisé avec Passerelle le { $date }. Les badges peuvent être vérifiés avec tout vérificateur Open Badges.
cvdoc-contact = Contact
# The description of the Europass XML file attached inside the PDF.
cvdoc-attachment = CV Europass (XML), le même CV en fichier modifiable
