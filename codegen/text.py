"""Oracle's descriptions as docstring prose: HTML to plain text, and capped gists of it.

The spec's prose is HTML (often malformed: unclosed lists, `<ol>` used to close one). `plain` turns a whole
description into clean text for the generated modules and models: paragraphs, lists as `- item` lines, links
as their text. A facade docstring keeps the gist: the first paragraph that says more than the summary, as one
line of plain text within a character cap (`lead`).
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

__all__ = ["BOILERPLATE", "HTML_TAGS", "capped", "lead", "paragraphs", "plain"]

_BLOCK_TAGS = frozenset(
    "p br hr ul ol li dl dt dd table thead tbody tr td th div pre blockquote h1 h2 h3 h4 h5 h6".split()
)
_INLINE_TAGS = frozenset("a b i u s em strong code tt sub sup span small font strike".split())
# What counts as markup; anything else in angle brackets (`<status>`, `<field>`) is prose and stays.
HTML_TAGS = _BLOCK_TAGS | _INLINE_TAGS | frozenset("img caption colgroup col tfoot".split())
_TAG = re.compile(r"<\s*/?\s*([a-zA-Z][a-zA-Z0-9]*)\b[^<>]*>")
_BREAK = "\x00"
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9'\"(\[<`])")
_ABBREVIATIONS = ("e.g.", "i.e.", "etc.", "vs.", "approx.", "No.")
_FILLER = frozenset(
    "a an the this that operation function method api specified given existing its of for in to from by "
    "on with and or get gets retrieve retrieves return returns details information list".split()
)
# Descriptions the spec gives request bodies that say nothing about them.
BOILERPLATE = re.compile(
    r"^(the )?schema of the (request|response) body|^this section describes|^the request body (object|param)",
    re.IGNORECASE,
)


def paragraphs(html_text: str) -> list[str]:
    """Plain-text paragraphs of an HTML (or plain) description: tags dropped, entities decoded."""

    def tag(match: re.Match[str]) -> str:
        name = match.group(1).lower()
        if name in _BLOCK_TAGS:
            return _BREAK
        return "" if name in _INLINE_TAGS else match.group(0)  # `<status>` in prose is not markup

    text = html.unescape(_TAG.sub(tag, re.sub(r"\n\s*\n", _BREAK, html_text)))
    return [p for p in (" ".join(chunk.split()) for chunk in text.split(_BREAK)) if p]


def _sentences(text: str) -> list[str]:
    found: list[str] = []
    for piece in _SENTENCE_END.split(text):
        if found and found[-1].endswith(_ABBREVIATIONS):
            found[-1] += " " + piece
        else:
            found.append(piece)
    return found


def capped(text: str, cap: int) -> str:
    """Whole sentences of `text` up to `cap` characters; a first sentence too long is cut at a word."""
    if len(text) <= cap:
        return text
    kept = ""
    for sentence in _sentences(text):
        candidate = f"{kept} {sentence}".strip()
        if len(candidate) > cap:
            break
        kept = candidate
    if kept and not kept.endswith(":"):
        return kept
    cut = text[: cap - 3].rsplit(" ", 1)[0].rstrip(" ,;:-")
    return f"{cut}..."


def _words(text: str) -> set[str]:
    return {w.rstrip("s") for w in re.findall(r"[a-z0-9]+", text.lower())} - {""}


def _says_more(text: str, summary: str) -> bool:
    """Whether a description tells more than the summary ("This operation deletes the shift." does not)."""
    filler = {w.rstrip("s") for w in _FILLER}
    return bool(_words(text) - _words(summary) - filler)


def lead(description: str, cap: int, summary: str | None = None) -> str:
    """The first paragraph of a description as one capped line of plain text ("" when there is none).

    A paragraph that only introduces a list ("...when these conditions are met:") takes the list along; a
    leading "Important:" or "Note:" aside gives way to the paragraph after it. Given the `summary`, a first
    paragraph that only repeats it gives way to the second; "" when neither says more.
    """
    found = paragraphs(description)
    while len(found) > 1 and re.match(r"(important|note)\b", found[0], re.IGNORECASE):
        found = found[1:]
    if summary is not None:
        if found and not _says_more(found[0], summary):
            found = found[1:]
        if found and not _says_more(found[0], summary):
            return ""
    if not found:
        return ""
    if not found[0].endswith(":"):
        return capped(found[0], cap)
    text = " ".join(found)
    short = capped(text, cap)
    return short if short == text or short.endswith("...") else f"{short} ..."


class _PlainText(HTMLParser):
    """HTML -> blocks of (list depth, text): depth 0 is a paragraph; table rows are list items too."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[tuple[int, str]] = []  # (list depth, 0 for a paragraph; text)
        self._lists: list[str] = []
        self._counters: list[int] = []
        self._buffer: list[str] = []
        self._marker = ""
        self._href: list[str | None] = []
        self._cells: list[str] | None = None
        # Lists Oracle never closes would indent everything after them: a paragraph resets the nesting base.
        self._base = 0

    def _depth(self) -> int:
        if len(self._lists) - self._base < 1:
            self._base = max(len(self._lists) - 1, 0)
        return len(self._lists) - self._base

    def _flush(self) -> None:
        text = " ".join("".join(self._buffer).split())
        self._buffer = []
        if text:
            if self._marker:
                self.blocks.append((self._depth(), f"{self._marker}{text}"))
            else:
                self.blocks.append((0, text))
                self._base = len(self._lists)
        self._marker = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in HTML_TAGS:
            self.handle_data(self.get_starttag_text() or "")
        elif tag in ("ul", "ol"):
            self._flush()
            self._lists.append(tag)
            self._counters.append(0)
        elif tag == "li":
            self._flush()
            if not self._lists:  # an item outside any list reads as one
                self._lists.append("ul")
                self._counters.append(0)
            self._counters[-1] += 1
            self._marker = f"{self._counters[-1]}. " if self._lists[-1] == "ol" else "- "
        elif tag == "tr":
            self._flush()
            self._cells = []
        elif tag in ("td", "th"):
            self._buffer = []
        elif tag == "a":
            self._href.append(dict(attrs).get("href"))
        elif tag in _BLOCK_TAGS:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag not in HTML_TAGS:
            self.handle_data(f"</{tag}>")
        elif tag in ("ul", "ol"):
            self._flush()
            if self._lists:
                self._lists.pop()
                self._counters.pop()
        elif tag in ("td", "th") and self._cells is not None:
            self._cells.append(" ".join("".join(self._buffer).split()))
            self._buffer = []
        elif tag == "tr" and self._cells is not None:
            cells, self._cells = [c for c in self._cells if c], None
            if cells:
                self._lists.append("table")
                self.blocks.append((self._depth(), "- " + " | ".join(cells)))
                self._lists.pop()
        elif tag == "a" and self._href:
            href = self._href.pop()
            # Oracle's relative links point into its own help site: only absolute ones mean anything here.
            if href and href.startswith(("http://", "https://")) and href not in "".join(self._buffer):
                self._buffer.append(f" ({href})")
        elif tag in _BLOCK_TAGS and tag != "li":
            self._flush()

    def handle_data(self, data: str) -> None:
        self._buffer.append(data)

    def close(self) -> None:
        super().close()
        self._flush()


def plain(description: str) -> str:
    """A whole HTML (or plain) description as clean text.

    Paragraphs are separated by a blank line; list items are `- item` lines (`1. item` in ordered lists),
    indented two spaces per nesting level; a table row is an item with its cells joined by ` | `; a link is
    its text, followed by the address when that is absolute; entities are decoded.
    """
    parser = _PlainText()
    # A blank line in the source is a paragraph break, as in Markdown.
    parser.feed(re.sub(r"\n\s*\n", "<p>", description))
    parser.close()
    out: list[str] = []
    previous = 0
    for depth, text in parser.blocks:
        if out:
            out.append("\n" if depth and previous else "\n\n")
        out.append("  " * max(depth - 1, 0) + text)
        previous = depth
    return "".join(out)
