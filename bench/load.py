"""Load test of the served catalogue: N concurrent clients on loopback for a fixed time.

    .venv/bin/python bench/load.py                      # serves data/demo/site itself
    .venv/bin/python bench/load.py --dir data/site --clients 50 --duration 60
    .venv/bin/python bench/load.py --url http://127.0.0.1:8001   # an already running server

Each client loops over a mix of what coordinators and counsellors do: full-text searches,
faceted and filtered table views, activity pages, canned queries, the overview, and feed
polling with conditional requests (If-None-Match / If-Modified-Since, expecting 304). It stops
by itself after ``--duration`` seconds or ``--max-requests`` requests, whichever comes first,
then prints requests/s, the error count (any status other than 200/304, or a failed
connection) and latency percentiles, overall and per kind. Exit status 1 when there were
errors. Only loopback addresses are accepted.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import random
import socket
import statistics
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SEARCHES = ["cafe", "taalcafé", "les", "fiets", "koken", "wandelen", "nederlands", "sport",
            "muziek", "kinderen", "vrijwilliger", "praattafel", "bib", "zwemmen", "naaien"]
FACETS = ["gemeente", "kosten", "nederlands_niveau", "gezinsvriendelijk", "rolstoel", "status"]
LOOPBACK = {"127.0.0.1", "localhost", "::1"}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get_json(url: str):
    with urllib.request.urlopen(url, timeout=30) as r:
        return json.loads(r.read())


def _percentile(sorted_values: list[float], q: float) -> float:
    if not sorted_values:
        return float("nan")
    k = min(len(sorted_values) - 1, max(0, round(q / 100 * (len(sorted_values) - 1))))
    return sorted_values[k]


class Workload:
    def __init__(self, base: str, seed: int):
        self.base = base
        sql = "select id, gemeente from activiteiten order by volgorde limit 2000"
        rows = _get_json(f"{base}/catalogue.json?_shape=array&sql={urllib.parse.quote(sql)}")
        from datasette.utils import tilde_encode
        self.row_paths = [f"/catalogue/activiteiten/{tilde_encode(r['id'])}" for r in rows]
        self.towns = sorted({r["gemeente"] for r in rows if r["gemeente"]}) or ["Mechelen"]
        feeds = []
        body = b""
        with urllib.request.urlopen(f"{base}/feeds.opml", timeout=30) as r:
            body = r.read()
        import xml.etree.ElementTree as ET
        for outline in ET.fromstring(body).iter("outline"):
            if outline.get("xmlUrl"):
                path = urllib.parse.urlsplit(outline.get("xmlUrl")).path
                feeds += [path, path[:-4] + ".atom"]
        self.feeds = feeds or ["/feeds/alle.rss"]
        self.random = random.Random(seed)

    def next(self) -> tuple[str, str]:
        """(kind, path) of the next request."""
        r = self.random
        roll = r.random()
        if roll < 0.25:
            return "search", (f"/catalogue/activiteiten?_search="
                              f"{urllib.parse.quote(r.choice(SEARCHES))}")
        if roll < 0.45:
            town = urllib.parse.quote(r.choice(self.towns))
            facet = "&".join(f"_facet={f}" for f in r.sample(FACETS, 3))
            extra = r.choice(["", f"&gemeente={town}", "&kosten=gratis",
                              "&nederlands_niveau__in=1,2", f"&gemeente={town}&afgelopen=nee"])
            return "facet", f"/catalogue/activiteiten?{facet}&_facet_array=doelen{extra}"
        if roll < 0.65:
            return "row", r.choice(self.row_paths)
        if roll < 0.90:
            return "feed", r.choice(self.feeds)
        if roll < 0.95:
            town = urllib.parse.quote(r.choice(self.towns))
            return "query", r.choice([f"/catalogue/komend_in_gemeente?gemeente={town}",
                                      "/catalogue/aanbod_per_gemeente_en_doel?regio=",
                                      "/catalogue/gratis_of_verminderd?gemeente="])
        return "page", r.choice(["/overzicht", "/feeds", "/", "/catalogue/activiteiten.rss"
                                 "?kosten=gratis"])


async def client(session, workload: Workload, deadline: float, budget: list[int],
                 results: dict, errors: list, validators: dict) -> None:
    import aiohttp
    while time.monotonic() < deadline and budget[0] > 0:
        budget[0] -= 1
        kind, path = workload.next()
        headers = {}
        if kind == "feed" and path in validators:
            etag, modified = validators[path]
            headers = {"If-None-Match": etag} if workload.random.random() < 0.7 else \
                {"If-Modified-Since": modified}
        started = time.perf_counter()
        try:
            async with session.get(workload.base + path, headers=headers) as response:
                await response.read()
                status = response.status
                if kind == "feed" and status == 200:
                    validators[path] = (response.headers.get("ETag", ""),
                                        response.headers.get("Last-Modified", ""))
        except (aiohttp.ClientError, asyncio.TimeoutError, OSError) as exc:
            errors.append(f"{kind} {path}: {type(exc).__name__}: {exc}")
            continue
        elapsed = time.perf_counter() - started
        if status not in (200, 304):
            errors.append(f"{kind} {path}: HTTP {status}")
            continue
        key = f"{kind}-304" if status == 304 else kind
        results[key].append(elapsed)


async def run(base: str, clients: int, duration: float, max_requests: int, seed: int) -> dict:
    import aiohttp
    workloads = [Workload.__new__(Workload) for _ in range(clients)]
    template = Workload(base, seed)
    for i, w in enumerate(workloads):
        w.__dict__.update(template.__dict__)
        w.random = random.Random(seed + i)
    results: dict[str, list[float]] = defaultdict(list)
    errors: list[str] = []
    budget = [max_requests]
    timeout = aiohttp.ClientTimeout(total=30)
    connector = aiohttp.TCPConnector(limit=clients)
    started = time.monotonic()
    async with aiohttp.ClientSession(timeout=timeout, connector=connector) as session:
        deadline = started + duration
        await asyncio.gather(*(client(session, w, deadline, budget, results, errors, {})
                               for w in workloads))
    wall = time.monotonic() - started
    return {"results": results, "errors": errors, "wall": wall}


def report(outcome: dict, clients: int) -> None:
    results, errors, wall = outcome["results"], outcome["errors"], outcome["wall"]
    every = sorted(t for values in results.values() for t in values)
    total = len(every) + len(errors)
    print(f"\n{clients} clients, {wall:.1f} s: {total} requests, {total / wall:.1f} req/s, "
          f"{len(errors)} errors")
    ms = lambda v: f"{v * 1000:7.1f}"  # noqa: E731
    print(f"{'kind':<10} {'n':>6} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'max ms':>8}")
    for kind in sorted(results) + ["ALL"]:
        values = every if kind == "ALL" else sorted(results[kind])
        print(f"{kind:<10} {len(values):>6} {ms(_percentile(values, 50))} "
              f"{ms(_percentile(values, 95))} {ms(_percentile(values, 99))} "
              f"{ms(values[-1] if values else float('nan'))}")
    if every:
        print(f"mean {statistics.mean(every) * 1000:.1f} ms")
    for line in errors[:20]:
        print("error:", line)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dir", default=str(ROOT / "data" / "demo" / "site"),
                        help="published site to serve (default: %(default)s)")
    parser.add_argument("--url", help="use an already running server on loopback instead")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--duration", type=float, default=60.0, help="seconds")
    parser.add_argument("--max-requests", type=int, default=1_000_000,
                        help="stop after this many requests in all")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)

    proc = None
    if args.url:
        base = args.url.rstrip("/")
        if urllib.parse.urlsplit(base).hostname not in LOOPBACK:
            parser.error("only loopback servers may be load-tested")
    else:
        from publish.cli import serve_command
        site = Path(args.dir)
        if not (site / "catalogue.db").exists():
            parser.error(f"no published site in {site} (run 'doemee demo --no-serve')")
        port = _free_port()
        proc = subprocess.Popen(serve_command(site, "127.0.0.1", port),
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        base = f"http://127.0.0.1:{port}"
        for _ in range(300):
            try:
                urllib.request.urlopen(base + "/-/versions.json", timeout=1).read()
                break
            except OSError:
                if proc.poll() is not None:
                    parser.error("the server did not start")
                time.sleep(0.1)
    try:
        print(f"load: {args.clients} clients for {args.duration:.0f} s against {base}")
        outcome = asyncio.run(run(base, args.clients, args.duration, args.max_requests,
                                  args.seed))
    finally:
        if proc is not None:
            proc.terminate()
            proc.wait(timeout=15)
    report(outcome, args.clients)
    return 1 if outcome["errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
