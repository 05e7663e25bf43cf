"""Goals: the site's six goal categories. The site's own categories (record ``goals``) come
first; only when it gives none are they read from the text."""
from __future__ import annotations

from typing import Any

from enrich.engine import Rule, evidence

FACET = "goals"

GOALS = ("nederlands-oefenen", "mensen-ontmoeten", "vrienden-maken", "iets-nieuws-leren",
         "vrijwilligerswerk", "voorbereiden-op-werk")

RULES = (
    Rule("goals.dutch", r"\b(?:nederlands|je nederlands|de taal|taal) (?:oefenen|praten|spreken|"
         r"verbeteren|bijschaven)\b|\boefen(?:en)? (?:je |jouw |uw )?nederlands\b|"
         r"\b(?:praattafel|conversatietafel|babbelbar|taalcafe|taaltafel|taalgroep|"
         r"taalwandeling|taalbuddy|babbelonie|klap(?:tafel|café))\w*\b|\bpractis(?:e|ing) "
         r"(?:your )?dutch\b|\bpractice (?:your )?dutch\b|\bpratiquer (?:le |votre )?neerlandais\b",
         value="nederlands-oefenen"),
    Rule("goals.meet", r"\b(?:nieuwe )?mensen (?:leren kennen|ontmoeten)\b|\bontmoet(?:en|ing|"
         r"ingen|ingsmoment|ingsplaats|ingsruimte)?\b|\bkennismaken met\b|\bbuurtbewoners\b|"
         r"\bmeet (?:new )?people\b|\bmeet(?:ing)? other\b|\brencontrer\b|\brencontres?\b",
         value="mensen-ontmoeten"),
    Rule("goals.friends", r"\bvrienden (?:maken|worden)\b|\bnieuwe vrienden\b|\bvriendschap\w*\b|"
         r"\bbuddy\w*\b|\bduo'?s?\b|\bmake friends\b|\bfriendships?\b|\bse faire des amis\b|"
         r"\bamitie\b",
         value="vrienden-maken"),
    Rule("goals.learn", r"\bworkshop\w*\b|\bcursus\w*\b|\b(?:leer|leren|bijleren|leert) "
         r"(?:je |hoe |over |wat |nieuwe )?\w+|\bvorming\w*\b|\bopleiding\w*\b|\blessen\b|"
         r"\bles\b|\blearn\w*\b|\bcourse\b|\bapprendre\b|\batelier\w*\b|\bformation\b",
         value="iets-nieuws-leren"),
    Rule("goals.volunteer", r"\bvrijwilliger\w*\b|\bvolunteer\w*\b|\bbenevol\w*\b",
         value="vrijwilligerswerk"),
    Rule("goals.work", r"\b(?:werk|job|stage|een job) (?:zoeken|vinden)\b|\bsollicit\w+\b|"
         r"\bjobbeurs\b|\bkennismakingsstage\b|\bwerkervaring\b|\barbeidsmarkt\b|\bcv\b|"
         r"\bwerkplek\w*\b|\bjob ?coach\w*\b|\bfind (?:a )?(?:job|work)\b|\bjob search\b|"
         r"\bemploi\b|\bchercher du travail\b|\bvdab\b|\bbeurs werk\b",
         value="voorbereiden-op-werk"),
)


def resolve(hits, record: dict[str, Any], texts):
    ev: list[dict[str, Any]] = []
    site = [g for g in (record.get("goals") or []) if g in GOALS]
    if site:
        for g in site:
            ev.append(evidence("goals", g, field="goals", match=g, rule="goals.struct.site"))
        return {"goals": sorted(set(site), key=GOALS.index)}, ev
    found: list[str] = []
    for h in hits:
        if h.value not in found:
            found.append(h.value)
            ev.append(evidence("goals", h.value, h))
    return {"goals": sorted(found, key=GOALS.index)}, ev
