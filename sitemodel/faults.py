"""Fault mode of the offline model: a layer around ``ModelSite.handle`` that misbehaves the
way a live site does on a bad night, so the crawl's recovery can be tested.

Switch it on from the command line::

    doemee model-serve --faults all --fault-rate 0.2 --fault-seed 7
    doemee model-serve --faults 5xx,429,timeout --fault-rate 0.1 --fault-hold 40

or from Python (tests)::

    with serve_model(app_factory=faults.layer(["5xx", "404"], rate=0.2, seed=1)) as model: …
    model.server.app = faults.FaultLayer(model.site, ["markup"], rate=0.5)   # switch later

Fault types (``FAULT_TYPES``)
-----------------------------
Transient — the first ``attempts`` requests of the same URL (path + query) fail, later ones
succeed, so a crawler that retries recovers:

``5xx``        500, 502, 503 or 504 (chosen from the path)
``429``        429 Too Many Requests with ``Retry-After: <retry_after>`` seconds
``timeout``    holds the connection ``hold`` seconds (longer than the crawler's
               DOWNLOAD_TIMEOUT) before answering
``truncated``  sends ``Content-Length`` larger than the body, then closes the connection

Every time (not errors, but a crawler must cope):

``slow``       answers after ``slow`` seconds (shorter than a sane timeout)
``redirect``   a chain of ``hops`` redirects (302, 307, 301…) through ``/_omweg/<n>/<path>``
               back to the page, with ``?omweg=<hops>`` so it is a new URL for the crawler
``malformed``  the page's HTML broken but recoverable: optional end tags dropped, stray end
               tags, unescaped ``&`` and ``<``, misnested tags, the document cut off after
               the activity (no ``</article></body></html>``)
``charset``    the declared charset is wrong or missing (from the path: header
               ``charset=iso-8859-1`` on a UTF-8 body, or no charset at all); the page's
               ``<meta charset>`` is removed in both cases

Permanent — they never clear:

``404``, ``410``  the activity page is gone (real removal evidence for the crawler)
``oversized``     the page padded with an HTML comment to ``oversize`` bytes
``markup``        the page's markup changed: structured data (JSON-LD, microdata) removed and
                  the BEM field classes renamed (``activity__title`` → ``evt-title``…), so
                  the activity's fields can no longer be extracted (the ``<article>`` and its
                  id stay: a redesign, not a removal)

Which URL gets which fault is deterministic: a hash of ``seed`` and the path decides whether
the path is faulty (probability ``rate``) and which of the enabled types it gets. Content
faults (404/410, oversized, markup, malformed, charset) hit activity detail pages only;
transport faults (5xx, 429, timeout, truncated, slow, redirect) hit activity and organisation
pages, the paginated listings and the sitemap. ``/robots.txt``, static files, ``/nl/agenda``
and ``/api/agenda`` (read by the browser, whose requests bypass the crawler's retries) are
never faulted.

The layer records what it did (``FaultLayer.log``: path, fault, attempt, time) and answers
``faulty_paths()`` / ``fault_for(path)`` so tests can compare the crawl's report with it.
"""
from __future__ import annotations

import hashlib
import re
import threading
import time
from dataclasses import dataclass
from typing import Callable, Iterable

from sitemodel.server import App, ModelSite, Request, Response

FAULT_TYPES = ("5xx", "429", "timeout", "truncated", "slow", "redirect", "malformed",
               "charset", "404", "410", "oversized", "markup")
TRANSIENT = frozenset({"5xx", "429", "timeout", "truncated"})
PERMANENT = frozenset({"404", "410", "oversized", "markup"})
CONTENT = frozenset({"404", "410", "oversized", "markup", "malformed", "charset"})
HOP_PREFIX = "/_omweg/"

_ACTIVITY = re.compile(r"^/(?:nl/activiteit|en/activity|fr/activite)/\d+")
_TRANSPORT = re.compile(r"^/(?:(?:nl/activiteit|en/activity|fr/activite)/\d+|"
                        r"(?:nl/organisatie|en/organisation|fr/organisation)/\d+|"
                        r"nl/activiteiten$|nl/doel/|sitemap(?:-\d+)?\.xml$)")


def parse_types(text: str) -> tuple[str, ...]:
    """``"all"`` or a comma-separated list of FAULT_TYPES."""
    names = [t.strip().lower() for t in text.split(",") if t.strip()]
    if names == ["all"]:
        return FAULT_TYPES
    unknown = sorted(set(names) - set(FAULT_TYPES))
    if unknown or not names:
        raise ValueError(f"unknown fault type(s) {unknown}; choose from {', '.join(FAULT_TYPES)} or all")
    return tuple(dict.fromkeys(names))


def _unit(*parts: object) -> float:
    """A deterministic number in [0, 1) from the parts."""
    digest = hashlib.sha256("\x1f".join(map(str, parts)).encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") / 2 ** 64


@dataclass
class FaultEvent:
    path: str
    fault: str
    attempt: int
    at: float


class FaultLayer:
    """An App (``Request -> Response``) wrapping ``site.handle`` with deterministic faults."""

    def __init__(self, site: ModelSite, types: Iterable[str] | str = FAULT_TYPES, rate: float = 0.2,
                 seed: int = 0, attempts: int = 2, hold: float = 40.0, slow: float = 0.5,
                 retry_after: int = 1, hops: int = 3, oversize: int = 12 * 1024 * 1024,
                 sleep: Callable[[float], None] = time.sleep):
        self.site = site
        self.types = parse_types(types) if isinstance(types, str) else tuple(types)
        if not 0 <= rate <= 1:
            raise ValueError("rate must be between 0 and 1")
        self.rate, self.seed, self.attempts = rate, seed, attempts
        self.hold, self.slow, self.retry_after, self.hops = hold, slow, retry_after, hops
        self.oversize = oversize
        self.sleep = sleep
        self.lock = threading.Lock()
        self.counts: dict[str, int] = {}       # URL (path + query) -> requests seen
        self.log: list[FaultEvent] = []

    # -- which fault where ----------------------------------------------------------------
    def fault_for(self, path: str) -> str | None:
        """The fault of a path (None: served normally). Independent of the attempt."""
        if _unit(self.seed, "rate", path) >= self.rate:
            return None
        eligible = [t for t in self.types if self._in_scope(t, path)]
        if not eligible:
            return None
        return eligible[int(_unit(self.seed, "type", path) * len(eligible))]

    @staticmethod
    def _in_scope(fault: str, path: str) -> bool:
        if fault in CONTENT:
            return bool(_ACTIVITY.match(path))
        return bool(_TRANSPORT.match(path))

    def faulty_paths(self, paths: Iterable[str]) -> dict[str, str]:
        return {p: f for p in paths if (f := self.fault_for(p))}

    def events(self, fault: str | None = None) -> list[FaultEvent]:
        with self.lock:
            return [e for e in self.log if fault is None or e.fault == fault]

    def reset(self) -> None:
        """Forget the attempts: transient faults strike again."""
        with self.lock:
            self.counts.clear()
            self.log.clear()

    # -- the App ----------------------------------------------------------------------------
    def __call__(self, req: Request) -> Response:
        if req.path.startswith(HOP_PREFIX):
            return self._hop(req)
        fault = self.fault_for(req.path)
        if fault is None or (fault == "redirect" and "omweg" in req.query):
            return self.site.handle(req)
        key = req.path + ("?" + "&".join(f"{k}={v}" for k, vs in sorted(req.query.items()) for v in vs)
                          if req.query else "")
        with self.lock:
            attempt = self.counts[key] = self.counts.get(key, 0) + 1
            self.log.append(FaultEvent(req.path, fault, attempt, time.monotonic()))
        if fault in TRANSIENT and attempt > self.attempts:
            return self.site.handle(req)
        return getattr(self, "_" + {"5xx": "server_error", "429": "rate_limited", "404": "gone",
                                    "410": "gone"}.get(fault, fault))(req, fault)

    # transient
    def _server_error(self, req: Request, fault: str) -> Response:
        status = (500, 502, 503, 504)[int(_unit(self.seed, "5xx", req.path) * 4)]
        return Response.text(status, f"<h1>{status}</h1><p>Tijdelijke fout / temporary error</p>")

    def _rate_limited(self, req: Request, fault: str) -> Response:
        return Response.text(429, "<h1>429 Too Many Requests</h1>",
                             **{"Retry-After": str(self.retry_after)})

    def _timeout(self, req: Request, fault: str) -> Response:
        self.sleep(self.hold)   # the client has given up by now; the answer goes nowhere
        return self.site.handle(req)

    def _truncated(self, req: Request, fault: str) -> Response:
        resp = self.site.handle(req)
        full = len(resp.body)
        resp.headers["Content-Length"] = str(max(full, 1) + 1024)
        resp.body = resp.body[: full // 2]
        return resp   # the server closes the connection after a short body

    # every time
    def _slow(self, req: Request, fault: str) -> Response:
        self.sleep(self.slow)
        return self.site.handle(req)

    def _redirect(self, req: Request, fault: str) -> Response:
        return Response(302, b"", {"Location": f"{HOP_PREFIX}1{self._target(req)}",
                                   "Content-Type": "text/html; charset=utf-8"})

    def _target(self, req: Request) -> str:
        query = "&".join(f"{k}={v}" for k, vs in req.query.items() for v in vs)
        return req.path + "?" + (query + "&" if query else "") + f"omweg={self.hops}"

    def _hop(self, req: Request) -> Response:
        number, _, rest = req.path[len(HOP_PREFIX):].partition("/")
        target = "/" + rest + ("?" + "&".join(f"{k}={v}" for k, vs in req.query.items() for v in vs)
                               if req.query else "")
        if not number.isdigit() or not rest:
            return self.site.not_found(req.base_url)
        n = int(number)
        status = (302, 307, 301, 303)[n % 4]
        location = target if n + 1 >= self.hops else f"{HOP_PREFIX}{n + 1}{target}"
        return Response(status, b"", {"Location": location, "Content-Type": "text/html; charset=utf-8"})

    # content
    def _html(self, req: Request) -> tuple[Response, str | None]:
        resp = self.site.handle(req)
        if resp.status != 200 or not resp.headers.get("Content-Type", "").startswith("text/html"):
            return resp, None
        return resp, resp.body.decode("utf-8")

    def _gone(self, req: Request, fault: str) -> Response:
        return self.site.not_found(req.base_url, req.path[1:3], int(fault))

    def _oversized(self, req: Request, fault: str) -> Response:
        resp, html = self._html(req)
        if html is None:
            return resp
        pad = max(0, self.oversize - len(resp.body))
        resp.body = resp.body.replace(b"</body>", b"<!-- " + b"x" * pad + b" --></body>", 1)
        return resp

    def _markup(self, req: Request, fault: str) -> Response:
        resp, html = self._html(req)
        if html is None:
            return resp
        html = re.sub(r'<script type="application/ld\+json">.*?</script>', "", html, flags=re.S)
        html = re.sub(r'\s(?:itemprop|itemtype)="[^"]*"|\sitemscope\b', "", html)
        html = html.replace("activity__", "evt-")
        resp.body = html.encode("utf-8")
        resp.headers.pop("ETag", None)
        return resp

    def _malformed(self, req: Request, fault: str) -> Response:
        """Broken the way hand-edited CMS templates break, but recoverable by an HTML parser:
        optional end tags left out, stray end tags, unescaped ``&`` and ``<``, upper-case and
        unquoted attributes, the document cut off before ``</article></body></html>``."""
        resp, html = self._html(req)
        if html is None:
            return resp
        html = re.sub(r"</(?:li|p|dd|dt|option)>", "", html)
        html = html.replace("<body>", '<BODY></span></div></td><div class=banner>Welkom & '
                                      'bienvenue <<b>hallo</div>', 1)
        html = html.replace("</head>", "<p>&copy <b>verkeerd genest<i></b></i></head>", 1)
        html = html.split("</article>")[0]
        resp.body = html.encode("utf-8")
        return resp

    def _charset(self, req: Request, fault: str) -> Response:
        resp, html = self._html(req)
        if html is None:
            return resp
        html = re.sub(r'<meta charset="[^"]*">', "", html, flags=re.I)
        resp.body = html.encode("utf-8")
        if _unit(self.seed, "charset", req.path) < 0.5:
            resp.headers["Content-Type"] = "text/html; charset=iso-8859-1"
        else:
            resp.headers["Content-Type"] = "text/html"
        return resp


def layer(types: Iterable[str] | str = FAULT_TYPES, **options) -> Callable[[ModelSite], App]:
    """An ``app_factory`` for ``serve_model``: ``serve_model(app_factory=layer("all", rate=0.2))``."""
    def factory(site: ModelSite) -> FaultLayer:
        return FaultLayer(site, types, **options)
    return factory
