"""The bundled catalogue: counts, coverage, special cases, truth labels."""
from __future__ import annotations

import csv
import json
import re
from collections import Counter
from pathlib import Path

import pytest

from sitemodel import generate
from sitemodel.catalogue import DATA_DIR
from sitemodel.phrases import GOAL_SLUGS
from sitemodel.text import html_to_text

GAZETTEER = Path("/work/shared/domain/gazetteer/rivierenland_localities.csv")
ACTS = json.loads((DATA_DIR / "activities.json").read_text(encoding="utf-8"))
ORGS = json.loads((DATA_DIR / "organisations.json").read_text(encoding="utf-8"))


def text_of(a):
    return " ".join(filter(None, [a["title"], html_to_text(a["description_html"]), a["price_text"]]))


def test_generator_is_deterministic_and_matches_committed_data():
    orgs, acts = generate.generate()
    assert json.loads(json.dumps(acts, ensure_ascii=False)) == ACTS
    assert json.loads(json.dumps(orgs, ensure_ascii=False)) == ORGS


def test_counts():
    assert len(ACTS) >= 270
    assert len(ORGS) >= 65
    assert len({a["id"] for a in ACTS}) == len(ACTS)
    assert all(re.fullmatch(r"\d{5}", a["id"]) for a in ACTS)
    org_ids = {o["id"] for o in ORGS}
    assert all(a["org_id"] in org_ids for a in ACTS)
    assert {a["org_id"] for a in ACTS} == org_ids, "every organisation has an activity"


def test_every_rivierenland_municipality_and_deelgemeente_is_covered():
    rows = list(csv.DictReader(GAZETTEER.open(encoding="utf-8"))) if GAZETTEER.exists() else None
    if rows is None:
        from sitemodel.places import RIVIERENLAND
        rows = [{"postcode": p.postcode, "locality": p.locality, "municipality_nis": p.nis} for p in RIVIERENLAND]
    assert len(rows) == 41
    seen = Counter((a["location"]["postcode"], a["location"]["locality"]) for a in ACTS if a["location"])
    for row in rows:
        assert seen[(row["postcode"], row["locality"])] >= 1, row
    nis = {a["truth"]["municipality_nis"] for a in ACTS}
    assert {r["municipality_nis"] for r in rows} <= nis


def test_collisions_elsewhere_and_online():
    places = {(a["location"]["postcode"], a["location"]["locality"]): a["truth"] for a in ACTS if a["location"]}
    assert places[("1601", "Ruisbroek")]["municipality_nis"] == "23077"
    assert places[("2870", "Ruisbroek")]["municipality_nis"] == "12041"
    assert places[("3891", "Muizen")]["municipality_nis"] == "71017"
    assert places[("2812", "Muizen")]["refreg_code"] == "REFREG02"
    assert places[("3010", "Kessel-Lo")]["refreg_code"] == "REFREG05"
    assert places[("2560", "Kessel")]["municipality_nis"] == "12026"
    assert places[("3630", "Maasmechelen")]["municipality_nis"] == "73107"
    assert places[("9570", "Lierde")]["municipality_nis"] == "45063"
    assert places[("8301", "Heist-aan-Zee")]["municipality_nis"] == "31043"
    assert places[("2800", "Walem")]["municipality_nis"] == "12025"
    assert places[("1000", "Brussel")]["refreg_code"] is None
    outside = [a for a in ACTS if a["location"] and a["truth"]["refreg_code"] != "REFREG02"]
    assert 20 <= len(outside) <= 35
    online = [a for a in ACTS if a["online"]]
    assert len(online) == 2
    assert all(a["location"] is None and a["truth"]["municipality_nis"] is None
               and a["truth"]["refreg_code"] is None and a["truth"]["pnt_fit"] == "unlikely" for a in online)


def test_statuses_languages_and_variants():
    status = Counter(a["status"] for a in ACTS)
    assert status["cancelled"] >= 5 and status["full"] >= 5
    lang = Counter(a["lang"] for a in ACTS)
    assert lang["en"] >= 5 and lang["fr"] >= 3
    variants = Counter(a["structured"] for a in ACTS)
    assert 0.35 < variants["jsonld"] / len(ACTS) < 0.55
    assert 0.12 < variants["microdata"] / len(ACTS) < 0.28
    assert all(a["structured"] == generate.structured_variant(a["id"]) for a in ACTS)
    assert sum(a["published_day"] == 0 for a in ACTS) == 5
    assert {a.get("hostile") for a in ACTS} >= {"title", "description-html", "description-text"}


def test_real_world_messiness_is_present():
    texts = [text_of(a) for a in ACTS]
    raw = " ".join(a["description_html"] for a in ACTS)
    for needle in ["&eacute;", "&amp;", "&nbsp;", "&euro;", "<br>", "<ul>", "<p>"]:
        assert needle in raw, needle
    for needle in ["gratis voor kinderen, volwassenen 4 euro", "Vrije bijdrage", "UiTPAS", "niet rolstoeltoegankelijk",
                   "geen lift", "Geen kinderopvang", "van 0 tot 3 jaar", "Vanaf 6 jaar", "Vooraf inschrijven verplicht"]:
        assert any(needle.lower() in t.lower() for t in texts), needle
    schedules = {a["schedule"] for a in ACTS}
    assert "elke woensdag van 19u tot 21u" in schedules
    assert any(a["title"].isupper() for a in ACTS) and any(a["title"].islower() for a in ACTS)
    phones = [a["contact"]["phone"] for a in ACTS if a["contact"]["phone"]]
    assert any(p.startswith("+32 (0)") for p in phones) and any(re.match(r"04\d\d/", p) for p in phones)
    assert all(".example" in (a["contact"]["email"] or ".example") for a in ACTS)


def test_truth_shape():
    keys = {"cost", "price_min_eur", "uitpas", "family_friendly", "childcare", "age_min", "age_max", "wheelchair",
            "dutch_level", "low_threshold", "goals", "pnt_fit", "municipality_nis", "refreg_code"}
    for a in ACTS:
        t = a["truth"]
        assert set(t) == keys
        assert t["cost"] in {"free", "reduced", "paid", "unknown"}
        assert t["pnt_fit"] in {"likely", "unlikely", "unknown"}
        assert t["dutch_level"] in {None, 1, 2, 3, 4}
        assert t["wheelchair"] in {None, True, False}
        assert 1 <= len(t["goals"]) <= 3 and set(t["goals"]) <= set(GOAL_SLUGS)
        assert t["goals"] == a["goals"]


@pytest.mark.parametrize("a", ACTS, ids=lambda a: a["id"])
def test_truth_consistent_with_text(a):
    t = a["truth"]
    text = text_of(a).lower()
    structured = a["structured"] != "none"
    if t["cost"] == "unknown":
        assert a["price_text"] is None and not (structured and (a["offers"] or a["is_free"] is not None))
        assert t["price_min_eur"] is None
    if t["cost"] == "free":
        assert t["price_min_eur"] == 0.0
        assert not re.search(r"\d+([.,]\d+)? ?(euro|eur)\b|€ ?\d", text)
    if t["cost"] in ("paid", "reduced") and t["price_min_eur"]:
        assert t["price_min_eur"] > 0
    if "niet rolstoeltoegankelijk" in text or "geen lift" in text:
        assert t["wheelchair"] is False
    elif "rolstoel" not in text and "wheelchair" not in text and "chaise roulante" not in text:
        assert t["wheelchair"] is None
    if "geen kinderopvang" in text:
        assert t["childcare"] is False
    if a["dutch_level_icon"]:
        assert t["dutch_level"] == a["dutch_level_icon"]
    if "vooraf inschrijven verplicht" in text:
        assert t["low_threshold"] is False
    if t["uitpas"]:
        assert "uitpas" in text + json.dumps(a["offers"] if structured else None).lower()
    if t["age_min"] is not None or t["age_max"] is not None:
        assert "jaar" in text or "18+" in text
