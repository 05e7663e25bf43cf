"""PNT fit: does the activity fit the participation and network trajectory (at least 40 h of
social participation in a group or duo, in a Dutch-speaking context)?

likely: an explicit PNT mention, a buddy/duo project, a conversation table, volunteering or a
group activity with a meeting goal in Dutch. unlikely: explicitly not counting for the PNT,
formal Dutch lessons (a separate pillar), individual/self-study or online self-paced
activities, activities held in another language only. Otherwise unknown.
"""
from __future__ import annotations

from typing import Any

from enrich.engine import Rule, evidence

FACET = "pnt"

RULES = (
    Rule("pnt.explicit", r"\b(?:participatie(?:-| en )netwerktraject|participatietraject|"
         r"pnt|vierde pijler|4de pijler|participatieverklaring|participatieformulier)\b",
         value="likely", negated="unlikely", strength=3),
    Rule("pnt.lessons", r"\b(?:les(?:sen)?|cursus) nederlands(?: als tweede taal)?\b|"
         r"\bnt2[- ]?(?:les\w*|cursus\w*|opleiding\w*)?\b|\bcvo\b|\bhuis van het nederlands\b|"
         r"\bdutch (?:lessons|classes|course)\b|\bcours de neerlandais\b",
         value="unlikely", negated=None, strength=2),
    Rule("pnt.alone", r"\bindividueel\b|\bop (?:je|jouw|uw) eigen tempo\b|\bzelfstudie\b|"
         r"\be-learning\b|\bself-paced\b|\bon your own\b|\bin je eentje\b|\balleen thuis\b",
         value="unlikely", negated=None, strength=1),
    Rule("pnt.social", r"\bbuddy\w*\b|\bduo'?s?\b|\bpraattafel\w*\b|\bconversatietafel\w*\b|"
         r"\bbabbelbar\w*\b|\btaalcafe\w*\b|\btaaltafel\w*\b|\bvrijwilliger\w*\b|"
         r"\bvolunteer\w*\b|\bin (?:groep|group)\b|\bsamen met anderen\b|\bin een groep\b|"
         r"\bgroepsactiviteit\w*\b|\bkennismakingsstage\b|\bploeg\b|\bclub\b|\bkoor\b|"
         r"\bvereniging\b|\bsamen (?:koken|wandelen|zingen|sporten|tuinieren|fietsen)\b",
         value="likely", negated=None, strength=1),
)


def resolve(hits, record: dict[str, Any], texts, tags: dict[str, Any] | None = None):
    ev: list[dict[str, Any]] = []
    hits = [h for h in hits if h.value is not None]
    langs = [str(x).lower() for x in record.get("languages") or []]
    non_dutch_only = bool(langs) and not any(x.startswith(("nl", "neder", "dutch")) for x in langs)
    if non_dutch_only:
        ev.append(evidence("pnt_fit", "unlikely", field="languages", match=", ".join(langs),
                           rule="pnt.struct.no-dutch"))
        return {"pnt_fit": "unlikely"}, ev
    if record.get("location", {}).get("online"):
        hits = hits + []
    if hits:
        top = max(h.rule.strength for h in hits)
        tier = [h for h in hits if h.rule.strength == top]
        value = "unlikely" if any(h.value == "unlikely" for h in tier) else "likely"
        for h in tier:
            ev.append(evidence("pnt_fit", h.value, h))
        return {"pnt_fit": value}, ev
    goals = set((tags or {}).get("goals") or [])
    if goals & {"nederlands-oefenen", "mensen-ontmoeten", "vrienden-maken", "vrijwilligerswerk"}:
        ev.append(evidence("pnt_fit", "likely", field="goals", match=", ".join(sorted(goals)),
                           rule="pnt.goals.social"))
        return {"pnt_fit": "likely"}, ev
    return {"pnt_fit": "unknown"}, ev
