"""The model site's HTTP server: stdlib ``ThreadingHTTPServer`` on 127.0.0.1.

Request handling is layered so a fault mode can wrap it::

    HTTP handler  ->  app(Request) -> Response      (app = ModelSite.handle, or a wrapper)

The fault layer (``sitemodel/faults.py``; ``--faults`` on the command line,
``serve_model(app_factory=faults.layer(...))`` from Python) is such a wrapper. The handler only
writes what the app returns; a ``Content-Length`` larger than the body (a truncated response)
makes it close the connection after the short body.

Python API for tests::

    with serve_model(today=date(2026, 11, 26)) as model:
        model.base_url, model.site
        model.site.edit_activity("12345", title="…")      # page changes, lastmod moves
        model.site.remove_activity("12345", status=410)   # 404 or 410 from now on
        new_id = model.site.add_activity(org_id="321", title="…")
"""
from __future__ import annotations

import argparse
import contextlib
import copy
import hashlib
import json
import logging
import re
import threading
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from email.utils import format_datetime, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Callable, Iterator
from urllib.parse import parse_qs, urlsplit

from sitemodel.catalogue import Catalogue, brussels_today
from sitemodel.generate import structured_variant
from sitemodel.phrases import GOALS
from sitemodel.render import Renderer

log = logging.getLogger(__name__)
STATIC = Path(__file__).parent / "static"
STATIC_TYPES = {".js": "application/javascript; charset=utf-8", ".css": "text/css; charset=utf-8",
                ".svg": "image/svg+xml"}
HTML = "text/html; charset=utf-8"
PAGE_SIZE = 20
_SITEMAP_PART = re.compile(r"/sitemap-([1-9][0-9]{0,5})\.xml")   # parts of a sitemap index
AGENDA_MAX = 100


@dataclass
class Request:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]          # lower-case names
    base_url: str                    # scheme://host:port, from the Host header

    def arg(self, name: str) -> str | None:
        values = self.query.get(name)
        return values[0] if values else None


@dataclass
class Response:
    status: int
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)

    @classmethod
    def text(cls, status: int, text: str, content_type: str = HTML, **headers: str) -> "Response":
        return cls(status, text.encode("utf-8"), {"Content-Type": content_type, **headers})


App = Callable[[Request], Response]


class ModelSite:
    """The catalogue in memory, its routes, and a mutation API for tests."""

    def __init__(self, today: date | None = None, catalogue: Catalogue | None = None):
        self.catalogue = catalogue or Catalogue.load(today or brussels_today())
        self.renderer = Renderer(self.catalogue)
        self.lock = threading.RLock()

    @property
    def today(self) -> date:
        return self.catalogue.today

    # -- mutation API -------------------------------------------------------------------
    def edit_activity(self, activity_id: str, **changes: Any) -> dict[str, Any]:
        """Change stored fields of an activity (e.g. title, description_html, price_text,
        status, schedule, location, when). Its lastmod moves to today unless given."""
        with self.lock:
            rec = self.catalogue.activities[str(activity_id)]
            unknown = set(changes) - set(rec) - {"hostile"}
            if unknown:
                raise KeyError(f"unknown activity fields: {sorted(unknown)}")
            rec.update(copy.deepcopy(changes))
            if "lastmod_day" not in changes:
                rec["lastmod_day"] = 0
                rec["lastmod_time"] = changes.get("lastmod_time", "12:00")
            self.catalogue.invalidate()
            return rec

    def remove_activity(self, activity_id: str, status: int = 404) -> None:
        """Stop serving an activity: its pages answer ``status`` (404 or 410)."""
        if status not in (404, 410):
            raise ValueError("status must be 404 or 410")
        with self.lock:
            if str(activity_id) not in self.catalogue.activities:
                raise KeyError(activity_id)
            self.catalogue.removed[str(activity_id)] = status
            self.catalogue.invalidate()

    def restore_activity(self, activity_id: str) -> None:
        with self.lock:
            self.catalogue.removed.pop(str(activity_id), None)
            self.catalogue.invalidate()

    def add_activity(self, org_id: str, title: str, **fields: Any) -> str:
        """Add an activity; returns its id. Unspecified fields get plain defaults
        (recurring, no price, in the sitemap since yesterday)."""
        with self.lock:
            cat = self.catalogue
            if org_id not in cat.orgs:
                raise KeyError(f"unknown organisation {org_id}")
            aid = str(fields.pop("id", None) or next(str(i) for i in range(99999, 10000, -1)
                                                   if str(i) not in cat.activities))
            rec: dict[str, Any] = {
                "id": aid, "org_id": org_id, "lang": "nl", "kind": "conversation", "title": title,
                "description_html": "<p>Nieuwe activiteit.</p>", "goals": ["mensen-ontmoeten"],
                "dutch_level_icon": None, "languages": ["nl"], "online": False,
                "location": {"name": None, "street": "Grote Markt 1", "postcode": "2800", "locality": "Mechelen"},
                "geo": None, "when": {"start_day": None, "start_time": None, "end_day": None, "end_time": None},
                "schedule": "elke maandag van 14u tot 16u", "price_text": None, "offers": None, "is_free": None,
                "contact": {"name": None, "phone": None, "email": None}, "booking_url": None,
                "status": "active", "structured": structured_variant(aid), "published_day": -1,
                "lastmod_day": -1, "lastmod_time": "12:00", "truth": None,
            }
            unknown = set(fields) - set(rec)
            if unknown:
                raise KeyError(f"unknown activity fields: {sorted(unknown)}")
            rec.update(copy.deepcopy(fields))
            cat.activities[aid] = rec
            cat.invalidate()
            return aid

    def expected(self) -> list[dict[str, Any]]:
        from sitemodel.expected import expected_from_catalogue
        with self.lock:
            return expected_from_catalogue(self.catalogue)

    # -- request handling ---------------------------------------------------------------
    def handle(self, req: Request) -> Response:
        with self.lock:
            try:
                resp = self.route(req)
            except Exception:   # a model bug must show as a 500, not kill the thread
                log.exception("error serving %s", req.path)
                resp = Response.text(500, "<h1>500</h1>")
        if req.method == "HEAD":
            resp.headers.setdefault("Content-Length", str(len(resp.body)))
            resp.body = b""
        return resp

    def route(self, req: Request) -> Response:
        if req.method not in ("GET", "HEAD"):
            return Response.text(405, "<h1>405</h1>", Allow="GET, HEAD")
        path, base, r = req.path, req.base_url, self.renderer
        if path == "/":
            return Response(302, b"", {"Location": "/nl/", "Content-Type": HTML})
        if path in ("/nl", "/en", "/fr"):
            return Response(301, b"", {"Location": path + "/", "Content-Type": HTML})
        if path in ("/nl/", "/en/", "/fr/"):
            return Response.text(200, r.home(path[1:3], base))
        if path == "/robots.txt":
            return Response.text(200, r.robots(base), "text/plain; charset=utf-8")
        if path == "/sitemap.xml":
            return Response.text(200, r.sitemap(base), "application/xml; charset=utf-8")
        if (part := _SITEMAP_PART.fullmatch(path)) is not None:
            body = r.sitemap(base, int(part.group(1)))
            if body is None:
                return self.not_found(base)
            return Response.text(200, body, "application/xml; charset=utf-8")
        if path.startswith("/static/"):
            return self.static(path[len("/static/"):])
        if path == "/nl/activiteiten":
            return self.listing(req, "/nl/activiteiten", None)
        if path.startswith("/nl/doel/"):
            goal = path[len("/nl/doel/"):]
            if goal not in GOALS:
                return self.not_found(base)
            return self.listing(req, path, goal)
        if path == "/nl/agenda":
            return Response.text(200, r.agenda(base))
        if path == "/api/agenda":
            return self.agenda_api(req)
        for lang, prefix in (("nl", "/nl/activiteit/"), ("en", "/en/activity/"), ("fr", "/fr/activite/")):
            if path.startswith(prefix):
                return self.activity(req, lang, prefix, path[len(prefix):])
        for lang, prefix in (("nl", "/nl/organisatie/"), ("en", "/en/organisation/"), ("fr", "/fr/organisation/")):
            if path.startswith(prefix):
                return self.organisation(req, lang, prefix, path[len(prefix):])
        return self.not_found(base)

    def not_found(self, base: str, lang: str = "nl", status: int = 404) -> Response:
        return Response.text(status, self.renderer.error(status, lang, base))

    def static(self, name: str) -> Response:
        file = STATIC / name
        if "/" in name or ".." in name or not file.is_file():
            return Response.text(404, "not found", "text/plain; charset=utf-8")
        return Response(200, file.read_bytes(), {"Content-Type": STATIC_TYPES.get(file.suffix, "application/octet-stream"),
                                                 "Cache-Control": "max-age=3600"})

    @staticmethod
    def _split_id(rest: str) -> tuple[str, str | None]:
        ident, _, slug = rest.partition("-")
        return ident, (slug or None)

    def activity(self, req: Request, lang: str, prefix: str, rest: str) -> Response:
        ident, slug = self._split_id(rest)
        cat = self.catalogue
        if not ident.isdigit() or ident not in cat.activities:
            return self.not_found(req.base_url, lang)
        if ident in cat.removed:
            return self.not_found(req.base_url, lang, cat.removed[ident])
        v = cat.get(ident)
        if slug != v.slug:   # old or missing slug: permanent redirect to the current one
            return Response(301, b"", {"Location": v.path(lang), "Content-Type": HTML})
        body = self.renderer.activity(v, lang, req.base_url).encode("utf-8")
        return self.conditional(req, body, v.lastmod)

    def organisation(self, req: Request, lang: str, prefix: str, rest: str) -> Response:
        ident, slug = self._split_id(rest)
        org = self.catalogue.orgs.get(ident)
        if org is None:
            return self.not_found(req.base_url, lang)
        if slug != org["slug"]:
            return Response(301, b"", {"Location": prefix + f"{org['id']}-{org['slug']}", "Content-Type": HTML})
        return Response.text(200, self.renderer.organisation(org, lang, req.base_url))

    def conditional(self, req: Request, body: bytes, lastmod: datetime) -> Response:
        etag = '"' + hashlib.sha256(body).hexdigest()[:20] + '"'
        headers = {"Content-Type": HTML, "ETag": etag,
                   "Last-Modified": format_datetime(lastmod.astimezone(timezone.utc), usegmt=True)}
        inm = req.headers.get("if-none-match")
        if inm is not None:
            if etag in [t.strip() for t in inm.split(",")] or inm.strip() == "*":
                return Response(304, b"", headers)
        else:
            ims = req.headers.get("if-modified-since")
            if ims:
                try:
                    since = parsedate_to_datetime(ims)
                    if since.tzinfo is not None and lastmod.replace(microsecond=0) <= since:
                        return Response(304, b"", headers)
                except (TypeError, ValueError):
                    pass
        return Response(200, body, headers)

    def listing(self, req: Request, page_path: str, goal: str | None) -> Response:
        raw = req.arg("pagina") or "1"
        if not raw.isdigit() or int(raw) < 1:
            return Response.text(400, self.renderer.error(404, "nl", req.base_url))
        page = int(raw)
        items = self.catalogue.listing(goal)
        pages = max(1, -(-len(items) // PAGE_SIZE))
        if page > pages:
            return self.not_found(req.base_url)
        heading = GOALS[goal]["nl"] if goal else "Alle activiteiten"
        chunk = items[(page - 1) * PAGE_SIZE: page * PAGE_SIZE]
        return Response.text(200, self.renderer.listing(chunk, page, pages, req.base_url, page_path, heading))

    def agenda_api(self, req: Request) -> Response:
        try:
            start = int(req.arg("start") or 0)
            limit = int(req.arg("limit") or 24)
        except ValueError:
            return Response.text(400, json.dumps({"error": "start and limit must be integers"}),
                                 "application/json; charset=utf-8")
        if start < 0 or not 1 <= limit <= AGENDA_MAX:
            return Response.text(400, json.dumps({"error": f"0 <= start, 1 <= limit <= {AGENDA_MAX}"}),
                                 "application/json; charset=utf-8")
        items = self.catalogue.agenda()
        chunk = items[start:start + limit]
        end = start + len(chunk)
        data = {"total": len(items), "start": start, "limit": limit,
                "next": end if end < len(items) else None,
                "items": [self.renderer.card(v) for v in chunk]}
        return Response.text(200, json.dumps(data, ensure_ascii=False), "application/json; charset=utf-8")


# ---------------------------------------------------------------------------------------
class _Handler(BaseHTTPRequestHandler):
    server_version = "ikdoemee-model/1.0"
    protocol_version = "HTTP/1.1"

    def _serve(self) -> None:
        parts = urlsplit(self.path)
        host = self.headers.get("Host") or "%s:%s" % self.server.server_address[:2]
        req = Request(method=self.command, path=parts.path or "/",
                      query=parse_qs(parts.query, keep_blank_values=True),
                      headers={k.lower(): v for k, v in self.headers.items()},
                      base_url=f"http://{host}")
        resp = self.server.app(req)
        headers = dict(resp.headers)
        if "Content-Length" not in headers:
            headers["Content-Length"] = str(len(resp.body))
        elif self.command != "HEAD" and int(headers["Content-Length"]) > len(resp.body):
            self.close_connection = True   # a truncated body (fault mode): end it early
        try:
            self.send_response(resp.status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.end_headers()
            if resp.body:
                self.wfile.write(resp.body)
            self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True   # the client gave up (a timeout, a size limit)

    do_GET = _serve
    do_HEAD = _serve
    do_POST = _serve

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        log.debug("%s %s", self.address_string(), format % args)


class ModelHTTPServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, site: ModelSite, host: str = "127.0.0.1", port: int = 0, app: App | None = None):
        if host not in ("127.0.0.1", "localhost", "::1"):
            raise ValueError("the model site binds to the loopback interface only")
        super().__init__((host, port), _Handler)
        self.site = site
        self.app: App = app or site.handle

    def handle_error(self, request, client_address) -> None:
        import sys
        if isinstance(sys.exc_info()[1], (ConnectionResetError, BrokenPipeError)):
            return   # a client that hung up (a timeout, a size limit): not a model error
        super().handle_error(request, client_address)


@dataclass
class RunningModel:
    site: ModelSite
    server: ModelHTTPServer
    base_url: str

    def url(self, path: str) -> str:
        return self.base_url + path


@contextlib.contextmanager
def serve_model(today: date | None = date(2026, 11, 26), port: int = 0, host: str = "127.0.0.1",
                app_factory: Callable[[ModelSite], App] | None = None,
                catalogue: Catalogue | None = None) -> Iterator[RunningModel]:
    """Serve a fresh model in a background thread; yields ``.base_url`` and ``.site``.
    ``catalogue`` replaces the bundled one (e.g. a synthetic catalogue for benchmarks)."""
    site = ModelSite(today=today, catalogue=catalogue)
    app = app_factory(site) if app_factory else None
    server = ModelHTTPServer(site, host, port, app)
    thread = threading.Thread(target=server.serve_forever, name="sitemodel", daemon=True)
    thread.start()
    try:
        yield RunningModel(site, server, f"http://{host}:{server.server_address[1]}")
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def run(host: str = "127.0.0.1", port: int = 8765, today: date | None = None,
        app_factory: Callable[[ModelSite], App] | None = None, note: str = "") -> None:
    site = ModelSite(today=today)
    server = ModelHTTPServer(site, host, port, app_factory(site) if app_factory else None)
    print(f"Model of ikdoemee.be (not the real site) on http://{host}:{server.server_address[1]}/ "
          f"— today = {site.today.isoformat()}, {len(site.catalogue.activities)} activities"
          f"{note}", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--host", default="127.0.0.1", help="loopback address to bind (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--today", type=date.fromisoformat, default=None,
                        help="the model's today (YYYY-MM-DD; default: today in Europe/Brussels)")
    faults = parser.add_argument_group("fault mode (see sitemodel/faults.py)")
    faults.add_argument("--faults", default=None, metavar="TYPE[,TYPE…]|all",
                        help="misbehave: 5xx, 429, timeout, truncated, slow, redirect, malformed, "
                             "charset, 404, 410, oversized, markup, or all")
    faults.add_argument("--fault-rate", type=float, default=0.2,
                        help="share of eligible URLs that get a fault (default %(default)s)")
    faults.add_argument("--fault-seed", type=int, default=0, help="which URLs (default %(default)s)")
    faults.add_argument("--fault-attempts", type=int, default=2,
                        help="transient faults clear after this many attempts of a URL (default %(default)s)")
    faults.add_argument("--fault-hold", type=float, default=40.0,
                        help="seconds a 'timeout' holds the connection (default %(default)s; "
                             "more than the crawler's DOWNLOAD_TIMEOUT)")
    faults.add_argument("--fault-slow", type=float, default=0.5,
                        help="seconds a 'slow' response waits (default %(default)s)")
    faults.add_argument("--fault-retry-after", type=int, default=1,
                        help="Retry-After of a 429, in seconds (default %(default)s)")


def fault_factory(args: argparse.Namespace) -> tuple[Callable[[ModelSite], App] | None, str]:
    """The fault layer the command-line flags ask for, and a line describing it."""
    if not getattr(args, "faults", None):
        return None, ""
    from sitemodel import faults
    types = faults.parse_types(args.faults)
    factory = faults.layer(types, rate=args.fault_rate, seed=args.fault_seed,
                           attempts=args.fault_attempts, hold=args.fault_hold,
                           slow=args.fault_slow, retry_after=args.fault_retry_after)
    return factory, (f"\nFOUTMODUS / FAULT MODE: {', '.join(types)} op / on {args.fault_rate:.0%} "
                     f"van de URL's / of URLs (seed {args.fault_seed})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m sitemodel.server",
                                     description="Serve the offline model of ikdoemee.be on 127.0.0.1.")
    add_arguments(parser)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO)
    factory, note = fault_factory(args)
    run(args.host, args.port, args.today, factory, note)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
