"""Save real pages as test fixtures: the body plus a JSON sidecar (URL, status, headers, time).

Obeys robots.txt and sends the crawler's user agent. With ``browser=True`` the page is saved
as Chromium rendered it (for JavaScript listings).
"""
from __future__ import annotations

import json
import re
import urllib.request
import urllib.robotparser
from pathlib import Path
from urllib.parse import urlparse

from doemee import clock
from doemee.browser import launch_options
from spiders.settings import USER_AGENT


def fixture_path(url: str, out_dir: Path) -> Path:
    parsed = urlparse(url)
    name = re.sub(r"[^A-Za-z0-9._-]+", "_", (parsed.path.strip("/") or "index")
                  + (f"_{parsed.query}" if parsed.query else ""))
    return out_dir / re.sub(r"[^A-Za-z0-9._-]+", "_", parsed.netloc) / f"{name[:150]}.html"


def allowed_by_robots(url: str) -> bool:
    parsed = urlparse(url)
    robots = urllib.robotparser.RobotFileParser(f"{parsed.scheme}://{parsed.netloc}/robots.txt")
    try:
        robots.read()
    except OSError:
        return True  # no robots.txt reachable: nothing forbids it
    return robots.can_fetch(USER_AGENT, url)


def capture(url: str, out_dir: Path, browser: bool = False, timeout: float = 30) -> Path:
    if not allowed_by_robots(url):
        raise PermissionError("robots.txt verbiedt deze pagina / robots.txt disallows this page")
    if browser:
        body, status, headers = _fetch_rendered(url, timeout)
    else:
        request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
        with urllib.request.urlopen(request, timeout=timeout) as response:
            body, status, headers = response.read(), response.status, dict(response.headers)
    path = fixture_path(url, out_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(body)
    path.with_suffix(".json").write_text(json.dumps(
        {"url": url, "status": status, "headers": headers, "captured_at": clock.now_iso(),
         "rendered_by_browser": browser}, indent=2, ensure_ascii=False), encoding="utf-8")
    return path


def _fetch_rendered(url: str, timeout: float) -> tuple[bytes, int, dict]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(**launch_options())
        page = browser.new_page(user_agent=USER_AGENT)
        response = page.goto(url, timeout=timeout * 1000, wait_until="networkidle")
        html = page.content().encode("utf-8")
        browser.close()
        return html, response.status if response else 0, dict(response.headers if response else {})
