"""A small generic rule engine: facet rules (data) → hits with negation → evidence.

A facet module (``enrich/rules/*.py``) declares ``FACET`` (its name) and ``RULES``, a tuple of
:class:`Rule`. Within a facet the semantics are those of one alternation of all its rules
scanned left to right: at each word start the first-listed rule that matches wins (so list
long phrases before the short words they contain) and the facet's next match starts after
it. Facets are independent: one text can give overlapping hits to different facets.

Each match is checked for negation:

* before the match, within the same clause and the last three words: niet, geen, not, no,
  non, pas, zonder, without, nooit, never, n't (but not "niet alleen"/"not only");
* right after it: "is niet", ": nee", "zijn helaas niet", "not"…

A negated hit takes the rule's ``negated`` value; ``CANCEL`` (the default) drops it.
Texts are matched folded (lowercase, no accents; see :func:`enrich.text.fold`) and the
evidence quotes the original text at the same offsets.

**How the scan is fast.** Rules must start matching at the start of a word (or at a
non-word character such as "€"). From each rule's parsed pattern the engine derives the
strings (up to :data:`KEY_LEN` characters) that every match of the rule must start with. One
combined *locator* — a character trie of all those keys across all facets, behind a word-start
guard — is scanned once over each folded text; only at the positions it reports are the
candidate rules (looked up by the next few characters; per facet one cached alternation of
them) tried with ``match``. Most of
a description starts no rule's key, so most of it costs one locator step per word.
"""
from __future__ import annotations

import re
import re._constants as _c
import re._parser as _p
from dataclasses import dataclass
from typing import Any, Iterable, NamedTuple

CANCEL = object()
TEXT_FIELDS = ("title", "description", "price_text", "schedule")
KEY_LEN = 6                      # characters of lookahead used to pick candidate rules


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
    r"(?:\b(?:niet|geen|not|no|non|pas|zonder|without|sans|nooit|never|nee|neen|jamais|aucune?|не|ні|нет|"
    # Spanish and Portuguese ("no" above): "não há rampa", "sin rampa", "sem elevador"
    r"nao|sin|sem|tampoco|nem|"
    # Indonesian ("bukan untuk anak-anak", "tidak terbuka untuk umum")
    r"tidak|bukan)\b"
    r"|n't\b)(?!\s+(?:alleen|enkel|only|just|seulement|uniquement|alleen maar|zomaar|тільки|лише|только|лишь|"
    r"te missen|vergeten)\b)")
_CLAUSE_END = re.compile(r"[.;:!?\n()\[\]|•]|,\s|\s-\s|\s(?:maar|but|mais|want|en|and|et)\s")
_WORD = re.compile(r"[\w'-]+")
_POST_NEG = re.compile(
    # ("Gratis! Geen inschrijving nodig": an exclamation closes the statement)
    r"[ \t]*[:?]?[ \t]*(?:(?:is|zijn|wordt|worden|er|helaas|jammer genoeg|spijtig genoeg|"
    r"momenteel|voorlopig|nog|hier|daar|dus|daarom|echter|is er|is het|n'est|ne sont|are|is|isn't|kan|kunnen|mag|mogen|"
    r"hoeft|hoef|hoeven|moet|moeten|must)\s+)*"
    # (Turkish puts it after: "çocuklar için değildir", "asansör mevcut değil")
    r"(?:niet|nee|neen|no|not|non|pas|geen|degil\w*)\b"
    # "Vous ne parlez pas néerlandais ? Pas grave", "Rolstoel? Geen probleem!": reassurance
    r"(?!\s+(?:grave|de (?:souci|probleme|panique)|probleem|problem|problemo|erg|worries|need|"
    r"registration|booking|sign-?up|rsvp|reservation|"
    # ("gratis dus niet te missen": a recommendation)
    r"te missen|te versmaden|"
    # "ons feest met kinderanimatie (gaat) niet door": the event is cancelled, not its content
    r"door|doorgaan)\b)")


# a cheap superset of _NEGATOR's words: most windows hold none, so skip the word split
_NEGATOR_HINT = re.compile(r"niet|geen|no|pas|zonder|without|sans|never|nee|jamais|aucun|n't|не|ні|нет|"
                           r"nao|sin|sem|tampoco|nem|tidak|bukan")


def _negated_before(folded: str, start: int) -> bool:
    window = folded[max(0, start - 60):start]
    if not _NEGATOR_HINT.search(window):
        return False
    cut = None
    for m in _CLAUSE_END.finditer(window):
        cut = m.end()
    if cut is not None:
        window = window[cut:]
    words = _WORD.findall(window)[-3:]
    if not words:
        return False
    return _NEGATOR.search(" ".join(words)) is not None


# "Spreek je weinig Nederlands? Geen probleem!" reassures; it negates nothing
_REASSURANCE = re.compile(r"\s+(?:probleem|nood|zorgen|paniek|erg|bezwaar|stress|"
                          r"problem|worries|souci|probleme)\b")


# "Laagdrempelig: geen club, geen lidgeld, gewoon meespelen", "Laagdrempelig: geen inschrijving
# nodig": a colon opening what is not needed explains the word; it does not deny it
_NO_LIST = re.compile(r"[ \t]*:[ \t]*geen [\w-]+(?: [\w-]+)?(?:,\s*(?:geen|gewoon|zonder|wel)\b|"
                      r"\s+(?:nodig|vereist|verplicht)\b)|"
                      # "rolstoeltoegankelijk: geen trappen, brede stoepen": the obstacles it lacks
                      r"[ \t]*:[ \t]*geen (?:enkele )?(?:trappen|trap|treden|trede|drempels?|opstapjes?|"
                      r"hindernissen|obstakels)\b")


def _negated_after(folded: str, end: int) -> bool:
    if _NO_LIST.match(folded, end):
        return False
    m = _POST_NEG.match(folded, end)
    return m is not None and m.end() - end <= 40 and not _REASSURANCE.match(folded, m.end())


def is_negated(folded: str, start: int, end: int) -> bool:
    return _negated_before(folded, start) or _negated_after(folded, end)


# -- start keys: what every match of a pattern must begin with ------------------------------
_ZERO_WIDTH = {_c.AT, _c.ASSERT, _c.ASSERT_NOT}
_REPEATS = {_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", _c.MAX_REPEAT)}
_CATEGORY_CHARS = {_c.CATEGORY_DIGIT: "0123456789", _c.CATEGORY_SPACE: " \t\n\r\f\v"}
_MAX_KEYS = 3000


def _chars(op, av) -> str | None:
    """The characters one LITERAL/IN item can match, or None when too many or unknown."""
    if op is _c.LITERAL:
        return chr(av)
    if op is not _c.IN:
        return None
    out = []
    for sop, sav in av:
        if sop is _c.LITERAL:
            out.append(chr(sav))
        elif sop is _c.RANGE and sav[1] - sav[0] <= 40:
            out.extend(chr(x) for x in range(sav[0], sav[1] + 1))
        elif sop is _c.CATEGORY and sav in _CATEGORY_CHARS:
            out.append(_CATEGORY_CHARS[sav])
        else:                         # NEGATE, \w, wide ranges: anything may come
            return None
    return "".join(out)


def _expand_seq(items, states: set[tuple[str, bool]]) -> set[tuple[str, bool]]:
    for op, av in items:
        if not any(open_ for _, open_ in states):
            break
        states = _expand_item(op, av, states)
    return states


def _expand_item(op, av, states):
    if op in _ZERO_WIDTH:
        return states
    closed = {s for s in states if not s[1]}
    opens = [p for p, open_ in states if open_]
    chars = _chars(op, av)
    if chars is not None:
        for pre in opens:
            for ch in chars:
                key = pre + ch
                closed.add((key, len(key) < KEY_LEN))
        return closed
    if op is _c.SUBPATTERN:
        return _expand_seq(av[-1], states)
    if op is _c.BRANCH:
        out: set[tuple[str, bool]] = set()
        for branch in av[1]:
            out |= _expand_seq(branch, states)
        return out
    if op in _REPEATS:
        lo, hi, sub = av
        once = _expand_seq(sub, states)
        if hi != 1:                   # more iterations may follow: stop extending here
            once = {(p, False) for p, _ in once}
        return (once | states) if lo == 0 else once
    return closed | {(p, False) for p in opens}


def start_keys(pattern: str) -> set[str]:
    """Strings (≤ KEY_LEN characters) one of which starts every match of ``pattern``.

    An empty string in the result means the pattern may start with anything."""
    keys = {p for p, _ in _expand_seq(_p.parse(pattern), {("", True)})}
    length = KEY_LEN
    while len(keys) > _MAX_KEYS and length > 1:   # enumerations that explode: shorter keys
        length -= 1
        keys = {k[:length] for k in keys}
    return keys


def _trie_regex(keys: Iterable[str]) -> str:
    trie: dict = {}
    for key in keys:
        node = trie
        for ch in key:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        if "" in node:                # a key ends here: anything after it is fine
            return ""
        alts = [re.escape(ch) + build(child) for ch, child in sorted(node.items())]
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    return build(trie)


@dataclass
class Facet:
    name: str
    rules: tuple[Rule, ...]

    def __post_init__(self) -> None:
        for rule in self.rules:
            try:
                re.compile(rule.pattern)
            except re.error as exc:   # fail loudly, naming the rule
                raise ValueError(f"rule {rule.id}: {exc}") from exc
            # a "{_NAME}" left in a pattern is a building block that was never filled in (an
            # r-string where an rf-string was meant): it compiles, but matches nothing useful
            if re.search(r"\{_[A-Z][A-Z0-9_]*\}", rule.pattern):
                raise ValueError(f"rule {rule.id}: unfilled placeholder in its pattern")


# A match starts where no word character comes before it. Chinese, Japanese and Thai write words
# without spaces between them ("每周五免费参加"), so after one of their letters a match may start too.
_NO_SPACE_SCRIPTS = "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
MATCH_START = rf"(?<![^\W{_NO_SPACE_SCRIPTS}])"


class Scanner:
    """All facets' rules behind one locator scan; ``scan(texts)`` → hits per facet."""

    def __init__(self, facets: Iterable[Facet]) -> None:
        self.facets = tuple(facets)
        self._by_key: dict[str, list[tuple[int, int, Rule, re.Pattern]]] = {}
        for fi, facet in enumerate(self.facets):
            for ri, rule in enumerate(facet.rules):
                keys = start_keys(rule.pattern)
                if "" in keys:
                    raise ValueError(f"rule {rule.id} may start with any character; start it "
                                     "with a word or a literal character")
                # ("[a-z]+s are available for free" enumerates 26 one-letter keys: the rule would
                # be tried at every word, as one that may start anywhere — session 17's slowdown)
                if any(len(key) == 1 and key.isalpha() for key in keys):
                    raise ValueError(f"rule {rule.id} may start with any letter; start it with a "
                                     "word, or match from a word after it")
                compiled = re.compile(rule.pattern)
                for key in keys:
                    self._by_key.setdefault(key, []).append((fi, ri, rule, compiled))
        self.locator = re.compile(MATCH_START + r"(?=" + _trie_regex(self._by_key) + ")")
        self._cache: dict[str, tuple] = {}
        self._combined: dict[tuple, re.Pattern] = {}

    def _candidates(self, head: str) -> tuple:
        """What to try at a position whose next characters are ``head``: per facet, one
        alternation of its candidate rules in rule order (first listed wins, as in a scan of
        the facet's full alternation) and the rule behind each of its groups."""
        found = []
        for n in range(1, len(head) + 1):
            found.extend(self._by_key.get(head[:n], ()))
        found = sorted({(c[0], c[1]): c for c in found}.values(), key=lambda c: (c[0], c[1]))
        groups: dict[int, list] = {}
        for fi, ri, rule, compiled in found:
            groups.setdefault(fi, []).append((ri, rule, compiled))
        result = []
        for fi, rules in groups.items():
            if len(rules) == 1:
                _, rule, compiled = rules[0]
                result.append((fi, compiled, None, rule))
                continue
            key = (fi, tuple(ri for ri, _, _ in rules))
            combined = self._combined.get(key)
            if combined is None:
                combined = re.compile("|".join(f"(?P<r{ri}>{rule.pattern})"
                                               for ri, rule, _ in rules))
                self._combined[key] = combined
            result.append((fi, combined, {f"r{ri}": rule for ri, rule, _ in rules}, None))
        result = tuple(result)
        if len(self._cache) < 50_000:
            self._cache[head] = result
        return result

    def scan(self, texts: dict[str, tuple[str, str]]) -> list[list[Hit]]:
        """texts: field → (original, folded). Returns one list of hits per facet."""
        out: list[list[Hit]] = [[] for _ in self.facets]
        cache = self._cache
        for fld, (original, folded) in texts.items():
            if not folded:
                continue
            next_free = [0] * len(self.facets)
            for lm in self.locator.finditer(folded):
                pos = lm.start()
                head = folded[pos:pos + KEY_LEN]
                cands = cache.get(head)
                if cands is None:
                    cands = self._candidates(head)
                for fi, compiled, by_group, rule in cands:
                    if pos < next_free[fi]:
                        continue
                    m = compiled.match(folded, pos)
                    if m is None:
                        continue
                    if by_group is not None:
                        rule = by_group[m.lastgroup]
                    end = m.end()
                    next_free[fi] = end if end > pos else pos + 1
                    if fld not in rule.fields:
                        continue
                    if is_negated(folded, pos, end):
                        if rule.negated is CANCEL:
                            continue
                        value, neg = rule.negated, True
                    else:
                        value, neg = rule.value, False
                    out[fi].append(Hit(rule, value, fld, original[pos:end], pos, end, neg))
        return out


def evidence(tag: str, value: Any, hit: Hit | None = None, *, field: str | None = None,
             match: str | None = None, rule: str | None = None) -> dict[str, Any]:
    if hit is not None:
        return {"tag": tag, "value": value, "field": hit.field, "match": hit.match,
                "rule": hit.rule.id + (".negated" if hit.negated else "")}
    return {"tag": tag, "value": value, "field": field, "match": match, "rule": rule}


def set_aside(hits: list, ev: list, tag: str, reason: str, test) -> list:
    """The hits ``test`` rejects are recorded in the evidence under ``tag`` with ``reason``;
    the rest are returned, in order."""
    kept = []
    for h in hits:
        if test(h):
            ev.append(evidence(tag, reason, h))
        else:
            kept.append(h)
    return kept


def rules_data(facets: Iterable[Facet]) -> list[dict[str, Any]]:
    return [{"facet": f.name, "rules": [r.data() for r in f.rules]} for f in facets]
