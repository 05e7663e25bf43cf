"""Places used by the model catalogue: restated gazetteer facts (postcode, locality, NIS, region).

The Rivierenland rows restate ``../shared/domain/gazetteer/rivierenland_localities.csv``; the
others restate rows of ``postcodes.csv`` / ``municipalities.csv`` from the same folder. Street
names are common Flemish street names; coordinates are approximate town centres (a model,
good enough for a map, not for routing).
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Place:
    postcode: str
    locality: str          # as a provider writes it in an address
    municipality: str
    nis: str
    refreg: str | None     # None for Brussels
    lat: float | None = None
    lon: float | None = None


RIVIERENLAND_REFREG = "REFREG02"

# postcode, locality, municipality, NIS — the 41 deelgemeenten of the 12 municipalities.
_RIVIERENLAND = """\
2800,Mechelen,Mechelen,12025
2800,Walem,Mechelen,12025
2801,Heffen,Mechelen,12025
2811,Hombeek,Mechelen,12025
2811,Leest,Mechelen,12025
2812,Muizen,Mechelen,12025
2860,Sint-Katelijne-Waver,Sint-Katelijne-Waver,12035
2861,Onze-Lieve-Vrouw-Waver,Sint-Katelijne-Waver,12035
2820,Bonheiden,Bonheiden,12005
2820,Rijmenam,Bonheiden,12005
2590,Berlaar,Berlaar,12002
2590,Gestel,Berlaar,12002
2880,Bornem,Bornem,12007
2880,Hingene,Bornem,12007
2880,Mariekerke,Bornem,12007
2880,Weert,Bornem,12007
2570,Duffel,Duffel,12009
2220,Heist-op-den-Berg,Heist-op-den-Berg,12014
2220,Hallaar,Heist-op-den-Berg,12014
2222,Itegem,Heist-op-den-Berg,12014
2222,Wiekevorst,Heist-op-den-Berg,12014
2221,Booischot,Heist-op-den-Berg,12014
2223,Schriek,Heist-op-den-Berg,12014
2500,Lier,Lier,12021
2500,Koningshooikt,Lier,12021
2560,Nijlen,Nijlen,12026
2560,Bevel,Nijlen,12026
2560,Kessel,Nijlen,12026
2580,Putte,Putte,12029
2580,Beerzel,Putte,12029
2870,Puurs,Puurs-Sint-Amands,12041
2870,Ruisbroek,Puurs-Sint-Amands,12041
2870,Breendonk,Puurs-Sint-Amands,12041
2870,Liezele,Puurs-Sint-Amands,12041
2890,Sint-Amands,Puurs-Sint-Amands,12041
2890,Oppuurs,Puurs-Sint-Amands,12041
2890,Lippelo,Puurs-Sint-Amands,12041
2830,Willebroek,Willebroek,12040
2830,Heindonk,Willebroek,12040
2830,Blaasveld,Willebroek,12040
2830,Tisselt,Willebroek,12040
"""

# Approximate town centres of the 12 municipalities.
_CENTRES = {
    "Mechelen": (51.0259, 4.4776), "Sint-Katelijne-Waver": (51.0667, 4.5333),
    "Bonheiden": (51.0225, 4.5430), "Berlaar": (51.1170, 4.6590), "Bornem": (51.0970, 4.2431),
    "Duffel": (51.0950, 4.5093), "Heist-op-den-Berg": (51.0746, 4.7288), "Lier": (51.1313, 4.5704),
    "Nijlen": (51.1610, 4.6700), "Putte": (51.0560, 4.6320), "Puurs-Sint-Amands": (51.0760, 4.2880),
    "Willebroek": (51.0605, 4.3600),
}


def _rivierenland() -> list[Place]:
    places = []
    for i, line in enumerate(_RIVIERENLAND.strip().splitlines()):
        postcode, locality, municipality, nis = line.split(",")
        lat, lon = _CENTRES[municipality]
        if locality != municipality:   # a deelgemeente: a small fixed offset from the centre
            lat += ((i * 37) % 11 - 5) * 0.004
            lon += ((i * 53) % 13 - 6) * 0.004
        places.append(Place(postcode, locality, municipality, nis, RIVIERENLAND_REFREG,
                            round(lat, 5), round(lon, 5)))
    return places


RIVIERENLAND: list[Place] = _rivierenland()

# Elsewhere in Flanders and Brussels, including the name collisions of the domain brief.
ELSEWHERE: list[Place] = [
    Place("1601", "Ruisbroek", "Sint-Pieters-Leeuw", "23077", "REFREG04"),
    Place("3891", "Muizen", "Gingelom", "71017", "REFREG15"),
    Place("3010", "Kessel-Lo", "Leuven", "24062", "REFREG05"),
    Place("3630", "Maasmechelen", "Maasmechelen", "73107", "REFREG15"),
    Place("3630", "Mechelen-aan-de-Maas", "Maasmechelen", "73107", "REFREG15"),
    Place("9570", "Lierde", "Lierde", "45063", "REFREG12"),
    Place("8301", "Heist-aan-Zee", "Knokke-Heist", "31043", "REFREG06"),
    Place("2000", "Antwerpen", "Antwerpen", "11002", "REFREG01"),
    Place("2600", "Berchem", "Antwerpen", "11002", "REFREG01"),
    Place("9690", "Berchem", "Kluisbergen", "45060", "REFREG12"),
    Place("3800", "Aalst", "Sint-Truiden", "71053", "REFREG15"),
    Place("9000", "Gent", "Gent", "44021", "REFREG13"),
    Place("3000", "Leuven", "Leuven", "24062", "REFREG05"),
    Place("8000", "Brugge", "Brugge", "31005", "REFREG06"),
    Place("1000", "Brussel", "Brussel", "21004", None),
    Place("1030", "Schaarbeek", "Schaarbeek", "21015", None),
    Place("1080", "Sint-Jans-Molenbeek", "Sint-Jans-Molenbeek", "21012", None),
    Place("2300", "Turnhout", "Turnhout", "13040", "REFREG03"),
    Place("3500", "Hasselt", "Hasselt", "71072", "REFREG15"),
    Place("1800", "Vilvoorde", "Vilvoorde", "23088", "REFREG04"),
    Place("2840", "Rumst", "Rumst", "11037", "REFREG01"),
    Place("2550", "Kontich", "Kontich", "11024", "REFREG01"),
    Place("9200", "Dendermonde", "Dendermonde", "42006", "REFREG11"),
    Place("8500", "Kortrijk", "Kortrijk", "34022", "REFREG08"),
    Place("2400", "Mol", "Mol", "13025", "REFREG03"),
    Place("1500", "Halle", "Halle", "23027", "REFREG04"),
    Place("3290", "Deurne", "Diest", "24020", "REFREG05"),
]

RIVIERENLAND_MUNICIPALITIES = sorted({p.municipality for p in RIVIERENLAND})

COMMON_STREETS = [
    "Kerkstraat", "Dorpsstraat", "Stationsstraat", "Schoolstraat", "Molenstraat", "Kapelstraat",
    "Nieuwstraat", "Markt", "Kerkplein", "Bredabaan", "Lindenlaan", "Gemeenteplein",
    "Pastorijstraat", "Beekstraat", "Veldstraat", "Heidestraat", "Kloosterstraat", "Hoogstraat",
]
TOWN_STREETS = {
    "Mechelen": ["Grote Markt", "Befferstraat", "Bruul", "Korenmarkt", "Hanswijkstraat",
                 "Zandpoortvest", "Kanunnik De Deckerstraat", "Nekkerspoel", "Vijfhoek",
                 "Brusselsesteenweg", "Auwegemvaart", "Leuvensesteenweg", "Veemarkt"],
    "Lier": ["Grote Markt", "Antwerpsestraat", "Kartuizersvest", "Mechelsestraat", "Kolveniersvest",
             "Berlarij", "Aarschotsesteenweg"],
    "Heist-op-den-Berg": ["Bergstraat", "Kerkhofweg", "Liersesteenweg", "Kempenlaan"],
    "Willebroek": ["August Van Landeghemstraat", "Dendermondsesteenweg", "Vaart", "Mechelsesteenweg"],
    "Bornem": ["Boomstraat", "Hingenesteenweg", "Sint-Amandsesteenweg"],
    "Duffel": ["Mechelsebaan", "Kapellestraat", "Stationsplein"],
}
