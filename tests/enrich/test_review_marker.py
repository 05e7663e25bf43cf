"""A "free" resting on one bare "gratis" inside a longer sentence carries a review marker
(the Datasette query "Gratis — nakijken"); short statements, the price field and structured
data do not."""
import pytest

from enrich.tagger import tag_record

MARKER = "cost.review.single-free"


def _marked(record: dict) -> list[dict]:
    result = tag_record({"title": "Activiteit", **record})
    assert result["tags"]["cost"] == "free"
    return [e for e in result["evidence"] if e["rule"] == MARKER]


def test_one_gratis_in_a_long_sentence_is_marked_with_that_sentence():
    marked = _marked({"description": "Elke dinsdag praten we samen Nederlands en dat is "
                                     "helemaal gratis voor iedereen. Welkom!"})
    assert len(marked) == 1
    assert marked[0]["tag"] == "cost" and marked[0]["field"] == "description"
    assert marked[0]["match"] == ("Elke dinsdag praten we samen Nederlands en dat is helemaal "
                                  "gratis voor iedereen")


@pytest.mark.parametrize("record", [
    {"description": "Elke dinsdag praten we Nederlands. Gratis."},
    {"description": "Deelname: gratis."},
    {"description": "Elke dinsdag praten we Nederlands.", "price_text": "gratis"},
    {"description": "Elke dinsdag praten we samen Nederlands en dat is helemaal gratis.",
     "is_free": True},
    # two statements back each other up
    {"description": "Elke dinsdag praten we samen Nederlands en dat is helemaal gratis. "
                    "Deelname is gratis."},
])
def test_reliable_free_statements_are_not_marked(record):
    assert _marked(record) == []


def test_no_marker_when_not_free():
    result = tag_record({"title": "x", "description": "Elke dinsdag praten we samen en de "
                                                       "koffie is gratis, de les kost 5 euro."})
    assert result["tags"]["cost"] != "free"
    assert not [e for e in result["evidence"] if e["rule"] == MARKER]


def test_the_marker_quotes_the_hit_not_the_first_gratis_of_the_field():
    marked = _marked({"description": "Gratis parking aan de kerk. We wandelen samen door de velden "
                                     "en dat is helemaal gratis voor iedereen."})
    assert [m["match"] for m in marked] == [
        "We wandelen samen door de velden en dat is helemaal gratis voor iedereen"]


NO_FEE = "cost.review.no-fee-only"


@pytest.mark.parametrize("text", [
    "Geen club, geen lidgeld: gewoon komen en meedoen.",
    "Vrij toegankelijk voor iedereen.",
    "Geen inschrijvingsgeld. Iedereen welkom.",
])
def test_a_free_resting_only_on_a_fee_s_absence_is_marked(text):
    result = tag_record({"title": "Petanque op het plein", "description": text})
    assert result["tags"]["cost"] == "free"
    marked = [e for e in result["evidence"] if e["rule"] == NO_FEE]
    assert len(marked) == 1 and marked[0]["field"] == "description"
    assert marked[0]["value"].startswith("te controleren")


@pytest.mark.parametrize("record", [
    {"description": "Geen lidgeld. Deelname is gratis."},        # a "free" beside it
    {"description": "Prijs: gratis. Geen lidgeld."},
    {"description": "Elke vrijdag petanque.", "price_text": "geen inschrijvingsgeld"},
    {"description": "Geen lidgeld, gewoon aansluiten.", "is_free": True},
])
def test_a_stated_free_or_the_price_field_is_not_marked_as_no_fee(record):
    result = tag_record({"title": "Petanque", **record})
    assert result["tags"]["cost"] == "free"
    assert not [e for e in result["evidence"] if e["rule"] == NO_FEE]
