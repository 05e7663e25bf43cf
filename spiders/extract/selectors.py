"""CSS selectors compiled once, run on lxml elements without building Selector objects.

``spiders/site_profile.py`` stays the one readable place of the site's selectors (CSS). Each
is compiled here, once per profile:

- to an ``lxml.etree.XPath`` through parsel's own CSS translator (the exact semantics of
  ``Selector.css``, pseudo-elements ``::attr(name)`` and ``::text`` included), usable on any
  element; and
- when it uses only the common subset (type, ``#id``, ``.class``, ``[attr]``, ``[attr=v]``,
  ``[attr~=v]``, ``[attr|=v]``, ``[attr^=v]``, ``[attr$=v]``, ``[attr*=v]``, descendant and
  child combinators, optionally ``::attr(name)``), to a plain matcher as well.

A :class:`SelectorSet` evaluates many selectors relative to one context element in a single
walk over its subtree, which costs a fraction of one XPath evaluation per selector (an XPath
walks the subtree again for every selector). Selectors outside the subset are evaluated with
their XPath. Both give the same matches in the same (document) order as
``parsel.Selector.css`` relative to that element; ``tests/spiders/test_selectors.py`` checks
it on the fixture and model pages.
"""
from __future__ import annotations

import re
from typing import Any

import cssselect
from cssselect.parser import (Attrib, Class, CombinedSelector, Element, FunctionalPseudoElement,
                              Hash)
from lxml import etree
from parsel.csstranslator import css2xpath

# XPath's normalize-space() (what the CSS translator's class test uses) splits on these only.
_XML_SPACE = re.compile(r"[ \t\r\n]+")


_TOKENS: dict[str, frozenset[str]] = {}


def _class_tokens(value: str) -> frozenset[str]:
    """The tokens of a class attribute (memoised: pages repeat the same few values)."""
    tokens = _TOKENS.get(value)
    if tokens is None:
        if len(_TOKENS) > 10_000:
            _TOKENS.clear()
        tokens = _TOKENS[value] = frozenset(t for t in _XML_SPACE.split(value) if t)
    return tokens


class _Compound:
    """One compound selector (``dd.activity__where``, ``a[rel=next]``) as a test on an element:
    a static part (tag and classes: the same for every element with that tag and class
    attribute, so memoisable) and a dynamic one (id and other attributes)."""

    __slots__ = ("tag", "id", "classes", "first_class", "attribs", "dynamic")

    def __init__(self, tag: str | None, id_: str | None, classes: tuple[str, ...],
                 attribs: tuple[tuple[str, str, str | None], ...]):
        self.tag, self.id, self.attribs = tag, id_, attribs
        self.classes = frozenset(classes)
        self.first_class = classes[0] if classes else None
        self.dynamic = id_ is not None or bool(attribs)

    def static_matches(self, tag: str, class_value: str | None) -> bool:
        if self.tag is not None and tag != self.tag:
            return False
        if self.classes:
            return class_value is not None and self.classes <= _class_tokens(class_value)
        return True

    def dynamic_matches(self, el) -> bool:
        if self.id is not None and el.get("id") != self.id:
            return False
        for name, op, expected in self.attribs:
            value = el.get(name)
            if value is None or not _attrib_matches(op, value, expected):
                return False
        return True

    def matches(self, el) -> bool:
        return (self.static_matches(el.tag, el.get("class"))
                and (not self.dynamic or self.dynamic_matches(el)))


def _attrib_matches(op: str, value: str, expected: str | None) -> bool:
    # cssselect's translations: an empty value never matches ~=, ^=, $=, *=.
    if op == "exists":
        return True
    if op == "=":
        return value == expected
    if op == "~=":
        return bool(expected) and expected in _class_tokens(value)
    if op == "|=":
        return value == expected or value.startswith(f"{expected}-")
    if op == "^=":
        return bool(expected) and value.startswith(expected)
    if op == "$=":
        return bool(expected) and value.endswith(expected)
    if op == "*=":
        return bool(expected) and expected in value
    raise ValueError(op)


_SIMPLE_OPS = {"exists", "=", "~=", "|=", "^=", "$=", "*="}


def _compound(tree) -> _Compound | None:
    """The compound of a cssselect parse tree (Element wrapped in Class/Hash/Attrib), or None
    when it uses anything else (pseudo-classes, negation, namespaces...)."""
    classes: list[str] = []
    attribs: list[tuple[str, str, str | None]] = []
    id_ = None
    while not isinstance(tree, Element):
        if isinstance(tree, Class):
            classes.append(tree.class_name)
        elif isinstance(tree, Hash):
            if id_ is not None and id_ != tree.id:
                return None
            id_ = tree.id
        elif isinstance(tree, Attrib):
            if tree.namespace or tree.operator not in _SIMPLE_OPS:
                return None
            value = tree.value.value if tree.value is not None else None
            # The HTML translator lowercases attribute names, never values.
            attribs.append((tree.attrib.lower(), tree.operator, value))
        else:
            return None
        tree = tree.selector
    if tree.namespace:
        return None
    tag = tree.element.lower() if tree.element and tree.element != "*" else None
    return _Compound(tag, id_, tuple(reversed(classes)), tuple(reversed(attribs)))


def _steps(tree) -> list[tuple[_Compound, str]] | None:
    """[(compound, combinator before it)] from first to last, or None if not in the subset."""
    steps: list[tuple[_Compound, str]] = []
    while isinstance(tree, CombinedSelector):
        if tree.combinator not in (" ", ">"):
            return None
        compound = _compound(tree.subselector)
        if compound is None:
            return None
        steps.append((compound, tree.combinator))
        tree = tree.selector
    compound = _compound(tree)
    if compound is None:
        return None
    steps.append((compound, ""))
    steps.reverse()     # steps[i][1]: the combinator between steps[i - 1] and steps[i]
    return steps


class CompiledSelector:
    """One CSS selector: ``select(node)`` = ``Selector(node).css(css)`` as lxml values (elements,
    or strings for ``::attr()`` and ``::text``)."""

    __slots__ = ("css", "xpath", "attr", "steps")

    def __init__(self, css: str):
        self.css = css
        self.xpath = etree.XPath(css2xpath(css), smart_strings=False)
        self.attr: str | None = None
        self.steps: list[tuple[_Compound, str]] | None = None
        parsed = cssselect.parse(css)
        if len(parsed) != 1:
            return      # a group ("a, b"): XPath keeps its document order
        pseudo = parsed[0].pseudo_element
        if isinstance(pseudo, FunctionalPseudoElement):
            if pseudo.name != "attr" or len(pseudo.arguments) != 1:
                return
            self.attr = pseudo.arguments[0].value     # as parsel: @name, case as written
        elif pseudo is not None:
            return      # ::text and others
        self.steps = _steps(parsed[0].parsed_tree)

    def _value(self, el) -> Any:
        return el if self.attr is None else el.get(self.attr)

    def _candidates(self, node):
        """Elements of ``node``'s subtree (itself included) that may match, in document order:
        lxml filters on the tag in C when the last compound names one."""
        tag = self.steps[-1][0].tag
        return node.iter(tag) if tag is not None else node.iter(etree.Element)

    def select(self, node) -> list[Any]:
        if self.steps is None:
            return self.xpath(node)
        out = []
        for el in self._candidates(node):
            if self.matches(el, node):
                value = self._value(el)
                if value is not None:
                    out.append(value)
        return out

    def first(self, node) -> Any:
        """The first match (or None); stops looking once found."""
        if self.steps is None:
            found = self.xpath(node)
            return found[0] if found else None
        for el in self._candidates(node):
            if self.matches(el, node):
                value = self._value(el)
                if value is not None:
                    return value
        return None

    def matches(self, el, context) -> bool:
        """Whether ``el`` (in ``context``'s subtree) matches, the selector's ancestors being
        looked for inside ``context`` only, as an XPath relative to ``context`` does."""
        steps = self.steps
        if not steps[-1][0].matches(el):
            return False
        return len(steps) == 1 or self._match_above(el, len(steps) - 1, context)

    def _match_above(self, el, i: int, context) -> bool:
        """Whether the ancestors of ``el`` (up to ``context``) match ``steps[:i]``, given that
        ``el`` matches ``steps[i]``."""
        if el is context:
            return False
        compound = self.steps[i - 1][0]
        if self.steps[i][1] == ">":
            parent = el.getparent()
            return compound.matches(parent) and (i == 1 or self._match_above(parent, i - 1, context))
        node = el
        while node is not context:
            node = node.getparent()
            if compound.matches(node) and (i == 1 or self._match_above(node, i - 1, context)):
                return True
        return False

    def __repr__(self) -> str:
        return f"CompiledSelector({self.css!r})"


class SelectorSet:
    """Named selectors evaluated together relative to one context element, in one walk.

    What an element's tag and class attribute decide (which selectors' last compound, and
    which compounds at all, it may match) is memoised per (tag, class) pair: pages of a site
    repeat the same few, so the walk costs little more than visiting each element once."""

    _MEMO_LIMIT = 20_000

    def __init__(self, selectors: dict[str, str]):
        self.compiled = {name: CompiledSelector(css) for name, css in selectors.items() if css}
        self._walked = [(name, sel, sel.steps[-1][0]) for name, sel in self.compiled.items()
                        if sel.steps is not None]
        self._compounds = list({id(step[0]): step[0] for _, sel, _ in self._walked
                                for step in sel.steps}.values())
        self._xpath_only = [(name, sel) for name, sel in self.compiled.items()
                            if sel.steps is None]
        self._memo: dict[tuple[str, str | None], tuple[list, frozenset]] = {}

    def _entry(self, key: tuple[str, str | None]) -> tuple[list, frozenset]:
        """(selectors whose last compound may match, compounds that may match) for an element
        with this (tag, class attribute)."""
        entry = self._memo.get(key)
        if entry is None:
            if len(self._memo) > self._MEMO_LIMIT:
                self._memo.clear()
            tag, class_value = key
            compounds = frozenset(c for c in self._compounds if c.static_matches(tag, class_value))
            candidates = [w for w in self._walked if w[2] in compounds]
            entry = self._memo[key] = (candidates, compounds)
        return entry

    def _is(self, compound: _Compound, el) -> bool:
        return (compound in self._entry((el.tag, el.get("class")))[1]
                and (not compound.dynamic or compound.dynamic_matches(el)))

    def _above(self, sel: CompiledSelector, el, i: int, context) -> bool:
        """Whether ancestors of ``el`` up to ``context`` match ``sel.steps[:i]``."""
        if el is context:
            return False
        compound = sel.steps[i - 1][0]
        if sel.steps[i][1] == ">":
            parent = el.getparent()
            return self._is(compound, parent) and (i == 1 or self._above(sel, parent, i - 1, context))
        node = el
        while node is not context:
            node = node.getparent()
            if self._is(compound, node) and (i == 1 or self._above(sel, node, i - 1, context)):
                return True
        return False

    def run(self, context) -> dict[str, list[Any]]:
        """name -> the matches relative to ``context``, in document order (elements, or the
        attribute values of ``::attr()`` selectors)."""
        out: dict[str, list[Any]] = {name: [] for name in self.compiled}
        memo, entry_for = self._memo, self._entry
        # Listed first: the element proxies stay alive, so that walking up to an ancestor
        # finds its proxy instead of building a new one.
        elements = list(context.iter(etree.Element))
        for el in elements:
            key = (el.tag, el.get("class"))
            entry = memo.get(key) or entry_for(key)
            for name, sel, last in entry[0]:
                if last.dynamic and not last.dynamic_matches(el):
                    continue
                if len(sel.steps) > 1 and not self._above(sel, el, len(sel.steps) - 1, context):
                    continue
                value = el if sel.attr is None else el.get(sel.attr)
                if value is not None:
                    out[name].append(value)
        for name, sel in self._xpath_only:
            out[name] = sel.select(context)
        return out
