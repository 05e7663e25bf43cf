"""``doemee crawl`` and ``doemee capture``."""
from __future__ import annotations

import argparse
import logging
import shutil
from pathlib import Path
from urllib.parse import urlparse

from doemee.paths import DEFAULT_DB, LIVE_BASE_URL, PROJECT_ROOT
from spiders.site_profile import PROFILES

log = logging.getLogger(__name__)
LOOPBACK = {"127.0.0.1", "localhost", "::1"}
LOOPBACK_CONCURRENCY = 16  # our own model on this machine: no politeness needed


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("crawl", help="crawl the site into the catalogue database")
    p.add_argument("--base-url", default=LIVE_BASE_URL, help="site to crawl (default: %(default)s)")
    p.add_argument("--db", default=str(DEFAULT_DB), help="catalogue database (default: %(default)s)")
    p.add_argument("--source", default="ikdoemee", help="source name, the prefix of every id")
    p.add_argument("--profile", choices=sorted(PROFILES), default="ikdoemee",
                   help="site profile: ikdoemee (its listings and markup, default) or schemaorg "
                        "(any site: its sitemap and schema.org Event data only)")
    p.add_argument("--browser", choices=("auto", "yes", "no"), default="auto",
                   help="render the JavaScript listing with Chromium (default: when available)")
    p.add_argument("--http-cache", action="store_true", help="cache responses (development)")
    p.add_argument("--polite", choices=("auto", "yes", "no"), default="auto",
                   help="throttle and delay (auto: yes, except for a site on this machine)")
    p.add_argument("--log-level", default="INFO")
    p.add_argument("--timeout", type=float, default=None, metavar="SECONDS",
                   help="give up on a response after this long (DOWNLOAD_TIMEOUT; default 30, "
                        "or DOEMEE_DOWNLOAD_TIMEOUT); timeouts are retried")
    p.add_argument("--full-refresh", action="store_true",
                   help="download every page, even those known to be unchanged")
    p.add_argument("--jobdir", default=None,
                   help="where a crawl keeps its state so a killed crawl resumes "
                        "(default: jobs/<source> beside the database; 'none' to disable)")
    p.add_argument("--set", action="append", default=[], metavar="NAME=VALUE",
                   help="override a Scrapy setting, like scrapy's -s")
    p.set_defaults(func=_crawl)

    p = subparsers.add_parser("capture", help="save live pages as test fixtures")
    p.add_argument("urls", nargs="+")
    p.add_argument("--out", default=str(PROJECT_ROOT / "tests" / "fixtures" / "captured"))
    p.add_argument("--browser", action="store_true", help="save the page as rendered by Chromium")
    p.set_defaults(func=_capture)


def crawl_settings(base_url: str, db: str, source: str = "ikdoemee", browser: str = "auto",
                   http_cache: bool = False, polite: str = "auto", log_level: str = "INFO",
                   overrides: list[str] = (), timeout: float | None = None):
    from scrapy.utils.project import get_project_settings

    settings = get_project_settings()
    settings.setmodule("spiders.settings", priority="project")
    settings.set("DOEMEE_DB", db, priority="cmdline")
    settings.set("DOEMEE_BASE_URL", base_url, priority="cmdline")
    settings.set("DOEMEE_SOURCE", source, priority="cmdline")
    settings.set("DOEMEE_USE_BROWSER", browser, priority="cmdline")
    settings.set("HTTPCACHE_ENABLED", http_cache, priority="cmdline")
    settings.set("LOG_LEVEL", log_level, priority="cmdline")
    if timeout is not None:
        settings.set("DOWNLOAD_TIMEOUT", timeout, priority="cmdline")
    if polite == "no" or (polite == "auto" and urlparse(base_url).hostname in LOOPBACK):
        # Our own offline model on this machine: being polite to ourselves only costs time.
        settings.set("AUTOTHROTTLE_ENABLED", False, priority="cmdline")
        settings.set("DOWNLOAD_DELAY", 0, priority="cmdline")
        # Enough requests in flight that the crawler never waits on the network; beyond
        # this the crawl is bound by CPU (parsing on both ends), not by latency.
        settings.set("CONCURRENT_REQUESTS", LOOPBACK_CONCURRENCY, priority="cmdline")
        settings.set("CONCURRENT_REQUESTS_PER_DOMAIN", LOOPBACK_CONCURRENCY, priority="cmdline")
        settings.set("RETRY_BACKOFF_BASE", 0.1, priority="cmdline")
    for override in overrides:
        name, _, value = override.partition("=")
        settings.set(name.strip(), value, priority="cmdline")
    return settings


def default_jobdir(db: str, source: str) -> Path:
    return Path(db).resolve().parent / "jobs" / source


RUN_FILE = "doemee-run.json"   # written into the job directory as soon as a run starts
SCRAPY_STATE = ("requests.queue", "requests.seen", "spider.state")


def killed_run(jobdir: str | Path, db: str) -> int | None:
    """The run a hard-killed crawl (SIGKILL, power cut) left behind in this job directory.

    Scrapy saves its queue and spider state only when it shuts down cleanly; after a hard
    kill they are stale. The run id (written at once into the job directory) and the items
    staged so far (each committed to the database at once) survive, so the crawl resumes under
    the same run: Scrapy's own state is cleared, discovery starts again, and activities
    already staged in this run are not downloaded a second time."""
    import json

    from catalogue.store import open_db

    path = Path(jobdir) / RUN_FILE
    if not path.is_file() or not Path(db).exists():
        return None
    try:
        run_id = int(json.loads(path.read_text(encoding="utf-8"))["run_id"])
    except (ValueError, KeyError, TypeError):
        return None
    run = next(open_db(db)["crawl_runs"].rows_where("id = ?", [run_id]), None)
    if run is None or run["status"] != "running":
        return None
    for name in SCRAPY_STATE:
        target = Path(jobdir) / name
        if target.is_dir():
            shutil.rmtree(target, ignore_errors=True)
        elif target.exists():
            target.unlink()
    return run_id


def run_crawl(base_url: str, db: str, jobdir: str | None = None, full_refresh: bool = False,
              profile: str = "ikdoemee", **options) -> dict:
    """Crawl in this process; returns the run's row. (Twisted's reactor runs once per
    process: tests call this in a subprocess.)

    The job directory keeps the request queue, the seen-requests filter and the run id: a
    crawl that is killed resumes where it stopped, under the same run, without duplicates.
    It is emptied once a crawl has ended on its own."""
    from scrapy.crawler import CrawlerProcess

    from catalogue.store import open_db

    settings = crawl_settings(base_url, db, **options)
    if jobdir is None:
        jobdir = str(default_jobdir(db, options.get("source", "ikdoemee")))
    if jobdir != "none":
        settings.set("JOBDIR", jobdir, priority="cmdline")
        resume = killed_run(jobdir, db)
        if resume:
            log.warning("crawl #%s werd hard onderbroken, hervat / was killed, resuming", resume)
            settings.set("DOEMEE_RESUME_RUN", resume, priority="cmdline")
    # Scrapy installs its own root handler (filtered at LOG_LEVEL); a second one from the
    # CLI's basicConfig would echo every DEBUG line it lets through.
    for handler in list(logging.root.handlers):
        logging.root.removeHandler(handler)
    settings.set("LOG_INSTALL_ROOT_HANDLER", True, priority="cmdline")
    process = CrawlerProcess(settings)
    process.crawl("ikdoemee", base_url=base_url, full_refresh=full_refresh, profile=profile)
    process.start()
    runs = open_db(db)["crawl_runs"]
    run = runs.get(runs.count)
    if jobdir != "none" and run["finish_reason"] not in ("shutdown", None):
        shutil.rmtree(jobdir, ignore_errors=True)  # ended on its own: nothing to resume
    return run


EXIT_CODES = {"complete": 0, "partial": 1, "failed": 2}


def _crawl(args: argparse.Namespace) -> int:
    run = run_crawl(args.base_url, args.db, jobdir=args.jobdir, full_refresh=args.full_refresh,
                    profile=args.profile,
                    source=args.source, browser=args.browser, http_cache=args.http_cache,
                    polite=args.polite, log_level=args.log_level, overrides=args.set,
                    timeout=args.timeout)
    print(f"Catalogus / catalogue: {args.db} (run #{run['id']}: {run['status']})")
    return EXIT_CODES.get(run["status"], 1)


def _capture(args: argparse.Namespace) -> int:
    from spiders.capture import capture

    failed = 0
    for url in args.urls:
        try:
            path = capture(url, Path(args.out), browser=args.browser)
            print(f"bewaard / saved {url} -> {path}")
        except Exception as exc:  # one bad URL must not stop the others
            failed += 1
            print(f"MISLUKT / FAILED {url}: {exc}")
    return 1 if failed else 0
