"""The published site through Datasette's own client: search, facets, queries, pages."""
from __future__ import annotations

import json
import sqlite3

import pytest

from publish.metadata import QUERIES

from .conftest import XSS_DESC, XSS_TITLE


async def _titles(ds, query):
    r = await ds.client.get(f"/catalogue/activiteiten.json?_shape=array&_col=titel&{query}")
    assert r.status_code == 200, r.text
    return {row["titel"] for row in r.json()}


@pytest.mark.parametrize("term, expected", [
    ("cafe", {"Taalcafé De Babbel", "Één café voor ouders"}),   # accent folded, compound
    ("café", {"Taalcafé De Babbel", "Één café voor ouders"}),
    ("TAALCAFE", {"Taalcafé De Babbel"}),
    ("les", {"Fietsles voor vrouwen"}),                        # compound part
    ("EEN ouders", {"Één café voor ouders"}),                  # Één folded
    ("de", {"Taalcafé De Babbel", "Gezinsnamiddag in de bib"}),  # short word: word index
    ("fiets vrouwen", {"Fietsles voor vrouwen"}),
    ("zwemmen", set()),
])
async def test_search_dutch_accents_and_compounds(ds, term, expected):
    assert await _titles(ds, f"_search={term}") == expected


@pytest.mark.parametrize("term, expected", [
    ("cafe", {"Taalcafé De Babbel", "Één café voor ouders"}),
    ("les", {"Fietsles voor vrouwen"}),
    ("de", {"Taalcafé De Babbel", "Gezinsnamiddag in de bib"}),
    ("zwemmen", set()),
])
async def test_broad_search_plan_finds_the_same(ds, monkeypatch, term, expected):
    """A search matching a large share of the table reads it in index order (``+rowid IN``);
    forced here on the small fixture, it finds the same rows, counts and facets."""
    from datasette.plugins import pm
    plugin = pm.get_plugin("doemee_publish.py")
    query = f"_search={term}&_facet=gemeente&_facet_array=doelen"
    narrow = (await ds.client.get(f"/catalogue/activiteiten.json?{query}")).json()
    monkeypatch.setattr(plugin, "BROAD_SEARCH_MIN", 1)
    monkeypatch.setattr(plugin, "BROAD_SEARCH_SHARE", 10 ** 9)
    assert await _titles(ds, f"_search={term}") == expected
    broad = (await ds.client.get(f"/catalogue/activiteiten.json?{query}")).json()
    assert broad["filtered_table_rows_count"] == narrow["filtered_table_rows_count"]
    assert broad["rows"] == narrow["rows"]
    def counts(data):
        return {name: [(f["value"], f["count"]) for f in facet["results"]]
                for name, facet in data["facet_results"].items()}
    assert counts(broad) == counts(narrow) and "doelen" in counts(narrow)
    index, query = (("zoek_woorden", '"de"') if term == "de"
                    else ("zoek_trigram", f'"{term}"'))
    assert await plugin._is_broad(ds, index, query) == bool(expected)   # the plan was used


async def test_search_does_not_find_removed_or_break_on_quotes(ds):
    assert await _titles(ds, "_search=Verdwenen") == set()
    assert await _titles(ds, '_search="caf') == {"Taalcafé De Babbel", "Één café voor ouders"}


async def test_removed_activity_not_published(ds):
    r = await ds.client.get("/catalogue/activiteiten/ikdoemee~3A105.json")
    assert r.status_code == 404


async def test_facets_and_array_facet(ds):
    r = await ds.client.get("/catalogue/activiteiten.json?_facet=gemeente&_facet=kosten"
                            "&_facet_array=doelen&_extra=facet_results")
    data = r.json()
    facets = data["facet_results"]
    results = facets.get("results", facets)
    towns = {f["value"]: f["count"] for f in results["gemeente"]["results"]}
    assert towns["Mechelen"] == 2 and towns["Lier"] == 1
    costs = {f["value"]: f["count"] for f in results["kosten"]["results"]}
    assert costs == {"gratis": 3, "verminderd": 1, "betalend": 1, "onbekend": 2}
    goals = {f["value"]: f["count"] for f in results["doelen"]["results"]}
    assert goals["mensen-ontmoeten"] == 4 and goals["nederlands-oefenen"] == 2


async def test_facet_filter_combined_with_search(ds):
    assert await _titles(ds, "_search=cafe&gemeente=Nijlen") == {"Één café voor ouders"}
    assert await _titles(ds, "doelen__arraycontains=iets-nieuws-leren") == {
        "Fietsles voor vrouwen"}


async def test_default_sort_is_next_occurrence(ds):
    r = await ds.client.get("/catalogue/activiteiten.json?_shape=array&_col=volgende_datum"
                            "&_col=afgelopen")
    rows = r.json()
    dated = [row["volgende_datum"] for row in rows if row["volgende_datum"]]
    assert dated == sorted(dated)
    assert rows[0]["id"] == "ikdoemee:101"
    assert rows[-1]["afgelopen"] == "ja"


QUERY_ARGS = {
    "komend_in_gemeente": ("gemeente=Mechelen", {"Taalcafé De Babbel"}),
    "gratis_of_verminderd": ("gemeente=", {"Taalcafé De Babbel", "Gezinsnamiddag in de bib",
                                           "Fietsles voor vrouwen"}),
    # only the free listing the tagger marked (101 says "gratis" in its price field)
    "gratis_nakijken": ("gemeente=", {"Gezinsnamiddag in de bib"}),
    "gezinsvriendelijk": ("gemeente=", {XSS_TITLE, "Gezinsnamiddag in de bib",
                                        "Één café voor ouders"}),
    "beginners_nederlands": ("gemeente=Lier", {"Fietsles voor vrouwen"}),
    "nieuw_deze_week": ("gemeente=", {"Fietsles voor vrouwen", "Één café voor ouders"}),
}


@pytest.mark.parametrize("name", sorted(QUERY_ARGS))
async def test_listing_queries(ds, name):
    args, expected = QUERY_ARGS[name]
    r = await ds.client.get(f"/catalogue/{name}.json?_shape=array&{args}")
    assert r.status_code == 200, r.text
    assert {row["titel"] for row in r.json()} == expected
    html = await ds.client.get(f"/catalogue/{name}?{args}")
    assert html.status_code == 200
    assert QUERIES[name]["title"] in html.text


async def test_supply_matrix_query(ds):
    r = await ds.client.get("/catalogue/aanbod_per_gemeente_en_doel.json?_shape=array&regio=")
    rows = {row["gemeente"]: row for row in r.json()}
    # every municipality of the target region, the five with offers among them
    from enrich import gazetteer
    region = {m.name for m in gazetteer.load().municipalities.values()
              if m.region == "Rivierenland"}
    assert set(rows) == region
    assert {g for g, row in rows.items() if row["totaal"]} == {"Mechelen", "Lier", "Bornem",
                                                              "Willebroek", "Nijlen"}
    assert rows["Mechelen"]["Nederlands oefenen"] == 1   # the past one is not counted
    assert rows["Mechelen"]["Vrijwilligerswerk"] == 0    # a gap
    assert rows["Willebroek"]["Vrienden maken"] == 1
    other = await ds.client.get(
        "/catalogue/aanbod_per_gemeente_en_doel.json?_shape=array&regio=Elders")
    assert other.json() == []


async def test_conversation_share_query(ds):
    r = await ds.client.get("/catalogue/aandeel_conversatietafels.json?_shape=array&regio="
                            "Rivierenland")
    rows = {row["gemeente"]: row for row in r.json()}
    assert rows["Mechelen"]["conversatietafels"] == 1
    assert rows["Mechelen"]["procent_conversatietafels"] == 100.0
    assert rows["Lier"]["procent_conversatietafels"] == 0.0


async def test_row_page_shows_activity_and_escapes_html(ds):
    r = await ds.client.get("/catalogue/activiteiten/ikdoemee~3A103")
    assert r.status_code == 200
    html = r.text
    assert "<script>window.__xss" not in html
    assert "&lt;script&gt;window.__xss=1;alert(1)&lt;/script&gt; Kookavond" in html
    assert "<img src=x" not in html and "&lt;img src=x onerror" in html
    assert "href=\"javascript:" not in html           # unsafe link dropped at build time
    for label in ("Wanneer", "Waar", "Prijs", "Labels en waarom", "Beschrijving"):
        assert label in html
    assert "family_friendly" in html                  # evidence table


async def test_row_page_links_to_original_listing(ds):
    r = await ds.client.get("/catalogue/activiteiten/ikdoemee~3A101")
    assert 'href="https://www.ikdoemee.be/activiteit/101"' in r.text
    assert "gratis" in r.text and "Nederlands oefenen" in r.text
    assert "“gratis”" in r.text                       # evidence fragment


async def test_row_page_shows_a_free_worth_checking(ds):
    marked = await ds.client.get("/catalogue/activiteiten/ikdoemee~3A104")
    assert "nog na te kijken: “Voorlezen en knutselen, gratis voor wie komt”" in marked.text
    plain = await ds.client.get("/catalogue/activiteiten/ikdoemee~3A101")
    assert "nog na te kijken" not in plain.text


async def test_table_page_has_dutch_search_and_subscribe_link(ds):
    r = await ds.client.get("/catalogue/activiteiten?_search=cafe&gemeente=Mechelen")
    html = r.text
    assert "Zoeken" in html and 'name="_search" value="cafe"' in html
    assert 'id="dm-subscribe-rss"' in html and "Abonneer (RSS)" in html
    assert "/catalogue/activiteiten.rss?_search=cafe&amp;gemeente=Mechelen" in html
    assert 'type="application/rss+xml"' in html
    assert "<script>window.__xss" not in html


async def test_overview_page_has_chart_and_map(ds):
    r = await ds.client.get("/overzicht")
    assert r.status_code == 200
    html = r.text
    assert 'id="chart-gemeenten"' in html and 'id="dm-map"' in html
    assert html.count("<circle") == 5                 # five activities with coordinates
    assert "Mechelen (1)" in html


async def test_feeds_page_lists_every_feed(ds, site_dir):
    r = await ds.client.get("/feeds")
    index = json.loads((site_dir / "feeds.json").read_text())
    for entry in index:
        assert f'href="/feeds/{entry["slug"]}.rss"' in r.text
        assert entry["explanation"].split(" (")[0][:20] in r.text
    assert "/feeds.opml" in r.text


async def test_security_settings(site_dir):
    settings = json.loads((site_dir / "settings.json").read_text())
    assert settings["sql_time_limit_ms"] <= 2000 and settings["suggest_facets"] is False
    # the published database carries no write triggers, and datasette serves it immutable
    conn = sqlite3.connect(site_dir / "catalogue.db")
    assert conn.execute("select count(*) from sqlite_master where type='trigger'"
                        ).fetchone()[0] == 0
    from publish.cli import serve_command
    from publish.serve import datasette_for
    cmd = serve_command(site_dir)
    assert cmd[1:3] == ["-m", "publish.serve"] and str(site_dir) in cmd
    # what the server runs for a build: immutable database, inspect counts, our settings
    served = datasette_for(site_dir.resolve())
    db_file = str(site_dir.resolve() / "catalogue.db")
    assert served.immutables == {db_file} and served.databases["catalogue"].is_mutable is False
    assert served.inspect_data["catalogue"]["tables"]["activiteiten"]["count"] == 7
    for key in ("sql_time_limit_ms", "suggest_facets", "num_sql_threads", "max_returned_rows"):
        assert served.setting(key) == settings[key]


async def test_write_sql_is_refused(ds):
    r = await ds.client.get("/catalogue.json?sql=delete+from+activiteiten")
    assert r.status_code == 400
    r = await ds.client.get("/catalogue/activiteiten.json?_size=0&_extra=count")
    assert r.json().get("count", r.json().get("filtered_table_rows_count")) == 7


async def test_supply_matrix_lists_every_municipality_of_the_region(ds):
    from enrich import gazetteer
    region = {m.name for m in gazetteer.load().municipalities.values()
              if m.region == "Rivierenland"}
    r = await ds.client.get("/catalogue/aanbod_per_gemeente_en_doel.json?_shape=objects"
                            "&regio=Rivierenland")
    rows = {row["gemeente"]: row for row in r.json()["rows"]}
    assert set(rows) == region and len(region) > 5
    assert rows["Mechelen"]["totaal"] == 1 and rows["Mechelen"]["Nederlands oefenen"] == 1
    empty = sorted(region - {"Mechelen", "Lier", "Bornem", "Willebroek", "Nijlen"})
    assert empty and all(rows[g]["totaal"] == 0 for g in empty)
    assert all(v == 0 for k, v in rows[empty[0]].items() if k != "gemeente")


async def test_free_to_check_query_shows_the_sentence(ds):
    r = await ds.client.get("/catalogue/gratis_nakijken.json?_shape=array&gemeente=")
    assert [(row["titel"], row["zin"]) for row in r.json()] == [
        ("Gezinsnamiddag in de bib", "Voorlezen en knutselen, gratis voor wie komt")]
    other = await ds.client.get("/catalogue/gratis_nakijken.json?_shape=array&gemeente=Mechelen")
    assert other.json() == []


def test_free_to_check_query_also_lists_a_free_resting_on_no_fee(site_dir, tmp_path):
    """The tagger's second marker ("geen lidgeld" / "vrij toegankelijk" and no "gratis") becomes
    the row's sentence to check, and the query lists the row with that sentence."""
    from publish.build import _free_to_check
    marker = {"tag": "cost", "value": "te controleren", "field": "description",
              "match": "Geen lidgeld", "rule": "cost.review.no-fee-only"}
    sentence = _free_to_check({"evidence": [marker]}, "free")
    assert sentence == "Geen lidgeld"
    copy = tmp_path / "catalogue.db"
    copy.write_bytes((site_dir / "catalogue.db").read_bytes())
    conn = sqlite3.connect(copy)
    assert conn.execute(QUERIES["gratis_nakijken"]["sql"], {"gemeente": "Mechelen"}).fetchall() == []
    conn.execute("UPDATE activiteiten SET kosten_nakijken = ? WHERE id = 'ikdoemee:101'", (sentence,))
    rows = conn.execute(QUERIES["gratis_nakijken"]["sql"], {"gemeente": "Mechelen"}).fetchall()
    assert [(r[1], r[-1]) for r in rows] == [("Taalcafé De Babbel", "Geen lidgeld")]


@pytest.fixture
def taken_port():
    """A port on 127.0.0.1 another socket listens on for the duration of the test."""
    import socket
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        yield holder.getsockname()[1]


def test_serve_on_a_taken_port_says_so_in_one_line(site_dir, taken_port, capsys, caplog):
    """`doemee serve` on a port another process holds: one clear error and exit 2, before any
    start-up log (it used to log "serving …" and uvicorn's start-up, then a bind traceback)."""
    from doemee.cli import main
    port = taken_port
    with caplog.at_level("INFO"):
        assert main(["serve", "--dir", str(site_dir), "--port", str(port)]) == 2
    err = capsys.readouterr().err
    assert f"Poort {port} op 127.0.0.1 is niet beschikbaar" in err and "--port" in err
    assert not any("serving" in r.getMessage() for r in caplog.records)


def test_port_check_lets_a_free_port_through():
    import socket

    from publish.serve import port_taken
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    assert port_taken("127.0.0.1", port) is None


def test_demo_on_a_taken_port_stops_before_the_crawl(tmp_path, taken_port, capsys):
    """`doemee demo` checks its port first: a taken port stops it at once, not after the crawl."""
    from doemee.cli import main
    assert main(["demo", "--dir", str(tmp_path), "--port", str(taken_port)]) == 2
    assert "niet beschikbaar" in capsys.readouterr().err
    assert not (tmp_path / "catalogue.db").exists()


def test_serve_without_a_published_site_says_so(tmp_path, capsys):
    from doemee.cli import main
    assert main(["serve", "--dir", str(tmp_path / "leeg"), "--port", "0"]) == 2
    assert "Geen gepubliceerde site" in capsys.readouterr().err


def test_free_to_check_query_lists_a_free_the_second_reader_doubted(site_dir, tmp_path):
    """A "free" the second reader withdrew (cost now unknown) lands in the same query, with the
    words the rules read as free; an unknown cost without that doubt does not."""
    from publish.build import _free_to_check
    free = {"tag": "cost", "value": "free", "field": "description", "match": "Deelname is gratis",
            "rule": "cost.free-activity"}
    doubt = {"tag": "cost", "value": "unknown", "field": None,
             "match": "leest als nee (p=0.03): 10 euro", "rule": "cost.second-reader"}
    copy = tmp_path / "catalogue.db"
    copy.write_bytes((site_dir / "catalogue.db").read_bytes())
    conn = sqlite3.connect(copy)
    for evidence, listed in (([free], []), ([free, doubt], [("Taalcafé De Babbel", "onbekend",
                                                             "Deelname is gratis")])):
        conn.execute("UPDATE activiteiten SET kosten = 'onbekend', kosten_nakijken = ? "
                     "WHERE id = 'ikdoemee:101'", (_free_to_check({"evidence": evidence}, "unknown"),))
        rows = conn.execute(QUERIES["gratis_nakijken"]["sql"], {"gemeente": "Mechelen"}).fetchall()
        assert [(r[1], r[5], r[-1]) for r in rows] == listed
