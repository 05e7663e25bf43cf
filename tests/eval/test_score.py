"""The regression gate: the tagger must meet the issue's targets on the labelled set."""
from pathlib import Path

import pytest

from enrich.evaluate import (DEFAULT_SETS, TARGET_FIELDS, format_table, load_set, score,
                             targets_missed)

HERE = Path(__file__).parent


@pytest.fixture(scope="module")
def items():
    return load_set()


@pytest.fixture(scope="module")
def result(items):
    return score(items)


def test_set_size(items):
    hand = [i for i in items if i["part"] != "model"]
    assert len(hand) >= 90
    assert len(items) >= 150 or not DEFAULT_SETS[1].exists()


def test_no_false_free(result):
    assert result["false_free"] == []


def test_targets_met(result):
    assert targets_missed(result) == [], format_table(result)


def test_location_perfect(result):
    for name in ("municipality", "region"):
        assert result["fields"][name]["accuracy"] == 1.0


@pytest.mark.parametrize("part", [p.stem for p in DEFAULT_SETS if p.suffix == ".jsonl"] + ["model"])
def test_targets_per_part(items, part):
    subset = [i for i in items if i["part"] == part]
    if not subset:
        pytest.skip(f"no {part} items")
    res = score(subset)
    assert res["false_free"] == []
    for name in TARGET_FIELDS:
        assert res["fields"][name]["precision"] >= 0.95, (name, format_table(res))


def test_scorer_catches_a_wrong_tagger(items, monkeypatch):
    """The gate can fail: a tagger that calls everything free misses the targets."""
    import enrich.evaluate as ev
    real = ev.predictions

    def always_free(item, region="REFREG02"):
        pred = real(item, region)
        pred["cost"] = "free"
        return pred

    monkeypatch.setattr(ev, "predictions", always_free)
    res = ev.score(items[:60])
    assert res["false_free"] and targets_missed(res)


def test_score_cli_prints_table(capsys):
    from doemee.cli import main
    assert main(["score", "--set", str(HERE / "hard_cases.jsonl")]) == 0
    out = capsys.readouterr().out
    assert "Veld / Field" in out and "Onterecht 'gratis' / false 'free': 0" in out
