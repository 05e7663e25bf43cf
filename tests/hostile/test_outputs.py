"""Script-injection payloads in every scraped field stay inert in every output, checked on the
markup itself (the browser test checks the same pages executing nothing)."""
from __future__ import annotations

import csv
import io
import json
import re
import sqlite3
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from urllib.parse import quote

import feedparser
import pytest

from tests.publish.conftest import make_datasette

from .conftest import MARK

DANGEROUS_SCHEMES = ("javascript:", "vbscript:", "data:")
DATA_TAGS = {"iframe", "marquee", "x:y", "object", "embed"}   # only payloads carry these
URL_ATTRS = {"href", "src", "action", "formaction", "xlink:href", "srcdoc", "data", "poster"}


class Inspector(HTMLParser):
    """Collects every place where data could have become active markup."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []
        self._raw: str | None = None

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            value = value or ""
            if name.startswith("on") and MARK in value:
                self.problems.append(f"<{tag} {name}=…{MARK}…>")
            if name in URL_ATTRS:
                v = re.sub(r"[\x00-\x20]", "", value).lower()
                if v.startswith(DANGEROUS_SCHEMES) or "<" in value or '"' in value:
                    self.problems.append(f"<{tag} {name}={value[:60]!r}>")
            if name == "style" and MARK in value:
                self.problems.append(f"<{tag} style=…{MARK}…>")
        if tag in DATA_TAGS or (tag == "img" and dict(attrs).get("src") == "x"):
            self.problems.append(f"<{tag}> element from data")
        if tag in ("script", "style", "textarea", "title"):
            self._raw = tag

    def handle_endtag(self, tag):
        if tag == self._raw:
            self._raw = None

    def handle_data(self, data):
        if self._raw in ("script", "style") and MARK in data:
            self.problems.append(f"<{self._raw}> with {MARK}")


def inert(html: str) -> list[str]:
    parser = Inspector()
    parser.feed(html)
    parser.close()
    return parser.problems


def _ids(site) -> list[str]:
    conn = sqlite3.connect(site / "catalogue.db")
    return [r[0] for r in conn.execute("select id from activiteiten order by id")]


def _pk_path(activity_id: str) -> str:
    from datasette.utils import tilde_encode
    return tilde_encode(activity_id)


def datasette_pages(site) -> list[str]:
    from publish.metadata import QUERIES
    conn = sqlite3.connect(site / "catalogue.db")
    provider = conn.execute("select provider from audit_providers order by provider "
                            "limit 1").fetchone()[0]
    status = conn.execute("select status from activiteiten where status like '%script%'"
                          ).fetchone()[0]
    pages = ["/", "/catalogue", "/catalogue/activiteiten",
             "/catalogue/activiteiten?_search=Taalcafé",
             "/catalogue/activiteiten?_search=" + quote("<script>"),
             "/catalogue/activiteiten?status=" + quote(status),
             "/catalogue/activiteiten?_facet_array=talen&_facet=organisator&_facet=locatie"
             "&_facet=plaats&_facet=prijs&_facet=status",
             "/catalogue/beschrijvingen", "/catalogue/bewijs", "/catalogue/gemeenten",
             "/catalogue/audit_findings", "/catalogue/audit_listings",
             "/catalogue/audit_providers", "/catalogue/audit_findings?provider=" + quote(provider),
             "/catalogue/mijn_aanbod_nakijken?provider=" + quote(provider),
             "/overzicht", "/feeds"]
    pages += [f"/catalogue/{name}?gemeente=Mechelen&regio=" for name in QUERIES]
    pages += [f"/catalogue/activiteiten/{_pk_path(i)}" for i in _ids(site)]
    pages += [f"/catalogue/audit_listings/{_pk_path(i)}" for i in _ids(site)[:3]]
    return pages


async def test_datasette_pages_show_payloads_as_text(hostile_site):
    ds = make_datasette(hostile_site)
    pages = datasette_pages(hostile_site)
    must_show = {p for p in pages if p.startswith(("/catalogue/activiteiten/",
                                                   "/catalogue/audit_", "/catalogue/mijn_aanbod_nakijken?provider"))}
    must_show |= {"/catalogue/activiteiten", "/catalogue/beschrijvingen", "/catalogue/bewijs",
                  "/catalogue/activiteiten?_search=Taalcafé"}
    for path in pages:
        r = await ds.client.get(path)
        assert r.status_code == 200, (path, r.status_code)
        assert inert(r.text) == [], path
        if path in must_show:        # the payloads are really on the page, as text
            assert MARK in r.text, path


async def test_row_pages_have_no_active_links(hostile_site):
    ds = make_datasette(hostile_site)
    for activity_id in _ids(hostile_site):
        html = (await ds.client.get(f"/catalogue/activiteiten/{_pk_path(activity_id)}")).text
        for href in re.findall(r'href="([^"]*)"', html):
            assert not href.lower().lstrip().startswith(DANGEROUS_SCHEMES), href
            assert "<" not in href and '"' not in href


def _feed_files(site):
    return sorted((site / "feeds").iterdir())


def test_feeds_are_valid_and_titles_carry_no_markup(hostile_site):
    files = _feed_files(hostile_site)
    assert len(files) >= 10
    entries = 0
    for path in files:
        parsed = feedparser.parse(path.read_bytes())
        assert parsed.bozo == 0, (path.name, parsed.get("bozo_exception"))
        for e in parsed.entries:
            entries += 1
            assert "<" not in e.title and ">" not in e.title, (path.name, e.title[:120])
            assert not e.link.lower().startswith(DANGEROUS_SCHEMES)
            assert re.match(r"https?://", e.link) and '"' not in e.link and "<" not in e.link
        # in the raw XML no data-born element appears
        raw = path.read_text(encoding="utf-8")
        assert "<script" not in raw and "<img" not in raw and "<svg" not in raw, path.name
    assert entries > 0


async def test_view_feeds_are_valid(hostile_site):
    ds = make_datasette(hostile_site)
    for fmt in ("rss", "atom"):
        for query in ("", "?_search=Taalcafé", "?_search=" + quote("<script>alert(1)")):
            r = await ds.client.get(f"/catalogue/activiteiten.{fmt}{query}")
            assert r.status_code == 200
            parsed = feedparser.parse(r.content)
            assert parsed.bozo == 0
            assert "<" not in parsed.feed.title
            for e in parsed.entries:
                assert "<" not in e.title and ">" not in e.title
            assert "<script" not in r.text and "<img" not in r.text


def test_opml_is_valid_xml(hostile_site):
    root = ET.fromstring((hostile_site / "feeds.opml").read_bytes())
    outlines = [o for o in root.iter("outline") if o.get("type") == "rss"]
    assert outlines
    for o in outlines:
        assert o.get("xmlUrl").startswith("https://doemee.example.org/feeds/")
        assert o.get("htmlUrl").startswith("https://doemee.example.org/")


def test_audit_reports(hostile_site):
    audit = hostile_site / "audit"
    pages = [audit / "index.html", *sorted((audit / "aanbieders").glob("*.html"))]
    assert len(pages) > 5
    shown = 0
    for page in pages:
        html = page.read_text(encoding="utf-8")
        assert inert(html) == [], page.name
        assert "<script" not in html.lower()
        assert len(page.name.encode()) < 120           # hostile names give safe file names
        shown += MARK in html
    assert shown >= len(pages) - 1
    # CSV: no cell a spreadsheet would run as a formula
    text = (audit / "bevindingen.csv").read_text(encoding="utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    assert len(rows) > 10
    for row in rows:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell[:80]
    assert any(MARK in cell for row in rows for cell in row)
    # Markdown: no raw tags, links or images from the data
    md = (audit / "samenvatting.md").read_text(encoding="utf-8")
    assert not re.search(r"(?<!\\)<(script|img|svg|iframe|style|a)\b", md, re.I)
    assert not re.search(r"(?<!\\)\]\(javascript:", md, re.I)


def test_payloads_reach_every_field(hostile_site):
    """The fixture really carries the payloads into the published columns (no vacuous test)."""
    conn = sqlite3.connect(hostile_site / "catalogue.db")
    conn.row_factory = sqlite3.Row
    rows = [dict(r) for r in conn.execute("select * from activiteiten")]
    for column in ("titel", "wanneer", "prijs", "samenvatting", "organisator", "locatie",
                   "adres", "plaats", "postcode", "talen", "status"):
        assert any(MARK in (r[column] or "") for r in rows), column
    assert any(r["inschrijven_url"] for r in rows) and any(r["url"] for r in rows)
    desc = [r[0] for r in conn.execute("select beschrijving from beschrijvingen")]
    assert sum("<script>" in d for d in desc) >= 3
    evidence = [r[0] for r in conn.execute("select fragment from bewijs")]
    assert evidence


@pytest.mark.parametrize("path", ["/audit/", "/audit/index.html", "/audit/bevindingen.csv",
                                  "/audit/samenvatting.md"])
async def test_audit_reports_are_served_without_scripts(hostile_site, path):
    ds = make_datasette(hostile_site)
    r = await ds.client.get(path)
    assert r.status_code == 200
    assert "default-src 'none'" in r.headers["content-security-policy"]
    if not path.endswith(("/", ".html")):
        assert r.headers["content-type"].startswith("text/plain")
    for bad in ("/audit/..%2Fcatalogue.db", "/audit/aanbieders/..%2F..%2Fmetadata.json",
                "/audit/.%2E/catalogue.db", "/audit/settings.json"):
        r = await ds.client.get(bad)
        assert r.status_code in (302, 404), bad      # never the file itself
        assert not r.content.startswith(b"SQLite format") and b"sql_time_limit" not in r.content


@pytest.mark.parametrize("path", [
    "/catalogue/activiteiten.csv?_size=max",
    "/catalogue/activiteiten.csv?_stream=on&_dl=1",
    "/catalogue/beschrijvingen.csv?_size=max",
    "/catalogue/audit_findings.csv?_size=max",
    "/catalogue/activiteiten.json?_shape=array&_size=1",     # untouched: not CSV
])
async def test_datasette_csv_export_has_no_formulas(hostile_site, path):
    """Coordinators export lists to spreadsheets: no scraped cell may run as a formula."""
    ds = make_datasette(hostile_site)
    r = await ds.client.get(path)
    assert r.status_code == 200, path
    if ".json" in path:                              # only CSV responses are rewritten
        assert r.text.startswith("[") and "'=" not in r.text
        return
    rows = list(csv.reader(io.StringIO(r.text, newline="")))
    assert len(rows) > 3
    cells = [cell for row in rows for cell in row]
    for cell in cells:
        assert not cell.startswith(("=", "+", "@", "\t", "\r")), (path, cell[:80])
        assert not cell.startswith("-") or re.fullmatch(r"-[\d.,]+", cell), (path, cell[:80])
    if "audit" not in path:
        assert any(cell.startswith("'=HYPERLINK") for cell in cells), path   # still there


def test_csv_guard_streams_records_split_across_chunks():
    import importlib.util
    from pathlib import Path
    plugin = Path(__file__).resolve().parents[2] / "publish/site/plugins/doemee_csv_guard.py"
    spec = importlib.util.spec_from_file_location("doemee_csv_guard", plugin)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    rows = [["id", "titel", "lon"], ["1", '=cmd|" /C calc"!A0', "-4.5"],
            ["2", 'twee\nregels "met" quotes', "4.48"], ["3", "@SUM(1)", "+32 15 00 00"]]
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    data = buffer.getvalue().encode("utf-8")
    guard, out = module.CsvGuard(), b""
    for i in range(0, len(data), 5):                 # records cut at arbitrary bytes
        out += guard.feed(data[i:i + 5])
    out += guard.feed(b"", final=True)
    assert list(csv.reader(io.StringIO(out.decode("utf-8"), newline=""))) == [
        ["id", "titel", "lon"], ["1", '\'=cmd|" /C calc"!A0', "-4.5"],
        ["2", 'twee\nregels "met" quotes', "4.48"], ["3", "'@SUM(1)", "'+32 15 00 00"]]
