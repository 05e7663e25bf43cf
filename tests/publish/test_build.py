"""Build details: the published schema, audit integration, next occurrence."""
from __future__ import annotations

import json
import logging
import sqlite3
import sys
from datetime import datetime

import time_machine

from doemee.clock import BRUSSELS
from publish.build import build_site
from publish.metadata import deep_merge
from publish.text import fold, next_occurrence

from .conftest import BUILD_AT

NOW = datetime(2024, 11, 26, 10, 0, tzinfo=BRUSSELS)


def test_published_schema_and_indexes(site_dir):
    conn = sqlite3.connect(site_dir / "catalogue.db")
    ids = [r[0] for r in conn.execute("select id from activiteiten order by volgorde")]
    assert "ikdoemee:105" not in ids and len(ids) == 7      # removed one excluded
    assert ids[-1] == "ikdoemee:106"                        # what is over comes last
    indexes = {r[0] for r in conn.execute("select name from sqlite_master where type='index'")}
    for col in ("gemeente", "kosten", "nederlands_niveau", "gezinsvriendelijk", "rolstoel",
                "status", "regio", "laagdrempelig"):
        assert f"idx_activiteiten_{col}" in indexes
    row = conn.execute("select doelen, kosten, rolstoel, url, titel from activiteiten "
                       "where id = 'ikdoemee:103'").fetchone()
    assert json.loads(row[0]) == ["mensen-ontmoeten"]
    assert row[1:4] == ("betalend", "nee", None)            # javascript: URL dropped
    titles = [r[0] for r in conn.execute("select titel from activiteiten")]
    assert "Één café voor ouders" in titles                 # control character stripped
    inspect = json.loads((site_dir / "inspect.json").read_text())
    assert inspect["catalogue"]["tables"]["activiteiten"]["count"] == 7


def test_audit_tables_and_metadata_merged(site_dir):
    conn = sqlite3.connect(site_dir / "catalogue.db")
    tables = {r[0] for r in conn.execute("select name from sqlite_master where type='table'")}
    metadata = json.loads((site_dir / "metadata.json").read_text())
    try:
        import publish.audit.site  # noqa: F401
    except ImportError:
        assert "audit_findings" not in tables
        return
    assert "audit_findings" in tables
    assert "audit_findings" in metadata["databases"]["catalogue"]["tables"]
    assert "activiteiten" in metadata["databases"]["catalogue"]["tables"]   # ours kept


def test_build_without_audit_module(catalogue_path, tmp_path, monkeypatch, caplog):
    monkeypatch.setitem(sys.modules, "publish.audit.site", None)   # import raises ImportError
    with time_machine.travel(BUILD_AT, tick=False), caplog.at_level(logging.WARNING):
        summary = build_site(catalogue_path, tmp_path / "site")
    assert summary["activities"] == 7
    assert "audit not available" in caplog.text
    conn = sqlite3.connect(tmp_path / "site" / "catalogue.db")
    assert not conn.execute("select count(*) from sqlite_master where name = 'audit_findings'"
                            ).fetchone()[0]


def test_deep_merge():
    base = {"databases": {"catalogue": {"tables": {"a": {"title": "A"}}, "queries": {}}}}
    deep_merge(base, {"databases": {"catalogue": {"tables": {"b": {"title": "B"}},
                                                  "queries": {"q": {"sql": "select 1"}}}}})
    assert set(base["databases"]["catalogue"]["tables"]) == {"a", "b"}
    assert base["databases"]["catalogue"]["queries"] == {"q": {"sql": "select 1"}}


def test_next_occurrence():
    # single future event
    assert next_occurrence("2024-12-05T14:00:00+01:00", None, None, NOW) == (
        datetime(2024, 12, 5, 14, 0, tzinfo=BRUSSELS), False)
    # weekly series running now: next Tuesday at the start's time (today, 19:00)
    nxt, over = next_occurrence("2024-09-03T19:00:00+02:00", "2025-06-24T21:00:00+02:00",
                                "Elke dinsdag", NOW)
    assert (nxt.date().isoformat(), nxt.hour, over) == ("2024-11-26", 19, False)
    nxt, _ = next_occurrence("2024-09-04T10:00:00+02:00", "2025-06-24", "op donderdagen", NOW)
    assert nxt.date().isoformat() == "2024-11-28"
    # running without named weekdays: no date, not over; past single event: over
    assert next_occurrence("2024-01-01", "2025-01-01", None, NOW) == (None, False)
    assert next_occurrence("2023-03-01T19:00", None, None, NOW) == (None, True)
    assert next_occurrence(None, None, None, NOW) == (None, False)


def test_fold():
    assert fold("Taalcafé ÉÉN naïef") == "taalcafe een naief"


def _dump(path) -> dict[str, list]:
    conn = sqlite3.connect(path)
    tables = [r[0] for r in conn.execute(
        "select name from sqlite_master where type='table' and name not like 'zoek_%' "
        "and name not like 'sqlite_%' and name != 'publicatie' order by name")]
    out = {t: conn.execute(f"select rowid, * from [{t}] order by rowid").fetchall()
           for t in tables}
    for fts, query in (("zoek_woorden", '"cafe"'), ("zoek_trigram", '"les"')):
        out[fts] = conn.execute(f"select rowid from {fts} where {fts} match ? order by rowid",
                                [query]).fetchall()
    conn.close()
    return out


def test_worker_process_builds_the_same_database(catalogue_path, tmp_path):
    """The transformation in a worker process (large catalogues) writes exactly the rows of
    the in-process one, and its full-text indexes find the same rows."""
    from publish.build import CatalogueRecords, write_database
    inline, worker = tmp_path / "inline.db", tmp_path / "worker.db"
    assert write_database(CatalogueRecords(catalogue_path, parallel=False), inline, NOW) == 7
    assert write_database(CatalogueRecords(catalogue_path, parallel=True), worker, NOW) == 7
    a, b = _dump(inline), _dump(worker)
    assert a == b and len(a["activiteiten"]) == 7 and a["zoek_trigram"]


def test_worker_process_failure_stops_the_build(tmp_path):
    from publish.build import CatalogueRecords, write_database
    missing = tmp_path / "no-catalogue.db"
    sqlite3.connect(missing).close()              # a database without the catalogue's tables
    import pytest
    with pytest.raises(RuntimeError, match="transform worker failed"):
        write_database(CatalogueRecords(missing, parallel=True), tmp_path / "out.db", NOW)


def test_the_sentence_to_check_for_a_free_and_for_a_doubted_free():
    from publish.build import _free_to_check
    free = {"tag": "cost", "value": "free", "field": "description", "match": "Deelname is gratis",
            "rule": "cost.free-activity"}
    review = {"tag": "cost", "value": "te controleren", "field": "description",
              "match": "Deelname is gratis,\n materiaal 10 euro", "rule": "cost.review.single-free"}
    doubt = {"tag": "cost", "value": "unknown", "field": None, "match": "leest als nee (p=0.02): euro",
             "rule": "cost.second-reader"}
    assert _free_to_check({"evidence": [free, review]}, "free") == "Deelname is gratis, materiaal 10 euro"
    assert _free_to_check({"evidence": [free]}, "free") is None                  # no marker: trusted
    assert _free_to_check({"evidence": [free, doubt]}, "unknown") == "Deelname is gratis"
    assert _free_to_check({"evidence": [free, review, doubt]}, "unknown") == \
        "Deelname is gratis, materiaal 10 euro"
    assert _free_to_check({"evidence": [free]}, "unknown") is None               # silent, not doubted
    assert _free_to_check({"evidence": [free, doubt]}, "paid") is None
