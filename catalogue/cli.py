"""Subcommands that read the catalogue store: ``export`` and ``runs``."""
from __future__ import annotations

import argparse
import json

from catalogue.export import export
from catalogue.store import open_db
from doemee.paths import DEFAULT_DB


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("export", help="write one record per activity (JSON lines or CSV)")
    p.add_argument("--db", default=str(DEFAULT_DB), help="catalogue database (default: %(default)s)")
    p.add_argument("--format", choices=("jsonl", "csv"), default="jsonl")
    p.add_argument("--out", default="-", help="output file (default: standard output)")
    p.add_argument("--active-only", action="store_true", help="leave out removed activities")
    p.set_defaults(func=_export)

    p = subparsers.add_parser("runs", help="list the crawl runs and their statistics")
    p.add_argument("--db", default=str(DEFAULT_DB))
    p.add_argument("--last", type=int, default=10)
    p.set_defaults(func=_runs)


def _export(args: argparse.Namespace) -> int:
    n = export(args.db, args.format, args.out, include_removed=not args.active_only)
    if args.out != "-":
        print(f"{n} activiteiten geëxporteerd naar {args.out} / {n} activities exported")
    return 0


def _runs(args: argparse.Namespace) -> int:
    db = open_db(args.db)
    for run in db["crawl_runs"].rows_where(order_by="id desc", limit=args.last):
        coverage = json.loads(run["field_coverage"] or "{}")
        print(f"#{run['id']} {run['started_at']} {run['status']:<8} items={run['items']} "
              f"new={run['new']} changed={run['changed']} removed={run['removed']} "
              f"errors={run['errors']} fields={len(coverage)}")
    return 0
