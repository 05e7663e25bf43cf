"""Cues several facets read the same way (not a facet: no ``FACET`` or ``RULES``).

* ``HEDGE``: "waarschijnlijk gratis, nog te bevestigen", "normaal gezien rolstoeltoegankelijk"
  — a hedged statement states nothing, so cost and accessibility ignore it.
* ``VOLUNTEER_TITLE`` / ``VACANCY_TITLE``: a title recruiting volunteers ("Vrijwilligers
  gezocht", "Volunteers wanted"): the listing's participant is the volunteer, so the children
  it names are the public and a "free" is a perk (volunteers do not pay).
* ``VOLUNTEER_ROLE``: the roles of the other audience in language activities ("kom als
  vrijwillige gesprekspartner", "welkom als buddy").
"""
from __future__ import annotations

import re

HEDGE = re.compile(r"\b(?:waarschijnlijk|wellicht|allicht|normaal gezien|normaal gesproken|"
                   r"vermoedelijk|misschien|nog te bevestigen|nog niet zeker|nog na te vragen|"
                   r"moet nog nagevraagd|onder voorbehoud|probably|maybe|possibly|normally|"
                   r"to be confirmed|tbc|probablement|peut-etre|normalement|sous reserve|"
                   r"a confirmer)\b")
VOLUNTEER_TITLE = re.compile(r"\bvrijwilliger\w*|\bvolunteers?\b|\bbenevoles?\b|\bvacature\b")
VACANCY_TITLE = re.compile(VOLUNTEER_TITLE.pattern + r"|\bgezocht\b|\bwanted\b")
VOLUNTEER_ROLE = (r"(?:vrijwillig\w*|gesprekspartner\w*|buddy|taalcoach\w*|taalmaatje\w*|"
                  r"volunteer\w*|benevole\w*|begeleider\w*|meter|peter|host)")
