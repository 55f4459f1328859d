# La page d’un lot de badges (issue 6) : index.html, écrite par crates/wallet/src/bundle.rs
# dans la langue choisie pour l’export. Texte seul : Rust échappe chaque valeur.

bundle-page-title = Open Badges
# Variables:
#   $name (String) - le nom du titulaire
bundle-page-title-named = Open Badges de { $name }
# Variables:
#   $date (String) - le jour où le lot a été fait, AAAA-MM-JJ
bundle-made = Rassemblés le { $date } avec Passerelle, un portefeuille hors ligne pour les Open Badges.
# Variables:
#   $did (String) - la clé did:key du titulaire
bundle-holder = Clé du titulaire (did:key) : { $did }
bundle-kind-badge = Badge délivré par un organisme
bundle-kind-self-declared = Autodéclaré : le titulaire affirme cette compétence et l’a signée lui-même
# Variables:
#   $issuer (String) - qui a délivré le badge
bundle-issuer = Délivré par { $issuer }
# Variables:
#   $date (String) - AAAA-MM-JJ
bundle-valid-from = Valable à partir du { $date }
# Variables:
#   $date (String) - AAAA-MM-JJ
bundle-valid-until = Valable jusqu’au { $date }
# Variables:
#   $date (String) - quand le portefeuille l’a vérifié pour la dernière fois, AAAA-MM-JJ
bundle-status-verified = Vérifié par Passerelle le { $date }
# Variables:
#   $date (String) - quand le portefeuille l’a vérifié pour la dernière fois, AAAA-MM-JJ
bundle-status-warning = Signature valide, avec un avertissement (par exemple expiré, ou un statut qui demande internet), vérifié le { $date }
# Variables:
#   $date (String) - quand le portefeuille l’a vérifié pour la dernière fois, AAAA-MM-JJ
bundle-status-failed = N’était pas valide lorsque Passerelle l’a vérifié le { $date }
# Variables:
#   $name (String) - qui l’a recommandé
#   $date (String) - quand, AAAA-MM-JJ
bundle-endorsed-by = Recommandé par { $name } le { $date }
bundle-file-credential = Le justificatif signé
bundle-file-image = L’image du badge (le justificatif y est intégré)
bundle-file-endorsement = La recommandation signée
# Variables:
#   $name (String) - le nom du badge
bundle-image-alt = Image du badge « { $name } »
bundle-verify-title = Comment vérifier ces badges
bundle-verify-files = Chaque badge se trouve dans le dossier « credentials » tel que son émetteur l’a signé, et dans le dossier « images » sous forme d’image PNG qui contient le justificatif. Tout vérificateur Open Badges 3.0 peut les contrôler, sans cette page et sans Passerelle.
bundle-verify-presentation = Le fichier presentation.json contient les justificatifs, signés par la clé du titulaire indiquée plus haut : il prouve que le titulaire a rassemblé ce lot. Le fichier manifest.json liste chaque fichier avec son empreinte SHA-256.
bundle-verify-status = Le statut indiqué sous chaque badge est celui que le portefeuille du titulaire a trouvé lors de sa dernière vérification ; vérifiez à nouveau avec un vérificateur pour en être sûr.
