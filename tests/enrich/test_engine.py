"""The rule engine's fast scan must give exactly what one alternation per facet would."""
import re

import pytest

from enrich.engine import CANCEL, Facet, Rule, Scanner, is_negated, start_keys
from enrich.evaluate import load_set
from enrich.tagger import FACETS, SCANNER, record_texts


def naive_scan(facets, texts):
    """Reference: one ``(?<!\\w)(?:r0|r1|…)`` alternation per facet, scanned with finditer."""
    out = []
    for facet in facets:
        by_group = {f"r{i}": r for i, r in enumerate(facet.rules)}
        regex = re.compile(r"(?<!\w)(?:" + "|".join(
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


def test_rule_that_may_start_anywhere_is_refused():
    with pytest.raises(ValueError):
        Scanner([Facet("x", (Rule("x.any", r"\w+ gratis"),))])


def test_scanner_equals_one_alternation_per_facet():
    facets = [f for _, f in FACETS]
    for item in load_set():
        texts = record_texts(item["record"])
        fast = [[(h.rule.id, h.value, h.field, h.start, h.end) for h in hits]
                for hits in SCANNER.scan(texts)]
        assert fast == naive_scan(facets, texts), item["id"]
