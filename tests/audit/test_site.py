"""The audit inside Datasette: tables, facets and the canned query "Mijn aanbod nakijken"."""
from __future__ import annotations

import sqlite_utils
from datasette.app import Datasette

from publish.audit.site import metadata_fragment, write_audit_tables
from tests.audit.records import NOW, good_record

NO_CONTACT = {"name": None, "phone": None, "email": None}


def records():
    return [
        good_record(id="1", title="Taalcafé"),
        good_record(id="2", title="Kookclub", organizer={"name": "Buurtwerk Lier", "id": "7"},
                    price_text=None, is_free=None, tags={"cost": "unknown"}),
        good_record(id="3", title="Wandelen", organizer={"name": "Buurtwerk Lier", "id": "7"},
                    contact=NO_CONTACT, status="cancelled"),
        good_record(id="4", title="Oud", removed=True, organizer={"name": "Buurtwerk Lier"}),
    ]


def build(tmp_path):
    path = tmp_path / "catalogue.db"
    db = sqlite_utils.Database(path)
    db["activities"].insert({"id": "1", "title": "bestaande tabel"})  # the site db has more
    write_audit_tables(db, iter(records()), now=NOW)
    db.close()
    return path


def test_tables_columns_and_indexes(tmp_path):
    db = sqlite_utils.Database(build(tmp_path))
    findings = db["audit_findings"]
    assert {"activity_id", "provider", "title", "check_id", "severity", "message", "fix",
            "field", "detail"} <= set(findings.columns_dict)
    indexed = {tuple(i.columns) for i in findings.indexes}
    assert {("provider",), ("check_id",), ("severity",)} <= indexed
    rows = list(findings.rows_where("provider = ?", ["Buurtwerk Lier"]))
    assert {r["check_id"] for r in rows} == {"ontbreekt-prijs", "ontbreekt-contact",
                                            "verouderd-geannuleerd"}
    providers = {r["provider"]: r for r in db["audit_providers"].rows}
    assert providers["Bibliotheek Lier"]["completeness"] == 100
    assert providers["Buurtwerk Lier"]["completeness"] == (80 + 85) / 2
    assert providers["Buurtwerk Lier"]["fix_first"].startswith("1. Prijs ontbreekt")
    assert db["audit_listings"].count == 3          # the removed listing is not audited
    assert db["activities"].count == 1               # other tables are left alone


def test_rewriting_replaces_the_tables(tmp_path):
    path = build(tmp_path)
    db = sqlite_utils.Database(path)
    before = db["audit_findings"].count
    write_audit_tables(db, iter(records()), now=NOW)
    assert db["audit_findings"].count == before > 0


def test_metadata_fragment_shape():
    meta = metadata_fragment()
    database = meta["databases"]["catalogue"]
    table = database["tables"]["audit_findings"]
    assert table["facets"] == ["check_id", "severity", "provider"]
    assert "Wat er aan elke activiteit ontbreekt" in table["description_html"]
    query = database["queries"]["mijn_aanbod_nakijken"]
    assert query["title"] == "Mijn aanbod nakijken"
    assert "where provider = :provider" in query["sql"]
    assert "other" in metadata_fragment("other")["databases"]


async def test_canned_query_returns_a_providers_findings(tmp_path):
    ds = Datasette([str(build(tmp_path))], metadata=metadata_fragment())
    await ds.invoke_startup()
    response = await ds.client.get(
        "/catalogue/mijn_aanbod_nakijken.json?provider=Buurtwerk+Lier&_shape=array")
    assert response.status_code == 200
    rows = response.json()
    assert {r["activity_id"] for r in rows} == {"2", "3"}
    assert [r["check_id"] for r in rows][0] == "ontbreekt-prijs"   # highest priority first
    assert all(r["fix"] for r in rows)
    priorities = [r["priority"] for r in rows]
    assert priorities == sorted(priorities, reverse=True)

    response = await ds.client.get(
        "/catalogue/mijn_aanbod_nakijken.json?provider=Bibliotheek+Lier&_shape=array")
    assert response.json() == []

    page = await ds.client.get("/catalogue/mijn_aanbod_nakijken?provider=Buurtwerk+Lier")
    assert page.status_code == 200 and "Mijn aanbod nakijken" in page.text


async def test_findings_table_has_the_facets(tmp_path):
    ds = Datasette([str(build(tmp_path))], metadata=metadata_fragment())
    await ds.invoke_startup()
    response = await ds.client.get("/catalogue/audit_findings.json?_extra=facet_results")
    data = response.json()
    facets = data["facet_results"]
    facets = facets.get("results", facets)
    assert {"check_id", "severity", "provider"} <= set(facets)
    severity = {v["value"]: v["count"] for v in facets["severity"]["results"]}
    assert severity == {"hoog": 2, "middel": 1}
