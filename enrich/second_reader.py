"""The second reader: a statistical check on the tags whose rules read the most context.

The rules decide every tag and name the words behind it. For ``family_friendly`` and
``low_threshold`` the same words serve opposite readings — children as the participants or as
the public a volunteer serves, the topic of a parents' talk, the ones minded while the adults
take part; "iedereen welkom" at a drop-in or in a club's recruiting call — and rule rounds on
fresh text kept finding new ways to write them (``tests/eval/README.md``). The same holds for
cost "free": ten sessions of rounds fixed each false "free" they were written for, while fresh
text kept bringing new ones at the same rate (a free thing beside a price of its own, a cost
"zelf te betalen" further on). So a second reader, trained on the labelled development sets
(``enrich.train_reader``), reads the whole listing: when the rules say yes (or "free") and the
listing, on the whole, reads like the ones the labels call "no" (probability below the
threshold), the tag is withdrawn — a yes becomes no, a "free" becomes "unknown" — with evidence
naming the words that weighed most against it. It never adds a tag: every yes still comes from
a rule.

The model is a bag of word n-grams (TF-IDF) with one logistic regression per tag, each learnt
from its own population of listings (``POPULATION``: "free" only from listings with a free word),
written to ``data/second_reader/`` (``model.json``: settings, training sets, intercepts and
thresholds per tag; ``features.tsv``, ``features-free-word.tsv``: per population n-gram, idf, one
weight per tag). It is derived data, not kept in git: ``make install`` trains it from the
labelled sets in ``tests/eval/`` and the rules' reading of them whenever either changes
(deterministic — the same sets, rules and settings write the same bytes). Scoring is done here, in plain Python, the way
scikit-learn's ``TfidfVectorizer`` and ``LogisticRegression`` do it (a test checks that);
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
HEADS = ("family_friendly", "low_threshold", "free")


@dataclass(frozen=True)
class Head:
    tag: str            # the tag the head reviews
    yes: Any            # the value it may withdraw
    withdrawn: Any      # the value left in its place
    rule: str           # the rule id of a withdrawal's evidence
    zeroed: tuple[str, ...] = ()    # tags whose 0 stood for the yes: None once it is withdrawn


HEAD = {"family_friendly": Head("family_friendly", True, False, "family.second-reader"),
        "low_threshold": Head("low_threshold", True, False, "low_threshold.second-reader"),
        # "free" doubted is not "paid": the listing then says nothing we trust about its price
        "free": Head("cost", "free", "unknown", "cost.second-reader", zeroed=("price_min_eur",))}
# The yes the reader may review: one resting only on the weakest evidence. For family, a bare
# family word alone ("gezinnen", "kleuterklas", "tieners" — right 74 times and wrong 18 on
# session 8's fresh sets), not a welcome, "samen met je kind", children joining, ages or a
# structured child price; for low threshold, anything but the provider's own "laagdrempelig".
# For "free", a "gratis" or "geen inkom" in the running text — not the site's structured data,
# not the price field, not a price label or amount of nothing ("Prijs: gratis", "€ 0,00"):
# those state the price itself. Chosen on session 8's rules over v173-v214 with a reader
# trained only on the sets before v173: the reader doubted 11 "free" on such grounds, all
# rightly free, while on the weaker grounds left it withdrew 6 of the 24 false "free" (three
# "Geen inschrijvingsgeld" before a price of € 10) and 1 of 2,373 right ones.
_ZERO_AMOUNT = re.compile(r"^(?:€|eur|euro)?\s?0(?:[.,]00?)?\s?(?:€|eur|euro)?$")
_PRICE_STATED = ("cost.struct.", "cost.free-nil", "cost.free-price-field", "cost.free-everyone")


def _weak_free(e: dict[str, Any]) -> bool:
    return (e["field"] != "price_text" and not e["rule"].startswith(_PRICE_STATED)
            and not _ZERO_AMOUNT.match((e["match"] or "").strip().lower()))


REVIEWABLE = {"family_friendly": lambda e: e["rule"] == "family.words",
              "low_threshold": lambda e: e["rule"] in {"low.walk-in", "low.open-door",
                                                       "low.no-registration",
                                                       "low.everyone-welcome"},
              "free": _weak_free}
# The listings each head learns from. Family and low threshold learn from every listing. "Free"
# is only ever reviewed where the running text has a free word, and a reader trained on every
# listing mostly learns that listings without one are not free; trained only on listings with a
# free word (a ``cost.free*`` hit of the rules in the running text, whatever they made of it: a
# free for one group, a perk set aside, contradicted by a price; "gratis koffie" leaves no hit), it learns what
# sets a right "gratis" apart from a wrong one. Chosen in session 15 on history (each batch of
# fresh sets tagged by the rules from before it was written, the reader trained only on the sets
# before it: v267-v296 on 350e590, v297-v320 on 96a933e, development sets only): at C 16 and
# threshold 0.2 it withdrew 5 of 49 false "free" and 2 of 2,139 right ones, where the reader
# trained on every listing (C 8, 0.1) withdrew 2 and 4 (tests/eval/README.md, session 15).
POPULATION = {"family_friendly": "all", "low_threshold": "all", "free": "free-word"}
_RUNNING_TEXT = ("title", "description", "schedule")


def in_population(population: str, ev: list[dict[str, Any]]) -> bool:
    """Whether a listing, by the rules' evidence before review, belongs to ``population``."""
    if population == "all":
        return True
    if population == "free-word":
        return any(e["tag"] == "cost" and e["rule"].startswith("cost.free")
                   and e["field"] in _RUNNING_TEXT for e in ev)
    raise ValueError(f"unknown population {population!r}")


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
class Vocabulary:
    """One TF-IDF vocabulary and the heads trained on its population (``POPULATION``)."""
    heads: tuple[str, ...]
    features: dict[str, tuple[float, ...]]     # n-gram -> (idf, weight per head)


@dataclass(frozen=True)
class Reader:
    vocabularies: dict[str, Vocabulary]        # population -> its vocabulary
    intercepts: dict[str, float]               # head -> intercept
    thresholds: dict[str, float]               # head -> below this p, the yes is withdrawn
    min_ngrams: dict[str, int]   # head -> below this many known n-grams, too little to judge
    ngram_max: int

    def vector(self, text: str, population: str) -> dict[str, float]:
        """TF-IDF with sublinear tf, L2-normalised over the population's known n-grams."""
        features = self.vocabularies[population].features
        weighted = {g: (1.0 + math.log(c)) * features[g][0]
                    for g, c in ngram_counts(text, self.ngram_max).items() if g in features}
        norm = math.sqrt(sum(v * v for v in weighted.values())) or 1.0
        return {g: v / norm for g, v in weighted.items()}

    def _weights(self, head: str) -> tuple[dict[str, tuple[float, ...]], int]:
        vocabulary = self.vocabularies[POPULATION[head]]
        return vocabulary.features, 1 + vocabulary.heads.index(head)

    def probability(self, head: str, vector: dict[str, float]) -> float:
        features, i = self._weights(head)
        z = self.intercepts[head] + sum(v * features[g][i] for g, v in vector.items())
        return 1.0 / (1.0 + math.exp(-z))

    def reasons(self, head: str, vector: dict[str, float]) -> list[str]:
        """The n-grams that weigh most against the tag in this listing."""
        features, i = self._weights(head)
        against = sorted((v * features[g][i], g) for g, v in vector.items())
        return [g for w, g in against[:_REASONS] if w < 0]


class MissingModel(RuntimeError):
    """The model has not been built (a fresh checkout used without ``make install``)."""


def _require(directory: Path) -> None:
    needed = [directory / "model.json"] + [features_file(directory, population)
                                           for population in dict.fromkeys(POPULATION.values())]
    if not all(path.exists() for path in needed):
        raise MissingModel(f"het model van de tweede lezer ontbreekt in {directory} / the second "
                           "reader's model is missing: run `make install` (or `python -m "
                           "enrich.train_reader`)")


def features_file(directory: Path, population: str) -> Path:
    return directory / ("features.tsv" if population == "all" else f"features-{population}.tsv")


def _read_features(path: Path, heads: tuple[str, ...]) -> dict[str, tuple[float, ...]]:
    features = {}
    with open(path, encoding="utf-8") as fh:
        header = next(fh).rstrip("\n").split("\t")
        if header != ["ngram", "idf", *heads]:
            raise MissingModel(f"{path} has the columns {header[2:]}, not {list(heads)}: run `make reader`")
        for line in fh:
            gram, *numbers = line.rstrip("\n").split("\t")
            features[gram] = tuple(float(x) for x in numbers)
    return features


def load(directory: Path = MODEL_DIR) -> Reader:
    _require(directory)
    meta = json.loads((directory / "model.json").read_text(encoding="utf-8"))
    heads = meta["heads"]
    if any(heads.get(h, {}).get("population") != POPULATION[h] for h in HEADS):
        raise MissingModel(f"het model van de tweede lezer in {directory} is verouderd / the second "
                           "reader's model is stale (its heads learnt from other populations): run "
                           "`make reader` (or `python -m enrich.train_reader`)")
    vocabularies = {}
    for population in dict.fromkeys(POPULATION[h] for h in HEADS):
        members = tuple(h for h in HEADS if POPULATION[h] == population)
        vocabularies[population] = Vocabulary(
            members, _read_features(features_file(directory, population), members))
    return Reader(vocabularies=vocabularies,
                  intercepts={h: heads[h]["intercept"] for h in HEADS},
                  thresholds={h: heads[h]["threshold"] for h in HEADS},
                  min_ngrams={h: heads[h]["min_ngrams"] for h in HEADS},
                  ngram_max=meta["ngram_range"][1])


@lru_cache(maxsize=1)
def reader() -> Reader:
    return load()


def model_files() -> list[Path]:
    """The files whose content is part of ``rules_version`` (a new model re-tags everything)."""
    _require(MODEL_DIR)
    return [MODEL_DIR / "model.json"] + [features_file(MODEL_DIR, population)
                                         for population in dict.fromkeys(POPULATION.values())]


def _reviewable(head: str, tags: dict[str, Any], ev: list[dict[str, Any]]) -> bool:
    h = HEAD[head]
    if tags.get(h.tag) != h.yes:
        return False
    grounds = [e for e in ev if e["tag"] == h.tag and e["value"] == h.yes]
    return bool(grounds) and all(REVIEWABLE[head](e) for e in grounds)


def review(tags: dict[str, Any], texts: dict[str, tuple[str, str]],
           ev: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Withdraw a yes (or "free") on reviewable grounds (``REVIEWABLE``) that the listing as a
    whole reads against; returns the evidence of each withdrawal (``tags`` is changed in
    place)."""
    heads = [h for h in HEADS if _reviewable(h, tags, ev)]
    if not heads:
        return []
    model = reader()
    text = reader_text(texts)
    vectors: dict[str, dict[str, float]] = {}      # one per population (family and low share one)
    withdrawn = []
    for head in heads:
        population = POPULATION[head]
        if population not in vectors:
            vectors[population] = model.vector(text, population)
        vector = vectors[population]
        if len(vector) < model.min_ngrams[head]:     # a line or two: the rules' reading stands
            continue
        p = model.probability(head, vector)
        if p < model.thresholds[head]:
            h = HEAD[head]
            tags[h.tag] = h.withdrawn
            tags.update({t: None for t in h.zeroed if tags.get(t) == 0})
            withdrawn.append(evidence(h.tag, h.withdrawn, field=None, rule=h.rule,
                                      match=f"leest als nee / reads as no (p={p:.2f}): "
                                      + " · ".join(model.reasons(head, vector))))
    return withdrawn
