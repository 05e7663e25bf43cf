"""Atomic publishing: a reader hammering the served site while it is rebuilt sees exactly one
build in every response and never an error; a failed build leaves the old one serving; a
catalogue whose latest crawl failed is not published unless forced."""
from __future__ import annotations

import hashlib
import json
import re
import subprocess
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import feedparser
import pytest

from catalogue.store import CatalogueStore
from publish.build import PublishRefused, build_site, builds_dir
from publish.cli import serve_command

from .conftest import TOWNS, _activity, _tags
from tests.serving import free_port

GENERATIONS = 4
TOWN_CODES = sorted(TOWNS)


def size(gen: int) -> int:
    return 4 + 3 * gen            # every build holds a different number of activities


def make_catalogue(path: Path, gen: int) -> Path:
    store = CatalogueStore(path)
    rows = []
    for i in range(1, size(gen) + 1):
        postcode = TOWN_CODES[i % len(TOWN_CODES)]
        item = _activity(f"ikdoemee:{i}", f"generatie-{gen} activiteit {i}",
                         f"Beschrijving van generatie-{gen}, activiteit {i}.",
                         postcode=postcode, locality=TOWNS[postcode][0],
                         start=f"2031-0{1 + i % 9}-1{i % 10}T19:00:00+01:00",
                         price_text="gratis")
        store.upsert_activity(item, run_id=None)
        town = TOWNS[postcode]
        rows.append({"id": item["id"], "tags": json.dumps(_tags("free", level=1)),
                     "evidence": "[]", "municipality": town[0], "nis_code": town[1],
                     "region": "Rivierenland", "region_code": "REFREG02",
                     "province": "Antwerpen"})
    store.db["enrichment"].insert_all(rows, pk="id")
    store.db.conn.commit()
    return path


@pytest.fixture(scope="module")
def catalogues(tmp_path_factory) -> list[Path]:
    root = tmp_path_factory.mktemp("generations")
    return [make_catalogue(root / f"gen{g}.db", g) for g in range(GENERATIONS)]


def _get(url: str, headers: dict | None = None) -> tuple[int, dict, bytes]:
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read()


def _one(gens: set[int], what: str) -> int:
    if len(gens) != 1:
        raise AssertionError(f"{what}: generations {sorted(gens)} in one response")
    return gens.pop()


def _gens(text: str) -> set[int]:
    return {int(g) for g in re.findall(r"generatie-(\d+)", text)}


# Each check reads one response and returns the generation it shows, or raises.
def check_table_json(base, builds):
    status, _, body = _get(base + "/catalogue/activiteiten.json?_shape=objects&_size=100"
                                  "&_facet=gemeente&_extra=count")
    assert status == 200, status
    data = json.loads(body)
    gen = _one(_gens(" ".join(r["titel"] for r in data["rows"])), "table rows")
    count = data.get("filtered_table_rows_count", data.get("count"))
    assert count == len(data["rows"]) == size(gen), (count, len(data["rows"]), gen)
    facet = data["facet_results"]["gemeente"]["results"]
    assert sum(f["count"] for f in facet) == size(gen), (facet, gen)
    return gen


def check_build_id(base, builds):
    sql = ("select (select waarde from publicatie where sleutel = 'build_id') as build, "
           "count(*) as n, group_concat(titel, ' ') as titles from activiteiten")
    status, _, body = _get(base + "/catalogue.json?_shape=objects&sql="
                           + urllib.parse.quote(sql))
    assert status == 200, status
    row = json.loads(body)["rows"][0]
    gen = builds[row["build"]]                       # the build id names the data
    assert _one(_gens(row["titles"]), "build id query") == gen and row["n"] == size(gen)
    return gen


def check_row_page(base, builds):
    status, _, body = _get(base + "/catalogue/activiteiten/ikdoemee~3A1")
    assert status == 200, status
    # the title is rendered twice: by our template and by Datasette's own row table
    html = body.decode()
    assert html.count("generatie-") >= 3
    return _one(_gens(html), "row page")


def check_search_page(base, builds):
    status, _, body = _get(base + "/catalogue/activiteiten?_search=activiteit&_size=100")
    assert status == 200, status
    html = body.decode()
    gen = _one(_gens(html), "search page")
    shown = int(re.search(r"<title>Activiteiten: (\d+)", html).group(1))
    rows = len(re.findall(r'<td class="col-titel', html))
    assert shown == rows == size(gen), (shown, rows, gen)
    return gen


def check_feed(base, builds, etags={}):
    status, headers, body = _get(base + "/feeds/alle.rss")
    assert status == 200, status
    parsed = feedparser.parse(body)
    assert parsed.bozo == 0
    gen = _one(_gens(" ".join(e.title for e in parsed.entries)), "feed")
    assert len(parsed.entries) == size(gen)
    # ETag (from the build's feed index) and body (the build's file) belong together
    assert headers["ETag"] == '"' + hashlib.sha256(body).hexdigest()[:32] + '"'
    etags[headers["ETag"]] = gen
    # a polling reader: a conditional request is answered 304 or with a consistent feed
    status, headers2, body2 = _get(base + "/feeds/alle.rss",
                                   {"If-None-Match": headers["ETag"]})
    assert status in (200, 304), status
    if status == 200:
        assert headers2["ETag"] != headers["ETag"]
        assert headers2["ETag"] == '"' + hashlib.sha256(body2).hexdigest()[:32] + '"'
    return gen


def check_feeds_page(base, builds):
    status, _, body = _get(base + "/feeds")
    assert status == 200, status
    counts = {int(n) for n in re.findall(
        r"<strong>Alle activiteiten in de regio</strong> \((\d+)\)", body.decode())}
    assert len(counts) == 1
    n = counts.pop()
    gens = [g for g in range(GENERATIONS) if size(g) == n]
    assert len(gens) == 1, n
    return gens[0]


CHECKS = [check_table_json, check_build_id, check_row_page, check_search_page, check_feed,
          check_feeds_page]


class Hammer:
    def __init__(self, base: str, builds: dict[str, int], threads: int = 4):
        self.base, self.builds = base, builds
        self.stop = threading.Event()
        self.errors: list[str] = []
        self.seen: dict[int, int] = {}
        self.responses = 0
        self.lock = threading.Lock()
        self.threads = [threading.Thread(target=self.run, args=(i,), daemon=True)
                        for i in range(threads)]

    def run(self, offset: int) -> None:
        i = offset
        while not self.stop.is_set():
            check = CHECKS[i % len(CHECKS)]
            i += 1
            try:
                gen = check(self.base, self.builds)
            except Exception as exc:     # noqa: BLE001 — every failure is a finding
                with self.lock:
                    self.errors.append(f"{check.__name__}: {type(exc).__name__}: {exc}")
                continue
            with self.lock:
                self.responses += 1
                self.seen[gen] = self.seen.get(gen, 0) + 1

    def __enter__(self):
        for t in self.threads:
            t.start()
        return self

    def __exit__(self, *exc):
        self.stop.set()
        for t in self.threads:
            t.join(timeout=30)


def _served_build(base: str) -> str:
    sql = "select waarde from publicatie where sleutel = 'build_id'"
    _, _, body = _get(base + "/catalogue.json?_shape=array&sql=" + urllib.parse.quote(sql))
    return json.loads(body)[0]["waarde"]


def _wait_for_build(base: str, build_id: str, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while _served_build(base) != build_id:
        assert time.monotonic() < deadline, f"server never switched to {build_id}"
        time.sleep(0.05)


def test_reader_sees_one_build_per_response_while_publishing(catalogues, tmp_path,
                                                              monkeypatch):
    out = tmp_path / "site"
    builds: dict[str, int] = {}
    first = build_site(catalogues[0], out)
    builds[first["build_id"]] = 0
    port = free_port()
    proc = subprocess.Popen(serve_command(out, "127.0.0.1", port),
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            try:
                _get(base + "/-/versions.json")
                break
            except OSError:
                if proc.poll() is not None:
                    raise RuntimeError(proc.stderr.read().decode())
                time.sleep(0.1)
        with Hammer(base, builds) as hammer:
            time.sleep(0.5)
            for gen in range(1, GENERATIONS):
                summary = build_site(catalogues[gen], out)
                builds[summary["build_id"]] = gen
                _wait_for_build(base, summary["build_id"])
                time.sleep(0.4)
            # a build that fails halfway changes nothing: the last good build keeps serving
            import publish.feeds as feeds

            def broken(*args, **kwargs):
                raise RuntimeError("feed writer broke")
            monkeypatch.setattr(feeds, "write_feeds", broken)
            with pytest.raises(RuntimeError, match="feed writer broke"):
                build_site(catalogues[0], out)
            time.sleep(0.8)
            assert builds[_served_build(base)] == GENERATIONS - 1
        assert hammer.errors == [], hammer.errors[:10]
        assert set(hammer.seen) == set(range(GENERATIONS)), hammer.seen
        assert hammer.responses > 40
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    # old builds are pruned, the failed one left nothing behind
    names = sorted(p.name for p in builds_dir(out).iterdir())
    assert names[0] == ".lock" and len(names) == 1 + 3
    assert out.resolve().name == names[-1] == max(builds, key=builds.get)


def test_legacy_site_directory_is_replaced(catalogues, tmp_path):
    out = tmp_path / "site"
    out.mkdir()
    (out / "catalogue.db").write_bytes(b"old layout")
    summary = build_site(catalogues[1], out)
    assert out.is_symlink() and out.resolve().name == summary["build_id"]
    assert (out / "BUILD").read_text().strip() == summary["build_id"]


def _copy(src: Path, dst: Path) -> Path:
    import sqlite3
    with sqlite3.connect(src) as a, sqlite3.connect(dst) as b:
        a.backup(b)
    return dst


def _runs(path: Path, *statuses: str) -> Path:
    store = CatalogueStore(path)
    for status in statuses:
        store.db["crawl_runs"].insert({"source": "ikdoemee", "status": status,
                                       "guard": "items dropped from 120 to 3"
                                       if status == "failed" else None})
    store.db.conn.commit()
    return path


@pytest.mark.parametrize("statuses,refused", [
    (("complete", "failed"), True),
    (("complete", "failed", "running"), True),      # a crawl in progress changed nothing yet
    (("complete", "failed", "abandoned"), True),
    (("failed", "complete"), False),
    (("complete", "partial"), False),
    ((), False),
])
def test_publish_refuses_after_failed_crawl(catalogues, tmp_path, statuses, refused):
    db = _runs(_copy(catalogues[0], tmp_path / "catalogue.db"), *statuses)
    if refused:
        with pytest.raises(PublishRefused, match="--force"):
            build_site(db, tmp_path / "site")
        assert not (tmp_path / "site").exists()
    else:
        assert build_site(db, tmp_path / "site")["activities"] == size(0)


def test_publish_command_refuses_then_force(catalogues, tmp_path, capsys):
    from doemee.cli import main
    db = _runs(_copy(catalogues[0], tmp_path / "catalogue.db"), "complete", "failed")
    out = tmp_path / "site"
    assert main(["publish", "--db", str(db), "--out", str(out)]) == 3
    err = capsys.readouterr().err
    assert "De laatste crawl" in err and "mislukt" in err and "latest crawl" in err
    assert "items dropped from 120 to 3" in err and not out.exists()
    assert main(["publish", "--db", str(db), "--out", str(out), "--force"]) == 0
    assert (out / "catalogue.db").exists()
