"""``doemee publish`` (build the site) and ``doemee serve`` (serve it with Datasette)."""
from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from doemee.paths import DEFAULT_DB, SITE_DIR

log = logging.getLogger(__name__)

PUBLISH_REFUSED = 3   # the catalogue's latest crawl failed (see publish.build.check_publishable)


def serve_command(site_dir: str | Path, host: str = "127.0.0.1", port: int = 8001) -> list[str]:
    """The command line that serves a built site (read-only Datasette, one build per request).

    ``site_dir`` is kept as given (not resolved): it is the symlink that ``doemee publish``
    switches, and the server follows it (see ``publish/serve.py``).
    """
    return [sys.executable, "-m", "publish.serve", "--dir", os.path.abspath(site_dir),
            "--host", host, "--port", str(port)]


def _publish(args) -> int:
    from publish.build import PublishRefused, build_site
    try:
        summary = build_site(args.db, args.out, base_url=args.base_url, force=args.force)
    except PublishRefused as exc:
        print(str(exc), file=sys.stderr)
        return PUBLISH_REFUSED
    print(f"{summary['activities']} activiteiten, {summary['feeds']} feeds -> "
          f"{summary['out_dir']} (build {summary['build_id']})")
    return 0


def _serve(args) -> int:
    from publish.serve import refusal
    site = Path(args.dir)
    refused = refusal(site, args.host, args.port)
    if refused:                 # said before anything else is logged
        print(refused, file=sys.stderr)
        return 2
    cmd = serve_command(site, args.host, args.port)
    log.info("serving %s on http://%s:%s/", site, args.host, args.port)
    os.execv(sys.executable, cmd)
    return 0  # not reached


def register(subparsers) -> None:
    p = subparsers.add_parser("publish", help="build the published site (database, feeds, metadata)")
    p.add_argument("--db", default=str(DEFAULT_DB), help="catalogue database (default: %(default)s)")
    p.add_argument("--out", default=str(SITE_DIR), help="site directory (default: %(default)s)")
    p.add_argument("--base-url", default="http://127.0.0.1:8001",
                   help="public URL of the site, for absolute links in feeds")
    p.add_argument("--force", action="store_true",
                   help="publish even when the latest crawl run failed")
    p.set_defaults(func=_publish)

    s = subparsers.add_parser("serve", help="serve the published site with Datasette (read-only)")
    s.add_argument("--dir", default=str(SITE_DIR), help="site directory (default: %(default)s)")
    s.add_argument("--host", default="127.0.0.1")
    s.add_argument("--port", type=int, default=8001)
    s.set_defaults(func=_serve)
