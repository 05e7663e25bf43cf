"""PNT fit: does the activity fit the participation and network trajectory (at least 40 h of
social participation in a group or duo, in a Dutch-speaking context)?

* unlikely: online; held in another language only (the record's languages, or "voertaal:
  Engels"); formal Dutch lessons (a separate pillar); one-to-one or self-study formats
  (individual coaching, e-learning); work-preparation offers with no social goal (guidance
  towards a job, not social participation); an explicit "telt niet mee voor het PNT".
* likely: an explicit PNT mention, a buddy/duo project (duos meet for months), or an activity
  that recurs (elke week, 2x per maand, every Thursday, tijdens het schooljaar…): the hours
  add up in a group.
* likely too for formats that recur by nature even when no schedule is written: a
  conversation table or language café, a club, choir, reading/walking/women's group, a
  community garden, a course or lesson series, a membership fee, a price per session, an
  offer to volunteer. A stated one-off ("eenmalig", "infomoment") keeps these unknown.
* unknown: everything else, notably one-off events (a day, a festival, an info session),
  however social they are.
"""
from __future__ import annotations

import re
from datetime import date
from typing import Any

from enrich.engine import Rule, evidence

FACET = "pnt"

_DAYS = r"(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)"
_DAYS_EN = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_DAYS_FR = r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
_MONTHS = (r"(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|"
           r"november|december)")
_ORDINAL = (r"(?:eerste|tweede|derde|vierde|laatste|1ste|2de|3de|4de|1e|2e|3e|4e|first|second|"
            r"third|fourth|last|1st|2nd|3rd|4th|premier|deuxieme|troisieme|dernier)")
_LANGS = (r"(?:engels|frans|arabisch|turks|spaans|russisch|oekraiens|pools|roemeens|farsi|"
          r"dari|pasjtoe|somalisch|tigrinya|koerdisch|english|french|arabic|turkish|spanish|"
          r"russian|ukrainian|polish|anglais|arabe|turc|espagnol|russe|ukrainien)")

RULES = (
    Rule("pnt.explicit", r"\b(?:participatie(?:-| en )netwerktraject|participatietraject|"
         r"pnt|vierde pijler|4de pijler|participatieverklaring|participatieformulier)\b",
         value="likely", negated="unlikely", strength=3, kind="explicit"),
    Rule("pnt.online", r"\bvia (?:zoom|teams|microsoft teams|skype|google meet|jitsi|webex|"
         r"whatsapp ?video)\b|\bonline (?:praattafel|conversatie\w*|sessie|sessies|les|lessen|"
         r"cursus|bijeenkomst\w*|meeting|gesprek\w*|workshop|activiteit|groep|taalcafe|event|"
         r"session|sessions|class|classes|course|conversation|meetup)\b|\bwebinar\w*\b|"
         r"\b(?:volledig|enkel|alleen|uitsluitend|only|entirely|fully) online\b|"
         r"\b(?:gaat|vindt) (?:volledig )?online (?:door|plaats)\b|\b(?:takes place|held|runs) "
         r"online\b|\bse deroule en ligne\b|\ben ligne via\b|\bvanuit je (?:kot|zetel|living)\b|"
         r"\bfrom (?:your )?home\b",
         value="unlikely", negated=None, strength=5, kind="online"),
    Rule("pnt.other-language", rf"\b(?:voertaal|taal van de activiteit|language|langue|"
         rf"taal)\s?:\s?{_LANGS}\b(?! (?:en|and|et|of|or|\+|/) (?:het )?(?:nederlands|dutch|"
         rf"neerlandais))|\b(?<!ook )(?<!also )(?:gaat door|wordt gegeven|verloopt|is taught|"
         rf"is held|is given|taught|conducted|given|se deroule|donne) (?:volledig |enkel |"
         rf"entirely |only )?(?:in het |in |en )(?:het )?{_LANGS}\b(?! (?:en|and|et|of|or) "
         rf"(?:het )?(?:nederlands|dutch|neerlandais))|\b(?:enkel|alleen|uitsluitend|only) in "
         rf"(?:het )?{_LANGS}\b|\bin (?:je|jouw|uw|your|their) (?:eigen )?(?:own )?(?:moedertaal|"
         rf"mother tongue|native language)\b",
         value="unlikely", negated=None, strength=5, kind="language"),
    Rule("pnt.lessons", r"\b(?:les(?:sen)?|cursus) nederlands(?: als tweede taal)?\b|"
         r"\bnt2[- ]?(?:les\w*|cursus\w*|opleiding\w*)?\b|\bcvo\b|"
         r"\bdutch (?:lessons|classes|course)\b|\bcours de neerlandais\b",
         value="unlikely", negated=None, strength=2),
    Rule("pnt.duo", r"\bbuddy\w*\b|\bduo'?s?\b|\btaalmaatje\w*\b|\bmaatjesproject\w*\b|"
         r"\bmentor(?:aat|schap|project)\w*\b|\bmatching met een vrijwilliger\b",
         value="likely", negated=None, strength=3, kind="duo"),
    Rule("pnt.alone", r"\bindividue(?:el|le)\b|\bindividually\b|\bindividuel(?:le)?\b|"
         r"\bone[- ](?:to|on)[- ]one\b|\b(?:1|een)[- ]op[- ](?:1|een)\b|\bop maat\b|"
         r"\bjob ?coach\w*\b|\bloopbaan(?:coach|begeleiding|advies)\w*\b|\bpersoonlijke "
         r"(?:begeleiding|coaching|afspraak)\b|\bprive-?les\w*\b|\bprivate (?:lesson|session|"
         r"coaching)s?\b|\bzelfstudie\b|\be-learning\b|\bself-paced\b|\bon your own\b|"
         r"\bin je eentje\b|\balleen thuis\b",
         value="unlikely", negated=None, strength=2, kind="alone"),
    Rule("pnt.social", r"\bvrijwilliger\w*\b|\bvolunteer\w*\b|"
         r"\bin (?:groep|group)\b|\bsamen met anderen\b|\bin een groep\b|\bgroepsactiviteit\w*\b|"
         r"\bploeg\b|\bvereniging\b|\bsamen (?:koken|wandelen|zingen|sporten|"
         r"tuinieren|fietsen)\b",
         value="likely", negated=None, strength=1, kind="social"),
    # -- formats that recur by nature -------------------------------------------------------
    Rule("pnt.format", r"\b(?:praattafel|conversatietafel|babbelbar|taalcafe|praatcafe|taaltafel|"
         r"klaptafel|praatgroep|leesgroep|leesclub|wandelgroep|wandelclub|loopgroep|fietsgroep|"
         r"vrouwengroep|mannengroep|moedergroep|oudergroep|kindgroep|breicafe|breiclub|naaiclub|"
         r"kookclub|samentuin|moestuin|buurttuin|repair ?cafe|huiswerkklas|huiswerkbegeleiding|"
         r"koor|zangkoor|sportclub|voetbalclub|badmintonclub|petanqueclub|zwemclub|turnclub|"
         r"jeugdbeweging|jongerenwerking|tienerwerking|lessenreeks|trainingen|repetities|"
         r"lidgeld|nieuwe leden|word lid|naaiatelier|fietsatelier|open atelier|kookatelier)"
         r"(?:s|en)?\b|\bclubs?\b|\b(?:mama|ouder|moeder|papa)-kind\w*\b|\b(?:teken|fiets|zwem|dans|turn|"
         r"kook|muziek|schilder|naai|zang)les(?:sen)?\b|\bper (?:les|sessie|keer|training|"
         r"namiddag|avond|seance)\b|\bpar seance\b|\bper session\b|\b(?:vrijwilligers? "
         r"gezocht|zoekt vrijwilligers|zoeken vrijwilligers|word vrijwilliger)\b|"
         r"\b(?:table|tables|cafe) de conversation\b|\bconversation table\b|"
         r"\bzondagse\b|\b(?:language|walking) (?:cafe|group)\b",
         value="recurring", negated=None, strength=0, kind="recurring"),
    Rule("pnt.one-off", r"\beenmalige?\b|\binfo(?:moment|sessie|avond|namiddag|markt)\w*\b|"
         r"\bopendeurdag\w*\b|\bopen (?:doors? )?day\b|\bone-off\b|\bunique\b|"
         r"\bfestival\b|\bjaarlijkse?\b|\bannual\b",
         value="one-off", negated=None, strength=0, kind="one-off"),
    # -- does it recur? -----------------------------------------------------------------------
    Rule("pnt.recurring", rf"\b(?:elke|iedere|ieder|telkens op) (?:\w+ )?(?:{_DAYS}\w*|week|"
         rf"maand|ochtend|voormiddag|namiddag|avond|weekend|schooldag|werkdag|{_ORDINAL})\b|"
         rf"\b(?:twee|drie|bi)?wekelijks\w*\b|\bmaandelijks\w*\b|\bom de (?:twee|drie|vier|2|3|4|"
         rf"14) (?:weken|dagen)\b|\b(?:\d|een|twee|drie|vier)\s?(?:x|keer|maal) per (?:week|"
         rf"maand)\b|\bper (?:week|maand)\b|\b{_DAYS}s\b|\b{_DAYS}en\b|\b{_DAYS}"
         rf"(?:voormiddag|namiddag|avond|ochtend|middag)(?! \d)\b|"
         rf"\b(?:ma|di|wo|do|vr|za|zo)\.? ?(?:&|en|\+|,|-) ?(?:ma|di|wo|do|vr|za|zo)\b|"
         rf"\b{_ORDINAL} (?:en (?:de )?{_ORDINAL} )?(?:{_DAYS} |{_DAYS_EN} |{_DAYS_FR} )?"
         rf"(?:van de maand|of the month|du mois|of each month)\b|"
         rf"\b(?:1|2|3|4)(?:ste|de|e) en (?:2|3|4)(?:de|e) {_DAYS}\b|"
         rf"\btijdens het (?:school|academie)jaar\b|\bvan {_MONTHS} tot {_MONTHS}\b|"
         rf"\b(?:het )?(?:hele|ganse|volledige) (?:school)?jaar (?:door|lang)\b|\bdoorheen het jaar\b|"
         rf"\blessenreeks\b|\breeks van \d+\b|\b\d+ (?:sessies|lessen|bijeenkomsten|weken|"
         rf"avonden|namiddagen|sessions|weeks)\b|\bevery (?:other )?(?:\w+ )?(?:{_DAYS_EN}|week|"
         rf"month|morning|afternoon|evening|weekend|day|fortnight)\b|\b{_DAYS_EN}s\b|\bweekly\b|"
         rf"\bfortnightly\b|\bmonthly\b|\b(?:twice|once|two times) (?:a|per) (?:week|month)\b|"
         rf"\bchaque (?:{_DAYS_FR}|semaine|mois|jour|premier|deuxieme|dernier)\b|"
         rf"\btous les (?:{_DAYS_FR}s|jours|mois|quinze jours)\b|\bhebdomadaire\w*\b|"
         rf"\bmensuel\w*\b",
         value="recurring", negated=None, strength=0, kind="recurring"),
)

_WORK_ONLY = {"voorbereiden-op-werk"}
_SOCIAL_GOALS = {"mensen-ontmoeten", "vrienden-maken", "vrijwilligerswerk"}
_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


def _series_days(record: dict[str, Any]) -> int | None:
    """Days between the record's start and end, when both are dates."""
    start, end = _DATE.match(str(record.get("start") or "")), _DATE.match(str(record.get("end") or ""))
    if not (start and end):
        return None
    try:
        return (date(*map(int, end.groups())) - date(*map(int, start.groups()))).days
    except ValueError:
        return None


def resolve(hits, record: dict[str, Any], texts, tags: dict[str, Any] | None = None):
    ev: list[dict[str, Any]] = []
    hits = [h for h in hits if h.value is not None]
    kinds: dict[str, list] = {}
    for h in hits:
        kinds.setdefault(h.rule.kind, []).append(h)

    def verdict(value, found, **struct):
        if struct:
            ev.append(evidence("pnt_fit", value, **struct))
        for h in found:
            ev.append(evidence("pnt_fit", value, h))
        return {"pnt_fit": value}, ev

    langs = [str(x).lower() for x in record.get("languages") or []]
    if langs and not any(x.startswith(("nl", "neder", "dutch")) for x in langs):
        return verdict("unlikely", [], field="languages", match=", ".join(langs),
                       rule="pnt.struct.no-dutch")
    if (record.get("location") or {}).get("online"):
        return verdict("unlikely", [], field="location.online", match="online",
                       rule="pnt.struct.online")
    if kinds.get("online") or kinds.get("language"):
        return verdict("unlikely", kinds.get("online", []) + kinds.get("language", []))
    explicit = kinds.get("explicit", [])
    if explicit and kinds.get("one-off") and not any(h.value == "unlikely" for h in explicit):
        # an information session about the trajectory is not itself a trajectory activity
        return {"pnt_fit": "unknown"}, ev
    if explicit:
        value = "unlikely" if any(h.value == "unlikely" for h in explicit) else "likely"
        return verdict(value, explicit)
    if kinds.get("duo"):
        return verdict("likely", kinds["duo"])
    against = [h for h in hits if h.value == "unlikely"]
    if against:
        return verdict("unlikely", against)
    goals = set((tags or {}).get("goals") or [])
    if goals and goals & _WORK_ONLY and not goals & _SOCIAL_GOALS:
        return verdict("unlikely", [], field="goals", match=", ".join(sorted(goals)),
                       rule="pnt.goals.work-only")
    recurring = kinds.get("recurring", [])
    if kinds.get("one-off"):
        recurring = [h for h in recurring if h.rule.id != "pnt.format"]
    days = _series_days(record)
    if recurring or (days is not None and days >= 14):
        found = recurring + kinds.get("social", [])
        if recurring:
            return verdict("likely", found)
        return verdict("likely", found, field="start/end", match=f"{days} days",
                       rule="pnt.struct.series")
    return {"pnt_fit": "unknown"}, ev
