"""Datasette plugin of the published catalogue (read-only; it never writes).

- ``_search`` on ``activiteiten``: the trigram index on accent-folded text when every term has
  3 or more characters (so "cafe" finds "taalcafé" and "les" finds "fietsles"), else the word
  index (unicode61, accents folded).
- ``.rss`` / ``.atom`` output renderers: every filtered view of ``activiteiten`` is a feed.
- Routes: ``/feeds`` (Dutch list of feeds), ``/feeds/<name>`` and ``/feeds.opml`` (prebuilt
  files with ETag / Last-Modified / 304, cached in memory), ``/overzicht`` (charts and a map),
  ``/audit/…`` (the provider audit's static reports, served with a no-script CSP).
- Template variables: the search box, feed links, and on the row page the full description
  and the evidence behind each tag.

The site directory is the directory of the ``catalogue`` database file, so the plugin holds no
state of its own.
"""
from __future__ import annotations

import hashlib
import json
import math
import re
from pathlib import Path
from urllib.parse import urlencode

from datasette import hookimpl
from datasette.filters import FilterArguments
from datasette.utils import tilde_decode
from datasette.utils.asgi import Response

from publish.feeds import FORMATS, TAG_AUTHORITY, render_feed
from publish.text import fold
from publish.vocab import COST_LABEL, DUTCH_LEVEL, GOALS

DB = "catalogue"
TABLE = "activiteiten"
FEED_NAMES = {"rss", "atom"}
PARAM_LABELS = {"_search": "zoekterm"}


def _site_dir(datasette) -> Path | None:
    try:
        db = datasette.get_database(DB)
    except KeyError:
        return None
    return Path(db.path).parent if db.path else None


# -- search --------------------------------------------------------------------------------

def _terms(text: str) -> list[str]:
    # Words only: quotes and FTS5 operators in user input never reach MATCH unescaped.
    return re.findall(r"\w+", text)


def _word_query(text: str) -> str:
    return " ".join(f'"{t}"' for t in _terms(text))


def _trigram_query(text: str) -> str | None:
    terms = _terms(fold(text))
    if not terms or any(len(t) < 3 for t in terms):
        return None  # trigram cannot match shorter terms; the word index still can
    return " ".join(f'"{t}"' for t in terms)


# A search is "broad" when it matches at least this share of the table (and at least
# BROAD_SEARCH_MIN rows). Every statement of a table page (rows, count, each facet) then reads
# the table through one of its indexes in index order and tests each row against the search
# (``+rowid IN``: the unary plus keeps SQLite from looking the matches up one by one): the
# rows come out already in display order, the count and the column facets only touch their
# small covering indexes, and the cost stays flat however common the word. A narrow search
# keeps the lookup of its few matches by rowid, which is cheaper then.
BROAD_SEARCH_SHARE = 8          # 1/8 of the rows
BROAD_SEARCH_MIN = 2000


async def _is_broad(datasette, index: str, query: str) -> bool:
    db = datasette.get_database(DB)
    rows = (await db.execute(f"SELECT ifnull(max(rowid), 0) FROM {TABLE}")).rows[0][0]
    limit = max(BROAD_SEARCH_MIN, rows // BROAD_SEARCH_SHARE)
    if rows < limit:
        return False
    found = (await db.execute(
        f"SELECT count(*) FROM (SELECT rowid FROM {index} WHERE {index} MATCH :q "
        f"LIMIT {int(limit)})", {"q": query})).rows[0][0]
    return found >= limit


@hookimpl
def filters_from_request(request, database, table, datasette):
    if database != DB or table != TABLE:
        return None
    search = (request.args.get("_search") or "").strip()
    if not search:
        return None
    words = _word_query(search)
    if not words:
        return FilterArguments(["0"], human_descriptions=[f'zoekterm "{search}"'])
    trigram = _trigram_query(search)
    # One index per search, never both: every row the word index finds for terms of 3 or more
    # characters contains those terms as substrings of its folded text, so the trigram index
    # alone already finds it. The union of both indexes (as before) cost an extra FTS query and
    # a temporary b-tree for each of the statements of a page (rows, count, each facet).
    if trigram:
        index, param, query = "zoek_trigram", "dm_trigram", trigram
    else:
        index, param, query = "zoek_woorden", "dm_words", words

    async def inner():
        rowid = "+rowid" if await _is_broad(datasette, index, query) else "rowid"
        clause = f"{rowid} IN (SELECT rowid FROM {index} WHERE {index} MATCH :{param})"
        return FilterArguments(
            [clause], {param: query},
            human_descriptions=[f'zoekterm "{search}"'],
            extra_context={"dm_search": search})
    return inner


# -- array facet on doelen -------------------------------------------------------------------

# Datasette 0.65's array facet counts ``select distinct j.value, inner.*`` — it sorts every
# matching row with all of its ~40 columns, once per goal it has, to drop duplicate values
# inside one array. At 100k activities that single facet cost more than the rest of a search
# page together (300-700 ms for a common term). Publishing writes ``doelen`` as a sorted list
# of distinct goals (publish.build.transform), so there is nothing to deduplicate: counting
# the json_each rows gives exactly the same counts. Only this table's unique-valued array
# columns get the cheaper statement; everything else (other columns, tables, databases,
# toggle links, time limits) stays Datasette's own code.
UNIQUE_ARRAY_COLUMNS = frozenset({"doelen"})
_ARRAY_COLUMN = re.compile(r"json_each\(\[inner\]\.\[?(\w+)\]?\)")
_LIMIT = re.compile(r"\blimit (\d+)\s*$", re.I)


class _UniqueArrayFacetDatasette:
    """Stands in for the Datasette instance of one array facet (one request): every
    attribute is the real one, but the facet's deduplicating statement becomes a plain
    count for the columns in UNIQUE_ARRAY_COLUMNS."""

    def __init__(self, datasette, inner_sql: str):
        self._datasette = datasette
        self._inner_sql = inner_sql

    def __getattr__(self, name):
        return getattr(self._datasette, name)

    async def execute(self, database, sql, *args, **kwargs):
        column = _ARRAY_COLUMN.search(sql)
        limit = _LIMIT.search(sql.strip())
        if "deduped_array_items" in sql and column and limit \
                and column.group(1) in UNIQUE_ARRAY_COLUMNS:
            sql = (f"with inner as ({self._inner_sql}) "
                   f"select j.value as value, count(*) as count "
                   f"from inner, json_each(inner.[{column.group(1)}]) j "
                   f"group by j.value order by count(*) desc, value "
                   f"limit {int(limit.group(1))}")
        return await self._datasette.execute(database, sql, *args, **kwargs)


def _install_unique_array_facet() -> None:
    from datasette import facets

    facet_class = getattr(facets, "ArrayFacet", None)
    original = getattr(facet_class, "facet_results", None)
    if original is None or getattr(original, "_doemee", False):
        return

    async def facet_results(self):
        if getattr(self, "database", None) == DB and getattr(self, "table", None) == TABLE \
                and not isinstance(self.ds, _UniqueArrayFacetDatasette):
            self.ds = _UniqueArrayFacetDatasette(self.ds, self.sql)
        return await original(self)

    facet_results._doemee = True
    facet_class.facet_results = facet_results


_install_unique_array_facet()


# -- feeds of any view ---------------------------------------------------------------------

def _describe(request) -> str:
    parts = []
    for key, value in sorted(_arg_pairs(request)):
        if key == "_search":
            parts.append(f'zoekterm "{value}"')
        elif not key.startswith("_"):
            parts.append(f"{key.replace('__', ' ')} = {value}")
    return ", ".join(parts)


def _arg_pairs(request, skip=()) -> list[tuple[str, str]]:
    return [(k, v) for k in request.args.keys() if k not in skip
            for v in request.args.getlist(k)]


def _view_args(request) -> list[tuple[str, str]]:
    skip = {"_format", "_size", "_next", "_facet", "_facet_array", "_labels", "_shape"}
    return sorted(_arg_pairs(request, skip))


def _can_render(table, columns, database):
    return database == DB and table == TABLE and bool(columns) and "id" in columns


def _renderer(fmt):
    async def render(datasette, request, rows, columns, database, table):
        ids = [row["id"] for row in rows]
        db = datasette.get_database(DB)
        full = {}
        if ids:
            marks = ", ".join("?" for _ in ids)
            result = await db.execute(f"SELECT * FROM {TABLE} WHERE id IN ({marks})", ids)
            full = {r["id"]: dict(r) for r in result.rows}
        ordered = [full[i] for i in ids if i in full]
        args = _view_args(request)
        digest = hashlib.sha1(urlencode(args).encode("utf-8")).hexdigest()[:16]
        query = urlencode(args)
        html_path = datasette.urls.table(DB, TABLE) + (f"?{query}" if query else "")
        self_path = request.path + (f"?{request.query_string}" if request.query_string else "")
        info = await db.execute("SELECT waarde FROM publicatie WHERE sleutel = 'laatst_gewijzigd'")
        from publish.text import parse_when
        described = _describe(request)
        body = render_feed(
            fmt=fmt,
            title="doemee — activiteiten" + (f": {described}" if described else ""),
            subtitle="Een eigen selectie uit de catalogus van ikdoemee.be"
                     + (f" ({described})" if described else ""),
            feed_id=f"{TAG_AUTHORITY}:doemee/view/{digest}",
            self_url=datasette.absolute_url(request, self_path),
            alternate_url=datasette.absolute_url(request, html_path),
            rows=ordered,
            base_url=datasette.absolute_url(request, "/").rstrip("/"),
            fallback_updated=parse_when(info.rows[0][0]) if info.rows else None)
        return Response(body, content_type=f"{FORMATS[fmt]}; charset=utf-8",
                        headers={"Cache-Control": "max-age=300"})
    return render


@hookimpl
def register_output_renderer(datasette):
    return [{"extension": fmt, "render": _renderer(fmt), "can_render": _can_render}
            for fmt in ("rss", "atom")]


# -- prebuilt feed files -------------------------------------------------------------------

# Built files never change inside a build (a new build is a new directory), and a rewritten
# file is a new inode: cache contents by (path, inode, mtime, size) so polling readers cost
# one stat, not a read and a JSON parse.
_FILE_CACHE: dict[tuple, object] = {}
_FILE_CACHE_MAX = 1024


def _cached(path: Path, parse=None, kind: str = "bytes"):
    st = path.stat()
    key = (str(path), st.st_ino, st.st_mtime_ns, st.st_size, kind)
    value = _FILE_CACHE.get(key)
    if value is None:
        data = path.read_bytes()
        value = parse(data) if parse else data
        if len(_FILE_CACHE) >= _FILE_CACHE_MAX:
            _FILE_CACHE.clear()
        _FILE_CACHE[key] = value
    return value


def _feed_index(site: Path) -> list[dict]:
    path = site / "feeds.json"
    if not path.exists():
        return []
    return _cached(path, lambda data: json.loads(data.decode("utf-8")), "index")


def _feed_files(site: Path) -> dict[str, dict]:
    path = site / "feeds.json"
    if not path.exists():
        return {}
    return _cached(path, lambda data: {info["name"]: info
                                       for entry in json.loads(data.decode("utf-8"))
                                       for info in entry["files"].values()}, "files")


def _conditional(request, body: bytes, content_type: str, etag: str, last_modified: str):
    headers = {"ETag": etag, "Last-Modified": last_modified,
               "Cache-Control": "public, max-age=300"}
    inm = request.headers.get("if-none-match")
    if inm is not None:
        tags = {t.strip() for t in inm.split(",")}
        if etag in tags or "*" in tags or f"W/{etag}" in tags:
            return Response("", status=304, headers=headers)
    elif request.headers.get("if-modified-since"):
        from email.utils import parsedate_to_datetime
        try:
            since = parsedate_to_datetime(request.headers["if-modified-since"])
            if since >= parsedate_to_datetime(last_modified):
                return Response("", status=304, headers=headers)
        except (TypeError, ValueError):
            pass
    return Response(body, status=200, headers=headers, content_type=content_type)


async def feed_file(request, datasette):
    site = _site_dir(datasette)
    name = request.url_vars["name"]
    info = _feed_files(site).get(name) if site else None
    if info is None:
        return Response.text("Feed niet gevonden / feed not found", status=404)
    body = _cached(site / "feeds" / name)
    return _conditional(request, body, f"{info['content_type']}; charset=utf-8",
                        info["etag"], info["last_modified"])


async def opml_file(request, datasette):
    site = _site_dir(datasette)
    path = site / "feeds.opml" if site else None
    if not path or not path.exists():
        return Response.text("Geen OPML / no OPML", status=404)
    body = _cached(path)
    from email.utils import formatdate
    etag = '"' + hashlib.sha256(body).hexdigest()[:32] + '"'
    return _conditional(request, body, "text/x-opml; charset=utf-8", etag,
                        formatdate(path.stat().st_mtime, usegmt=True))


AUDIT_TYPES = {"html": "text/html; charset=utf-8", "csv": "text/plain; charset=utf-8",
               "md": "text/plain; charset=utf-8"}


async def audit_file(request, datasette):
    """The provider audit's static reports (built with the site, in its ``audit/``)."""
    site = _site_dir(datasette)
    rel = request.url_vars.get("path") or "index.html"
    path = site / "audit" / rel if site else None
    if path is None or not path.is_file():
        return Response.text("Rapport niet gevonden / report not found", status=404)
    body = _cached(path)
    etag = '"' + hashlib.sha256(body).hexdigest()[:32] + '"'
    from email.utils import formatdate
    response = _conditional(request, body, AUDIT_TYPES[path.suffix[1:]], etag,
                            formatdate(path.stat().st_mtime, usegmt=True))
    # The reports need no scripts at all: say so to the browser too.
    response.headers["Content-Security-Policy"] = "default-src 'none'; style-src 'unsafe-inline'"
    response.headers["X-Content-Type-Options"] = "nosniff"
    return response


async def feeds_page(request, datasette):
    site = _site_dir(datasette)
    index = _feed_index(site) if site else []
    groups: dict[str, list] = {}
    for entry in index:
        groups.setdefault(entry["group"], []).append(entry)
    return Response.html(await datasette.render_template(
        "feeds.html", {"groups": groups, "count": len(index)}, request=request))


# -- overview ------------------------------------------------------------------------------

def _bars(rows, label_key="label", value_key="n", width=420):
    top = max([r[value_key] for r in rows] or [1]) or 1
    return [{**r, "w": round(width * r[value_key] / top, 1)} for r in rows]


def _map_points(rows, width=640, height=420, pad=24):
    pts = [(r["breedtegraad"], r["lengtegraad"], r["gemeente"]) for r in rows
           if r["breedtegraad"] is not None and r["lengtegraad"] is not None]
    if not pts:
        return {"points": [], "labels": [], "width": width, "height": height}
    lats = [p[0] for p in pts]
    lons = [p[1] for p in pts]
    lat0, lat1, lon0, lon1 = min(lats), max(lats), min(lons), max(lons)
    kx = math.cos(math.radians((lat0 + lat1) / 2))
    span = max((lon1 - lon0) * kx, lat1 - lat0, 1e-6)
    scale = min(width - 2 * pad, height - 2 * pad) / span

    def xy(lat, lon):
        return (round(pad + (lon - lon0) * kx * scale, 1),
                round(height - pad - (lat - lat0) * scale, 1))

    points = [dict(zip(("x", "y"), xy(lat, lon)), gemeente=g) for lat, lon, g in pts]
    centres: dict[str, list] = {}
    for lat, lon, g in pts:
        if g:
            centres.setdefault(g, []).append((lat, lon))
    labels = []
    for g, cs in sorted(centres.items()):
        x, y = xy(sum(c[0] for c in cs) / len(cs), sum(c[1] for c in cs) / len(cs))
        labels.append({"x": x, "y": y, "name": g, "n": len(cs)})
    return {"points": points, "labels": labels, "width": width, "height": height}


async def overview_page(request, datasette):
    db = datasette.get_database(DB)

    async def q(sql):
        return [dict(r) for r in (await db.execute(sql)).rows]

    towns = await q("SELECT gemeente AS label, count(*) AS n FROM activiteiten "
                    "WHERE afgelopen = 'nee' AND gemeente IS NOT NULL "
                    "GROUP BY gemeente ORDER BY n DESC, gemeente")
    goals = await q("SELECT value AS slug, count(*) AS n FROM activiteiten, "
                    "json_each(activiteiten.doelen) WHERE afgelopen = 'nee' "
                    "GROUP BY value ORDER BY n DESC")
    for g in goals:
        g["label"] = GOALS.get(g["slug"], g["slug"])
    costs = await q("SELECT kosten AS slug, count(*) AS n FROM activiteiten "
                    "WHERE afgelopen = 'nee' GROUP BY kosten ORDER BY n DESC")
    for c in costs:
        c["label"] = COST_LABEL.get(c["slug"], c["slug"])
    levels = await q("SELECT nederlands_niveau AS slug, count(*) AS n FROM activiteiten "
                     "WHERE afgelopen = 'nee' GROUP BY nederlands_niveau ORDER BY slug")
    for lv in levels:
        lv["label"] = DUTCH_LEVEL.get(lv["slug"], "niet vermeld")
    totals = (await q("SELECT count(*) AS alle, sum(afgelopen = 'nee') AS lopend, "
                      "sum(kosten = 'gratis') AS gratis, "
                      "sum(gezinsvriendelijk = 'ja') AS gezin FROM activiteiten"))[0]
    points = await q("SELECT breedtegraad, lengtegraad, gemeente FROM activiteiten "
                     "WHERE afgelopen = 'nee' AND breedtegraad IS NOT NULL LIMIT 20000")
    info = dict((r["sleutel"], r["waarde"]) for r in await q("SELECT * FROM publicatie"))
    return Response.html(await datasette.render_template("overzicht.html", {
        "towns": _bars(towns), "goals": _bars(goals), "costs": _bars(costs),
        "levels": _bars(levels), "totals": totals, "map": _map_points(points),
        "info": info}, request=request))


@hookimpl
def register_routes():
    return [
        (r"^/feeds$", feeds_page),
        (r"^/feeds/(?P<name>[A-Za-z0-9._-]+\.(?:rss|atom))$", feed_file),
        (r"^/feeds\.opml$", opml_file),
        (r"^/overzicht$", overview_page),
        (r"^/audit/?$", audit_file),
        (r"^/audit/(?P<path>(?:aanbieders/)?[A-Za-z0-9][A-Za-z0-9._-]*\.(?:html|csv|md))$",
         audit_file),
    ]


# -- template variables --------------------------------------------------------------------

@hookimpl
def extra_template_vars(template, database, table, view_name, request, datasette):
    if database != DB or table != TABLE or request is None:
        return {}

    async def inner():
        values = {"dm_search": request.args.get("_search") or "",
                  "dm_hidden_args": _arg_pairs(request, ("_search", "_next")),
                  "dm_goal_labels": GOALS, "dm_level_labels": DUTCH_LEVEL,
                  "dm_cost_labels": COST_LABEL}
        if view_name == "row":
            pks = request.url_vars.get("pks", "")
            activity_id = tilde_decode(pks)
            db = datasette.get_database(DB)
            rows = (await db.execute(f"SELECT * FROM {TABLE} WHERE id = ?",
                                     [activity_id])).rows
            values["activiteit"] = dict(rows[0]) if rows else None
            if rows:
                values["activiteit"]["doelen_lijst"] = json.loads(rows[0]["doelen"] or "[]")
                values["activiteit"]["talen_lijst"] = json.loads(rows[0]["talen"] or "[]")
            desc = (await db.execute("SELECT beschrijving FROM beschrijvingen WHERE id = ?",
                                     [activity_id])).rows
            values["beschrijving"] = desc[0][0] if desc else ""
            values["bewijs"] = [dict(r) for r in (await db.execute(
                "SELECT tag, waarde, veld, fragment, regel FROM bewijs "
                "WHERE activiteit_id = ? ORDER BY tag", [activity_id])).rows]
        return values
    return inner
