"""Oracle's descriptions as docstring prose: HTML to plain paragraphs, capped at whole sentences.

The spec's prose is HTML and can run to pages; a docstring keeps the gist: the first paragraph that says more
than the summary, as one line of plain text within a character cap.
"""

from __future__ import annotations

import html
import re

__all__ = ["BOILERPLATE", "capped", "lead", "paragraphs"]

_BLOCK_TAGS = frozenset(
    "p br hr ul ol li dl dt dd table thead tbody tr td th div pre blockquote h1 h2 h3 h4 h5 h6".split()
)
_INLINE_TAGS = frozenset("a b i u s em strong code tt sub sup span small font strike".split())
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
