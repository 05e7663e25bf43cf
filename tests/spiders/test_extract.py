"""Frozen-fixture tests of the extraction layers, field by field."""
from spiders.extract.activity import extract_activity, extract_organisation
from scrapy.http import HtmlResponse

from spiders.extract.normalise import html_to_text, parse_country, parse_datetime, parse_languages
from spiders.site_profile import IKDOEMEE
from spiders.validate import validate

BASE = "https://www.ikdoemee.be"


def extract(response):
    return extract_activity(response.selector, response.url, IKDOEMEE, "ikdoemee")


def test_jsonld_page_fields(page):
    item = extract(page("activity_jsonld_cancelled.html",
                        f"{BASE}/en/activity/10234-taalcafe-de-babbelbar"))
    assert item["extracted_by"] == "jsonld"
    assert item["id"] == "ikdoemee:10234"
    assert item["site_id"] == "10234"
    assert item["url"] == f"{BASE}/nl/activiteit/10234-taalcafe-de-babbelbar"  # canonical nl
    assert item["title"] == "Taalcafé De Babbelbar"
    assert item["description"] == ("Elke woensdag oefenen we samen Nederlands bij een kopje koffie."
                                   "\n\nIedereen welkom & gratis!")
    assert item["start"] == "2026-12-02T19:00:00+01:00"
    assert item["end"] == "2026-12-02T21:00:00+01:00"
    assert item["status"] == "cancelled"
    assert (item["location_name"], item["street"], item["postcode"], item["locality"]) == (
        "Ontmoetingscentrum De Schakel", "Kerkstraat 12", "2800", "Walem")
    assert (item["lat"], item["lon"]) == (51.067, 4.437)
    assert item["country"] == "BE"
    assert item["organizer_name"] == "Vzw Samen Sterk"
    assert item["organizer_id"] == "ikdoemee:org:321"
    assert item["offers"] == [{"name": "deelname", "price": 0.0, "currency": "EUR"}]
    assert item["is_free"] is True
    assert item["price_text"] == "Gratis"
    assert item["goals"] == ["nederlands-oefenen", "mensen-ontmoeten"]
    assert item["dutch_level"] == 2
    assert item["schedule"] == "elke woensdag van 19u tot 21u"
    assert item["contact_phone"] == "015 12 34 56"
    assert item["contact_email"] == "babbelbar@samensterk.example"
    assert item["online"] is False
    assert validate(item) == []


def test_microdata_page_fields(page):
    item = extract(page("activity_microdata_full.html"))
    assert item["extracted_by"] == "microdata"
    assert item["id"] == "ikdoemee:10567"
    assert item["title"] == "SAMEN KOKEN MET BUREN"
    assert item["status"] == "full"
    # a naive datetime on the page is Brussels local time; July is summer time
    assert item["start"] == "2027-07-10T10:00:00+02:00"
    assert item["end"] is None
    assert (item["postcode"], item["locality"], item["street"]) == ("2801", "Heffen", "Dorp 3")
    assert item["location_name"] == "Parochiezaal"
    assert item["organizer_name"] == "Buurtwerk Heffen"
    assert item["description"] == ("We koken elke maand een gerecht uit een ander land.\n"
                                   "Kinderen welkom vanaf 6 jaar.\n\n- schort meebrengen\n"
                                   "- niet rolstoeltoegankelijk")
    assert item["price_text"] == "gratis voor kinderen, volwassenen 4 euro"
    assert item["booking_url"] == "https://inschrijven.example/koken"
    assert item["contact_phone"] == "0470/12 34 56"
    assert item["dutch_level"] is None and item["is_free"] is None
    assert validate(item) == []


def test_profile_only_page_cleans_messy_markup(page):
    item = extract(page("activity_profile_only.html", f"{BASE}/nl/activiteit/10999-wandelen"))
    assert item["extracted_by"] == "profile"
    assert item["id"] == "ikdoemee:10999"
    assert item["url"] == f"{BASE}/nl/activiteit/10999-wandelen-in-het-bos"
    assert item["title"] == "wandelen in het bos"
    assert item["description"] == "Wandelen in groep – ongeveer 5 km. Laagdrempelig."
    assert "alert" not in item["description"]
    assert item["status"] == "active"
    assert item["start"] is None and item["schedule"] == "elke zondag om 14u"
    assert item["languages"] == ["Nederlands", "Engels", "Frans"]
    assert item["contact_email"] == "info@stappers.example"
    problems = validate(item)
    assert item["goals"] == ["mensen-ontmoeten"]  # the unknown goal was not kept
    assert problems == []


def test_page_without_activity_gives_nothing(page):
    assert extract(page("not_an_activity.html", f"{BASE}/nl/over")) is None


def test_organisation_page(page):
    org = extract_organisation(page("organisation.html").selector,
                               f"{BASE}/nl/organisatie/321-vzw-samen-sterk", IKDOEMEE, "ikdoemee")
    assert org["id"] == "ikdoemee:org:321"
    assert org["name"] == "Vzw Samen Sterk"
    assert org["email"] == "info@samensterk.example"
    assert (org["postcode"], org["locality"]) == ("2800", "Walem")
    assert org["description"] == "Wij brengen mensen samen."


def test_stable_id_never_comes_from_the_title(page):
    response = page("activity_profile_only.html", f"{BASE}/nl/activiteit/10999-wandelen")
    renamed = response.replace(body=response.body.replace(b"wandelen in het   bos", b"Boswandeling"))
    assert extract(renamed)["id"] == extract(response)["id"] == "ikdoemee:10999"


def test_validation_drops_bad_values_and_names_them():
    item = {"id": "x:1", "source": "x", "url": "u", "title": "t", "postcode": "28OO",
            "dutch_level": 7, "start": "2026-12-02T19:00:00", "status": "active"}
    problems = dict(validate(item))
    assert set(problems) == {"postcode", "dutch_level", "start"}
    assert item["postcode"] is None and item["dutch_level"] is None


def test_normalisers():
    assert parse_datetime("2026-03-29T10:00") == "2026-03-29T10:00:00+02:00"  # DST day
    assert parse_datetime("2026-12-02T18:00:00Z") == "2026-12-02T19:00:00+01:00"
    assert parse_datetime("volgende week") is None
    assert html_to_text("<p>a&amp;b</p><p>c<br>d</p>") == "a&b\n\nc\nd"
    assert html_to_text("<style>x{}</style>  ") is None
    assert parse_languages("Nederlands / English; français") == ["Nederlands", "English", "français"]
    assert parse_languages(["en", "nl"]) == ["en", "nl"]


def test_an_address_abroad_keeps_its_country():
    # a French event's five-digit postcode is no Belgian postcode, but the country says where it is
    body = (page_with_jsonld('{"@context": "https://schema.org", "@type": "Event", "name": "Iftar in Rijsel",'
                             ' "startDate": "2027-03-12T19:00", "location": {"@type": "Place", "name": "Salle",'
                             ' "address": {"@type": "PostalAddress", "postalCode": "59000",'
                             ' "addressLocality": "Lille", "addressCountry": {"@type": "Country", "name": "France"}}}}'))
    item = extract(HtmlResponse(url=f"{BASE}/nl/activiteit/20001-iftar", body=body, encoding="utf-8"))
    assert (item["postcode"], item["locality"], item["country"]) == (None, "Lille", "FR")
    assert validate(item) == []


def page_with_jsonld(data: str) -> bytes:
    return (f'<html><head><script type="application/ld+json">{data}</script></head>'
            f'<body><h1>Iftar</h1></body></html>').encode("utf-8")


def test_country_names_and_codes():
    assert parse_country("BE") == parse_country("België") == parse_country("Belgium") == "BE"
    assert parse_country({"@type": "Country", "name": "Frankrijk"}) == "FR"
    assert parse_country("Nederland") == parse_country("NLD") == "NL"
    assert parse_country("Atlantis") is None and parse_country("") is None and parse_country(None) is None
    # JSON-LD lists, two microdata spans, an @value
    assert parse_country(["FR"]) == parse_country(["France", "FR"]) == parse_country({"@value": "FR"}) == "FR"
    assert parse_country([]) is None
