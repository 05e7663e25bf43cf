"""Two labellings compared (``doemee agreement``): writer against writer, and the tagger on the
labels both writers share."""
import json
from pathlib import Path

import pytest

from enrich.agreement import compare, disagreements, load_pairs, shared_labels
from enrich.evaluate import load_set, score

HARD = Path(__file__).parent / "hard_cases.jsonl"


@pytest.fixture(scope="module")
def first():
    return [item for item in load_set([HARD])][:40]


def _write_second(path: Path, first, change):
    """A second labelling of the first items, each passed through ``change(index, item)``."""
    with open(path, "w", encoding="utf-8") as fh:
        for index, item in enumerate(first):
            raw = {"id": item["id"], "record": _compact(item), "truth": dict(item["truth"])}
            change(index, raw)
            fh.write(json.dumps(raw, ensure_ascii=False) + "\n")
    return path


def _compact(item):
    """The hand-written record shape ``to_record`` fills out (the inverse, enough for a round trip)."""
    r = item["record"]
    loc = r["location"]
    return {"title": r["title"], "description": r["description"], "schedule": r["schedule"],
            "price_text": r["price_text"], "languages": r["languages"], "status": r["status"],
            "dutch_level": r["dutch_level"], "goals": r["goals"], "offers": r["offers"],
            "is_free": r["is_free"],
            "location": {"online": loc["online"], "name": loc["name"], "street": loc["street"],
                         "postcode": loc["postcode"], "locality": loc["locality"]}}


def test_identical_labels_agree_everywhere(first, tmp_path):
    second = _write_second(tmp_path / "same.jsonl", first, lambda i, raw: None)
    pairs, changed = load_pairs([second], [HARD])
    assert changed == [] and len(pairs) == 40
    assert disagreements(pairs) == []
    results = compare(pairs)
    for field in ("cost", "family_friendly", "wheelchair", "dutch_level", "low_threshold"):
        s = results["second"]["fields"][field]
        assert s["accuracy"] == 1.0
    # with nothing split, the shared labels are the first writer's: the same tagger score
    assert results["shared"]["fields"]["cost"] == results["first"]["fields"]["cost"]


def test_a_split_label_is_counted_and_left_out_of_the_shared_score(first, tmp_path):
    flipped = first[3]["id"]

    def flip(index, raw):
        if index == 3:
            raw["truth"]["family_friendly"] = not raw["truth"]["family_friendly"]
            raw["truth"]["cost"] = "paid" if raw["truth"]["cost"] == "free" else "free"
    pairs, _ = load_pairs([_write_second(tmp_path / "flip.jsonl", first, flip)], [HARD])
    split = {(d["id"], d["field"]) for d in disagreements(pairs)}
    assert split == {(flipped, "family_friendly"), (flipped, "cost")}
    shared = shared_labels(*next(p for p in pairs if p[0]["id"] == flipped))
    assert "family_friendly" not in shared["truth"] and "cost" not in shared["truth"]
    assert "wheelchair" in shared["truth"]
    results = compare(pairs)
    assert results["second"]["fields"]["family_friendly"]["correct"] == 39
    assert results["shared"]["fields"]["family_friendly"]["n"] == 39
    # the second writer's "free" where the first has none counts as a false "free"; on the
    # shared labels the split cost is no claim either way
    if first[3]["truth"]["cost"] != "free":
        assert results["second"]["false_free"] == [flipped]


def test_a_split_free_is_no_false_free_on_the_shared_labels(first, tmp_path):
    """The tagger says "free", the first writer too, the second writer "unknown": on the shared
    labels the cost is unlabelled, so the tagger's "free" is neither right nor a false claim."""
    free = next(i for i, item in enumerate(first) if item["truth"]["cost"] == "free"
                and compare([(item, item)])["first"]["values"].get("cost=free", {}).get("tp"))

    def doubt(index, raw):
        if index == free:
            raw["truth"]["cost"] = "unknown"
    pairs, _ = load_pairs([_write_second(tmp_path / "doubt.jsonl", first, doubt)], [HARD])
    results = compare(pairs)
    assert results["second"]["fields"]["cost"]["correct"] == 39
    assert results["shared"]["false_free"] == []
    assert results["shared"]["fields"]["cost"]["n"] == 39


def test_a_changed_record_is_skipped_not_compared(first, tmp_path):
    def retitle(index, raw):
        if index == 0:
            raw["record"]["title"] += " (herwerkt)"
    pairs, changed = load_pairs([_write_second(tmp_path / "edit.jsonl", first, retitle)], [HARD])
    assert changed == [first[0]["id"]] and len(pairs) == 39


def test_tagger_scores_match_the_plain_scorer(first, tmp_path):
    pairs, _ = load_pairs([_write_second(tmp_path / "same.jsonl", first, lambda i, raw: None)],
                          [HARD])
    assert compare(pairs)["first"]["fields"] == score(first)["fields"]


def test_agreement_cli(first, tmp_path, capsys):
    from doemee.cli import main

    def flip(index, raw):
        if index == 5:
            raw["truth"]["low_threshold"] = not raw["truth"]["low_threshold"]
    second = _write_second(tmp_path / "cli.jsonl", first, flip)
    assert main(["agreement", "--second", str(second), "--first", str(HARD), "--list"]) == 0
    out = capsys.readouterr().out
    assert "tweede schrijver tegen eerste / second writer against first" in out
    assert "low_threshold 1" in out
    assert first[5]["id"] in out
