"""HTML (escaped, no scripts, tags with evidence), CSV and Markdown outputs."""
from __future__ import annotations

import csv
import re

import pytest

from publish.audit.engine import audit
from publish.audit.report import (CSV_NAME, MD_NAME, PROVIDER_DIR, markdown, write_reports)
from publish.audit.model import FINDING_COLUMNS
from tests.audit.records import NOW, good_record

SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(2)>"


def hostile_records():
    return [
        good_record(id="666", title=f"{SCRIPT} Taalcafé {IMG}",
                    url="javascript:alert(3)",
                    organizer={"name": f"Club {IMG}", "id": "9"},
                    # entity-encoded markup survives HTML stripping as text: it must be escaped
                    description=good_record()["description"]
                    + "<p>&lt;script&gt;alert(4)&lt;/script&gt; en dan komen we samen in de "
                      "grote zaal van het buurthuis en we koken samen een maaltijd met groenten "
                      "uit de tuin van de buren en daarna eten we samen.</p>",
                    price_text=None, is_free=None,
                    tags={"cost": "unknown"},
                    evidence=[{"tag": "wheelchair", "value": True, "field": "description",
                               "match": f"rolstoel {SCRIPT}", "rule": f"r{IMG}"}]),
        good_record(id="1", title="Praatcafé", organizer={"name": "Bibliotheek Lier", "id": "1"}),
    ]


@pytest.fixture
def out(tmp_path):
    result = audit(hostile_records(), now=NOW, tagger=None)
    write_reports(result, tmp_path)
    return tmp_path, result


def _html_files(path):
    return [path / "index.html", *sorted((path / PROVIDER_DIR).glob("*.html"))]


def test_one_page_per_provider_and_an_index(out):
    path, result = out
    pages = sorted(p.name for p in (path / PROVIDER_DIR).glob("*.html"))
    assert pages == sorted(f"{p.slug}.html" for p in result.providers) and len(pages) == 2
    index = (path / "index.html").read_text(encoding="utf-8")
    for provider in result.providers:
        assert f'href="{PROVIDER_DIR}/{provider.slug}.html"' in index


def test_html_escapes_hostile_text_and_has_no_scripts(out):
    path, _ = out
    for page in _html_files(path):
        text = page.read_text(encoding="utf-8")
        assert "<script" not in text.lower(), page
        assert "<img" not in text.lower(), page
        assert 'href="javascript:' not in text.lower(), page
        assert not re.search(r"<[^>]+\son\w+\s*=", text, re.I), page
    index = (path / "index.html").read_text(encoding="utf-8")
    assert "Club &lt;img src=x onerror=alert(2)&gt;" in index
    [page] = [p for p in (path / PROVIDER_DIR).glob("club-*.html")]
    text = page.read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt; Taalcafé &lt;img src=x onerror=alert(2)&gt;" in text
    assert "rolstoel &lt;script&gt;alert(1)&lt;/script&gt;" in text          # evidence
    assert "&#39;&lt;script&gt;alert(4)&lt;/script&gt; en dan" in text      # detail of a finding
    assert 'href="javascript:' not in text


def test_provider_page_shows_findings_fixes_tags_and_evidence(out):
    path, result = out
    page = (path / PROVIDER_DIR / "bibliotheek-lier.html").read_text(encoding="utf-8")
    assert "Mijn aanbod nakijken: Bibliotheek Lier" in page
    assert "Rolstoeltoegankelijk / wheelchair" in page and "rolstoeltoegankelijk" in page
    assert "Kinderen mogen mee" in page                         # evidence match
    assert "Gemeente / municipality" in page and "Lier" in page
    assert "Volledigheid van een activiteit" in page           # the formula
    club = next(p for p in result.providers if p.name.startswith("Club"))
    club_page = (path / PROVIDER_DIR / f"{club.slug}.html").read_text(encoding="utf-8")
    assert "Prijs ontbreekt" in club_page and "Vermeld de prijs in euro" in club_page
    assert "Eerst aanpakken" in club_page
    assert "@media print" in club_page


def test_csv_holds_every_finding(out):
    path, result = out
    with (path / CSV_NAME).open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert tuple(rows[0]) == FINDING_COLUMNS
    assert len(rows) == len(result.findings) > 0
    assert {r["check_id"] for r in rows} == {f.check_id for f in result.findings}
    price = next(r for r in rows if r["check_id"] == "ontbreekt-prijs")
    assert price["activity_id"] == "666" and price["severity"] == "hoog"
    assert price["priority"] == "50" and price["fix"].startswith("Vermeld de prijs")


def test_markdown_summary_for_the_network(out):
    path, result = out
    text = (path / MD_NAME).read_text(encoding="utf-8")
    assert text.startswith("# Nakijken van het aanbod")
    assert f"| Bevindingen / findings | {len(result.findings)} |" in text
    assert "| Aanbieders / providers | 2 |" in text
    assert "Prijs ontbreekt" in text and "## Meest voorkomende bevindingen" in text
    # the worst provider comes first and its name cannot inject markup
    worst = text.split("## Aanbieders met de meeste werk")[1].splitlines()
    first_row = next(line for line in worst if line.startswith("| Club"))
    assert r"\<img" in first_row and "<img" not in first_row.replace(r"\<img", "")


def test_markdown_counts_the_most_common_findings():
    records = [good_record(id=str(i), title=f"Activiteit {i}", tags={"wheelchair": None})
               for i in range(3)] + [good_record(id="9", title="Andere", status="cancelled")]
    text = markdown(audit(records, now=NOW, tagger=None))
    section = text.split("## Meest voorkomende bevindingen")[1].split("##")[0]
    lines = [line for line in section.splitlines() if line.startswith("| ") and "`" in line]
    assert "ontbreekt-rolstoel" in lines[0] and lines[0].endswith("| 3 |")
    assert "verouderd-geannuleerd" in lines[1] and lines[1].endswith("| 1 |")


def test_formats_can_be_chosen(tmp_path):
    result = audit(hostile_records(), now=NOW, tagger=None)
    written = write_reports(result, tmp_path, ["csv"])
    assert [p.name for p in written] == [CSV_NAME]
    assert not (tmp_path / "index.html").exists()
