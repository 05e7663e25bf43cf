"""``doemee demo``: the whole main job on the bundled offline model, then serve the result.

model server → crawl → enrich → publish (Datasette db, feeds, provider audit) → serve.
The crawl and the server run as subprocesses: Twisted's reactor runs once per process,
and Datasette wants the foreground.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

from doemee.paths import DATA_DIR

DEMO_DIR = DATA_DIR / "demo"


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("demo", help="run everything on the offline model and serve it")
    p.add_argument("--dir", default=str(DEMO_DIR), help="where the demo writes (default: %(default)s)")
    p.add_argument("--model-port", type=int, default=8765)
    p.add_argument("--port", type=int, default=8001, help="port of the published site")
    p.add_argument("--no-serve", action="store_true", help="build everything, then stop")
    p.set_defaults(func=run_demo)


def _step(title: str) -> None:
    print(f"\n=== {title} ===", flush=True)


def _doemee(*args: str) -> None:
    subprocess.run([sys.executable, "-m", "doemee.cli", *args], check=True)


def run_demo(args: argparse.Namespace) -> int:
    from publish.serve import port_taken
    from sitemodel.server import serve_model

    # (said before the crawl, not after a minute of work)
    taken = None if args.no_serve else port_taken("127.0.0.1", args.port)
    if taken:
        print(taken, file=sys.stderr)
        return 2

    out = Path(args.dir)
    out.mkdir(parents=True, exist_ok=True)
    db = out / "catalogue.db"
    site = out / "site"
    _step("1. Offline model van ikdoemee.be / offline model of ikdoemee.be")
    with serve_model(port=args.model_port) as model:
        print(f"Model: {model.base_url}  (een model, niet de echte site / a model, not the real site)")
        _step("2. Crawlen / crawl")
        started = time.monotonic()
        crawl = subprocess.run([sys.executable, "-m", "doemee.cli", "crawl", "--base-url",
                                model.base_url, "--db", str(db)])
        print(f"Crawl: {time.monotonic() - started:.1f} s, exit {crawl.returncode}")
        if crawl.returncode != 0:
            print("De crawl was onvolledig; zie het rapport hierboven. / The crawl was partial; "
                  "see the report above.")
    _step("3. Verrijken / enrich")
    _doemee("enrich", "--db", str(db))
    _step("4. Publiceren, met de rapporten per aanbieder / publish, with the provider audit")
    _doemee("publish", "--db", str(db), "--out", str(site), "--base-url",
            f"http://127.0.0.1:{args.port}")
    print(f"\nCatalogus / catalogue: {db}\nGepubliceerd / published: {site}\n"
          f"Rapporten per aanbieder / provider reports: {site / 'audit' / 'index.html'}")
    if args.no_serve:
        return 0
    _step(f"5. Serveren / serve: http://127.0.0.1:{args.port}/")
    try:
        _doemee("serve", "--dir", str(site), "--port", str(args.port))
    except KeyboardInterrupt:
        pass
    return 0
