"""Thresholds of the provider audit, in one place so they can be tuned without touching checks."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class AuditConfig:
    # outdated
    stale_days: int = 365               # "not updated for a long time": last_changed older than this
    # clarity
    min_readability: float = 60.0       # Flesch–Douma below this is "fairly difficult" or worse
    readability_min_words: int = 30     # shorter texts give unreliable readability scores
    max_sentence_words: int = 25        # a sentence longer than this is hard for a newcomer
    min_description_words: int = 25     # fewer words is too little to decide on
    caps_run_words: int = 3             # this many ALL-CAPS words in a row is shouting
    # duplicates
    duplicate_title_ratio: float = 90.0  # rapidfuzz token_sort_ratio on normalised titles
    # reports
    fix_first_limit: int = 10           # length of the "fix these first" list per provider


DEFAULT_CONFIG = AuditConfig()
