"""Two labellings of the same listings compared: how often do two writers agree, and how does
the tagger score on the labels they share?

A target the tagger misses on one writer's labels may be a split between writers rather than a
tagger error. ``doemee agreement`` reads a second, independent labelling (a second writer who
never saw the first one's labels, ``tests/eval/second_labels/``) beside the first and scores,
on the items both hold:

* the second writer against the first — what a careful human reaches under the same written
  conventions, the ceiling any tagger is measured against;
* the tagger against the first writer, and against the second;
* the tagger on the labels both writers share: a field the two label differently is left out
  of that item's score, so what remains are the tagger's own errors.
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any, Iterable

from enrich.evaluate import (EVAL_DIR, FIELDS, TRUTH_KEY_FIELDS, comparable, format_rows, load_set,
                             predictions, score, truth_of)
from enrich.tagger import DEFAULT_REGION

SECOND_LABELS_DIR = EVAL_DIR / "second_labels"

COMPARISONS = (
    ("second", "tweede schrijver tegen eerste / second writer against first"),
    ("first", "tagger tegen eerste schrijver / tagger against first writer"),
    ("other", "tagger tegen tweede schrijver / tagger against second writer"),
    ("shared", "tagger op gedeelde labels / tagger on the labels both share"),
)


def pair_items(first: list[dict[str, Any]], second: list[dict[str, Any]]):
    """The items both labellings hold, as (first, second) pairs, and the ids whose records
    differ between the two files (a second labelling of another text says nothing)."""
    by_id = {item["id"]: item for item in second}
    pairs, changed = [], []
    for item in first:
        other = by_id.get(item["id"])
        if other is None:
            continue
        if other["record"] != item["record"]:
            changed.append(item["id"])
            continue
        pairs.append((item, other))
    return pairs, changed


def shared_labels(first: dict[str, Any], second: dict[str, Any]) -> dict[str, Any]:
    """The first item with only the labels the second writer gives the same value."""
    truth = {key: value for key, value in first["truth"].items()
             if key in second["truth"] and comparable(TRUTH_KEY_FIELDS.get(key, key), value)
             == comparable(TRUTH_KEY_FIELDS.get(key, key), second["truth"][key])}
    return {**first, "truth": truth}


def disagreements(pairs) -> list[dict[str, Any]]:
    """Every field the two writers label differently, item by item."""
    out = []
    for first, second in pairs:
        a, b = truth_of(first), truth_of(second)
        for field in FIELDS:
            if field in a and field in b and comparable(field, a[field]) != comparable(field, b[field]):
                out.append({"id": first["id"], "field": field, "first": a[field],
                            "second": b[field]})
    return out


def tag_pairs(pairs, region: str = DEFAULT_REGION) -> dict[str, dict[str, Any]]:
    """The tagger's predictions per item id (both labellings share the record)."""
    return {first["id"]: predictions(first, region) for first, _ in pairs}


def compare(pairs, region: str = DEFAULT_REGION,
            tagged: dict[str, dict[str, Any]] | None = None) -> dict[str, dict[str, Any]]:
    """The four scores of the module docstring, keyed as in ``COMPARISONS``; ``tagged`` (from
    ``tag_pairs``) lets a caller that compares several subsets tag each item only once."""
    firsts = [first for first, _ in pairs]
    seconds = {first["id"]: second for first, second in pairs}
    tagged = tagged if tagged is not None else tag_pairs(pairs, region)
    by_tagger = lambda item: tagged[item["id"]]                          # noqa: E731
    return {
        "second": score(firsts, predict=lambda item: truth_of(seconds[item["id"]])),
        "first": score(firsts, predict=by_tagger),
        "other": score(list(seconds.values()), predict=by_tagger),
        "shared": score([shared_labels(first, second) for first, second in pairs],
                        predict=by_tagger),
    }


def format_agreement(results: dict[str, dict[str, Any]], pairs) -> str:
    lines = [f"Items met twee labelingen / items labelled twice: {len(pairs)}", ""]
    lines.append(format_rows([(label, results[key]) for key, label in COMPARISONS], width=62,
                             label="Vergelijking / comparison"))
    split = Counter(d["field"] for d in disagreements(pairs))
    lines.append("")
    lines.append("Oneens per veld / writers disagree, per field: " + ", ".join(
        f"{field} {split[field]}" for field in FIELDS if split[field]) if split else
        "De schrijvers zijn het overal eens / the writers agree on every field")
    return "\n".join(lines)


def load_pairs(second: Iterable[str | Path] | None = None, first: Iterable[str | Path] | None = None):
    """Second labels (default: every file in ``tests/eval/second_labels/``) joined by id to the
    first writers' sets (default: every set in ``tests/eval/``)."""
    return pair_items(load_set(first or [EVAL_DIR]), load_set(second or [SECOND_LABELS_DIR]))


def parts_of(pairs) -> dict[str, list]:
    """The pairs grouped by the first writer's set, in file order."""
    parts: dict[str, list] = {}
    for first, second in pairs:
        parts.setdefault(first["part"], []).append((first, second))
    return parts

