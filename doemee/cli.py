"""``doemee``: one command, one subcommand per stage of the flow.

Each stage owns its subcommands in its own ``cli.py`` with ``register(subparsers)``;
this file only lists them, in the order data flows.
"""
from __future__ import annotations

import argparse
import importlib
import logging
import sys

STAGE_COMMANDS = (
    "sitemodel.cli",     # model-serve: the offline model of the site
    "spiders.cli",       # crawl, capture
    "catalogue.cli",     # export, runs
    "enrich.cli",        # enrich, score
    "publish.cli",       # publish, serve
    "publish.audit.cli", # audit
    "doemee.refresh",    # refresh: the nightly job (crawl → enrich → publish, guarded)
    "doemee.demo",       # demo: the whole flow on the offline model
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="doemee",
        description="Crawl, tag and publish the ikdoemee.be catalogue of activities for newcomers.",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug output")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module_name in STAGE_COMMANDS:
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            # A stage not built yet must not break the others' commands.
            if exc.name and module_name.startswith(exc.name):
                continue
            raise
        module.register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    return int(args.func(args) or 0)


if __name__ == "__main__":
    sys.exit(main())
