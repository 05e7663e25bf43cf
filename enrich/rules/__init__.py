"""Facet rules: one declarative module per facet, each with ``FACET`` and ``RULES``.

Each module may also define ``resolve(hits, record, ctx) -> (tags, evidence)`` combining its
hits with the record's structured data. ``ALL`` lists the modules in the order they run.
"""
from __future__ import annotations

from enrich.rules import access, cost, dutch_level, family, goals, low_threshold, pnt

ALL = (cost, family, access, dutch_level, low_threshold, goals, pnt)
