"""The fresh sets as first scored, listing by listing: could a check on the review marker and the
second reader's "free" head have caught the false "free" the rules made? (session 20)

    .venv/bin/python tests/eval/writing/history.py --from 321 --confirm-from 399 --out /tmp/history.jsonl

Each set is tagged again on the commit that first scored it (the first row of the set in the
first-scoring table of ``tests/eval/README.md``), in that commit's worktree with the second reader
trained there (``measure.worktree``), so nothing a later round learnt from the set leaks in. For
every listing the final cost, the review marker, the free head's probability (on the free-word
vocabulary, whether or not the rules asked for a review) and the rules' free evidence are written
to ``--out``; the summary prints, per threshold, how many false and right "free" a withdrawal of
marked "free" below that probability would have taken, separately for the sets before
``--confirm-from`` (to choose on) and from it (to confirm on). Sets before v321 are refused: the
free head learns from its own population since ``1a767c5``.
"""
from __future__ import annotations

import argparse
import json
import re
from collections import Counter, defaultdict
from pathlib import Path

from measure import EVAL, PYTHON, _run, set_file, worktree

FIRST_FREE_WORD_HEAD = 321
DUMP = """
import json, sys
from enrich.evaluate import load_set
from enrich.tagger import rules_reading, tag_record
from enrich import second_reader as sr
model = sr.reader()
for path in sys.argv[1:]:
    for item in load_set([path]):
        tags, texts, ev = rules_reading(item["record"])
        final = tag_record(item["record"])
        vector = model.vector(sr.reader_text(texts), "free-word")
        print(json.dumps({"id": item["id"], "truth": item["truth"].get("cost"),
                          "final": final["tags"]["cost"],
                          "marker": any(e["rule"].startswith("cost.review") for e in final["evidence"]),
                          "p": model.probability("free", vector) if vector else None,
                          "free_ev": [[e["field"], e["rule"], e["match"]] for e in ev
                                      if e["tag"] == "cost" and e["value"] == "free"]},
                         ensure_ascii=False))
"""
THRESHOLDS = (0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8)


def first_scored(since: int) -> dict[str, list[str]]:
    """commit -> the sets it scored first, from the README's first-scoring rows."""
    first: dict[str, str] = {}
    for line in (EVAL / "README.md").read_text(encoding="utf-8").splitlines():
        m = re.match(r"\| (v(\d+)), .*\(`([0-9a-f]{7})`[^|]*\) \|", line)
        if m and int(m.group(2)) >= since and m.group(1) not in first:
            first[m.group(1)] = m.group(3)
    by_commit: dict[str, list[str]] = defaultdict(list)
    for set_id, commit in first.items():
        by_commit[commit].append(set_id)
    return by_commit


def dump(since: int) -> list[dict]:
    rows = []
    for commit, set_ids in first_scored(since).items():
        out = _run([PYTHON, "-c", DUMP, *(str(set_file(s)) for s in set_ids)], tree=worktree(commit))
        rows += [json.loads(line) for line in out.splitlines()]
    return rows


def summary(rows: list[dict], confirm_from: int) -> None:
    def part(r: dict) -> str:
        return "confirm" if int(r["id"][1:].split("-")[0]) >= confirm_from else "choose"

    def line(label: str, taken: list[dict]) -> None:
        n = Counter((part(r), r["truth"] != "free") for r in taken)
        print(f"{label:24} {n['choose', True]:>14} / {n['choose', False]:<11} "
              f"{n['confirm', True]:>16} / {n['confirm', False]}")

    said_free = [r for r in rows if r["final"] == "free" and r["truth"] is not None]
    marked = [r for r in said_free if r["marker"]]
    print(f"{'':24} {'choose: false / right free':>28} {'confirm: false / right free':>30}")
    line("said free", said_free)
    line("with the review marker", marked)
    for t in THRESHOLDS:
        line(f"marker and p < {t}", [r for r in marked if r["p"] is not None and r["p"] < t])


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--from", dest="since", type=int, default=FIRST_FREE_WORD_HEAD)
    p.add_argument("--confirm-from", type=int, default=399)
    p.add_argument("--out", type=Path)
    a = p.parse_args()
    if a.since < FIRST_FREE_WORD_HEAD:
        p.error(f"the free head has its own population only from v{FIRST_FREE_WORD_HEAD} on")
    rows = dump(a.since)
    if a.out:
        a.out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    summary(rows, a.confirm_from)


if __name__ == "__main__":
    main()
