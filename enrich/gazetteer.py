"""Postcode + locality → current (2025) municipality, NIS code, referentieregio, province.

Data: ``data/gazetteer/`` (see its README for sources). Resolution order:

1. online → nothing (no place, no region);
2. a Flemish or Brussels postcode → its municipality (every postcode maps to exactly one);
   the locality is checked against the postcode's localities only to name the evidence;
3. a postcode outside Flanders/Brussels (Wallonia, abroad) → nothing: no guess;
   A postcode typed into the locality or the street/venue line ("2800 Mechelen", "Kerkstraat 5,
   2800") counts as the postcode;
4. no postcode → the locality matched on whole words against locality names, municipality
   names and aliases; a name shared by several municipalities (Ruisbroek, Muizen…) stays
   unresolved; an area around a place ("Mechelen en omgeving", "rond Lier") names no
   municipality;
5. neither postcode nor locality → nothing, even when the venue or street line names a town
   ("Secret location (Leuven)", "Verschillende musea in Mechelen"): the codes come from postcode
   and locality (issue 3; the labelling conventions say the same, and every writer of the three
   such listings labelled none). ``enrich.tagger.locate`` then quotes the venue line in its
   ``geo.unresolved`` evidence, for the provider audit.

Names are compared with :func:`enrich.text.name_key` (case, accents, "St."/"Sint", hyphens).
Matching inside longer text only counts on word boundaries where a hyphen is part of the word,
so "Mechelen" never matches in "Maasmechelen" and "Kessel" never in "Kessel-Lo".
"""
from __future__ import annotations

import csv
import os
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from enrich.text import name_key

GAZETTEER_DIR = Path(os.environ.get(
    "DOEMEE_GAZETTEER", Path(__file__).resolve().parent.parent / "data" / "gazetteer"))


# a postcode or country marker of a place abroad: a French, German or Dutch postcode (five digits,
# a country prefix, the Dutch "1234 AB"), or the country named in brackets
_ABROAD = re.compile(r"(?<![\d.,])\d{5}(?![\d.,])|\b(?:F|FR|D|DE|L|LU|NL)-? ?\d{4,5}\b|\b\d{4} ?[A-Z]{2}\b(?! ?\w)|"
                     r"\((?:France|Frankrijk|Nederland|Netherlands|Pays-Bas|Deutschland|Duitsland|Germany|"
                     r"Luxembourg|Luxemburg)\)", re.IGNORECASE)


@dataclass(frozen=True)
class Municipality:
    nis_code: str
    name: str
    province: str
    region_code: str | None
    region: str | None


@dataclass(frozen=True)
class Place:
    municipality: Municipality
    rule: str          # how it was found (named in the evidence)
    match: str         # the text that produced it

    def as_location(self) -> dict[str, Any]:
        m = self.municipality
        return {"municipality": m.name, "nis_code": m.nis_code, "region": m.region,
                "region_code": m.region_code, "province": m.province}


EMPTY_LOCATION = {"municipality": None, "nis_code": None, "region": None, "region_code": None,
                  "province": None}

# an area around a place rather than the place: no municipality to name
_AREA = re.compile(r"\b(?:en )?(?:omgeving|omstreken|ommeland|surroundings|environs)\b|\be\.\s?o\.?(?=\s|$)|"
                   r"\b(?:rond|rondom|in de buurt van|near|around)\s", re.IGNORECASE)
_POSTCODE = re.compile(r"(?<![\d.,€-])\b([1-9]\d{3})\b(?![.,]\d)")


class Gazetteer:
    def __init__(self, directory: str | Path = GAZETTEER_DIR):
        directory = Path(directory)
        self.municipalities: dict[str, Municipality] = {}
        with open(directory / "municipalities.csv", encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                self.municipalities[row["nis_code"]] = Municipality(
                    row["nis_code"], row["name_nl"], row["province_nl"],
                    row["refreg_code"] or None, row["refreg_name"] or None)
        self.region_names = {m.region_code: m.region for m in self.municipalities.values()
                             if m.region_code}
        # postcode → {locality key: (locality, nis)}
        self.postcodes: dict[str, dict[str, tuple[str, str]]] = {}
        # name key → set of nis codes (localities, municipality names, aliases)
        self.names: dict[str, set[str]] = {}
        with open(directory / "postcodes.csv", encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                key = name_key(row["locality"])
                self.postcodes.setdefault(row["postcode"], {})[key] = (
                    row["locality"], row["municipality_nis"])
                self.names.setdefault(key, set()).add(row["municipality_nis"])
        for m in self.municipalities.values():
            self.names.setdefault(name_key(m.name), set()).add(m.nis_code)
        alias_file = directory / "aliases.csv"
        if alias_file.exists():
            with open(alias_file, encoding="utf-8", newline="") as fh:
                for row in csv.DictReader(fh):
                    self.names.setdefault(name_key(row["alias"]), set()).add(
                        row["municipality_nis"])
        # One regex over all names (longest first) for names inside longer text.
        keys = sorted(self.names, key=len, reverse=True)
        self._name_re = re.compile(
            r"(?<![\w-])(" + "|".join(re.escape(k) for k in keys) + r")(?![\w-])")

    # -- lookups ---------------------------------------------------------------------------
    def postcode_municipality(self, postcode: str) -> str | None:
        localities = self.postcodes.get(postcode)
        if not localities:
            return None
        return next(iter(localities.values()))[1]

    def names_in(self, text: str) -> list[tuple[str, set[str]]]:
        """Place names found on word boundaries in ``text`` with their candidate NIS codes."""
        key = name_key(text)
        return [(m.group(1), self.names[m.group(1)]) for m in self._name_re.finditer(key)]

    def resolve(self, postcode: str | None = None, locality: str | None = None, *,
                online: bool = False, extra: str | None = None) -> Place | None:
        """Find the municipality; None when online, outside Flanders/Brussels or ambiguous."""
        if online and not postcode and not locality:
            return None
        if online:
            return None
        postcode = (postcode or "").strip()
        locality = (locality or "").strip()
        if any(_ABROAD.search(text) for text in (postcode, locality, extra or "")):
            # "59000 Lille", "F-59000 Lille", "3012 CN Rotterdam", "Lille (France)": a place abroad,
            # whatever Flemish town shares its locality's name (Lille 2275)
            return None
        digits = re.sub(r"\D", "", postcode)
        if not digits:
            # "2800 Mechelen" typed into the locality, or a postcode in the street line
            for text in (locality, extra or ""):
                m = _POSTCODE.search(text)
                if m and m.group(1) in self.postcodes:
                    digits = m.group(1)
                    break
        if len(digits) == 4:
            nis = self.postcode_municipality(digits)
            if nis is None:
                return None            # Wallonia, abroad or a non-place postcode: no guess
            loc_key = name_key(locality) if locality else ""
            known = self.postcodes[digits]
            if loc_key in known:
                return Place(self.municipalities[nis], "geo.postcode+locality",
                             f"{digits} {locality}")
            return Place(self.municipalities[nis], "geo.postcode", digits)
        if not locality or _AREA.search(locality):
            return None        # "Mechelen en omgeving", "rond Lier": an area, not a place
        exact = self.names.get(name_key(locality))
        if exact is not None:
            if len(exact) == 1:
                return Place(self.municipalities[next(iter(exact))], "geo.locality", locality)
            return None        # a name shared by several municipalities: no guess
        found = self.names_in(locality)
        candidates = {frozenset(nis) for _, nis in found}
        if len(candidates) == 1 and len(only := next(iter(candidates))) == 1:
            return Place(self.municipalities[next(iter(only))], "geo.locality", found[0][0])
        return None


@lru_cache(maxsize=4)
def load(directory: str | Path = GAZETTEER_DIR) -> Gazetteer:
    return Gazetteer(directory)


def region_name(code: str, directory: str | Path = GAZETTEER_DIR) -> str | None:
    return load(directory).region_names.get(code)
