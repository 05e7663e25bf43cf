"""``doemee publish`` (build the site) and ``doemee serve`` (serve it with Datasette)."""
from __future__ import annotations

import json
import logging
import os
import sys
from pathlib import Path

from doemee.paths import DEFAULT_DB, SITE_DIR

log = logging.getLogger(__name__)


def serve_command(site_dir: str | Path, host: str = "127.0.0.1", port: int = 8001) -> list[str]:
    """The datasette command line that serves a built site directory (read-only)."""
    site = Path(site_dir).resolve()
    cmd = [sys.executable, "-m", "datasette", "serve",
           "-i", str(site / "catalogue.db"),
           "--inspect-file", str(site / "inspect.json"),
           "--metadata", str(site / "metadata.json"),
           "--template-dir", str(site / "templates"),
           "--plugins-dir", str(site / "plugins"),
           "--host", host, "--port", str(port)]
    settings = json.loads((site / "settings.json").read_text(encoding="utf-8"))
    for key, value in settings.items():
        if isinstance(value, bool):
            value = "on" if value else "off"
        cmd += ["--setting", key, str(value)]
    return cmd


def _publish(args) -> int:
    from publish.build import build_site
    summary = build_site(args.db, args.out, base_url=args.base_url)
    print(f"{summary['activities']} activiteiten, {summary['feeds']} feeds -> {summary['out_dir']}")
    return 0


def _serve(args) -> int:
    site = Path(args.dir)
    if not (site / "catalogue.db").exists():
        print(f"Geen gepubliceerde site in {site}; voer eerst 'doemee publish' uit.",
              file=sys.stderr)
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
    p.set_defaults(func=_publish)

    s = subparsers.add_parser("serve", help="serve the published site with Datasette (read-only)")
    s.add_argument("--dir", default=str(SITE_DIR), help="site directory (default: %(default)s)")
    s.add_argument("--host", default="127.0.0.1")
    s.add_argument("--port", type=int, default=8001)
    s.set_defaults(func=_serve)
