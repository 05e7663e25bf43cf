"""Cost: what a free statement or a price covers — the activity, or only a perk, a thing, a
group, members, another session or day, an extra, an expense of one's own — read around the
hits, with the regexes these helpers use.
"""
from __future__ import annotations

import re

from enrich.rules.cost import (_ACTIVITY_NOUN, _ATTRACTION, _DRINK, _EN_FOOD, _FOOD, _GROUP, _GROUP_CARD,
                               _NOT_NON_MEMBERS, _OBJECT, _PERSON_PLURAL, _SOCIAL, _TAKING_PART, _TARGET_GROUP, _TREAT)
from enrich.rules.cost_amounts import (_AMOUNT, _ENTRY_LABEL, _ENTRY_NOUN, _EUR_WORD, _EXTRA_AMOUNT, _MEAL_EVENT,
                                       _OBJECT_AMOUNT, _OTHERS, _SENTENCE_END)
from enrich.rules.cues import FIRST_PERIOD_FREE
from enrich.text import sentence_span


def _same_clause(texts, a, b) -> bool:
    """Two hits in the same field with no sentence or comma break between them."""
    if a.field != b.field:
        return False
    lo, hi = min(a.start, b.start), max(a.end, b.end)
    return re.search(r"[.;!?\n,()]", texts[a.field][1][lo:hi]) is None


def _same_segment(texts, a, b) -> bool:
    """Two hits in the same field and sentence."""
    if a.field != b.field:
        return False
    folded = texts[a.field][1]
    lo, hi = min(a.start, b.start), max(a.end, b.end)
    return _SENTENCE_END.search(folded, lo, hi) is None


# a sentence that names a lower price or an amount turns a hardship clause into a rate
_THANKS = re.compile(r"\b(?:als dank|als bedanking|in ruil|as a thank you|as thanks|in return|"
                     r"en remerciement|pour vous remercier)\b")
# "Wat bieden we? - Vrijwilligersvergoeding - Gratis cursus": what a role offers
_OFFER_QUESTION = (r"\b(?:wat (?:bieden|geven) (?:we|wij)(?: je| jou)?|wat krijg je(?: ervoor| terug| van ons)?|"
                   r"(?:we|wij) bieden (?:je|jou)|what we offer|we offer you|what do you get|ce que nous offrons)")
_OFFERED = re.compile(_OFFER_QUESTION + r"\b[^.!\n]{0,3}[?:]?\s*$")
# a lending service's title ("Spelotheek", "Fietsbieb"): what it lends for free is the activity
# a lending service's title ("Spelotheek", "Buurtbib", "Voorleeskoffers lenen")
_LENDING_TITLE = re.compile(r"theek\b|bieb\b|\w*bib\b|uitleen\w*|\bleen\w*|ontleen\w*|lenen\b|\blending\b")
# … or the question on the same line: "Wat krijg je? Een gratis vorming, een verzekering …"
_OFFERED_INLINE = re.compile(_OFFER_QUESTION + r"\s?[?:]\s*[^?!.\n]*$")
# (what a role offers: only where the text recruits — "Wat krijg je? Een gratis workshop" is the activity)
_RECRUITS = re.compile(r"\bwat vragen (?:we|wij)\b|\bvrijwillig\w*|\bgezocht\b|\bvacature\b|\bwe zoeken\b|"
                       r"\bwij zoeken\b|\bword (?:\w+ )?(?:buddy|maatje|vrijwilliger|coach|taalcoach)\b")
_MONEY = re.compile(r"€|\beur|\d|bijdrage|minder|korting|reductie|verminderd|goedkoper|"
                    r"less|moins|reduced|contribution")
_SOCIAL_RE = re.compile(_SOCIAL)
_TARGET_GROUP_RE = re.compile(_TARGET_GROUP)
# what may follow a group before the social group it belongs to: "(kinderen) tot 12 jaar uit",
# "(jongeren) (uit"
_GROUP_CONTINUES = re.compile(r"\s(?:(?:(?:tot|onder|van|t/m) )?\d{1,2}(?: (?:tot|-) \d{1,2})? jaar\s|jaar\s)?\(?"
                              r"(?:uit|van|met|die|from|with|whose|en|of|and|or)\b")
_PLACE_BEFORE = re.compile(r"\b(?:in|naast|bij|aan|achter|voor) (?:het|de) $")


def _social_group_named_after(texts, hit) -> bool:
    """A free statement for a group whose social group follows it: "gratuit pour les personnes avec le
    statut BIM", "Gratis voor kinderen uit gezinnen met een leefloon" — right after it, not a place
    ("Gratis voor kinderen onder 12 jaar in het Sociaal Huis"), nor a second group ("(ook voor
    kinderen van nieuwkomers)")."""
    folded = texts[hit.field][1]
    if re.search(r"\b(?:met|with|avec|die|who|qui)$", hit.match.lower()) and _SOCIAL_RE.search(
            folded[hit.start:hit.end + 60]):
        return True
    a = _GROUP_CONTINUES.match(folded[hit.end:hit.end + 30])
    if not a:
        return False
    clause = re.split(r"[.;!?\n,()]", folded[hit.end + a.end():hit.end + 70])[0]
    return any(not _PLACE_BEFORE.search(clause[max(0, c.start() - 12):c.start()])
               for c in _SOCIAL_RE.finditer(clause))
_SIBLINGS = re.compile(r"\b(?:tweede|derde|2de|2e|second|third|deuxieme|troisieme|2e|2eme) "
                       r"(?:kind|enfant|child)\b|\bbroers?\b|\bzussen\b|\bsiblings?\b|"
                       r"\bfreres\b|\bsoeurs\b|\bgezinskorting\b|\b(?:tweede|2de|2e|volgende) "
                       r"(?:gezinslid|lid)\b|\bgezinsleden\b")
_MEMBERS = re.compile(r"\b(?:leden|lid|members?|membres?|abonnees|abonnement\w*|"
                      r"gezinsbond\w*)\b"
                      # "Lidgeld 28 euro, daarmee krijg je korting op al onze activiteiten"
                      r"|\b(?:lidgeld|lidkaart|lidmaatschap|membership)\b[^.;]{0,60}\b(?:daarmee|"
                      r"hiermee|waarmee|with it|which gives)\b[^.;]{0,30}\b(?:korting|reductie|discount)")


def _sentence_at(folded: str, start: int, end: int) -> str:
    lo, hi = sentence_span(folded, start, end)
    return folded[lo:hi]


def _sentence_and_before(folded: str, start: int, end: int) -> str:
    """The sentence and the one before it ("Wil je daarna lid worden? Het lidgeld …")."""
    lo, hi = sentence_span(folded, start, end)
    before_lo, _ = sentence_span(folded, max(0, lo - 2), max(0, lo - 2))
    return folded[before_lo:hi]


def _sentence_of(texts, hit) -> str:
    return _sentence_at(texts[hit.field][1], hit.start, hit.end)


# right after a free word: a ticket or pass one has paid for ("Gratis met je toegangsticket",
# "free with admission", "gratuit avec votre billet d'entrée") — not a library card or a UiTPAS
_WITH_PAID_ADMISSION = re.compile(
    r",? ?\(?(?:met|bij|with|avec|op vertoon van|bij aankoop van|inbegrepen in|included in|"
    r"sur presentation d[eu]|a l'achat d[eu]) (?:(?:je|jouw|uw|een|het|de|your|a|an|the|votre|ton|le|un) )?"
    r"(?:geldig\w* |valid )?(?:(?:museum|toegangs|inkom|entree|dag|zwembad|festival|zoo|park)(?:ticket|kaartje)s?|"
    r"tickets?|toegangsbewijs|inkombewijs|museumpas|museum (?:ticket|pass)|(?:admission|entrance|entry) (?:ticket|fee)|"
    r"(?:museum |general |paid )?admission|billet(?: d'entree)?|ticket d'entree)\b"
    # ("gratis met een toegangsbewijs, dat je vooraf kan afhalen": a free ticket to collect)
    r"(?!,? (?:dat|die|af te halen|op te halen|te verkrijgen|aan te vragen|te reserveren)\b)")
# what one saves up and trades in for a reward
_SAVED = r"(?:punten|stempels|zegels|spaarkaart|kaart|bonnen?|vouchers?)"
# a prize named at most four words before the free word, in its clause ("en win een jaar gratis
# les", "maak kans op gratis tickets"; not "win mooie prijzen, deelname is gratis", "win-win",
# "win aan zelfvertrouwen", "gagner en confiance", "win tijd")
_PRIZE_BEFORE = re.compile(r"(?<![\w-])(?:win|wint|winnen|wins|gagne[rz]?|gagnez|(?:maak|maakt|maken) (?:ook )?kans op|"
                           r"kans maken op|te winnen)(?![\w-]| (?:aan|en|tijd)\b)(?: [\w'-]+){0,4}? ?$|"
                           # a reward for saved points: "ruil 10 punten in voor een gratis zwembeurt"
                           rf"\b(?:ruil|ruilt|ruilen) (?:[\w'-]+ ){{0,3}}?{_SAVED}\w* in voor(?: [\w'-]+){{0,2}}? ?$|"
                           rf"\b{_SAVED}\w* (?:[\w'-]+ ){{0,2}}?in (?:te )?ruilen voor(?: [\w'-]+){{0,2}}? ?$")
# the prize's own tickets or vouchers, not the entrants' fee ("inschrijvingsgeld per ploeg")
_PRIZE_THING = re.compile(r"\w*(?:tickets?|kaartjes?|abonnement\w*|bons?|cheques?|vouchers?)")


def _a_prize(texts, hit) -> bool:
    folded = texts[hit.field][1]
    lo, _ = sentence_span(folded, hit.start, hit.end)
    return bool(_PRIZE_BEFORE.search(folded, max(lo, hit.start - 60), hit.start))


_SCOPE_BEFORE = re.compile(r"(?:(?:inkom|toegang|entree|deelname|deelnemen|participation|entrance|"
                           r"entry|admission|acces|zelf|itself|elle-meme|lui-meme)\b[\w' ]{0,30}:?\s?|"
                           # "(barbecue € 15) De rest is gratis": everything but the extra named
                           r"\b(?:de|al de|alle) rest (?:is|blijft) (?:helemaal |volledig )?|"
                           r"\beverything else is |\ble reste est |"
                           # "meehelpen is gratis", "ontlenen blijft gratis"
                           r"\b[a-z]{4,}en (?:zelf )?(?:is|blijft) )$")
# "op deze dag is het gratis voor jou en je gezin": a "free" stated for all who come
_FOR_EVERYONE = re.compile(r"\s(?:voor|for|pour) (?:iedereen|jou|u|everyone|everybody|you|all|tout le monde|"
                           r"tous|toi|vous)\b")
# the materials a workshop uses up ("klei en bakken", "knutselmateriaal", "ingrediënten")
_MATERIALS = (r"(?:\w*materiaal\w*|klei|hout|stof|stoffen|wol|garen|verf|grondstoffen|benodigdheden|ingredienten|"
              r"bakken|werkboek\w*|syllabus|cursusboek|"
              # French and English: "matériel : 20 €", "materials: €8"
              r"materiel|fournitures|materials?|supplies|ingredients|tissus?)")
# a price that is itself the materials' fee, wherever it stands ("Stoffen en garen: € 3 per keer.
# Deelname gratis.", "je betaalt enkel € 5 voor de ingrediënten"): due, so the listing is paid
_MATERIAL_FEE_BEFORE = re.compile(rf"\b(?:{_MATERIALS})(?:(?: en | & |, ?)(?:de |het )?(?:{_MATERIALS})){{0,3}}"
                                  r" ?(?::|kost|kosten|bedraagt|bedragen|van|vragen (?:we|wij)|betaal je|betaalt u)? ?$")
_MATERIAL_FEE_AFTER = re.compile(rf"\s?(?:per (?:persoon|keer|les|sessie|deelnemer) )?voor (?:de |het |je |jouw )?"
                                 rf"(?:{_MATERIALS})\b")
_PAYS_MATERIAL = re.compile(rf"\b(?:je|u) betaalt (?:wel |enkel |alleen |slechts |ook )?(?:de |het |je |jouw |uw )?"
                            rf"(?:{_MATERIALS})\b")
_OPTIONAL_FEE = re.compile(r"\b(?:wie wil|als je wil|indien gewenst|optioneel|facultatief|eventueel|te koop|"
                           r"kan je kopen|kun je kopen|kan je (?:ook )?(?:kopen|bestellen))\b")
# one's own thing instead of the priced one: "Breng je eigen lampion mee of knutsel er ter plaatse
# een (materiaal € 2)" before the amount, "Huur van schaatsen: € 5 (of breng je eigen schaatsen
# mee)" right after it (not "De cursus kost 40 euro, breng je eigen laptop mee of huur er een", nor
# "breng je eigen schort mee of een oud T-shirt": a list of things to bring)
_OWN_INSTEAD_BEFORE = re.compile(r"\bbreng (?:je|jouw|uw) eigen [\w-]+ (?:mee )?of (?!een\b|ander\w*\b)[^.;!?\n€\d]{0,60}$")
_OWN_INSTEAD_AFTER = re.compile(r"[^.;!?\n,(]{0,12}?(?:,\s?|\(\s?)of breng (?:je|jouw|uw) eigen\b")


# "Geen skeelers? Huur er ter plaatse voor € 3": gear for those who have none
_NO_GEAR_BEFORE = re.compile(r"\bgeen [\w-]+(?: of [\w-]+)?\s?\?\s*(?:je kan |u kan |dan )?(?:er |ze |die )?"
                             r"(?:[\w-]+ ){0,3}?(?:huren|huur|lenen|leen|ontlenen)\b[^.;!?\n]{0,40}$")


def _own_instead(folded: str, s: int, e: int) -> bool:
    lo = sentence_span(folded, s, e)[0]
    return bool(_OWN_INSTEAD_BEFORE.search(folded, lo, s) or _OWN_INSTEAD_AFTER.match(folded, e)
                or _NO_GEAR_BEFORE.search(folded, max(0, s - 90), s)
                and not re.search(r"\bverplicht|\bmandatory|\brequired", folded[e:e + 80].split("\n")[0]))


def _beside(folded: str, hit, spans: list[tuple[int, int]]) -> bool:
    """A span in the hit's own sentence or the one just before or after it."""
    lo, hi = sentence_span(folded, hit.start, hit.end)
    # (past the break and any further breaks or spaces: ".\n" ends one sentence, not two)
    prev_end = len(folded[:lo].rstrip(".;!?\n \t"))
    next_start = hi + len(folded[hi:]) - len(folded[hi:].lstrip(".;!?\n \t"))
    before = sentence_span(folded, prev_end, prev_end)[0] if prev_end else 0
    after = sentence_span(folded, next_start, next_start)[1] if next_start < len(folded) else hi
    return any(before <= start and end <= after for start, end in spans)


def _material_fee(folded: str, s: int, e: int) -> bool:
    lo, hi = sentence_span(folded, s, e)
    return bool((_MATERIAL_FEE_BEFORE.search(folded, max(lo, s - 60), s)
                 or _MATERIAL_FEE_AFTER.match(folded, e, hi))
                and not _OPTIONAL_FEE.search(folded, lo, hi))


# a listing open only to a club's members or to the holders of a card or a referral ("Enkel voor
# leden; deelname gratis", "Gratis boekentas … Enkel op vertoon van je kansenpas"): free for them
# (not a ticket or booking every visitor gets: "enkel met een (gratis) ticket")
_ONLY_FOR = re.compile(r"\b(?:enkel|alleen|uitsluitend|only|exclusivement|seulement|uniquement) (?:(?:toegankelijk|open) )?"
                       r"(?:voor|for|to|pour|aux) (?:de |onze |our |les |nos )?(?:leden|members|membres)\b"
                       r"(?! (?:en|and|et) (?:niet|non))|"
                       r"\b(?:enkel|alleen|uitsluitend|only|seulement|uniquement) (?:(?:op vertoon van|on showing|"
                       r"sur presentation d[e'] ?) ?(?:je |jouw |uw |een |your |a |votre |ta |une? )?|"
                       # ("Betalen kan enkel met kaart", "… met je bankkaart": how one pays)
                       r"(?:met|with|avec) (?:je|jouw|uw|your|votre|ta) )"
                       rf"(?:(?!toegangs|inkom|entree|ticket|bank|betaal|krediet|credit|debet){_GROUP_CARD}|"
                       r"referral|card|pass)")
_PUBLIC_FREE = re.compile(r"\b(?:toeschouwers|supporters|publiek|bezoekers|spectators|visitors)\b[^.!?\n]{0,20}\b(?:gratis|free)\b")
# "Geen inschrijvingsgeld, maar wel materiaalkost van 10 euro": a cost the free statement's own
# sentence says remains (not "… maar wel vooraf reserveren", not "maar je betaalt zelf (3 euro)")
# ("Geen inschrijvingsgeld, wel € 10 materiaalkost": the amount may come first)
_STILL_PAID = re.compile(r"(?:\bmaar|[,;]) (?:wel|je betaalt|u betaalt|jullie betalen)(?: (?:wel|enkel|alleen|slechts))? (?:een |de |het |je |ook )?"
                         r"(?:€ ?\d+(?:[.,]\d+)? |\d+(?:[.,]\d+)? ?(?:euro|eur|€) )?"
                         # (a material itself, "je betaalt enkel de klei (€ 3 per kilo)", cancels the extra
                         # its "per kilo" makes; _PAYS_MATERIAL makes it a price when read as goods)
                         rf"(?:\w*(?:kost|kosten|bijdrage|prijs|vergoeding|materiaal\w*|waarborg|inschrijvingsgeld|lidgeld)|{_MATERIALS})\b")
# a price for joining later ("het lidgeld betaal je pas als je daarna lid wordt") is not the
# price of the free start day or trial
_LATER = re.compile(r"\bvolgend (?:school)?jaar\b|\bvolgende? (?:seizoen|schooljaar)\b|\bnext (?:year|season)\b|"
                    r"\bhet nieuwe (?:school|academie|werk)?(?:jaar|seizoen)\b|"
                    r"\b(?:daarna|nadien|achteraf|later|afterwards|ensuite|pas als|wie (?:daarna |"
                    r"nadien )?(?:aansluit|lid wordt|blijft)|if you (?:join|stay)|als je (?:lid wordt|"
                    r"blijft|aansluit))\b|"
                    # "Na de opendeurdag kan je lid worden: lidgeld € 120" (not "na de kennismakingsles":
                    # a try at a paying club)
                    r"\bna (?:de|het|onze|ons) (?:opendeurdag|open ?dag|open deur\w*|startdag)\b")
# at an open day, "Na afloop kan je lid worden (€ 20/jaar)" (not after a free try at a club:
# "Kom gratis meespelen. Wil je blijven, dan kan je lid worden: € 90")
_JOIN_AFTER = re.compile(r"\b(?:kan je|je kan|kun je|u kunt|kunt u) (?:daarna |nadien |dan |achteraf )?lid worden\b")
# at an open day or open training, the fee new members are told of is the price of joining later
_NEW_MEMBERS = re.compile(r"\bnieuwe leden\b|\bnew members\b|\bnouveaux membres\b")
_TRIAL = re.compile(r"\b(?:proef\w*|probeer\w*|proberen|uitproberen|kennismaking\w*|trial|try|"
                    # "gratis tot de herfstvakantie, daarna € 60 lidgeld", "In september gratis, daarna
                    # drie euro per keer": a free while at a paying club or session
                    r"(?:gratis|free|gratuit) (?:tot|until|jusqu'(?:a|au|en)) (?:de |het |eind |einde |the |end |la |le )?|"
                    r"(?:gratis|free|gratuit)\w*,? (?:daarna|nadien|vervolgens|after that|afterwards|ensuite|puis)\b"
                    r"[^.;!?\n]{0,25}?(?:€|\d|euro\b)|"
                    r"(?:eerste|first|premiere?) [a-z]+|"
                    r"essai|essayer|(?:een|1|eerste|twee|drie|\d) ?(?:keer|les|lessen|training|"
                    r"trainingen|sessies?|weken|repetities)|"
                    # "Je mag drie zaterdagen gratis meedoen voor je beslist"
                    r"voor je (?:beslist|kiest|lid wordt))\b")
_FREE_TRIAL = re.compile(FIRST_PERIOD_FREE.pattern + r"|"
                         # "Je betaalt niks voor de eerste 3 ritten; daarna word je lid"
                         r"\b(?:gratis|kosteloos|(?:je betaalt|betaal je|kost(?: je)?) (?:niks|niets)) (?:voor|tijdens) de eerste "
                         r"(?:\d|twee|drie|vier|vijf) (?:ritten|lessen|keren|trainingen|sessies|repetities)\b|"
                         r"\b(?:gratis|free|kosteloos) (?:een keer |eens |1 keer |twee keer |drie keer )?"
                         r"(?:komen )?(?:proberen|uitproberen|proefdraaien|proeftrainen)\b|\b(?:een|1) keer "
                         r"(?:gratis )?(?:mee\w+ )?(?:om te )?proberen\b|\bproef(?:les|training)\w* (?:is |zijn )?"
                         r"(?:altijd )?(?:gratis|free)\b|\bgratis proef(?:les|training)\w*|"
                         # "Je mag drie zaterdagen gratis meedoen voor je beslist. Daarna betaal je het lidgeld"
                         r"(?<!om de )(?<!elke )(?<!iedere )\b(?:twee|drie|vier|vijf|[2-5]) (?:keer|weken|lessen|trainingen|repetities|sessies|"
                         r"(?:zater|zon|woens|vrij)dagen|namiddagen) gratis (?:mee\w+|proberen|deelnemen|komen)\b")
# the thing a fee word prices, just before it: "wisselstukken betaal je zelf", "drank betalend"
_FEE_OBJECT_BEFORE = re.compile(r"\b(?:drank\w*|drankjes?|consumpties?|koffie|thee|eten|"
                                r"wisselstukken|vervangstukken|onderdelen|materiaal|ijsjes?|pony\w*|"
                                r"ritje\w*|"
                                r"attracties?|snacks?|hapjes?|bar|drinks?|food|eetstand\w*|eetkraam\w*|"
                                r"foodtrucks?|standjes?)\b[\w' ,()-]{0,30}$")
_SCOPE_AFTER = re.compile(r"^\s?(?:entrance|entry|admission|toegang|inkom|entree)\b")
_MEMBERSHIP = re.compile(r"\b(?:lidgeld|lidmaatschap|lidkaart|abonnement|inschrijvingsgeld|"
                         r"cursusgeld|lesgeld|membership|cotisation)\b")
_EXCEPTION = re.compile(r"\b(?:met uitzondering van|uitgezonderd|behalve|except|excepted|apart "
                        r"from|sauf|a l'exception|hormis|maar (?:je betaalt|wel)|but you pay)\b")
_OPTIONAL = re.compile(r"\b(?:welkom|mag|mogen|kan|mogelijk|optioneel|facultatief|niet verplicht|"
                       r"wie wil|als je wil|if you (?:like|wish|want)|si vous (?:voulez|le souhaitez)|"
                       r"gewaardeerd|geapprecieerd|op prijs gesteld|helpt ons|helpen ons|steunt ons|helps us|"
                       r"vrijblijvend|welcome|appreciated|optional|bienvenue?s?|possible|"
                       r"facultative?|вітаю\w*|вітаєт\w*|приветству\w*|за бажанням|по желанию|"
                       r"bienvenid[oa]s?|bem-vind[oa]s?|benvenut[oaie]|gradit[oaie]|apreciad[oa])\b")


# the card or status that names a social group ("met een kansenpas"), not a rate
_GROUP_CARD_WORD = re.compile(r"kansenpas|kansenkaart|kansentarief|uitpas(?: met kansentarief)?|paspartoe|leefloon|"
                              r"verhoogde tegemoetkoming|omnio|vrijetijdspas")
# a listing for children by its title ("Speelplein", "Kinderfeest", "Plaine de jeux")
_CHILDREN_TITLE = re.compile(r"\b(?:kinder\w*|kids|jeugd\w*|speelplein\w*|\w*speeldag\w*|"
                             r"speelbos|speelnamiddag|paaseieren\w*|eierenraap|sinterklaas\w*|plaine de jeux|"
                             r"enfants|children)\b")
# ("gratis voor kinderen van 0 tot 3 jaar": babies go free wherever they come)
_CHILDREN_AUDIENCE_AFTER = re.compile(r"(?: (?:van|tussen|vanaf|de|from|aged|of|a partir de) (?![0-2]\b)\d{1,2}\b"
                                      r"(?: (?:tot|en|a|to|-) \d{1,2})?(?: (?:jaar|ans|years?(?: old)?))?|"
                                      r" (?:en|and|et) (?:hun |their |leurs |de )?(?:ouders|parents)\b|"
                                      r",? (?:ouders|parents) (?:zijn |are |sont )?(?:ook )?(?:welkom|welcome|bienvenus)\b)"
                                      r"\s*(?:[.!,;\n]|$)")


def _scoped_free(texts, hit) -> bool:
    """A free statement about entry or the activity itself ("toegang tot de boerderij vrij",
    "free entrance", "de initiatie zelf is gratis") — unless its sentence makes an exception
    ("kosteloos, met uitzondering van het cursusmateriaal")."""
    folded = texts[hit.field][1]
    lo = max((m.end() for m in _SENTENCE_END.finditer(folded, 0, hit.start)), default=0)
    if _EXCEPTION.search(_sentence_of(texts, hit)) or _TRIAL.search(_sentence_of(texts, hit)):
        return False                 # "een keer meestappen om te proberen is gratis": a trial
    return bool(_SCOPE_BEFORE.search(folded, lo, hit.start) or
                _SCOPE_AFTER.match(folded[hit.end:hit.end + 20]) or
                re.search(r"(?:inkom|toegang|entree|entrance|entry|admission|deelname|deelnemen|"
                          r"participation|vrij toegankelijk)", hit.match.lower()))


def _fee_for_extra(texts, hit) -> bool:
    """"Wisselstukken betaal je zelf", "drank betalend", "(die betaal je zelf)": the fee word
    prices an extra named just before it in its clause."""
    folded = texts[hit.field][1]
    lo = max((m.end() for m in re.finditer(r"[.;!?\n]|,\s", folded[:hit.start])), default=0)
    # "daarna betaal je je drankjes zelf": the extra named right after the fee words
    if re.match(r"\s(?:je |jouw |uw |de |het )?(?:eigen )?(?:drank\w*|consumpties?|koffie|eten|snacks?|"
                r"hapjes?|ijsjes?)\b", folded[hit.end:hit.end + 30]):
        return True
    if _FEE_OBJECT_BEFORE.search(folded, lo, hit.start) or (
            folded[max(0, hit.start - 5):hit.start].endswith("die ")
            and "zelf" in folded[hit.end:hit.end + 8]):
        return True
    # "X betaal je zelf / apart / per stuk": X is an extra unless X is the entry or the fee
    # "you pay your own train ticket", "je eigen ticket"
    if re.search(r"\b(?:own|eigen|your|je eigen)\s(?:[a-z]+\s)?$", folded[max(lo, hit.start - 25):hit.start]):
        return True
    # "je betaalt de geplukte kersen (€ 4/kg)", "remblokjes te koop aan kostprijs": goods
    hi = _SENTENCE_END.search(folded, hit.end)
    if re.search(r"\bte koop\b|\bverkocht\b|\bper (?:kilo|kg|stuk)\b|/kg\b|\bgeplukte?\b|"
                 r"\bwaarborg\b|\bterugkrijgt\b|\bdeposit\b|\bcaution\b|\bwat je (?:plukt|drinkt|"
                 r"eet|koopt|neemt|verbruikt)\b",
                 folded[lo:hi.start() if hi else len(folded)]) and not _ENTRY_LABEL.search(
                     folded, lo, hit.start):
        return True
    return bool(re.match(r"\s(?:(?:wel|ook|dus) )?(?:zelf|apart|per stuk|ter plaatse bij|extra|aan "
                         r"kostprijs)\b",
                         folded[hit.end:hit.end + 20])) and hit.match.lower() in (
        "betaal je", "je betaalt", "en betaalt", "maar betaalt") and not _ENTRY_LABEL.search(folded, lo, hit.start)


# title openers that name no activity ("Gratis zwemmen", "Nieuwe reeks: …")
_TITLE_OPENERS = {"gratis", "nieuw", "nieuwe", "opgelet", "zomer", "winter", "extra", "vanaf", "elke", "iedere"}
# the session a listing offers, named as what is priced ("de workshop kost € 25")
_SESSION_NOUN = r"workshop|cursus|lessen|les|rondleiding|initiatie|activiteit|training|stage|sessie"
# a title opening on a wider event, whose sessions are optional parts ("Kinderfestival in het park":
# "de workshop kost € 5"; not "Zaterdag: workshop keramiek", "Boekbinden op de boekenmarkt")
_EVENT_TITLE = re.compile(r"\W*(?:\d+\w* |groot |grote |jaarlijks |jaarlijkse )?\w*(?:festival|feest|fest|markt|kermis|braderie)\b")
_CLAUSE_BREAK = re.compile(r"[.;:!?\n(),]")
# a free statement about taking part names the activity itself ("Deelname gratis")
# (bare: not "Deelname aan de infosessie is gratis", another session)
_PARTICIPATION = re.compile(r"\b(?:deelname|deelnemen|meedoen|participation|participer)\b(?!\s+(?:aan|in|at|to|a)\b)")


def _title_activity_priced(texts, fld: str, at: int, title: str, scoped) -> bool:
    """"Schaatsen op de kerstmarkt": "De toegang tot de kerstmarkt is gratis. … een half uur
    schaatsen kost € 5": the clause priced names the activity the title opens with (or the
    session itself: "Toegang tot de collectie is gratis; de workshop kost € 25"), while the free
    statement does not — the listing's own price, no extra."""
    head = re.match(r"\W*([a-z]{5,})", title)
    head = head.group(1) if head and head.group(1) not in _TITLE_OPENERS else None
    folded = texts[fld][1]
    clause = folded[sentence_span(folded, at, at, _CLAUSE_BREAK)[0]:at]
    # the activity is the subject of the amount's own clause ("een half uur schaatsen kost (slechts)
    # €", "Kajakken kost € 5 per uur", "de workshop kost €"), not a thing of it ("De brochure bij de
    # tentoonstelling kost € 5"), a compound ("Schaatsenverhuur kost € 3") or another clause
    # ("Schaatsen kost niets, een glühwein kost € 3"); a session only where the title names no wider
    # event ("De circusworkshops kosten € 3" at a festival)
    costs = r" (?:kost|kosten|bedraagt)(?: (?:slechts|maar|telkens|je|ook|nu|per [a-z ]{2,15}?))*\s*$"
    subject = head and re.search(rf"((?:[\w-]+ ){{0,3}}){head}(?:[a-z]{{0,3}}en)?\b(?: [a-z]+en)?{costs}", clause)
    if subject and re.search(r"\b(?:bij|van|voor|tijdens|na|in|op|aan|met)\b", subject.group(1)):
        subject = None
    if not subject and not (_EVENT_TITLE.match(title) and not re.search(rf"(?:{_SESSION_NOUN})", title)):
        subject = re.search(rf"\b(?:de|het) (?:{_SESSION_NOUN})(?: zelf)?{costs}", clause)
    activity = re.compile(rf"\b(?:{head + '|' if head else ''}{_SESSION_NOUN})\b")
    # ("Deelname gratis. Fietsen kost € 10 per dag als je er een huurt": the participation is the activity)
    return bool(subject) and not _EXTRA_AMOUNT.search(clause) and not any(
        activity.search(c) or _PARTICIPATION.search(c) for c in (_clause_of(texts, h) for h in scoped))


def _clause_of(texts, hit) -> str:
    """The hit's clause: between the punctuation marks around it."""
    folded = texts[hit.field][1]
    lo, hi = sentence_span(folded, hit.start, hit.end, _CLAUSE_BREAK)
    return folded[lo:hi]


def _extra_sentence(texts, fld: str, start: int, end: int, scoped) -> bool:
    """Beside a scoped free statement, a price whose sentence names no entry or fee label
    (apart from that statement itself) is an extra's."""
    folded = texts[fld][1]
    lo = max((m.end() for m in _SENTENCE_END.finditer(folded, 0, start)), default=0)
    nxt = _SENTENCE_END.search(folded, end)
    hi = nxt.start() if nxt else len(folded)
    sentence = folded[lo:hi]
    for h in scoped:                       # blank the free statement itself
        if h.field == fld and lo <= h.start < hi:
            clause = max((m.end() for m in re.finditer(r"[,:(]", folded[lo:h.start])), default=0)
            a, b = max(h.start - 40 - lo, clause), h.end - lo
            sentence = sentence[:a] + " " * (b - a) + sentence[b:]
    if any(h.field == fld and lo <= h.start < hi and "zelf" in folded[lo:hi] for h in scoped):
        # "onderdelen betaal je aan kostprijs, de hulp zelf is gratis" — but a membership
        # ("lidmaatschap € 5, ontlenen zelf is gratis") is still the price of taking part
        return not _MEMBERSHIP.search(sentence)
    if _EXTRA_AMOUNT.search(sentence):      # "wie mee-eet aan de barbecue betaalt €8"
        return not _ENTRY_NOUN.search(sentence)
    return not _ENTRY_LABEL.search(sentence)


def _for_the_others(folded: str, at: int) -> bool:
    """"Inkom gratis voor mama's, de anderen 5 euro", "entrée gratuite pour les mamans, les autres
    5 euro": the clause prices the same entry for everyone else, no extra."""
    lo = max(folded.rfind(c, 0, at) for c in ",;:(") + 1
    end = _SENTENCE_END.search(folded, at)
    # (not "de anderen betalen € 2 per drankje": a drink's price)
    return bool(_OTHERS.match(folded, lo)) and at - lo <= 40 and not _OBJECT_AMOUNT.search(
        folded, lo, end.start() if end else len(folded))


def _extra_line(folded: str, at: int) -> bool:
    lo = folded.rfind("\n", 0, at) + 1
    hi = folded.find("\n", at)
    line = folded[lo:hi if hi >= 0 else len(folded)]
    return bool(_EXTRA_AMOUNT.search(line) or re.search(r"\bmiddagmaal|\bparking|\bparkeren",
                                                          line)) and not _ENTRY_LABEL.search(line)


def _members_only(texts, hit) -> bool:
    """A discount for members ("leden krijgen € 2 korting") is a membership tariff."""
    return _members_sentence(_sentence_of(texts, hit))


def _members_sentence(sentence: str) -> bool:
    """A members' or siblings' discount: a tier, not a social rate."""
    return bool(_MEMBERS.search(sentence) or _SIBLINGS.search(sentence)) and \
        not _SOCIAL_RE.search(sentence)


_CORRECTION = re.compile(r"\b(?:update|toch gratis|nu gratis|dat klopt niet|klopt niet|foutief|"
                         r"aanpassing|niet meer zo|"
                         r"vergissing|nieuwe prijs|nieuwe tarieven|new price|"
                         r"nouveau prix|prijswijziging|prijs gewijzigd|gewijzigde prijs|aangepaste "
                         r"prijs|correctie|rectificatie|erratum|rectification)\b")


_NEVER_THE_ACTIVITY = re.compile(r"(?:parking|parkeren|wifi|kinderopvang|opvang|childcare|"
                                 r"materiaal|app|download|audiogids(?:en)?|audioguides?)")


# "een gratis workshop" frees the listing; "de gratis kleuterschool van vandaag" a thing
_ARTICLE_BEFORE = re.compile(r"\b(?:de|het|een|onze|hun|jullie|die|deze|the|a|an|our|their|la|le|"
                             r"les|un|une|nos|leur)\s$")


# "Een fiets lenen kan (gratis)", "Lampionnen maken kan vooraf in de bib (gratis)": an option
# beside the activity — unless the option is taking part ("Meedoen kan (gratis) …")
_OPTION = re.compile(r"\b(?:kan|kun|kunnen|can|is mogelijk|mogelijk|possible)\b")
_OPTION_IS_TAKING_PART = re.compile(rf"\b(?:{_TAKING_PART}|aansluiten|inschrijven|binnenlopen|"
                                    r"binnenspringen|entree|join|participate)\b")


def _bracketed_for_a_thing(texts, hit) -> bool:
    """"koffie en thee ook (gratis)", "kinderopvang voorzien (gratis, wel vooraf melden)",
    "parkeren op de parking van het station (gratis)": a bracketed "gratis" frees what its
    clause names."""
    folded = texts[hit.field][1]
    # ("Visverlof nodig (gratis voor vijvers van de gemeente)": whom or where it frees may follow)
    if folded[hit.start - 1:hit.start] != "(" or (folded[hit.end:hit.end + 1] not in (")", ",")
                                                  and not re.match(r" voor [^()]{0,50}\)", folded[hit.end:])):
        return False
    lo = max((m.end() for m in re.finditer(r"[.;:!?\n]", folded[:hit.start - 1])), default=0)
    clause = folded[lo:hit.start - 1]
    if re.search(rf"\b{_OBJECT}\b|\b{_TREAT}\b", clause):
        return True
    # "Je hebt een bibliotheekkaart nodig (gratis)": a required thing, not the activity
    title = set(re.findall(r"[a-z]{4,}", texts.get("title", ("", ""))[1]))
    words = re.findall(r"[a-z]{4,}", clause)
    # "Braderie … Kinderanimatie en grimeren aan de kiosk (gratis)": an attraction at the event —
    # unless the clause names the event or an activity too ("Gezinsdag met springkasteel en een
    # wandeling (gratis)"), or shares a word's start with the title ("Ponydag: Ponyritjes (gratis)")
    if re.search(rf"\b{_ATTRACTION}", clause) and not re.search(r"\britje", clause) and not any(
            _ACTIVITY_NOUN.fullmatch(w) for w in words) and not any(w[:4] in clause for w in title):
        return True
    names_no_activity = not any(_ACTIVITY_NOUN.fullmatch(w) or w in title for w in words)
    if re.search(r"\bnodig\s*$|\bheb(?:t|ben)?\b", clause):
        return names_no_activity
    return bool(_OPTION.search(clause)) and not _OPTION_IS_TAKING_PART.search(clause) and names_no_activity


# a session or class named before "met" in a title ("Yoga met ontbijt", "Film met popcorn")
_CLASS_BEFORE_MET = re.compile(r"\b(?:yoga|zumba|pilates|film|filmavond|lezing|gym|turnen|quiz|dans\w*|concert|"
                           r"voorstelling|repetitie|training|taalcafe|praattafel)\b")
# a gathering named before "met" in a title: what comes with it is a side attraction
_EVENT_HEAD = re.compile(r"(?:feest|barbecue|bbq|fuif|festival|markt|braderie|kermis|receptie|drink|picknick|"
                         r"kerstmarkt|wijkdag|buurtdag|opendeurdag|dag)\b")


_SCRIPT_FREE = re.compile(r"無料|무료|ฟรี|免[费費]|mien phi|besplatn\w*|falas|pa pagese|hyrja (?:e lire|falas)|"
                          r"ulaz (?:je )?slobodan|slobodan ulaz")
_NOT_ALL_FREE = re.compile(
    # groups
    r"\bdjec\w*|\bclan\w*|\bstudent\w*|\bpenzioner\w*|\bfemij\w*|\banetar\w*|\bucenik\w*|\bumirovljenik\w*|"
    r"\bmlad\w*|\bpensionist\w*|\bnxenes\w*|\btre em\b|\bhoc sinh\b|\bnguoi cao tuoi\b|\bhoi vien\b|\bthanh vien\b|"
    r"子供|子ども|こども|お子|会員|学生|以上|以下|未満|小学生|中学生|高校生|未就学児|幼児|シニア|障害者|"
    r"아동|어린이|아이(?!디어)|회원|학생|이상|이하|미만|유아|어르신|청소년|장애인|"
    r"เด็ก|สมาชิก|นักเรียน|นักศึกษา|ผู้สูงอายุ|ผู้พิการ|"
    r"儿童|兒童|孩子|小朋友|会员|會員|學生|老人|长者|長者|残疾人|青少年|女士|"
    # trials ("첫 수업", "prvi put"; not "첫째 주", "prvog petka")
    r"初回|첫(?!째)|ทดลอง|\bi pare\b|\bprv(?:i|a|u) (?:put|cas|trening|sat)\b|\bprobn\w*|首次|试听|試聽|"
    # denials (not "ไม่มีค่าใช้จ่าย": "no cost"; not "ไม่ต้องลงทะเบียน")
    r"ではな|じゃな|じゃあり|아닙|않|ไม่(?!มีค่าใช้จ่าย|ต้อง)|\bnije\b|\bnuk\b|不是|并非|"
    # perks
    r"\bkaf\w*|\bcaj\b|\bhran\w*|\bpic\w*|\bparking\w*|\bparkim\w*|\bushqim\w*|\bpije\b|\btransport\w*|"
    r"お茶|お菓子|菓子|駐車|送迎|ドリンク|飲み物|軽食|주차|다과|커피|음료|간식|셔틀|"
    r"จอดรถ|กาแฟ|เครื่องดื่ม|ขนม|wi-?fi|饮料|咖啡|停车|点心|小吃|教材|接送")
# ... unless the clause frees everyone: "大人も子どもも無料", "学生和成人均免费", "Besplatno za odrasle i djecu"
_FREE_FOR_ALL = re.compile(r"大人|成人|一般|일반인|성인|어른|모두|누구나|どなたでも|とも|均|ทุกคน|ผู้ใหญ่|"
                           r"\bodrasl\w*|\bnecl\w*|\bsvi\b|\bte gjithe\b|\bte rritur\b")
_CLAUSE_END = "[.;!?\n,，。、；！？・（(\u3000]"


def _not_all_free(clause: str) -> bool:
    """The clause names a group, a perk, a trial or a denial, and frees no one else."""
    return bool(_NOT_ALL_FREE.search(clause)) and not _FREE_FOR_ALL.search(clause)


def _short_clause(folded: str, start: int, end: int) -> str:
    """A free word's clause, at most 25 characters before and 20 after it. A colon does not end it
    ("djeca do 12 godina: besplatno"); after a Chinese, Japanese or Thai free word a space does
    ("参加無料 駐車場あり"); Korean puts spaces between words, so there "…이고 " does ("참가는
    무료이고 커피는 2유로")."""
    ends = _CLAUSE_END[:-1] + (" ]" if _NO_SPACE_FREE.match(folded, start) else "]")
    before = folded[max(0, start - 25):start]
    cut = max((m.end() for m in re.finditer(ends, before)), default=0)
    after = folded[end:end + 20]
    # (Korean writes spaces between words; "무료이고 커피는 2유로" ends the clause at "이고")
    stop = re.search(ends + r"|(?<=이고|이며)\s", after)
    return before[cut:] + folded[start:end] + (after[:stop.start()] if stop else after)


_NO_SPACE_FREE = re.compile(r"無料|ฟรี|免[费費]")


def _title_head(title: str) -> str:
    """The title's own activity: "Buurtbarbecue met kinderanimatie" → the barbecue (what comes with
    it is a side attraction), "Yoga met ontbijt" → the yoga; but "Genieten met pannenkoeken" names
    no activity before "met", so the whole title counts."""
    side = re.search(r"\s(?:met|with|avec|\+)\s", title)
    if not side:
        return title
    before = title[:side.start()]
    if re.search(_ATTRACTION, title[side.end():]) or _EVENT_HEAD.search(before) or \
            _ACTIVITY_NOUN.search(before) or _CLASS_BEFORE_MET.search(before):
        return before
    return title


def _thing_is_the_activity(noun: str, match: str, title: str) -> bool:
    """"Soep op de stoep: gratis soep": the free thing the title names is the activity — but
    free coffee at a "Koffieklets" is a treat (writers v49, v55, v64), and a thing lent or given
    to the first comers is not, unless lending is the service ("Spelotheek")."""
    if _NEVER_THE_ACTIVITY.match(noun):
        return False
    head = _title_head(title)
    # "Opendeurdag + proeverij: alle hapjes zijn gratis": at a tasting or a meal the food is
    # what one comes for (not the coffee of a "Koffieklets", below; not "Yoga met ontbijt")
    if re.fullmatch(_FOOD, noun) and not re.fullmatch(rf"{_DRINK}|water", noun) and (
            _MEAL_EVENT.search(head) or re.search(r"proeverij\w*|\bproeven\b|tasting|degustati\w*|eetfestijn|"
                                                   r"buffet", title)):
        return True
    lent = re.search(r"\bte (?:leen|lenen|ontlenen)\b", match)
    if _LENDING_TITLE.search(title):
        if lent:
            return True
    elif lent or "voor de eerste" in match:       # "Gratis fiets te leen" under "Samen fietsen"
        return False
    elif re.search(r"\bmee naar huis\b|\bmeenemen\b", match):
        return False                               # "Werkdag in de zadentuin … gratis zaden mee naar huis"
    if re.fullmatch(r"vervoer|transport|ophaaldienst|taxi|(?:pendel)?busjes?", noun):
        # "Boodschappendienst: gratis vervoer naar de winkel", "Marktbusje: gratis busje" — not
        # "Jobinfo fruitpluk - busje vanuit Mechelen: gratis busje": the ride is the service
        return bool(re.search(r"dienst|vervoer|centrale|taxi|\britten?\b|mobiel|transport", title)
                    or re.match(r"\W*\w*bus", title))
    # "Community dinner: dinner will be served, free of charge", "Soep op de stoep: food is provided
    # for free" — but under a talk, a fair or a volunteer day ("Volunteer day: … Lunch is provided
    # for free") the food comes with the activity
    if re.fullmatch(_EN_FOOD, noun) and re.search(
            r"\b(?:will be|provided|served|offered|included)\b", match):
        return not any(_ACTIVITY_NOUN.fullmatch(w) for w in re.findall(r"[a-z]+", head)) and not re.search(
            r"\b(?:day|service|session|meeting|class|volunteers?|work)\b", head)
    return not re.fullmatch(_DRINK, noun) and any(
        noun in word for word in re.findall(r"[a-z]+", head))


def _required_paid_oneself(texts) -> list[tuple[str, int, int]]:
    """Sentences naming a thing one must have and pay oneself, with no amount ("je hebt wel een
    geldig visverlof nodig (zelf te betalen)", "trein zelf te betalen", "consumptie verplicht"):
    (field, sentence start, sentence end)."""
    found = []
    for fld, (original, folded) in texts.items():
        for m in _PAID_ONESELF.finditer(folded):
            lo, hi = sentence_span(folded, m.start(), m.end())
            # ("Je hebt een eigen kaartlezer nodig; die koop je zelf": the need may come just before,
            # named by a pronoun — not "Je hebt niets nodig. Drankjes koop je zelf")
            if _REQUIRED_THING.search(folded, lo, hi) or re.search(r"\b(?:die|dat|deze)\s$", folded[max(0, m.start() - 6):m.start()]) \
                    and _REQUIRED_THING.search(_sentence_and_before(folded, m.start(), m.end())):
                found.append((fld, lo, hi))
        for m in _BOUGHT_ONESELF.finditer(folded) if ("koop" in folded or "you buy" in folded) else ():
            if not any(noun and re.fullmatch(_CONSUMED, noun) for noun in m.groups()):
                found.append((fld, *sentence_span(folded, m.start(), m.end())))
        for m in (*_TRAVEL_ONESELF.finditer(folded), *(
                p for p in _REQUIRED_PURCHASE.finditer(folded) if not _NEGATED_BEFORE.search(
                    folded, sentence_span(folded, p.start(), p.end())[0], p.start())),
                  *_PAYS_OWN.finditer(folded)):
            found.append((fld, *sentence_span(folded, m.start(), m.end())))
    return found


def _own_travel_near(texts, hit) -> bool:
    """"je betaalt (wel) zelf je bus- of treinticket": one's own travel named around a fee word
    (the ticket may come 40 characters on)."""
    return bool(_OWN_TRAVEL.search(texts[hit.field][1], max(0, hit.start - 30), hit.end + 45))


def _frees_a_thing(texts, hit) -> bool:
    """"gratis" inside a clause that describes a place or a perk ("waar je gratis kranten
    leest", "where you get free coffee"), or before a noun that is no activity ("de gratis
    kleuterschool van vandaag"): that thing is free, not the listing."""
    folded = texts[hit.field][1]
    lo = max((m.end() for m in re.finditer(r"[.;:!?\n,(]", folded[:hit.start])), default=0)
    if re.search(r"\b(?:waar|waarin|waarbij|where|ou) (?:je|u|men|you|vous|on)\b",
                 folded[lo:hit.start]):
        return True
    # "De stad levert gratis de hekken en borden": a thing supplied (not "we leveren gratis een workshop")
    supplied = re.match(r" (?:de |het |een |alle |je |jouw )?([a-z]{3,})(?: ([a-z]{3,}))?", folded[hit.end:hit.end + 40])
    if supplied and re.search(r"\b(?:levert|leveren|bezorgt|bezorgen|schenkt|schenken|plaatst|plaatsen|installeert|"
                              r"installeren) (?:je |u |ook |er )?$",
                              folded[lo:hit.start]):
        # ("we leveren gratis een leuke workshop": an adjective may come first; "Rookmelders: de
        # brandweer installeert gratis rookmelders": the title names the service)
        title = texts.get("title", ("", ""))[1]
        return not any(w and (_ACTIVITY_NOUN.fullmatch(w) or w in title) for w in supplied.groups())
    # ("op deze dag is het gratis voor jou": a preposition follows, no noun)
    noun = re.match(r" (?!(?:voor|for|pour|met|bij|tot|aan|van|with|avec)\b)([a-z]{3,})\b(?: ([a-z]{3,})\b)?",
                    folded[hit.end:hit.end + 40])
    if not noun or hit.match.lower() not in ("gratis", "free", "gratuit", "gratuite", "kosteloze",
                                             "gratuits", "gratuites"):
        return False
    if not _ARTICLE_BEFORE.search(folded[max(0, hit.start - 12):hit.start]):
        return False
    title = texts.get("title", ("", ""))[1]
    # ("een gratis geleide wandeling": an adjective may stand before the activity noun)
    head = noun.group(2) if noun.group(2) and re.fullmatch(r"[a-z]+(?:de|te|ke|ige|ische|e)",
                                                            noun.group(1)) else None
    return not (_ACTIVITY_NOUN.fullmatch(noun.group(1)) or noun.group(1) in title or
                head is not None and _ACTIVITY_NOUN.fullmatch(head))


# "je leent de boeken gratis", "je kan er gratis laarzen lenen": one borrows a thing for free
_LENT_FREE = re.compile(r"\b(?:je|u|jullie|we|wij) (?:kan |kunt |kunnen |mag |mogen )?(?:er )?(?:leen|leent|"
                        r"ontleen|ontleent|lenen|ontlenen)\b[^.,;:!?()\n]{0,40}\b(?:gratis|kosteloos)\b|"
                        r"\b(?:je|u) (?:gratis|kosteloos) (?:leent|ontleent|kan lenen|kunt lenen)\b|"
                        r"\b(?:je|u|jullie|we|wij) (?:kan|kunt|kunnen|mag|mogen) (?:er |ook )?(?:gratis|kosteloos)\b"
                        r"[^.,;:!?()\n]{0,30}\b(?:lenen|ontlenen)\b|\b(?:you can )?borrow\b[^.,;:!?()\n]{0,30}\bfor free\b")


def _lent_for_free(texts, hit) -> bool:
    """"Je leent de boeken gratis in de bib" under "Leesclub": what one borrows is free, not
    the club — unless lending is the listing's service ("Spelotheek", "Voorleeskoffers lenen")."""
    title = texts.get("title", ("", ""))[1]
    if _LENDING_TITLE.search(title):
        return False
    folded = texts[hit.field][1]
    return any(m.start() <= hit.start and hit.end <= m.end()
               for m in _LENT_FREE.finditer(folded, max(0, hit.start - 80), hit.end + 50))


def _thing_label(texts, hit) -> bool:
    """"Kinderopvang: ja, gratis", "Koffie: gratis": a field line whose label is a thing given
    beside the activity, not its price."""
    folded = texts[hit.field][1]
    line = folded[folded.rfind("\n", 0, hit.start) + 1:hit.start]
    m = re.match(r"\W*([a-z][a-z ]{1,30}?)\s?:\s*(?:(?:ja|yes|oui|voorzien|aanwezig)\b,?\s*)?$", line)
    return bool(m) and bool(_NEVER_THE_ACTIVITY.fullmatch(m.group(1)) or re.fullmatch(
        rf"(?:{_OBJECT})(?: (?:en|&) (?:{_OBJECT}))?", m.group(1)))


_CORRECTION_KEYS = ("update", "toch gratis", "nu gratis", "klopt niet", "foutief", "vergissing",
                    "aanpassing", "niet meer zo", "nieuwe prijs", "nieuwe tarie",
                    "new price", "nouveau prix", "prijswijziging", "prijs gewijzigd",
                    "gewijzigde prijs", "aangepaste prijs", "correctie", "rectifica", "errat")


def _after_correction(hits, texts):
    """A price corrected later in the text ("Let op: nieuwe prijs …", "UPDATE: toch gratis!")
    replaces what came before it: hits before the correction are dropped when cost hits
    follow it. Returns the kept hits and the cut-off per field."""
    cut = {}
    priced = [h for h in hits if h.rule.kind not in ("uitpas", "vendor")]
    priced_fields = {h.field for h in priced}
    for fld, (_, folded) in texts.items():
        # a correction matters only where cost statements or amounts follow it
        if fld not in priced_fields and "€" not in folded and not _EUR_WORD.search(folded):
            continue
        if not any(k in folded for k in _CORRECTION_KEYS):      # substring tests are cheap
            continue
        # the last correction that cost statements follow: "Aanpassing: eerder stond hier 2 euro
        # inkom. Dat is niet meer zo: de toegang is gratis" cuts at "niet meer zo"
        for m in reversed(list(_CORRECTION.finditer(folded))):
            if any(h.field == fld and h.start >= m.start() for h in priced) or \
                    _AMOUNT.search(folded, m.start()):
                cut[fld] = m.start()
                break
    if "description" in cut and "price_text" not in cut and "price_text" in texts:
        # "In de eerste versie stond '€3 inkom'. Dat klopt niet": the price field is stale too
        cut["price_text"] = len(texts["price_text"][1]) + 1
    return [h for h in hits if h.rule.kind in ("uitpas", "vendor")
            or h.start >= cut.get(h.field, 0)], cut


_FREED_AFTER = re.compile(r"\s?[:=-]?\s?(?:(?:zijn|is|are|sont|est|blijven|blijft) )?(?:ook |altijd |"
                          r"helemaal |volledig |completely |always )?(?:gratis|kosteloos|free|"
                          r"gratuite?s?)\b")
# the public transport one may have to pay for oneself (read by every travel pattern below)
_VEHICLE = r"trein|bus|tram|metro"
_OWN_TRAVEL = re.compile(rf"\bzelf (?:je|jouw|uw) (?:{_VEHICLE}|reis|verplaatsing)\b|"
                         rf"\b(?:own |eigen |zelf (?:je |jouw |uw )?)(?:[a-z]+ |(?:bus|trein|tram)- (?:of|en) )?(?:{_VEHICLE}|"
                         r"train)?(?:ticket|tickets|kaartje|biljet|vervoer|transport|benzine|brandstof|"
                         r"carpool\w*|"
                         r"reis|verplaatsing|treinrit|busrit|travel|fare)\w*|"
                         # "Het busticket betaal je zelf"
                         rf"\b(?:{_VEHICLE}|train|de lijn)\w*(?:ticket|kaartje|biljet|rit|abonnement)\w*|"
                         # "de bus naar Brussel betaal je zelf"
                         rf"\b(?:de|het) (?:{_VEHICLE}|autocar|boot|veerpont)(?:reis|rit)?"
                         r"(?: (?:naar|tot|van|vanuit|terug)(?: [\w-]+){1,2})? (?:betaal je|betaalt u|betaalt "
                         r"iedereen|betalen we|betalen de deelnemers) (?:wel |dus |natuurlijk )?zelf\b")
# "Gratis fitness voor jobzoekers": an activity word between, for a low-income group only
# (not "gratis Nederlandse les voor nieuwkomers", whose newcomers are the whole audience)
_POOR_GROUP_AFTER = re.compile(r"\s[a-z-]{3,} (?:voor|for|pour) (?:de |alle |les |all )?(?:leefloners|"
                               r"mensen met een leefloon|werkzoekenden|werklozen|jobzoekers|jobseekers|"
                               r"kansengroepen|kansarmen|kansarme \w+|mensen in armoede|"
                               r"uitpas(?:houders)? met kansentarief|ocmw-?clienten)\b|"
                               # "Sportpas: gratis sporten met een leefloon"
                               r"\s[a-z-]{3,} (?:met|with|avec) (?:een |je |a |your |le )?(?:leefloon|"
                               r"uitkering|kansentarief|kansenpas|vrijetijdspas|statut bim|verhoogde tegemoetkoming)\b")
_SOCIAL_AUDIENCE = re.compile(r"^(?!.*\book voor\b).*\bvoor (?:\w+ ){0,2}?(?:gezinnen|mensen|personen|"
                              r"inwoners|ouders|kinderen|jongeren|volwassenen|senioren|families|vrouwen|mannen)"
                              r"(?: [\w-]+){0,2}? met (?:een |het |de )?(?:kansenpas\w*|kansenkaart\w*|leefloon|uitkering|"
                              r"vrijetijdspas|paspartoe|uitpas met kansentarief|kansentarief|verhoogde tegemoetkoming|"
                              r"laag inkomen|beperkt inkomen|krap budget|ocmw-?\w*)\b")
# "Ontvang je een leefloon? Dan kan je een sportpas aanvragen. Daarmee zwem je gratis": the
# sentence refers back to what the group obtains
_BACK_REFERENCE = re.compile(r"\W*(?:daarmee|met (?:die|deze|dat|dit|die|de|je|jouw) (?:pas|kaart|"
                             r"attest|bon|cheque|sportpas|vrijetijdspas))\b")
# ("Gratis toegang voor kinderen tot 12 jaar": the entry word may come between)
_GROUP_AFTER = re.compile(rf"\s?(?:(?:toegang|inkom|entree|deelname|entry|admission|access|acces)\s)?"
                          rf"(?:for|voor|pour|para|com|con)\s(?:de |the |les |alle |all |los |las |os |as )?(?:(?:{_GROUP}|{_PERSON_PLURAL}){_NOT_NON_MEMBERS}|"
                          r"(?:under|onder|below|moins de|jonger dan)(?: de| the)?[\s-]?\d{1,2}s?\b|-\s?\d{1,2}\b)")
# an option some take on top of the free activity: "Wie een eigen perceeltje wil, betaalt 15 euro"
_OWN_OPTION = re.compile(r"\bwie (?:ook |nog |daarnaast )?(?:een |z'n |zijn |haar )?(?:eigen|extra|"
                         r"aparte?|bijkomende?|prive)\b[^.;!?]{0,40}\b(?:wil|wilt|willen|wenst|"
                         r"huurt|neemt)\b")
# a place or equipment a title names ("Klein skatepark in Deurne", "Nieuwe beweegtoestellen"): what
# a standalone "Gratis te gebruiken." frees
_FACILITY_TITLE = re.compile(r"\w*park\b|\w*baan\b|\w*plein\w*|\w*toestel\w*|\w*terrein\w*|\w*tuin\b|\w*veld\b|"
                             r"\w*kooi\b|\w*muur\b|\w*zone\b|skate\w*|calisthenics\w*|fitness\w*|petanque\w*|"
                             r"\w*speelplaats\w*|\w*pleintje\b|\w*bos\b|\w*strand\b|\w*ruimte\b|\w*tafels?\b")
# "Toegang gratis. Wie meedoet aan de best-trick contest betaalt € 5 inleg": a side contest or
# game's entrants pay (not when the title names it: "Petanquetornooi … Publiek gratis")
_SIDE_ENTRY = re.compile(r"\bwie (?:mee ?doet|deelneemt|meespeelt|meeloopt|mee ?speelt) aan (?:de|het|een) "
                         r"([\w-]+)(?: ([\w-]+))?")


_OTHER_SESSION_FREE = re.compile(r"\b(?:info\w*|kennismaking\w*|introductie\w*|opendeur\w*|proefles\w*|"
                                 r"voorstelling van)\b")


def _side_entry(sentence: str, title: str) -> bool:
    m = _SIDE_ENTRY.search(sentence)
    return bool(m) and not any(w and len(w) > 3 and w in title for w in m.groups())


_ARRANGE_TRAVEL = re.compile(r"\b(?:je |u )?(?:zorgt|zorg) (?:wel |dus |ook )?zelf voor (?:je |jouw |het |eigen )?"
                             r"(?:vervoer|transport|verplaatsing)\b|\beigen vervoer (?:is )?(?:nodig|vereist|"
                             r"verplicht)\b|\b(?:own|your own) transport (?:is )?(?:needed|required)\b|"
                             # "wel zelf je treinticket betalen": the infinitive, without a fee rule
                             rf"\bzelf (?:je |jouw |uw |het |een )?(?:{_VEHICLE})?(?:ticket|kaartje|biljet|"
                             r"vervoer|rit)\w* (?:te )?(?:betalen|kopen|regelen|voorzien)\b|"
                             # "Je hebt zelf een bus- of treinticket nodig om tot aan het vertrekpunt te komen"
                             rf"\b(?:heb|hebt|heeft) (?:je |u )?(?:wel )?zelf (?:een |je |uw )?(?:(?:{_VEHICLE})- (?:of|en) )?"
                             rf"(?:{_VEHICLE})(?:ticket|kaartje|biljet|abonnement)\w* nodig\b|"
                             rf"\b(?:heb|hebt|heeft) (?:je |u )?(?:wel )?zelf (?:een |je |uw )?(?:ticket|kaartje|biljet|abonnement) "
                             rf"nodig (?:voor|om) (?:de |het )?(?:{_VEHICLE})\b|"
                             # "maar je koopt zelf je treinticket"
                             r"\b(?:koopt|koop|kopen) (?:je |u |jullie )?(?:wel |dus |ook )?zelf (?:je |jouw |uw |een |het )?"
                             rf"(?:{_VEHICLE})?(?:ticket|kaartje|biljet|abonnement)\w*|"
                             # "Treinticket zelf betalen", "Treinticket: zelf te betalen", "je busticket betaal je
                             # zelf", "De treintickets betalen de deelnemers zelf" (not "Het treinticket zelf
                             # wordt betaald", "Haal je treinticket zelf af")
                             rf"\b(?:{_VEHICLE})(?:ticket|kaartje|biljet)\w*(?: ?[:(] ?| (?:is |moet je |moeten jullie )?)(?:wel |dus |ook )?"
                             r"zelf (?:te )?(?:betalen|kopen|aan te kopen)\b|"
                             rf"\b(?:{_VEHICLE})(?:ticket|kaartje|biljet)\w* (?:betaal|koop) (?:je|u) (?:wel |dus |ook )?zelf\b|"
                             rf"\b(?:{_VEHICLE})(?:ticket|kaartje|biljet)\w* (?:betalen|kopen) (?:de deelnemers|jullie|we|wij) "
                             r"(?:wel |dus |ook )?zelf\b|"
                             # "vervoer zelf te regelen (trein tot Oostende)", "je vervoer regel je zelf
                             # met de trein": a fare, when a train or bus is named (not "Vervoer zelf
                             # te regelen." alone: one may walk or cycle)
                             r"\b(?:(?:vervoer|verplaatsing|reis)(?: naar (?:[\w-]+ ){0,2}?[\w-]+)?:? (?:is )?zelf (?:te )?regelen|"
                             r"(?:je|jouw|uw|het|de) (?:vervoer|verplaatsing|reis)(?: naar (?:[\w-]+ ){0,2}?[\w-]+)? "
                             r"regel(?:t|en)? (?:je|u|jullie) zelf|(?:vervoer|verplaatsing|reis) regelen (?:jullie|we|wij) zelf)\b"
                             # ("te voet, met de fiets of met de bus": the fare is optional)
                             r"(?![^.!?\n]{0,40}\b(?:te voet|fiets\w*|wandel\w*)\b)"
                             rf"(?=[^.!?\n]{{0,40}}\b(?:{_VEHICLE})\b)")
# "Eerste zondag gratis … (Andere dagen: € 5 / € 1 met kansentarief.)": another day's prices
# (three writers against one: v39-033, v51-058, v54-003; v18-069 relabelled)
_OTHER_DAYS = re.compile(r"\b(?:op )?andere (?:\w+)?dagen\b|\bde rest van het jaar\b|\bother days\b|"
                         r"\brest of the year\b|\bautres jours\b")
# "Eerste zondag gratis. De rest van de maand betaal je € 12": beside a free statement only (not
# "wie halverwege instapt, betaalt € 15 voor de rest van de maand")
_OTHER_PERIOD = re.compile(r"\bde rest van de (?:maand|week)\b|\b(?:op )?andere (?:weken|maanden)\b|"
                           r"\brest of the (?:month|week)\b|\ble reste du mois\b")


def _about_other_days(sentence: str, free: list) -> bool:
    """A sentence about another day's price (or, beside a free statement, another period's)."""
    return bool(_OTHER_DAYS.search(sentence) or free and _OTHER_PERIOD.search(sentence))
# "Ontvang je een leefloon?": a question naming a social group
_ASKS_GROUP = (rf"\b(?:ben|heb|krijg|woon|zit|bent|hebt|ontvang|ontvangt|geniet|val|valt) (?:je|u)\b[^.!?\n]{{0,60}}?"
               rf"{_SOCIAL}[^.!?\n]{{0,30}}\?")
# … with the free statement right after it ("… Dan is deelname gratis")
_GROUP_QUESTION = re.compile(_ASKS_GROUP + r"\s*(?:(?:dan|in dat geval) [^.!?\n]{0,60}|[^.!?\n]{0,12})$")
_GROUP_QUESTION_BEFORE = re.compile(_ASKS_GROUP)
# ("Wie een leefloon ontvangt, kan zijn fiets gratis laten herstellen": "wie" needs no "met")
_GROUP_SUBJECT = re.compile(rf"^\W*(?:(?:gezinnen|mensen|personen|inwoners|ouders|families|people|"
                            rf"those|residents|wie) (?:met|die|with|who|in|op|on)\b|wie\b)[^.!?\n]{{0,50}}?"
                            rf"{_SOCIAL}[^.!?\n]{{0,40}}?\b(?:kunnen|kan|mogen|mag|krijgen|krijgt|"
                            rf"ontvangen|can|may|get|receive)\b[^.!?\n]{{0,30}}$")
_EXPLAINED = re.compile(r"\b(?:legt|leggen|leg) (?:[\w']+ ){0,4}uit\b[^.!?\n]*\b(?:waarom|hoe|wanneer|wat|welke|"
                        r"of)\b[^.!?\n]{0,40}$|\b(?:explains?|explaining)\b[^.!?\n]*\b(?:why|how|when|"
                        r"what|whether)\b[^.!?\n]{0,40}$")


def _offered_before(texts, hit) -> bool:
    """A "free" in the list under "Wat bieden we?" (up to a blank line or four lines back)."""
    folded = texts[hit.field][1]
    # "Wat krijg je? Een gratis vorming, een verzekering …": the question on the same line
    if _OFFERED_INLINE.search(folded, folded.rfind("\n", 0, hit.start) + 1, hit.start) and \
            _RECRUITS.search(folded):
        return True
    lines = folded[:folded.rfind("\n", 0, hit.start) + 1].split("\n")[-6:-1]
    for line in reversed(lines):
        if not line.strip():
            return False
        if _OFFERED.search(line):
            return True
    return False


def _asked_not_stated(texts, hit) -> bool:
    """"Gratis?" as an exhibition's title states nothing (answered "Is it free? A: Yes!" it is a
    statement); "Gratis fietsherstelling? Nee, wij herstellen je fiets niet" is answered no."""
    after = texts[hit.field][1][hit.end:]
    if hit.rule.id == "cost.free" and after[:2].lstrip().startswith("?") and not re.match(
            r"\s?\?\s*(?:a\s?:\s*)?(?:ja|yes|oui|jazeker|yep|natuurlijk|of course)\b", after[:30]):
        return True
    if re.match(r"[^.!?\n]{0,40}\?\s*(?:a\s?:\s*)?(?:nee|neen|no|non|helaas niet)\b", after):
        return True
    # "Quelles formations gratuites chez VDAB ?", "Welke gratis activiteiten zijn er?": which free
    # things exist is a topic (not "Hoe schrijf je je in voor de gratis workshop?", a practical question)
    folded = texts[hit.field][1]
    lo = sentence_span(folded, hit.start, hit.end)[0]
    return bool(re.match(r"[^.!?\n]*\?", after) and _WHICH_QUESTION.match(folded, lo)
                and not re.search(r"[,;:]", folded[lo:hit.start]))


def _word_after(texts, hit) -> str | None:
    """The word a "gratis" hit frees: "gratis zwemmen" → "zwemmen"."""
    m = re.search(r"\b(?:gratis|free|gratuite?s?) ([a-z]{3,})\b", texts[hit.field][1][hit.start:hit.end + 40])
    return m.group(1) if m else None


def _freed_for_a_group(kinds, texts) -> set[str]:
    """What the text frees for a group only: the word after the "gratis" of a conditional hit
    or of a free thing whose sentence has a social group as its subject."""
    words = {_word_after(texts, h) for h in kinds.get("object", []) if _group_is_subject(texts, h)}
    # (a social group only: "voor wie voor 19u komt een gratis dessert" frees no headline)
    words |= {_word_after(texts, c) for c in kinds.get("conditional", [])
              if _SOCIAL_RE.search(_sentence_of(texts, c))}
    return words - {None, "voor", "for", "pour", "met", "with", "avec", "and", "en", "et"}


# "Met een attest leefloon betaal je niets": the group opens the sentence
_WITH_GROUP = re.compile(rf"^\W*(?:met|with|avec) (?:een |je |jouw |uw |an? |your )?(?:attest |bewijs |kaart )?"
                         rf"(?:van )?(?:een |de )?{_SOCIAL}|"
                         # "Voor cursisten van het CVO is deze uitstap gratis"
                         rf"^\W*(?:voor|for|pour) (?:de |alle |onze |les |the )?(?:{_SOCIAL}|leden|members|"
                         rf"abonnees|pashouders|houders)\b[^.!?\n]{{0,40}}\b(?:is|zijn|blijft|wordt|are|est)\b")


def _group_is_subject(texts, hit) -> bool:
    folded = texts[hit.field][1]
    lo = sentence_span(folded, hit.start, hit.start)[0]
    return bool(_GROUP_SUBJECT.search(folded, lo, hit.start) or _WITH_GROUP.match(folded[lo:hit.start]))


_HELP_WITH = re.compile(r"\b(?:we |wij |ze |zij |die )?(?:helpen|helpt|help|hulp bij|ondersteunen|"
                        r"begeleiden|uitleg over|"
                        r"info(?:rmatie)? over|vragen over|questions about)\b")
# "Koffie en taart voor een vrije bijdrage": a treat opens the sentence
_TREAT_OPENING = re.compile(r"\W*(?:[\w-]+ ){0,2}?(?:koffie|thee|drank\w*|drankje|soep|hapje\w*|snack\w*|"
                            r"taart\w*|koek\w*|cake|gebak|wafels?|pannenkoek\w*|ijsjes?|coffee|tea|"
                            r"drinks?|cafe)\b")
# what one must own to take part ("je hebt een visvergunning nodig", "you will need a bike"), not
# a booking obligation
_NEEDED = (r"\bheb(?:t|ben)? (?:wel )?(?!(?:niets|niks|geen)\b)(?:een |je |jouw |uw )?(?:\w+ ){0,4}nodig\b|"
           r"\bmoet je (?:\w+ ){0,3}(?:hebben|kopen|aanschaffen)\b|\byou (?:will )?need (?:a |an |your )?\w+|"
           # "Om deel te nemen moet je lid zijn van de bib (volwassenen 6 euro per jaar)": another
           # membership one must hold, like a licence
           # (not "geen lidmaatschap nodig", nor a membership that is itself free)
           r"\b(?:moet (?:je|u)|(?:je|u) moet) (?!(?:\w+ )?(?:geen|niet)\b)(?:\w+ ){0,2}lid zijn\b"
           r"(?![^.;!?\n]{0,40}\b(?:gratis|kosteloos)\b)|(?<!geen )\blidmaatschap (?:is )?(?:vereist|verplicht|nodig)\b|"
           # "потрібна ліцензія на риболовлю", "нужна лицензия"
           r"(?<!не )\b(?:потрібн|необхідн|нужн|необходим)\w*|"
           r"\bil (?:vous )?faut (?:un |une |votre )?\w+|\bbesoin d'une? ")
_REQUIRED_THING = re.compile(_NEEDED + r"|"
                             # "een koptelefoon huren kost € 3 (verplicht)"
                             # ("busrit € 8, verplicht" in brackets after the amount too)
                             r"\(\s?(?:[^()]{0,30}[,;]\s?)?(?:verplicht|mandatory|required|compulsory|obligatoire)\s?\)|"
                             r"\b(?:huren|huur|aankopen|aankoop|kopen) (?:is )?verplicht\b|"
                             r"\b\w*(?:vergunning|licentie)\w*\b|"
                             r"\b(?:vis|jacht)verlof\b")
# "vervoer met de bus van de vereniging (2 euro)": the trip there, priced in brackets
_TRAVEL = rf"(?:{_VEHICLE}|vervoer|busvervoer|autocar|busje|treinrit|busrit|(?:fiets)?veer\w*|pont|carpool\w*|samenrit\w*)"
# ("Treinticket zelf te betalen (heen en terug ongeveer € 9)": the brackets may say more first)
_TRAVEL_PRICED = re.compile(rf"\b{_TRAVEL}(?:tickets?|kaartjes?|biljet)?\b[^.;!?\n()]{{0,50}}\([^()\n]{{0,40}}$|"
                            # "Participation is free; the carpool costs €5 per passenger"
                            rf"\b{_TRAVEL}\b[^.;!?\n()]{{0,25}}? (?:costs?|kost|kosten|bedraagt)\s*$")
# "je hebt wel een geldig visverlof nodig (zelf te betalen)": a required thing one pays oneself
# ("… een geldig visverlof nodig (te koop bij het postkantoor)": sold in a shop, bought by each)
_PAID_ONESELF = re.compile(r"\bzelf te betalen\b|\bop eigen kosten\b|\b(?:betaal|koop) je (?:die |dat |het |deze )?zelf\b|"
                           r"\bte koop (?:bij|in|op) (?:de|het|een|elke|alle)\b")
# "Gratis rondleiding, trein zelf te betalen": the trip there, paid by each (not a drink on the way)
_TRAVEL_ONESELF = re.compile(rf"\b{_TRAVEL}\w*(?: [\w-]+){{0,3}}? (?:is |wordt |zijn |worden )?(?:zelf te betalen|"
                             r"op eigen kosten|voor eigen rekening)\b|"
                             # Turkish: "Otobüs bileti kendi cebinizden"
                             r"\b(?:otobus|tren|tramvay|metro|bilet)\w*(?: [\w-]+){0,3}? (?:kendi cebinizden|kendiniz "
                             r"(?:odersiniz|kars[iı]lars[iı]n[iı]z)|kat[iı]l[iı]mc[iı]lara aittir)\b")
# a cost the organiser pays back ("Transport costs (bus ticket) are reimbursed")
_PAID_BACK = re.compile(r"\b(?:are|is|will be|get|gets) (?:fully |also )?(?:reimbursed|refunded|paid back)\b|"
                        r"\b(?:wordt|worden) (?:volledig |ook )?(?:terugbetaald|vergoed)\b|"
                        r"\b(?:sont|est|seront|sera) (?:entierement )?rembourse")
# what makes a refund not everyone's: a condition, a cap, one group, another payer
_REFUND_LIMIT = re.compile(r"\b(?:als|indien|if|si|only|enkel|alleen|seulement|voor wie|for those|pour ceux|budget|"
                           r"tot maximum|maximum|max\.?|up to|jusqu'a|werkgever|employer|employeur|annul\w*|cancel\w*|"
                           r"students|studenten|etudiants|low income|laag inkomen)\b")
_TRAVEL_WORD = re.compile(rf"\b(?:{_TRAVEL}|transport|travel|train|reis|transports? en commun|deplacement)\w*|"
                          rf"\b\w*(?:{_VEHICLE})ticket")


def _paid_back(sentence: str) -> bool:
    """"Transport costs (bus ticket) are reimbursed": a travel ticket the organiser pays back to
    everyone (not "Tickets worden terugbetaald als het concert niet doorgaat", nor "… als je een
    kansenpas hebt", "… tot maximum € 5", "… door je werkgever")."""
    return bool(_PAID_BACK.search(sentence) and _TRAVEL_WORD.search(sentence) and not _REFUND_LIMIT.search(sentence)
                and not _SOCIAL_RE.search(sentence))


# "je betaalt zelf je licentie bij de bond", "chacun paie son propre billet de train": a ticket,
# entry, licence or journey each participant must pay for oneself — beside a free statement
# neither free nor this listing's price (a drink one buys oneself stays an optional extra)
_OWN_THING = (r"(?:[a-z]+-)?(?:\w*ticket\w*|\w*kaartje|toegang\w*|inkom|entree|\w*licentie\w*|\w*vergunning\w*|"
              r"(?:vis|jacht)verlof|trein\w*|bus\w*|tram\w*|vervoer|"
              r"billets?|entrees?|licences?|permis|transport|tickets?|train|entry|fare|licen[cs]es?|"
              r"квит\w*|билет\w*|проїзд\w*|проезд\w*|вхід\w*|вход\w*)")
# the amount right after one's own materials in its sentence: "je koopt zelf je materiaal (ongeveer
# € 30)", "Verf koop je zelf, reken op € 25"
_OWN_MATERIALS_BEFORE = re.compile(
    rf"(?:\b(?:je koopt|koop je|u koopt|koopt u) (?:wel |dus |ook )?zelf (?:je |jouw |uw |het |de )?(?:eigen )?"
    rf"{_MATERIALS}|\b{_MATERIALS} (?:koop je|koopt u|koopt iedereen) (?:wel |dus |ook )?zelf|"
    # "je koopt het boek zelf (ongeveer € 10)" at a reading club: the book it reads
    rf"\b(?:je koopt|koop je|u koopt|koopt u) (?:het|de|je|jouw|uw) (?:\w*boek|\w*boeken|{_MATERIALS}) (?:wel |dus |ook )?zelf)"
    r"\b[^.!?\n€\d]{0,80}$")
_PAYS_OWN = re.compile(
    r"\b(?:je betaalt|betaal je|u betaalt|betaalt u|betaalt iedereen|iedereen betaalt|betalen de deelnemers|"
    r"deelnemers betalen|betaalt elke deelnemer|elke deelnemer betaalt|ieder betaalt|iedereen koopt)"
    # ("je betaalt enkel je treinticket", "je betaalt zelf de licentie", "je betaalt wel de toegang
    # tot het domein"; not "je betaalt een ticket", "je betaalt enkel de verzekering")
    r"(?: (?:wel|enkel|alleen|nog|dus|natuurlijk))*(?: zelf (?:voor )?(?:je |jouw |uw |het |de |zijn |z'n |haar |hun )?|"
    r" (?:je|jouw|uw|zijn|z'n|haar|hun) |"
    r" de (?=(?:toegang|inkom|entree)\w* (?:tot|van|in|voor) (?:het|de)\b))(?:eigen )?"
    rf"{_OWN_THING}\b|"
    rf"\b(?:de |het |je |jouw |uw )?{_OWN_THING}(?: [\w-]+){{0,4}}? (?:betaal je|betaalt u|betaalt iedereen) "
    r"(?:wel |dus |natuurlijk |nog )?zelf\b|"
    rf"\b(?:chacun|chacune|chaque participant|vous|on) (?:paie|paye|payez|payent) (?:son|sa|ses|votre|vos) "
    rf"(?:propres? )?{_OWN_THING}\b|\byou pay (?:for )?your own {_OWN_THING}\b|"
    # ("drinks at your own cost" is an optional extra: the thing must be one the trip requires)
    rf"\b{_OWN_THING}\b(?:(?! - )[^.;!?\n,]){{0,30}}?(?:\bat your own (?:cost|expense)\b|\ba (?:vos|ses|leurs) (?:propres )?"
    rf"frais\b)|\b{_OWN_THING}[^.;!?\n,]{{0,30}}?\bза (?:власний|свій|свой) (?:рахунок|сч[её]т)\b")
# a third party's licence or permit one needs, priced right after it: "je hebt een visvergunning
# nodig (€ 16)" (not "Lidgeld € 120 (inclusief verzekering en licentie)", nor "Inschrijving
# renners: € 8 (je hebt een licentie nodig)")
_LICENCE_BEFORE = re.compile(r"\b(?:\w*(?:vergunning|licentie)\w*|(?:vis|jacht)verlof|licen[cs]es?|permis|ліцензі\w*|лицензи\w*)\b"
                             r"[^.;!?\n€\d]{0,30}$")
# "het boek koop je zelf", "verf en penselen koop je zelf": a thing the activity needs, bought by
# each (not "drankjes koop je zelf onderweg", "je lunch koop je zelf": food and drink are extras)
_BOUGHT_ONESELF = re.compile(r"\b([a-z]+)(?: (?:en|of) ([a-z]+))? (?:koop je|koopt u|koop jij|koopt iedereen) "
                             r"(?:die |dat |het |deze )?zelf\b|\byou buy (?:the |your )?([a-z]+)(?: and ([a-z]+))? yourself\b")
_CONSUMED = (rf"{_DRINK}|consumpties?|frisdrank\w*|bier|wijn|eten|drinken|brood|beleg|popcorn|chips|fruit|water|pizza|"
             r"lunch\w*|middagmaal|maaltijd\w*|picknick\w*|"
             r"snacks?|hapjes?|ijsjes?|broodjes?|frietjes?|snoep\w*|versnapering\w*|wafels?|taart\w*|gebak|koek\w*|"
             r"souvenirs?|cadeau\w*|drinks?|food|meals?|die|dat|deze|de|het|je|jouw|uw|een|the|your|that|it")
# ("Niemand is verplicht om een drankje te nemen": the obligation denied)
_NEGATED_BEFORE = re.compile(r"\b(?:niet|geen|niemand|nooit|geenszins|nergens|hoeft|hoef)\b")
# "Gratis – consumptie verplicht": a purchase one cannot skip
_REQUIRED_PURCHASE = re.compile(r"\b(?:consumptie|drankje|drank)\w* (?:is |zijn )?verplicht\b|\bverplichte consumptie\w*|"
                                r"\bminimum ?consumptie\b|\bconsumptieplicht\b|\b(?:purchase|drink) (?:is )?(?:required|"
                                r"mandatory|compulsory)\b|\bconsommation obligatoire\b|"
                                # "wel verplicht één consumptie", "je bent verplicht een drankje te nemen"
                                r"\bverplicht (?:om )?(?:minstens |minimum )?(?:een|1) (?:consumptie|drankje|drank)\w*|"
                                r"\bverplicht (?:om )?(?:een |iets )(?:consumptie |drankje )?te (?:nemen|drinken|kopen|"
                                r"bestellen|consumeren)\b")
# ("Gratis toegang voor nieuwkomers" frees a group's entry: no activity named)
_ENTRY_WORD = re.compile(rf"{_TAKING_PART}|entree|admission|entry|access|acces")
_PARTICIPANTS_OF = re.compile(r"\b(?:deelnemers|deelneemsters|participants) (?:aan|van|of) (?:het |de |ons |onze |the |our )?(.+)$")
# ("Gratis muziekworkshop voor jongeren van 12 tot 18 jaar uit de OKAN-klassen": its audience too)
# ("Gratis taalles voor mensen met tijdelijke bescherming"; not "voor alleenstaande moeders en nieuwkomers":
# a second group)
_NEWCOMER_ACTIVITY = re.compile(r"(?:gratis|kosteloze?|free|gratuite?) ([a-z]{3,20}) (?:voor|for|pour) (?:de |alle |les )?"
                                r"(?:(?:jongeren|kinderen|leerlingen|meisjes|jongens|tieners|vrouwen|mannen|ouders)"
                                r"(?: van \d{1,2} tot \d{1,2}(?: jaar)?)? (?:uit|van|in)(?: de| het)? )?"
                                # ("voor (alle) volwassen anderstalige nieuwkomers": words of their own)
                                r"(?:(?!en |of |and |or )[a-z]+ ){0,2}(?:nieuwkomers|newcomers|anderstaligen|primo-arrivants|okan|"
                                r"(?:mensen |personen |gezinnen )?met tijdelijke bescherming)$")
# "De infosessie is gratis; de opleiding zelf kost € 250": at an information session, the
# price of what it informs about (a course, a procedure) is not the session's
_SESSION_TITLE = re.compile(r"\binfo(?:moment|sessie|avond|namiddag|session)s?\b|\binformatie(?:sessie|avond|moment|"
                            r"bijeenkomst)\b|\binformation (?:session|evening|meeting)\b|\bseance d'information\b|"
                            r"інформаційн\w* зустріч\w*|информационн\w* встреч\w*")
_GROUP_PURCHASE = re.compile(r"\b(?:samen|groeps)aankoop\w*|\bgroup (?:purchase|buying)\b|\bachat group\w*")
# an evening that presents or explains ("Ouderavond", "Infoavond zomerkamp"), and the verbs
# that make a fee one of its topics
_EVENING_TITLE = re.compile(_SESSION_TITLE.pattern + r"|\b(?:ouder|kennismakings)(?:avond|moment|sessie|namiddag)\w*|"
                            r"\bouderbijeenkomst\w*")
_PRESENTED = re.compile(r"\b(?:leggen|legt|leg) (?:\w+ )?uit\b|\buitleg over\b|\bstellen (?:we |wij )?[^.!?\n]{0,60}\bvoor\b|"
                        r"\bvertellen (?:we |wij )?(?:je |jullie |u )?(?:alles |meer )?over\b|\binfo(?:rmatie)? over\b")
# (the free statement about the session or its entry: not "het cursusmateriaal is gratis")
_SESSION_WORD = re.compile(r"\b(?:info\w*|sessie|session|bijeenkomst|toegang|deelname|inkom|entree|entry|admission|"
                           r"зустріч\w*|встреч\w*|вхід|вход|seance)\b")
def _about_a_session(texts, free) -> bool:
    """An information session's title and a free statement about the session or its entry."""
    return bool(free) and bool(_SESSION_TITLE.search(texts.get("title", ("", ""))[1])) and any(
        _SESSION_WORD.search(_sentence_of(texts, h)) for h in free)


_ITSELF_COSTS = re.compile(r"\b[a-z]+ (?:zelf|op zich) kost\b|\b[a-z]+ itself costs\b|\b[a-z]+ (?:elle|lui)-meme coute\b|"
                           r"\bсам[аоіе]? \w+ (?:коштує|коштують|стоит|стоят)\b|"
                           # "Het inschrijvingsgeld voor de lessen is 1,50 euro per lesuur"
                           r"\b(?:inschrijvingsgeld|lesgeld|cursusgeld|kostprijs|prijs)\b (?:voor|van) (?:de|het) "
                           r"(?:lessen|les|cursus|cursussen|opleiding|reeks|traject|procedure|aanvraag)\b")
# "je krijgt korting bij de lokale sportwinkel": a shop's discount, not a reduced rate here
_SHOP_DISCOUNT = re.compile(r"\b(?:korting|discount|reduction)\b[^.;!?\n]{0,30}?\b(?:bij|in|at|chez) (?:de |het |een |onze |the |a |"
                            r"la |le )?(?:lokale |local )?\w*(?:winkel|shop|store|zaak|magasin|boutique)\b|"
                            r"\b\w*(?:winkel|shop|store|zaak|magasin) (?:geeft|gives|offers|biedt|accorde) "
                            r"[^.;!?\n]{0,20}?(?:korting|discount|reduction)\b")
_POINTS_ELSEWHERE = re.compile(r"(?: (?:en|of) (?:de |het )?[a-z]+)?\s?[:=-]?\s?(?:zie|see|voir)\b")
_INFO_TITLE = re.compile(r"\binfo(?:moment|sessie|avond|namiddag|dag|session)?\b|\binformatie\w*")
# ("Kom te weten hoe de gratis vrijwilligersverzekering werkt": what it is about, further on)
_ABOUT_OPENING = re.compile(r"\W*[\w' ]{0,40}?\b(?:hoe|how|comment) (?:de|het|een|je|the|a|le|la|les) |"
                            r"\W*[\w' ]{0,40}?\b(?:over|about|sur) (?:de|het|the|le|la|les) |"
                            r"\W*(?:informatie|info|uitleg|information|infos?) (?:over|rond|about|on|sur) "
                            r"(?:de |het |the |la |le |les )?")
_WHICH_QUESTION = re.compile(r"\W*(?:welke?|which|what|quel(?:le)?s?|waar vind je|where (?:can you find|to find)|"
                             r"zijn er|are there|existe-t-il|y a-t-il)\b")
_WH_QUESTION = re.compile(r"\W*(?:wat|hoe|hoeveel|waar|wanneer|welke?|what|how|where|comment|combien|quand|quel\w*)\b")
# (the question's answer: "…? Vraag dan een tussenkomst aan bij het OCMW")
_ASK_HELP = re.compile(r"[^.!?\n]*\?\s*(?:dan )?(?:vraag|vraagt|contacteer|neem contact)[^.!?\n]{0,50}?"
                       r"\b(?:tussenkomst|steun|hulp|tegemoetkoming|premie|ocmw|sociale dienst)\b")
# (a lower price named in the answer: "… dan betaal je € 30", "je betaalt dan 20%"; unlike
# _NAMED_PRICE, no bare digit: a date or a phone number in the answer names no price)
_ANSWER_PRICE = re.compile(r"€|\beuro\b|%|\b(?:betaal|betaalt)\b|\bgratis\b|\bkorting\b|\bgoedkoper\b|\bminder\b")


_NAMED_PRICE = re.compile(r"€|\beur|\d|gratis|free|kosteloos|korting|goedkoper|minder|procent|%")
