"""RSS 2.0 and Atom feeds (feedgen) for counsellors, plus the OPML that lists them all.

Feeds are built from the *published* database, so a prebuilt feed file and the feed of a
filtered Datasette view (``publish/site/plugins/doemee_publish.py``) produce the same entries.

Stability rules: an entry's id is a tag: URI made from the activity id (never the feed URL);
its ``updated`` is the activity's ``last_changed``; a feed's ``updated`` is the newest
``last_changed`` of its entries (of the whole catalogue when it is empty). Rebuilding without
changes therefore produces byte-identical feeds.
"""
from __future__ import annotations

import hashlib
import html
import json
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime, timezone
from email.utils import format_datetime
from pathlib import Path
from typing import Any, Iterable
from urllib.parse import quote, urlencode
from xml.sax.saxutils import quoteattr

from feedgen.feed import FeedGenerator

from doemee.clock import BRUSSELS
from publish.text import clean_text, format_day_nl, parse_when, safe_url, slugify
from publish.vocab import COST_LABEL, GOALS

TAG_AUTHORITY = "tag:ikdoemee.be,2023"
FALLBACK_UPDATED = datetime(2023, 11, 21, tzinfo=BRUSSELS)  # ikdoemee.be's launch
MAX_ENTRIES = 200
FORMATS = {"rss": "application/rss+xml", "atom": "application/atom+xml"}
TABLE = "activiteiten"
DB_NAME = "catalogue"


_ANGLES = str.maketrans({"<": "\u2039", ">": "\u203a"})


def plain_title(text: str) -> str:
    """A title no feed reader can take for markup.

    Titles are plain text, but many RSS readers render them as HTML; angle brackets from
    scraped text become the look-alike quotation marks ‹ › so a title shows what the
    organiser typed and never turns into an element.
    """
    return clean_text(text, single_line=True).translate(_ANGLES)


def entry_id(activity_id: str) -> str:
    return f"{TAG_AUTHORITY}:activiteit/{quote(str(activity_id), safe='')}"


def row_url(base_url: str, activity_id: str) -> str:
    from datasette.utils import tilde_encode
    return f"{base_url}/{DB_NAME}/{TABLE}/{tilde_encode(str(activity_id))}"


@dataclass
class FeedDef:
    slug: str
    title: str
    explanation: str
    group: str
    where: str = "1"
    params: tuple = ()
    order: str = "volgorde"
    view_args: dict[str, str] = field(default_factory=dict)


def feed_definitions(conn: sqlite3.Connection) -> list[FeedDef]:
    """Every feed of the site, in the order of the feeds page."""
    info = dict(conn.execute("SELECT sleutel, waarde FROM publicatie"))
    open_ = "afgelopen = 'nee'"
    defs = [FeedDef("alle", "Alle activiteiten in de regio",
                    "Elke activiteit die nog loopt of nog moet komen, eerstvolgende eerst.",
                    "Regio", open_, view_args={"afgelopen": "nee"})]
    for (region,) in conn.execute("SELECT DISTINCT regio FROM activiteiten "
                                  "WHERE regio IS NOT NULL ORDER BY regio"):
        defs.append(FeedDef(f"regio-{slugify(region)}", f"Activiteiten in {region}",
                            f"Alle lopende en komende activiteiten in de regio {region}.",
                            "Regio", f"{open_} AND regio = ?", (region,),
                            view_args={"afgelopen": "nee", "regio": region}))
    defs.append(FeedDef("nieuw-deze-week", "Nieuw deze week",
                        "Activiteiten die de voorbije 7 dagen voor het eerst in de catalogus "
                        "verschenen, nieuwste eerst.", "Thema",
                        f"{open_} AND eerst_gezien >= ?", (info.get("nieuw_sinds"),),
                        "eerst_gezien DESC, volgorde",
                        {"afgelopen": "nee", "eerst_gezien__gte": info.get("nieuw_sinds") or "",
                         "_sort_desc": "eerst_gezien"}))
    themes = [
        ("gratis", "Gratis activiteiten", "Deelname is gratis. Rust dat op één zin die de tagger "
         "niet zeker kan lezen, dan staat bij de prijs 'nog na te kijken' met die zin.", "kosten = 'gratis'",
         {"kosten": "gratis"}),
        ("verminderd", "Activiteiten met verminderd tarief",
         "Er bestaat een verminderd tarief (bv. UiTPAS-kansentarief of sociaal tarief).",
         "kosten = 'verminderd'", {"kosten": "verminderd"}),
        ("gezinsvriendelijk", "Gezinsvriendelijke activiteiten",
         "Geschikt voor ouders met kinderen of gezinnen.", "gezinsvriendelijk = 'ja'",
         {"gezinsvriendelijk": "ja"}),
        ("nederlands-niveau-1-2", "Voor beginners in het Nederlands (niveau 1–2)",
         "Je hoeft nog niet veel Nederlands te kennen (1 of 2 taaliconen).",
         "nederlands_niveau IN (1, 2)", {"nederlands_niveau__in": "1,2"}),
        ("rolstoeltoegankelijk", "Rolstoeltoegankelijke activiteiten",
         "De organisator vermeldt dat de plek rolstoeltoegankelijk is.", "rolstoel = 'ja'",
         {"rolstoel": "ja"}),
    ]
    for slug, title, explanation, where, args in themes:
        defs.append(FeedDef(slug, title, explanation, "Thema", f"{open_} AND {where}",
                            view_args={"afgelopen": "nee", **args}))
    for goal, label in GOALS.items():
        defs.append(FeedDef(f"doel-{goal}", f"Doel: {label}",
                            f"Activiteiten om {label[0].lower() + label[1:]}.", "Doel",
                            f"{open_} AND EXISTS (SELECT 1 FROM json_each(doelen) "
                            f"WHERE value = ?)", (goal,),
                            view_args={"afgelopen": "nee", "doelen__arraycontains": goal}))
    for (town,) in conn.execute("SELECT gemeente FROM gemeenten WHERE activiteiten > 0 "
                                "ORDER BY gemeente"):
        defs.append(FeedDef(f"gemeente-{slugify(town)}", f"Activiteiten in {town}",
                            f"Lopende en komende activiteiten in de gemeente {town}.",
                            "Gemeente", f"{open_} AND gemeente = ?", (town,),
                            view_args={"afgelopen": "nee", "gemeente": town}))
    return defs


# -- entries -------------------------------------------------------------------------------

def _tags_text(row: dict[str, Any]) -> str:
    tags = [COST_LABEL.get(row.get("kosten") or "", "")]
    if row.get("uitpas") == "ja":
        tags.append("UiTPAS")
    if row.get("gezinsvriendelijk") == "ja":
        tags.append("gezinsvriendelijk")
    if row.get("kinderopvang") == "ja":
        tags.append("kinderopvang")
    if row.get("nederlands_niveau"):
        tags.append(f"Nederlands niveau {row['nederlands_niveau']}")
    if row.get("rolstoel") == "ja":
        tags.append("rolstoeltoegankelijk")
    elif row.get("rolstoel") == "nee":
        tags.append("niet rolstoeltoegankelijk")
    if row.get("laagdrempelig") == "ja":
        tags.append("laagdrempelig")
    goals = row.get("doelen")
    if isinstance(goals, str):
        try:
            goals = json.loads(goals)
        except ValueError:
            goals = []
    tags.extend(GOALS.get(g, g).lower() for g in goals or [])
    return ", ".join(t for t in tags if t)


def entry_fields(row: dict[str, Any], base_url: str) -> dict[str, Any]:
    """Title, summary, link and dates of one feed entry, from a published activity row."""
    place = row.get("gemeente") or row.get("plaats") or (
        "online" if row.get("online") == "ja" else "")
    nxt = parse_when(row.get("volgende_datum"))
    when_short = format_day_nl(nxt) if nxt else "doorlopend"
    title = " — ".join(filter(None, [row.get("titel"), ", ".join(filter(None, [place,
                                                                               when_short]))]))
    if row.get("status") in ("geannuleerd", "volzet"):
        title = f"[{row['status'].capitalize()}] {title}"
    where = ", ".join(filter(None, [row.get("locatie"), row.get("adres"),
                                    " ".join(filter(None, [row.get("postcode"),
                                                           row.get("plaats")]))]))
    if row.get("online") == "ja":
        where = ", ".join(filter(None, [where, "online"]))
    price = row.get("prijs") or COST_LABEL.get(row.get("kosten") or "", "")
    if row.get("kosten") == "gratis" and row.get("kosten_nakijken"):
        # the tagger's review marker: say so rather than promise "free" outright
        price = f"{price or 'gratis'} (nog na te kijken: \u201c{row['kosten_nakijken']}\u201d)"
    lines = [
        f"Wanneer: {row.get('wanneer') or when_short}",
        f"Waar: {where or 'niet vermeld'}",
        f"Prijs: {price or 'niet vermeld'}",
        f"Tags: {_tags_text(row)}",
    ]
    if row.get("organisator"):
        lines.append(f"Organisator: {row['organisator']}")
    if row.get("samenvatting"):
        lines += ["", row["samenvatting"]]
    changed = parse_when(row.get("gewijzigd")) or FALLBACK_UPDATED
    first = parse_when(row.get("eerst_gezien")) or changed
    return {
        "id": entry_id(row["id"]),
        "title": plain_title(title),
        "summary": clean_text("\n".join(lines)),
        "link": safe_url(row.get("url")) or row_url(base_url, row["id"]),
        "updated": changed,
        "published": min(first, changed),
    }


def render_feed(*, fmt: str, title: str, subtitle: str, feed_id: str, self_url: str,
                alternate_url: str, rows: Iterable[dict[str, Any]], base_url: str,
                fallback_updated: datetime | None = None) -> bytes:
    """One feed document (RSS 2.0 or Atom) as bytes."""
    fg = FeedGenerator()
    fg.id(feed_id)
    fg.title(plain_title(title))
    fg.subtitle(clean_text(subtitle, single_line=True) or "Activiteiten voor nieuwkomers")
    fg.language("nl")
    fg.author({"name": "doemee (ikdoemee.be-catalogus)"})
    fg.generator("doemee")
    # The RSS channel <link> is the last link added: self first, the alternate last.
    fg.link(href=self_url, rel="self", type=FORMATS[fmt])
    fg.link(href=alternate_url, rel="alternate", type="text/html")
    newest = None
    for row in rows:
        fields = entry_fields(row, base_url)
        fe = fg.add_entry(order="append")
        fe.id(fields["id"])
        fe.title(fields["title"])
        fe.link(href=fields["link"], rel="alternate")
        if fmt == "rss":
            # RSS readers treat <description> as HTML: escape the plain text once more so
            # scraped markup shows as text and never runs.
            fe.description(html.escape(fields["summary"]).replace("\n", "<br/>\n"))
        else:
            fe.summary(fields["summary"], type="text")
        fe.updated(fields["updated"])
        fe.published(fields["published"])
        if newest is None or fields["updated"] > newest:
            newest = fields["updated"]
    updated = newest or fallback_updated or FALLBACK_UPDATED
    fg.updated(updated)
    fg.lastBuildDate(updated)
    if fmt == "rss":
        return fg.rss_str(pretty=True)
    return fg.atom_str(pretty=True)


def feed_updated(xml_rows_updated: Iterable[str | None]) -> datetime | None:
    values = [parse_when(v) for v in xml_rows_updated if v]
    return max(values) if values else None


def view_url(base_url: str, args: dict[str, str]) -> str:
    query = urlencode(args)
    return f"{base_url}/{DB_NAME}/{TABLE}" + (f"?{query}" if query else "")


def write_feeds(db_path: Path, out_dir: Path, base_url: str) -> list[dict[str, Any]]:
    """Write feeds/<slug>.rss|.atom, feeds.json and feeds.opml. Returns the index."""
    feed_dir = out_dir / "feeds"
    feed_dir.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    catalogue_updated = parse_when(
        conn.execute("SELECT waarde FROM publicatie WHERE sleutel = 'laatst_gewijzigd'")
        .fetchone()[0]) or FALLBACK_UPDATED
    index = []
    for d in feed_definitions(conn):
        rows = [dict(r) for r in conn.execute(
            f"SELECT * FROM {TABLE} WHERE {d.where} ORDER BY {d.order} LIMIT {MAX_ENTRIES}",
            d.params)]
        updated = feed_updated(r.get("gewijzigd") for r in rows) or catalogue_updated
        # the feed holds at most MAX_ENTRIES; the page says how many activities match
        matches = len(rows) if len(rows) < MAX_ENTRIES else conn.execute(
            f"SELECT count(*) FROM {TABLE} WHERE {d.where}", d.params).fetchone()[0]
        entry = {"slug": d.slug, "title": d.title, "explanation": d.explanation,
                 "group": d.group, "entries": len(rows), "matches": matches,
                 "view_url": view_url(base_url, d.view_args), "files": {}}
        for fmt, mime in FORMATS.items():
            name = f"{d.slug}.{fmt}"
            body = render_feed(fmt=fmt, title=f"{d.title} — doemee", subtitle=d.explanation,
                               feed_id=f"{TAG_AUTHORITY}:doemee/feed/{d.slug}",
                               self_url=f"{base_url}/feeds/{name}",
                               alternate_url=entry["view_url"], rows=rows,
                               base_url=base_url, fallback_updated=updated)
            (feed_dir / name).write_bytes(body)
            entry["files"][fmt] = {
                "name": name, "url": f"{base_url}/feeds/{name}", "content_type": mime,
                "etag": '"' + hashlib.sha256(body).hexdigest()[:32] + '"',
                "last_modified": _http_date(updated),
            }
        index.append(entry)
    conn.close()
    (out_dir / "feeds.json").write_text(json.dumps(index, ensure_ascii=False, indent=2),
                                        encoding="utf-8")
    (out_dir / "feeds.opml").write_bytes(opml(index, base_url, catalogue_updated))
    return index


def _http_date(value: datetime) -> str:
    return format_datetime(value.astimezone(timezone.utc), usegmt=True)


def opml(index: list[dict[str, Any]], base_url: str, updated: datetime) -> bytes:
    """An OPML 2.0 file with every RSS feed, grouped as on the feeds page."""
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<opml version="2.0">', "  <head>",
             "    <title>doemee — alle feeds / all feeds</title>",
             f"    <dateModified>{_http_date(updated)}</dateModified>",
             f"    <docs>{base_url}/feeds</docs>", "  </head>", "  <body>"]
    groups: dict[str, list[dict[str, Any]]] = {}
    for entry in index:
        groups.setdefault(entry["group"], []).append(entry)
    for group, entries in groups.items():
        lines.append(f"    <outline text={quoteattr(group)} title={quoteattr(group)}>")
        for e in entries:
            lines.append(
                f"      <outline type=\"rss\" text={quoteattr(e['title'])} "
                f"title={quoteattr(e['title'])} description={quoteattr(e['explanation'])} "
                f"xmlUrl={quoteattr(e['files']['rss']['url'])} "
                f"htmlUrl={quoteattr(e['view_url'])}/>")
        lines.append("    </outline>")
    lines += ["  </body>", "</opml>", ""]
    return "\n".join(lines).encode("utf-8")
