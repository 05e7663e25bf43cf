import json
from datetime import datetime, timedelta

import pytest
import time_machine

from catalogue.export import iter_records
from catalogue.store import CatalogueStore, open_db
from doemee.clock import BRUSSELS
from enrich import tagger
from enrich.run import enrich_db

ITEMS = [
    {"id": "a1", "source": "ikdoemee", "url": "https://x/a1", "title": "Praattafel",
     "description": "Deelname is gratis. De zaal is rolstoeltoegankelijk.",
     "postcode": "2870", "locality": "Ruisbroek", "online": 0},
    {"id": "a2", "source": "ikdoemee", "url": "https://x/a2", "title": "Kookles",
     "price_text": "Gratis voor kinderen, volwassenen 4 euro", "postcode": "1601",
     "locality": "Ruisbroek", "online": 0},
    {"id": "a3", "source": "ikdoemee", "url": "https://x/a3", "title": "Online taalcafé",
     "description": "Via Zoom.", "online": 1, "dutch_level": 2, "goals": ["nederlands-oefenen"]},
]
T0 = datetime(2026, 3, 1, 10, 0, tzinfo=BRUSSELS)


@pytest.fixture()
def db_path(tmp_path):
    path = tmp_path / "catalogue.db"
    with time_machine.travel(T0, tick=False):
        store = CatalogueStore(path)
        for item in ITEMS:
            store.upsert_activity(item, run_id=None)
    return path


def rows(path):
    return [dict(r) for r in open_db(path)["enrichment"].rows_where(order_by="id")]


def test_enrich_db_fills_the_export_and_is_idempotent(db_path):
    with time_machine.travel(T0 + timedelta(hours=1), tick=False):
        counts = enrich_db(db_path)
    assert counts == {"records": 3, "new": 3, "changed": 0, "unchanged": 0, "errors": 0,
                      "in_target_region": 1}
    first = rows(db_path)
    with time_machine.travel(T0 + timedelta(days=2), tick=False):
        again = enrich_db(db_path)
    assert again["unchanged"] == 3 and again["new"] == again["changed"] == 0
    assert rows(db_path) == first                       # identical rows, enriched_at included

    records = {r["id"]: r for r in iter_records(db_path)}
    a1, a2, a3 = records["a1"], records["a2"], records["a3"]
    assert a1["tags"]["cost"] == "free" and a1["tags"]["wheelchair"] is True
    assert a1["location"]["municipality"] == "Puurs-Sint-Amands"
    assert a1["location"]["region"] == "Rivierenland" and a1["location"]["province"] == "Antwerpen"
    assert a2["tags"]["cost"] == "paid" and a2["tags"]["price_min_eur"] == 4.0
    assert a2["location"]["nis_code"] == "23077" and a2["location"]["region_code"] == "REFREG04"
    assert a3["location"]["nis_code"] is None and a3["tags"]["dutch_level"] == 2
    assert any(e["rule"] == "geo.online" for e in a3["evidence"])
    row = {r["id"]: r for r in first}["a1"]
    assert row["in_target_region"] == 1 and row["rules_version"] == tagger.rules_version()
    assert row["enriched_at"] == (T0 + timedelta(hours=1)).isoformat()
    assert json.loads(row["tags"])["cost"] == "free"


def test_rule_change_retags_everything(db_path, monkeypatch):
    enrich_db(db_path)
    before = {r["id"]: r["rules_version"] for r in rows(db_path)}
    monkeypatch.setattr(tagger, "LOGIC_VERSION", "test-change")
    tagger.rules_version.cache_clear()
    try:
        import enrich.run
        monkeypatch.setattr(enrich.run, "rules_version", tagger.rules_version)
        counts = enrich_db(db_path)
    finally:
        tagger.rules_version.cache_clear()
    assert counts["changed"] == 3
    after = {r["id"]: r["rules_version"] for r in rows(db_path)}
    assert all(after[k] != before[k] for k in before)


def test_changed_activity_is_retagged(db_path):
    enrich_db(db_path)
    store = CatalogueStore(db_path)
    store.upsert_activity({**ITEMS[0], "description": "Niet gratis. Niet rolstoeltoegankelijk."},
                          run_id=None)
    counts = enrich_db(db_path)
    assert counts["changed"] == 1 and counts["unchanged"] == 2
    a1 = next(r for r in iter_records(db_path) if r["id"] == "a1")
    assert a1["tags"]["cost"] == "paid" and a1["tags"]["wheelchair"] is False


def test_region_setting_and_unknown_region(db_path):
    counts = enrich_db(db_path, region="REFREG04")
    assert counts["in_target_region"] == 1
    with pytest.raises(ValueError):
        enrich_db(db_path, region="REFREG99")


def test_cli_enrich(db_path):
    from doemee.cli import main
    assert main(["enrich", "--db", str(db_path), "--region", "REFREG02"]) == 0
    assert len(rows(db_path)) == 3
