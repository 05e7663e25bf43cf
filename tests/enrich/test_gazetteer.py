import pytest

from enrich.gazetteer import load
from enrich.tagger import locate


@pytest.fixture(scope="module")
def gaz():
    return load()


@pytest.mark.parametrize("postcode,locality,nis,region", [
    ("2870", "Ruisbroek", "12041", "REFREG02"),
    ("1601", "Ruisbroek", "23077", "REFREG04"),
    ("2812", "Muizen", "12025", "REFREG02"),
    ("3891", "Muizen", "71017", "REFREG15"),
    ("", "Kessel", "12026", "REFREG02"),
    ("", "Kessel-Lo", "24062", "REFREG05"),
    ("3630", "Maasmechelen", "73107", "REFREG15"),
    ("", "Maasmechelen", "73107", "REFREG15"),
    ("", "Lierde", "45063", "REFREG12"),
    ("", "Lier", "12021", "REFREG02"),
    ("2800", "Walem", "12025", "REFREG02"),
    ("2220", "Hallaar", "12014", "REFREG02"),
    ("", "St.-Katelijne-Waver", "12035", "REFREG02"),
    ("", "sint katelijne waver", "12035", "REFREG02"),
    ("2890", "Puurs-Sint-Amands", "12041", "REFREG02"),   # municipality instead of deelgemeente
    ("", "MECHELEN", "12025", "REFREG02"),
    ("1000", "Bruxelles", "21004", None),                 # Brussels: municipality, no refreg
    ("", "Molenbeek-Saint-Jean", "21012", None),
])
def test_resolve(gaz, postcode, locality, nis, region):
    place = gaz.resolve(postcode, locality)
    assert place is not None
    assert place.municipality.nis_code == nis
    assert place.municipality.region_code == region


@pytest.mark.parametrize("postcode,locality", [
    ("", "Ruisbroek"),       # shared name without postcode: no guess
    ("", "Muizen"),
    ("5000", "Namur"),       # Wallonia
    ("", "Namur"),
    ("", "Heist"),           # only part of Heist-op-den-Berg / Heist-aan-Zee
    ("", ""),
    ("59000", "Lille"),      # a French postcode: Lille in France, not Lille 2275 (session 15)
    ("F-59000", "Lille"),
    ("", "59000 Lille"),     # the postcode typed into the locality, as a spider may pass it
    ("", "Lille (France)"),
    ("3012 CN", "Rotterdam"),  # a Dutch postcode's four digits are no Belgian postcode
    ("NL-2018", "Haarlem"),
])
def test_no_guess(gaz, postcode, locality):
    assert gaz.resolve(postcode, locality) is None


@pytest.mark.parametrize("area", ["Mechelen en omgeving", "Lier e.o.", "Rond Bornem",
                                  "Regio Mechelen-Lier", "Verschillende locaties in Rivierenland"])
def test_an_area_is_no_place(area):
    # an area around a place names no municipality (and the region only by guessing)
    loc, _ = locate({"location": {"locality": area}})
    assert loc["nis_code"] is None and loc["region_code"] is None


@pytest.mark.parametrize("venue", ["Cultuurcentrum Mechelen", "Secret location (Leuven)",
                                   "Afspraak op een plek naar keuze in Lier"])
def test_a_venue_naming_its_town_is_no_address(venue):
    # the codes come from postcode and locality (issue 3, the labelling conventions); the venue
    # line is quoted for the provider, who can add the postcode
    loc, ev = locate({"location": {"name": venue}})
    assert loc["nis_code"] is None and loc["region_code"] is None
    assert ev == [{"tag": "municipality", "value": None, "field": "location", "match": venue,
                   "rule": "geo.unresolved"}]


def test_a_postcode_in_the_street_line_is_an_address():
    loc, ev = locate({"location": {"name": "Cultuurcentrum", "street": "Minderbroedersgang 5, 2800"}})
    assert loc["nis_code"] == "12025" and ev[0]["rule"] == "geo.postcode"


def test_word_boundaries(gaz):
    assert {n for _, c in gaz.names_in("Maasmechelen centrum") for n in c} == {"73107"}
    assert "12021" not in {n for _, c in gaz.names_in("Lierde") for n in c}
    assert {n for _, c in gaz.names_in("Kessel-Lo") for n in c} == {"24062"}


def test_online_has_no_place():
    loc, ev = locate({"location": {"online": True, "postcode": "2800", "locality": "Mechelen"}})
    assert loc["nis_code"] is None and loc["region_code"] is None
    assert ev[0]["rule"] == "geo.online"


def test_postcode_inside_locality_field():
    loc, ev = locate({"location": {"postcode": None, "locality": "2500 Lier"}})
    assert loc["municipality"] == "Lier" and loc["province"] == "Antwerpen"
    assert loc["region"] == "Rivierenland"


def test_a_street_line_abroad_places_nothing(gaz):
    assert gaz.resolve(None, "Lille", extra="Grand Place, 59000 Lille") is None


@pytest.mark.parametrize("postcode", ["B-2800", "B 2800", "BE-2800", "2800", ""])
def test_belgian_postcodes_still_resolve(gaz, postcode):
    assert gaz.resolve(postcode, "Mechelen").municipality.nis_code == "12025"


def test_a_country_abroad_places_nothing():
    # the spider keeps schema.org addressCountry: "Lille", FR is not Lille 2275
    from enrich.tagger import tag_record
    abroad = tag_record({"id": "t", "title": "Iftar", "description": "",
                         "location": {"locality": "Lille", "country": "FR"}})
    assert abroad["location"]["nis_code"] is None
    assert any(e["rule"] == "geo.abroad" for e in abroad["evidence"])
    home = tag_record({"id": "t", "title": "Iftar", "description": "",
                       "location": {"locality": "Lille", "country": "BE"}})
    assert home["location"]["municipality"] == "Lille"
    # a Belgian postcode with its own locality outweighs a stray country code ("nl" for Dutch)
    gent = tag_record({"id": "t", "title": "Praattafel", "description": "",
                       "location": {"postcode": "9000", "locality": "Gent", "country": "NL"}})
    assert gent["location"]["municipality"] == "Gent"
