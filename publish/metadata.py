"""Datasette metadata (Dutch first) and settings for the published catalogue."""
from __future__ import annotations

from typing import Any

from publish.vocab import GOALS

SETTINGS: dict[str, Any] = {
    "sql_time_limit_ms": 1500,
    "facet_time_limit_ms": 400,
    "facet_suggest_time_limit_ms": 50,
    "suggest_facets": False,
    "default_page_size": 20,   # a table page of 50 wide rows costs ~100 ms of rendering
    "max_returned_rows": 1000,
    "default_facet_size": 15,
    "num_sql_threads": 4,
    "allow_download": True,
    "default_cache_ttl": 60,
}

LICENSE = "Catalogusgegevens: © de organisaties, via ikdoemee.be (AgII). Code: MIT"
SOURCE = "ikdoemee.be — activiteiten voor nieuwkomers (Agentschap Integratie en Inburgering)"

COLUMNS = {
    "id": "Id van de activiteit op ikdoemee.be / activity id",
    "titel": "Titel zoals de organisator hem publiceerde / title",
    "volgende_datum": "Eerstvolgende keer dat de activiteit plaatsvindt (Brusselse tijd) / next occurrence",
    "wanneer": "Wanneer, zoals vermeld (uurrooster of datum) / schedule",
    "gemeente": "Officiële gemeente (na de fusies van 2025) / municipality",
    "regio": "Referentieregio / reference region",
    "kosten": "gratis, verminderd (er is een verminderd tarief), betalend of onbekend / cost",
    "prijs": "Prijs zoals vermeld / price as stated",
    "prijs_vanaf_eur": "Laagste prijs voor volwassenen in euro, als vermeld / lowest adult price",
    "kosten_nakijken": "Zin om na te kijken voor je 'gratis' vertrouwt (één 'gratis' in een langere "
                       "zin, of enkel 'geen lidgeld'; of een 'gratis' die de tweede lezer betwijfelt, "
                       "kosten dan onbekend) / sentence to check before trusting 'free'",
    "uitpas": "UiTPAS of kansentarief mogelijk / UiTPAS reduction",
    "gezinsvriendelijk": "Geschikt voor gezinnen met kinderen / family-friendly",
    "kinderopvang": "Kinderopvang voorzien / childcare provided",
    "leeftijd_min": "Minimumleeftijd / minimum age",
    "leeftijd_max": "Maximumleeftijd / maximum age",
    "rolstoel": "Rolstoeltoegankelijk: ja, nee (uitdrukkelijk niet) of onbekend / wheelchair",
    "nederlands_niveau": "Nodige kennis van het Nederlands in taaliconen (1 = nog niet veel, 4 = vlot) / Dutch level",
    "laagdrempelig": "Laagdrempelig (vrije inloop, iedereen welkom) / low threshold",
    "doelen": "Doelen van ikdoemee.be (lijst) / goals",
    "conversatietafel": "Conversatietafel, praattafel, taalcafé of babbelbar / conversation table",
    "pnt": "Past waarschijnlijk in het participatie- en netwerktraject / fits the PNT",
    "status": "actief, volzet of geannuleerd / status",
    "afgelopen": "De activiteit is voorbij / the activity is over",
    "samenvatting": "Begin van de beschrijving (volledige tekst op de activiteitenpagina) / summary",
    "organisator": "Organisatie / organiser",
    "locatie": "Naam van de plek / venue",
    "online": "Online activiteit / online",
    "breedtegraad": "Breedtegraad / latitude",
    "lengtegraad": "Lengtegraad / longitude",
    "talen": "Talen van de activiteit / languages",
    "url": "Originele vermelding op ikdoemee.be / original listing",
    "inschrijven_url": "Inschrijven / booking link",
    "eerst_gezien": "Eerst gezien in de catalogus / first seen",
    "gewijzigd": "Laatst gewijzigd / last changed",
    "volgorde": "Sorteervolgorde: eerstvolgende eerst / default order",
}

UPCOMING_COLUMNS = ("id, titel, volgende_datum, wanneer, gemeente, kosten, prijs, "
                    "nederlands_niveau, gezinsvriendelijk, doelen, organisator, url")
OPTIONAL_TOWN = "(:gemeente = '' OR gemeente = :gemeente)"


def _goal_columns(prefix: str = "") -> str:
    return ",\n  ".join(
        f"sum(EXISTS (SELECT 1 FROM json_each({prefix}doelen) WHERE value = '{slug}')) "
        f"AS [{label}]"
        for slug, label in GOALS.items())


QUERIES: dict[str, dict[str, Any]] = {
    "komend_in_gemeente": {
        "title": "Binnenkort in een gemeente / Upcoming in a municipality",
        "description": "Alle lopende en komende activiteiten in één gemeente, eerstvolgende eerst.",
        "sql": f"SELECT {UPCOMING_COLUMNS} FROM activiteiten\n"
               "WHERE gemeente = :gemeente AND afgelopen = 'nee'\nORDER BY volgorde LIMIT 500",
    },
    "gratis_of_verminderd": {
        "title": "Gratis of met verminderd tarief / Free or reduced price",
        "description": "Gratis activiteiten en activiteiten met een verminderd tarief "
                       "(UiTPAS, kansentarief, sociaal tarief). Laat 'gemeente' leeg voor de hele regio.",
        "sql": f"SELECT {UPCOMING_COLUMNS}, uitpas FROM activiteiten\n"
               f"WHERE kosten IN ('gratis', 'verminderd') AND afgelopen = 'nee'\n"
               f"  AND {OPTIONAL_TOWN}\nORDER BY volgorde LIMIT 500",
    },
    "gratis_nakijken": {
        "title": "Gratis — nakijken / Free — to double-check",
        "description": "Activiteiten die als gratis gelabeld zijn op basis van één 'gratis' in een "
                       "langere zin, of enkel van 'geen lidgeld' / 'vrij toegankelijk': daar zat de "
                       "tagger op nieuw materiaal het vaakst naast (een gratis drankje, een gratis "
                       "cursus voor vrijwilligers, gratis voor één groep, geen lidgeld maar wel "
                       "zaalhuur). Ook de activiteiten die de tekst gratis noemt maar die de tweede "
                       "lezer betwijfelt omdat de rest leest als betalend (kosten: onbekend). Kijk "
                       "de zin na voor je iemand doorverwijst. Laat 'gemeente' leeg voor de hele "
                       "regio. / Listings labelled free on one 'gratis' inside a longer sentence, "
                       "or only on 'no membership fee' / 'open access', and those called free whose "
                       "'free' the second reader doubted (cost: unknown) — check the sentence "
                       "before referring someone.",
        # kosten_nakijken holds exactly that sentence for exactly those rows (publish.build's
        # _free_to_check): the query reads the column, as the feeds do
        "sql": f"SELECT {UPCOMING_COLUMNS}, kosten_nakijken AS zin\n"
               "FROM activiteiten\nWHERE afgelopen = 'nee' AND kosten_nakijken IS NOT NULL\n"
               f"  AND {OPTIONAL_TOWN}\nORDER BY volgorde LIMIT 500",
    },
    "gezinsvriendelijk": {
        "title": "Gezinsvriendelijk aanbod / Family-friendly offers",
        "description": "Activiteiten voor ouders met kinderen. Laat 'gemeente' leeg voor de hele regio.",
        "sql": f"SELECT {UPCOMING_COLUMNS}, kinderopvang, leeftijd_min, leeftijd_max\n"
               f"FROM activiteiten WHERE gezinsvriendelijk = 'ja' AND afgelopen = 'nee'\n"
               f"  AND {OPTIONAL_TOWN}\nORDER BY volgorde LIMIT 500",
    },
    "beginners_nederlands": {
        "title": "Voor beginners in het Nederlands (niveau 1–2) / Beginners in Dutch",
        "description": "Activiteiten waarvoor je nog niet veel Nederlands nodig hebt "
                       "(1 of 2 taaliconen). Laat 'gemeente' leeg voor de hele regio.",
        "sql": f"SELECT {UPCOMING_COLUMNS} FROM activiteiten\n"
               f"WHERE nederlands_niveau IN (1, 2) AND afgelopen = 'nee'\n"
               f"  AND {OPTIONAL_TOWN}\nORDER BY volgorde LIMIT 500",
    },
    "nieuw_deze_week": {
        "title": "Nieuw deze week / New this week",
        "description": "Activiteiten die in de 7 dagen vóór de laatste publicatie voor het "
                       "eerst in de catalogus verschenen. Laat 'gemeente' leeg voor de hele regio.",
        "sql": f"SELECT {UPCOMING_COLUMNS}, eerst_gezien FROM activiteiten\n"
               "WHERE eerst_gezien >= (SELECT waarde FROM publicatie WHERE sleutel = 'nieuw_sinds')\n"
               f"  AND afgelopen = 'nee' AND {OPTIONAL_TOWN}\n"
               "ORDER BY eerst_gezien DESC, volgorde LIMIT 500",
    },
    "aanbod_per_gemeente_en_doel": {
        "title": "Aanbod per gemeente en doel / Supply by municipality and goal",
        "description": "Aantal lopende en komende activiteiten per gemeente en per doel. "
                       "Elke gemeente van de regio staat erin, ook zonder aanbod: een 0 is een "
                       "gat in het aanbod. Geef een regio op of laat leeg.",
        # From the municipalities table, so a municipality of the region without any
        # activity shows up as a row of zeros instead of disappearing.
        "sql": "SELECT g.gemeente,\n  count(a.id) AS totaal,\n  " + _goal_columns("a.") +
               "\nFROM gemeenten g LEFT JOIN activiteiten a\n"
               "  ON a.gemeente = g.gemeente AND a.afgelopen = 'nee'\n"
               "WHERE (:regio = '' OR g.regio = :regio)\n"
               "GROUP BY g.gemeente ORDER BY g.gemeente",
    },
    "aandeel_conversatietafels": {
        "title": "Aandeel conversatietafels per gemeente / Share of conversation tables",
        "description": "Conversatietafels (praattafel, taalcafé, babbelbar) tegenover andere "
                       "activiteiten, per gemeente. Geef een regio op of laat leeg.",
        "sql": "SELECT gemeente, count(*) AS totaal,\n"
               "  sum(conversatietafel = 'ja') AS conversatietafels,\n"
               "  sum(conversatietafel = 'nee') AS andere,\n"
               "  round(100.0 * sum(conversatietafel = 'ja') / count(*), 1) AS procent_conversatietafels\n"
               "FROM activiteiten\nWHERE afgelopen = 'nee' AND gemeente IS NOT NULL\n"
               "  AND (:regio = '' OR regio = :regio)\n"
               "GROUP BY gemeente ORDER BY procent_conversatietafels DESC, gemeente",
    },
}


def build_metadata(base_url: str) -> dict[str, Any]:
    return {
        "title": "doemee — activiteiten voor nieuwkomers / activities for newcomers",
        "description_html": (
            "<p>Het aanbod van <a href=\"https://www.ikdoemee.be\">ikdoemee.be</a>, doorzoekbaar "
            "en gelabeld: kosten, gezin, toegankelijkheid, taalniveau, doel en gemeente. "
            "<a href=\"/overzicht\">Overzicht met grafiek en kaart</a> · "
            "<a href=\"/feeds\">RSS-feeds voor trajectbegeleiders</a> · "
            "<a href=\"/catalogue/activiteiten\">Alle activiteiten</a>.</p>"
            "<p><em>The ikdoemee.be catalogue, searchable and tagged. Read-only.</em></p>"),
        "license": LICENSE,
        "license_url": "https://opensource.org/license/mit",
        "source": SOURCE,
        "source_url": "https://www.ikdoemee.be",
        "about": "doemee",
        "about_url": f"{base_url}/feeds",
        "plugins": {
            "datasette-cluster-map": {"latitude_column": "breedtegraad",
                                      "longitude_column": "lengtegraad"},
        },
        "databases": {
            "catalogue": {
                "title": "Catalogus / Catalogue",
                "description": "Gepubliceerde catalogus: alleen-lezen, dagelijks opnieuw opgebouwd.",
                "tables": {
                    "activiteiten": {
                        "title": "Activiteiten / Activities",
                        "description": "Alle activiteiten die nog op ikdoemee.be staan, met "
                                       "hun labels. Zoek (accenten en samenstellingen werken: "
                                       "'cafe' vindt 'taalcafé'), filter met de facetten en "
                                       "abonneer je op elke selectie via RSS.",
                        "sort": "volgorde",
                        "size": 20,
                        "facets": ["gemeente", "kosten", {"array": "doelen"},
                                   "nederlands_niveau", "gezinsvriendelijk", "rolstoel",
                                   "laagdrempelig", "status", "regio"],
                        "facet_size": 15,
                        "label_column": "titel",
                        "columns": COLUMNS,
                        "plugins": {"datasette-cluster-map": {
                            "latitude_column": "breedtegraad",
                            "longitude_column": "lengtegraad"}},
                    },
                    "beschrijvingen": {"title": "Beschrijvingen / Descriptions",
                                       "description": "Volledige beschrijving per activiteit (platte tekst)."},
                    "bewijs": {"title": "Bewijs voor de labels / Tag evidence",
                               "description": "Welke tekst (veld en fragment) leidde tot welk label.",
                               "facets": ["tag", "veld"]},
                    "gemeenten": {"title": "Gemeenten / Municipalities",
                                  "description": "Aantal activiteiten per gemeente (totaal en nog lopend).",
                                  "sort_desc": "activiteiten"},
                    "doelen": {"title": "Doelen / Goals",
                               "description": "Aantal activiteiten per doel."},
                    "publicatie": {"title": "Publicatie / Build info",
                                   "description": "Wanneer deze versie werd opgebouwd."},
                    "zoek_woorden": {"hidden": True},
                    "zoek_trigram": {"hidden": True},
                },
                "queries": QUERIES,
            }
        },
    }


def deep_merge(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    """Merge extra into base in place (dicts recursively; other values from extra win)."""
    for key, value in (extra or {}).items():
        if isinstance(value, dict) and isinstance(base.get(key), dict):
            deep_merge(base[key], value)
        else:
            base[key] = value
    return base
