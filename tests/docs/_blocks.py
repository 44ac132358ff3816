"""Code blocks of the Markdown guides: ```python blocks run against the simulator, ```py blocks only compile.

A ```py block is one that needs a real tenant or a file outside the example (a named config file, a bearer
token, OpenTelemetry, a conftest): it is compiled and type-checked, never run.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

DOCS = Path(__file__).resolve().parents[2] / "docs"
# Pages written for this site; migration.md shows pyOFSC code side by side with ours, so it only compiles.
_FENCE = re.compile(
    r"^(?P<indent>[ ]*)```(?P<lang>[a-z]*)[^\n]*\n(?P<body>.*?)^(?P=indent)```[ ]*$", re.M | re.S
)


@dataclass(frozen=True)
class Block:
    page: str
    line: int
    lang: str  # "python": run; "py": compile and type-check only
    code: str

    @property
    def where(self) -> str:
        return f"docs/{self.page}:{self.line}"


def blocks(page: Path) -> list[Block]:
    text = page.read_text(encoding="utf-8")
    found = []
    for match in _FENCE.finditer(text):
        if match.group("lang") not in ("python", "py"):
            continue
        indent = len(match.group("indent"))
        code = "\n".join(line[indent:] for line in match.group("body").splitlines())
        line = text.count("\n", 0, match.start()) + 1
        found.append(Block(page.name, line, match.group("lang"), code + "\n"))
    return found


def pages() -> list[Path]:
    return sorted(DOCS.glob("*.md"))
