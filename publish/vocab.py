"""Dutch labels for the published values (tags are stored in Dutch so facets read naturally)."""
from __future__ import annotations

GOALS = {
    "nederlands-oefenen": "Nederlands oefenen",
    "mensen-ontmoeten": "Mensen ontmoeten",
    "vrienden-maken": "Vrienden maken",
    "iets-nieuws-leren": "Iets nieuws leren",
    "vrijwilligerswerk": "Vrijwilligerswerk",
    "voorbereiden-op-werk": "Voorbereiden op werk",
}

# tags.cost -> published "kosten"
COST = {"free": "gratis", "reduced": "verminderd", "paid": "betalend", "unknown": "onbekend"}
COST_LABEL = {"gratis": "gratis", "verminderd": "verminderd tarief mogelijk",
              "betalend": "betalend", "onbekend": "prijs onbekend"}
STATUS = {"active": "actief", "cancelled": "geannuleerd", "full": "volzet"}
PNT = {"likely": "waarschijnlijk", "unlikely": "onwaarschijnlijk", "unknown": "onbekend"}
DUTCH_LEVEL = {
    1: "1 taalicoon: nog niet veel Nederlands nodig",
    2: "2 taaliconen: een beetje Nederlands",
    3: "3 taaliconen: vrij goed Nederlands",
    4: "4 taaliconen: vlot Nederlands",
}

# Words that make an activity a conversation table (folded, matched in title + description).
CONVERSATION_WORDS = ("conversatietafel", "praattafel", "babbelbar", "taalcafe", "taaltafel",
                      "oefentafel", "praatcafe", "babbeltafel", "conversation table",
                      "taalcafé")


def yes_no(value: object) -> str:
    """bool/None -> 'ja' | 'nee' | 'onbekend'."""
    if value is None:
        return "onbekend"
    return "ja" if value else "nee"
