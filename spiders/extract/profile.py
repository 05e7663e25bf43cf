"""Layer 2: the site profile's selectors (``spiders/site_profile.py``) on the visible markup.

The profile's CSS selectors are compiled once (``spiders/extract/selectors.py``) and run on
the page's lxml tree: one walk over the activity (or organisation) element evaluates all of
them. One ``_parse_<field>`` per field that needs more than "the element's text"; each gets
the field's matches in document order (elements, or strings for ``::attr()`` selectors).
"""
from __future__ import annotations

from typing import Any, Callable, Iterable

from lxml import etree

from spiders.extract import normalise as n
from spiders.extract.selectors import CompiledSelector, SelectorSet
from spiders.site_profile import GOALS, SiteProfile

Matches = list[Any]
# The languages field falls back on the text of its selector's container (the first compound).
_CONTAINER = "{}:container"


def _string(value: Any) -> str | None:
    """What ``SelectorList.get()`` gives for one match: the string, or an element's HTML."""
    if value is None or isinstance(value, str):
        return value
    return etree.tostring(value, method="html", encoding="unicode", with_tail=False)


def _first(matches: Matches) -> str | None:
    return _string(matches[0]) if matches else None


def _text(matches: Matches, found: dict[str, Matches] | None = None) -> str | None:
    """Text of the first match; for ``::attr()`` selectors the attribute as it stands."""
    if not matches:
        return None
    first = matches[0]
    if isinstance(first, str):
        return first
    if not len(first):          # no child elements: its own text is all of it
        return n.clean_text(first.text)
    return n.clean_text(" ".join(first.itertext()) or None)


def _parse_description(matches: Matches, found) -> str | None:
    return n.html_to_text(matches[0]) if matches else None


def _parse_goals(matches: Matches, found) -> list[str]:
    return [g for g in (_string(s).strip().lower() for s in matches) if g in GOALS]


def _parse_dutch_level(matches: Matches, found) -> int | None:
    return n.parse_int(_first(matches), 1, 4)


def _parse_start(matches: Matches, found) -> str | None:
    return n.parse_datetime(_first(matches))


def _parse_online(matches: Matches, found) -> bool | None:
    return True if matches else None


def _parse_lat(matches: Matches, found) -> float | None:
    return n.parse_float(_first(matches))


def _parse_postcode(matches: Matches, found) -> str | None:
    return n.parse_postcode(_text(matches))


def _parse_languages(matches: Matches, found) -> list[str]:
    """Language codes when the markup carries them, else the names as written."""
    codes = [c.strip().lower() for c in map(_string, matches) if c.strip()]
    if codes:
        return list(dict.fromkeys(codes))
    return n.parse_languages(_text(found.get(_CONTAINER.format("languages"), [])))


def _parse_contact_email(matches: Matches, found) -> str | None:
    return n.parse_email(_first(matches))


def _parse_status_class(matches: Matches, found) -> str | None:
    return _first(matches)


PARSERS: dict[str, Callable[[Matches, dict[str, Matches]], Any]] = {
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


def _selector_set(fields: dict[str, str]) -> SelectorSet:
    selectors = dict(fields)
    if fields.get("languages"):
        selectors[_CONTAINER.format("languages")] = fields["languages"].split(" ")[0]
    return SelectorSet(selectors)


class CompiledProfile:
    """A site profile's selectors, compiled once."""

    def __init__(self, profile: SiteProfile):
        self.profile = profile
        self.activity_root = (CompiledSelector(profile.activity_root)
                              if profile.activity_root else None)
        self.activity = _selector_set(profile.fields)
        self.organisation_root = (CompiledSelector(profile.organisation_root)
                                  if profile.organisation_root else None)
        self.organisation = _selector_set(profile.organisation_fields)
        self._activity_without: dict[frozenset[str], SelectorSet] = {}

    def activity_without(self, skip: Iterable[str]) -> SelectorSet:
        """The activity selectors but those of the fields ``skip`` (not even matched). Pages
        with structured data skip the same few sets of fields, so these stay few."""
        key = frozenset(skip).intersection(self.activity.compiled)
        if not key:
            return self.activity
        found = self._activity_without.get(key)
        if found is None:
            if len(self._activity_without) > 256:
                self._activity_without.clear()
            found = self._activity_without[key] = _selector_set(
                {f: css for f, css in self.profile.fields.items() if f not in key})
        return found


_COMPILED: dict[int, CompiledProfile] = {}


def compiled(profile: SiteProfile) -> CompiledProfile:
    """The compiled form of ``profile`` (cached; profiles are frozen)."""
    entry = _COMPILED.get(id(profile))
    if entry is None or entry.profile is not profile:
        entry = _COMPILED[id(profile)] = CompiledProfile(profile)
    return entry


def _root(page) -> Any:
    """The lxml element of a page: a parsel/Scrapy Selector's root, or the element itself."""
    return getattr(page, "root", page)


def extract_fields(context, selectors: SelectorSet, skip: Iterable[str] = ()) -> dict[str, Any]:
    """The fields (but those in ``skip``) that the selectors find relative to ``context``."""
    found = selectors.run(context)
    out = {}
    for field in selectors.compiled:
        if field.endswith(":container") or field in skip:
            continue
        value = PARSERS.get(field, _text)(found[field], found)
        if value not in (None, [], ""):
            out[field] = value
    return out


def activity_fields(page, profile: SiteProfile, skip: Iterable[str] = ()) -> dict[str, Any]:
    """The visible fields of an activity page ({} when it has no activity markup); fields in
    ``skip`` are not parsed."""
    c = compiled(profile)
    if c.activity_root is None:
        return {}
    root = c.activity_root.first(_root(page))
    if root is None or isinstance(root, str):
        return {}
    fields = extract_fields(root, c.activity_without(skip))
    site_id = root.get(profile.activity_id_attr)
    if site_id:
        fields["site_id"] = site_id.strip()
    return fields


def organisation_fields(page, profile: SiteProfile) -> dict[str, Any]:
    c = compiled(profile)
    if c.organisation_root is None:
        return {}
    root = c.organisation_root.first(_root(page))
    if root is None or isinstance(root, str):
        return {}
    fields = extract_fields(root, c.organisation)
    if "email" in fields:
        fields["email"] = n.parse_email(fields["email"])
    if "postcode" in fields:
        fields["postcode"] = n.parse_postcode(fields["postcode"])
    site_id = root.get(profile.organisation_id_attr)
    if site_id:
        fields["site_id"] = site_id.strip()
    return fields
