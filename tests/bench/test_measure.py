"""Bench helpers: percentiles, RSS reading, growth detection (no timing assertions)."""
from __future__ import annotations

import sys

import pytest

from bench.measure import (extrapolate, grows, parse_status_kb, peak_rss_mb, percentile,
                           run_child)


def test_percentile_interpolates_like_numpy():
    values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
    assert percentile(values, 50) == 5.5
    assert percentile(values, 0) == 1
    assert percentile(values, 100) == 10
    assert percentile(values, 95) == pytest.approx(9.55)
    assert percentile([3, 1, 2], 50) == 2          # order does not matter
    assert percentile([42], 99) == 42
    with pytest.raises(ValueError):
        percentile([], 50)
    with pytest.raises(ValueError):
        percentile([1], 101)


def test_parse_status_kb():
    text = "Name:\tpython\nVmHWM:\t  123456 kB\nVmRSS:\t   99 kB\n"
    assert parse_status_kb(text, "VmHWM") == 123456
    assert parse_status_kb(text, "VmRSS") == 99
    assert parse_status_kb(text, "VmSwap") is None


def test_peak_rss_of_this_process_is_plausible():
    assert 5 < peak_rss_mb() < 20_000


def test_child_peak_rss_sees_an_allocation():
    small = run_child([sys.executable, "-c", "print('{\"ok\": 1}')"])
    big = run_child([sys.executable, "-c",
                     "b = bytearray(200 * 1024 * 1024); b[::4096] = b'x' * len(b[::4096]); "
                     "print('{\"ok\": 2}')"])
    assert small.returncode == big.returncode == 0
    assert small.data == {"ok": 1} and big.data == {"ok": 2}
    assert big.peak_rss_mb - small.peak_rss_mb > 150
    # a tiny command must not inherit this (large) process's memory in its figure
    assert small.peak_rss_mb < 60


def test_growth_and_extrapolation():
    assert not grows(10_000, 100, 100_000, 110)
    assert grows(10_000, 100, 100_000, 400)
    assert not grows(10_000, 40, 100_000, 60)      # under the absolute floor
    assert extrapolate(1000, 100, 2000, 110, 100_000) == pytest.approx(1090)
    with pytest.raises(ValueError):
        grows(10, 1, 10, 1)
