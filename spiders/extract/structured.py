"""Layer 1: schema.org Event data (JSON-LD or microdata). Knows nothing about any site.

Works on the page's parsed tree (no second parse, no serialisation): JSON-LD is read with
``json.loads`` from the script elements' text; microdata is read from the tree by
:func:`microdata_items` (the W3C microdata algorithm, with extruct's value rules and text
content), and only on pages without a JSON-LD Event. Returns the fields it found; the site
profile layer fills the rest.
"""
from __future__ import annotations

import json
import logging
import re
from collections import defaultdict
from typing import Any

from lxml import etree
from w3lib.html import strip_html5_whitespace

from spiders.extract import normalise as n

log = logging.getLogger(__name__)

_HAS_MICRODATA = etree.XPath("boolean(//@itemscope)")
_ITEMS = etree.XPath("descendant-or-self::*[@itemscope]")
# Sometimes JSON-LD fails to decode because of leading HTML or JavaScript comment lines.
_COMMENT_LINE = re.compile(r"^\s*(//.*|<!--.*-->)", re.MULTILINE)


def _types(node: dict[str, Any]) -> list[str]:
    value = node.get("@type") or node.get("type") or []
    values = value if isinstance(value, list) else [value]
    return [str(v).rsplit("/", 1)[-1] for v in values]


def is_event(node: Any) -> bool:
    return isinstance(node, dict) and any(t.endswith("Event") for t in _types(node))


def _walk_jsonld(node: Any):
    if isinstance(node, list):
        for item in node:
            yield from _walk_jsonld(item)
    elif isinstance(node, dict):
        if "@graph" in node:
            yield from _walk_jsonld(node["@graph"])
        yield node


def _load_jsonld(text: str) -> Any:
    try:
        return json.loads(text, strict=False)
    except ValueError:
        pass
    stripped = _COMMENT_LINE.sub("", text)
    try:
        return json.loads(stripped, strict=False)
    except ValueError:
        import jstyleson          # JSON with /* */ and // comments (extruct's fallback)
        return jstyleson.loads(stripped, strict=False)


def jsonld_nodes(root, url: str = "") -> list[Any]:
    """Every JSON-LD node of the page (lists and ``@graph`` flattened). A malformed script is
    logged and skipped; the others still count."""
    nodes: list[Any] = []
    for script in root.getroottree().iter("script"):
        if script.get("type") != "application/ld+json":
            continue
        text = "".join(script.itertext())
        if not text.strip():
            continue
        try:
            data = _load_jsonld(text)
        except Exception as exc:  # malformed JSON-LD must not lose the page
            log.warning("onleesbare JSON-LD / unreadable JSON-LD on %s: %s", url, exc)
            continue
        for item in data if isinstance(data, list) else [data]:
            if item:
                nodes.extend(_walk_jsonld(item))
    return nodes


def find_events(page, url: str) -> tuple[str | None, list[dict[str, Any]]]:
    """(syntax, events) of a page (a parsel/Scrapy Selector or an lxml element): JSON-LD first,
    then microdata."""
    root = getattr(page, "root", page)
    if not isinstance(getattr(root, "tag", None), str):
        return None, []
    events = [node for node in jsonld_nodes(root, url) if is_event(node)]
    if events:
        return "jsonld", events
    if _HAS_MICRODATA(root):
        try:
            # The description's text is left to compute: the visible one is nearly always
            # preferred (spiders/extract/activity.py), and it is the longest text of a page.
            items = [_microdata_to_plain(i, lazy=("description",))
                     for i in microdata_items(root, url, lazy_text=True)]
        except Exception as exc:
            log.warning("onleesbare microdata / unreadable microdata on %s: %s", url, exc)
            items = []
        events = [item for item in items if is_event(item)]
        if events:
            return "microdata", events
    return None, []


# -- microdata ---------------------------------------------------------------------------
class _LazyText:
    """An element's microdata text content, computed when first read (as ``str()``)."""

    __slots__ = ("node", "text")

    def __init__(self, node):
        self.node, self.text = node, None

    def __str__(self) -> str:
        if self.text is None:
            self.text = text_content(self.node)
        return self.text


def _microdata_to_plain(item: dict[str, Any], lazy: tuple[str, ...] = ()) -> dict[str, Any]:
    """Microdata items nest values under 'properties'; flatten to JSON-LD-like dicts. Text
    contents stay unread (:class:`_LazyText`) only in the top-level properties ``lazy``."""
    out: dict[str, Any] = {"@type": item.get("type")}
    for key, value in (item.get("properties") or {}).items():
        keep = key in lazy and isinstance(value, _LazyText)
        out[key] = value if keep else _microdata_value(value)
    return out


def _microdata_value(value: Any) -> Any:
    if isinstance(value, _LazyText):
        return str(value)
    if isinstance(value, list):
        return [_microdata_value(v) for v in value]
    if isinstance(value, dict):
        if "properties" in value:
            return _microdata_to_plain(value)
        return {k: _microdata_value(v) for k, v in value.items()}
    return value


def microdata_items(root, base_url: str | None, lazy_text: bool = False) -> list[dict[str, Any]]:
    """The page's top-level microdata items, shaped as extruct's ``LxmlMicrodataExtractor``
    gives them (``type``, ``id``, ``properties`` or ``value``; nested items inline). With
    ``lazy_text``, text contents are :class:`_LazyText` values (``str()`` reads them)."""
    reader = _MicrodataReader(root, base_url, lazy_text)
    return [item for item in (reader.item(node) for node in _ITEMS(root)) if item]


class _MicrodataReader:
    def __init__(self, root, base_url: str | None, lazy_text: bool = False):
        self.root = root
        self.base_url = base_url
        self.lazy_text = lazy_text
        self.seen: set[Any] = set()

    def item(self, node, force: bool = False) -> dict[str, Any] | None:
        if node in self.seen:
            return None
        self.seen.add(node)
        item: dict[str, Any] = {}
        types = node.get("itemtype", "").split()
        if types:
            item["type"] = types[0] if len(types) == 1 else types
            node_id = node.get("itemid")
            if node_id:
                item["id"] = node_id.strip()
        properties: dict[str, list[Any]] = defaultdict(list)
        for prop in self._property_elements(node):
            self._add(properties, prop)
        for ref in node.get("itemref", "").split():
            for prop in self._referenced(ref):
                self._add(properties, prop)
        if properties:
            item["properties"] = {name: values[0] if len(values) == 1 else values
                                  for name, values in properties.items()}
        else:   # an item without properties: the node's own value
            item["value"] = self.value(node, force=True)
        return item

    def _add(self, properties: dict[str, list[Any]], prop) -> None:
        value = self.value(prop)
        for name in prop.get("itemprop").split():
            properties[name].append(value)

    @staticmethod
    def _property_elements(node) -> list[Any]:
        """Descendants with itemprop that are not inside a nested item, in document order."""
        out: list[Any] = []
        stack = [iter(node)]
        while stack:
            for child in stack[-1]:
                if not isinstance(child.tag, str):
                    continue
                if child.get("itemprop") is not None:
                    out.append(child)
                if child.get("itemscope") is None and len(child):
                    stack.append(iter(child))
                    break
            else:
                stack.pop()
        return out

    def _referenced(self, ref_id: str) -> list[Any]:
        found = self.root.getroottree().getroot().xpath("//*[@id=$ref][1]", ref=ref_id)
        if not found:
            return []
        ref = found[0]
        if ref.get("itemprop") is not None and ref.get("itemscope") is not None:
            return [ref]
        scope = ref.xpath("ancestor-or-self::*[@itemscope][1]")
        return [prop for prop in ref.xpath("descendant-or-self::*[@itemprop]")
                if prop.xpath("ancestor::*[@itemscope][1]") == scope]

    def _url(self, value: str) -> str:
        return n.join_url(self.base_url or "", strip_html5_whitespace(value))

    def value(self, node, force: bool = False) -> Any:
        # https://www.w3.org/TR/microdata/#values (and extruct's additions)
        tag = node.tag
        if not force and node.get("itemscope") is not None:
            return self.item(node)
        if tag == "meta":
            return node.get("content", "")
        if tag in ("audio", "embed", "iframe", "img", "source", "track", "video"):
            return self._url(node.get("src", ""))
        if tag in ("a", "area", "link"):
            return self._url(node.get("href", ""))
        if tag == "object":
            return self._url(node.get("data", ""))
        if tag in ("data", "meter"):
            return node.get("value", "")
        if tag == "time":
            return node.get("datetime", "")
        if node.get("content"):
            return node.get("content")
        itemprop = node.get("itemprop")
        if itemprop and (itemprop.endswith("-input") or itemprop.endswith("-output")):
            result: dict[str, Any] = {}
            if "required" in node.attrib:
                result["valueRequired"] = True
            if node.get("name"):
                result["valueName"] = node.get("name")
            return result
        return _LazyText(node) if self.lazy_text else text_content(node)


# Text content as extruct gives it: html_text's layout and spacing rules, after dropping
# scripts, styles, <link>, <meta>, comments and processing instructions (its cleaner).
_SKIP_TEXT = frozenset(("script", "style", "link", "meta"))
_NEWLINE_TAGS = frozenset(("article", "aside", "br", "dd", "details", "div", "dt", "fieldset",
                           "figcaption", "footer", "form", "header", "hr", "legend", "li",
                           "main", "nav", "table", "tr"))
_DOUBLE_NEWLINE_TAGS = frozenset(("blockquote", "dl", "figure", "h1", "h2", "h3", "h4", "h5",
                                  "h6", "ol", "p", "pre", "title", "ul"))
_WS = re.compile(r"\s+")
_PUNCT_AFTER = re.compile(r'^[,:;.!?")]')
_NEWLINE, _DOUBLE_NEWLINE = object(), object()


def text_content(node) -> str:
    if not len(node):       # a leaf: its own text, whitespace normalised (the common case)
        text = node.text if node.tag not in _SKIP_TEXT else None
        return _WS.sub(" ", text.strip()) if text else ""
    chunks: list[str] = []
    prev: Any = _DOUBLE_NEWLINE

    def newlines(tag: str) -> None:
        nonlocal prev
        if prev is _DOUBLE_NEWLINE:
            return
        if tag in _DOUBLE_NEWLINE_TAGS:
            chunks.append("\n" if prev is _NEWLINE else "\n\n")
            prev = _DOUBLE_NEWLINE
        elif tag in _NEWLINE_TAGS:
            if prev is not _NEWLINE:
                chunks.append("\n")
            prev = _NEWLINE

    def add(raw: str | None) -> None:
        nonlocal prev
        text = _WS.sub(" ", raw.strip()) if raw else ""
        if not text:
            return
        if prev is _NEWLINE or prev is _DOUBLE_NEWLINE:
            space = ""
        elif prev[-1:].isspace() or (not _PUNCT_AFTER.search(text) and not prev.endswith("(")):
            space = " "
        else:
            space = ""
        chunks.append(space)
        chunks.append(text)
        prev = raw

    def walk(el, top: bool) -> None:
        tag = el.tag
        if isinstance(tag, str) and tag not in _SKIP_TEXT:
            newlines(tag)
            add(el.text)
            for child in el:
                walk(child, False)
            newlines(tag)
        if not top:
            add(el.tail)

    walk(node, True)
    return "".join(chunks).strip()


def _first(value: Any) -> Any:
    if isinstance(value, list):
        return value[0] if value else None
    return value


def _text(value: Any) -> str | None:
    value = _first(value)
    if isinstance(value, dict):
        value = value.get("@value") or value.get("name")
    return None if value is None else str(value)


def event_description(event: dict[str, Any]) -> str | None:
    return n.html_to_text(_text(event.get("description")))


def event_fields(event: dict[str, Any]) -> dict[str, Any]:
    """Map one schema.org Event to item fields (only those it states). The description is
    left to :func:`event_description`: the visible one is preferred, so it is rarely needed."""
    fields: dict[str, Any] = {
        "title": n.clean_text(_text(event.get("name"))),
        "start": n.parse_datetime(_text(event.get("startDate"))),
        "end": n.parse_datetime(_text(event.get("endDate"))),
        "structured_id": _text(event.get("identifier")) or _text(event.get("@id")),
        "structured_url": _text(event.get("url")) or _text(event.get("@id")),
    }
    fields.update(_location(event))
    fields.update(_organizer(event.get("organizer")))
    fields.update(_offers(event))
    languages = event.get("inLanguage")
    if languages:
        fields["languages"] = n.parse_languages(
            [_text(lang) for lang in (languages if isinstance(languages, list) else [languages])])
    status_words = [_text(event.get("eventStatus"))]
    offers = event.get("offers")
    for offer in offers if isinstance(offers, list) else [offers]:
        if isinstance(offer, dict):
            status_words.append(_text(offer.get("availability")))
    fields["status_words"] = [w for w in status_words if w]
    return {k: v for k, v in fields.items() if v not in (None, [], "")}


def _location(event: dict[str, Any]) -> dict[str, Any]:
    mode = (_text(event.get("eventAttendanceMode")) or "").lower()
    locations = event.get("location")
    locations = locations if isinstance(locations, list) else [locations]
    out: dict[str, Any] = {}
    for place in locations:
        if not isinstance(place, dict):
            continue
        if "VirtualLocation" in _types(place):
            out["online"] = True
            continue
        out["location_name"] = n.clean_text(_text(place.get("name")))
        address = _first(place.get("address"))
        if isinstance(address, dict):
            out["street"] = n.clean_text(_text(address.get("streetAddress")))
            out["postcode"] = n.parse_postcode(_text(address.get("postalCode")))
            out["locality"] = n.clean_text(_text(address.get("addressLocality")))
            # kept so that "59000 Lille, FR" is never placed in Lille (Antwerp), whose name it shares
            out["country"] = n.parse_country(address.get("addressCountry"))
        elif isinstance(address, str):
            out["postcode"] = n.parse_postcode(address)
        geo = _first(place.get("geo"))
        if isinstance(geo, dict):
            out["lat"] = n.parse_float(geo.get("latitude"))
            out["lon"] = n.parse_float(geo.get("longitude"))
    if "online" in mode and "mixed" not in mode:
        out["online"] = True
    return out


def _organizer(organizer: Any) -> dict[str, Any]:
    organizer = _first(organizer)
    if isinstance(organizer, str):
        return {"organizer_name": n.clean_text(organizer)}
    if not isinstance(organizer, dict):
        return {}
    return {"organizer_name": n.clean_text(_text(organizer.get("name"))),
            "organizer_url": _text(organizer.get("url"))}


def _offers(event: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    free = _first(event.get("isAccessibleForFree"))
    if free is not None:
        out["is_free"] = str(free).strip().lower() in ("true", "1", "yes")
    offers = event.get("offers")
    parsed = []
    for offer in offers if isinstance(offers, list) else [offers]:
        if not isinstance(offer, dict):
            continue
        price = n.parse_float(_text(offer.get("price")))
        parsed.append({"name": n.clean_text(_text(offer.get("name"))), "price": price,
                       "currency": _text(offer.get("priceCurrency")) or ("EUR" if price is not None else None)})
    if parsed:
        out["offers"] = parsed
    return out
