"""Each check fires on a hand-made listing that has the problem and stays silent on one that
does not."""
from __future__ import annotations

import pytest
import time_machine

from publish.audit.checks import CHECKS, CHECKS_BY_ID
from publish.audit.config import DEFAULT_CONFIG
from publish.audit.engine import audit, enrich_record, prepare, run_checks
from publish.audit.model import CATEGORIES, SEVERITIES
from tests.audit.records import NOW, good_record

NO_CONTACT = {"name": None, "phone": None, "email": None}
NO_PLACE = {"name": None, "street": None, "postcode": None, "locality": None,
            "municipality": None, "nis_code": None, "region": None, "online": False}
LONG_SENTENCE = ("We komen samen in de grote zaal van het buurthuis en we koken samen een "
                 "maaltijd met groenten uit de tuin van de buren en daarna eten we samen aan "
                 "een lange tafel met iedereen die wil komen.")
HARD_TEXT = (
    "De administratieve ondersteuningsmogelijkheden betreffende huisvestingsproblematiek "
    "worden toegelicht. Vertegenwoordigers van gemeentelijke welzijnsorganisaties "
    "verduidelijken verschillende tegemoetkomingsregelingen. Aansluitend worden "
    "individuele begeleidingstrajecten geëvalueerd. Deelnemers ontvangen informatiebrochures "
    "omtrent energiebesparingsmaatregelen en huurwaarborgfinanciering. Inschrijvingsformulieren "
    "zijn beschikbaar via het gemeentelijke onthaalloket. Iedereen is welkom.")
GOOD_DESC_NO_WHEELCHAIR = (
    "<p>Elke woensdag praten we samen Nederlands in de bibliotheek. Je leert nieuwe mensen "
    "kennen. We drinken koffie en thee. Iedereen is welkom, ook als je nog niet veel Nederlands "
    "spreekt. Kinderen mogen mee.</p>")
GOOD_DESC = good_record()["description"] + "<p>We spreken af in Mechelen aan het station.</p>"


def findings_for(record, *, tagger=None):
    listing = prepare(enrich_record(record, tagger), NOW)
    return {f.check_id: f for f in run_checks(listing, DEFAULT_CONFIG)}


# (check id, overrides giving the listing the problem)
FIRES = [
    ("ontbreekt-prijs", dict(price_text=None, is_free=None, offers=[], tags={"cost": "unknown"})),
    ("ontbreekt-prijs", dict(price_text=None, is_free=None, offers=[], tags=None, evidence=None)),
    ("ontbreekt-plaats", dict(location=NO_PLACE)),
    ("ontbreekt-datum", dict(start=None, end=None, schedule=None)),
    ("ontbreekt-contact", dict(contact=NO_CONTACT, booking_url=None)),
    ("ontbreekt-taalniveau", dict(dutch_level=None, tags={"dutch_level": None})),
    ("ontbreekt-rolstoel", dict(tags={"wheelchair": None})),
    ("ontbreekt-rolstoel", dict(tags=None, evidence=None,
                                description=GOOD_DESC_NO_WHEELCHAIR)),
    ("ontbreekt-kinderen", dict(tags={"family_friendly": False}, evidence=[])),
    ("verouderd-voorbij", dict(end="2026-10-01T21:00:00+02:00")),
    ("verouderd-voorbij", dict(start="2026-11-01T19:00:00+01:00", end=None, schedule=None)),
    ("verouderd-geannuleerd", dict(status="cancelled")),
    ("verouderd-geannuleerd", dict(title="AFGELAST: taalcafé")),
    ("verouderd-lang-niet-bijgewerkt", dict(last_changed="2025-06-01T10:00:00+02:00",
                                            first_seen="2025-06-01T10:00:00+02:00")),
    ("tegenstrijdig-prijs", dict(price_text="5 euro per keer", is_free=True)),
    ("tegenstrijdig-prijs", dict(price_text="Gratis", is_free=None,
                                 offers=[{"name": "deelname", "price": 4, "currency": "EUR"}])),
    ("tegenstrijdig-prijs", dict(price_text="gratis voor kinderen, volwassenen 4 euro",
                                 is_free=True)),
    ("tegenstrijdig-gemeente", dict(description=GOOD_DESC)),
    ("tegenstrijdig-taalniveau", dict(dutch_level=3,
                                      price_text="Gratis. Je hoeft geen Nederlands te kennen.")),
    ("tegenstrijdig-taalniveau", dict(dutch_level=1, description=good_record()["description"]
                                      + "<p>Je moet vlot Nederlands spreken.</p>")),
    ("moeilijke-tekst", dict(description=HARD_TEXT)),
    ("lange-zinnen", dict(description=good_record()["description"] + f"<p>{LONG_SENTENCE}</p>")),
    ("afkortingen", dict(description=good_record()["description"]
                         + "<p>In samenwerking met het CVO en Buurtwerk vzw.</p>")),
    ("hoofdletters", dict(title="TAALCAFÉ IN DE BIB")),
    ("hoofdletters", dict(description=good_record()["description"]
                          + "<p>SCHRIJF JE SNEL IN WANT VOL IS VOL</p>")),
    ("te-korte-beschrijving", dict(description="Praten in het Nederlands.")),
    ("te-korte-beschrijving", dict(description=None)),
]

# (check id, overrides that look similar but are fine)
SILENT = [
    ("ontbreekt-prijs", dict(price_text=None, is_free=None, offers=[], tags=None, evidence=None,
                             description=good_record()["description"] + "<p>Deelname kost 3 euro.</p>")),
    ("ontbreekt-prijs", dict(price_text=None, is_free=None, offers=[], tags={"cost": "paid"})),
    ("ontbreekt-plaats", dict(location={**NO_PLACE, "online": True})),
    ("ontbreekt-plaats", dict(location={**NO_PLACE, "locality": "Lier"})),
    ("ontbreekt-datum", dict(start=None, end=None, schedule="elke dinsdag van 14u tot 16u")),
    ("ontbreekt-contact", dict(contact=NO_CONTACT, booking_url="https://inschrijven.example/1")),
    ("ontbreekt-taalniveau", dict(dutch_level=None, tags={"dutch_level": 2})),
    ("ontbreekt-rolstoel", dict(tags={"wheelchair": False})),
    ("ontbreekt-rolstoel", dict(tags=None, evidence=None)),  # text says rolstoeltoegankelijk
    ("ontbreekt-kinderen", dict(tags={"family_friendly": False, "age_min": 18}, evidence=[])),
    ("ontbreekt-kinderen", dict(tags={"family_friendly": False}, evidence=[
        {"tag": "family_friendly", "value": False, "field": "description",
         "match": "alleen voor volwassenen"}])),
    ("verouderd-voorbij", dict(start="2026-01-07T19:00:00+01:00", end=None)),  # recurring
    ("verouderd-voorbij", dict(start="2026-11-26T09:00:00+01:00", end=None, schedule=None)),
    ("verouderd-geannuleerd", dict(status="full")),
    ("verouderd-lang-niet-bijgewerkt", dict(last_changed="2026-03-01T10:00:00+01:00")),
    ("tegenstrijdig-prijs", dict(price_text="gratis voor kinderen, volwassenen 4 euro",
                                 is_free=None,
                                 offers=[{"name": "volwassenen", "price": 4, "currency": "EUR"}])),
    ("tegenstrijdig-prijs", dict(price_text="niet gratis", is_free=False)),
    ("tegenstrijdig-prijs", dict(price_text=None, is_free=False,
                                 offers=[{"name": "lidgeld", "price": 8, "currency": "EUR"}],
                                 description=good_record()["description"]
                                 + "<p>Er is gratis kinderopvang tijdens de sessies.</p>")),
    ("tegenstrijdig-prijs", dict(price_text="0 euro", is_free=True)),
    ("tegenstrijdig-gemeente", dict(description=good_record()["description"]
                                    + "<p>Voor wie woont in Lier of in Mechelen.</p>")),
    ("tegenstrijdig-gemeente", dict(description=good_record()["description"]
                                    + "<p>Vroeger zaten we in Maasmechelen en in de Lierse steenweg.</p>",
                                    location={"municipality": None, "postcode": "3630",
                                              "locality": "Maasmechelen"})),
    ("tegenstrijdig-gemeente", dict(description=good_record()["description"]
                                    + "<p>We spreken af in Muizen.</p>",
                                    location={"municipality": None, "postcode": "2812",
                                              "locality": "Muizen"})),
    ("tegenstrijdig-gemeente", dict(description=good_record()["description"]
                                    + "<p>Een boom planten in Boomgaard is leuk.</p>")),
    ("tegenstrijdig-gemeente", dict(description=good_record()["description"]
                                    + "<p>Ook te volgen in Mechelen.</p>",
                                    location={**NO_PLACE, "online": True})),
    ("tegenstrijdig-taalniveau", dict(dutch_level=1,
                                      price_text="Gratis. Je hoeft geen Nederlands te kennen.")),
    ("tegenstrijdig-taalniveau", dict(dutch_level=2, description=good_record()["description"]
                                      + "<p>Vlot Nederlands is niet nodig.</p>")),
    ("moeilijke-tekst", dict(description="Wij zijn moeilijk."
                             " Onleesbaarheidsproblematiek.")),  # too short to measure
    ("lange-zinnen", dict(description=good_record()["description"]
                          + "<p>We koken samen. Daarna eten we samen. Iedereen mag komen.</p>")),
    ("afkortingen", dict(description=good_record()["description"]
                         + "<p>Met het OCMW (het sociaal huis) en het Centrum voor "
                           "Volwassenenonderwijs (CVO).</p>")),
    ("hoofdletters", dict(title="Taalcafé met DJ en UiTPAS-korting")),
    ("te-korte-beschrijving", dict()),
]


@pytest.mark.parametrize("check_id, overrides", FIRES,
                         ids=[f"{c}-{i}" for i, (c, _) in enumerate(FIRES)])
def test_check_fires_on_a_listing_with_the_problem(check_id, overrides):
    found = findings_for(good_record(**overrides))
    assert check_id in found, f"{check_id} should fire; got {sorted(found)}"
    finding = found[check_id]
    assert finding.message and finding.fix and finding.message_en and finding.fix_en
    assert finding.detail is not None


@pytest.mark.parametrize("check_id, overrides", SILENT,
                         ids=[f"{c}-{i}" for i, (c, _) in enumerate(SILENT)])
def test_check_is_silent_on_a_listing_without_the_problem(check_id, overrides):
    found = findings_for(good_record(**overrides))
    assert check_id not in found, f"{check_id} fired: {found.get(check_id)}"


def test_every_check_is_exercised_both_ways():
    assert {c for c, _ in FIRES} | {"dubbel"} == set(CHECKS_BY_ID)
    assert {c for c, _ in SILENT} | {"dubbel"} == set(CHECKS_BY_ID)


def test_the_complete_listing_has_no_findings():
    assert findings_for(good_record()) == {}


def test_checks_are_declared_with_everything_a_provider_needs():
    for check in CHECKS:
        assert check.severity in SEVERITIES and check.category in CATEGORIES
        assert check.label and check.message and check.fix and check.field
        assert check.label_en and check.message_en and check.fix_en


def test_details_name_what_was_found():
    found = findings_for(good_record(description=GOOD_DESC))
    assert found["tegenstrijdig-gemeente"].detail == "De tekst noemt Mechelen, het adres ligt in Lier."
    found = findings_for(good_record(price_text="5 euro per keer", is_free=True))
    assert "5 euro" in found["tegenstrijdig-prijs"].detail
    found = findings_for(good_record(description=good_record()["description"] + "<p>Met het CVO.</p>"))
    assert found["afkortingen"].detail.startswith("Niet uitgelegd: CVO")


# -- duplicates ------------------------------------------------------------------------------
def test_duplicates_same_provider_fuzzy_title_same_dates():
    a = good_record(id="1", title="Taalcafé in de bibliotheek")
    b = good_record(id="2", title="Taalcafe in de Bibliotheek!")
    result = audit([a, b], now=NOW, tagger=None)
    by_id = {la.record["id"]: {f.check_id: f for f in la.findings} for la in result.listings}
    assert "dubbel" in by_id["1"] and "dubbel" in by_id["2"]
    assert "(id 2)" in by_id["1"]["dubbel"].detail


@pytest.mark.parametrize("other", [
    dict(id="2", title="Taalcafé in de bibliotheek", start="2027-01-06T19:00:00+01:00"),
    dict(id="2", title="Taalcafé in de bibliotheek", organizer={"name": "Buurtwerk Lier"}),
    dict(id="2", title="Fietsles voor volwassenen"),
], ids=["other-dates", "other-provider", "other-title"])
def test_no_duplicate_when_provider_title_or_dates_differ(other):
    result = audit([good_record(id="1"), good_record(**other)], now=NOW, tagger=None)
    assert not [f for f in result.findings if f.check_id == "dubbel"]


def test_numbered_groups_are_not_duplicates():
    records = [good_record(id="1", title="Praatgroep 1"), good_record(id="2", title="Praatgroep 2")]
    assert not [f for f in audit(records, now=NOW, tagger=None).findings if f.check_id == "dubbel"]
    records[1]["title"] = "Praatgroep  1"
    assert len([f for f in audit(records, now=NOW, tagger=None).findings
                if f.check_id == "dubbel"]) == 2


# -- outdated with a frozen clock --------------------------------------------------------------
def test_outdated_checks_follow_the_clock():
    record = good_record(end="2027-01-31T21:00:00+01:00", last_changed="2026-10-01T10:00:00+02:00")
    with time_machine.travel(NOW, tick=False):
        assert not {f.check_id for f in audit([record], tagger=None).findings}
    with time_machine.travel("2027-02-01T12:00:00+01:00", tick=False):
        ids = {f.check_id for f in audit([record], tagger=None).findings}
        assert "verouderd-voorbij" in ids and "verouderd-lang-niet-bijgewerkt" not in ids
    with time_machine.travel("2027-10-15T12:00:00+02:00", tick=False):
        assert "verouderd-lang-niet-bijgewerkt" in {f.check_id for f in audit([record], tagger=None).findings}


def test_stale_threshold_is_configurable():
    from dataclasses import replace
    record = good_record(last_changed="2026-06-01T10:00:00+02:00")
    with time_machine.travel(NOW, tick=False):
        assert not audit([record], tagger=None).findings
        strict = replace(DEFAULT_CONFIG, stale_days=90)
        assert [f.check_id for f in audit([record], strict, tagger=None).findings] == [
            "verouderd-lang-niet-bijgewerkt"]


def test_removed_listings_are_not_audited():
    result = audit([good_record(id="1", removed=True, status="cancelled")], now=NOW, tagger=None)
    assert result.listings == [] and result.skipped_removed == 1


def test_an_address_abroad_names_no_flemish_town():
    # "Lille" with country FR is not Lille (Antwerp): no contradiction can rest on it
    from publish.audit.places import municipality_of
    assert municipality_of({"locality": "Lille", "country": "FR"}) is None
    assert municipality_of({"locality": "Lille"}) == "Lille"
