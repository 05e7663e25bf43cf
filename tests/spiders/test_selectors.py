"""The compiled extraction path gives what the plain parsel/extruct path gives.

- every profile selector, compiled (``spiders/extract/selectors.py``), matches the same things
  as ``parsel.Selector.css`` with the CSS string from ``spiders/site_profile.py``, on the frozen
  fixtures and on pages of every kind the model renders;
- the microdata reader gives extruct's items; ``html_to_text`` on the parsed element gives what
  it gives on the element's HTML; ``join_url`` is ``urljoin``.
"""
from __future__ import annotations

from datetime import date
from urllib.parse import urljoin

import pytest
from extruct.w3cmicrodata import LxmlMicrodataExtractor
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree
from parsel import Selector

from sitemodel.catalogue import Catalogue
from sitemodel.render import Renderer
from spiders.extract import normalise as n
from spiders.extract import structured
from spiders.extract.profile import compiled, extract_fields
from spiders.extract.selectors import CompiledSelector, SelectorSet
from spiders.site_profile import IKDOEMEE

from .conftest import FIXTURES

BASE = "https://www.ikdoemee.be"
FIXTURE_PAGES = sorted(p.name for p in FIXTURES.glob("*.html"))


def _model_pages() -> list[tuple[str, str]]:
    """(url, html) of model pages: activities of every structured-data variant and status in
    all three languages, organisation pages, a listing."""
    cat = Catalogue.load(date(2026, 11, 26))
    r = Renderer(cat)
    picked, seen = [], set()
    for v in cat.live():
        key = (v.record["structured"], v.record["status"], v.record["online"],
               bool(v.record.get("hostile")))
        if key not in seen:
            seen.add(key)
            picked.append(v)
    pages = [(BASE + v.path(lang), r.activity(v, lang, BASE)) for v in picked
             for lang in ("nl", "en", "fr")]
    pages += [(BASE + "/nl/organisatie/x", r.organisation(org, "nl", BASE))
              for org in list(cat.orgs.values())[:5]]
    listing = cat.listing()
    pages.append((BASE + "/nl/activiteiten", r.listing(listing[:20], 1, 2, BASE,
                                                       "/nl/activiteiten", "Activiteiten")))
    return pages


MODEL_PAGES = _model_pages()
ALL_PAGES = [(f"{BASE}/nl/activiteit/x", (FIXTURES / name).read_text(encoding="utf-8"))
             for name in FIXTURE_PAGES] + MODEL_PAGES


def _css(node: Selector, css: str) -> list:
    """What parsel gives, in the compiled selectors' terms: strings, or the elements."""
    found = node.css(css)
    return [s.root for s in found]


def _profile_selectors() -> dict[str, str]:
    selectors = {f"activity:{k}": v for k, v in IKDOEMEE.fields.items()}
    selectors.update({f"organisation:{k}": v for k, v in IKDOEMEE.organisation_fields.items()})
    for name in ("listing_link", "next_page", "load_more", "js_results_ready", "activity_root",
                 "organisation_root"):
        selectors[name] = getattr(IKDOEMEE, name)
    return selectors


PROFILE_SELECTORS = _profile_selectors()


def test_the_pages_cover_every_kind():
    assert len(MODEL_PAGES) > 30
    assert {"jsonld", "microdata", None} <= {
        structured.find_events(Selector(text=html), url)[0] for url, html in MODEL_PAGES}


@pytest.mark.parametrize("url,html", ALL_PAGES, ids=[u.rsplit("/", 2)[-2] + str(i)
                                                     for i, (u, _) in enumerate(ALL_PAGES)])
def test_compiled_selectors_match_css_on_every_page(url, html):
    page = Selector(text=html)
    contexts = [page] + page.css(IKDOEMEE.activity_root)[:1] + page.css(
        IKDOEMEE.organisation_root)[:1]
    for context in contexts:
        together = SelectorSet(PROFILE_SELECTORS).run(context.root)
        for name, css in PROFILE_SELECTORS.items():
            expected = _css(context, css)
            one = CompiledSelector(css)
            assert one.select(context.root) == expected, (name, css)
            assert one.xpath(context.root) == expected, (name, css)
            assert together[name] == expected, (name, css)
            assert one.first(context.root) == (expected[0] if expected else None)


def test_profile_selectors_take_the_fast_path():
    c = compiled(IKDOEMEE)
    for selectors in (c.activity, c.organisation):
        assert all(sel.steps is not None for sel in selectors.compiled.values())


@pytest.mark.parametrize("name", FIXTURE_PAGES)
def test_extracted_fields_equal_the_css_reading(name):
    """The profile layer through compiled selectors = the same rules through parsel's css()."""
    page = Selector(text=(FIXTURES / name).read_text(encoding="utf-8"))
    for root_css, fields, selectors in (
            (IKDOEMEE.activity_root, IKDOEMEE.fields, compiled(IKDOEMEE).activity),
            (IKDOEMEE.organisation_root, IKDOEMEE.organisation_fields,
             compiled(IKDOEMEE).organisation)):
        roots = page.css(root_css)
        if not roots:
            continue
        assert extract_fields(roots[0].root, selectors) == _css_fields(roots[0], fields)


def _css_fields(node: Selector, selectors: dict[str, str]) -> dict:
    """The profile layer's rules written with parsel (how it read the page before)."""
    def text(css):
        if "::attr(" in css:
            return node.css(css).get()
        return n.clean_text(" ".join(node.css(css)[:1].css("::text, *::text").getall()) or None)
    out = {}
    for field, css in selectors.items():
        if field == "description":
            value = n.html_to_text(node.css(css).get())
        elif field == "goals":
            value = [g for g in (s.strip().lower() for s in node.css(css).getall())
                     if g in ("nederlands-oefenen", "mensen-ontmoeten", "vrienden-maken",
                              "iets-nieuws-leren", "vrijwilligerswerk", "voorbereiden-op-werk")]
        elif field == "dutch_level":
            value = n.parse_int(node.css(css).get(), 1, 4)
        elif field in ("start", "end"):
            value = n.parse_datetime(node.css(css).get())
        elif field == "online":
            value = True if node.css(css) else None
        elif field in ("lat", "lon"):
            value = n.parse_float(node.css(css).get())
        elif field == "postcode":
            value = n.parse_postcode(text(css))
        elif field == "languages":
            codes = [c.strip().lower() for c in node.css(css).getall() if c.strip()]
            value = list(dict.fromkeys(codes)) or n.parse_languages(text(css.split(" ")[0]))
        elif field == "contact_email":
            value = n.parse_email(node.css(css).get())
        elif field == "status_class":
            value = node.css(css).get()
        else:
            value = text(css)
        if value not in (None, [], ""):
            out[field] = value
    return out


SNIPPET = """<html><body>
<div id="top" class="a  b" data-x="v-1" lang="nl-BE">
  <section class="a"><p class="c">one <b>bold</b> two</p><p class="c d">three</p></section>
  <ul class="list"><li class="i">1</li><li class="i x"><span class="i">2</span></li></ul>
  <a rel="next" href="/p2">n</a><a rel="nofollow next" href="/p3">m</a>
  <span class="a&#9;b">tab</span><span class="a&#160;b">nbsp</span>
</div><p class="c">outside</p></body></html>"""


@pytest.mark.parametrize("css", [
    "p.c", "section p", "div > section > p.d", "div > p", "ul > li.i", "li .i", ".i", "li.i.x",
    "#top .c", "#top", "div#top.a.b", "[data-x]", "[data-x=v-1]", "[data-x^=v]", "[data-x$='1']",
    "[data-x*='-']", "[lang|=nl]", "a[rel~=next]::attr(href)", "a[rel=next]::attr(href)",
    "span.a", "span.b", "*", "div *", "section > *", "p.c::attr(class)", "li:first-child",
    "p::text", "p.c, li.i", "A[REL=next]", "div .nomatch", ".a .c",
])
def test_compiled_selectors_match_css_on_edge_cases(css):
    page = Selector(text=SNIPPET)
    section = page.css("section")[0]
    for context in (page, page.css("#top")[0], section, page.css("p.c")[0]):
        expected = _css(context, css)
        sel = CompiledSelector(css)
        assert sel.select(context.root) == expected
        assert SelectorSet({"x": css}).run(context.root)["x"] == expected


def test_ancestors_outside_the_context_do_not_count():
    page = Selector(text=SNIPPET)
    section = page.css("section")[0]
    assert SelectorSet({"x": "div p.c"}).run(section.root)["x"] == []
    assert section.css("div p.c") == []


def _microdata_pages() -> list[tuple[str, str]]:
    pages = [(url, html) for url, html in ALL_PAGES if "itemscope" in html]
    assert len(pages) >= 3
    return pages


@pytest.mark.parametrize("url,html", _microdata_pages())
def test_microdata_reader_gives_extruct_items(url, html):
    root = Selector(text=html).root
    assert structured.microdata_items(root, url) == LxmlMicrodataExtractor().extract_items(root, url)
    lazy = [structured._microdata_to_plain(i, lazy=("description",))
            for i in structured.microdata_items(root, url, lazy_text=True)]
    plain = [structured._microdata_to_plain(i) for i in structured.microdata_items(root, url)]
    assert [{k: str(v) if isinstance(v, structured._LazyText) else v for k, v in item.items()}
            for item in lazy] == plain


def test_microdata_reader_follows_itemref_and_nesting():
    html = """<html><body>
      <div itemscope itemtype="https://schema.org/Event" itemref="loc">
        <h2 itemprop="name">Wandeling <b>in</b> het park</h2>
        <span itemprop="organizer" itemscope itemtype="https://schema.org/Organization">
          <span itemprop="name">Buurtwerk</span><a itemprop="url" href="/org/1">site</a></span>
        <meta itemprop="startDate" content="2026-12-01T10:00">
        <div itemscope><span itemprop="about">inner</span></div>
      </div>
      <p id="loc" itemprop="location" itemscope itemtype="https://schema.org/Place">
        <span itemprop="name">Park</span> (<span itemprop="address">2800 Mechelen</span>)</p>
      <img itemscope itemtype="https://schema.org/ImageObject" src="/x.png">
    </body></html>"""
    root = Selector(text=html).root
    url = "https://example.org/e/1"
    assert structured.microdata_items(root, url) == LxmlMicrodataExtractor().extract_items(root, url)


def test_jsonld_reading_is_robust():
    html = """<html><head>
      <script type="application/ld+json">{"@type": "Event", "name": broken</script>
      <script type="application/ld+json">
        // a comment line some CMSs add
        {"@context": "https://schema.org", "@graph": [{"@type": "WebPage"},
         {"@type": "Event", "name": "In de graph", "startDate": "2026-12-01T10:00"}]}
      </script>
      <script type="application/ld+json">[{"@type": "MusicEvent", "name": "In een lijst"}]</script>
      <script type="application/ld+json">   </script>
    </head><body></body></html>"""
    syntax, events = structured.find_events(Selector(text=html), "https://example.org/e/1")
    assert syntax == "jsonld"
    assert [e["name"] for e in events] == ["In de graph", "In een lijst"]


@pytest.mark.parametrize("url,html", ALL_PAGES[:40])
def test_html_to_text_of_an_element_equals_that_of_its_html(url, html):
    for div in Selector(text=html).css("div.activity__description, div.organisation__description"):
        assert n.html_to_text(div.root) == n.html_to_text(div.get())


def test_html_to_text_of_an_element_skips_scripts_and_keeps_the_tree():
    root = Selector(text="<div><p>a<script>x()</script>b</p><style>p{}</style><ul><li>c</li></ul>"
                         "</div>").css("div")[0].root
    before = etree.tostring(root)
    assert n.html_to_text(root) == "ab\n\n- c"
    assert etree.tostring(root) == before


_URL_PARTS = st.sampled_from(["http://", "https://", "HTTP://", "ftp:", "//", "/", "a", "b.c",
                              ":80", "?", "#", "x=1", ".", "..", "/./", "/../", ";p", " ", "\t",
                              "[", "]", "\\", "%20", "é", "mailto:", "@", "&", "\n"])


@settings(max_examples=3000, deadline=None)
@given(st.lists(_URL_PARTS, max_size=9).map("".join),
       st.sampled_from(["http://127.0.0.1:8765/nl/activiteit/10001-x", "https://www.ikdoemee.be",
                        "https://x.y/a/b/", "http://a.b/c?d#e"]))
def test_join_url_is_urljoin(href, base):
    try:
        expected = urljoin(base, href)
    except ValueError:
        with pytest.raises(ValueError):
            n.join_url(base, href)
        return
    assert n.join_url(base, href) == expected


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(list(" \t\r\n\f\v\x00\x1c\x85\u00a0\u2007\u202f\u2028&;#abé")
                                + ["&amp;", "&#1;"]), max_size=14).map("".join))
def test_clean_text_fast_path_equals_the_rule(text):
    import re

    from w3lib.html import replace_entities
    control = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
    spaces = re.compile(r"[ \t\r\f\v\u00a0\u2007\u202f]+")
    expected = spaces.sub(" ", control.sub("", replace_entities(text)).replace("\n", " ")).strip()
    assert n.clean_text(text) == (expected or None)
