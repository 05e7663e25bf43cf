"""A small generic rule engine: facet rules (data) → hits with negation → evidence.

A facet module (``enrich/rules/*.py``) declares ``FACET`` (its name) and ``RULES``, a tuple of
:class:`Rule`. The engine compiles all rules of one facet into a single alternation of named
groups (one scan of each text per facet; the leftmost, then first-listed, rule wins, so list
long phrases before the short words they contain), and checks each match for negation:

* before the match, within the same clause and the last three words: niet, geen, not, no,
  non, pas, zonder, without, nooit, never, n't (but not "niet alleen"/"not only");
* right after it: "is niet", ": nee", "zijn helaas niet", "not"…

Rules must start matching at the start of a word (or at a non-word character such as "€").
A negated hit takes the rule's ``negated`` value; ``CANCEL`` (the default) drops it.
Texts are matched folded (lowercase, no accents; see :func:`enrich.text.fold`) and the
evidence quotes the original text at the same offsets.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Iterable, NamedTuple

CANCEL = object()
TEXT_FIELDS = ("title", "description", "price_text", "schedule")


@dataclass(frozen=True)
class Rule:
    id: str
    pattern: str                      # regex on folded text; non-capturing groups only
    value: Any = True
    negated: Any = CANCEL             # value when negated; CANCEL drops the hit
    fields: tuple[str, ...] = TEXT_FIELDS
    kind: str = ""                    # free-form class the facet's resolver reads
    strength: int = 1                 # resolvers may let stronger hits win

    def data(self) -> dict[str, Any]:
        neg = "CANCEL" if self.negated is CANCEL else self.negated
        return {"id": self.id, "pattern": self.pattern, "value": self.value, "negated": neg,
                "fields": list(self.fields), "kind": self.kind, "strength": self.strength}


class Hit(NamedTuple):
    rule: Rule
    value: Any
    field: str
    match: str          # original text
    start: int
    end: int
    negated: bool


_NEGATOR = re.compile(
    r"(?:\b(?:niet|geen|not|no|non|pas|zonder|without|nooit|never|nee|neen|jamais|aucune?)\b"
    r"|n't\b)(?!\s+(?:alleen|enkel|only|just|seulement|uniquement|alleen maar|zomaar|"
    r"te missen|vergeten)\b)")
_CLAUSE_END = re.compile(r"[.;!?\n()\[\]|•]|,\s|\s-\s|\s(?:maar|but|mais|want|en|and|et)\s")
_WORD = re.compile(r"[\w'-]+")
_POST_NEG = re.compile(
    r"[ \t]*[:?!]?[ \t]*(?:(?:is|zijn|wordt|worden|er|helaas|jammer genoeg|spijtig genoeg|"
    r"momenteel|voorlopig|nog|hier|daar|is er|n'est|ne sont|are|is|isn't)\s+)*"
    r"(?:niet|nee|neen|no|not|non|pas|geen)\b")


def _negated_before(folded: str, start: int) -> bool:
    window = folded[max(0, start - 60):start]
    cut = None
    for m in _CLAUSE_END.finditer(window):
        cut = m.end()
    if cut is not None:
        window = window[cut:]
    words = _WORD.findall(window)[-3:]
    if not words:
        return False
    return _NEGATOR.search(" ".join(words)) is not None


def _negated_after(folded: str, end: int) -> bool:
    m = _POST_NEG.match(folded, end)
    return m is not None and m.end() - end <= 40


@dataclass
class Facet:
    name: str
    rules: tuple[Rule, ...]
    regex: re.Pattern = field(init=False)
    by_group: dict[str, Rule] = field(init=False)

    def __post_init__(self) -> None:
        self.by_group = {}
        parts = []
        for i, rule in enumerate(self.rules):
            group = f"r{i}"
            self.by_group[group] = rule
            re.compile(rule.pattern)          # fail loudly, naming the rule
            parts.append(f"(?P<{group}>{rule.pattern})")
        # Every rule starts at a word start: checking that once, before the alternation,
        # lets the scan skip mid-word positions without trying each rule there.
        self.regex = re.compile(r"(?<!\w)(?:" + "|".join(parts) + ")")

    def scan(self, texts: dict[str, tuple[str, str]]) -> list[Hit]:
        """texts: field → (original, folded)."""
        hits: list[Hit] = []
        for fld, (original, folded) in texts.items():
            if not folded:
                continue
            for m in self.regex.finditer(folded):
                rule = self.by_group[m.lastgroup]
                if fld not in rule.fields:
                    continue
                start, end = m.span()
                negated = _negated_before(folded, start) or _negated_after(folded, end)
                if negated:
                    if rule.negated is CANCEL:
                        continue
                    value = rule.negated
                else:
                    value = rule.value
                hits.append(Hit(rule, value, fld, original[start:end], start, end, negated))
        return hits


def evidence(tag: str, value: Any, hit: Hit | None = None, *, field: str | None = None,
             match: str | None = None, rule: str | None = None) -> dict[str, Any]:
    if hit is not None:
        return {"tag": tag, "value": value, "field": hit.field, "match": hit.match,
                "rule": hit.rule.id + (".negated" if hit.negated else "")}
    return {"tag": tag, "value": value, "field": field, "match": match, "rule": rule}


def rules_data(facets: Iterable[Facet]) -> list[dict[str, Any]]:
    return [{"facet": f.name, "rules": [r.data() for r in f.rules]} for f in facets]
