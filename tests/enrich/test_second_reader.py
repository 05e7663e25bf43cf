"""The second reader (enrich/second_reader.py): scored as scikit-learn scores it, only ever
withdrawing a weakly grounded yes (or "free"), trained on the development sets and never on a
held-out one."""
import json

import pytest

from enrich import second_reader, train_reader
from enrich.evaluate import EVAL_DIR, to_record
from enrich.second_reader import HEADS, POPULATION, Reader, Vocabulary, in_population, review
from enrich.tagger import record_texts, rules_digest, tag_record
from enrich.train_reader import being_written, export, held_out, label, train, training_digest, training_sets

CORPUS = [   # text, family, low threshold, free
    ("Speelnamiddag voor gezinnen met kinderen, ouders en kinderen spelen samen", True, True, True),
    ("Kleuters en hun ouders knutselen samen in de bib, kom gerust binnen", True, True, True),
    ("Voorleesuurtje voor kinderen en hun grootouders, zonder inschrijving", True, True, False),
    ("Gezinswandeling met een zoektocht voor kinderen, iedereen welkom", True, True, False),
    ("Vrijwilligers gezocht voor de boekhouding van de club, vergoeding mogelijk", False, False, True),
    ("Cursus boekhouding voor volwassenen, inschrijven verplicht, tien lessen", False, False, False),
    ("Lezing over pensioenen en belastingen, inschrijven via de website", False, False, True),
    ("Computerles voor senioren: e-mail en bankieren, inschrijven verplicht", False, False, False),
]


def test_labels_come_from_the_heads_tag_and_value():
    truth = {"cost": "free", "family_friendly": True, "low_threshold": False}
    assert [label(head, truth) for head in HEADS] == [True, False, True]
    assert label("free", {"cost": "reduced"}) is False


# The free head learns from its own population (listings with a free word); here, the first six.
TINY_MEMBERS = {"all": [True] * len(CORPUS), "free-word": [True] * 6 + [False] * 2}
TINY_SETTINGS = {"ngram_range": [1, 2], "min_df": 1, "tol": 1e-6,
                 "heads": {h: {"C": 4.0, "threshold": 0.5, "min_ngrams": 3} for h in HEADS}}


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory):
    texts = [t for t, *_ in CORPUS]
    labels = {"family_friendly": [f for _, f, _, _ in CORPUS],
              "low_threshold": [lt for _, _, lt, _ in CORPUS],
              "free": [free for *_, free in CORPUS]}
    trained = train(texts, labels, TINY_MEMBERS, TINY_SETTINGS)
    directory = tmp_path_factory.mktemp("reader")
    export(trained, directory, dict(TINY_SETTINGS))
    return trained, second_reader.load(directory)


def test_scoring_matches_scikit_learn(tiny_model):
    trained, reader = tiny_model
    unseen = ["Speelnamiddag voor kinderen in de bib", "Cursus pensioenen, inschrijven verplicht",
              "Gezinnen en senioren welkom", "Iets helemaal anders zonder bekende woorden",
              "Kinderen, kinderen en nog eens kinderen: samen spelen met kinderen"]
    for population, (vectorizer, models) in trained.items():
        for text in unseen:
            for head, model in models.items():
                expected = model.predict_proba(vectorizer.transform([text]))[0, 1]
                got = reader.probability(head, reader.vector(text, population))
                assert got == pytest.approx(expected, abs=1e-5)


def test_each_head_learns_from_its_own_population(tiny_model):
    trained, reader = tiny_model
    assert sorted(trained) == ["all", "free-word"]
    assert list(trained["free-word"][1]) == ["free"]
    # "senioren" occurs only in the two listings outside the free-word population
    assert "senioren" in reader.vocabularies["all"].features
    assert "senioren" not in reader.vocabularies["free-word"].features


@pytest.mark.parametrize("ev,inside", [
    ([{"tag": "cost", "value": "free", "field": "description", "rule": "cost.free"}], True),
    # a free word the rules set aside still belongs: the reader learns what sets it apart
    ([{"tag": "cost", "value": "free for a group only", "field": "title",
       "rule": "cost.free-conditional"}], True),
    ([{"tag": "cost", "value": "free", "field": "price_text", "rule": "cost.free"}], False),
    ([{"tag": "cost", "value": "paid", "field": "description", "rule": "cost.amount"}], False),
    ([{"tag": "family_friendly", "value": True, "field": "description", "rule": "family.words"}],
     False),
])
def test_the_free_word_population_is_a_free_word_in_the_running_text(ev, inside):
    assert in_population("free-word", ev) is inside
    assert in_population("all", ev) is True


def _listing(title, description):
    return record_texts(to_record({"id": "t", "record": {"title": title, "description": description}}))


def _grounds(head, *rules):
    return [{"tag": head, "value": True, "field": "description", "match": "…", "rule": rule}
            for rule in rules]


def _uniform_reader(words, weight, intercept, threshold, min_ngrams):
    """A reader in which every word weighs the same for every head."""
    vocabularies = {}
    for population in dict.fromkeys(POPULATION.values()):
        members = tuple(h for h in HEADS if POPULATION[h] == population)
        vocabularies[population] = Vocabulary(
            members, {w: (1.0, *[weight] * len(members)) for w in words})
    return Reader(vocabularies=vocabularies, intercepts=dict.fromkeys(HEADS, intercept),
                  thresholds=dict.fromkeys(HEADS, threshold),
                  min_ngrams=dict.fromkeys(HEADS, min_ngrams), ngram_max=1)


@pytest.fixture
def against_everything(monkeypatch):
    """A reader for which every listing reads like a "no" (p < threshold 1.0)."""
    words = "cursus boekhouding voor volwassenen elke dinsdag in het buurthuis".split()
    monkeypatch.setattr(second_reader, "reader", lambda: _uniform_reader(
        words, weight=-1.0, intercept=-5.0, threshold=1.0, min_ngrams=3))


def test_withdraws_a_yes_resting_on_a_bare_word(against_everything):
    tags = {"family_friendly": True, "low_threshold": False}
    texts = _listing("Cursus boekhouding", "Voor volwassenen, elke dinsdag in het buurthuis")
    ev = review(tags, texts, _grounds("family_friendly", "family.words"))
    assert tags == {"family_friendly": False, "low_threshold": False}
    assert [(e["tag"], e["value"], e["rule"]) for e in ev] == [
        ("family_friendly", False, "family.second-reader")]
    assert "boekhouding" in ev[0]["match"] or "cursus" in ev[0]["match"]


@pytest.mark.parametrize("head,rules", [
    ("family_friendly", ["family.welcome"]),            # a stronger signal than a bare word
    ("family_friendly", ["family.words", "family.welcome"]),   # a bare word and more
    ("family_friendly", ["family.struct.child-offer"]),  # structured data comes first
    ("low_threshold", ["low.laagdrempelig"]),           # the provider's own word
    ("low_threshold", ["low.walk-in", "low.laagdrempelig"]),
])
def test_leaves_a_yes_with_stronger_grounds(against_everything, head, rules):
    tags = {"family_friendly": False, "low_threshold": False, head: True}
    texts = _listing("Cursus boekhouding", "Voor volwassenen, elke dinsdag in het buurthuis")
    assert review(tags, texts, _grounds(head, *rules)) == []
    assert tags[head] is True


def test_never_adds_a_tag(monkeypatch):
    """A reader for which every listing reads like a "yes" still adds nothing."""
    monkeypatch.setattr(second_reader, "reader", lambda: _uniform_reader(
        "cursus boekhouding elke dinsdag".split(), weight=1.0, intercept=5.0, threshold=0.1,
        min_ngrams=1))
    tags = {"family_friendly": False, "low_threshold": False, "cost": "paid"}
    texts = _listing("Cursus boekhouding", "Elke dinsdag")
    assert review(tags, texts, _grounds("family_friendly", "family.words")) == []
    assert tags == {"family_friendly": False, "low_threshold": False, "cost": "paid"}


def _free(rule, match="gratis", field="description"):
    return [{"tag": "cost", "value": "free", "field": field, "match": match, "rule": rule}]


@pytest.mark.parametrize("grounds", [
    _free("cost.free"),                                  # "gratis" in the running text
    _free("cost.free-none", "Geen inschrijvingsgeld"),
    _free("cost.free-activity", "Deelname is gratis"),
])
def test_withdraws_a_free_said_in_the_running_text(against_everything, grounds):
    tags = {"family_friendly": False, "low_threshold": False, "cost": "free", "price_min_eur": 0.0}
    texts = _listing("Cursus boekhouding", "Voor volwassenen, elke dinsdag in het buurthuis")
    ev = review(tags, texts, grounds)
    assert tags["cost"] == "unknown"                 # doubted, not "paid": no price is known
    assert tags["price_min_eur"] is None             # the 0.0 stood for the withdrawn "free"
    assert [(e["tag"], e["value"], e["rule"]) for e in ev] == [("cost", "unknown", "cost.second-reader")]


@pytest.mark.parametrize("grounds", [
    _free("cost.struct.is-accessible-for-free", "true", "is_free"),   # the site's own data
    _free("cost.free", "Gratis", "price_text"),                        # the price field
    _free("cost.free", "0 euro"), _free("cost.free", "€ 0,00"),        # an amount of nothing
    _free("cost.free-nil", "Prijs: gratis"),                           # a price label
    _free("cost.free") + _free("cost.free-nil", "Prijs: gratis"),      # a weak ground and a strong
])
def test_leaves_a_free_where_the_price_itself_is_stated(against_everything, grounds):
    tags = {"family_friendly": False, "low_threshold": False, "cost": "free", "price_min_eur": 0.0}
    texts = _listing("Cursus boekhouding", "Voor volwassenen, elke dinsdag in het buurthuis")
    assert review(tags, texts, grounds) == []
    assert tags["cost"] == "free" and tags["price_min_eur"] == 0.0


def test_leaves_a_one_liner_to_the_rules(against_everything):
    tags = {"family_friendly": True, "low_threshold": False}
    short = _listing("Cursus", "Voor iedereen")       # one known n-gram: too little to judge
    assert review(tags, short, _grounds("family_friendly", "family.words")) == []
    assert tags == {"family_friendly": True, "low_threshold": False}


def test_shipped_model_is_trained_on_the_development_sets_and_no_held_out_one():
    meta = json.loads((second_reader.MODEL_DIR / "model.json").read_text(encoding="utf-8"))
    assert meta["trained_on"] == [p.name for p in training_sets()], \
        "the development sets changed: retrain with `make reader`"
    assert meta["training_digest"] == training_digest(training_sets()), \
        "a development set was relabelled: retrain with `make reader`"
    assert meta["rules_digest"] == rules_digest(), \
        "the rules changed (the free head learns from their reading): retrain with `make reader`"
    from enrich.train_reader import SETTINGS
    assert {h: {k: v for k, v in meta["heads"][h].items() if k != "intercept"} for h in HEADS} == \
        {h: {**SETTINGS["heads"][h], "population": POPULATION[h]} for h in HEADS}, \
        "the reader's settings changed: retrain with `make reader`"
    assert (meta.get("tol"), meta["ngram_range"], meta["min_df"]) == (
        SETTINGS["tol"], SETTINGS["ngram_range"], SETTINGS["min_df"]), \
        "the reader's settings changed: retrain with `make reader`"
    assert not set(meta["trained_on"]) & held_out()
    assert len(held_out()) >= 12
    # a set is held out before its writer starts; until it arrives it is marked "being written"
    assert all((EVAL_DIR / name).exists() for name in held_out() - being_written())


def test_a_set_being_written_is_held_out_and_marked(tmp_path, monkeypatch):
    held = tmp_path / "held_out.txt"
    held.write_text("# comment line\nblind_set_v1.jsonl\nblind_set_v2.jsonl  # being written\n"
                    "blind_set_v3.jsonl  # read for round 9\n", encoding="utf-8")
    monkeypatch.setattr(train_reader, "HELD_OUT_FILE", held)
    assert train_reader.held_out() == {"blind_set_v1.jsonl", "blind_set_v2.jsonl", "blind_set_v3.jsonl"}
    assert train_reader.being_written() == {"blind_set_v2.jsonl"}


def test_shipped_model_withdraws_grandchildren_named_at_a_seniors_course():
    record = to_record({"id": "t", "record": {
        "title": "Computerles voor senioren",
        "description": "In zes lessen leer je werken met een tablet: e-mails lezen, foto's bekijken "
                       "van de kleinkinderen en je bankzaken regelen. Kleine groep, rustig tempo. "
                       "30 euro voor de reeks, met UiTPAS kansentarief 6 euro. Inschrijven in het "
                       "dienstencentrum."}})
    result = tag_record(record)
    assert result["tags"]["family_friendly"] is False
    assert any(e["rule"] == "family.second-reader" for e in result["evidence"])


def test_shipped_model_keeps_a_story_hour_for_toddlers():
    record = to_record({"id": "t", "record": {
        "title": "Voorleesuurtje in de bib",
        "description": "Elke woensdagnamiddag lezen we verhalen voor aan kleuters in de jeugdhoek "
                       "van de bibliotheek. Mama, papa, oma of opa komen gezellig mee luisteren. "
                       "Gratis, je hoeft niet in te schrijven."}})
    result = tag_record(record)
    assert result["tags"]["family_friendly"] is True
    assert result["tags"]["low_threshold"] is True
    assert not any(e["rule"].endswith("second-reader") for e in result["evidence"])


def test_shipped_model_doubts_a_free_guide_on_a_trip_whose_tickets_cost_what_they_cost():
    """"Gratis begeleiding" is the only ground for "free"; tickets and the bus cost "volgens
    tarief", a price the rules cannot read. The reader makes the cost unknown — not paid — and
    says why; the rules alone said free."""
    record = to_record({"id": "t", "record": {
        "title": "Uitstap naar de zoo",
        "description": "Met de bus naar de zoo in Antwerpen. Gratis begeleiding door vrijwilligers. "
                       "Toegangsticket en bus volgens tarief van de organisatie, vraag ernaar bij "
                       "het onthaal."}})
    result = tag_record(record)
    assert result["tags"]["cost"] == "unknown"
    assert result["tags"]["price_min_eur"] is None
    doubt = [e for e in result["evidence"] if e["rule"] == "cost.second-reader"]
    assert len(doubt) == 1 and doubt[0]["value"] == "unknown" and "bus" in doubt[0]["match"]
    assert any(e["rule"] == "cost.free" for e in result["evidence"])   # the rule's reading stays visible


def test_a_missing_model_names_the_command_that_builds_it(tmp_path, monkeypatch):
    """The model is derived data, not in git: a checkout used without `make install` gets a clear
    message, not a FileNotFoundError deep in the tagger."""
    with pytest.raises(second_reader.MissingModel, match="make install"):
        second_reader.load(tmp_path)
    monkeypatch.setattr(second_reader, "MODEL_DIR", tmp_path)
    with pytest.raises(second_reader.MissingModel, match="enrich.train_reader"):
        second_reader.model_files()


_TRAIN_HARD_CASES = """
import sys
from pathlib import Path
from enrich.evaluate import EVAL_DIR
from enrich.train_reader import SETTINGS, examples, export, train
texts, labels, members = examples([EVAL_DIR / "hard_cases.jsonl"])
export(train(texts, labels, members, SETTINGS), Path(sys.argv[1]), dict(SETTINGS))
"""


def test_training_is_deterministic(tmp_path):
    """What lets the model be built on each machine instead of kept in git: the same sets and
    settings write the same bytes — in separate processes with different hash seeds too."""
    import os
    import subprocess
    import sys
    for out, seed in (("a", "1"), ("b", "2")):
        subprocess.run([sys.executable, "-c", _TRAIN_HARD_CASES, str(tmp_path / out)], check=True,
                       env={**os.environ, "PYTHONHASHSEED": seed})
    for name in ("features.tsv", "features-free-word.tsv", "model.json"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()


def test_a_model_of_other_populations_is_refused(tmp_path):
    """A model trained before a head's population changed would score with the wrong vocabulary."""
    import shutil
    for path in second_reader.model_files():
        shutil.copy(path, tmp_path / path.name)
    meta = json.loads((tmp_path / "model.json").read_text(encoding="utf-8"))
    meta["heads"]["free"]["population"] = "all"
    (tmp_path / "model.json").write_text(json.dumps(meta), encoding="utf-8")
    with pytest.raises(second_reader.MissingModel, match="make reader"):
        second_reader.load(tmp_path)
