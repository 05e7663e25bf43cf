"""Facet rules: one declarative module per facet, each with ``FACET`` and ``RULES``.

Each module may also define ``resolve(hits, record, ctx) -> (tags, evidence)`` combining its
hits with the record's structured data. ``ALL`` lists the modules in the order they run.

The cost facet is split by concern: ``cost`` holds its vocabulary and ``RULES``, and
``cost_resolve`` (which imports them and exposes ``FACET``, ``RULES`` and ``resolve``) stands
for the facet in ``ALL``, since ``cost`` cannot import ``resolve`` back without a cycle.
"""
from __future__ import annotations

from enrich.rules import access, cost_resolve, dutch_level, family, goals, low_threshold, pnt

ALL = (cost_resolve, family, access, dutch_level, low_threshold, goals, pnt)
