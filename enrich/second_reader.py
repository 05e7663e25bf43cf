"""The second reader: a statistical check on the two tags whose rules read the most context.

The rules decide every tag and name the words behind it. For ``family_friendly`` and
``low_threshold`` the same words serve opposite readings — children as the participants or as
the public a volunteer serves, the topic of a parents' talk, the ones minded while the adults
take part; "iedereen welkom" at a drop-in or in a club's recruiting call — and rule rounds on
fresh text kept finding new ways to write them (``tests/eval/README.md``). So a second reader,
trained on the labelled development sets (``enrich.train_reader``), reads the whole listing:
when the rules say yes and the listing, on the whole, reads like the ones the labels call "no"
(probability below the threshold), the tag is withdrawn, with evidence naming the words that
weighed most against it. It never adds a tag: every yes still comes from a rule.

The model is a bag of word n-grams (TF-IDF) with one logistic regression per tag, stored as
data in ``data/second_reader/`` (``model.json``: settings, training sets, intercepts;
``features.tsv``: n-gram, idf, one weight per tag). Scoring is done here, in plain Python, the
way scikit-learn's ``TfidfVectorizer`` and ``LogisticRegression`` do it (a test checks that);
scikit-learn is needed only to train.
"""
from __future__ import annotations

import json
import math
import os
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from enrich.engine import evidence

MODEL_DIR = Path(os.environ.get(
    "DOEMEE_SECOND_READER", Path(__file__).resolve().parent.parent / "data" / "second_reader"))
HEADS = ("family_friendly", "low_threshold")
RULE_IDS = {"family_friendly": "family.second-reader", "low_threshold": "low_threshold.second-reader"}
# The yes the reader may review: one resting only on the weakest evidence. For family, a bare
# family word alone ("gezinnen", "kleuterklas", "tieners" — right 74 times and wrong 18 on
# session 8's fresh sets), not a welcome, "samen met je kind", children joining, ages or a
# structured child price; for low threshold, anything but the provider's own "laagdrempelig".
REVIEWABLE = {"family_friendly": {"family.words"},
              "low_threshold": {"low.walk-in", "low.open-door", "low.no-registration",
                                "low.everyone-welcome"}}
_TOKEN = re.compile(r"(?u)\b\w\w+\b")      # scikit-learn's default token pattern
_REASONS = 3


def reader_text(texts: dict[str, tuple[str, str]]) -> str:
    """The listing as the reader sees it: every text field, folded, in the tagger's order."""
    return " \n ".join(folded for _, folded in texts.values())


def ngram_counts(text: str, ngram_max: int) -> Counter:
    tokens = _TOKEN.findall(text.lower())
    counts = Counter(tokens)
    for n in range(2, ngram_max + 1):
        counts.update(" ".join(tokens[i:i + n]) for i in range(len(tokens) - n + 1))
    return counts


@dataclass(frozen=True)
class Reader:
    heads: tuple[str, ...]
    intercepts: tuple[float, ...]
    features: dict[str, tuple[float, ...]]     # n-gram -> (idf, weight per head)
    ngram_max: int
    threshold: float
    min_ngrams: int         # below this many known n-grams, too little text to judge

    def vector(self, text: str) -> dict[str, float]:
        """TF-IDF with sublinear tf, L2-normalised over the known n-grams."""
        weighted = {g: (1.0 + math.log(c)) * self.features[g][0]
                    for g, c in ngram_counts(text, self.ngram_max).items() if g in self.features}
        norm = math.sqrt(sum(v * v for v in weighted.values())) or 1.0
        return {g: v / norm for g, v in weighted.items()}

    def probability(self, head: str, vector: dict[str, float]) -> float:
        i = self.heads.index(head)
        z = self.intercepts[i] + sum(v * self.features[g][1 + i] for g, v in vector.items())
        return 1.0 / (1.0 + math.exp(-z))

    def reasons(self, head: str, vector: dict[str, float]) -> list[str]:
        """The n-grams that weigh most against the tag in this listing."""
        i = self.heads.index(head)
        against = sorted((v * self.features[g][1 + i], g) for g, v in vector.items())
        return [g for w, g in against[:_REASONS] if w < 0]


def load(directory: Path = MODEL_DIR) -> Reader:
    meta = json.loads((directory / "model.json").read_text(encoding="utf-8"))
    features = {}
    with open(directory / "features.tsv", encoding="utf-8") as fh:
        next(fh)                                    # header
        for line in fh:
            gram, *numbers = line.rstrip("\n").split("\t")
            features[gram] = tuple(float(x) for x in numbers)
    heads = tuple(meta["heads"])
    return Reader(heads=heads, intercepts=tuple(meta["intercepts"][h] for h in heads),
                  features=features, ngram_max=meta["ngram_range"][1], threshold=meta["threshold"],
                  min_ngrams=meta["min_ngrams"])


@lru_cache(maxsize=1)
def reader() -> Reader:
    return load()


def model_files() -> list[Path]:
    """The files whose content is part of ``rules_version`` (a new model re-tags everything)."""
    return [MODEL_DIR / "model.json", MODEL_DIR / "features.tsv"]


def _reviewable(head: str, ev: list[dict[str, Any]]) -> bool:
    grounds = {e["rule"] for e in ev if e["tag"] == head and e["value"] is True}
    return bool(grounds) and grounds <= REVIEWABLE[head]


def review(tags: dict[str, Any], texts: dict[str, tuple[str, str]],
           ev: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Withdraw a weakly grounded yes (``REVIEWABLE``) the listing as a whole reads against;
    returns the evidence of each withdrawal (``tags`` is changed in place)."""
    heads = [h for h in HEADS if tags.get(h) is True and _reviewable(h, ev)]
    if not heads:
        return []
    model = reader()
    vector = model.vector(reader_text(texts))
    if len(vector) < model.min_ngrams:       # a one-line listing: the rules' reading stands
        return []
    withdrawn = []
    for head in heads:
        p = model.probability(head, vector)
        if p < model.threshold:
            tags[head] = False
            withdrawn.append(evidence(head, False, field=None, rule=RULE_IDS[head],
                                      match=f"leest als nee / reads as no (p={p:.2f}): "
                                      + " · ".join(model.reasons(head, vector))))
    return withdrawn
