"""The synthetic catalogue generator: deterministic, sized, realistic (behaviour only)."""
from __future__ import annotations

import statistics
from collections import Counter

from bench import synth
from sitemodel.catalogue import Catalogue
from sitemodel.server import serve_model


def test_deterministic_for_a_seed():
    a = synth.synth_catalogue(300, seed=7)
    b = synth.synth_catalogue(300, seed=7)
    assert a == b
    assert synth.synth_catalogue(300, seed=8)[1] != a[1]


def test_requested_size_and_unique_ids():
    orgs, acts = synth.synth_catalogue(1000)
    assert len(acts) == 1000
    assert len({a["id"] for a in acts}) == 1000
    assert all(a["id"].isdigit() for a in acts)
    org_ids = {o["id"] for o in orgs}
    assert len(orgs) == synth.org_count(1000) == len(org_ids)
    assert len({o["slug"] for o in orgs}) == len(orgs)
    assert all(a["org_id"] in org_ids for a in acts)


def test_streams_without_touching_the_model_records():
    _, real = synth.real_records()
    before = [dict(r) for r in real]
    it = synth.iter_activities(10**9)          # lazy: a huge size costs nothing until read
    first = [next(it) for _ in range(50)]
    assert len(first) == 50
    assert [dict(r) for r in real] == before


def test_mix_of_kinds_and_statuses_follows_the_model():
    _, real = synth.real_records()
    _, acts = synth.synth_catalogue(5000)
    for key in ("kind", "status", "structured"):
        want = Counter(r[key] for r in real)
        got = Counter(a[key] for a in acts)
        for value, n in want.items():
            assert abs(got[value] / len(acts) - n / len(real)) < 0.04, (key, value)


def test_descriptions_are_longer_and_varied_but_same_tag_mix():
    from enrich.tagger import tag_record
    _, real = synth.real_records()
    _, acts = synth.synth_catalogue(1200)
    real_len = synth.description_lengths(real)
    synth_len = synth.description_lengths(acts)
    assert statistics.median(synth_len) >= statistics.median(real_len)
    assert max(synth_len) > 3 * max(real_len) / 2
    assert sum(1 for a, s in zip(acts, synth_len) if s > 800) > 0.05 * len(acts)

    def mix(records):
        tags = [tag_record({"id": r["id"], "title": r["title"],
                            "description": r["description_html"], "price_text": r["price_text"],
                            "schedule": r["schedule"], "location": {}, "goals": r["goals"],
                            "offers": r.get("offers") or [], "is_free": r.get("is_free"),
                            "languages": r["languages"]})["tags"] for r in records]
        return {"cost": Counter(t["cost"] for t in tags),
                "family": Counter(t["family_friendly"] for t in tags),
                "low": Counter(t["low_threshold"] for t in tags)}
    want, got = mix(real), mix(acts)
    for facet in want:
        for value, n in want[facet].items():
            assert abs(got[facet][value] / len(acts) - n / len(real)) < 0.06, (facet, value)


def test_neutral_sentences_carry_no_tag():
    pool = synth.neutral_sentences("nl")
    assert len(pool) > 20
    assert all(synth._is_neutral(s) for s in pool[:20])


def test_uncopied_catalogue_serves_like_the_model():
    orgs, acts = synth.synth_catalogue(120, seed=3)
    fast = Catalogue(orgs, acts, synth.DEFAULT_TODAY, copy=False)
    plain = Catalogue(orgs, acts, synth.DEFAULT_TODAY)
    assert [v.id for v in fast.listing()] == [v.id for v in plain.listing()]
    assert [v.id for v in fast.sitemap()] == [v.id for v in plain.sitemap()]
    some_org = acts[0]["org_id"]
    assert [v.id for v in fast.org_activities(some_org)] == \
        [v.id for v in plain.org_activities(some_org)]
    fast.removed[acts[0]["id"]] = 404          # a mutation drops the caches
    assert acts[0]["id"] not in {v.id for v in fast.live()}
    with serve_model(catalogue=fast) as model:
        import urllib.request
        with urllib.request.urlopen(model.url("/sitemap.xml")) as resp:
            assert resp.status == 200 and b"<urlset" in resp.read()
