"""``doemee model-serve``: serve the offline model of ikdoemee.be on 127.0.0.1."""
from __future__ import annotations

import argparse


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "model-serve", help="serve the offline model of ikdoemee.be (a model, not the real site)",
        description="Serve the offline model of ikdoemee.be on the loopback interface.")
    from sitemodel.server import add_arguments
    add_arguments(parser)
    parser.set_defaults(func=_run)


def _run(args: argparse.Namespace) -> int:
    from sitemodel.server import fault_factory, run
    try:
        factory, note = fault_factory(args)
    except ValueError as exc:
        print(f"fout / error: {exc}")
        return 2
    run(args.host, args.port, args.today, factory, note)
    return 0
