# De pagina in een badgebundel (issue 6): index.html, geschreven door crates/wallet/src/bundle.rs
# in de taal die voor de export gekozen is. Alleen tekst: Rust ontsnapt elke waarde.

bundle-page-title = Open Badges
# Variables:
#   $name (String) - de naam van de houder
bundle-page-title-named = Open Badges van { $name }
# Variables:
#   $date (String) - de dag waarop de bundel gemaakt werd, JJJJ-MM-DD
bundle-made = Samengebracht op { $date } met Passerelle, een offline portefeuille voor Open Badges.
# Variables:
#   $did (String) - de did:key van de houder
bundle-holder = Sleutel van de houder (did:key): { $did }
bundle-kind-badge = Badge uitgereikt door een organisatie
bundle-kind-self-declared = Zelf verklaard: de houder verklaart deze vaardigheid en heeft ze zelf ondertekend
# Variables:
#   $issuer (String) - wie de badge uitreikte
bundle-issuer = Uitgereikt door { $issuer }
# Variables:
#   $date (String) - JJJJ-MM-DD
bundle-valid-from = Geldig vanaf { $date }
# Variables:
#   $date (String) - JJJJ-MM-DD
bundle-valid-until = Geldig tot { $date }
# Variables:
#   $date (String) - wanneer de portefeuille ze het laatst controleerde, JJJJ-MM-DD
bundle-status-verified = Gecontroleerd door Passerelle op { $date }
# Variables:
#   $date (String) - wanneer de portefeuille ze het laatst controleerde, JJJJ-MM-DD
bundle-status-warning = Geldige handtekening, met een waarschuwing (bijvoorbeeld verlopen, of een status die internet vraagt), gecontroleerd op { $date }
# Variables:
#   $date (String) - wanneer de portefeuille ze het laatst controleerde, JJJJ-MM-DD
bundle-status-failed = Was niet geldig toen Passerelle ze controleerde op { $date }
# Variables:
#   $name (String) - wie ze onderschreef
#   $date (String) - wanneer, JJJJ-MM-DD
bundle-endorsed-by = Onderschreven door { $name } op { $date }
bundle-file-credential = Het ondertekende bewijs
bundle-file-image = De badgeafbeelding (met het bewijs erin)
bundle-file-endorsement = De ondertekende onderschrijving
# Variables:
#   $name (String) - de naam van de badge
bundle-image-alt = Afbeelding van de badge ‘{ $name }’
bundle-verify-title = Hoe je deze badges controleert
bundle-verify-files = Elke badge staat in de map ‘credentials’ precies zoals de uitgever ze ondertekende, en in de map ‘images’ als PNG-afbeelding met het bewijs erin. Elke Open Badges 3.0-verificatietool kan ze controleren, zonder deze pagina en zonder Passerelle.
bundle-verify-presentation = Het bestand presentation.json bevat de bewijzen, ondertekend met de sleutel van de houder hierboven: het bewijst dat de houder deze bundel samenstelde. Het bestand manifest.json somt elk bestand op met zijn SHA-256-vingerafdruk.
bundle-verify-status = De status onder elke badge is wat de portefeuille van de houder vond bij de laatste controle; controleer opnieuw met een verificatietool om zeker te zijn.
