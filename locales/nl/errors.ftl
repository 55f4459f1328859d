## Foutmeldingen voor de gebruiker. Elke id is `error-<code>`, waarbij <code> de vaste
## code is die de Rust-kern met de fout meestuurt (crates/wallet/src/error.rs).

error-no-data-dir = Passerelle vindt geen map om je portefeuille in te bewaren. Kies er een met de instelling PASSERELLE_WALLET.
# Variables:
#   $path (String) - de map van de portefeuille
#   $detail (String) - wat het systeem meldde
error-wallet-dir = Passerelle kan de map { $path } niet gebruiken voor je portefeuille: { $detail }
# Variables:
#   $path (String) - de map van de portefeuille
#   $found (Number) - de versie van de portefeuille
#   $supported (Number) - de nieuwste versie die deze Passerelle kent
error-wallet-too-new = De portefeuille in { $path } is opgeslagen met een nieuwere versie van Passerelle (versie { $found }; deze kent versies tot { $supported }). Werk Passerelle bij om hem te openen. Er is niets gewijzigd.
# Variables:
#   $path (String) - het geopende bestand
#   $detail (String) - wat de database meldde
error-not-a-wallet = Het bestand { $path } is geen Passerelle-portefeuille, of het is beschadigd. Er is niets gewijzigd. ({ $detail })
# Variables:
#   $detail (String) - wat er misging
error-backup-failed = Voordat Passerelle je portefeuille bijwerkt, maakt het er een kopie van, en die kopie kon niet worden gemaakt. Je portefeuille is niet gewijzigd. ({ $detail })
# Variables:
#   $version (Number) - de versie die wordt geïnstalleerd
#   $detail (String) - wat er misging
error-migration-failed = Het bijwerken van je portefeuille naar versie { $version } is mislukt. Je portefeuille is gebleven zoals hij was. ({ $detail })
# Variables:
#   $detail (String) - wat de database meldde
error-database = Je portefeuille kon niet worden gelezen of opgeslagen. ({ $detail })
# Variables:
#   $value (String) - de gevraagde taal
error-unsupported-language = Passerelle spreekt geen „{ $value }”. Kies Frans (fr), Nederlands (nl) of Engels (en).
# Variables:
#   $value (String) - het gevraagde thema
error-unsupported-theme = „{ $value }” is geen thema. Kies system (zoals het systeem), light (licht) of dark (donker).
# Variables:
#   $path (String) - het bestand
#   $detail (String) - wat het systeem meldde
error-read-file = Het bestand { $path } kon niet worden gelezen. ({ $detail })
# Variables:
#   $detail (String) - de fout zoals die werd gemeld
error-unexpected = Er ging iets onverwachts mis. ({ $detail })
# Variables:
#   $id (String) - de gevraagde badge
error-no-such-badge = Deze badge zit niet meer in je portefeuille.
error-invalid-email = ‘{ $value }’ is geen e-mailadres. Schrijf het als naam@voorbeeld.be.
