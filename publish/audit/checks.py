"""Every audit check, as declarative data: an id, a category, a severity, the field to edit,
a plain-Dutch message and fix (English second) and a small test.

A test gets a prepared ``Listing`` and the ``AuditConfig``; it returns ``None`` when the
listing is fine and a short Dutch detail when the problem is there. Tests read the catalogue's
``tags``/``evidence`` when they are known; when they are not (enrichment did not run and its
tagger is not importable), the "missing" checks fall back on whether the text mentions the
topic at all, so a listing is never blamed for what it may well say.
"""
from __future__ import annotations

import re
from datetime import datetime, timedelta
from typing import Any

from doemee import clock
from publish.audit import places
from publish.audit.config import AuditConfig
from publish.audit.model import HIGH, LOW, MEDIUM, Check, Listing
from publish.audit.text import flesch_douma, sentences, snippet, words


# -- helpers ---------------------------------------------------------------------------------
def parse_when(value: Any) -> datetime | None:
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(str(value).strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return clock.to_brussels(parsed)


def _mentions(pattern: re.Pattern[str], listing: Listing) -> str | None:
    match = pattern.search(listing.text)
    return match.group(0) if match else None


def _re(pattern: str, flags: int = re.I) -> re.Pattern[str]:
    return re.compile(pattern, flags)


PRICE_WORDS = _re(r"\b(gratis|kosteloos|prijs|kost(?:en|prijs)?|bijdrage|lidgeld|tarief|"
                  r"inschrijvingsgeld|euro|eur|free|price|gratuit|prix)\b|€")
WHEELCHAIR_WORDS = _re(r"rolstoel\w*|drempelvrij|gelijkvloers|toegankelijk\w*|\blift\b|"
                       r"wheelchair\w*|fauteuil roulant|accessible")
CHILDREN_WORDS = _re(r"\b(kind\w*|kids|gezin\w*|ouders|kleuter\w*|peuter\w*|baby\w*|jongeren|"
                     r"tieners?|volwassenen|leeftijd|children|famil\w+|enfants?)\b|"
                     r"\bvanaf \d+ jaar\b|\b\d+\s?(?:\+|plus)|\+\s?\d+\b|\b\d+\s?(?:-|tot)\s?\d+ jaar\b")
DUTCH_LEVEL_WORDS = _re(r"taalico\w*|\b(nederlands|dutch|néerlandais)\b.{0,40}\b(niveau|nodig|"
                        r"kennen|spreken|needed|level|begrijpen)\b|\balle niveaus\b")


# -- missing essentials ----------------------------------------------------------------------
def missing_price(listing: Listing, cfg: AuditConfig) -> str | None:
    r = listing.record
    if r.get("price_text") or r.get("is_free") is not None or r.get("offers"):
        return None
    if listing.tags_known:
        if listing.tag("cost") not in (None, "unknown"):
            return None
        return "Geen prijs en geen 'gratis' gevonden."
    if _mentions(PRICE_WORDS, listing):
        return None
    return "Geen prijs en geen 'gratis' gevonden."


def missing_place(listing: Listing, cfg: AuditConfig) -> str | None:
    loc = listing.record.get("location") or {}
    if loc.get("online"):
        return None
    if any(loc.get(k) for k in ("municipality", "locality", "postcode", "street")):
        return None
    if loc.get("name"):
        return f"Alleen een zaalnaam ('{snippet(loc['name'], 60)}'), geen adres of gemeente."
    return "Geen adres, gemeente of 'online'."


def missing_when(listing: Listing, cfg: AuditConfig) -> str | None:
    r = listing.record
    if r.get("start") or r.get("end") or (r.get("schedule") or "").strip():
        return None
    return "Geen datum, uur of vast moment (bv. 'elke woensdag')."


def missing_contact(listing: Listing, cfg: AuditConfig) -> str | None:
    r = listing.record
    contact = r.get("contact") or {}
    if contact.get("phone") or contact.get("email") or r.get("booking_url"):
        return None
    if contact.get("name"):
        return f"Alleen een naam ('{snippet(contact['name'], 60)}'), geen telefoon, e-mail of inschrijflink."
    return "Geen telefoon, e-mail of inschrijflink."


def missing_dutch_level(listing: Listing, cfg: AuditConfig) -> str | None:
    if listing.record.get("dutch_level") is not None or listing.tag("dutch_level") is not None:
        return None
    if not listing.tags_known and _mentions(DUTCH_LEVEL_WORDS, listing):
        return None
    return "Geen taalicoon en geen taalniveau in de tekst."


def missing_wheelchair(listing: Listing, cfg: AuditConfig) -> str | None:
    if listing.tags_known:
        return None if listing.tag("wheelchair") is not None else "Niet vermeld of een rolstoel binnen kan."
    if _mentions(WHEELCHAIR_WORDS, listing):
        return None
    return "Niet vermeld of een rolstoel binnen kan."


def missing_children(listing: Listing, cfg: AuditConfig) -> str | None:
    if listing.tags_known:
        stated = (listing.tag("family_friendly") is True or listing.tag("childcare") is True
                  or listing.tag("age_min") is not None or listing.tag("age_max") is not None
                  or listing.evidence_for("family_friendly", "childcare", "age_min", "age_max"))
        return None if stated else "Niet vermeld of kinderen welkom zijn (of vanaf welke leeftijd)."
    if _mentions(CHILDREN_WORDS, listing):
        return None
    return "Niet vermeld of kinderen welkom zijn (of vanaf welke leeftijd)."


# -- outdated --------------------------------------------------------------------------------
def _date_nl(value: datetime) -> str:
    return value.strftime("%d/%m/%Y")


def outdated_end_passed(listing: Listing, cfg: AuditConfig) -> str | None:
    r = listing.record
    end, start = parse_when(r.get("end")), parse_when(r.get("start"))
    if end is not None:
        return f"Einddatum {_date_nl(end)} is voorbij." if end < listing.now else None
    if start is not None and not (r.get("schedule") or "").strip():
        if start + timedelta(days=1) < listing.now:
            return f"Enige datum {_date_nl(start)} is voorbij."
    return None


CANCELLED_WORDS = _re(r"\b(geannuleerd|afgelast|gaat niet door|cancelled|canceled|annulé)\b")


def outdated_cancelled(listing: Listing, cfg: AuditConfig) -> str | None:
    if (listing.record.get("status") or "").lower() == "cancelled":
        return "Staat op 'geannuleerd' maar is nog zichtbaar."
    match = CANCELLED_WORDS.search(listing.title)
    if match:
        return f"De titel zegt '{match.group(0)}' maar de activiteit is nog zichtbaar."
    return None


def outdated_stale(listing: Listing, cfg: AuditConfig) -> str | None:
    r = listing.record
    changed = parse_when(r.get("last_changed")) or parse_when(r.get("first_seen"))
    if changed is None:
        return None
    age = (listing.now - changed).days
    if age > cfg.stale_days:
        return f"Laatst gewijzigd op {_date_nl(changed)}, {age} dagen geleden (grens: {cfg.stale_days})."
    return None


# -- contradictions --------------------------------------------------------------------------
FREE_WORDS = _re(r"\b(gratis|kosteloos|vrije toegang|geen kosten|zonder kosten|free of charge|"
                 r"free|gratuit)\b")
NOT_FREE_WORDS = _re(r"\b(niet|geen) (gratis|kosteloos)\b|\bnot free\b|\bpas gratuit\b")
AMOUNT = _re(r"(?:€|\beur\b|\beuro\b)\s*(\d+(?:[.,]\d{1,2})?)|(\d+(?:[.,]\d{1,2})?)\s*(?:€|euro\b|eur\b)")


def _amounts(text: str) -> list[float]:
    return [float((a or b).replace(",", ".")) for a, b in AMOUNT.findall(text)]


# "Gratis koffie", "gratis kinderopvang", "gratis voor kinderen": free extras or a free group,
# not a free activity. A sentence naming one of these says nothing about the price for adults.
FREE_EXTRAS = _re(r"\b(koffie|thee|drank\w*|soep|snacks?|hapje\w*|taart|lunch|maaltijd|"
                  r"kinderopvang|opvang|parking|parkeren|vervoer|wifi|materiaal|boek\w*|"
                  r"brochure\w*|kinderen|kids|children|enfants|kleuters|baby\w*)\b")


def _price_signal(text: str) -> tuple[str, str] | None:
    """('free'|'paid', the words that say so) for a text, or None when it says neither."""
    if not text:
        return None
    positive = [m for m in AMOUNT.finditer(text) if float((m.group(1) or m.group(2)).replace(",", ".")) > 0]
    not_free = NOT_FREE_WORDS.search(text)
    if positive or not_free:
        return "paid", (positive[0] if positive else not_free).group(0)
    for sentence in sentences(text):
        free = FREE_WORDS.search(sentence)
        if free and not FREE_EXTRAS.search(sentence):
            return "free", free.group(0)
    return None


def contradiction_price(listing: Listing, cfg: AuditConfig) -> str | None:
    r = listing.record
    prices = [o.get("price") for o in r.get("offers") or [] if isinstance(o, dict)]
    numbers = []
    for p in prices:
        try:
            numbers.append(float(str(p).replace(",", ".")))
        except (TypeError, ValueError):
            continue
    if r.get("is_free") is True or (numbers and all(n == 0 for n in numbers)):
        structured, said = "free", "gratis" if r.get("is_free") is True else "prijs 0 euro"
    elif r.get("is_free") is False or any(n > 0 for n in numbers):
        positive = [n for n in numbers if n > 0]
        structured = "paid"
        said = f"€ {min(positive):.2f}".replace(".", ",") if positive else "niet gratis"
    else:
        return None
    for field_name, text in (("prijs", listing.price_text), ("beschrijving", listing.description)):
        signal = _price_signal(text)
        if signal and signal[0] != structured:
            return (f"De {field_name} zegt '{signal[1]}', de gestructureerde prijs zegt '{said}'.")
    return None


def contradiction_municipality(listing: Listing, cfg: AuditConfig) -> str | None:
    loc = listing.record.get("location") or {}
    if loc.get("online") or not listing.municipality:
        return None
    named = places.named_places("\n".join((listing.title, listing.description)))
    if not named or any(listing.municipality in municipalities for _, municipalities in named):
        return None
    names = ", ".join(dict.fromkeys(name for name, _ in named))
    return f"De tekst noemt {names}, het adres ligt in {listing.municipality}."


_NOT_AFTER = r"(?!\s+(?:is\s+)?(?:niet|geen)\b)"
LOW_DUTCH = _re(
    r"\bgeen (?:kennis van het )?nederlands (?:nodig|vereist|verplicht)\b|"
    r"\bje hoeft (?:nog )?(?:geen|niet veel) nederlands\b|"
    r"\bzonder (?:kennis van het )?nederlands\b|"
    r"(?<!vlot )(?<!goed )(?<!perfect )\bnederlands (?:is )?niet (?:nodig|vereist|verplicht)\b|"
    r"\balle (?:taal)?niveaus (?:zijn )?welkom\b|"
    r"\bno (?:knowledge of )?dutch (?:needed|required)\b|\bwithout (?:speaking )?dutch\b|"
    r"\bpas besoin de (?:parler )?(?:le )?néerlandais\b")
HIGH_DUTCH = [
    (4, _re(r"(?<!geen )(?<!niet )\bvlot nederlands" + _NOT_AFTER + r"|\bfluent (?:in )?dutch\b")),
    (3, _re(r"(?<!geen )(?<!niet )\b(?:vrij )?goed nederlands" + _NOT_AFTER + r"|"
            r"(?<!geen )\bgoede kennis van het nederlands" + _NOT_AFTER + r"|\bgood dutch\b")),
]


# Every alternative of LOW_DUTCH and HIGH_DUTCH contains one of these words (matched the same
# way, case-insensitively): a text without any of them cannot contradict the icon.
_DUTCH_WORDS = _re(r"nederlands|dutch|niveaus|néerlandais")


def contradiction_dutch_level(listing: Listing, cfg: AuditConfig) -> str | None:
    icon = listing.record.get("dutch_level")
    if icon is None:
        return None
    text = listing.text
    if not _DUTCH_WORDS.search(text):
        return None
    low = LOW_DUTCH.search(text)
    if low and icon >= 2:
        return f"Taalicoon {icon} van 4, maar de tekst zegt '{low.group(0)}'."
    for implied, pattern in HIGH_DUTCH:
        high = pattern.search(text)
        if high and icon <= implied - 2:
            return f"Taalicoon {icon} van 4, maar de tekst vraagt '{high.group(0)}'."
    return None


# -- clarity ---------------------------------------------------------------------------------
def clarity_readability(listing: Listing, cfg: AuditConfig) -> str | None:
    text = listing.description
    if len(words(text)) < cfg.readability_min_words:
        return None
    score = flesch_douma(text)
    if score < cfg.min_readability:
        return f"Flesch–Douma {score:.0f} (doel: {cfg.min_readability:.0f} of meer)."
    return None


def clarity_long_sentences(listing: Listing, cfg: AuditConfig) -> str | None:
    long = [s for s in sentences(listing.description) if len(words(s)) > cfg.max_sentence_words]
    if not long:
        return None
    return (f"{len(long)} zin(nen) met meer dan {cfg.max_sentence_words} woorden, "
            f"bv. '{snippet(long[0], 90)}' ({len(words(long[0]))} woorden).")


# Abbreviations a newcomer will not know, with what they stand for.
ABBREVIATIONS = {
    "vzw": "vereniging zonder winstoogmerk",
    "OCMW": "openbaar centrum voor maatschappelijk welzijn",
    "CVO": "centrum voor volwassenenonderwijs",
    "OKAN": "onthaalonderwijs voor anderstalige nieuwkomers",
    "CBE": "centrum voor basiseducatie",
    "CAW": "centrum algemeen welzijnswerk",
    "VDAB": "Vlaamse Dienst voor Arbeidsbemiddeling",
    "AgII": "Agentschap Integratie en Inburgering",
    "PNT": "participatie- en netwerktraject",
    "NT2": "Nederlands als tweede taal",
    "LOI": "lokaal opvanginitiatief",
    "LDC": "lokaal dienstencentrum",
    "CLB": "centrum voor leerlingenbegeleiding",
    "IBO": "initiatief buitenschoolse opvang",
    "BKO": "buitenschoolse kinderopvang",
    "SVK": "sociaal verhuurkantoor",
}
_ABBR_PATTERNS = {
    abbr: (_re(r"\bv\.?z\.?w\.?(?!\w)") if abbr == "vzw" else re.compile(rf"\b{abbr}\b"))
    for abbr in ABBREVIATIONS
}


# One scan for "any abbreviation at all" first: most texts have none, and then the sixteen
# separate searches below are skipped. Together the two patterns match exactly when one of
# _ABBR_PATTERNS does (the upper-case ones as one alternation behind a single \b).
_ANY_UPPER_ABBR = re.compile(r"\b(?:" + "|".join(
    re.escape(abbr) for abbr in ABBREVIATIONS if abbr != "vzw") + r")\b")
_VZW = _ABBR_PATTERNS["vzw"]


def unexplained_abbreviations(text: str) -> list[str]:
    if not (_ANY_UPPER_ABBR.search(text) or _VZW.search(text)):
        return []
    found = []
    lowered = text.lower()
    for abbr, pattern in _ABBR_PATTERNS.items():
        match = pattern.search(text)
        if not match:
            continue
        explained = ABBREVIATIONS[abbr].lower() in lowered or text[match.end():].lstrip().startswith("(")
        if not explained:
            found.append(abbr)
    return found


def clarity_abbreviations(listing: Listing, cfg: AuditConfig) -> str | None:
    found = unexplained_abbreviations("\n".join((listing.title, listing.description)))
    if not found:
        return None
    return "Niet uitgelegd: " + ", ".join(f"{a} ({ABBREVIATIONS[a]})" for a in found) + "."


_KNOWN_CAPS = {a.upper() for a in ABBREVIATIONS} | {"UITPAS", "OK", "BBQ", "DJ", "EHBO", "WIFI"}


# An ALL-CAPS word (two or more letters, all upper case) always holds two upper-case letters
# in a row, possibly with marks, apostrophes or hyphens between them.
_CAPS_CANDIDATE = re.compile(r"[^\W\d_a-z](?:[\W\d_]*?)[^\W\d_a-z]")


def _caps_word(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters) and word.upper() not in _KNOWN_CAPS


def clarity_all_caps(listing: Listing, cfg: AuditConfig) -> str | None:
    title = listing.title
    letters = [c for c in title if c.isalpha()]
    if len(letters) >= 4 and all(c.isupper() for c in letters) \
            and any(map(_caps_word, words(title))):
        return f"De titel staat helemaal in hoofdletters: '{snippet(title, 60)}'."
    description = listing.description
    if not _CAPS_CANDIDATE.search(description):
        return None         # no two upper-case letters in a row: no ALL-CAPS word at all
    run: list[str] = []
    for word in words(description):
        # str.isupper() holds for every word _caps_word accepts (all its letters are upper
        # case): the cheap test first, the exact one only where it can hold.
        if word.isupper() and _caps_word(word):
            run.append(word)
            if len(run) >= cfg.caps_run_words:
                return f"Tekst in hoofdletters: '{' '.join(run)}…'."
        else:
            run = []
    return None


def clarity_too_short(listing: Listing, cfg: AuditConfig) -> str | None:
    n = len(words(listing.description))
    if n >= cfg.min_description_words:
        return None
    return "Geen beschrijving." if n == 0 else f"Maar {n} woorden (minstens {cfg.min_description_words})."


# -- duplicates ------------------------------------------------------------------------------
def duplicate(listing: Listing, cfg: AuditConfig) -> str | None:
    if not listing.duplicates:
        return None
    return "Lijkt op " + "; ".join(f"'{snippet(d.get('title') or '', 60)}' (id {d.get('id')})"
                                   for d in listing.duplicates) + "."


# -- the checks, in report order -------------------------------------------------------------
CHECKS: tuple[Check, ...] = (
    Check("ontbreekt-prijs", "ontbrekend", HIGH, "price_text", "Prijs ontbreekt", "Price missing",
          "Er staat niet bij wat deelnemen kost, of dat het gratis is. Wie weinig geld heeft, "
          "durft dan niet te komen.",
          "The listing does not say what it costs or that it is free.",
          "Vermeld de prijs in euro, of schrijf 'gratis'. Noem ook korting met UiTPAS of "
          "kansentarief als die er is.",
          "State the price in euros or write 'free'; mention UiTPAS/reduced rates.",
          missing_price, essential_weight=20),
    Check("ontbreekt-plaats", "ontbrekend", HIGH, "location", "Adres ontbreekt", "Address missing",
          "Er staat geen adres of gemeente bij. Niemand weet waar de activiteit is.",
          "No address or municipality (and not marked online).",
          "Vul straat, huisnummer, postcode en gemeente in, of kies 'online'.",
          "Fill in street, number, postcode and municipality, or mark it online.",
          missing_place, essential_weight=15),
    Check("ontbreekt-datum", "ontbrekend", HIGH, "start", "Datum ontbreekt", "Dates missing",
          "Er staat niet bij wanneer de activiteit is.",
          "No date, time or regular schedule.",
          "Vul de begin- en einddatum met uur in, of een vast moment zoals 'elke dinsdag van "
          "14 tot 16 uur'.",
          "Add start and end date and time, or a schedule such as 'every Tuesday 2-4 pm'.",
          missing_when, essential_weight=15),
    Check("ontbreekt-contact", "ontbrekend", HIGH, "contact", "Contact ontbreekt",
          "Contact or booking route missing",
          "Er staat geen telefoon, e-mail of inschrijflink bij. Een nieuwkomer of begeleider kan "
          "niets vragen of zich niet inschrijven.",
          "No phone, e-mail or booking link: nobody can ask or sign up.",
          "Geef een telefoonnummer of e-mailadres van een contactpersoon, of een link om in te "
          "schrijven.",
          "Give a contact person's phone or e-mail, or a booking link.",
          missing_contact, essential_weight=15),
    Check("ontbreekt-taalniveau", "ontbrekend", MEDIUM, "dutch_level", "Taalniveau ontbreekt",
          "Dutch level missing",
          "Er staat niet bij hoeveel Nederlands je moet kennen.",
          "The listing does not say how much Dutch is needed.",
          "Kies een taalicoon (1 tot 4) of schrijf bv. 'je hoeft nog niet veel Nederlands te "
          "kennen'.",
          "Pick a Dutch-level icon (1-4) or say how much Dutch is needed.",
          missing_dutch_level, essential_weight=15),
    Check("ontbreekt-rolstoel", "ontbrekend", MEDIUM, "description", "Toegankelijkheid onbekend",
          "Wheelchair access unknown",
          "Er staat niet bij of de plek toegankelijk is met een rolstoel.",
          "The listing does not say whether the place is wheelchair accessible.",
          "Schrijf of de plek rolstoeltoegankelijk is (drempels, lift, aangepast toilet), ook "
          "als het antwoord 'nee' is.",
          "Say whether the venue is wheelchair accessible, even when it is not.",
          missing_wheelchair, essential_weight=10),
    Check("ontbreekt-kinderen", "ontbrekend", MEDIUM, "description", "Kinderen? Onbekend",
          "Children welcome? Unknown",
          "Er staat niet bij of kinderen welkom zijn. Ouders weten niet of ze kunnen komen.",
          "The listing does not say whether children are welcome.",
          "Schrijf of kinderen mee mogen (en vanaf welke leeftijd), of dat de activiteit voor "
          "volwassenen is. Vermeld kinderopvang als die er is.",
          "Say whether children are welcome (from what age) or adults only; mention childcare.",
          missing_children, essential_weight=10),
    Check("verouderd-voorbij", "verouderd", HIGH, "end", "Voorbij maar nog zichtbaar",
          "Ended but still listed",
          "De activiteit is al voorbij, maar staat nog in de lijst.",
          "The end date has passed but the activity is still listed.",
          "Zet een nieuwe datum of haal de activiteit offline.",
          "Set a new date or take the listing offline.",
          outdated_end_passed),
    Check("verouderd-geannuleerd", "verouderd", MEDIUM, "status", "Geannuleerd maar nog zichtbaar",
          "Cancelled but still listed",
          "De activiteit is geannuleerd, maar staat nog in de lijst.",
          "The activity is cancelled but still listed.",
          "Haal de activiteit offline, of zet een nieuwe datum als ze later toch doorgaat.",
          "Take it offline, or set a new date if it will take place later.",
          outdated_cancelled),
    Check("verouderd-lang-niet-bijgewerkt", "verouderd", LOW, "last_changed",
          "Lang niet bijgewerkt", "Not updated for a long time",
          "De tekst is lang niet meer aangepast. Misschien kloppen uren, prijs of contact niet meer.",
          "The listing has not changed for a long time; details may be out of date.",
          "Lees de tekst na en pas aan wat veranderd is (uren, prijs, contactpersoon).",
          "Review the listing and update what changed (times, price, contact).",
          outdated_stale),
    Check("tegenstrijdig-prijs", "tegenstrijdig", HIGH, "price_text", "Prijs spreekt zich tegen",
          "Price contradicts itself",
          "De prijs in de tekst en de ingevulde prijs zeggen iets anders. Iemand kan denken dat "
          "het gratis is terwijl het dat niet is.",
          "The price text and the structured price disagree.",
          "Zorg dat het prijsveld en de tekst hetzelfde zeggen. Schrijf duidelijk wie wat betaalt "
          "(bv. 'volwassenen 4 euro, kinderen gratis').",
          "Make the price field and the text agree; say who pays what.",
          contradiction_price),
    Check("tegenstrijdig-gemeente", "tegenstrijdig", HIGH, "location", "Gemeente spreekt zich tegen",
          "Municipality contradicts the address",
          "De tekst noemt een andere gemeente dan het adres. Mensen zoeken de activiteit dan in "
          "de verkeerde gemeente.",
          "The text names another municipality than the address.",
          "Controleer het adres. Vindt de activiteit op meer plaatsen plaats, maak dan een "
          "activiteit per plaats.",
          "Check the address; list each place separately when there are several.",
          contradiction_municipality),
    Check("tegenstrijdig-taalniveau", "tegenstrijdig", MEDIUM, "dutch_level",
          "Taalniveau spreekt zich tegen", "Dutch level contradicts the text",
          "Het taalicoon en de tekst zeggen iets anders over hoeveel Nederlands je nodig hebt.",
          "The Dutch-level icon and the text disagree.",
          "Kies het taalicoon dat past bij de tekst, of pas de tekst aan.",
          "Pick the icon that matches the text, or change the text.",
          contradiction_dutch_level),
    Check("moeilijke-tekst", "duidelijkheid", MEDIUM, "description", "Moeilijke tekst",
          "Hard to read",
          "De tekst is moeilijk te lezen voor wie nog Nederlands leert.",
          "The description is hard to read for people learning Dutch (Flesch–Douma).",
          "Gebruik korte zinnen en gewone woorden. Zeg eerst wat je samen doet, waar en wanneer.",
          "Use short sentences and everyday words; say first what, where and when.",
          clarity_readability),
    Check("lange-zinnen", "duidelijkheid", LOW, "description", "Lange zinnen", "Very long sentences",
          "Sommige zinnen zijn erg lang.",
          "Some sentences are very long.",
          "Knip lange zinnen in twee of drie korte zinnen.",
          "Split long sentences into two or three short ones.",
          clarity_long_sentences),
    Check("afkortingen", "duidelijkheid", LOW, "description", "Afkortingen niet uitgelegd",
          "Unexplained abbreviations",
          "De tekst gebruikt afkortingen die een nieuwkomer niet kent.",
          "The text uses abbreviations a newcomer will not know.",
          "Schrijf de afkorting voluit of leg ze uit, bv. 'het OCMW (sociaal huis)'.",
          "Write abbreviations out in full or explain them.",
          clarity_abbreviations),
    Check("hoofdletters", "duidelijkheid", LOW, "title", "Hoofdletters", "ALL CAPS",
          "Tekst in hoofdletters is moeilijk te lezen en lijkt op roepen.",
          "ALL CAPS text is hard to read and looks like shouting.",
          "Schrijf in gewone kleine letters; zet alleen een hoofdletter aan het begin van de zin "
          "en bij namen.",
          "Use normal sentence case.",
          clarity_all_caps),
    Check("te-korte-beschrijving", "duidelijkheid", MEDIUM, "description",
          "Beschrijving te kort", "Description too short",
          "De beschrijving is te kort om te kiezen of je wil meedoen.",
          "The description is too short to decide whether to join.",
          "Beschrijf in een paar korte zinnen wat je doet, met wie, en wat je moet meebrengen.",
          "Describe in a few short sentences what happens, with whom, what to bring.",
          clarity_too_short),
    Check("dubbel", "dubbel", MEDIUM, "title", "Dubbel", "Listed twice",
          "Dezelfde activiteit staat twee keer in de lijst (zelfde aanbieder, titel en datum).",
          "The same activity is listed twice (same provider, title and dates).",
          "Verwijder een van de twee, of maak het verschil duidelijk in titel of datum.",
          "Remove one, or make the difference clear in the title or dates.",
          duplicate),
)

CHECKS_BY_ID = {check.id: check for check in CHECKS}
assert len(CHECKS_BY_ID) == len(CHECKS), "check ids must be unique"
