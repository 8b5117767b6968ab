"""Word lists of speaker phrases: roles held for somebody ("an aide to"), counted groups
("Hundreds of"), plural nouns of people."""

#: Role words that only modify a role ("state senator", "Foreign Minister"): as the last
#: word they head no role ("the Islamic State", "the Labor Party").
NOT_ROLE_HEADS = frozenset(
    ["state", "national", "former", "then", "party", "house", "senate", "trade", "foreign",
     "interior", "health", "finance", "defense", "defence", "labor", "labour", "campaign",
     "presidential", "democratic", "republican", "senior", "top", "majority", "minority", "vice",
     "prime", "deputy"]
)  # fmt: skip

#: Roles held "to" somebody: "an aide to Ann Vale", "an adviser to the mayor".
AIDES = frozenset(
    ["aide", "aides", "adviser", "advisers", "advisor", "advisors", "assistant", "assistants",
     "counsel", "counselor", "spokesman", "spokeswoman", "spokesperson", "secretary",
     "consultant", "consultants", "deputy", "successor", "heir"]
)  # fmt: skip

#: Roles that serve the one named after "for": "a spokeswoman for Mayor Ann Vale".
SERVES = frozenset(
    ["aide", "aides", "adviser", "advisers", "advisor", "advisors", "assistant", "assistants",
     "counsel", "spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen",
     "consultant", "consultants", "lawyer", "lawyers", "attorney", "attorneys",
     "representative", "representatives"]
)  # fmt: skip

#: Words counting the members of a group: "Hundreds of protesters", "many of his aides".
GROUP_COUNTS = frozenset(
    ["hundreds", "thousands", "dozens", "scores", "millions", "tens", "many", "some", "most",
     "several", "few", "all", "half", "two", "three", "four", "five", "both", "none", "each"]
)  # fmt: skip

#: What may stand between a count and its noun: "many of his aides".
GROUP_DETERMINERS = frozenset(["the", "his", "her", "their", "its", "our", "those", "these"])

#: Plural nouns of people by their ending ("employees", "lobbyists", "agents", "traders").
PEOPLE_SUFFIXES = ("ists", "ees", "ians", "ors", "ers", "ants", "ents")

#: Plural nouns with such an ending that name no people.
NOT_PEOPLE = frozenset(
    ["numbers", "papers", "orders", "matters", "letters", "centers", "waters", "headquarters",
     "errors", "factors", "sectors", "doors", "floors", "colors", "honors", "events",
     "documents", "comments", "statements", "payments", "agreements", "elements", "amendments",
     "parents'", "percents", "contents", "moments", "arguments", "departments", "governments",
     "investments", "settlements", "requirements", "developments", "plants", "grants"]
)  # fmt: skip

#: Three-letter words in -s that are no plural ("the gas", "its").
NOT_PLURAL = frozenset(("gas", "yes", "has", "was", "its", "bus", "ios", "abs"))

#: Nouns of one person that no other list holds: "A child responded", "one mother said".
PERSON_NOUNS = frozenset(
    ["child", "boy", "girl", "kid", "mother", "father", "son", "daughter", "wife", "husband",
     "brother", "sister", "mom", "dad", "grandmother", "grandfather", "teacher", "nurse",
     "farmer", "owner", "fan", "listener", "guest", "spectator", "onlooker", "bystander",
     "youngster", "mourner", "marcher"]
)  # fmt: skip

#: Nouns of a single person that the subject grammar reads as a plain noun phrase.
COMMON_PERSON_NOUNS = frozenset(
    ["resident", "neighbor", "neighbour", "witness", "man", "woman", "friend", "voter",
     "protester", "activist", "observer", "insider", "delegate", "attendee", "student",
     "worker", "parent", "relative", "caller", "viewer", "reader", "person", "staffer",
     "commenter", "user", "supporter", "opponent", "critic", "member", "donor", "citizen",
     "constituent", "veteran", "volunteer", "patient", "customer", "passenger", "visitor",
     "immigrant", "refugee", "victim", "survivor", "taxpayer", "homeowner", "retiree",
     "soldier", "juror", "inmate", "shopper", "tourist", "teenager", "source", "diplomat"]
) | PERSON_NOUNS  # fmt: skip

#: Their plurals: "Children chanted", "Fans shouted".
PEOPLE_NOUNS = frozenset(
    ["children", "boys", "girls", "kids", "mothers", "fathers", "sons", "daughters", "teachers",
     "nurses", "farmers", "owners", "fans", "listeners", "guests", "spectators", "onlookers",
     "bystanders", "youngsters", "mourners", "marchers"]
)  # fmt: skip
