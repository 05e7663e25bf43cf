"""The store keeps everything: upserts, history, runs, removals only after complete crawls."""
import json

import pytest
import time_machine

from catalogue.export import flatten, iter_records, write_csv
import sqlite_utils

from catalogue.store import (ACTIVITY_COLUMNS, ADDED_COLUMNS, CatalogueStore, _activity_row, content_hash,
                             ensure_schema)


def item(site_id="1", **changes):
    base = {"id": f"ikdoemee:{site_id}", "source": "ikdoemee", "site_id": site_id,
            "url": f"https://www.ikdoemee.be/nl/activiteit/{site_id}-x", "title": "Praattafel",
            "description": "Samen praten.", "postcode": "2800", "locality": "Mechelen",
            "goals": ["nederlands-oefenen"], "languages": ["Nederlands"], "status": "active",
            "start": "2026-12-02T19:00:00+01:00", "extracted_by": "jsonld"}
    base.update(changes)
    return base


@pytest.fixture
def store(tmp_path):
    with time_machine.travel("2026-11-26T10:00:00+01:00", tick=False):
        yield CatalogueStore(tmp_path / "catalogue.db")


def crawl(store, items, complete=True, when="2026-11-27T03:00:00+01:00"):
    with time_machine.travel(when, tick=False):
        run = store.start_run("ikdoemee", "http://127.0.0.1")
        outcomes = [store.upsert_activity(i, run) for i in items]
        removed = store.finish_run(run, complete=complete, finish_reason="finished",
                                   summary={"items": len(items)})
    return outcomes, removed


def test_first_crawl_inserts_with_history(store):
    outcomes, removed = crawl(store, [item("1"), item("2")])
    assert outcomes == ["new", "new"] and removed == 0
    assert store.db["history"].count == 2
    row = store.db["activities"].get("ikdoemee:1")
    assert row["first_seen"] == row["last_seen"] == row["last_changed"] == "2026-11-27T03:00:00+01:00"


def test_unchanged_recrawl_only_moves_last_seen(store):
    crawl(store, [item("1")])
    before = store.db["activities"].get("ikdoemee:1")
    outcomes, _ = crawl(store, [item("1")], when="2026-11-28T03:00:00+01:00")
    after = store.db["activities"].get("ikdoemee:1")
    assert outcomes == ["unchanged"]
    assert store.db["history"].count == 1
    changed = {k for k in before if before[k] != after[k]}
    assert changed == {"last_seen", "last_run_id"}
    assert after["last_seen"] == "2026-11-28T03:00:00+01:00"


def test_changed_item_adds_exactly_one_history_row(store):
    crawl(store, [item("1")])
    outcomes, _ = crawl(store, [item("1", title="Praattafel (nieuw uur)")], when="2026-11-28T03:00:00+01:00")
    assert outcomes == ["changed"]
    history = list(store.db["history"].rows_where("activity_id = ?", ["ikdoemee:1"], order_by="id"))
    assert len(history) == 2
    assert json.loads(history[0]["data"])["title"] == "Praattafel"
    assert json.loads(history[1]["data"])["title"] == "Praattafel (nieuw uur)"
    row = store.db["activities"].get("ikdoemee:1")
    assert row["last_changed"] == "2026-11-28T03:00:00+01:00"
    assert row["first_seen"] == "2026-11-27T03:00:00+01:00"


def test_absent_from_complete_crawl_is_marked_removed_not_deleted(store):
    crawl(store, [item("1"), item("2")])
    _, removed = crawl(store, [item("1")], when="2026-11-28T03:00:00+01:00")
    assert removed == 1
    row = store.db["activities"].get("ikdoemee:2")
    assert row["removed_at"] == "2026-11-28T03:00:00+01:00"
    assert store.db["activities"].count == 2
    # it comes back: no longer removed, and its history is intact
    crawl(store, [item("1"), item("2")], when="2026-11-29T03:00:00+01:00")
    assert store.db["activities"].get("ikdoemee:2")["removed_at"] is None


def test_partial_crawl_marks_nothing_removed(store):
    crawl(store, [item("1"), item("2")])
    _, removed = crawl(store, [item("1")], complete=False, when="2026-11-28T03:00:00+01:00")
    assert removed == 0
    assert store.db["activities"].get("ikdoemee:2")["removed_at"] is None
    assert store.db["crawl_runs"].get(2)["status"] == "partial"


def test_removal_is_per_source(store):
    crawl(store, [item("1")])
    with time_machine.travel("2026-11-28T03:00:00+01:00", tick=False):
        run = store.start_run("elders", "http://elders")
        store.upsert_activity(item("9", id="elders:9", source="elders"), run)
        store.finish_run(run, complete=True, finish_reason="finished", summary={})
    assert store.db["activities"].get("ikdoemee:1")["removed_at"] is None


def test_export_record_shape(store, tmp_path):
    crawl(store, [item("1", offers=[{"name": None, "price": 4.0, "currency": "EUR"}], is_free=False)])
    (record,) = iter_records(store.db)
    assert record["id"] == "ikdoemee:1"
    assert record["location"]["postcode"] == "2800"
    assert record["location"]["municipality"] is None and record["tags"] is None
    assert record["goals"] == ["nederlands-oefenen"] and record["is_free"] is False
    assert record["offers"][0]["price"] == 4.0
    assert record["removed"] is False
    assert set(record) >= {"id", "source", "url", "title", "description", "organizer", "location",
                           "start", "end", "schedule", "price_text", "languages", "status",
                           "first_seen", "last_seen", "tags", "evidence"}
    assert "location_municipality" in flatten(record)
    with open(tmp_path / "out.csv", "w", newline="") as out:
        assert write_csv(iter_records(store.db), out) == 1


def test_a_column_added_later_keeps_older_hashes_and_reaches_the_export(store):
    # an activity stored before "country" existed hashes the same once the column is empty
    old = {k: v for k, v in item("1").items()}
    assert content_hash(_activity_row(old)) == content_hash({k: v for k, v in _activity_row(old).items()
                                                             if k != "country"})
    crawl(store, [item("2", country="FR", postcode=None, locality="Lille")])
    (record,) = iter_records(store.db)
    assert record["location"]["country"] == "FR"


def test_an_older_catalogue_gets_the_added_columns(tmp_path):
    db = sqlite_utils.Database(tmp_path / "old.db")
    db["activities"].create({k: v for k, v in ACTIVITY_COLUMNS.items() if k not in ADDED_COLUMNS}, pk="id")
    ensure_schema(db)
    assert set(ADDED_COLUMNS) <= set(db["activities"].columns_dict)


def test_an_added_column_is_filled_in_quietly_on_the_next_crawl(store):
    # a row stored before "country" existed: the next crawl that reads a country fills it in
    # without a "changed", a history row or a new last_changed (feeds would otherwise move)
    crawl(store, [item("1")])
    before = store.db["activities"].get("ikdoemee:1")
    outcomes, _ = crawl(store, [item("1", country="BE")], when="2026-11-28T03:00:00+01:00")
    after = store.db["activities"].get("ikdoemee:1")
    assert outcomes == ["unchanged"] and store.db["history"].count == 1
    assert after["country"] == "BE" and after["last_changed"] == before["last_changed"]
    # once filled, a real change is still one
    outcomes, _ = crawl(store, [item("1", country="BE", title="Praattafel NL")], when="2026-11-29T03:00:00+01:00")
    assert outcomes == ["changed"] and store.db["history"].count == 2
