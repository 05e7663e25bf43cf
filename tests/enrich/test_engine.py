"""The rule engine's fast scan must give exactly what one alternation per facet would."""
import os
import re

import pytest

from enrich.engine import CANCEL, MATCH_START, Facet, Rule, Scanner, is_negated, start_keys
from enrich.evaluate import load_set
from enrich.tagger import FACETS, SCANNER, record_texts


def naive_scan(facets, texts):
    """Reference: one ``MATCH_START(?:r0|r1|…)`` alternation per facet, scanned with finditer."""
    out = []
    for facet in facets:
        by_group = {f"r{i}": r for i, r in enumerate(facet.rules)}
        regex = re.compile(MATCH_START + r"(?:" + "|".join(
            f"(?P<r{i}>{r.pattern})" for i, r in enumerate(facet.rules)) + ")")
        hits = []
        for fld, (original, folded) in texts.items():
            for m in regex.finditer(folded):
                rule = by_group[m.lastgroup]
                if fld not in rule.fields:
                    continue
                neg = is_negated(folded, m.start(), m.end())
                if neg and rule.negated is CANCEL:
                    continue
                hits.append((rule.id, rule.negated if neg else rule.value, fld, m.start(),
                             m.end()))
        out.append(hits)
    return out


def test_start_keys():
    assert start_keys(r"\bgratis\b|\bkosteloos\b") == {"gratis", "kostel"}
    assert start_keys(r"€ ?0") == {"€ 0", "€0"}
    assert "" not in start_keys(r"\b(?:a1|b2)\b")
    assert start_keys(r"\d{1,2} ?\+") >= {str(d) for d in range(10)}


def test_a_match_starts_after_a_letter_only_in_scripts_without_spaces():
    # Chinese writes words without spaces ("每周五免费参加"); a Latin word never starts inside a word
    scanner = Scanner([Facet("cost", (Rule("t.free", r"免费|gratis", value="free"),))])
    assert [h.start for h in scanner.scan({"description": ("每周五免费参加", "每周五免费参加")})[0]] == [3]
    assert scanner.scan({"description": ("ongratis", "ongratis")})[0] == []


def test_rule_that_may_start_anywhere_is_refused():
    with pytest.raises(ValueError):
        Scanner([Facet("x", (Rule("x.any", r"\w+ gratis"),))])


def test_rule_that_may_start_with_any_letter_is_refused():
    with pytest.raises(ValueError, match="any letter"):
        Scanner([Facet("x", (Rule("x.noun", r"[a-z]+s are available for free"),))])
    Scanner([Facet("x", (Rule("x.digits", r"\d{1,2} ?\+"),))])      # digits are few and rare


def equivalence_sample(items, every: int = 12):
    """The hand cases and the offline model in full, every ``every``-th blind-set listing: the
    naive reference scan costs ~5 ms a listing, and the default set has grown past 37,000 (every
    4th took 52 s of the suite's eight minutes; every 12th is about 3,000 listings of every set).
    DOEMEE_FULL_SCAN_CHECK=1 checks all."""
    if os.environ.get("DOEMEE_FULL_SCAN_CHECK"):
        return items
    return [item for i, item in enumerate(items)
            if not str(item["id"]).startswith("v") or i % every == 0]


def test_equivalence_sample_keeps_hand_cases_and_model():
    items = [{"id": "g001"}, {"id": "model-1"}, {"id": "v1-001"}, {"id": "v1-002"}, {"id": "v1-003"},
             {"id": "v1-004"}, {"id": "v1-005"}]
    assert [i["id"] for i in equivalence_sample(items, every=4)] == ["g001", "model-1", "v1-003"]


def test_scanner_equals_one_alternation_per_facet():
    facets = [f for _, f in FACETS]
    for item in equivalence_sample(load_set()):
        texts = record_texts(item["record"])
        fast = [[(h.rule.id, h.value, h.field, h.start, h.end) for h in hits]
                for hits in SCANNER.scan(texts)]
        assert fast == naive_scan(facets, texts), item["id"]
