"""Cues several facets read the same way (not a facet: no ``FACET`` or ``RULES``).

* ``HEDGE``: "waarschijnlijk gratis, nog te bevestigen", "normaal gezien rolstoeltoegankelijk"
  — a hedged statement states nothing, so cost and accessibility ignore it.
* ``VOLUNTEER_TITLE`` / ``VACANCY_TITLE``: a title recruiting volunteers ("Vrijwilligers
  gezocht", "Word voorleesvrijwilliger", "Volunteers wanted"): the listing's participant is the volunteer, so the children
  it names are the public and a "free" is a perk (volunteers do not pay). A session *for*
  volunteers ("Infosessie voor vrijwilligers") is not one (``is_vacancy_title``).
* ``VACANCY_OPENING``: a description that opens by recruiting ("Word vrijwilliger en help…")
  makes a vacancy of a listing whose title names only the task (read by the family facet).
* ``recruits_in_description``: a description that recruits further on ("Word animator …" beside a
  volunteer allowance, "Het fort zoekt gidsen die …"), read by cost.
* ``VOLUNTEER_ROLE``: the roles of the other audience in language activities ("kom als
  vrijwillige gesprekspartner", "welkom als buddy").
"""
from __future__ import annotations

import re
from functools import lru_cache

# a club's or an association's members in Spanish, Portuguese and Italian ("socios", "membros",
# "soci", "tesserati"): free or welcome for them is for members only (cost, low threshold)
ROMANCE_MEMBERS = (r"socios|socias|miembros|membros|asociados|associados|soci|socie|membri|tesserati|"
                   r"associati|iscritti")
HEDGE = re.compile(r"\b(?:waarschijnlijk|wellicht|allicht|normaal gezien|normaal gesproken|meestal|"
                   r"doorgaans|usually|mostly|"
                   r"vermoedelijk|misschien|nog te bevestigen|nog niet zeker|nog na te vragen|"
                   r"moet nog nagevraagd|onder voorbehoud|probably|maybe|possibly|normally|"
                   r"to be confirmed|tbc|probablement|peut-etre|normalement|sous reserve|"
                   r"a confirmer)\b")
VOLUNTEER_TITLE = re.compile(r"\bzoekt (?:\w+ )?handen\b|"
                             # ("Gezinswandeling langs de Vrijwilligersdreef": a street, not a volunteer)
                             r"vrijwilliger(?!s?(?:dreef|straat|laan|plein|weg|pad|hof|park)\b)\w*|\bvrijwillige (?!bijdrage|gift|donatie)\w+|"
                             r"\bvrijwillig (?:mee)?(?:werken|helpen|koken|\w+en)\b|\bhelpende handen\b|\bhelpers\b|"
                             # "Vrijwillig gids in het natuurgebied"
                             r"\bvrijwillig (?:gids|chauffeur|kok|lesgever|begeleider|monitor|animator|onthaal\w*)\b|"
                             # ("Huiswerkbegeleiders gezocht": a compound of the role; not "Begeleiding
                             # gezocht?", whose "leiding" is no role)
                             r"\b(?:handen|leiding) gezocht\b|\b\w*(?:medewerkers|animatoren|monitoren|begeleiders|"
                             r"trainers|coaches|chauffeurs|koks|gidsen|lesgevers|helpers) gezocht\b|\bvolunteers?\b|"
                             # "Jeugdtrainer gezocht", "Kampbegeleider (m/v) gezocht": one role
                             r"\b\w*(?:medewerker|animator|monitor|begeleider|trainer|coach|chauffeur|"
                             # ("Kookhulp gezocht voor ons zomerkamp", "Keukenhulp gezocht")
                             r"lesgever|helper|leider|leidster|begeleidster|voorlezer|voorleesster|gids|kok|kassier|hulp|"
                             # ("Kookploeg gezocht voor ons zomerkamp": a crew)
                             # ("Kookouders gezocht voor ons scoutskamp": parents for a task)
                             r"sorteerder|oppas|bestuursleden|bestuurslid|(?:kook|keuken|hulp|lees|voorlees)ouders?|"
                             r"(?:kook|keuken|bar|tap|afwas|opbouw|afbouw|"
                             r"poets|werk)ploeg)(?: \(m/v\)| \(v/m\)| \(m/v/x\))? gezocht\b|"
                             r"\bbenevoles?\b|\bvacature\b|"
                             # "Sunday School teachers needed", "Drivers wanted"
                             r"\b\w*(?:teachers?|leaders?|helpers?|drivers?|cooks?|mentors?|coaches|buddies|stewards?) "
                             r"(?:needed|wanted)\b|"
                             # Ukrainian and Russian: "Волонтери для …", "Ищем волонтёров"
                             r"\bволонтер\w*|\bволонтёр\w*")
# the roles a provider recruits for, in the plural: "Voedselbank zoekt sorteerders", "we zoeken
# gidsen", "Gezinsbond zoekt bestuursleden" (one list for titles and descriptions alike)
SOUGHT_ROLES = (r"(?:vrijwilligers|helpers|volunteers|medewerkers|sorteerders|chauffeurs|\w*begeleiders|"
                r"\w*begeleidsters|lesgevers|voorlezers|gidsen|koks|\w*trainers|coaches|monitoren|animatoren|"
                r"kassiers|onthaal\w*|helpende handen|leiding|leiders|leidsters|\w+bezoekers|bestuursleden|"
                r"oppassen|oppassers|oppas)")
# "Speelpleinwerking zoekt animatoren": a provider seeking a role in a title (read by cost too)
# — but a club seeking players or singers seeks participants
SEEKS_ROLE_TITLE = re.compile(rf"\bzoekt (?:nog |nieuwe |extra )?{SOUGHT_ROLES}\b")
# the vacancy titles cost reads: a volunteer title or a provider seeking a role
VOLUNTEER_OR_ROLE_TITLE = re.compile(VOLUNTEER_TITLE.pattern + "|" + SEEKS_ROLE_TITLE.pattern)
# the roles a "Word …" title recruits for ("Word buddy", "Word gids in het fort")
_ROLES = r"buddy|\w*coach|gids|peter|meter|mentor|\w*animator|\w*monitor|oppas|bestuurslid"
# ("Nieuwe spelers gezocht", "Zangers gezocht": a club seeking participants is no vacancy)
VACANCY_TITLE = re.compile(VOLUNTEER_TITLE.pattern + r"|(?<!spelers )(?<!spelertjes )(?<!speelsters )(?<!leden )(?<!zangers )"
                           r"(?<!muzikanten )(?<!dansers )(?<!deelnemers )(?<!kinderen )(?<!jongeren )"
                           r"(?<!players )(?<!members )(?<!singers )(?<!kandidaten )\bgezocht\b|\bwanted\b|"
                           # "Leesbuddy worden voor een kind"
                           r"\b\w*(?:buddy|vrijwilliger|monitor|animator|begeleider|coach|voorlezer) worden\b|"
                           + SEEKS_ROLE_TITLE.pattern + r"|\bzoekt (?:nog |nieuwe |extra )?versterking\b|"
                           # "Word voorlezer in de bib", "Word buddy"
                           + rf"^\W*word (?:\w+(?:er|ster)|moni|\w*instructeur|{_ROLES})\b|"
                           # "Buddywerking: word buddy" (after a colon only a role: not "Fietsschool: word
                           # zekerder op de fiets")
                           rf"^[^:]{{2,40}}:\s*word (?:\w*vrijwillig(?:er|ster)|\w*voorlez(?:er|ster)|"
                           rf"\w*begeleid(?:er|ster)|{_ROLES})\b")
# a session held *for* volunteers (their training, an info evening, their party) is an activity
# with volunteers as participants, not a vacancy: "Infosessie voor vrijwilligers"
FOR_VOLUNTEERS_TITLE = re.compile(r"\b(?:для|з|із|с|со) (?:волонтер|волонтёр)\w*|\b(?:voor|for|pour) (?:de |alle |onze |nieuwe |les |nos |"
                                  r"our |new |all )?(?:vrijwillig|volunteer|benevole)\w*|"
                                  r"\bvrijwilligers(?:vorming|opleiding|training|avond|dag|feest|"
                                  r"cafe|ontbijt|receptie|markt|beurs|info\w*)\b|\bvolunteer (?:training|party|day)\b|"
                                  # "Nederlands praten met een vrijwilliger": the volunteer is the partner
                                  r"\b(?:met|with|avec) (?:een |a |un |une |je |jouw )?(?:vaste )?"
                                  r"(?:vrijwillig|volunteer|benevole)\w*|"
                                  # "Infomoment vrijwilligerswerk": a session about volunteering
                                  r"^\W*(?:online |digitale )?(?:info\w*|webinar\w*|opleiding\w*|vorming\w*|training\w*|workshop\w*|"
                                  r"cursus\w*|formation|seance d'information|beurs|fair)\b|"
                                  # "Dag van de vrijwilliger – infomarkt", "Kennismakingsavond vrijwilligerswerk"
                                  r"\b(?:infomarkt|infobeurs|infoavond|kennismakingsavond|kennismakingsdag)\b|"
                                  r"\b(?:dag|week) van de vrijwilliger\b|"
                                  # "Vrijwilligerspunt": a desk that helps people find volunteer work
                                  r"\bvrijwilligers(?:punt|centrale|loket|bank|vacaturebank)\b")


@lru_cache(maxsize=4096)
def is_vacancy_title(title: str, pattern: re.Pattern = VOLUNTEER_TITLE) -> bool:
    """A title recruiting volunteers, not one announcing a session for them (cached: every
    facet asks about the same title)."""
    return bool(pattern.search(title)) and not FOR_VOLUNTEERS_TITLE.search(title)
# "Geen lidgeld het eerste jaar": a club's free first period — a trial of a paying club, so no
# free price (cost) and no drop-in (low threshold)
FIRST_PERIOD_FREE = re.compile(r"\bgeen (?:lidgeld|inschrijvingsgeld|bijdrage|lesgeld) (?:voor |in )?"
                               r"(?:het|de|je|uw) eerste (?:jaar|maand|maanden|seizoen|\w+ (?:weken|maanden|"
                               r"lessen))\b|"
                               # "Wie daarna lid wordt, betaalt de eerste maand geen lidgeld"
                               r"\b(?:het|de|je|uw) eerste (?:jaar|maand|maanden|seizoen|\w+ (?:weken|maanden|lessen)) "
                               r"(?:betaal je |betaalt (?:je|u) )?geen (?:lidgeld|inschrijvingsgeld|bijdrage|lesgeld)\b")
# a description opening by recruiting a role ("We zoeken begeleiders voor onze zomerkampen"): read
# by cost, where "Word buddy … of vraag zelf een buddy aan" must stay a service (v23-158)
RECRUITING_OPENING = re.compile(r"^[^.!?\n]{0,60}?\b(?:(?:wij|we) (?:zoeken|zijn op zoek naar)|zoeken (?:wij|we)) "
                                rf"(?:nog |nieuwe |extra |enthousiaste |enkele |een paar )?(?:\w+ )?{SOUGHT_ROLES}\b")
# a description that opens by recruiting ("Word vrijwilliger en help een kind…", "We zoeken
# vrijwilligers die…") makes a vacancy of a listing whose title names only the task
VACANCY_OPENING = re.compile(r"^[^.!?\n]{0,40}?\b(?:we are|we're) (?:looking for|seeking) (?:\w+ )?(?:volunteers|helpers|"
                             r"teachers|leaders|mentors)\b|"
                             r"^\W*(?:word|become|devenez) (?:\w+ )?(?:vrijwillig\w*|volunteer\w*|"
                             r"benevole\w*|buddy|(?:taal)?maatje|taalcoach|voorlezer|meter|peter|mentor)\b|"
                             + RECRUITING_OPENING.pattern + "|"
                             # "Kind en Gezin zoekt vrijwilligers die …", "Onze tienerwerking voor
                             # 12- tot 16-jarigen zoekt begeleiders": the provider recruiting
                             # (not "… zoekt nog animatoren, maar kinderen kunnen zich al inschrijven")
                             rf"^[^.!?\n]{{0,80}}?\bzoekt (?:nog |nieuwe |extra |enthousiaste )?(?:\w+ )?{SOUGHT_ROLES}\b"
                             r"(?![^.!?\n]*\bmaar\b)")

# "Word animator op het speelplein!": a title recruiting a role (read by cost; "Word buddy" stays
# out, a buddy project serves both sides — v23-158)
ROLE_TITLE = re.compile(r"^\W*word (?:\w*animator|\w*monitor|\w*leid(?:er|ster)|\w*begeleid(?:er|ster)|"
                        r"\w*trainer|\w*coach|vrijwillig\w*|gids|lesgever|voorlezer|\w*vrijwilliger)\b|"
                        # "Taalcoach worden", "Voorlezer worden in de bib" (not "Animator worden": a
                        # paid certification course as often as a vacancy)
                        r"^\W*(?:taalcoach|\w*vrijwilliger|voorlezer|leesouder) worden\b")
# the description recruits further on (v145, v146, v148): "Word animator op het speelplein! … Je
# krijgt een vrijwilligersvergoeding", "Vertel jij graag? Het fort zoekt gidsen die …" (not
# "Gratis toegang. Het museum zoekt ook gidsen": a side note)
_RECRUITS_IN_TEXT = re.compile(r"(?:^|[.!?]\s+)word (?:\w+ )?(?:animator|monitor|gids|vrijwilliger|begeleider|"
                               r"begeleidster|leider|leidster|buddy|taalcoach|voorlezer)\b")
_VOLUNTEER_PAY = re.compile(r"\bvrijwilligers?vergoeding\b|\bonkostenvergoeding\b|\bals vrijwilliger\b")
# ("Scouts Liezele zoekt ouders en andere vrijwilligers": a provider's name, then volunteers by
# that name — not "Sinterklaas zoekt helpers" in a children's game, nor "Elke vereniging zoekt
# vrijwilligers" in a training about it)
_SEEKS_ROLE = re.compile(r"^(?:[^.!?\n]*[.!?]\s+)?(?:(?:het|de|onze|ons) [\w-]+(?: (?:van|uit) [\w-]+)? zoekt (?!ook\b)"
                         rf"(?:nog |nieuwe |extra )?(?:\w+ )?{SOUGHT_ROLES}|"
                         r"(?!(?:je|jij|u|ik|wie|we|wij|jullie|ze|zij|hij|men|iemand|iedereen|elke|iedere|ieder|"
                         r"uw|jouw|een|deze|die|dit|dat)\b)[\w-]+(?: [\w-]+)?(?: (?:van|uit) [\w-]+)? zoekt "
                         r"(?:nog |nieuwe |extra )?(?:\w+ (?:en|of) (?:andere )?)?(?:vrijwilligers|medewerkers))\b")


def recruits_in_description(folded: str) -> bool:
    """A description that recruits volunteers (read by cost: what they get for free is a perk):
    it opens by recruiting, or says "Word animator …" beside a volunteer allowance, or "Het fort
    zoekt gidsen" in its first two sentences."""
    return bool(RECRUITING_OPENING.search(folded) or _SEEKS_ROLE.match(folded)
                or _RECRUITS_IN_TEXT.search(folded) and _VOLUNTEER_PAY.search(folded))


VOLUNTEER_ROLE = (r"(?:vrijwillig\w*|gesprekspartner\w*|buddy|taalcoach\w*|taalmaatje\w*|"
                  r"volunteer\w*|benevole\w*|begeleider\w*|meter|peter|host)")
