"""Field normalisers shared by the extraction layers: scraped text in, clean values out.

Every function accepts None and messy input and returns None rather than raising, so one
bad field never loses the rest of an item; the validator reports what stayed empty.
"""
from __future__ import annotations

import re
import unicodedata
from datetime import datetime
from typing import Iterable
from urllib.parse import urljoin

import lxml.html
import pycountry
from dateutil import parser as dateparser
from w3lib.html import replace_entities

from doemee.clock import to_brussels

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Runs of spaces (one space is left alone: the same result as replacing every run, with far
# fewer replacements on ordinary text).
_SPACES = re.compile(r"[ \t\r\f\v\u00a0\u2007\u202f]{2,}|[\t\r\f\v\u00a0\u2007\u202f]")
_SPACE_CHARS = ("\t", "\r", "\f", "\v", "\u00a0", "\u2007", "\u202f")


def _collapse_spaces(text: str) -> str:
    """``_SPACES.sub(" ", text)``, skipping the (slow) regex scan when there is nothing to do."""
    if "  " in text or any(c in text for c in _SPACE_CHARS):
        return _SPACES.sub(" ", text)
    return text


_BLOCK_TAGS = {"p", "div", "section", "article", "ul", "ol", "h1", "h2", "h3", "h4", "h5",
               "h6", "table", "tr", "blockquote", "pre", "dl", "header", "footer"}
_DROP_TAGS = frozenset(("script", "style", "noscript", "template", "iframe", "object"))


def clean_text(value: str | None) -> str | None:
    """One line of text: entities decoded, control characters and runs of spaces removed."""
    if value is None:
        return None
    text = str(value)
    if "&" in text:
        text = replace_entities(text)
    if text.isascii():
        # The same result, faster: once the control characters are gone, the only ASCII
        # whitespace left is space, tab, CR and LF, all of which become one space.
        if not text.isprintable():
            text = _CONTROL.sub("", text)
        return " ".join(text.split()) or None
    text = _CONTROL.sub("", text)
    text = _collapse_spaces(text.replace("\n", " ")).strip()
    return text or None


def _clean_block(text: str) -> str:
    # _SPACES never matches a line break: one pass over the whole text, then split.
    lines = [line.strip() for line in _collapse_spaces(_CONTROL.sub("", text)).split("\n")]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()


def html_to_text(fragment) -> str | None:
    """Plain text of an HTML fragment: paragraphs separated by a blank line, ``<br>`` as a
    line break, list items as "- " lines; scripts and styles dropped (never their text).

    ``fragment`` is a string of HTML, or an already parsed lxml element (the page's own: it is
    read, never changed, and not parsed again)."""
    if fragment is None:
        return None
    if isinstance(fragment, str):
        if not fragment.strip():
            return None
        fragment = _CONTROL.sub("", fragment)  # lxml refuses control characters in text nodes
        try:
            root = lxml.html.fragment_fromstring(fragment, create_parent="div")
        except Exception:  # lxml raises several types on garbage; plain text is better than none
            return clean_text(re.sub(r"<[^>]+>", " ", fragment))
    elif fragment.tag in _DROP_TAGS:
        return None
    else:
        root = fragment
    parts: list[str] = []
    _walk(root, parts)
    text = _clean_block("".join(parts))
    return text or None


def _walk(el, parts: list[str]) -> None:
    tag = el.tag if isinstance(el.tag, str) else ""
    if tag in _BLOCK_TAGS:
        parts.append("\n\n")
    elif tag == "li":
        parts.append("\n- ")
    elif tag == "br":
        parts.append("\n")
    if el.text and tag:
        parts.append(el.text.replace("\n", " "))
    for child in el:
        if child.tag not in _DROP_TAGS:
            _walk(child, parts)
        if child.tail:
            parts.append(child.tail.replace("\n", " "))
    if tag in _BLOCK_TAGS:
        parts.append("\n\n")


# URLs whose join needs none of urljoin's work: lowercase http(s) scheme, plain host, a path
# without dot segments or ';' parameters, a non-empty query and fragment when present, no whitespace.
_PLAIN_PATH = r"(?:/(?![.]{1,2}(?:[/?#]|$))[^/?#;\s\[\]\\]*)*"
_PLAIN_ABSOLUTE = re.compile(
    rf"(https?)://[A-Za-z0-9.-]+(?::[0-9]+)?{_PLAIN_PATH}(?:[?][^#\s\\]+)?(?:#[^\s\\]+)?")
_PLAIN_ROOTED = re.compile(rf"(?!//){_PLAIN_PATH}(?:[?][^#\s\\]+)?(?:#[^\s\\]+)?")
_ORIGIN = re.compile(r"(https?)://[A-Za-z0-9.-]+(?::[0-9]+)?(?=[/?#]|$)")


def join_url(base: str, href: str) -> str:
    """``urllib.parse.urljoin(base, href)``, without its cost for the plain URLs pages hold
    (absolute ones, and paths from the root)."""
    if _PLAIN_ABSOLUTE.fullmatch(href):
        return href
    if href.startswith("/") and _PLAIN_ROOTED.fullmatch(href):
        origin = _ORIGIN.match(base)
        if origin:
            return origin.group(0) + href
    return urljoin(base, href)


def parse_datetime(value: str | None) -> str | None:
    """ISO 8601 in Europe/Brussels. A value without offset is taken as Brussels local time."""
    value = clean_text(value)
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        try:
            parsed = dateparser.isoparse(value)
        except (ValueError, OverflowError):
            return None
    if not 1900 <= parsed.year <= 2999:
        # Not an activity's date ("0001"); before 1892 Brussels kept local mean time, an
        # offset of +00:17:30 that no ISO 8601 offset field can hold.
        return None
    return to_brussels(parsed).isoformat()


_POSTCODE = re.compile(r"\b([1-9]\d{3})\b")
# the neighbours' names as Dutch- and French-speaking pages write them (pycountry knows English)
_COUNTRY_ALIASES = {"belgie": "BE", "belgique": "BE", "belgien": "BE", "nederland": "NL",
                    "pays-bas": "NL", "frankrijk": "FR", "duitsland": "DE", "allemagne": "DE",
                    "luxemburg": "LU", "grand-duche de luxembourg": "LU"}


def parse_postcode(value: str | None) -> str | None:
    match = _POSTCODE.search(clean_text(value) or "")
    return match.group(1) if match else None


def parse_country(value) -> str | None:
    """schema.org addressCountry ("BE", "Belgium", "België", {"name": "France"}) → ISO 3166-1
    alpha-2, or None when it names no country."""
    if isinstance(value, (list, tuple)):         # ["FR"], or two microdata spans "France", "FR"
        return next((code for code in map(parse_country, value) if code), None)
    if isinstance(value, dict):
        value = value.get("name") or value.get("@value") or value.get("@id") or value.get("identifier")
    text = clean_text(str(value)) if value is not None else None
    if not text:
        return None
    key = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower().strip(" .")
    if key in _COUNTRY_ALIASES:
        return _COUNTRY_ALIASES[key]
    try:
        return pycountry.countries.lookup(text.strip(" .")).alpha_2
    except LookupError:
        return None


def parse_float(value) -> float | None:
    if value is None:
        return None
    try:
        return float(str(value).replace(",", "."))
    except ValueError:
        return None


def parse_int(value, low: int | None = None, high: int | None = None) -> int | None:
    try:
        number = int(str(value).strip())
    except (TypeError, ValueError):
        return None
    if (low is not None and number < low) or (high is not None and number > high):
        return None
    return number


def parse_email(value: str | None) -> str | None:
    text = clean_text(value)
    if not text:
        return None
    text = text.removeprefix("mailto:").split("?")[0].strip()
    return text if "@" in text else None


# Conjunctions only between words: "en" alone is also the ISO code for English.
_LANG_SPLIT = re.compile(r"\s*[,/;+]\s*|\s+(?:en|and|et)\s+", re.IGNORECASE)


def parse_languages(value: str | Iterable[str] | None) -> list[str]:
    if value is None:
        return []
    items = [value] if isinstance(value, str) else list(value)
    out: list[str] = []
    for item in items:
        for part in _LANG_SPLIT.split(clean_text(item) or ""):
            part = part.strip()
            if part and part not in out:
                out.append(part)
    return out


def status_from_words(words: Iterable[str | None], vocabulary: dict[str, tuple[str, ...]]) -> str:
    """'cancelled' or 'full' when any word says so (cancelled wins), else 'active'."""
    text = " ".join(w.lower() for w in words if w)
    text = text.replace("https://schema.org/", "").replace("http://schema.org/", "")
    for status in ("cancelled", "full"):
        if any(word in text for word in vocabulary.get(status, ())):
            return status
    return "active"
