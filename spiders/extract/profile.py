"""Layer 2: the site profile's selectors (``spiders/site_profile.py``) on the visible markup.

One ``_parse_<field>`` per field that needs more than "the element's text".
"""
from __future__ import annotations

from typing import Any, Callable

from parsel import Selector

from spiders.extract import normalise as n
from spiders.site_profile import GOALS, SiteProfile


def _text(node: Selector, css: str) -> str | None:
    """Text of the first match; ``::attr()`` selectors give the attribute."""
    if not css:
        return None
    if "::attr(" in css:
        return node.css(css).get()
    return n.clean_text(" ".join(node.css(css)[:1].css("::text, *::text").getall()) or None)


def _parse_description(node: Selector, css: str) -> str | None:
    return n.html_to_text(node.css(css).get())


def _parse_goals(node: Selector, css: str) -> list[str]:
    return [g for g in (s.strip().lower() for s in node.css(css).getall()) if g in GOALS]


def _parse_dutch_level(node: Selector, css: str) -> int | None:
    return n.parse_int(node.css(css).get(), 1, 4)


def _parse_start(node: Selector, css: str) -> str | None:
    return n.parse_datetime(node.css(css).get())


def _parse_online(node: Selector, css: str) -> bool | None:
    return True if node.css(css) else None


def _parse_lat(node: Selector, css: str) -> float | None:
    return n.parse_float(node.css(css).get())


def _parse_postcode(node: Selector, css: str) -> str | None:
    return n.parse_postcode(_text(node, css))


def _parse_languages(node: Selector, css: str) -> list[str]:
    """Language codes when the markup carries them, else the names as written."""
    codes = [c.strip().lower() for c in node.css(css).getall() if c.strip()]
    if codes:
        return list(dict.fromkeys(codes))
    container = css.split(" ")[0]
    return n.parse_languages(_text(node, container))


def _parse_contact_email(node: Selector, css: str) -> str | None:
    return n.parse_email(node.css(css).get())


def _parse_status_class(node: Selector, css: str) -> str | None:
    return node.css(css).get()


PARSERS: dict[str, Callable[[Selector, str], Any]] = {
    "description": _parse_description,
    "goals": _parse_goals,
    "dutch_level": _parse_dutch_level,
    "start": _parse_start,
    "end": _parse_start,
    "online": _parse_online,
    "lat": _parse_lat,
    "lon": _parse_lat,
    "postcode": _parse_postcode,
    "languages": _parse_languages,
    "contact_email": _parse_contact_email,
    "status_class": _parse_status_class,
}


def extract_fields(node: Selector, selectors: dict[str, str]) -> dict[str, Any]:
    out = {}
    for field, css in selectors.items():
        value = PARSERS.get(field, _text)(node, css)
        if value not in (None, [], ""):
            out[field] = value
    return out


def activity_fields(page: Selector, profile: SiteProfile) -> dict[str, Any]:
    root = page.css(profile.activity_root)
    if not root:
        return {}
    fields = extract_fields(root[0], profile.fields)
    site_id = root[0].attrib.get(profile.activity_id_attr)
    if site_id:
        fields["site_id"] = site_id.strip()
    return fields


def organisation_fields(page: Selector, profile: SiteProfile) -> dict[str, Any]:
    root = page.css(profile.organisation_root)
    if not root:
        return {}
    fields = extract_fields(root[0], profile.organisation_fields)
    if "email" in fields:
        fields["email"] = n.parse_email(fields["email"])
    if "description" in fields:
        fields["description"] = n.html_to_text(root[0].css(profile.organisation_fields["description"]).get())
    if "postcode" in fields:
        fields["postcode"] = n.parse_postcode(fields["postcode"])
    site_id = root[0].attrib.get(profile.organisation_id_attr)
    if site_id:
        fields["site_id"] = site_id.strip()
    return fields
