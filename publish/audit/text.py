"""Plain-text helpers for the audit: strip the provider's HTML, split sentences, count words,
measure Dutch readability (Flesch–Douma through textstat with lang "nl")."""
from __future__ import annotations

import html
import re
from functools import lru_cache

from textstat.textstat import textstatistics

_BLOCK_TAGS = re.compile(r"<\s*(br|/p|/li|/h[1-6]|/div|/tr|p|li|h[1-6]|div|tr)\b[^>]*>", re.I)
_TAGS = re.compile(r"<[^>]*>")
_SPACES = re.compile(r"[ \t\r\f\v]+")
_WORD = re.compile(r"[^\W\d_](?:[\w'’-]*\w)?", re.UNICODE)
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+|\n+")

_NL = textstatistics()
_NL.set_lang("nl")


def _cache_hyphenation() -> None:
    """Memoise the Dutch hyphenation textstat counts syllables with, per word.

    textstat caches whole texts only (128 of them) and asks pyphen for every word of every
    text; pyphen keeps the hyphenation points per word but still lower-cases the word, builds
    and filters a new list of points on each call. The filtered positions depend on the word
    alone, so a bounded per-word cache in front returns exactly the same syllable counts
    (it lives on textstat's own Dutch Pyphen object).
    """
    try:
        from textstat.backend.utils._get_pyphen import get_pyphen
    except ImportError:         # another textstat layout: keep its own behaviour
        return
    pyphen = get_pyphen("nl")
    if not hasattr(pyphen.positions, "cache_info"):
        pyphen.positions = lru_cache(maxsize=1 << 16)(pyphen.positions)


_cache_hyphenation()


def plain(text: str | None) -> str:
    """Provider HTML to plain text; block elements become line breaks, entities are decoded."""
    if not text:
        return ""
    text = _BLOCK_TAGS.sub("\n", text)
    text = _TAGS.sub(" ", text)
    text = html.unescape(text).replace("\xa0", " ")
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def words(text: str) -> list[str]:
    return _WORD.findall(text or "")


def sentences(text: str) -> list[str]:
    """Sentences of a plain text: split on . ! ? … followed by space, and on line breaks."""
    parts = (part.strip() for part in _SENTENCE_END.split(text or ""))
    return [part for part in parts if _WORD.search(part)]   # = "has words(part)", cheaper


def flesch_douma(text: str) -> float:
    """Flesch–Douma reading ease (206.835 − 0.93 × words/sentence − 77 × syllables/word).

    Scale: ≥ 80 easy, 60–80 standard to fairly easy, 30–60 difficult, < 30 very difficult.
    """
    # textstat counts sentences on . ! ? only; line breaks between list items are sentences too.
    joined = " ".join(s if s[-1] in ".!?…" else s + "." for s in sentences(text))
    return float(_NL.flesch_reading_ease(joined))


def normalise_title(title: str | None) -> str:
    return " ".join(w.lower() for w in words(title or ""))


def snippet(text: str, limit: int = 120) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
