"""Write the audit's outputs: one static printable HTML page per provider plus an index,
a CSV of all findings and a Markdown summary for the network.

Everything a user sees is escaped at rendering (Jinja2 with autoescape on); the pages carry
no scripts, and links from the data are kept only when they are http(s).
"""
from __future__ import annotations

import csv
import io
import os
import tempfile
from functools import lru_cache
from collections import Counter
from pathlib import Path
from typing import Any, Iterable

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from publish.audit.checks import CHECKS_BY_ID
from publish.audit.engine import AuditResult, worst_providers
from publish.audit.model import CATEGORIES, FINDING_COLUMNS, SEVERITIES, SEVERITY_EN
from publish.audit.scores import (ESSENTIAL_WEIGHTS, FORMULA_EN, FORMULA_NL, SEVERITY_POINTS,
                                  fix_first)

TEMPLATES = Path(__file__).with_name("templates")
PROVIDER_DIR = "aanbieders"
CSV_NAME = "bevindingen.csv"
MD_NAME = "samenvatting.md"
FORMATS = ("html", "csv", "md")

TAG_LABELS = {
    "cost": "Kostprijs / cost",
    "price_min_eur": "Laagste prijs (€) / lowest price",
    "uitpas": "UiTPAS",
    "family_friendly": "Gezinsvriendelijk / family-friendly",
    "childcare": "Kinderopvang / childcare",
    "age_min": "Leeftijd vanaf / age from",
    "age_max": "Leeftijd tot / age to",
    "wheelchair": "Rolstoeltoegankelijk / wheelchair",
    "dutch_level": "Taalniveau 1–4 / Dutch level",
    "low_threshold": "Laagdrempelig / low threshold",
    "goals": "Doelen / goals",
    "pnt_fit": "Past in participatietraject / PNT fit",
}
VALUE_LABELS = {"free": "gratis", "reduced": "verminderd tarief", "paid": "betalend",
                "unknown": "onbekend", "likely": "waarschijnlijk", "unlikely": "eerder niet"}
LOCATION_LABELS = {"municipality": "Gemeente / municipality", "region": "Regio / region",
                   "province": "Provincie / province", "nis_code": "NIS-code"}


def show_value(value: Any) -> str:
    if value is None:
        return "onbekend / unknown"
    if value is True:
        return "ja / yes"
    if value is False:
        return "nee / no"
    if isinstance(value, (list, tuple)):
        return ", ".join(show_value(v) for v in value) if value else "—"
    if isinstance(value, dict):
        return ", ".join(f"{k}: {show_value(v)}" for k, v in value.items())
    return VALUE_LABELS.get(str(value), str(value))


def safe_url(value: Any) -> str | None:
    """Only absolute http(s) links from the data become hrefs (no javascript: or data: URLs),
    percent-encoded so no quote or angle bracket survives in them."""
    from publish.text import safe_url as published_url
    return published_url(str(value or "").strip())


def _write_atomic(path: Path, text: str, encoding: str = "utf-8") -> None:
    """Write a whole file or nothing: readers of a published site never see half a report."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding=encoding, newline="") as fh:
            fh.write(text)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@lru_cache(maxsize=1)
def _environment() -> Environment:
    env = Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=True,
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.filters["show"] = show_value
    env.filters["safe_url"] = safe_url
    env.filters["tag_label"] = lambda key: TAG_LABELS.get(key, key)
    env.filters["severity_en"] = lambda s: SEVERITY_EN.get(s, s)
    return env


def _context(result: AuditResult) -> dict[str, Any]:
    return {
        "result": result, "generated_at": result.generated_at, "config": result.config,
        "formula_nl": FORMULA_NL, "formula_en": FORMULA_EN,
        "weights": [(CHECKS_BY_ID[c].label, w) for c, w in ESSENTIAL_WEIGHTS.items()],
        "severity_points": SEVERITY_POINTS, "severities": SEVERITIES,
        "location_labels": LOCATION_LABELS, "provider_dir": PROVIDER_DIR,
    }


def render_provider(result: AuditResult, provider) -> str:
    return _environment().get_template("provider.html").render(
        **_context(result), provider=provider)


def render_index(result: AuditResult) -> str:
    all_findings = result.findings
    return _environment().get_template("index.html").render(
        **_context(result), check_counts=_check_counts(all_findings),
        fix_first=fix_first(all_findings, result.config.fix_first_limit))


def _check_counts(findings) -> list[tuple[Any, int]]:
    counts = Counter(f.check_id for f in findings)
    return [(CHECKS_BY_ID[c], n) for c, n in counts.most_common()]


def write_html(result: AuditResult, out_dir: Path) -> list[Path]:
    out_dir = Path(out_dir)
    (out_dir / PROVIDER_DIR).mkdir(parents=True, exist_ok=True)
    written = []
    for provider in result.providers:
        path = out_dir / PROVIDER_DIR / f"{provider.slug}.html"
        _write_atomic(path, render_provider(result, provider))
        written.append(path)
    index = out_dir / "index.html"
    _write_atomic(index, render_index(result))
    return [index, *written]


def csv_text(result: AuditResult) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(FINDING_COLUMNS), lineterminator="\n")
    writer.writeheader()
    for finding in result.findings:
        writer.writerow({k: spreadsheet_safe(v) for k, v in finding.row().items()})
    return buffer.getvalue()


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: Any) -> Any:
    """A text cell a spreadsheet would run as a formula (=, +, -, @ …) gets a leading
    apostrophe, the usual guard against CSV injection; numbers stay numbers."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def write_csv(result: AuditResult, out_dir: Path) -> Path:
    path = Path(out_dir) / CSV_NAME
    path.parent.mkdir(parents=True, exist_ok=True)
    # utf-8-sig: spreadsheet programs then read the accents right.
    _write_atomic(path, csv_text(result), encoding="utf-8-sig")
    return path


def _md(text: Any) -> str:
    """Neutralise Markdown and HTML in data put into a Markdown table cell."""
    out = str(text).replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")
    for char in "<>[]*_`#":
        out = out.replace(char, "\\" + char)
    return out


def markdown(result: AuditResult, top: int = 10) -> str:
    findings = result.findings
    listings = result.listings
    with_findings = sum(1 for la in listings if la.findings)
    mean = (round(sum(la.completeness for la in listings) / len(listings), 1) if listings else 100.0)
    severity = Counter(f.severity for f in findings)
    lines = [
        "# Nakijken van het aanbod / Provider audit",
        "",
        f"Gemaakt op / generated at: {result.generated_at}",
        "",
        "## Totalen / totals",
        "",
        "| | aantal / count |",
        "|---|---:|",
        f"| Aanbieders / providers | {len(result.providers)} |",
        f"| Activiteiten nagekeken / listings audited | {len(listings)} |",
        f"| Activiteiten met bevindingen / listings with findings | {with_findings} |",
        f"| Bevindingen / findings | {len(findings)} |",
        *(f"| Ernst / severity {s} ({SEVERITY_EN[s]}) | {severity.get(s, 0)} |" for s in SEVERITIES),
        f"| Gemiddelde volledigheid / mean completeness | {mean} |",
        f"| Niet meer online (overgeslagen) / removed (skipped) | {result.skipped_removed} |",
        "",
        "## Meest voorkomende bevindingen / most common findings",
        "",
        "| Controle / check | Categorie / category | Ernst / severity | Activiteiten / listings |",
        "|---|---|---|---:|",
    ]
    for check, n in _check_counts(findings):
        lines.append(f"| {_md(check.label)} (`{check.id}`) | {check.category} "
                     f"({CATEGORIES[check.category]}) | {check.severity} | {n} |")
    lines += ["", "## Aanbieders met de meeste werk / providers with most to fix", "",
              "| Aanbieder / provider | Volledigheid / completeness | Activiteiten / listings "
              "| hoog | middel | laag |",
              "|---|---:|---:|---:|---:|---:|"]
    for p in worst_providers(result, top):
        lines.append(f"| {_md(p.name)} | {p.completeness} | {len(p.listings)} | "
                     + " | ".join(str(p.count(s)) for s in SEVERITIES) + " |")
    lines += ["", "## Eerst aanpakken in het netwerk / fix these first", ""]
    for i, item in enumerate(fix_first(findings, top), 1):
        lines.append(f"{i}. **{_md(item.label)}** — {item.listings} activiteit(en), "
                     f"impact {item.impact}: {_md(item.fix)}")
    lines += ["", "## Formule / formula", "", FORMULA_NL, "", FORMULA_EN, ""]
    return "\n".join(lines)


def write_markdown(result: AuditResult, out_dir: Path) -> Path:
    path = Path(out_dir) / MD_NAME
    path.parent.mkdir(parents=True, exist_ok=True)
    _write_atomic(path, markdown(result))
    return path


def write_reports(result: AuditResult, out_dir: Path,
                  formats: Iterable[str] = FORMATS) -> list[Path]:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    formats = set(formats)
    if "html" in formats:
        written += write_html(result, out_dir)
    if "csv" in formats:
        written.append(write_csv(result, out_dir))
    if "md" in formats:
        written.append(write_markdown(result, out_dir))
    return written


__all__ = ["write_reports", "write_html", "write_csv", "write_markdown", "markdown", "csv_text",
           "render_provider", "render_index"]
