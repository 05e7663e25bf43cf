"""Property-based: random and malformed records (texts, dates, prices, addresses) never crash
the tagger or the provider audit, and what they return keeps its declared shape."""
import math
from datetime import datetime
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from enrich.tagger import tag_record
from publish.audit.engine import audit

fast = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
text = st.one_of(st.none(), st.text(max_size=120), st.sampled_from([
    "gratis", "niet gratis", "€ -5", "€ 1e309", "0,00 euro", "van 99 tot 3 jaar", "vanaf -4 jaar",
    "niet rolstoeltoegankelijk", "4 taaliconen", "<script>alert(1)</script>", "\x00\x1f", "2800",
    "Ruisbroek", "Mechelen Maasmechelen", "vrije bijdrage", "UiTPAS", "€€€", "99999 euro"]))
price = st.one_of(st.none(), st.floats(allow_nan=True, allow_infinity=True), st.integers(),
                  st.text(max_size=10))
date_text = st.one_of(st.none(), st.text(max_size=30), st.sampled_from(
    ["2026-13-45T99:99", "0001-01-01", "9999-12-31T23:59:59+14:00", "2026-11-26T10:00:00+01:00"]))

records = st.fixed_dictionaries({
    "id": st.text(min_size=1, max_size=20),
    "title": text, "description": text, "price_text": text, "schedule": text,
    "start": date_text, "end": date_text, "status": st.sampled_from(["active", "cancelled", "full", "??"]),
    "languages": st.lists(st.text(max_size=5), max_size=3),
    "goals": st.lists(st.text(max_size=25), max_size=3),
    "dutch_level": st.one_of(st.none(), st.integers(-3, 9)),
    "is_free": st.one_of(st.none(), st.booleans()),
    "offers": st.lists(st.fixed_dictionaries({"price": price, "currency": st.one_of(st.none(), st.text(max_size=4)),
                                              "name": text}), max_size=3),
    "organizer": st.fixed_dictionaries({"name": text, "url": text, "id": text}),
    "location": st.fixed_dictionaries({"name": text, "street": text, "postcode": text,
                                       "locality": text, "online": st.booleans()}),
    "contact": st.fixed_dictionaries({"name": text, "phone": text, "email": text}),
    "booking_url": text, "first_seen": date_text, "last_changed": date_text, "removed": st.just(False),
})

COST = {"free", "reduced", "paid", "unknown"}


@fast
@given(records)
def test_tagger_never_crashes_and_keeps_the_shape(record):
    result = tag_record(record)
    tags = result["tags"]
    assert tags["cost"] in COST
    assert tags["dutch_level"] in (None, 1, 2, 3, 4)
    assert tags["wheelchair"] in (None, True, False)
    assert tags["pnt_fit"] in ("likely", "unlikely", "unknown")
    for key in ("age_min", "age_max"):
        assert tags[key] is None or isinstance(tags[key], int)
    price_min = tags["price_min_eur"]
    assert price_min is None or (isinstance(price_min, float) and math.isfinite(price_min)
                                 and price_min >= 0)
    for item in result["evidence"]:
        assert {"tag", "value", "field", "match", "rule"} <= set(item)


@fast
@given(st.lists(records, min_size=1, max_size=4))
def test_audit_never_crashes(batch):
    now = datetime(2026, 11, 26, 10, tzinfo=ZoneInfo("Europe/Brussels"))
    result = audit(batch, now=now)
    assert result is not None
