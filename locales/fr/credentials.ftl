# Les mots que Passerelle écrit dans les attestations qu’il signe : les faits d’une
# compétence autodéclarée, dans la langue de la déclaration.

# Variables:
#   $value (String) - où la personne l’a fait, comme elle l’a écrit
credential-fact-where = Où : { $value }
# Variables:
#   $value (String) - quand, comme la personne l’a écrit (par exemple « 2021–2023 »)
credential-fact-when = Quand : { $value }
# Variables:
#   $count (Number) - le nombre de personnes dans l’équipe
credential-fact-team = Taille de l’équipe : { $count }
# Variables:
#   $value (String) - ce qui en est sorti, comme la personne l’a écrit
credential-fact-outcome = Résultat : { $value }
