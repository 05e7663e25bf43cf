"""``doemee audit``: per provider, what their listings lack and how to fix it."""
from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path

from doemee.paths import DEFAULT_DB, SITE_DIR
from publish.audit.config import DEFAULT_CONFIG
from publish.audit.report import FORMATS


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "audit", help="nakijken per aanbieder: wat ontbreekt en hoe los je het op "
                      "(provider audit: HTML per provider, CSV, Markdown)")
    p.add_argument("--db", default=str(DEFAULT_DB), help="catalogue database (default: %(default)s)")
    p.add_argument("--provider", help="only this provider (name as on the site, or its slug)")
    p.add_argument("--format", action="append", choices=FORMATS, dest="formats",
                   help="output format; repeat for several (default: all of html, csv, md)")
    p.add_argument("--out", default=str(SITE_DIR / "audit"),
                   help="output directory (default: %(default)s)")
    p.add_argument("--stale-days", type=int, default=DEFAULT_CONFIG.stale_days,
                   help="'not updated for a long time' after this many days (default: %(default)s)")
    p.set_defaults(func=_audit)


def _audit(args: argparse.Namespace) -> int:
    from publish.audit.stream import run_audit

    db = Path(args.db)
    if not db.exists():
        print(f"Databank niet gevonden / database not found: {db}", file=sys.stderr)
        return 2
    config = replace(DEFAULT_CONFIG, stale_days=args.stale_days)
    run = run_audit(db, out_dir=Path(args.out), formats=args.formats or FORMATS, config=config,
                    provider=args.provider)
    if args.provider and not run.providers:
        print(f"Geen activiteiten online van aanbieder / no listed activities for provider: "
              f"{args.provider}", file=sys.stderr)
        return 1
    summary, written = run.summary, run.written
    print(f"{run.providers} aanbieders, {summary.listings} activiteiten, "
          f"{summary.findings} bevindingen → {args.out} ({len(written)} bestanden) / "
          f"{run.providers} providers, {summary.listings} listings, "
          f"{summary.findings} findings, {len(written)} files")
    if run.tags_unknown:
        print(f"Let op: van {run.tags_unknown} activiteiten zijn de kenmerken onbekend (enrich niet "
              f"gedraaid) / tags unknown for {run.tags_unknown} listings", file=sys.stderr)
    for error in run.errors:
        print(f"fout / error: {error}", file=sys.stderr)
    return 0
