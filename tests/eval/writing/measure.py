"""The fresh-set measure of issue 3, as commands, so that it does not live in anyone's /tmp.

    .venv/bin/python tests/eval/writing/measure.py brief v267 "a CLB worker's list for newcomer families"
    .venv/bin/python tests/eval/writing/measure.py arrived v267          # on arrival
    .venv/bin/python tests/eval/writing/measure.py score v267 v268 --at WORK --at 92e0ea8
    .venv/bin/python tests/eval/writing/measure.py second v267           # a second, independent labelling
    .venv/bin/python tests/eval/writing/measure.py second-done v267      # copy it into second_labels/

``brief`` holds the set out in ``held_out.txt`` before it exists (marked ``# being written``, so
the test that every held-out file exists skips it until ``arrived`` drops the mark), writes
``/tmp/<set>/PROMPT.md`` (from ``brief_writer.md``) and a copy of ``CONVENTIONS.md`` beside it;
a helper that never sees ``enrich/`` or ``tests/`` is then told:
"Your whole task is described in /tmp/<set>/PROMPT.md. Read it first and follow it exactly
(including the list of files you must never read and the commands you must never run). Work only
in /tmp/<set>/ apart from the two output files it names."  ``second`` does the same for a second
labeller in ``/tmp/r<set>/`` with the records only.

``score`` tags the sets at each commit named (a git worktree per commit under
``/tmp/doemee-at/``, its second reader trained there on that commit's development sets) and prints,
per set and commit, whether every target of issue 3 is met, the false "free" ids and the missed
targets — the "first scoring" recorded in ``tests/eval/README.md``. Nothing here reads the sets'
errors beyond their ids: reading them is what makes a set development material.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
EVAL = ROOT / "tests" / "eval"
HELD_OUT = EVAL / "held_out.txt"
WORKTREES = Path(os.environ.get("DOEMEE_WORKTREES", "/tmp/doemee-at"))
PYTHON = sys.executable            # the project's environment: run this with .venv/bin/python
SCORE_ONE = """
import json, sys
from enrich.evaluate import TARGET_FIELDS, load_set, score, targets_missed
for path in sys.argv[1:]:
    r = score(load_set([path]))
    print(json.dumps({"set": path, "items": r["items"], "missed": targets_missed(r),
                      "false_free": list(r["false_free"]),
                      "pr": {f: (r["fields"][f]["precision"], r["fields"][f]["recall"])
                             for f in TARGET_FIELDS}}))
"""
TARGET_P, TARGET_R = 0.95, 0.90


def _figure(x: float | None) -> str:
    """Two decimals, three where two would round a miss up to the target (0.946, not 0.95)."""
    if x is None:
        return "-"
    return f"{x:.3f}" if any(x < t <= round(x, 2) for t in (TARGET_P, TARGET_R)) else f"{x:.2f}"


def readme_row(name: str, label: str, r: dict) -> str:
    """One row of tests/eval/README.md's first-scoring table; bold where the target is met."""
    cells = []
    for p, rec in r["pr"].values():
        cell = f"{_figure(p)} / {_figure(rec)}"
        met = (p is None or p >= TARGET_P) and (rec is None or rec >= TARGET_R)
        cells.append(f"**{cell}**" if met else cell)
    ff = len(r["false_free"])
    return f"| {name}, {label} | " + " | ".join(cells) + f" | {'**0**' if ff == 0 else ff} |"


def set_file(set_id: str) -> Path:
    return EVAL / f"blind_set_{set_id}.jsonl"


BEING_WRITTEN = "  # being written"      # read by enrich.train_reader.being_written()


def _hold_out(name: str, mark: str = "") -> None:
    """``name`` held out once, with ``mark`` after it (a line for it is replaced, not repeated)."""
    lines = [line for line in HELD_OUT.read_text(encoding="utf-8").splitlines()
             if line.split("#")[0].strip() != name]
    HELD_OUT.write_text("\n".join(lines + [name + mark]) + "\n", encoding="utf-8")


def brief(set_id: str, persona: str) -> Path:
    # held out before it exists: nothing may train on or tune to a set while it is written
    _hold_out(set_file(set_id).name, BEING_WRITTEN)
    work = Path("/tmp") / set_id
    (work / "parts").mkdir(parents=True, exist_ok=True)
    shutil.copy(HERE / "CONVENTIONS.md", work / "CONVENTIONS.md")
    text = (HERE / "brief_writer.md").read_text(encoding="utf-8").format(
        set_id=set_id, set_id_upper=set_id.upper(), persona=persona)
    (work / "PROMPT.md").write_text(text, encoding="utf-8")
    return work / "PROMPT.md"


def second(set_id: str) -> Path:
    work = Path("/tmp") / f"r{set_id}"
    work.mkdir(parents=True, exist_ok=True)
    shutil.copy(HERE / "CONVENTIONS.md", work / "CONVENTIONS.md")
    lines = [json.loads(line) for line in set_file(set_id).read_text(encoding="utf-8").splitlines()
             if line.strip()]
    with open(work / "records.jsonl", "w", encoding="utf-8") as fh:
        for item in lines:
            fh.write(json.dumps({"id": item["id"], "record": item["record"]},
                                ensure_ascii=False) + "\n")
    text = (HERE / "brief_second.md").read_text(encoding="utf-8").format(
        set_id=set_id, count=len(lines))
    (work / "PROMPT.md").write_text(text, encoding="utf-8")
    return work / "PROMPT.md"


def second_done(set_id: str) -> None:
    work = Path("/tmp") / f"r{set_id}"
    shutil.copy(work / "labels.jsonl", EVAL / "second_labels" / f"{set_id}.jsonl")
    shutil.copy(work / "LABELLING.md", EVAL / "second_labels" / f"{set_id.upper()}.md")


def arrived(set_id: str) -> None:
    """A written set stays held out, now without its "being written" mark (so the test that
    every held-out file exists checks it); a set briefed elsewhere is held out here."""
    name = set_file(set_id).name
    if not set_file(set_id).exists():
        sys.exit(f"{name} does not exist")
    _hold_out(name)


def _run(args: list[str], tree: Path | None = None, **kwargs) -> str:
    """A command whose failure shows its own error output."""
    # each tree reads and trains its own model and imports its own code (never the caller's
    # DOEMEE_SECOND_READER, never another tree's)
    env = {k: v for k, v in os.environ.items() if k not in ("DOEMEE_SECOND_READER", "PYTHONPATH")}
    if tree is not None:
        env["PYTHONPATH"] = str(tree)
    done = subprocess.run(args, capture_output=True, text=True, env=env, cwd=tree, **kwargs)
    if done.returncode:
        sys.exit(f"{' '.join(args[:4])} … failed:\n{done.stderr}")
    return done.stdout


def worktree(ref: str) -> Path:
    """A checkout of ``ref`` with its own second reader, trained there on that commit's sets.
    WORK is the working tree as it is, with whatever model it has (retrain it after changing
    the rules' text handling: ``python -m enrich.train_reader``)."""
    if ref == "WORK":
        return ROOT
    sha = _run(["git", "-C", str(ROOT), "rev-parse", "--short=7", ref]).strip()
    path = WORKTREES / sha
    if not path.exists():
        _run(["git", "-C", str(ROOT), "worktree", "prune"])     # one wiped with /tmp
        _run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(path), sha])
    if not (path / "data" / "second_reader" / "model.json").exists():
        _run([PYTHON, "-m", "enrich.train_reader"], tree=path)
    return path


def score(set_ids: list[str], refs: list[str], rows: bool = False) -> None:
    for ref in refs:
        tree = worktree(ref)
        out = _run([PYTHON, "-c", SCORE_ONE, *(str(set_file(s)) for s in set_ids)], tree=tree)
        for line in out.splitlines():
            r = json.loads(line)
            name = Path(r["set"]).stem.replace("blind_set_", "")
            if rows:
                print(readme_row(name, f"(`{ref}`)", r))
                continue
            verdict = "meets every target" if not r["missed"] else "; ".join(r["missed"])
            print(f"{ref:<10} {name:<6} {r['items']:>4}  {verdict}"
                  + (f"  [false free: {', '.join(r['false_free'])}]" if r["false_free"] else ""))


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = p.add_subparsers(dest="cmd", required=True)
    b = sub.add_parser("brief")
    b.add_argument("set_id")
    b.add_argument("persona")
    for name in ("arrived", "second", "second-done"):
        sub.add_parser(name).add_argument("set_id")
    s = sub.add_parser("score")
    s.add_argument("set_ids", nargs="+")
    s.add_argument("--at", action="append", default=[], help="a commit, or WORK for the working tree as it is")
    s.add_argument("--rows", action="store_true", help="print tests/eval/README.md table rows")
    a = p.parse_args()
    if a.cmd == "brief":
        print(brief(a.set_id, a.persona))
    elif a.cmd == "second":
        print(second(a.set_id))
    elif a.cmd == "second-done":
        second_done(a.set_id)
    elif a.cmd == "arrived":
        arrived(a.set_id)
    else:
        score(a.set_ids, a.at or ["WORK"], a.rows)


if __name__ == "__main__":
    main()
