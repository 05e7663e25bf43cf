"""`doemee crawl --base-url URL` on a site that is not ikdoemee: every page in its sitemap
that carries a schema.org Event is an activity, whatever the rest of its markup."""
from __future__ import annotations

import contextlib
import json
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from catalogue.store import open_db

EVENT_JSONLD = {"@context": "https://schema.org", "@type": "Event", "identifier": "ev-1",
                "name": "Buurtfeest in de Kerkstraat", "startDate": "2026-12-12T14:00:00+01:00",
                "location": {"@type": "Place", "name": "Kerkplein",
                             "address": {"@type": "PostalAddress", "postalCode": "2500",
                                         "addressLocality": "Lier"}},
                "isAccessibleForFree": True}
PAGES = {
    "/robots.txt": ("text/plain", "User-agent: *\nAllow: /\nSitemap: {base}/sitemap.xml\n"),
    "/sitemap.xml": ("application/xml",
                     '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                     "<url><loc>{base}/agenda/buurtfeest</loc><lastmod>2026-11-20</lastmod></url>"
                     "<url><loc>{base}/agenda/zangstonde</loc></url>"
                     "<url><loc>{base}/over-ons</loc></url></urlset>"),
    "/agenda/buurtfeest": ("text/html", "<html><head><script type='application/ld+json'>"
                           + json.dumps(EVENT_JSONLD) + "</script></head><body><h1>x</h1></body></html>"),
    "/agenda/zangstonde": ("text/html",
                           "<html><body><div itemscope itemtype='https://schema.org/Event'>"
                           "<h2 itemprop='name'>Samen zingen</h2>"
                           "<time itemprop='startDate' datetime='2026-12-03T19:30'>3/12</time>"
                           "</div></body></html>"),
    "/over-ons": ("text/html", "<html><body><h1>Over ons</h1></body></html>"),
}


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802
        page = PAGES.get(self.path.split("?")[0])
        if page is None:
            self.send_response(404)
            self.end_headers()
            return
        content_type, body = page
        data = body.replace("{base}", self.server.base_url).encode("utf-8")
        self.send_response(200)
        self.send_header("Content-Type", f"{content_type}; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


@contextlib.contextmanager
def generic_site():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.base_url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server.base_url
    finally:
        server.shutdown()
        server.server_close()


def crawl(base_url, db, *extra):
    return subprocess.run([sys.executable, "-m", "doemee", "crawl", "--base-url", base_url,
                           "--db", str(db), "--source", "buurt", "--log-level", "WARNING", *extra],
                          capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("profile,status", [("schemaorg", "complete"), ("ikdoemee", "partial")])
def test_any_schema_org_site(tmp_path, profile, status):
    with generic_site() as base_url:
        result = crawl(base_url, tmp_path / "c.db", "--profile", profile, "--browser", "no")
    db = open_db(tmp_path / "c.db")
    rows = {row["id"]: row for row in db["activities"].rows}
    assert set(rows) == {"buurt:ev-1", f"buurt:{base_url}/agenda/zangstonde"}, result.stdout[-2000:]
    feest = rows["buurt:ev-1"]
    assert (feest["title"], feest["postcode"], feest["locality"], feest["is_free"]) == (
        "Buurtfeest in de Kerkstraat", "2500", "Lier", 1)
    assert rows[f"buurt:{base_url}/agenda/zangstonde"]["start"] == "2026-12-03T19:30:00+01:00"
    # the site's own discovery routes are missing under the ikdoemee profile: the run is
    # partial (it cannot prove absences), yet every event was found
    assert db["crawl_runs"].get(1)["status"] == status
