"""``doemee audit`` on a catalogue database, through the export record, and the tagger hook."""
from __future__ import annotations

import csv
import json
import sys

import pytest
import time_machine

from catalogue.store import CatalogueStore
from doemee.cli import main
from publish.audit import engine
from publish.audit.engine import audit, default_tagger
from tests.audit.records import GOOD_EVIDENCE, GOOD_TAGS, NOW, good_record


def item(**overrides):
    base = {
        "id": "20001", "source": "ikdoemee", "site_id": "20001",
        "url": "https://www.ikdoemee.be/nl/activiteit/20001-praatcafe",
        "title": "Praatcafé", "description": good_record()["description"],
        "organizer_id": "5", "organizer_name": "Vormingplus", "location_name": "Zaal",
        "street": "Markt 1", "postcode": "2800", "locality": "Mechelen", "online": 0,
        "start": "2026-12-03T14:00:00+01:00", "end": "2027-05-27T16:00:00+02:00",
        "schedule": "elke donderdag", "price_text": "Gratis", "is_free": 1, "offers": [],
        "languages": ["Nederlands"], "dutch_level": 2, "goals": ["mensen-ontmoeten"],
        "contact_phone": "015 11 22 33", "status": "active", "extracted_by": "jsonld",
    }
    base.update(overrides)
    return base


@pytest.fixture
def catalogue(tmp_path):
    path = tmp_path / "catalogue.db"
    with time_machine.travel(NOW, tick=False):
        store = CatalogueStore(path)
        store.upsert_activity(item(), None)
        store.upsert_activity(item(id="20002", title="KOOKLES", price_text=None, is_free=None,
                                   organizer_id="6", organizer_name="Buurtwerk 't Lampeke"), None)
    store.db["enrichment"].insert_all([
        {"id": i, "tags": json.dumps(GOOD_TAGS), "evidence": json.dumps(GOOD_EVIDENCE),
         "municipality": "Mechelen", "nis_code": "12025", "region": "Rivierenland",
         "region_code": "REFREG02", "province": "Antwerpen"} for i in ("20001", "20002")])
    return path


def test_audit_command_writes_every_report(catalogue, tmp_path, capsys):
    out = tmp_path / "audit"
    with time_machine.travel(NOW, tick=False):
        assert main(["audit", "--db", str(catalogue), "--out", str(out)]) == 0
    assert "2 aanbieders" in capsys.readouterr().out
    assert (out / "index.html").exists() and (out / "samenvatting.md").exists()
    pages = sorted(p.name for p in (out / "aanbieders").glob("*.html"))
    assert pages == ["buurtwerk-t-lampeke.html", "vormingplus.html"]
    with (out / "bevindingen.csv").open(encoding="utf-8-sig") as fh:
        rows = list(csv.DictReader(fh))
    # GOOD_TAGS say "free" for both, so the missing price is not blamed; caps are
    assert {(r["activity_id"], r["check_id"]) for r in rows} == {("20002", "hoofdletters")}
    page = (out / "aanbieders" / "vormingplus.html").read_text(encoding="utf-8")
    assert "Gemeente / municipality" in page and "Mechelen" in page   # from enrichment


def test_audit_command_one_provider_one_format(catalogue, tmp_path):
    out = tmp_path / "one"
    with time_machine.travel(NOW, tick=False):
        assert main(["audit", "--db", str(catalogue), "--provider", "vormingplus",
                     "--format", "html", "--out", str(out)]) == 0
    assert [p.name for p in (out / "aanbieders").glob("*.html")] == ["vormingplus.html"]
    assert not (out / "bevindingen.csv").exists()


def test_audit_command_errors(catalogue, tmp_path, capsys):
    assert main(["audit", "--db", str(tmp_path / "nope.db"), "--out", str(tmp_path)]) == 2
    assert main(["audit", "--db", str(catalogue), "--provider", "Onbekend",
                 "--out", str(tmp_path / "x")]) == 1
    assert "Onbekend" in capsys.readouterr().err


# -- the enrichment hook ---------------------------------------------------------------------
def test_records_without_tags_use_the_tagger():
    calls = []

    def tagger(record):
        calls.append(record["id"])
        return {"tags": {**GOOD_TAGS, "wheelchair": None}, "evidence": [],
                "location": {"municipality": "Lier", "region": "Rivierenland"}}

    record = good_record(tags=None, evidence=None, location={"municipality": None})
    result = audit([record], now=NOW, tagger=tagger)
    assert calls == ["10001"]
    [listing] = result.listings
    assert listing.listing.tags_known and listing.record["location"]["municipality"] == "Lier"
    assert [f.check_id for f in listing.findings] == ["ontbreekt-rolstoel"]
    assert record["tags"] is None                     # the input record is left untouched
    audit([good_record()], now=NOW, tagger=tagger)    # records with tags are not re-tagged
    assert calls == ["10001"]


def test_a_failing_tagger_never_crashes_the_audit():
    def broken(record):
        raise RuntimeError("boom")

    result = audit([good_record(tags=None, evidence=None)], now=NOW, tagger=broken)
    assert result.tags_unknown == 1 and len(result.listings) == 1


def test_default_tagger_is_none_when_enrich_tagger_is_missing(monkeypatch):
    default_tagger.cache_clear()
    monkeypatch.setitem(sys.modules, "enrich.tagger", None)   # makes the import fail
    try:
        assert default_tagger() is None
        result = audit([good_record(tags=None, evidence=None)], now=NOW)
        assert result.tags_unknown == 1
    finally:
        default_tagger.cache_clear()


def test_default_tagger_uses_enrich_tagger_when_present(monkeypatch):
    import types
    module = types.ModuleType("enrich.tagger")
    module.tag_record = lambda record: {"tags": dict(GOOD_TAGS), "evidence": [], "location": {}}
    default_tagger.cache_clear()
    monkeypatch.setitem(sys.modules, "enrich.tagger", module)
    try:
        assert engine.default_tagger() is module.tag_record
        assert audit([good_record(tags=None, evidence=None)], now=NOW).tags_unknown == 0
    finally:
        default_tagger.cache_clear()
