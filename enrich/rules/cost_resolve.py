"""Cost: combining the hits with the amounts and the record's structured data into the cost tag
(``resolve``), and the review marker for a doubtful "free". ``enrich.rules.ALL`` lists this
module for the cost facet (it also exposes ``FACET`` and ``RULES`` from ``enrich.rules.cost``,
which cannot import ``resolve`` back without an import cycle).

Conventions where the truth rules are silent (a false "free" is the worst error, so a doubt
resolves to "unknown" or "paid", never to "free"). Several were changed after independent
blind sets (tests/eval/BLIND_SET_V*.md) agreed on them:

* A perk for volunteers or participants ("je krijgt een gratis maaltijd") and a free drink say
  nothing about the cost; an amount for drinks or spare parts only ("koffie aan 1 euro", "je
  betaalt enkel de wisselstukken") is no participation price either.
* A bare "vrije bijdrage" is pay-what-you-want: paid, price null. Beside an explicit "gratis"
  an *optional* gift ("gratis, een vrije bijdrage is welkom") leaves it free.
* A free entry ("inkom gratis", "de hulp zelf is kosteloos") makes prices in other sentences
  that name no entry, fee or per-person label extras (a pony ride, the barbecue, ice cream).
* Reduced means a rate: kansentarief, UiTPAS/Paspartoe reductions, social, student, senior or
  -26 rates, a lower price or "free" for a social group (leefloon, jobseekers, OCMW/CPAS
  clients, integration participants) *beside a price*. Help offered for money troubles
  ("niemand blijft thuis omwille van geld", "vraag een regeling", "het OCMW komt tussen") is
  no rate unless its sentence names a lower price or an amount. Free for a social group with
  no other price is unknown. A sibling, child or members' tier is not a reduced rate.
  price_min is the regular adult price, never the reduced one; without any adult price, a
  per-child price ("€ 3 per kind").
* A fee label with a zero amount ("Inschrijvingsgeld: 0,00 euro") is free. "Prijs op
  aanvraag" says a price exists without stating it: paid, price null (blind sets v1, v3, v6);
  a price still to be decided ("prijs: nog te bepalen") is unknown.
* Members' prices are a tier: "leden € 2,50, niet-leden € 4" has price_min 4.
"""
from __future__ import annotations

import math
import re
from typing import Any

from enrich.engine import evidence, set_aside
from enrich.rules.cost import (_ACTIVITY_NOUN, _AMENITY, _ATTRACTION, _EN_FOOD, _FOOD, _NOT_GEAR_BEFORE, _OBJECT,
                               _ROMANCE_PERK, _TIER_GROUP, _YOU_GET, FACET, RULES)
from enrich.rules.cost_amounts import (_EXTRA_AMOUNT, _INCLUDED, _MARKET_TITLE, _MATERIAL_NOT_DUE, _MEAL_EVENT,
                                       _PAYS_ENTRY, _QUALIFIERS, _SENTENCE_END, _brackets_around, amounts)
from enrich.rules.cost_scope import (_ABOUT_OPENING, _ANSWER_PRICE, _ARRANGE_TRAVEL, _ASK_HELP, _BACK_REFERENCE,
                                     _CHILDREN_AUDIENCE_AFTER, _CHILDREN_TITLE, _ENTRY_WORD, _EVENING_TITLE, _EXPLAINED,
                                     _FACILITY_TITLE, _FOR_EVERYONE, _FREE_TRIAL, _FREED_AFTER, _GROUP_AFTER,
                                     _GROUP_CARD_WORD, _GROUP_PURCHASE, _GROUP_QUESTION, _GROUP_QUESTION_BEFORE,
                                     _HELP_WITH, _INFO_TITLE, _ITSELF_COSTS, _JOIN_AFTER, _LATER, _LICENCE_BEFORE,
                                     _MEMBERSHIP, _MONEY, _NAMED_PRICE, _NEEDED, _NEW_MEMBERS, _NEWCOMER_ACTIVITY,
                                     _ONLY_FOR, _OPTIONAL, _OTHER_DAYS, _OTHER_SESSION_FREE, _OWN_MATERIALS_BEFORE,
                                     _OWN_OPTION, _PARTICIPANTS_OF, _PAYS_MATERIAL, _PAYS_OWN, _POINTS_ELSEWHERE,
                                     _POOR_GROUP_AFTER, _PRESENTED, _PRIZE_THING, _PUBLIC_FREE, _REQUIRED_THING,
                                     _SCRIPT_FREE, _SHOP_DISCOUNT, _SOCIAL_AUDIENCE, _SOCIAL_RE, _STILL_PAID,
                                     _TARGET_GROUP_RE, _THANKS, _social_group_named_after, _TRAVEL_PRICED, _TREAT_OPENING, _TRIAL, _WH_QUESTION,
                                     _WITH_PAID_ADMISSION, _a_prize, _about_a_session, _about_other_days,
                                     _after_correction, _asked_not_stated, _beside, _bracketed_for_a_thing, _extra_line,
                                     _extra_sentence, _fee_for_extra, _for_the_others, _freed_for_a_group,
                                     _frees_a_thing, _group_is_subject, _lent_for_free, _material_fee, _members_only,
                                     _members_sentence, _not_all_free, _offered_before, _own_instead, _own_travel_near,
                                     _paid_back,
                                     _required_paid_oneself, _same_clause, _same_segment,
                                     _scoped_free, _sentence_and_before, _sentence_of, _short_clause, _side_entry,
                                     _thing_is_the_activity, _thing_label, _title_activity_priced, _word_after)
from enrich.rules.cues import HEDGE, ROLE_TITLE, VOLUNTEER_OR_ROLE_TITLE, is_vacancy_title, recruits_in_description
from enrich.text import fold, sentence_span

__all__ = ["FACET", "RULES", "REVIEW", "REVIEW_NO_FEE", "resolve"]


def _offer_price(offer: dict[str, Any]) -> float | None:
    """A structured offer's price, or None when it states none ("inf", "nan", "-5", "gratis")."""
    try:
        price = float(str(offer.get("price")).replace(",", "."))
    except (TypeError, ValueError):
        return None
    return price if math.isfinite(price) and price >= 0 else None


def _introduction_before_joining(texts) -> bool:
    """An introduction afternoon or evening of a club whose only later price is joining it
    ("Kennismakingsavond badminton … Wie aansluit, betaalt € 80 lidgeld per seizoen")."""
    if not re.search(r"kennismakings(?:namiddag|voormiddag|avond|ochtend|moment)", texts.get("title", ("", ""))[1]):
        return False
    body = " ".join(folded for _, folded in texts.values())
    return bool(re.search(r"\blidgeld\w*|\blid (?:te )?worden\b|\bnieuwe leden\b|\baansluit\w*", body) and not re.search(
        r"\bper (?:keer|les|beurt|sessie|training|uur|week|maand|trimester)\b|\blessen\b|\breeks\b|\babonnement\w*|"
        r"\bproef\w*|\b(?:twee|drie|vier|\d) (?:keer gratis|weken|maanden)\b|"
        r"\beerste (?:week|maand|les|training)\b", body))


def resolve(hits, record: dict[str, Any], texts: dict[str, tuple[str, str]]):
    found = {fld: amounts(folded) for fld, (_, folded) in texts.items()}
    if not hits and not any(found.values()) and not record.get("offers") and \
            record.get("is_free") not in (True, False):
        # nothing about cost at all (most listings): the answer below, without the bookkeeping
        return {"cost": "unknown", "price_min_eur": None, "uitpas": False}, []
    ev: list[dict[str, Any]] = []
    hits, corrected = _after_correction(hits, texts)
    kinds: dict[str, list] = {}
    for h in hits:
        kinds.setdefault(h.rule.kind, []).append(h)
    free = [h for h in kinds.get("free", []) if h.value == "free"]
    # "kan iedereen van 6 tot 16 jaar gratis meespelen": the age range is the audience, not a bracket
    audience = [h for h in kinds.get("conditional", []) if re.search(
        r"\b(?:iedereen|everyone|anyone) (?:van|tussen|from|aged|between) \d{1,2} $",
        texts[h.field][1][max(0, h.start - 40):h.start])]
    # "Kinderen van 6 tot 12 jaar kunnen gratis deelnemen" where no price is named at all: the
    # children are the ones taking part (a children's event), not a tariff bracket
    if not any(found.values()) and not record.get("offers"):
        # (but "Kinderen uit gezinnen met een leefloon kunnen gratis deelnemen" frees a social group)
        audience += [h for h in kinds.get("conditional", []) if h not in audience and not _SOCIAL_RE.search(
            texts[h.field][1], max(sentence_span(texts[h.field][1], h.start, h.end)[0], h.start - 40), h.end)
            and (re.match(
            r"(?:de |alle )?(?:kinderen|kids|jongeren|kinders)\b", h.match.lower()) or re.search(
            r"\b(?:kinderen|kids|jongeren)\b[^.!?\n]{0,25}$", texts[h.field][1][max(0, h.start - 30):h.start]))
            and re.match(
            r"\s(?:en zonder inschrijving )?(?:deelnemen|aansluiten|meedoen|meespelen|meelopen|"
            r"meefietsen|spelen|komen|langskomen|binnen)\b", texts[h.field][1][h.end:h.end + 40])]
    # "Gratis voor alle kinderen van 4 tot 12 jaar", "Plaine de jeux gratuite pour les enfants de 6
    # à 12 ans", "gratis voor alle kinderen en hun ouders": with no price named at all, the
    # children (with their ages or their parents) are the listing's audience
    if not any(found.values()) and not record.get("offers"):
        audience += [h for h in kinds.get("conditional", []) if h not in audience and _CHILDREN_TITLE.search(
            texts.get("title", ("", ""))[1]) and not any(re.search(r"\bbetal(?:en|end|t)\b", folded)
                                                        for _, folded in texts.values()) and re.search(
            r"(?:kinderen|kids|children|enfants)$", h.match.lower()) and (_CHILDREN_AUDIENCE_AFTER.match(
            texts[h.field][1], h.end) or re.search(r"\b(?:alle|all) ", h.match.lower()) and re.match(
            r"\s*(?:[.!\n]|$)", texts[h.field][1][h.end:])) and not re.search(
            # ("Garderie gratuite pour les enfants de 0 à 3 ans": the childcare is free)
            rf"\b(?:{_AMENITY}|garderie|creche|oppas)\s$", texts[h.field][1][max(0, h.start - 20):h.start]) and not _SOCIAL_RE.search(texts[h.field][1], h.end, h.end + 60)]
    # "Gratis stadswandeling voor nieuwkomers": an activity for newcomers names its audience,
    # not a group that goes free while others pay (as "gratis voor nieuwkomers" alone may)
    if not any(found.values()) and not record.get("offers"):
        audience += [h for h in kinds.get("conditional", []) if h not in audience and (
            m := _NEWCOMER_ACTIVITY.match(fold(h.match))) and _ACTIVITY_NOUN.fullmatch(m.group(1))
            and not _ENTRY_WORD.fullmatch(m.group(1))]
    # "Workshop keramiek … Gratis voor deelnemers van de workshop": the listing's own participants
    audience += [h for h in kinds.get("conditional", []) if h not in audience and (
        p := _PARTICIPANTS_OF.search(fold(h.match))) and any(w in texts.get("title", ("", ""))[1] for w in re.findall(r"[a-z]{4,}", p.group(1)))]
    kinds["conditional"] = [h for h in kinds.get("conditional", []) if h not in audience]
    free += audience
    # "Entrance free for under-18s, adults €10": the free statement names a group after it
    # "Ben je werkzoekend of heb je een leefloon? Dan betaal je niets.": the question names the group
    asked = [h for h in free if _GROUP_QUESTION.search(texts[h.field][1], max(0, h.start - 120), h.start)]
    # "Gezinnen met een leefloon kunnen een gratis pakket aanvragen": the group is the subject
    asked += [h for h in free if h not in asked and _group_is_subject(texts, h)]
    asked += [h for h in free if h not in asked and _BACK_REFERENCE.match(_sentence_of(texts, h))
              and _GROUP_QUESTION_BEFORE.search(texts[h.field][1], max(0, h.start - 250,
                                                                       texts[h.field][1].rfind("\n\n", 0, h.start)), h.start)]
    for_group = [h for h in free if h in asked or _GROUP_AFTER.match(texts[h.field][1], h.end)
                 or _POOR_GROUP_AFTER.match(texts[h.field][1], h.end)]
    # "Zomer met UiTPAS: gratis naar het zwembad … Vraag je gratis toegangskaarten aan": the title
    # frees for a social group; the description's other "gratis" are that same offer
    title_group = any(h.field == "title" and (h in asked or _SOCIAL_RE.search(h.match.lower())
                                              or "uitpas" in h.match.lower()
                                              or _POOR_GROUP_AFTER.match(texts[h.field][1], h.end))
                      for h in for_group + kinds.get("conditional", []))
    if title_group and any(h in asked for h in free):
        for_group += [h for h in free if h not in for_group and h.field != "title"]
    # "Zeedag voor gezinnen met een kansenpas … Gratis.": a title naming a social group as the
    # audience makes every "gratis" that group's rate
    if _SOCIAL_AUDIENCE.search(texts.get("title", ("", ""))[1]) and not any(
            re.search(r"\biedereen\b", folded) for _, folded in texts.values()):
        for_group += [h for h in free if h not in for_group]
    free = [h for h in free if h not in for_group]
    kinds.setdefault("conditional", []).extend(for_group)
    # a title "Gratis zwemmen" or "Gratis sinterklaaspakket" is the same statement as the
    # description's "houders van een kansentarief kunnen gratis zwemmen": free for that group
    for_a_group = _freed_for_a_group(kinds, texts)
    headline = [h for h in free if h.field == "title" and _word_after(texts, h) in for_a_group]
    # "Gratis energiescan voor huurders" above "Gratis voor huurders met een leefloon": the
    # description's bare "gratis voor <a group>" says whom the title's "gratis" frees
    if not any(h.field != "title" for h in free) and any(
            c.field != "title" and (_word_after(texts, c) in ("voor", "for", "pour")
                                    or re.match(r"(?:gratis|kosteloos) op vertoon\b", c.match.lower()))
            for c in kinds.get("conditional", [])):
        headline += [h for h in free if h.field == "title" and h not in headline]
    free = [h for h in free if h not in headline]
    asked += headline
    kinds["conditional"].extend(headline)
    # "als dank eet je gratis mee": a thank-you is a perk (also "Voor vrijwilligers zijn koffie,
    # soep en een broodje gratis", and the list under "Wat bieden we?")
    free = set_aside(free, ev, "cost", "a thank-you, not the price: ignored", lambda h: bool(
        _THANKS.search(_sentence_of(texts, h)) or _offered_before(texts, h)
        or re.match(r"\W*voor (?:de |onze |alle )?(?:vrijwilligers|helpers|medewerkers)\b",
                    _sentence_of(texts, h))))
    # "Er staat ook een grote pot soep klaar, gratis voor iedereen": a treat laid out, free
    free = set_aside(free, ev, "cost", "a treat laid out, not the price: ignored", lambda h: bool(re.search(
        rf"\b(?:staat|staan|ligt|liggen|er is|er zijn) (?:er )?(?:ook |altijd )?(?:een |de )?(?:[\w-]+ ){{0,3}}?"
        rf"{_OBJECT} (?:klaar|op tafel|voor iedereen)\b", _sentence_of(texts, h))))
    free = set_aside(free, ev, "cost", "a question, not a statement: ignored",
                     lambda h: _asked_not_stated(texts, h))
    # "sommige clubs laten je achteraf gratis een keer proberen": a free trial is no price
    # — unless the listing is the trial itself ("Proeftrainingen atletiek")
    trials = [] if re.search(r"proef|kennismak|open (?:training|les|dag)|startdag|opendeur",
                             texts.get("title", ("", ""))[1]) else \
        [h for h in free if _FREE_TRIAL.search(_sentence_of(texts, h))]
    free = set_aside(free, ev, "cost", "a free trial, not the price: ignored", lambda h: h in trials)
    # "Geen lidgeld het eerste jaar": a fee is due afterwards — paid, its amount unknown
    implied_fee = [h for h in trials if _MEMBERSHIP.search(_sentence_of(texts, h))]
    # "Een vroedvrouw legt uit hoe het onderzoek werkt … en waarom het gratis is": explained
    free = set_aside(free, ev, "cost", "what a session explains, not its price: ignored", lambda h: bool(
        _EXPLAINED.search(texts[h.field][1], sentence_span(texts[h.field][1], h.start, h.start)[0],
                          h.start)))
    # "Psychologische hulp voor vluchtelingen – infomoment. Informatie over gratis psychologische
    # hulp": under an information session's title, what the information is about
    if _INFO_TITLE.search(texts.get("title", ("", ""))[1]):
        free = set_aside(free, ev, "cost", "the session's subject, not its price: ignored",
                         lambda h: h.field != "title" and _ABOUT_OPENING.fullmatch(
                             texts[h.field][1], sentence_span(texts[h.field][1], h.start, h.end)[0], h.start))
    # "Infomoment: gratis en goedkoop op stap met De Lijn": free things are the session's topic
    title = texts.get("title", ("", ""))[1]
    free = set_aside(free, ev, "cost", "the session's topic, not its price: ignored", lambda h: bool(
        h.field == "title" and re.match(
            r"\W*(?:info\w*|lezing|workshop|vorming|debat|talk|lecture)\b[^:]{0,30}:", title)
        and h.start > title.find(":")))
    # "Gratis te gebruiken." frees a place or equipment the title names ("Klein skatepark in Deurne"),
    # not the lockers or the wifi a course mentions before it
    free = set_aside(free, ev, "cost", "free to use, but the title names no place or equipment: ignored",
                     lambda h: h.rule.id == "cost.free-to-use" and not _FACILITY_TITLE.search(title))
    # "Besplatno za djecu", "お子様は無料です", "무료 주차", "ทดลองเรียนฟรี", "nuk është falas": the free words
    # of Bosnian, Albanian, Japanese, Korean, Thai, Chinese and Vietnamese with a group, a perk, a trial
    # or a denial in their clause (their lookbehinds catch only what stands right before them)
    free = set_aside(free, ev, "cost", "free for a group, a perk, a trial or denied: ignored",
                     lambda h: bool(_SCRIPT_FREE.fullmatch(fold(h.match))) and _not_all_free(
                         _short_clause(texts[h.field][1], h.start, h.end)))
    # "Gratis met je museumticket": included in an admission one pays, at a price not given here
    free = set_aside(free, ev, "cost", "included in a paid admission: ignored",
                     lambda h: bool(_WITH_PAID_ADMISSION.match(texts[h.field][1], h.end)))
    # "win een jaar gratis les", "maak kans op gratis tickets": a prize, not the price
    free = set_aside(free, ev, "cost", "a prize, not the price: ignored", lambda h: _a_prize(texts, h))
    # "waarschijnlijk gratis, nog te bevestigen": a hedged "free" is not a statement
    free = set_aside(free, ev, "cost", "hedged, not stated: ignored",
                     lambda h: bool(HEDGE.search(_sentence_of(texts, h))))
    # "waar je gratis kranten leest": "gratis" before a noun frees that thing; only an
    # activity noun ("gratis workshop") or what the title is about frees the listing
    free = set_aside(free, ev, "cost", "free thing, not the activity: ignored",
                     lambda h: _frees_a_thing(texts, h) or _bracketed_for_a_thing(texts, h)
                     or _lent_for_free(texts, h) or _thing_label(texts, h))
    # "Soep op de stoep: we delen gratis soep uit": the free thing is what the listing is about
    for h in kinds.get("object", []):
        if h.rule.id == "cost.free-gear" and _NOT_GEAR_BEFORE.search(texts[h.field][1], 0, h.start):
            free.append(h)             # "The class is available for free": the activity itself
            ev.append(evidence("cost", "free: what is available is the activity or its entry", h))
            continue
        # ("Springkastelendag … Alle springkastelen zijn gratis": the attraction is the listing)
        # ("Buurtlunch … Je lunch is gratis": one's meal is the listing too)
        # ("Health talk: … blood pressure — Free blood pressure check": the check, not the topic)
        noun = re.match(r"free (?:[a-z]+ ){1,2}(checks?|check-ups?|tests?|screenings?)\b", h.match.lower()) or \
            re.match(r"(?:gratis|free|gratuite?s?) ([a-z]{3,})\b", h.match.lower()) or \
            re.match(rf"({_EN_FOOD})\b(?= (?:and [a-z]+ )?(?:will be|is|are)\b)", h.match.lower()) or \
            re.match(rf"({_ATTRACTION}) (?:is|zijn)\b", h.match.lower()) or \
            re.match(r"(?:je|jouw|uw|your) ([a-z]{3,}) (?:is|zijn|are)\b", h.match.lower()) or \
            re.match(rf"({_ROMANCE_PERK})\b", h.match.lower()) or \
            re.match(rf"({_FOOD})\b", h.match.lower()) or \
            re.match(r"(?:er is|er zijn|is er|zijn er) (?:[\w-]+ ){0,4}?([a-z]{3,})\b", h.match.lower())
        # (that last: the first longer word after "er is", the food when nothing comes before it)
        if noun and _thing_is_the_activity(noun.group(1), h.match.lower(), title):
            if noun.group(1) in for_a_group:
                asked.append(h)
                kinds.setdefault("conditional", []).append(h)
                continue
            free.append(h)
            ev.append(evidence("cost", "free: the free thing is the activity", h))
    # "Enkel voor leden; deelname gratis", "Gratis boekentas … enkel op vertoon van je kansenpas"
    # (but "Toeschouwers gratis welkom": the public goes free too)
    only_for = {fld: [m.span() for m in _ONLY_FOR.finditer(folded)]
                for fld, (_, folded) in texts.items() if fld != "price_text"}
    if any(only_for.values()) and not any(_PUBLIC_FREE.search(folded) for _, folded in texts.values()):
        # the condition must stand beside the free statement (not "De vergaderzaal boven is alleen
        # voor leden" under a free exhibition); a title's "Gratis X" is the description's statement
        near = [h for h in free if h.field != "title" and _beside(texts[h.field][1], h, only_for.get(h.field, []))]
        if near or not any(h.field != "title" for h in free) and only_for.get("description"):
            near += [h for h in free if h.field == "title"]
        for h in near:
            ev.append(evidence("cost", "free only for members or a card's holders", h))
        kinds.setdefault("conditional", []).extend(near)
        free = [h for h in free if h not in near]
    vacancy = is_vacancy_title(title, VOLUNTEER_OR_ROLE_TITLE) or bool(ROLE_TITLE.match(title)) or \
        recruits_in_description(texts.get("description", ("", ""))[1])
    if vacancy:
        # a volunteer vacancy: volunteers do not pay, so "voor ons gratis festival zoeken we
        # helpers" describes the event and "als dank eet je gratis mee" is a perk
        # — an explicit "je betaalt niets" still states the volunteer's cost, but "visitors pay
        # nothing" speaks of the public the volunteers serve
        # ("Deelnemen kost niets" speaks of taking part, as the volunteer does)
        described = [h for h in free if not re.match(
            r"(?:deelnemen|deelname|meedoen|meedoe|participation|taking part|joining)\b",
            h.match.lower()) and (h.rule.id != "cost.free-nil" or re.search(
            r"\b(?:bezoekers|visitors|klanten|customers|bewoners|residents|mensen|people|"
            r"neighbours|buren|deelnemers|participants|gasten|guests)\b[\w' ]{0,12}$",
            texts[h.field][1][max(0, h.start - 30):h.start]))]
        for h in described:
            ev.append(evidence("cost", "describes the event volunteers serve: ignored", h))
        free = [h for h in free if h not in described]
        task_fees = [h for h in kinds.get("fee", []) if not _MEMBERSHIP.search(h.match.lower())]
        for h in task_fees:
            ev.append(evidence("cost", "a volunteer's task, not a price: ignored", h))
        kinds["fee"] = [h for h in kinds.get("fee", []) if h not in task_fees]
    if _GROUP_PURCHASE.search(title) and not _EVENING_TITLE.search(title) and not any(
            _EVENING_TITLE.search(folded) or re.search(r"\bworkshop\w*", folded) for _, folded in texts.values()):
        # "Samenaankoop zonnepanelen … Inschrijven is gratis en vrijblijvend": signing up for
        # a group purchase is free, what one buys through it is not (an information evening
        # about it, or help with it, is the listing and may well be free)
        free = set_aside(free, ev, "cost", "signing up for a group purchase: not the price", lambda h: bool(
            re.search(r"\b(?:inschrijv\w*|inschrijving|aanmeld\w*|registration|sign-?up)\b",
                      _sentence_of(texts, h))))
    not_free = [h for h in kinds.get("free", []) if h.value == "not-free"]
    # "De infosessie is gratis. (De cursussen zelf zijn niet gratis.)": what the session is about
    if _about_a_session(texts, free):
        # (not a second activity the title names: "Infosessie en proefles … De proefles zelf is niet gratis")
        not_free = set_aside(not_free, ev, "cost", "what the session is about, not free: ignored", lambda h: bool(
            (z := re.search(r"\b([a-z]+) (?:zelf|op zich|itself|themselves|eux-memes|elles-memes)\b", _sentence_of(texts, h)))
            and not re.search(rf"(?:\ben|&|\+) (?:\w+ )?{re.escape(z.group(1))}", texts.get("title", ("", ""))[1])))
    # "na de donatie een drankje serveren" at a blood drive: no pay-what-you-want
    pwyw = [h for h in kinds.get("pwyw", []) if not re.search(
        r"\b(?:bloed\w*|plasma|donoren|donor|organen)\b", _sentence_of(texts, h))]
    # "Herstellen is gratis. Koffie en taart voor een vrije bijdrage.": a treat's contribution
    # beside a free activity (the treat opens the sentence)
    if free:
        treats = [h for h in pwyw if _TREAT_OPENING.match(_sentence_of(texts, h))]
        for h in treats:
            ev.append(evidence("cost", "a treat's free-will contribution beside a free activity: ignored", h))
        pwyw = [h for h in pwyw if h not in treats]
    conditional = kinds.get("conditional", [])
    # ("Broertjes en zusjes: 10 % korting": a sibling tier, not a social rate — the convention)
    reduced = [h for h in kinds.get("reduced", []) if not _members_only(texts, h)
               and not _about_other_days(_sentence_of(texts, h), free)
               and not _SHOP_DISCOUNT.search(_sentence_of(texts, h))
               and not re.search(r"\b(?:broers|zussen|broertjes|zusjes|tweede kind|gezinskorting)\b[^,;|\n–().!?-]{0,25}$",
                                 texts[h.field][1][max(0, h.start - 40):h.start])]
    # "Gratis voor mensen met een leefloon of een UiTPAS met kansentarief": the rate word names
    # the group that goes free, not a second rate
    reduced = [h for h in reduced if not any(
        c.field == h.field and c.start <= h.start <= c.end + 60 and _SOCIAL_RE.search(c.match.lower())
        and not re.search(r"[.;!?\n]", texts[h.field][1][c.start:h.start]) for c in kinds.get("conditional", []))]
    # "… enkel op vertoon van je kansenpas": the card names who goes free, not a second rate
    reduced = [h for h in reduced if not any(lo <= h.start < hi for lo, hi in only_for.get(h.field, []))]
    # "Op andere dagen betaal je het gewone ticket": fee words about another day
    kinds["fee"] = [h for h in kinds.get("fee", []) if not _about_other_days(_sentence_of(texts, h), free)]
    # "We helpen ook met je UiTPAS en het kansentarief": a service about rates, no rate named
    # "Wat is UiTPAS en hoe krijg je er een met kansentarief?": a question about rates is a topic
    about = [h for h in reduced if (_HELP_WITH.search(_sentence_of(texts, h)) or _WH_QUESTION.match(
        _sentence_of(texts, h)) and re.match(r"[^.!?\n]*\?", texts[h.field][1][h.end:]))
             and not _NAMED_PRICE.search(_sentence_of(texts, h))]
    # "Heb je een verhoogde tegemoetkoming? Vraag dan een tussenkomst aan bij het OCMW": help to ask for
    # (a status, not a rate named: "Kansentarief? Vraag dan hulp" still names one; nor an answer naming a price)
    about += [h for h in reduced if h not in about and (m := _ASK_HELP.match(texts[h.field][1], h.end))
              and re.fullmatch(r"verhoogde tegemoetkoming|leefloon|omnio|bim|statut bim|kansenpas", fold(h.match))
              and not _NAMED_PRICE.search(_sentence_of(texts, h))
              and not _ANSWER_PRICE.search(texts[h.field][1], h.end, sentence_span(
                  texts[h.field][1], m.end(), m.end(), _SENTENCE_END)[1])]
    for h in about:
        ev.append(evidence("cost", "help with or a question about reduced rates, no rate named: ignored", h))
    reduced = [h for h in reduced if h not in about]
    # "Wat krijg je? … 20 % korting op je aankopen": a volunteer's perk, not a rate of the listing
    # ("Wat krijg je? Een verzekering en 20 % korting": the question may end the sentence before)
    perk_discount = [h for h in reduced if vacancy and re.search(
        rf"\b(?:{_YOU_GET}|we bieden|wij bieden)\b", texts[h.field][1][max(0, h.start - 80):h.end])]
    for h in perk_discount:
        ev.append(evidence("cost", "a discount a volunteer gets: ignored", h))
    reduced = [h for h in reduced if h not in perk_discount]
    # "een vrije bijdrage als dat moeilijk is": hardship as a condition of a price
    reduced += [h for h in kinds.get("hardship", []) if _MONEY.search(_sentence_of(texts, h))]
    # "gratis voor wie een leefloon ontvangt": free for a social group is a social rate (when
    # others pay; see below)
    # "gratuit pour les personnes avec le statut BIM": the group may follow the match
    # ("gratis voor UiTPAS-houders; anderen betalen € 3": the pass's holders' rate)
    # ("Volwassenen € 14, gratis voor -26": a -26 rate is reduced, the convention)
    social_free = [h for h in conditional if _SOCIAL_RE.search(h.match.lower()) or "uitpas" in h.match.lower() or re.search(
        r"(?:-|onder |jonger dan |under )2[5-9]\b|\b(?:studenten|students?|etudiants?)\b|студент",
        h.match.lower()) or (
        re.search(r"vrijgesteld|vrijstelling|exempt|exoneration", h.match.lower())
        and _SOCIAL_RE.search(_sentence_of(texts, h))) or h in asked or _social_group_named_after(texts, h)
        or (g := _TARGET_GROUP_RE.search(fold(h.match))) and not _TIER_GROUP.search(g.group())]
    fees = kinds.get("fee", []) + implied_fee
    # "Het inschrijvingsgeld voor de lessen is 1,50 euro per lesuur. De infosessie is gratis": the
    # fee word of what the session is about
    if _about_a_session(texts, free):
        fees = set_aside(fees, ev, "cost", "the price of what the session is about: ignored",
                         lambda h: bool(_ITSELF_COSTS.search(_sentence_of(texts, h))))
    # "Gratis. De materiaalkost betalen wij", "een bijdrage voor het materiaal is welkom", "Wil je
    # extra stof, dan betaal je enkel de materiaalkost", "Infoavond over … de materiaalkost van een
    # installatie": borne by others, optional or a topic, not due
    fees = set_aside(fees, ev, "cost", "a material cost that is not due: ignored", lambda h: (
        h.rule.id == "cost.material-fee" and bool(_MATERIAL_NOT_DUE.search(_sentence_of(texts, h)))))
    # "Zondagsmarkt … Betalen kan cash of met de kaart": at a market one pays for the goods
    if _MARKET_TITLE.search(title):
        fees = set_aside(fees, ev, "cost", "how to pay for a market's goods: ignored",
                         lambda h: h.rule.id == "cost.payment-method"
                         and not _PAYS_ENTRY.search(_sentence_of(texts, h)))
    # "Gratis voor alle deelnemers: de vzw betaalt de tickets": what the organiser pays
    fees = set_aside(fees, ev, "cost", "paid by the organiser: ignored", lambda h: any(
        f.rule.id == "cost.free-sponsor" and _same_segment(texts, h, f) for f in free))
    # "Transport costs (bus ticket) are reimbursed": a travel ticket paid back to all, no price
    fees = set_aside(fees, ev, "cost", "a travel ticket paid back: ignored", lambda h: h.rule.id == "cost.fee" and bool(
        re.match(r"ticket", h.match.lower()) and _paid_back(_sentence_of(texts, h))))
    # "Hoe betaal je veilig met je smartphone?": a question about paying is a topic; "onderdelen
    # aan kostprijs": goods sold at cost
    # ("Kostprijs? Spreek ons aan": a label asked, not a price stated)
    topic_fees = [h for h in fees if texts[h.field][1][h.end:h.end + 2].lstrip().startswith("?")
                  and h.rule.id == "cost.fee" and re.fullmatch(r"kostprijs|prijs|lidgeld|ticket(?:prijs)?|"
                                                               r"deelnameprijs|inkomprijs", h.match.lower())]
    topic_fees += [h for h in fees if h not in topic_fees and re.match(r"\W*(?:hoe|how|comment|waarmee|wanneer|is there|is er|"
                                             r"moet ik|do i|does it)\b",
                                             _sentence_of(texts, h))
                  # "Infosessie: hoe schrijf je in, wat kost het, welk tarief betaal je?"
                  or re.search(r"[:;]\s*(?:hoe|wat|welk|welke|wanneer|waar)\b[^.!?\n]*$",
                               texts[h.field][1][:h.start]) and
                  re.match(r"[^.!\n]{0,40}\?", texts[h.field][1][h.end:])
                  or re.search(r"\b(?:aan|tegen) $", texts[h.field][1][max(0, h.start - 6):h.start])
                  # "Welke rekeningen betaal je eerst?": paying as a workshop's topic
                  or h.rule.id == "cost.fee" and _WH_QUESTION.match(_sentence_of(texts, h))
                  and re.match(r"[^.!?\n]*\?", texts[h.field][1][h.end:])]
    # "Ouderavond: we stellen het werkjaar voor: de leiding, het kamp en het lidgeld", "Kost het
    # lidgeld een probleem? Vraag een regeling": the fee is a topic or a worry, not stated
    topic_fees += [h for h in fees if h not in topic_fees and h.rule.id == "cost.fee" and _MEMBERSHIP.fullmatch(
        h.match.lower()) and (_PRESENTED.search(_sentence_of(texts, h)) and _EVENING_TITLE.search(title)
                              or re.match(r"\W*(?:kost|is|vormt|zijn)\b[^.!?\n]*\b(?:probleem|te duur|te veel|"
                                          r"moeilijk)\b", _sentence_of(texts, h))
                              and re.match(r"[^.!?\n]*\?", texts[h.field][1][h.end:]))]
    for h in topic_fees:
        ev.append(evidence("cost", "a question about paying or goods at cost: ignored", h))
    fees = [h for h in fees if h not in topic_fees]
    # "win gratis cinematickets": the tickets are the prize
    fees = set_aside(fees, ev, "cost", "a prize, not the price: ignored", lambda h: bool(
        _PRIZE_THING.fullmatch(fold(h.match))) and _a_prize(texts, h))
    # "Tickets zijn gratis, maar reserveer ze wel": the fee word is what the free statement frees
    # ("Gratis lidmaatschap!": stated free before it)
    freed = [h for h in fees if _FREED_AFTER.match(texts[h.field][1], h.end) or re.search(
        r"\b(?:gratis|kosteloos|kosteloze|free)\s$", texts[h.field][1][max(0, h.start - 10):h.start])]
    for h in freed:
        ev.append(evidence("cost", "a fee word stated free: ignored", h))
    fees = [h for h in fees if h not in freed]
    # "Kostprijs: gratis voor werkzoekenden": the label introduces the group's free rate
    labels = [h for h in fees if any(c.field == h.field and 0 <= c.start - h.end <= 3
                                     for c in conditional)]
    # "Kostprijs: je betaalt niets", "Kostprijs: je betaalt enkel je eigen drankje": a label
    # introduces the statement after it (an amount after it prices by itself)
    labels += [h for h in fees if h not in labels and re.fullmatch(
        r"kostprijs|prijs|deelnameprijs|inkomprijs|kosten", h.match.lower()) and re.match(
        r"\s?[:=-]\s?(?:je|u|jij|we|wij|de|het)\b(?![^.;\n]{0,40}(?:€|\d|euro))", texts[h.field][1][h.end:h.end + 60])]
    # "Inschrijvingsgeld: zie website", "Kostprijs: zie retributiereglement op www.bornem.be",
    # "Lidgeld en verzekering: zie onze tarievenlijst": the price is elsewhere — unknown here (the
    # convention; not "Lidgeld: vraag het aan het bestuur", a price on request)
    labels += [h for h in fees if h not in labels and _POINTS_ELSEWHERE.match(texts[h.field][1], h.end, h.end + 80)]
    fees = [h for h in fees if h not in labels]
    extra_fees = [h for h in fees if _fee_for_extra(texts, h)]
    # "Je betaalt zelf je treinticket": a required own expense is no optional extra; beside a
    # free statement the listing is then neither free nor priced (a wrong "free" is the worst
    # error: the newcomer finds out at the station)
    own_travel = [h for h in extra_fees if _own_travel_near(texts, h)]
    # "je zorgt wel zelf voor vervoer tot in Muizen": the same without a fee word
    arranges_travel = any(_ARRANGE_TRAVEL.search(folded) for _, folded in texts.values())
    for h in extra_fees:
        ev.append(evidence("cost", "a required own travel expense: not free" if h in own_travel
                           else "what an extra costs: ignored", h))
    fees = [h for h in fees if h not in extra_fees]
    # "Inkom gratis", "de hulp zelf is kosteloos": the participation itself is free, so what
    # other sentences price without naming entry (a pony ride, ice cream, spare parts) is extra
    scoped = [h for h in free if _scoped_free(texts, h)]
    # a free start day or open day beside the yearly fee for those who join afterwards — but
    # not a free *trial* ("drie keer gratis meespelen, daarna lidgeld"): that prices the club
    # an open day lets everyone try for free; a trial lesson of a club is not the price
    open_day = re.search(r"open (?:training|dag|deur|repetitie|speel|les|namiddag|avond)\w*|startdag|opendeur\w*|"
                         r"kennismakingsdag", texts.get("title", ("", ""))[1]) or re.search(
        r"\b(?:tijdens|op) (?:de|onze) (?:opendeurdag|open deur\w*|open dag|startdag)\b|"
        r"\b(?:houdt|organiseert) (?:een|haar|zijn|onze) open (?:dag|speel|repetitie|training|les)\w*",
        texts.get("description", ("", ""))[1])
    # "Kennismakingsavond badminton … Wie aansluit, betaalt € 80 lidgeld per seizoen": an
    # introduction before joining (not a trial priced per session: "Daarna betaal je € 10 per keer",
    # "daarna 10 lessen voor € 90", "Drie keer gratis meespelen")
    open_day = open_day or _introduction_before_joining(texts)
    free_event = [h for h in free if open_day or not _TRIAL.search(_sentence_of(texts, h))]
    if free_event:
        # (not "Lidmaatschap €10 per jaar, daarna is ontlenen gratis": the fee comes first)
        later = [h for h in fees if (_LATER.search(_sentence_and_before(texts[h.field][1], h.start, h.end))
                                     or open_day and (_NEW_MEMBERS.search(_sentence_of(texts, h))
                                                      or _JOIN_AFTER.search(_sentence_of(texts, h))))
                 and not re.match(r"[^.!?\n]{0,40}\b(?:daarna|nadien)\b[^.!?\n]{0,30}\b(?:gratis|kosteloos)\b",
                                  texts[h.field][1][h.end:])]
        for h in later:
            ev.append(evidence("cost", "price for joining later: ignored", h))
        fees = [h for h in fees if h not in later]
    if scoped:
        kept = [h for h in fees if not _extra_sentence(texts, h.field, h.start, h.end, scoped)]
        for h in fees:
            if h not in kept:
                # ("je betaalt zelf je treinticket (met een Railpass …)": own travel all the same)
                travel = _own_travel_near(texts, h)
                if travel:
                    own_travel.append(h)
                ev.append(evidence("cost", "a required own travel expense: not free" if travel
                                   else "price of an extra beside a free entry: ignored", h))
        fees = kept
    # "Alles is gratis, een vrije bijdrage mag": an optional gift beside a plain "free"
    if free and pwyw and all(_OPTIONAL.search(_sentence_of(texts, h)) for h in pwyw):
        for h in pwyw:
            ev.append(evidence("cost", "optional gift beside a free statement: ignored", h))
        pwyw = []
    uitpas_hits = kinds.get("uitpas", [])
    vendor = kinds.get("vendor", [])
    if vendor:       # a fee for stallholders says nothing about what visitors pay
        fees = [h for h in fees if not any(_same_segment(texts, h, v) for v in vendor)]
        # "een standje kost niets": free for sellers, not for visitors
        free = [h for h in free if not any(_same_clause(texts, h, v) for v in vendor)]
        for v in vendor:
            ev.append(evidence("cost", "stallholder fee: ignored", v))

    # structured data first
    struct_free = struct_paid = False
    offer_prices: list[float] = []
    offer_reduced = False
    child_offer_prices: list[tuple[str, float]] = []
    if record.get("is_free") is True:
        struct_free = True
        ev.append(evidence("cost", "free", field="is_free", match="true",
                           rule="cost.struct.is-accessible-for-free"))
    elif record.get("is_free") is False:
        struct_paid = True
        ev.append(evidence("cost", "paid", field="is_free", match="false",
                           rule="cost.struct.is-accessible-for-free"))
    # "Toegang: 0" beside "Barbecue: 12": the meal is an extra one may skip (not at an "Eetfestijn")
    # (a plain entry at 0, not a group's tier: "Inkom -12: 0", "Deelname leden: 0")
    free_entry_offer = not _MEAL_EVENT.search(title) and any(
        isinstance(o, dict) and _offer_price(o) == 0 and
        re.fullmatch(r"\W*(?:toegang|inkom|entree|deelname|admission|entry)(?: gratis)?\W*", fold(str(o.get("name") or "")))
        for o in record.get("offers") or [])
    for offer in record.get("offers") or []:
        if not isinstance(offer, dict):
            continue
        name = str(offer.get("name") or "")
        # (never an entry that includes the extra: "Inkom inclusief consumptie", "Toegang + koffie")
        if free_entry_offer and _EXTRA_AMOUNT.search(fold(name)) and not re.search(
                r"\b(?:toegang|inkom|entree|deelname|ticket\w*|incl\w*|inbegrepen|met|admission|entry|workshop)\b|\+",
                fold(name)):
            ev.append(evidence("cost", "an optional extra beside a free entry: not the participation price",
                               field="offers", match=f"{name}: {offer.get('price')}", rule="cost.struct.offer-optional"))
            continue
        price = _offer_price(offer)
        if price is None:
            continue
        lname = name.lower()
        reduced_offer = r"kansen|uitpas|reduc|korting|sociaal|verminderd|student|senior|65\+|" \
            r"-2[5-9]|werkzoek|jobseek|etudiant|concession|paspartoe|arti(?:kel|cle) ?27|omnio|\bbim\b|" \
            r"verhoogde tegemoetkoming|leefloon|ocmw|cpas|vrijetijdspas"
        if re.search(r"(?<!niet-)(?<!non-)(?<!niet )\b(?:leden|lid|members?|membres?|abonnees)\b",
                     lname):
            continue                   # a members' offer is a tier, not the regular price
        if re.search(r"\b(?:optioneel|optionele|facultatief|optional|en option|facultati[fv]e?)\b", lname) and not re.search(
                r"\b(?:toegang|ticket|inkom|entree|deelname|inschrijving|admission|entry|incl|inclusief|met)\b", lname):
            # "Versierpakket (optioneel): 8" beside a free workshop: an extra one may buy
            ev.append(evidence("cost", "an optional offer: not the participation price", field="offers",
                               match=f"{name}: {price}", rule="cost.struct.offer-optional"))
            continue
        if re.search(r"\bbegeleid|\bcompanion|\baccompagn|\bchaperon", lname):
            # "Begeleidende volwassene: 0" beside "Kind: 3": the one who comes along is not
            # the participant (v185-117)
            ev.append(evidence("cost", "a companion's price: not the participant's", field="offers",
                               match=f"{name}: {price}", rule="cost.struct.offer-companion"))
            continue
        # ("Workshop (duo kind + volwassene)": a duo with an adult is the regular price)
        if re.search(reduced_offer + r"|kind|child|jonger", lname) and not (
                re.search(r"volwassen|adult|\bduo\b", lname) and not re.search(reduced_offer, lname)):
            if re.search(reduced_offer, lname):
                offer_reduced = True
                ev.append(evidence("cost", "reduced", field="offers", match=f"{name}: {price}",
                                   rule="cost.struct.offer-reduced"))
            elif price > 0 and not re.search(r"\b(?:tweede|derde|volgend\w*|ander\w*|extra) kind|"
                                             r"\b(?:broer|zus)|\bsibling|\bsecond child", lname):
                # (not "Tweede kind: 100": a sibling's rate beside the first child's)
                child_offer_prices.append((name, price))
            continue
        offer_prices.append(price)
        ev.append(evidence("price_min_eur", price, field="offers", match=f"{name}: {price}",
                           rule="cost.struct.offer"))
    if not offer_prices and not offer_reduced and child_offer_prices:
        # only the children's place is priced: a children's activity priced per child
        for name, price in child_offer_prices:
            offer_prices.append(price)
            ev.append(evidence("price_min_eur", price, field="offers", match=f"{name}: {price}",
                               rule="cost.struct.offer-child"))
    if offer_prices and max(offer_prices) == 0 and not struct_paid:
        struct_free = True
    elif any(p > 0 for p in offer_prices):
        struct_paid = True

    # "Eetfestijn": the meal is the activity, so its menu prices are the participation price
    meal_event = bool(_MEAL_EVENT.search(title))
    # (a side contest is an extra unless the free statement is another session's: "De infoavond is
    # gratis. Wie deelneemt aan de reis betaalt € 650")
    other_session_free = any(_OTHER_SESSION_FREE.search(_sentence_of(texts, h)) for h in free)
    # amounts in the text
    required_expense: list = []
    adult, child, reduced_amounts, pwyw_amounts, extras, cards, group_totals = ([] for _ in
                                                                                  range(7))
    for fld, (original, folded) in texts.items():
        if fld not in ("price_text", "description", "title", "schedule"):
            continue
        for value, cls, s, e, extra in found[fld]:
            if value == 0 or s < corrected.get(fld, 0):
                continue
            if cls == "discount":
                ev.append(evidence("cost", "a sibling discount: ignored", field=fld, match=original[s:e],
                                   rule="cost.amount.discount"))
                continue
            span = sentence_span(folded, s, e)
            sentence = folded[span[0]:span[1]]
            own_instead = bool(free) and _own_instead(folded, s, e)
            if _ITSELF_COSTS.search(sentence) and _about_a_session(texts, free):
                ev.append(evidence("cost", "the price of what the session is about: ignored", field=fld,
                                   match=original[s:e], rule="cost.amount.subject"))
                continue
            if _about_other_days(sentence, free) or _OTHER_DAYS.search(
                    folded, max(0, s - 30), s):
                # "gratis (op andere dagen € 5 toegang)": another day's price, not this listing's
                ev.append(evidence("cost", "price on other days: ignored", field=fld,
                                   match=original[s:e], rule="cost.amount.other-days"))
                continue
            if cls == "reduced" and _members_sentence(sentence):
                cls = "child"                  # a members' rate: a tier, not a social rate
            if cls in ("object", "vendor") and free and _PAYS_MATERIAL.search(sentence):
                # "Deelname gratis, je betaalt enkel de klei die je gebruikt (€ 3 per kilo)": sold by
                # the kilo or the metre, but a material the activity uses up: due, not a purchase
                # one may skip
                cls = "general"
            if vacancy and fld != "price_text" and cls in ("general", "adult") and not _MEMBERSHIP.search(
                    sentence):
                # "we verkopen de fietsen vanaf 40 euro": in a vacancy's text an amount prices
                # what the volunteers handle, not what they pay (the price field still counts)
                ev.append(evidence("cost", "a price in a volunteer vacancy: ignored", field=fld,
                                   match=original[s:e], rule="cost.amount.vacancy"))
                continue
            if scoped and cls != "reduced" and not meal_event and not _for_the_others(folded, s) and (
                    _extra_line(folded, s) if fld == "price_text"
                    else _extra_sentence(texts, fld, s, e, scoped)) and not _title_activity_priced(texts, fld, s, title, scoped):
                # the price field states the listing's price unless its line names an extra
                # ("Middagmaal (optioneel): €12")
                extra = True
            if free_event and (cls != "reduced" or open_day) and (_LATER.search(_sentence_and_before(folded, s, e)) or open_day and (
                    # "Open training … Gratis. Nieuwe leden welkom (lidgeld € 180 per jaar)", "de lidgelden
                    # (vanaf € 140 per jaar) vind je op onze website": what joining costs afterwards
                    _MEMBERSHIP.search(sentence) or re.search(r"\blidgelden\b", sentence)
                    or _NEW_MEMBERS.search(sentence) or _JOIN_AFTER.search(sentence))):
                if cls == "reduced":
                    # "De opendeurdag is gratis. Wie zich daarna inschrijft betaalt € 150; verminderd
                    # tarief € 50": the reduced rate of joining afterwards, not of the open day
                    ev.append(evidence("cost", "a reduced rate of joining afterwards: ignored", field=fld,
                                       match=original[s:e], rule="cost.amount.later"))
                    continue
                extra = True                   # "wie daarna aansluit betaalt 220 euro"
            if free and cls != "reduced" and (_OWN_OPTION.search(sentence) or own_instead or (
                    _side_entry(sentence, title) and not other_session_free)):
                extra = True                   # "wie een eigen perceeltje wil, betaalt 15 euro"
            if free and cls != "reduced" and not meal_event and _MEAL_EVENT.search(sentence) \
                    and not re.search(r"\bverplicht", sentence):
                # "De volksspelen zijn gratis. Spaghettiavond om 18u: 12 euro", "mosselfeest (22 euro)":
                # a meal beside a free event is an extra one may skip (not at a meal listing, whose
                # meal is the activity, nor when the text makes it compulsory)
                extra = True
            if extra and _STILL_PAID.search(sentence) and any(
                    h.field == fld and sentence_span(folded, h.start, h.end) == span
                    for h in free):
                extra = False                  # "Geen inschrijvingsgeld, maar wel materiaalkost van 10 euro"
            if extra and free and _material_fee(folded, s, e) and not own_instead:
                # "Stoffen en garen: € 3 per keer. Deelname gratis.", "Deelname gratis, klei en
                # bakken kosten € 8", "we vragen wel € 3 voor de ingrediënten"
                extra = False
            if _OWN_MATERIALS_BEFORE.search(folded, span[0], s):
                # "je koopt zelf je verf (reken op € 25)": bought elsewhere, never this listing's
                # price; beside a free statement a required own expense
                if free:
                    required_expense.append((fld, *span))
                ev.append(evidence("cost", "a required own expense: not free" if free else
                                   "own materials bought elsewhere: ignored", field=fld, match=original[s:e],
                                   rule="cost.amount.required" if free else "cost.amount.own-materials"))
                continue
            if cls not in ("reduced", "vendor") and free and (
                    extra and _REQUIRED_THING.search(sentence) or _TRAVEL_PRICED.search(folded, max(0, s - 100), s)
                    # ("Met de bus naar Aken (€ 35 per persoon, busreis en gids inbegrepen)": the trip's price)
                    and not re.search(r"\b(?:per persoon|p\.p|inschrijving)\b|" + _INCLUDED.pattern, _brackets_around(folded, s, e))
                    or _PAYS_OWN.search(sentence)
                    or _LICENCE_BEFORE.search(folded, max(0, s - 45), s) and re.search(_NEEDED, sentence)) and not any(
                    pattern.search(sentence) for c, pattern in _QUALIFIERS if c == "vendor"):
                # "Je hebt een visvergunning nodig (€16 per jaar)": a required expense beside a
                # free statement — neither free nor this listing's price (like own travel)
                required_expense.append((fld, *span))
                ev.append(evidence("cost", "a required own expense: not free", field=fld,
                                   match=original[s:e], rule="cost.amount.required"))
                continue
            if extra and cls != "reduced":     # kept aside: ignored only beside a free entry
                extras.append((value, cls, fld, original[s:e]))
                continue
            if cls in ("vendor", "object", "pwyw", "past"):
                what = {"vendor": "stallholder fee", "object": "price of a drink or extra",
                        "pwyw": "suggested contribution", "past": "an earlier price"}[cls]
                ev.append(evidence("cost", f"{what}: ignored", field=fld,
                                   match=original[s:e], rule=f"cost.amount.{cls}"))
                if cls == "pwyw":
                    pwyw_amounts.append(value)
                continue
            if cls == "group":               # "€ 80 per groep": paid, but no price per person
                group_totals.append(value)
                ev.append(evidence("cost", "paid", field=fld, match=original[s:e],
                                   rule="cost.amount.group"))
                continue
            bucket = {"reduced": reduced_amounts, "child": child, "card": cards}.get(cls, adult)
            bucket.append(value)
            ev.append(evidence("price_min_eur" if cls in ("adult", "general") else "cost",
                               value if cls in ("adult", "general") else "paid",
                               field=fld, match=original[s:e], rule=f"cost.amount.{cls}"))
    free_signal = bool(free or struct_free)
    if free:
        for fld, lo, hi in _required_paid_oneself(texts):
            required_expense.append((fld, lo, hi))
            ev.append(evidence("cost", "a required own expense: not free", field=fld,
                               match=texts[fld][0][lo:hi].strip()[:200], rule="cost.required-oneself"))
    if extras and not (free_signal and not (adult or child or struct_paid or fees or not_free
                                            or pwyw or pwyw_amounts)):
        # no free entry to set them against: an extra's price is read like any other
        for value, cls, fld, match in extras:
            if cls == "object":
                ev.append(evidence("cost", "price of a drink or extra: ignored", field=fld,
                                   match=match, rule="cost.amount.object"))
                continue
            if adult and cls != "child":
                ev.append(evidence("cost", "price of an extra beside an entry price: ignored",
                                   field=fld, match=match, rule="cost.amount.extra"))
                continue
            (child if cls == "child" else adult).append(value)
            ev.append(evidence("price_min_eur" if cls != "child" else "cost",
                               value if cls != "child" else "paid", field=fld, match=match,
                               rule=f"cost.amount.{cls}"))
    else:
        for value, cls, fld, match in extras:
            ev.append(evidence("cost", "optional extra beside a free entry: ignored", field=fld,
                               match=match, rule="cost.amount.extra"))
    if cards and not adult:          # only a card is priced: its price it is
        adult = cards
    if free and not reduced_amounts and not offer_reduced and reduced and not (
            adult or child or fees or pwyw or pwyw_amounts or struct_paid or group_totals):
        # "Deelnemen is gratis; we geven tips om met je UiTPAS korting te krijgen": a discount
        # on other things, in other sentences, does not contradict a free participation
        elsewhere = [h for h in reduced if not any(_same_segment(texts, h, f) for f in free)]
        for h in elsewhere:
            ev.append(evidence("cost", "a discount on other things beside a free entry: ignored",
                               h))
        reduced = [h for h in reduced if h not in elsewhere]
    # "… maar je betaalt wel de toegang tot het domein (€ 4)": the fee word of a required own
    # expense prices that expense, not the listing
    fees = set_aside(fees, ev, "cost", "what a required own expense costs: ignored", lambda h: (
        h.field, *sentence_span(texts[h.field][1], h.start, h.end)) in required_expense)
    paid_signals = bool(adult or child or struct_paid or fees or not_free or pwyw or pwyw_amounts
                        or group_totals)
    if conditional and not paid_signals and not reduced_amounts and not offer_reduced:
        # "Gratis voor kinderen met een kansenpas" and nothing else priced: free for one group
        # only, so unknown — the card that names the group is no reduced rate beside a price
        # (a rate stated beside it stays: "Gratis voor kinderen tot 3 jaar, UiTPAS-kansentarief: 80% korting")
        reduced = set_aside(reduced, ev, "cost", "the group a free offer is for: no reduced rate", lambda h: bool(
            _GROUP_CARD_WORD.fullmatch(fold(h.match)) and (h.field == "title" or any(
                c.field == h.field and 0 <= h.start - c.end <= 40 or c.start <= h.start < c.end
                for c in conditional))))
    if social_free and paid_signals:
        reduced += social_free
    reduced_signal = bool(reduced or reduced_amounts or offer_reduced)

    if free_signal and not paid_signals and not reduced_signal and (own_travel or arranges_travel
                                                                    or required_expense):
        cost = "unknown"
    elif free_signal and not paid_signals and not reduced_signal:
        cost = "free"
        for h in free:
            e = evidence("cost", "free", h)
            if h.rule.id == "cost.free" and _FOR_EVERYONE.match(texts[h.field][1], h.end):
                # "op deze dag is het gratis voor jou en je gezin": stated for all who come, a
                # ground the second reader does not review
                e["rule"] = "cost.free-everyone"
            ev.append(e)
    elif reduced_signal and (paid_signals or reduced_amounts or (
            reduced and not free_signal and not social_free)):
        cost = "reduced"
        for h in reduced:
            ev.append(evidence("cost", "reduced", h))
    elif paid_signals:
        cost = "paid"
        for h in fees + not_free + pwyw:
            ev.append(evidence("cost", "paid", h))
    else:
        cost = "unknown"
    if cost != "free" and (free or struct_free):
        for h in free:
            ev.append(evidence("cost", "not free: contradicted", h))
    for h in conditional:
        ev.append(evidence("cost", "free for a group only", h))

    # no adult price: a children's activity priced per child ("€ 3 per kind")
    prices = (adult or child) + [p for p in offer_prices if p > 0]
    price_min = min(prices) if prices else (0.0 if cost == "free" else None)

    uitpas = False
    if uitpas_hits:
        uitpas = all(h.value is not False for h in uitpas_hits)
        for h in uitpas_hits:
            ev.append(evidence("uitpas", h.value, h))
    for offer in record.get("offers") or []:
        if isinstance(offer, dict) and "uitpas" in str(offer.get("name") or "").lower():
            uitpas = True
            ev.append(evidence("uitpas", True, field="offers", match=str(offer.get("name")),
                               rule="cost.struct.offer-uitpas"))
    ev = [e for e in ev if e["tag"] != "price_min_eur" or price_min is not None]
    if cost == "free":
        ev += _review_marker(ev, record, texts, free)
    return {"cost": cost, "price_min_eur": price_min, "uitpas": uitpas}, ev


REVIEW = "te controleren: 'gratis' in één langere zin / to check: one 'free' inside a longer sentence"
REVIEW_NO_FEE = ("te controleren: enkel 'geen lidgeld' of 'vrij toegankelijk', geen 'gratis' / to check: only "
                 "'no membership fee' or 'open access', never 'free'")


def _no_fee_only(e: dict[str, Any]) -> bool:
    """"geen lidgeld", "vrij toegankelijk" outside the price field: a fee's absence, no "free"."""
    return e["field"] != "price_text" and (e["rule"] == "cost.free-none" or e["rule"] == "cost.free-nil"
                                            and fold(e["match"]).startswith("vrij toegankelijk"))


def _review_marker(ev, record, texts, free_hits) -> list[dict[str, Any]]:
    """A "free" resting on one bare "gratis" inside a longer sentence gets a marker for a
    coordinator to confirm (Datasette's "Gratis — nakijken" query). On fresh blind sets most false
    "free" were of this shape (9 of 12 in session 6's 18 sets, scored on the rules before them),
    while a short statement ("Gratis.", "Deelname: gratis"), the price field and structured data
    are reliable; the marker flags about one free listing in six. A "free" that rests only on a
    fee's absence ("geen lidgeld", "vrij toegankelijk") gets its own marker (session 7: 29 of
    7,048 free development listings, 3 of them not free)."""
    if record.get("is_free") is True or record.get("offers"):
        return []
    free = [e for e in ev if e["tag"] == "cost" and e["value"] == "free"]
    # "Geen club, geen lidgeld: gewoon komen", "Vrij toegankelijk voor iedereen": no fee named,
    # but no "free" either — writers split on these (free in 18 of 24 "geen lidgeld" listings, 12
    # of 17 "vrij toegankelijk"), and they were half of the false "free" left in session 7
    if free and all(_no_fee_only(e) for e in free):
        first = free[0]
        return [evidence("cost", REVIEW_NO_FEE, field=first["field"], match=first["match"],
                         rule="cost.review.no-fee-only")]
    if len(free) != 1 or free[0]["rule"] not in ("cost.free", "cost.free-object", "cost.free-everyone") or \
            free[0]["field"] not in texts or free[0]["field"] == "price_text":
        return []
    # the hit itself, not the first "gratis" of its field ("Gratis parking. … is gratis …")
    hit = next((h for h in free_hits if h.field == free[0]["field"] and h.match == free[0]["match"]),
               None)
    if hit is None:
        return []
    original, folded = texts[hit.field]
    lo, hi = sentence_span(folded, hit.start, hit.end)
    if len(re.findall(r"[a-z0-9']+", folded[lo:hi])) <= 5:
        return []
    return [evidence("cost", REVIEW, field=free[0]["field"], match=original[lo:hi].strip()[:200],
                     rule="cost.review.single-free")]
