"""How the project launches Chromium, for scrapy-playwright and for browser tests alike.

Debian's Chromium (``/usr/bin/chromium``) is used when present, because ``playwright install``
cannot download browsers on our machines; elsewhere Playwright's own browser is used.
``DOEMEE_CHROMIUM`` overrides the path (set it to an empty string to force Playwright's own).
"""
from __future__ import annotations

import os
import shutil
from typing import Any

DEBIAN_CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def chromium_path() -> str | None:
    override = os.environ.get("DOEMEE_CHROMIUM")
    if override is not None:
        return override or None
    if os.path.exists(DEBIAN_CHROMIUM):
        return DEBIAN_CHROMIUM
    return shutil.which("chromium")


def launch_options() -> dict[str, Any]:
    """Keyword arguments for ``playwright.chromium.launch``."""
    options: dict[str, Any] = {"headless": True, "args": list(CHROMIUM_ARGS)}
    path = chromium_path()
    if path:
        options["executable_path"] = path
    return options


def browser_available() -> bool:
    """True when a Chromium can be launched (Debian's, or Playwright's own installed one)."""
    if chromium_path():
        return True
    try:
        from playwright.sync_api import sync_playwright
        with sync_playwright() as p:
            return os.path.exists(p.chromium.executable_path)
    except Exception:
        return False
