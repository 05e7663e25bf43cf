"""Text normalisation shared by the gazetteer and the rule engine.

``fold`` lowercases and strips accents **one character for one character**, so a match found in
the folded text can be cut out of the original text at the same offsets (the evidence quotes
the provider's own words).
"""
from __future__ import annotations

import html
import re
import unicodedata


def _build_table() -> dict[int, str]:
    table: dict[int, str] = {}
    # Latin-1, Extended-A and -B, and Extended Additional (Vietnamese: "miễn phí" → "mien phi")
    for code in (*range(0x80, 0x250), *range(0x1E00, 0x1F00)):
        ch = chr(code)
        base = unicodedata.normalize("NFKD", ch)
        base = "".join(c for c in base if not unicodedata.combining(c)).lower()
        low = ch.lower()
        if len(base) == 1 and base != ch:
            table[code] = base
        elif len(low) == 1 and low != ch:
            table[code] = low
    for ch in "\u00a0\u2007\u202f\u2009\u200a":
        table[ord(ch)] = " "
    for ch in "\u2018\u2019\u201b\u00b4\u0060\u02bc":
        table[ord(ch)] = "'"
    for ch in "\u201c\u201d\u201e":
        table[ord(ch)] = '"'
    for ch in "\u2010\u2011\u2012\u2013\u2014\u2212":
        table[ord(ch)] = "-"
    table[ord("\u00df")] = "s"
    table[ord("\u0111")] = "d"        # đ: Vietnamese "đồ uống", Bosnian "prilagođen"
    table[ord("\u0110")] = "d"
    table[ord("\u00e6")] = "a"
    table[ord("\u0153")] = "o"
    return table


_TABLE = _build_table()


SENTENCE_BREAK = re.compile(r"[.;!?\n]")


def sentence_span(folded: str, start: int, end: int,
                  breaks: re.Pattern = SENTENCE_BREAK) -> tuple[int, int]:
    """The sentence around ``folded[start:end]``: from just after the last break before
    ``start`` to the first break at or after ``end``."""
    lo = max((m.end() for m in breaks.finditer(folded, 0, start)), default=0)
    nxt = breaks.search(folded, end)
    return lo, nxt.start() if nxt else len(folded)


def fold(text: str) -> str:
    """Lowercase, strip accents, unify quotes, dashes and spaces; keeps the length."""
    out = text.lower()
    if out.isascii() and "`" not in out:       # the backtick is the table's one ASCII key
        return out
    if len(out) != len(text):          # a rare character whose lowercase is longer (İ)
        out = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    # only the few characters in the table are looked up (str.translate looks up every one)
    return _IN_TABLE.sub(_fold_char, out)


_CHAR_TABLE = {chr(code): value for code, value in _TABLE.items()}
_IN_TABLE = re.compile("[" + "".join(re.escape(ch) for ch in _CHAR_TABLE) + "]")


def _fold_char(m: re.Match) -> str:
    ch = m.group()
    return _CHAR_TABLE.get(ch, ch)


# a line break inside a sentence (text hard-wrapped in an e-mail or a flyer: "… en niet\n
# toegankelijk voor rolstoelgebruikers"): after a comma or a word that cannot end a sentence (a
# negation, an article, a conjunction, a preposition) and before a lowercase letter, or before a
# language's name after a word that measures it ("nog geen\nNederlands"); never in a field line
# ("Parking: geen\nRolstoeltoegankelijk: ja"). Any line break after any word broke 79
# development listings (price lists, field lines).
_SOFT_BREAK = re.compile(
    r"(?:(?i:\b(?:niet|geen|helaas|en|maar|of|de|het|een|is|zijn|voor|met|van|te|om|die|dat|wel|ook|"
    r"zonder|not|and|but|the|for|with|without|pas|et|mais|le|la|les|pour|avec))|,)[ \t]*\n"
    r"(?=[ \t]*[a-z\u00df-\u00ff\u0430-\u045f])|"
    r"(?i:\b(?:geen|weinig|veel|wat|goed|beetje|vlot))[ \t]*\n(?=[ \t]*(?:Nederlands|Dutch|Vlaams)\b)")


_FIELD_LINE = re.compile(r"\W*[^\W\d][^.!?:\n]{0,30}:")     # "Parking: geen", "Prijs: 5 euro"


def unwrap(text: str) -> str:
    """The text with its soft line breaks read as spaces (same length, same offsets): run on the
    original text, whose case tells a wrapped sentence from a new line."""
    if "\n" not in text:
        return text

    def join(m: re.Match) -> str:
        line = text[text.rfind("\n", 0, m.start()) + 1:m.start()]
        return m.group() if _FIELD_LINE.match(line) else m.group().replace("\n", " ")
    return _SOFT_BREAK.sub(join, text)


_TAG = re.compile(r"<(?:br|/p|/li|/h\d|/div|/tr)\b[^>]*>|<li\b[^>]*>", re.I)
_ANY_TAG = re.compile(r"<[^>]+>")
_SPACES = re.compile(r"[ \t\r\f\v]+")
_BLANK_LINES = re.compile(r"\n\s*\n+")


def html_to_text(value: str | None) -> str:
    """Provider HTML (or plain text) to plain text: block ends become newlines."""
    if not value:
        return ""
    if "<" in value and ">" in value:
        value = _TAG.sub("\n", value)
        value = _ANY_TAG.sub(" ", value)
    if "&" in value:
        value = html.unescape(value)
    value = _SPACES.sub(" ", value)
    value = _BLANK_LINES.sub("\n", value)
    return "\n".join(line.strip() for line in value.split("\n")).strip()


_NAME_PUNCT = re.compile(r"[\s\-'`.,/()]+")
_SAINT = re.compile(r"\b(?:st|sint)\b\.?\s*-?\s*")
_SAINTE = re.compile(r"\b(?:ste)\b\.?\s*-?\s*")
_OLV = re.compile(r"\bo\.?\s*l\.?\s*v\.?\s*-?\s*")


def name_key(name: str) -> str:
    """A comparison key for place names: folded, 'St.'/'Sint', 'O.L.V.' and separators unified."""
    key = fold(name).strip()
    key = key.replace("o/d", " op den ").replace("a/d", " aan de ")
    key = _OLV.sub("onze lieve vrouw ", key)
    key = _SAINT.sub("sint ", key)
    key = _SAINTE.sub("sinte ", key)
    key = _NAME_PUNCT.sub(" ", key)
    return key.strip()
