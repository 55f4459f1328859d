# De woorden die Passerelle schrijft in de attesten die het ondertekent: de feiten van
# een zelf verklaarde vaardigheid, in de taal van de verklaring.

# Variables:
#   $value (String) - waar de persoon het deed, zoals die het schreef
credential-fact-where = Waar: { $value }
# Variables:
#   $value (String) - wanneer, zoals de persoon het schreef (bijvoorbeeld ‘2021–2023’)
credential-fact-when = Wanneer: { $value }
# Variables:
#   $count (Number) - hoeveel mensen er in het team zaten
credential-fact-team = Teamgrootte: { $count }
# Variables:
#   $value (String) - wat het opleverde, zoals de persoon het schreef
credential-fact-outcome = Resultaat: { $value }
