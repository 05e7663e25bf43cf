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
from dataclasses import dataclass
from functools import lru_cache
from collections import Counter
from pathlib import Path
from typing import Any, Iterable

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from publish.audit.checks import CHECKS_BY_ID
from publish.audit.config import AuditConfig
from publish.audit.digest import ProviderDigest, digest
from publish.audit.engine import AuditResult, ProviderAudit
from publish.audit.model import CATEGORIES, FINDING_COLUMNS, SEVERITIES, SEVERITY_EN
from publish.audit.scores import (ESSENTIAL_WEIGHTS, FORMULA_EN, FORMULA_NL, SEVERITY_POINTS,
                                  FixItem)
from publish.text import spreadsheet_safe

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


@dataclass(frozen=True)
class ProviderRow:
    """What the index and the Markdown summary need of one provider: a few numbers."""
    name: str
    slug: str
    completeness: float
    listings: int
    findings: int
    counts: tuple[int, ...]      # findings per severity, in SEVERITIES order

    def count(self, severity: str) -> int:
        return self.counts[SEVERITIES.index(severity)]


class Summary:
    """The network-wide view, accumulated one provider at a time: one small row per
    provider and counters per check and severity; never a listing or a finding."""

    def __init__(self, generated_at: str, config: AuditConfig, skipped_removed: int = 0) -> None:
        self.generated_at = generated_at
        self.config = config
        self.skipped_removed = skipped_removed
        self.providers: list[ProviderRow] = []
        self.listings = 0
        self.with_findings = 0
        self.completeness_sum = 0
        self.findings = 0
        self.severity: Counter[str] = Counter()
        self.check_counts: Counter[str] = Counter()     # first-seen order, as over all findings
        self.check_listings: Counter[str] = Counter()   # listings per check (ids are unique)
        self.check_impact: Counter[str] = Counter()

    @classmethod
    def of(cls, result: AuditResult) -> "Summary":
        summary = cls(result.generated_at, result.config, result.skipped_removed)
        for provider in result.providers:
            summary.add(provider)
        return summary

    def add(self, provider: "ProviderAudit | ProviderDigest") -> None:
        d = provider if isinstance(provider, ProviderDigest) else digest(provider)
        self.completeness_sum += d.completeness_sum
        self.with_findings += d.with_findings
        for check_id, n, impact, listings in d.checks:
            self.check_counts[check_id] += n
            self.check_impact[check_id] += impact
            self.check_listings[check_id] += listings
        for severity, n in zip(SEVERITIES, d.counts):
            if n:
                self.severity[severity] += n
        self.listings += d.listings
        self.findings += d.findings
        self.providers.append(ProviderRow(d.name, d.slug, d.completeness, d.listings,
                                          d.findings, d.counts))

    @property
    def mean_completeness(self) -> float:
        return round(self.completeness_sum / self.listings, 1) if self.listings else 100.0

    def most_common(self) -> list[tuple[Any, int]]:
        return [(CHECKS_BY_ID[c], n) for c, n in self.check_counts.most_common()]

    def fix_first(self, limit: int | None = None) -> list[FixItem]:
        """The network-wide "fix these first", ranked like ``scores.fix_first``."""
        items = []
        for check_id, impact in self.check_impact.items():
            check = CHECKS_BY_ID[check_id]
            items.append(FixItem(check_id, check.label, check.severity, check.fix, check.fix_en,
                                 self.check_listings[check_id], impact, ()))
        items.sort(key=lambda i: (-i.impact, SEVERITIES.index(i.severity), i.check_id))
        return items[:limit] if limit else items

    def worst(self, limit: int = 10) -> list[ProviderRow]:
        """Lowest completeness first, then most high-severity findings, then most findings
        (the order of ``engine.worst_providers``)."""
        return sorted(self.providers,
                      key=lambda p: (p.completeness, -p.counts[0], -p.findings,
                                     p.name.casefold()))[:limit]


def _context(generated_at: str) -> dict[str, Any]:
    return {
        "generated_at": generated_at,
        "formula_nl": FORMULA_NL, "formula_en": FORMULA_EN,
        "weights": [(CHECKS_BY_ID[c].label, w) for c, w in ESSENTIAL_WEIGHTS.items()],
        "severity_points": SEVERITY_POINTS, "severities": SEVERITIES,
        "location_labels": LOCATION_LABELS, "provider_dir": PROVIDER_DIR,
    }


def render_provider(result: AuditResult | Summary, provider: ProviderAudit) -> str:
    return render_page(result.generated_at, provider)


def render_page(generated_at: str, provider: ProviderAudit) -> str:
    """One provider's printable HTML page."""
    return _environment().get_template("provider.html").render(
        **_context(generated_at), provider=provider)


def render_index(result: AuditResult | Summary) -> str:
    summary = result if isinstance(result, Summary) else Summary.of(result)
    return _environment().get_template("index.html").render(
        **_context(summary.generated_at), summary=summary,
        check_counts=summary.most_common(),
        fix_first=summary.fix_first(summary.config.fix_first_limit))


class ReportWriter:
    """Writes the reports while providers stream by: each provider's page as soon as it is
    audited, its CSV rows appended to a temporary file; ``close()`` writes the index and the
    Markdown summary and moves the CSV into place. Only the ``Summary`` is kept."""

    def __init__(self, out_dir: Path, summary: Summary, formats: Iterable[str] = FORMATS) -> None:
        self.out_dir = Path(out_dir)
        self.summary = summary
        self.formats = set(formats)
        self.written: list[Path] = []
        self.out_dir.mkdir(parents=True, exist_ok=True)
        if "html" in self.formats:
            (self.out_dir / PROVIDER_DIR).mkdir(parents=True, exist_ok=True)
        self._csv_tmp: str | None = None
        self._csv_file = None
        if "csv" in self.formats:
            fd, self._csv_tmp = tempfile.mkstemp(prefix=f".{CSV_NAME}.", dir=self.out_dir)
            # utf-8-sig: spreadsheet programs then read the accents right.
            self._csv_file = os.fdopen(fd, "w", encoding="utf-8-sig", newline="")
            self._csv = csv.writer(self._csv_file, lineterminator="\n")
            self._csv.writerow(FINDING_COLUMNS)

    def add(self, provider: "ProviderAudit | ProviderDigest") -> None:
        """One audited provider (a digest carries its page already rendered)."""
        if "html" in self.formats:
            if isinstance(provider, ProviderDigest):
                page = provider.page if provider.page is not None else ""
            else:
                page = render_provider(self.summary, provider)
            path = self.out_dir / PROVIDER_DIR / f"{provider.slug}.html"
            _write_atomic(path, page)
            self.written.append(path)
        if self._csv_file is not None:
            rows = provider.finding_rows if isinstance(provider, ProviderDigest) \
                else digest(provider).finding_rows
            self._csv.writerows([spreadsheet_safe(v) for v in row] for row in rows)

    def close(self) -> list[Path]:
        written: list[Path] = []
        if "html" in self.formats:
            index = self.out_dir / "index.html"
            _write_atomic(index, render_index(self.summary))
            written += [index, *self.written]
        if self._csv_file is not None:
            self._csv_file.close()
            self._csv_file = None
            path = self.out_dir / CSV_NAME
            os.chmod(self._csv_tmp, 0o644)
            os.replace(self._csv_tmp, path)
            written.append(path)
        if "md" in self.formats:
            path = self.out_dir / MD_NAME
            _write_atomic(path, markdown(self.summary))
            written.append(path)
        return written

    def abort(self) -> None:
        if self._csv_file is not None:
            self._csv_file.close()
            self._csv_file = None
            Path(self._csv_tmp).unlink(missing_ok=True)


def write_html(result: AuditResult, out_dir: Path) -> list[Path]:
    return _write(result, out_dir, ["html"])


def csv_text(result: AuditResult) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(FINDING_COLUMNS), lineterminator="\n")
    writer.writeheader()
    for finding in result.findings:
        writer.writerow({k: spreadsheet_safe(v) for k, v in finding.row().items()})
    return buffer.getvalue()


def write_csv(result: AuditResult, out_dir: Path) -> Path:
    [path] = _write(result, out_dir, ["csv"])
    return path


def _md(text: Any) -> str:
    """Neutralise Markdown and HTML in data put into a Markdown table cell."""
    out = str(text).replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")
    for char in "<>[]*_`#":
        out = out.replace(char, "\\" + char)
    return out


def markdown(result: AuditResult | Summary, top: int = 10) -> str:
    summary = result if isinstance(result, Summary) else Summary.of(result)
    lines = [
        "# Nakijken van het aanbod / Provider audit",
        "",
        f"Gemaakt op / generated at: {summary.generated_at}",
        "",
        "## Totalen / totals",
        "",
        "| | aantal / count |",
        "|---|---:|",
        f"| Aanbieders / providers | {len(summary.providers)} |",
        f"| Activiteiten nagekeken / listings audited | {summary.listings} |",
        f"| Activiteiten met bevindingen / listings with findings | {summary.with_findings} |",
        f"| Bevindingen / findings | {summary.findings} |",
        *(f"| Ernst / severity {s} ({SEVERITY_EN[s]}) | {summary.severity.get(s, 0)} |"
          for s in SEVERITIES),
        f"| Gemiddelde volledigheid / mean completeness | {summary.mean_completeness} |",
        f"| Niet meer online (overgeslagen) / removed (skipped) | {summary.skipped_removed} |",
        "",
        "## Meest voorkomende bevindingen / most common findings",
        "",
        "| Controle / check | Categorie / category | Ernst / severity | Activiteiten / listings |",
        "|---|---|---|---:|",
    ]
    for check, n in summary.most_common():
        lines.append(f"| {_md(check.label)} (`{check.id}`) | {check.category} "
                     f"({CATEGORIES[check.category]}) | {check.severity} | {n} |")
    lines += ["", "## Aanbieders met de meeste werk / providers with most to fix", "",
              "| Aanbieder / provider | Volledigheid / completeness | Activiteiten / listings "
              "| hoog | middel | laag |",
              "|---|---:|---:|---:|---:|---:|"]
    for p in summary.worst(top):
        lines.append(f"| {_md(p.name)} | {p.completeness} | {p.listings} | "
                     + " | ".join(str(n) for n in p.counts) + " |")
    lines += ["", "## Eerst aanpakken in het netwerk / fix these first", ""]
    for i, item in enumerate(summary.fix_first(top), 1):
        lines.append(f"{i}. **{_md(item.label)}** — {item.listings} activiteit(en), "
                     f"impact {item.impact}: {_md(item.fix)}")
    lines += ["", "## Formule / formula", "", FORMULA_NL, "", FORMULA_EN, ""]
    return "\n".join(lines)


def write_markdown(result: AuditResult, out_dir: Path) -> Path:
    [path] = _write(result, out_dir, ["md"])
    return path


def _write(result: AuditResult, out_dir: Path, formats: Iterable[str]) -> list[Path]:
    writer = ReportWriter(out_dir, Summary.of(result), formats)
    try:
        for provider in result.providers:
            writer.add(provider)
    except BaseException:
        writer.abort()
        raise
    return writer.close()


def write_reports(result: AuditResult, out_dir: Path,
                  formats: Iterable[str] = FORMATS) -> list[Path]:
    """All reports of an in-memory result (``publish.audit.stream`` writes the same files
    while it audits, one provider at a time)."""
    return _write(result, out_dir, formats)


__all__ = ["write_reports", "ReportWriter", "Summary", "ProviderRow", "write_html", "write_csv", "write_markdown", "markdown", "csv_text",
           "render_provider", "render_index"]
