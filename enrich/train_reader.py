"""Train the second reader (``enrich.second_reader``) on the labelled development sets.

    pip install -e '.[train]'          # scikit-learn, needed only here
    python -m enrich.train_reader      # writes data/second_reader/ (make install does it when
                                       # the sets change; make reader forces it)

It learns from every labelled blind set and the hand cases, except the sets held out for
measuring (``tests/eval/held_out.txt``): a set that trained the reader can no longer measure it.
Training is deterministic; the same sets and settings write the same files.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import re
from pathlib import Path
from typing import Any

from enrich.evaluate import EVAL_DIR, load_set, truth_of
from enrich.second_reader import HEAD, HEADS, MODEL_DIR, reader_text
from enrich.tagger import record_texts

HELD_OUT_FILE = EVAL_DIR / "held_out.txt"
# chosen once (session 9) on the development sets and v161-v172; see tests/eval/README.md
# (min_ngrams: a listing of a line or two — fewer known n-grams than any withdrawal on those
# sets — is left to the rules)
SETTINGS = {"ngram_range": [1, 2], "min_df": 2, "C": 8.0, "threshold": 0.1, "min_ngrams": 20}


def held_out() -> set[str]:
    lines = HELD_OUT_FILE.read_text(encoding="utf-8").splitlines()
    return {line.split("#")[0].strip() for line in lines if line.split("#")[0].strip()}


def training_sets() -> list[Path]:
    def number(path: Path) -> int:
        found = re.search(r"_v(\d+)\.jsonl$", path.name)
        return int(found.group(1)) if found else 1
    blind = sorted(EVAL_DIR.glob("blind_set*.jsonl"), key=number)
    kept_out = held_out()
    return [EVAL_DIR / "hard_cases.jsonl"] + [p for p in blind if p.name not in kept_out]


def training_digest(paths: list[Path]) -> str:
    """A hash of the training files' names and contents: a relabelled set changes it too."""
    h = hashlib.sha256()
    for path in paths:
        h.update(path.name.encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


def label(head: str, truth: dict[str, Any]) -> bool:
    """A listing's yes for ``head`` (a core facet left unlabelled is silent: no)."""
    h = HEAD[head]
    return truth.get(h.tag) == h.yes


def examples(paths: list[Path]) -> tuple[list[str], dict[str, list[bool]]]:
    """Each listing's text and its labels."""
    texts, labels = [], {h: [] for h in HEADS}
    for item in load_set(paths):
        texts.append(reader_text(record_texts(item["record"])))
        truth = truth_of(item)
        for head in HEADS:
            labels[head].append(label(head, truth))
    return texts, labels


def train(texts: list[str], labels: dict[str, list[bool]], settings: dict[str, Any]):
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = TfidfVectorizer(ngram_range=tuple(settings["ngram_range"]),
                                 min_df=settings["min_df"], sublinear_tf=True)
    matrix = vectorizer.fit_transform(texts)
    models = {head: LogisticRegression(C=settings["C"], max_iter=5000).fit(matrix, labels[head])
              for head in HEADS}
    return vectorizer, models


def export(vectorizer, models: dict, directory: Path, meta: dict[str, Any]) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    grams = sorted(vectorizer.vocabulary_.items())
    with open(directory / "features.tsv", "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\t".join(("ngram", "idf", *HEADS)) + "\n")
        for gram, column in grams:
            numbers = [vectorizer.idf_[column]] + [models[h].coef_[0][column] for h in HEADS]
            fh.write(gram + "\t" + "\t".join(f"{x:.7g}" for x in numbers) + "\n")
    meta = {**meta, "heads": list(HEADS), "features": len(grams),
            "intercepts": {h: float(models[h].intercept_[0]) for h in HEADS}}
    (directory / "model.json").write_text(json.dumps(meta, indent=1, ensure_ascii=False) + "\n",
                                          encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=MODEL_DIR)
    args = parser.parse_args(argv)
    import sklearn

    paths = training_sets()
    texts, labels = examples(paths)
    vectorizer, models = train(texts, labels, SETTINGS)
    meta = {**SETTINGS, "trained_on": [p.name for p in paths], "training_digest": training_digest(paths),
            "listings": len(texts),
            "positives": {h: sum(labels[h]) for h in HEADS}, "scikit_learn": sklearn.__version__}
    export(vectorizer, models, args.out, meta)
    print(f"{len(texts)} listings from {len(paths)} sets → {args.out} "
          f"({len(vectorizer.vocabulary_)} n-grams)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
