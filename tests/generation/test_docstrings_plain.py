"""Docstrings are for people: no HTML from Oracle's spec reaches the generated package (text.plain)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from codegen.text import HTML_TAGS, plain

GENERATED = Path(__file__).resolve().parents[2] / "generated" / "ofsc_generated"
_MARKUP = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)(?:\s[^<>]*)?/?\s*>")
_ENTITY = re.compile(r"&(?:[a-zA-Z]+|#\d+|#x[0-9a-fA-F]+);")


def html_in(text: str) -> list[str]:
    """The HTML tags and character entities left in `text` (pseudo-tags such as `<status>` are prose)."""
    tags = [m.group(0) for m in _MARKUP.finditer(text) if m.group(1).lower() in HTML_TAGS]
    return tags + _ENTITY.findall(text)


def _docstrings(path: Path) -> list[tuple[str, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[tuple[str, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            doc = ast.get_docstring(node, clean=False)
            if doc:
                found.append((f"{path.relative_to(GENERATED)}:{getattr(node, 'name', '<module>')}", doc))
    return found


def test_no_html_in_any_generated_docstring() -> None:
    scanned = 0
    offenders: list[str] = []
    for path in sorted(GENERATED.rglob("*.py")):
        for where, doc in _docstrings(path):
            scanned += 1
            left = html_in(doc)
            if left:
                offenders.append(f"{where}: {left[:3]}")
    assert scanned > len(list(GENERATED.glob("models/*.py")))  # every model and endpoint module was read
    assert not offenders, f"{len(offenders)} docstrings carry HTML, e.g.:\n" + "\n".join(offenders[:20])


def test_the_scan_finds_what_it_looks_for() -> None:
    assert html_in('See <a href="X.html">codes</a> &amp; <br/> more') == [
        '<a href="X.html">',
        "</a>",
        "<br/>",
        "&amp;",
    ]
    assert html_in("status=='<status>' and <field> <operator><value>, a < b > c") == []


def test_plain_lists_links_and_entities() -> None:
    text = plain(
        "Gets it.<p>Rules:<ul><li><b>One</b>: first<ul><li>nested &amp; deeper</li></ul></li>"
        "<li>two, see <a href='OFSC_Codes.html'>the codes</a> or "
        '<a href="https://www.iana.org/time-zones">IANA</a></li></ul>Then <i>more</i>.</p>'
    )
    assert text == (
        "Gets it.\n\nRules:\n\n- One: first\n  - nested & deeper\n"
        "- two, see the codes or IANA (https://www.iana.org/time-zones)\n\nThen more."
    )


def test_plain_survives_oracles_malformed_lists_and_tables() -> None:
    # An <ol> that "closes" with another <ol>, a list never closed, a table: nothing indents forever.
    text = plain(
        "<p>Does:<ol><li>removes</li><li>adds</li><ol><p>Note:</p><ul><li>a</li>"
        "<table><tr><th>Case</th><th>Result</th></tr><tr><td>x</td><td>y</td></tr></table>"
    )
    assert text == "Does:\n\n1. removes\n2. adds\n\nNote:\n\n- a\n  - Case | Result\n  - x | y"
    assert plain("a <status> b, x <= y") == "a <status> b, x <= y"
    assert plain("first\n\nsecond") == "first\n\nsecond"
