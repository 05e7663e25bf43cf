"""Scores follow the documented formula (publish/audit/scores.py)."""
from __future__ import annotations

import pytest

from publish.audit import scores
from publish.audit.checks import CHECKS_BY_ID
from publish.audit.engine import audit
from tests.audit.records import NOW, good_record

NO_CONTACT = {"name": None, "phone": None, "email": None}


def test_weights_are_the_documented_ones():
    assert scores.ESSENTIAL_WEIGHTS == {
        "ontbreekt-prijs": 20, "ontbreekt-plaats": 15, "ontbreekt-datum": 15,
        "ontbreekt-contact": 15, "ontbreekt-taalniveau": 15, "ontbreekt-rolstoel": 10,
        "ontbreekt-kinderen": 10}
    assert scores.SEVERITY_POINTS == {"hoog": 30, "middel": 15, "laag": 5}
    for text in (scores.__doc__, scores.FORMULA_NL):
        assert "20" in text and "10" in text and "30" in text


@pytest.mark.parametrize("overrides, expected", [
    ({}, 100),
    ({"price_text": None, "is_free": None, "tags": {"cost": "unknown"}}, 80),
    ({"price_text": None, "is_free": None, "tags": {"cost": "unknown", "wheelchair": None}}, 70),
    ({"contact": NO_CONTACT, "dutch_level": None, "tags": {"dutch_level": None}}, 70),
    # findings that are not about missing essentials do not lower completeness
    ({"status": "cancelled", "title": "TAALCAFÉ"}, 100),
])
def test_listing_completeness(overrides, expected):
    [listing] = audit([good_record(**overrides)], now=NOW, tagger=None).listings
    assert listing.completeness == expected


def test_provider_completeness_is_the_mean_of_its_listings():
    records = [
        good_record(id="1", title="Een"),
        good_record(id="2", title="Twee", price_text=None, is_free=None,
                    tags={"cost": "unknown", "wheelchair": None}),                 # 70
        good_record(id="3", title="Drie", contact=NO_CONTACT, start=None, end=None,
                    schedule=None, tags={"family_friendly": False}, evidence=[]),   # 60
    ]
    [provider] = audit(records, now=NOW, tagger=None).providers
    assert sorted(la.completeness for la in provider.listings) == [60, 70, 100]
    assert provider.completeness == round((100 + 70 + 60) / 3, 1) == 76.7
    assert scores.provider_completeness([]) == 100.0


def test_priority_is_severity_points_plus_essential_weight():
    record = good_record(price_text=None, is_free=None, tags={"cost": "unknown"}, status="cancelled")
    found = {f.check_id: f for f in audit([record], now=NOW, tagger=None).findings}
    assert found["ontbreekt-prijs"].priority == 30 + 20
    assert found["verouderd-geannuleerd"].priority == 15 + 0
    for check_id, finding in found.items():
        check = CHECKS_BY_ID[check_id]
        assert finding.priority == scores.SEVERITY_POINTS[check.severity] + check.essential_weight


def test_fix_first_ranks_by_summed_priority():
    # three listings lack a Dutch level (3 × (15 + 15) = 90), one lacks a price (30 + 20 = 50),
    # two have no wheelchair information (2 × (15 + 10) = 50: ties with the price, which is
    # more severe and comes first)
    records = [
        good_record(id="1", title="Een", dutch_level=None, tags={"dutch_level": None, "wheelchair": None}),
        good_record(id="2", title="Twee", dutch_level=None, tags={"dutch_level": None, "wheelchair": None}),
        good_record(id="3", title="Drie", dutch_level=None, tags={"dutch_level": None},
                    price_text=None, is_free=None),
    ]
    records[2]["tags"]["cost"] = "unknown"
    [provider] = audit(records, now=NOW, tagger=None).providers
    ranked = [(i.check_id, i.listings, i.impact) for i in provider.fix_first]
    assert ranked == [("ontbreekt-taalniveau", 3, 90), ("ontbreekt-prijs", 1, 50),
                      ("ontbreekt-rolstoel", 2, 50)]
    assert set(provider.fix_first[0].titles) == {"Een", "Twee", "Drie"}
