"""Cost: the amounts of money in a text (digits, "€", "eur", the euro in other scripts) and the
class of the qualifier beside each (adult, child, reduced, a group or a card, a past or suggested
price, a vendor's fee, money received or a thing's price, whether it is an optional extra), with
the regexes that tell them apart; ``word_number`` reads a number written in words.
"""
from __future__ import annotations

import re

from enrich.rules.cost import _ROMANCE_SNACK
from enrich.rules.cues import ROMANCE_MEMBERS
from enrich.text import SENTENCE_BREAK, sentence_span

# -- amounts --------------------------------------------------------------------------------
_UNITS = {"een": 1, "eén": 1, "one": 1, "un": 1, "une": 1, "twee": 2, "two": 2, "deux": 2,
          "drie": 3, "three": 3, "trois": 3, "vier": 4, "four": 4, "quatre": 4, "vijf": 5,
          "five": 5, "cinq": 5, "zes": 6, "six": 6, "zeven": 7, "seven": 7, "sept": 7,
          "acht": 8, "eight": 8, "huit": 8, "negen": 9, "nine": 9, "neuf": 9}
_TEENS = {"tien": 10, "ten": 10, "dix": 10, "elf": 11, "eleven": 11, "onze": 11, "twaalf": 12,
          "twelve": 12, "douze": 12, "dertien": 13, "veertien": 14, "vijftien": 15,
          "zestien": 16, "zeventien": 17, "achttien": 18, "negentien": 19, "fifteen": 15,
          "quinze": 15}
_TENS = {"twintig": 20, "twenty": 20, "vingt": 20, "dertig": 30, "thirty": 30, "trente": 30,
         "veertig": 40, "forty": 40, "quarante": 40, "vijftig": 50, "fifty": 50,
         "cinquante": 50, "zestig": 60, "zeventig": 70, "tachtig": 80, "negentig": 90,
         "honderd": 100, "hundred": 100, "cent": 100}
_ALT = lambda words: "|".join(sorted(words, key=len, reverse=True))  # noqa: E731
# "zeven", "vijftien", "twintig", "vijfentwintig", "tweeentwintig", "twenty-five", "vingt-cinq"
_WORD_NUMBER = (rf"(?:(?:{_ALT(_UNITS)})e?n(?:{_ALT(_TENS)})|(?:{_ALT(_TENS)})(?:[- ](?:{_ALT(_UNITS)}))?"
                rf"|{_ALT(_TEENS)}|{_ALT(_UNITS)}|nul|zero)")
# "€1.500" is fifteen hundred (a dot before three digits groups thousands)
_NUMBER = r"(\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?(?![\d.])|\d{1,4}(?:[.,]\d{1,2})?)"
# Ukrainian, Russian, Belarusian; Persian, Arabic (\d also reads ۵۰); Chinese, Japanese, Korean, Thai
# (each with its own end: "5ユーロです", "10유로입니다" run on without a space)
_EURO_SCRIPTS = r"(?:евро|євро|еўра|یورو|يورو)\b|(?:欧元|歐元|欧(?![洲盟美])|ユーロ|유로|ยูโร)(?![0-9a-z])"
_AMOUNT = re.compile(
    rf"(?:€|\beur(?:o|os)?\b)\s?{_NUMBER}(?:,-)?"
    # (a number right after a letter of another script — "门票10欧元", "학기당120유로" — but not after
    # a Latin, Greek, Cyrillic or Arabic letter: "A2", Greek "Α2", Arabic "و10" are read as before)
    rf"|(?<![0-9a-z_.,\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0370-\u03ff\u0400-\u04ff\u0600-\u06ff]){_NUMBER}"
    rf"(?:,-)?\s?(?:€|euro?s?\b|eur\b|{_EURO_SCRIPTS})"
    rf"|\b({_WORD_NUMBER}) (?:euro?s?|eur)\b")
# "2,-" (Flemish for two euros), scanned only in texts that contain ",-"
_AMOUNT_DASH = re.compile(r"(?<![\w.,])(\d{1,4}),-(?![\w-])")


def _to_float(number: str) -> float:
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?", number):
        number = number.replace(".", "")
    return float(number.replace(",", "."))


def word_number(text: str) -> float:
    """The value of a number written in words (Dutch, English or French), up to 100."""
    text = text.replace("-", " ").strip()
    if text in ("nul", "zero"):
        return 0.0
    for table in (_UNITS, _TEENS, _TENS):
        if text in table:
            return float(table[text])
    for tens, tv in _TENS.items():
        if text.startswith(tens + " "):
            return float(tv + _UNITS[text[len(tens) + 1:]])
        if text.endswith("n" + tens) or text.endswith("en" + tens):
            unit = text[: -len(tens)]
            unit = unit[:-2] if unit.endswith("en") and unit[:-2] in _UNITS else unit[:-1]
            return float(tv + _UNITS[unit])
    raise ValueError(text)
# a period before a space ends a segment, except in dot leaders ("Volwassenen ........ € 12")
# and abbreviations ("kinderen t.e.m. 12 j.", "p.p.")
# (" - " splits a list of prices; in Ukrainian and Russian "label — 5 євро" is one price)
_SEGMENT_SPLIT = re.compile(r"[;\n|()]|(?<!\.)(?<![\s.][a-z])(?<!\s)\.(?=\s|$)\s*|,(?!\d)\s*|\s/\s|"
                            # ("Для студентів — 15 €": a Cyrillic label and its amount)
                            rf"(?<![\u0400-\u04ff])\s-\s(?!\d+(?:,\d+)? (?:{_EURO_SCRIPTS}))|"
                            r"\bof\b(?=\s(?:€|\d|[a-z]+\s(?:€|\d)))|"
                            r"\s(?:en|and|et)\s(?!met\b)(?=€|\d|(?:[\w+-]+\s){0,3}?[\w+-]+\s?[:=]?\s?(?:€|\d))")
# a refundable deposit is no price ("een waarborg van €10 die je terugkrijgt"), nor money one
# receives ("je kan tot €1.500 premie terugkrijgen", "subsidies (tot € 250 per feest)")
_RECEIVED = re.compile(r"\bwaarborg\w*|\bdeposit\b|\bcaution\b|\bterug ?krijg\w*|\bterugbetaald\b|押金|보증금|デポジット|"
                       r"\bpremies?\b|\bsubsidies?\b|\bterugbetaling\w*|\b\w+budget\b|"
                       r"\bprijzengeld\b|\bte winnen\b|"
                       # "je krijgt er € 4,10 per gewerkt uur bij": money one receives
                       r"\bje krijgt\b|\bkrijg je\b|\bje ontvangt\b|\bontvang je\b|\bper gewerkt uur\b|"
                       # "De wijk krijgt 5.000 euro van de stad", "Jullie straat kan tot 2.500 euro
                       # krijgen" (not "Voor 10 euro krijgen deelnemers een rondleiding": a price)
                       r"\b(?:wijk|buurt|straat|project|vereniging|school|organisatie|initiatief)\w* "
                       r"(?:(?:kan|kunnen) (?:tot |maximaal )?(?:€ ?)?[\d.]+ (?:euro )?(?:krijgen|ontvangen)|"
                       r"(?:krijgt|ontvangt|krijgen|ontvangen) (?:tot |maximaal |ongeveer )?(?:€ ?)?[\d.]+)|"
                       # "Je verdient 90 euro per dag", "Verloning: € 14 per uur": a job's pay
                       r"\b(?:je verdient|verdien je|u verdient|you(?:'ll| will)? earn|verloning|uurloon|brutoloon|"
                       r"nettoloon|dagloon|salaris|salary|wages?)\b|"
                       # "Zakgeld: maximum € 10": what a child takes along to spend
                       # (not "€ 150 inclusief zakgeld": included in the price)
                       r"(?<!inclusief )(?<!incl\. )(?<!incl )\b(?:zakgeld|pocket money|argent de poche)\b"
                       r"(?! (?:inbegrepen|inclus|included))")


_QUALIFIERS = (
    # a previous edition's price is not this one's ("prijs nog te bepalen (vorig jaar €15)")
    # ("Normaal kost een dagticket € 32, maar op deze dag is het gratis": the usual price)
    ("past", re.compile(r"\bnormaal (?:gezien )?(?:kost|betaal)\w*|\bnormally (?:costs?|pay)\b|"

                        r"\bvorig(?:e)? (?:jaar|editie|seizoen)|\bvroeger\b|^\s*was\b|\bvoorheen\b|\blast (?:year|edition|"
                        r"season)|\bl'an (?:dernier|passe)|\bl'annee (?:derniere|passee)")),
    ("object", _RECEIVED),
    # an amount suggested for a pay-what-you-want contribution is no price
    ("pwyw", re.compile(r"richtprijs|richtbedrag|suggested|suggest|suggestie|sugerid[oa]|suggerit[oa]|prix (?:indicatif|conseille)|"
                        # (a bare "внесок"/"взнос" is a fee: "Членський внесок — 10 € на місяць")
                        r"vrije bijdrage|vrijwillige bijdrage|donatie|donation|(?:добровільн|вільн)\w* внес\w*|"
                        r"(?:добровольн|свободн)\w* взнос\w*|пожертв\w*|внесок за бажанням|взнос по желанию")),
    # what volunteers receive is no price
    ("vendor", re.compile(r"vergoeding|allowance|reimburse\w*|defraiement|indemnite")),
    ("vendor", re.compile(r"standgeld|standplaats|standhouder|verkoopstand|kraam|marktkramer|verkopers?\b|"
                          r"exposanten|standhuur|plaatsgeld|stallholder|exhibitor|vendor|"
                          r"traders|exposants|emplacement|per (?:\d+ ?)?(?:stand|tafel|meter|m)\b")),
    ("reduced", re.compile(r"学生|學生|长者|長者|シニア|학생|경로|นักเรียน|นักศึกษา|"
                           r"kansentarief|kansenpas|kansenkaart|uitpas|korting|reductie|sociaal tarief|"
                           r"verminderd|reduced|reduit|social|concession|studenten|students|studentenkaart|"
                           r"student (?:card|price|rate|tarief)|(?<!een )(?<!door )(?<!by a )\bstudent(?=\s?[?:)€\d])|\(student\b|"
                           r"\b2[5-9]-(?=\s?[:=€])|студент\w*|"
                           r"senioren|(?<![€\d.,])(?<![€\d.,] )\b(?:55|60|65)\+|met een (?:handicap|beperking)|mindervaliden|\b(?:55|60|65)[- ]?plus\w*|werkzoekend|leefloon|verhoogde tegemoetkoming|omnio|"
                           r"\b[kv]t\b|\bbim\b|intervention majoree|vrijetijdspas|tarif social|etudiants?|seniors?|job ?seekers?|demandeurs? "
                           r"d'emploi|laag inkomen|beperkt inkomen|klein budget|low income|ocmw|"
                           r"sociaal huis|cpas|-2[5-9]\b|gepensioneerden|kansen|paspartoe|"
                           r"artikel 27|article 27|nieuwkomers|newcomers|primo-arrivants|inburger\w*|"
                           r"integratietraject\w*|integration (?:trajectory|programme|program)|"
                           r"benefits|leefloners|werklozen|chomeurs|groepsprijs nieuwkomers|"
                           r"(?:\b(?:under|onder(?: de)?|jonger dan|moins de|tot(?: en met)?|t/m) |<) ?2[5-9]\b"
                           r"(?! ?(?:km|kg|m|cm|min|minuten|personen|deelnemers|plaatsen|kinderen|stuks)\b)|"
                           r"\b1[6-9] ?(?:tot(?: en met)?|t/m|-) ?2[4-9](?: ?(?:jaar|j)\b)?|cursisten|"
                           # Ukrainian and Russian: a concession rate, a discount, low incomes,
                           # pensioners, "до 26 років"
                           r"пільгов|льготн|знижк|скидк|низьк\w* доход\w*|низк\w* доход\w*|малозабезпечен\w*|"
                           r"малоимущ\w*|пенсіонер\w*|пенсионер\w*|до 2[5-9] (?:років|лет)")),
    # a card for several visits is not the single price ("kaart voor 10 ritten 15 euro")
    ("group", re.compile(r"\bper (?:groep|group|groupe)\b|\bpar groupe\b")),
    ("card", re.compile(r"\bgroep(?:en|starief|sprijs)\b|\bgroups?(?: rate)?\b|"
                        r"\btarif (?:de )?groupe\b|\d+ ?[- ]?(?:beurten|ritten|lessen|sessies|keer|visits?|classes|"
                        r"sessions?)(?:kaart|card)?\b|\b(?:beurten|ritten|lessen|abonnements?)kaart|"
                        r"\bkaart voor \d+|\bcard (?:for|of) \d+|\bcarte (?:de|pour) \d+|"
                        r"\bbeurtenkaart\b")),
    # a sibling tier is neither the regular price nor a reduced rate
    ("child", re.compile(r"broers?|zussen|zusjes|broertjes|zusje|broertje|tweede kind|"
                         r"siblings?|freres|soeurs|gezinskorting|irmaos|hermanos|fratelli|друг(?:ої|ого|ая|ую) (?:дитини|ребенка|ребёнка)|"
                         r"братів (?:і|та|й) сестер|братьев (?:и )?сест[её]р")),
    ("child", re.compile(r"kinderen|kind\b|kinder\w+|kids|kleuters|peuters|jongeren|tieners|"
                         r"leerlingen|jeugd|junior|baby|children|child\b|enfants|enfant\b|"
                         # ("-12 € 5", not the dash of "для студентів - 15 €")
                         r"(?:-\d{1,2}|(?<!\s)-\s\d{1,2})(?:j|jr)?\b|onder de \d+|(?:tot|t/m|tot en met) \d+ ?(?:jaar|j\b)|"
                         r"jonger dan|under \d+|moins de \d+|< ?\d+|\d+ ?-?jarigen|"
                         r"\bдіт\w*|\bдит(?:ина|ини|ину|ячий)\b|\bдет(?:и|ей|ям)\b|"
                         # Polish, Bulgarian, Romanian
                         r"\bdzieci\b|\bdziecko\b|\bдеца\b|\bдецата\b|\bдете\b|\bcopii\b|\bcopil\b|"
                         # Spanish, Portuguese, Italian: "bambini sotto i 10 anni 15 €"
                         r"\bninos\b|\bninas\b|\bcriancas\b|\bmenores\b|\bbambini\b|\bragazzi\b|\bsotto i \d+")),
    # Chinese, Japanese, Korean, Thai: children and members (no word boundaries in those scripts)
    ("child", re.compile(r"儿童|兒童|小朋友|孩子|子供|子ども|こども|小学生|中学生|幼児|어린이|아동|초등학생|유아|เด็ก|"
                         r"(?<!非)会员|(?<!非)會員|(?<!非)会員|(?<!비)회원|(?<!ไม่ใช่)สมาชิก")),
    ("child", re.compile(r"(?<!niet-)(?<!non-)(?<!niet )(?<!non )\b(?:leden|members|membres|"
                         rf"abonnees|{ROMANCE_MEMBERS})\b")),
    ("adult", re.compile(r"成人|大人|一般|非会员|非會員|非会員|비회원|ไม่ใช่สมาชิก|성인|어른|ผู้ใหญ่|"
                         r"volwassenen|volwassene|adults?|adultes?|per persoon|p\.p\.|por persona|por pessoa|"
                         r"a persona|per persona|adultos|adulti|"
                         r"niet-leden|niet leden|non-members?|non-membres|standaard|normaal tarief|basistarief|"
                         r"gewoon tarief|inkom|deelname|lidgeld|abonnement|lidmaatschap|membership|"
                         r"дорослі|дорослих|взрослые|взрослых|"
                         r"per (?:les|keer|sessie|jaar|maand)")),
)


_QUALIFIERS_BY_CLASS = {cls: pattern for cls, pattern in reversed(_QUALIFIERS)}
# consumables: an amount for them alone is no participation price (unless included)
_OBJECT_AMOUNT = re.compile(r"\b(?:koffie|thee|drank\w*|consumpties?|frisdrank\w*|ijsjes?|pint\w*|"
                            r"glas wijn|glaasje|"
                            r"stuk(?:je)? (?:taart|gebak|cake)|portie\w*|bolletjes?|"
                            r"bier|drinks?|coffee|tea|boissons?|parking|parkeren|broodjes?|croques?|"
                            r"hotdogs?|wafels?|snacks?|hapjes?|snoep|chocomelk|chocolademelk|warme chocolade|chips|"
                            r"bevoorrading|rustpost|кав[аиу]|чай|кофе|напо[їи]|напитки|"
                            # an attraction or a snack beside the activity: "Springkasteel: 2 € per kind"
                            r"springkaste\w+|draaimolen|paardenmolen|ponyrit\w*|vieruurtje\w*|"
                            # Spanish, Portuguese, Italian: "Spritz 5 €", "pastéis de nata aan € 1,50"
                            rf"cafe con leche|cafe com leite|cafezinho|cortado|{_ROMANCE_SNACK}|"
                            # "1,50 € pour le café et le gâteau" (a café alone may be the venue)
                            r"popcorn|"
                            r"pour (?:le|la|les|un|une) (?:cafe|the|gateau|gouter|collation|boissons?|consommations?)"
                            r"(?![-\w]| dansant))\b|"
                            # Chinese, Japanese, Korean, Thai drinks and snacks (no word boundaries there)
                            r"饮料|飲料|咖啡|奶茶|蛋糕|茶点|ドリンク|飲み物|お茶|コーヒー|ケーキ|軽食|음료|커피|다과|간식|"
                            r"เครื่องดื่ม|กาแฟ")
# ("Cata de cervezas: 12 €", "Aprende a hacer empanadas: 15 €": the food is what one learns or tastes)
_FOOD_ACTIVITY = re.compile(r"\b(?:taller|cata|catas|curso|clase|corso|lezione|aprende\w*|impara\w*|"
                            r"degustazion\w*|degustacion\w*|workshop|kookles\w*|cursus|proeverij\w*)\b")
# "Springkasteel: 2 € per kind": a thing labels the amount (not "Paaseierenraap met springkasteel: € 3 per kind")
_OBJECT_LABEL = re.compile(r"\W*(?:" + _OBJECT_AMOUNT.pattern + r")\s?[:=-]")
# "Koffie: 2,50€ (zelf te betalen)": paying for it oneself names no entry price
_SELF_PAY = re.compile(r"\bzelf (?:te )?betalen\b|\bbetaal je zelf\b|\bop eigen kosten\b|"
                       r"\bat your own (?:cost|expense)\b")
# optional extras sold on the spot: priced, but only a free entry's companions (see resolve)
_EXTRA_AMOUNT = re.compile(r"\b(?:barbecue|bbq|eten|maaltijd\w*|spaghetti|pannenkoek\w*|"
                           r"wafel\w*|taart\w*|gebak|ontbijt\w*|lunch|soep|hapje\w*|snacks?|"
                           r"broodjes?|frietjes?|ijsjes?|popcorn|snoep\w*|drank\w*|koffie|thee|bier|consumpties?|"
                           r"ritje\w*|pony\w*|paardrit\w*|attractie\w*|tombola|lotje\w*|picknick\w*|"
                           r"picnic|catering|restauration|hapjes|per kilo|per kg|/kg|per stuk|"
                           r"perceel\w*|\w*voer|\w*voeder\w*|voor- en naopvang|naopvang|voorschoolse opvang|extra|"
                           r"premium|upgrade|huren|te huur|verhuur|rent|rental|location|"
                           r"loten|onderdelen|wisselstukken|wol|klei|plantjes?|zaden|boeken|ingredienten|"
                           r"gerecht\w*|tribune\w*|zitplaats\w*|vip\w*|kleurpoeder\w*|colou?r powder|"
                           r"souvenirs?|te koop|kopen|koop je|verkrijgbaar|verkocht|optioneel|"
                           r"facultatief|eventuele?|wie wil|food|meal|drinks?|rides?|for sale|"
                           r"optional|buy|repas|boissons?|a acheter|en option|schmink\w*|face ?painting|"
                           rf"{_ROMANCE_SNACK})\b")
# a label naming the participation price: an amount beside it is the price, whatever else
# the segment names ("Inkom 6 euro met 1 consumptie")
# ("de workshop zelf kost 7,50 EUR per kind": the activity itself, priced)
_ENTRY_LABEL = re.compile(r"\b(?:[a-z]+ zelf kost|bingokaart\w*|kienkaart\w*|inkom|toegang|entree|ticket\w*|deelname\w*|inschrijving\w*|"
                          r"bijdrage|\w*materiaal\w*|syllabus|handboek|cursusboek|"
                          r"lidmaatschap|lidkaart|lid (?:te )?worden|abonnement|membership|cotisation|deelnemers?|"
                          r"per persoon|p\.p|per person|par personne|par (?:soiree|seance|cours|atelier|rencontre)|"
                          r"kostprijs|prijs|lidgeld|lesgeld|cursusgeld|tarief|admission|entry|"
                          r"fee|participation|contribution|prix|je betaalt|betaal je|you pay|vous payez|"
                          r"betaalt|betalen|pay|pays|payez|paient|"
                          r"entrance|tickets?)\b")
_ENTRY_NOUN = re.compile(r"\b(?:bingokaart\w*|kienkaart\w*)|\b(?:inkom|toegang|entree|ticket\w*|deelname\w*|inschrijving\w*|"
                         r"lidmaatschap|lidkaart|abonnement|membership|lidgeld|lesgeld|cursusgeld|"
                         r"admission|entry|entrance|per persoon|p\.p)\b")
# services and goods one may take or leave: never the participation price
_OPTIONAL_SERVICE = re.compile(r"\b(?:voor- en naopvang|naopvang|voorschoolse opvang|(?:de )?(?:kinder)?opvang kost|"
                               r"printen|afdrukken|kopies?|kopieen|per blad|per pagina|"

                               r"per kilo|per kg|/kg|per stuk|parking|parkeren|premium|upgrade|"
                               r"te huur|huren|verhuur|waarborg|deposit|caution)")
_PACKAGE = re.compile(r"\b(?:koffie|thee|coffee|tea|drank\w*|drinks?|cafe)\s?(?:\+|&|en|and|met|with|"
                      r"et)\s?(?:een )?(?:taart|koek\w*|cake|gebak|snacks?|soep|hapje\w*|broodje\w*|"
                      r"pannenkoek\w*|biscuits?|gateau|croissants?)\b|\b(?:taart|koek\w*|cake|"
                      r"gebak|soep|hapje\w*)\s?(?:\+|&|en|and|met|with|et)\s?(?:koffie|thee|coffee|"
                      r"tea|drank\w*|drinks?)\b")
_ONLY = re.compile(r"\b(?:enkel|alleen|slechts|uitsluitend|only|seulement|aan|a)\b")
_INCLUDED = re.compile(r"inbegrepen|inclusief|\bincl\b|included|including|includes|compris|"
                       r"\binclus\b|\(met (?:een )?(?:koffie|thee|drankje)\b|"
                       r"\binbegrip\b")
_PAREN_AFTER = re.compile(r"\s?\(([^()\n]{0,40})\)")
# brackets that name their own amount, or only say that a discount exists, qualify no amount
_PAREN_OWN = re.compile(r"\d\s?(?:€|eur)|€|korting|reductie|discount|mogelijk|possible|available|"
                        r"\bpunt(?:en)?\b|\bspaar\w*|\bsparen\b|"
                        r"beschikbaar|op aanvraag")


# an elliptic segment continuing the previous one's subject ("…, anderen € 5")
_OTHERS = re.compile(r"\s*(?:voor |pour |for )?(?:de |alle |les |all )?(?:anderen|overigen|others|the others|autres|"
                     r"everyone else|everybody else|other (?:visitors|guests|adults|participants)|"
                     r"andere (?:bezoekers|deelnemers|volwassenen))\b")


# "5 euro", "10eur" (not "deur"), "5 євро", "5 евро"
_EUR_WORD = re.compile(rf"(?<![a-z])eur|{_EURO_SCRIPTS}")


def _brackets_around(folded: str, start: int, end: int) -> str:
    """The bracketed text an amount stands in ("(€ 35 per persoon, busreis inbegrepen)"), or ""."""
    lo, hi = folded.rfind("(", 0, start), folded.find(")", end)
    if lo < 0 or hi < 0 or ")" in folded[lo:start] or "(" in folded[end:hi]:
        return ""
    return folded[lo:hi + 1]


def amounts(folded: str) -> list[tuple[float, str, int, int]]:
    """Each amount in the text with the class of the nearest qualifier in its segment, and
    whether its segment names an optional extra (a meal, a ride, parts to buy)."""
    found = []
    # cheap: most texts name no amount ("deur" and "kleur" contain "eur", so test the word start)
    if "€" not in folded and ",-" not in folded and not _EUR_WORD.search(folded):
        return found
    matches = list(_AMOUNT.finditer(folded))
    pays_consumption = _PAY_WHAT_YOU_CONSUME.search(folded)
    if ",-" in folded:
        matches = sorted(matches + list(_AMOUNT_DASH.finditer(folded)), key=lambda m: m.start())
    for m in matches:
        if m.re is _AMOUNT and m.group(3):
            value = word_number(m.group(3))
        else:
            value = float(m.group(1).replace(",", ".")) if m.re is _AMOUNT_DASH else \
                _to_float(m.group(1) or m.group(2))
        # the segment around the amount
        seg_start, seg_end = 0, len(folded)
        for s in _SEGMENT_SPLIT.finditer(folded, 0, m.end()):   # lookaheads may see the amount
            if s.end() > m.start():
                break
            seg_start = s.end()
        paren = _PAREN_AFTER.match(folded, m.end())
        if paren and not _PAREN_OWN.search(paren.group(1)):                     # "€ 4 (met UiTPAS)": the brackets qualify the amount
            seg_end = paren.end()
        else:
            nxt = _SEGMENT_SPLIT.search(folded, m.end())
            if nxt:
                seg_end = nxt.start()
        segment = folded[seg_start:seg_end]
        a_start, a_end = m.start() - seg_start, m.end() - seg_start
        best, best_d, best_q = "general", 41, ""   # a qualifier beyond 40 characters is ignored
        reduced_near = False
        for cls, pattern in _QUALIFIERS:      # listed by priority: ties go to the first
            for q in pattern.finditer(segment):
                d = max(q.start() - a_end, a_start - q.end(), 0)
                if d < best_d:
                    best, best_d, best_q = cls, d, q.group()
                if cls == "reduced" and d <= 40:
                    reduced_near = True
        if best == "reduced" and re.fullmatch(r"korting\w*|reductie", best_q) and \
                _QUALIFIERS_BY_CLASS["child"].search(segment):
            best = "discount"      # "Broertjes of zusjes krijgen 10 € korting": off a price, no price
        # "Normaal kost een dagticket € 32 per volwassene": the usual price, whatever follows
        if best != "past" and _QUALIFIERS_BY_CLASS["past"].search(segment, 0, a_start):
            best = "past"
        if best == "general" and seg_start and _OTHERS.match(segment) and any(
                pattern.search(folded, sentence_span(folded, seg_start, seg_start)[0], seg_start)
                for cls, pattern in _QUALIFIERS if cls == "vendor"):
            best = "vendor"        # "Standplaatsen gratis voor ouders, anderen € 5": still the stalls
        if best == "adult" and best_q.startswith("per ") and reduced_near:
            best = "reduced"       # "met kansentarief betaal je 1 euro per les": a unit, not adults
        elif best == "adult" and reduced_near and re.search(
                r"\b(?:verminderde?|gereduceerde?|sociale?|reduced|social) " + re.escape(best_q), segment):
            best = "reduced"       # "verminderd lidgeld van € 20": the reduced form of the fee
        if (best == "general" or best == "adult" and (best_q in ("per persoon", "p.p", "per person") or re.search(
                r"\bper " + re.escape(best_q), segment) and re.search(r"\b(?:betaalt|betalen|pays?|paie|paient)\b",
                                                                       segment))) and seg_start:
            # "wie een UiTPAS met kansentarief heeft, betaalt 8 euro": the group comes first
            sentence_start = max((m.end() for m in _SENTENCE_END.finditer(folded, 0, seg_start)),
                                 default=0)
            before = folded[sentence_start:seg_start]
            if re.search(r"\b(?:wie|mensen|personen|iedereen|those|people|anyone|ceux|celles)\b",
                         before) and _QUALIFIERS_BY_CLASS["reduced"].search(before):
                best = "reduced"
            # (not "Sociaal restaurant open vanaf 12u (maaltijd € 7)", a name)
            elif folded[seg_start - 1] == "(" and re.search(r"\b(?:verminderd\w*|sociaal(?! restaurant)|sociale"
                                                           r"(?! kruidenier| economie| dienst)|kansen\w*)\b[\w ]{0,30}$",
                                                           folded[max(sentence_start, seg_start - 41):seg_start - 1]):
                best = "reduced"           # "Verminderd inschrijvingsgeld (€ 40) voor werkzoekenden"
            elif folded[seg_start - 1] == "(" and _RECEIVED.search(folded, max(sentence_start, seg_start - 31),
                                                                    seg_start - 1):
                best = "object"            # "subsidies (tot € 250 per feest)": money received
            elif folded[seg_start - 1] == ")" and not re.search(r"[a-z]", re.sub(
                    r"\b(?:betalen|betaalt|pay|paient)\b", "", folded[seg_start:m.start()])):
                # "kinderen (3-12) € 8", "met UiTPAS (kansentarief) €2", "Cursisten Nederlands (CVO,
                # Ligo) betalen € 5": the qualifier sits before the brackets
                back = folded[max(sentence_start, m.start() - 60):m.start()]
                back = back[max((a.end() for a in _AMOUNT.finditer(back)), default=0):]
                for cls, pattern in _QUALIFIERS:
                    if pattern.search(back):
                        best = cls
                        break
        # "ritje op de pony (€1)": an amount in brackets prices what precedes them
        context = folded[max(0, seg_start - 60):seg_end] if seg_start and \
            folded[seg_start - 1] == "(" else segment
        if (best == "general" and _OBJECT_AMOUNT.search(context) or best == "child" and _OBJECT_LABEL.match(segment)) \
                and not _INCLUDED.search(segment) and not _ENTRY_LABEL.search(_SELF_PAY.sub(" ", segment)) \
                and not _FOOD_ACTIVITY.search(segment):
            # "Koffie + taart: €3", "€2 for coffee & cake": a package is the contribution
            # ("Springkasteel: 2 € per kind": an attraction priced per child is still an extra)
            if not (_PACKAGE.search(segment) and not _ONLY.search(segment)):
                best = "object"
            elif best == "general":
                best = "adult"
        if best in ("general", "adult") and _OPTIONAL_SERVICE.search(context) \
                and not _ENTRY_LABEL.search(segment) and not _LENDING_FEE.search(segment):
            best = "object"                    # "naopvang (€ 1 per halfuur)", "€1,50/kg"
        extra = best in ("general", "adult", "child", "object") and bool(
            _EXTRA_AMOUNT.search(context)) and not _INCLUDED.search(segment) and not \
            _ENTRY_LABEL.search(segment) and not _REQUIRED_WEL.search(folded, max(0, m.start() - 60), m.start()) \
            and not _LENDING_FEE.search(segment)
        if best in ("general", "adult", "child") and not _ENTRY_NOUN.search(segment) and (
                _OPTIONAL_MARK.search(segment) or _OPTIONAL_MARK.search(_brackets_around(folded, m.start(), m.end()))
                or pays_consumption and _CONSUMED_WORD.search(segment)
                and not _INCLUDED.search(segment) and not re.search(r"\b(?:prijs|prix|price|tarief|tarif)\b", segment)):
            # "Optional dinner €3"; "Je betaalt alleen wat je eet: € 4 voor een maaltijd. Kinderen eten
            # mee voor € 2": a meal or a drink priced, not taking part
            best = "object"
        if found and best in ("general", "adult") and found[-1][1] == "vendor" and not _ENTRY_LABEL.search(segment) \
                and not _SENTENCE_END.search(folded, found[-1][3], m.start()):
            best = "vendor"        # "Standgeld: € 250 per chalet, verenigingen € 125": the associations' stall
        found.append((value, best, m.start(), m.end(), extra))
    return found


# an amount marked optional is no participation price: "Optional dinner €3", "Optionele maaltijd:
# € 8", "repas facultatif", "(optioneel, € 10 heen en terug)"
_OPTIONAL_WORD = r"optional|optioneel|optionele|facultatief|facultatieve|facultatif|facultative|en option"
_OPTIONAL_MARK = re.compile(rf"\b(?:{_OPTIONAL_WORD})\b")
# "je betaalt alleen wat je eet", "you only pay for what you drink", "vous payez ce que vous consommez"
_PAY_WHAT_YOU_CONSUME = re.compile(r"\b(?:je betaalt|betaal je|u betaalt|betaalt u|you pay|you only pay|"
                                   r"vous payez|on paie|tu paies)(?: (?:alleen|enkel|slechts|gewoon|only|just|"
                                   r"seulement|uniquement|juste))?(?: for)? (?:wat|what|ce que) (?:je|u|you|vous|on|tu) "
                                   r"(?:eet|drinkt|consumeert|eat|drink|consume|mangez|buvez|consommez|mange|boit|"
                                   r"consomme|manges|bois|consommes)\b")
_CONSUMED_WORD = re.compile(r"\b(?:eten|eet|maaltijd\w*|drank\w*|drinkt|consumptie\w*|meals?|food|drinks?|"
                       r"repas|boissons?|consommations?)\b")


# "uitlenen kost € 0,50 per stuk": at a lending service the loan is what one pays for, not an extra
_LENDING_FEE = re.compile(r"\b(?:uitlenen|ontlenen|lenen|ontlening|uitlening|leengeld|huurgeld)\b")
_SENTENCE_END = SENTENCE_BREAK
# "Geen inschrijvingsgeld, wel 5,- voor de ingrediënten": "wel" marks what one must pay
# beside the thing that is free (64 development listings against 2, both deposits)
_REQUIRED_WEL = re.compile(r"(?:\b(?:betaal|betaalt|betalen|vragen|rekenen)(?: je| we| wij| u)? )?\bwel "
                           r"(?:(?:een|nog|eerst) )?(?:(?:\w*kost(?:en)?|bijdrage|\w*geld|huur)(?: van)? )?(?:€ ?)?$")
# a market, a fair or a car-boot sale named first in the title: what is sold there is priced, not
# the visit (not "Yoga op de markt", "Infomarkt studiekeuze"); how to pay for the entry still counts
_MARKET_TITLE = re.compile(r"^\W*(?!info|job|studie|vrijwilligers)\w*(?:markt|braderie|beurs|garageverkoop|rommelroute)\b")
_MATERIAL_NOT_DUE = re.compile(r"\b(?:betalen|dragen|nemen) (?:wij|we)\b|\b(?:wij|we) (?:betalen|dragen|nemen)\b|"
                               r"\b(?:welkom|eventue\w*|vrijblijvend\w*|optione\w*|extra|voor ons|"
                               r"gemeente|stad|sponsor\w*|gesponsord|gedragen|rekening|valt weg|0 euro|€ ?0\b|"
                               r"inbegrepen|inclusief|over)\b")
_PAYS_ENTRY = re.compile(r"\b(?:inkom|toegang|ingang|entree|deelname|kassa|bezoekers|tickets?)\b")


_MEAL_EVENT = re.compile(r"\b(?:eet\w+|\w*(?:diner|souper|brunch|ontbijt|barbecue|bbq|spaghetti\w*|"
                         r"pannenkoek\w*|mosselfeest|mosselen|wafelenbak|feestmaal|etentje|menu)|"
                         r"\w*maaltijd\w*|dinner|lunch|repas|souper)\b")
