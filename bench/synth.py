"""Synthetic catalogues of any size on the offline model, for the benchmarks.

``synth_catalogue(n, seed)`` recombines the model's real records (``sitemodel/data/*.json``):
every synthetic activity is a copy of one real activity (chosen by a seeded generator, so the
kinds, statuses, structured-data variants, prices, schedules and places keep the model's mix)
with

* a new numeric id (``SYNTH_ID_BASE + i``, so ids never collide with the model's 5-digit ones)
  and an organisation from a proportionally sized set of synthetic organisations;
* a description of varied length: the real description, followed by 0–30 *neutral* sentences
  (drawn from the model's own descriptions; a sentence is neutral when the tagger finds no
  tag and no evidence in it alone), so the text grows without changing the tag mix.

Deterministic for a given ``(n, seed)``; records are produced lazily (``iter_activities``), so a
100k catalogue costs a few seconds and no deep copies. ``build_catalogue`` returns the model's
own ``Catalogue`` built without copies; it caches its views, listings and sitemap, so at 10k+
activities the crawl benchmark measures the crawler, not the model server.
"""
from __future__ import annotations

import copy
import json
import random
import re
from datetime import date
from functools import lru_cache
from typing import Any, Iterator

from sitemodel.catalogue import DATA_DIR, Catalogue
from sitemodel.generate import slugify
from sitemodel.text import html_to_text

SYNTH_ID_BASE = 1_000_000          # activity ids 1000000…; organisation ids 500000…
SYNTH_ORG_BASE = 500_000
ACTIVITIES_PER_ORG = 3.4           # the model's ratio (275 activities, 80 organisations)
MAX_EXTRA_SENTENCES = 30
MEAN_EXTRA_SENTENCES = 4.0
DEFAULT_TODAY = date(2026, 11, 26)
_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")


@lru_cache(maxsize=1)
def real_records() -> tuple[list[dict], list[dict]]:
    orgs = json.loads((DATA_DIR / "organisations.json").read_text(encoding="utf-8"))
    acts = json.loads((DATA_DIR / "activities.json").read_text(encoding="utf-8"))
    return orgs, acts


def _is_neutral(sentence: str) -> bool:
    from enrich.tagger import tag_record
    result = tag_record({"id": "neutral", "title": "", "description": sentence,
                         "location": {}, "goals": [], "offers": [], "languages": []})
    tags = result["tags"]
    return (not result["evidence"] and tags["cost"] == "unknown" and not tags["goals"]
            and not tags["family_friendly"] and not tags["low_threshold"]
            and tags["dutch_level"] is None and tags["wheelchair"] is None
            and tags["pnt_fit"] == "unknown" and not tags["uitpas"])


_STATUS_WORDS = re.compile(r"afgelast|geannuleerd|annul|cancel|volzet|volgeboekt|complet|\bfull\b", re.I)


@lru_cache(maxsize=4)
def neutral_sentences(lang: str = "nl") -> tuple[str, ...]:
    """Sentences of the model's descriptions in ``lang`` that carry no tag on their own and
    say nothing about the status (sorted, unique)."""
    _, acts = real_records()
    found = set()
    for act in acts:
        if act["lang"] != lang:
            continue
        for sentence in _SENTENCE.split(html_to_text(act["description_html"])):
            sentence = sentence.strip()
            if 25 <= len(sentence) <= 220 and sentence[-1] in ".!?" and "<" not in sentence \
                    and not _STATUS_WORDS.search(sentence):
                found.add(sentence)
    return tuple(s for s in sorted(found) if _is_neutral(s))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _extra_count(r: random.Random) -> int:
    """0 for about a third of the activities, else a geometric-like tail (mean ≈ 4)."""
    if r.random() < 0.35:
        return 0
    return min(MAX_EXTRA_SENTENCES, 1 + int(r.expovariate(1 / MEAN_EXTRA_SENTENCES)))


def org_count(n_activities: int) -> int:
    return max(1, round(n_activities / ACTIVITIES_PER_ORG))


def iter_organisations(n_activities: int, seed: int = 0) -> Iterator[dict[str, Any]]:
    real_orgs, _ = real_records()
    r = random.Random(f"orgs:{seed}")
    for i in range(org_count(n_activities)):
        base = real_orgs[r.randrange(len(real_orgs))]
        org = dict(base)
        org["id"] = str(SYNTH_ORG_BASE + i)
        org["name"] = f"{base['name']} {i + 1}"
        org["slug"] = slugify(org["name"])
        yield org


def iter_activities(n: int, seed: int = 0) -> Iterator[dict[str, Any]]:
    """``n`` synthetic activity records (new dicts; nested values shared with the model's
    records are never mutated by the model server, which only reads them)."""
    _, real = real_records()
    pools = {lang: neutral_sentences(lang) or neutral_sentences("nl") for lang in ("nl", "en", "fr")}
    n_orgs = org_count(n)
    r = random.Random(f"acts:{seed}")
    for i in range(n):
        base = real[r.randrange(len(real))]
        rec = dict(base)
        rec["id"] = str(SYNTH_ID_BASE + i)
        rec["org_id"] = str(SYNTH_ORG_BASE + r.randrange(n_orgs))
        k = _extra_count(r)
        pool = pools.get(base["lang"]) or pools["nl"]
        if k and pool:
            extra = " ".join(_escape(pool[r.randrange(len(pool))]) for _ in range(k))
            html = base["description_html"]
            rec["description_html"] = (html + f"\n<p>{extra}</p>" if html.lstrip().startswith("<p")
                                       else html + "<br>\n" + extra)
        yield rec


def synth_catalogue(n: int, seed: int = 0) -> tuple[list[dict], list[dict]]:
    """(organisations, activities) lists, as ``Catalogue(orgs, activities, today)`` takes them."""
    return list(iter_organisations(n, seed)), list(iter_activities(n, seed))


def build_catalogue(n: int, seed: int = 0, today: date = DEFAULT_TODAY,
                    fast: bool = True) -> Catalogue:
    """``fast``: the records are fresh dicts, so the model may use them without deep copies
    (its views, listings and sitemap are cached until a mutation either way)."""
    orgs, acts = synth_catalogue(n, seed)
    if fast:
        return Catalogue(orgs, acts, today, copy=False)
    return Catalogue(copy.deepcopy(orgs), acts, today)


def description_lengths(activities: list[dict]) -> list[int]:
    return [len(html_to_text(a["description_html"])) for a in activities]
