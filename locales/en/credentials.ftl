# Words Passerelle writes into the credentials it signs: the facts of a self-declared
# skill, in the language the skill is declared in.

# Variables:
#   $value (String) - where the person did it, as they wrote it
credential-fact-where = Where: { $value }
# Variables:
#   $value (String) - when, as the person wrote it (such as “2021–2023”)
credential-fact-when = When: { $value }
# Variables:
#   $count (Number) - how many people were in the team
credential-fact-team = Team size: { $count }
# Variables:
#   $value (String) - what came out of it, as the person wrote it
credential-fact-outcome = Outcome: { $value }
