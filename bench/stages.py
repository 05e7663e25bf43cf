"""One benchmark stage per process: ``python -m bench.stages STAGE ...``.

Each stage prints one JSON line (its figures) as the last line of stdout; the caller reads the
stage's peak RSS from ``os.wait4`` (bench.measure.run_child).
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def _emit(data: dict) -> None:
    from bench.measure import peak_rss_mb
    data["self_peak_rss_mb"] = round(peak_rss_mb(), 1)
    print(json.dumps(data), flush=True)


# -- catalogue database ------------------------------------------------------------------
def stage_build_db(args) -> None:
    from bench.catalogue_db import write_catalogue_db
    from bench.synth import build_catalogue
    t0 = time.perf_counter()
    cat = build_catalogue(args.size, seed=args.seed)
    t1 = time.perf_counter()
    n = write_catalogue_db(cat, args.db)
    _emit({"activities": n, "synth_s": t1 - t0, "write_s": time.perf_counter() - t1})


# -- enrichment --------------------------------------------------------------------------
def stage_enrich(args) -> None:
    from enrich.run import enrich_db
    t0, c0 = time.perf_counter(), time.process_time()
    counts = enrich_db(args.db)
    seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
    _emit({"records": counts["records"], "seconds": seconds, "cpu_s": cpu,
           "per_s": counts["records"] / seconds, "per_cpu_s": counts["records"] / cpu,
           "counts": counts})


def baseline_regex():
    """One compiled regular expression: the alternation of every facet rule's pattern."""
    from enrich.tagger import FACETS
    patterns = [rule.pattern for _, facet in FACETS for rule in facet.rules]
    # Guarded like the engine's own alternations (every rule starts at a word start).
    return re.compile(r"(?<!\w)(?:" + "|".join(f"(?:{p})" for p in patterns) + ")")


def stage_tagger(args) -> None:
    """Pure tagging on one core (records in memory) versus one regex scan of the same text."""
    from catalogue.export import iter_records
    from enrich.tagger import tag_record
    records = []
    for record in iter_records(args.db):
        record["tags"] = record["evidence"] = None
        records.append(record)
        if len(records) >= args.limit:
            break
    regex = baseline_regex()
    texts = [" ".join(str(r.get(f) or "") for f in ("title", "description", "price_text",
                                                      "schedule")) for r in records]
    for record in records[:200]:            # warm caches (gazetteer, compiled rules)
        tag_record(record)
    # CPU time of this process: one core, and less sensitive to other load on the machine.
    t0 = time.process_time()
    for record in records:
        tag_record(record)
    tag_s = time.process_time() - t0
    t0 = time.process_time()
    hits = 0
    for text in texts:
        hits += len(regex.findall(text.lower()))
    base_s = time.process_time() - t0
    _emit({"records": len(records), "tag_per_s": len(records) / tag_s,
           "baseline_per_s": len(records) / base_s, "baseline_hits": hits})


# -- publishing --------------------------------------------------------------------------
def stage_publish(args) -> None:
    """build_site, with the time of its parts (database, audit, feeds, inspect) recorded by
    wrapping the functions it calls."""
    from publish import build
    parts: dict[str, float] = {}

    def timed(module, name, label):
        original = getattr(module, name)

        def wrapper(*a, **kw):
            t = time.perf_counter()
            try:
                return original(*a, **kw)
            finally:
                parts[label] = parts.get(label, 0.0) + time.perf_counter() - t
        setattr(module, name, wrapper)

    timed(build, "write_database", "database")
    timed(build, "_write_audit", "audit")
    timed(build.feeds_mod, "write_feeds", "feeds")
    timed(build, "_inspect", "inspect")
    if args.skip_audit:
        build._write_audit = lambda *a, **kw: None
    t0 = time.perf_counter()
    summary = build.build_site(args.db, args.out)
    seconds = time.perf_counter() - t0
    _emit({"seconds": seconds, "activities": summary["activities"], "feeds": summary["feeds"],
           "parts": parts})


# -- parsing -----------------------------------------------------------------------------
def render_pages(size: int, count: int, seed: int = 0) -> list[tuple[str, bytes]]:
    """``count`` activity pages of a synthetic catalogue, rendered by the model's templates."""
    from bench.synth import build_catalogue
    from sitemodel.render import Renderer
    cat = build_catalogue(size, seed=seed)
    renderer = Renderer(cat)
    base = "http://127.0.0.1:8765"
    pages = []
    for v in cat.live()[:count]:
        pages.append((base + v.path("nl"), renderer.activity(v, "nl", base).encode("utf-8")))
    return pages


def stage_parse(args) -> None:
    import lxml.html
    from scrapy.http import HtmlResponse

    from spiders.extract.activity import extract_activity
    from spiders.site_profile import PROFILES
    profile = PROFILES["ikdoemee"]
    pages = render_pages(args.size, args.count, args.seed)
    for url, body in pages[:50]:          # warm-up (imports, compiled selectors)
        extract_activity(HtmlResponse(url, body=body, encoding="utf-8").selector, url, profile,
                         "ikdoemee")
    rounds = args.rounds

    t0 = time.perf_counter()
    for _ in range(rounds):
        for url, body in pages:
            lxml.html.fromstring(body)
    bare = (time.perf_counter() - t0) / (rounds * len(pages))

    t0 = time.perf_counter()
    found = 0
    for _ in range(rounds):
        for url, body in pages:
            # What the spider does: Scrapy's response.selector (one parse), then extraction.
            item = extract_activity(HtmlResponse(url, body=body, encoding="utf-8").selector,
                                    url, profile, "ikdoemee")
            found += item is not None
    ours = (time.perf_counter() - t0) / (rounds * len(pages))
    _emit({"pages": len(pages), "rounds": rounds, "bare_ms": bare * 1000, "ours_ms": ours * 1000,
           "ratio": ours / bare, "found": found // rounds,
           "mean_page_kb": sum(len(b) for _, b in pages) / len(pages) / 1024})


def main(argv=None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.stages")
    sub = p.add_subparsers(dest="stage", required=True)
    s = sub.add_parser("build-db")
    s.add_argument("--size", type=int, required=True)
    s.add_argument("--seed", type=int, default=0)
    s.add_argument("--db", required=True)
    s.set_defaults(func=stage_build_db)
    s = sub.add_parser("enrich")
    s.add_argument("--db", required=True)
    s.set_defaults(func=stage_enrich)
    s = sub.add_parser("tagger")
    s.add_argument("--db", required=True)
    s.add_argument("--limit", type=int, default=5000)
    s.set_defaults(func=stage_tagger)
    s = sub.add_parser("publish")
    s.add_argument("--db", required=True)
    s.add_argument("--out", required=True)
    s.add_argument("--skip-audit", action="store_true",
                   help="everything but the provider audit (see bench/run.py)")
    s.set_defaults(func=stage_publish)
    s = sub.add_parser("parse")
    s.add_argument("--size", type=int, default=2000)
    s.add_argument("--count", type=int, default=300)
    s.add_argument("--rounds", type=int, default=3)
    s.add_argument("--seed", type=int, default=0)
    s.set_defaults(func=stage_parse)
    args = p.parse_args(argv)
    args.func(args)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
