"""No module in ``enrich/`` binds a module-level name twice.

The rule modules hold hundreds of module-level regexes; a second ``_SESSION_WORD = …`` further
down silently replaced the first in session 18 and hid a false "free". Rebinding a name from
itself (``RULES = RULES + GRAMMAR``) extends it on purpose and is allowed.
"""
import ast
from pathlib import Path

import pytest

ENRICH = Path(__file__).resolve().parents[2] / "enrich"
MODULES = sorted(ENRICH.rglob("*.py"))


def _bound(node: ast.stmt) -> list[str]:
    """The names a top-level statement binds, unless it rebinds a name from itself."""
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        return [node.name]
    if isinstance(node, (ast.Assign, ast.AnnAssign)):
        targets = node.targets if isinstance(node, ast.Assign) else [node.target]
        names = [n.id for t in targets for n in ast.walk(t) if isinstance(n, ast.Name)]
        read = {n.id for n in ast.walk(node.value) if isinstance(n, ast.Name)} \
            if node.value is not None else set()
        return [name for name in names if name not in read]
    return []


def twice_bound(source: str) -> list[str]:
    seen: set[str] = set()
    twice = []
    for node in ast.parse(source).body:
        for name in _bound(node):
            if name in seen:
                twice.append(name)
            seen.add(name)
    return twice


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(ENRICH)))
def test_no_module_level_name_is_bound_twice(path):
    assert twice_bound(path.read_text(encoding="utf-8")) == []


def test_the_check_finds_a_regex_replaced_further_down():
    source = "import re\n_WORD = re.compile('a')\nRULES = (1,)\n_WORD = re.compile('b')\n" \
             "RULES = RULES + (2,)\ndef _WORD(): pass\n"
    assert twice_bound(source) == ["_WORD", "_WORD"]
