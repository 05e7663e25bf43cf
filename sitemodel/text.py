"""The plain-text rule for provider HTML (see MARKUP.md, "Description as plain text").

1. ``<script>``/``<style>`` elements are dropped with their content; comments are dropped.
2. ``p, div, ul, ol, h1–h6, blockquote, table`` start and end a paragraph;
   ``li, tr`` start and end a line, ``li`` lines begin with "- "; ``<br>`` ends a line.
3. Entities are decoded; every run of whitespace (including no-break spaces) becomes one space;
   each line is stripped; empty lines are dropped.
4. Lines of one paragraph are joined with ``\\n``; paragraphs with ``\\n\\n``.
"""
from __future__ import annotations

import re

import lxml.html

_PARA, _LINE = "\x00", "\x01"
_BLOCK = {"p", "div", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "table"}
_LINEISH = {"li", "tr"}
_SKIP = {"script", "style"}
_WS = re.compile(r"[\s\u00a0\u200b]+")


def html_to_text(html: str | None) -> str:
    if not html or not html.strip():
        return ""
    root = lxml.html.fragment_fromstring(html, create_parent="div")
    out: list[str] = []

    def walk(el) -> None:
        tag = el.tag if isinstance(el.tag, str) else None
        if tag is None or tag in _SKIP:
            if el.tail:
                out.append(el.tail)
            return
        mark = _PARA if tag in _BLOCK else _LINE if tag in _LINEISH else ""
        out.append(mark + ("- " if tag == "li" else ""))
        if el.text:
            out.append(el.text)
        for child in el:
            walk(child)
        out.append(_LINE if tag == "br" else mark)
        if el.tail:
            out.append(el.tail)

    walk(root)
    paragraphs = []
    for para in "".join(out).split(_PARA):
        lines = [_WS.sub(" ", line).strip() for line in para.split(_LINE)]
        lines = [line for line in lines if line]
        if lines:
            paragraphs.append("\n".join(lines))
    return "\n\n".join(paragraphs)


def normalise_space(text: str | None) -> str | None:
    if text is None:
        return None
    return _WS.sub(" ", text).strip()
