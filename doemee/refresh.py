"""``doemee refresh``: the unattended nightly job — crawl, then enrich and publish only when
the crawl did not fail its guard rails. A failed crawl leaves the published site as it was."""
from __future__ import annotations

import argparse
import subprocess
import sys

from doemee.paths import DEFAULT_DB, LIVE_BASE_URL, SITE_DIR

CRAWL_FAILED = 2


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("refresh", help="crawl, then enrich and publish unless the crawl failed")
    p.add_argument("--base-url", default=LIVE_BASE_URL)
    p.add_argument("--db", default=str(DEFAULT_DB))
    p.add_argument("--out", default=str(SITE_DIR), help="published site (default: %(default)s)")
    p.set_defaults(func=refresh)


def _doemee(*args: str) -> int:
    return subprocess.run([sys.executable, "-m", "doemee", *args]).returncode


def refresh(args: argparse.Namespace) -> int:
    crawl = _doemee("crawl", "--base-url", args.base_url, "--db", args.db)
    if crawl == CRAWL_FAILED:
        print("Crawl mislukt: er wordt niets gepubliceerd; de vorige catalogus blijft online. / "
              "Crawl failed: nothing is published; the previous catalogue stays online.",
              file=sys.stderr)
        return CRAWL_FAILED
    for step in (("enrich", "--db", args.db),
                 ("publish", "--db", args.db, "--out", args.out)):  # publish includes the audit
        code = _doemee(*step)
        if code:
            print(f"Stap mislukt / step failed: doemee {step[0]} (exit {code})", file=sys.stderr)
            return code
    return crawl  # 1 when the crawl was partial: published, but worth a look
