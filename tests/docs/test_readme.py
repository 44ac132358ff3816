"""README.md is also the package index's page: its links must be absolute and point at what exists."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")
_LINK = re.compile(r"\]\(([^)\s]+)\)")


def _urls() -> dict[str, str]:
    return dict(tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["urls"])


def test_install_line_comes_before_any_other_command() -> None:
    assert README.index("pip install ofsc-overlay") < README.index("```")


def test_every_link_is_absolute_and_resolves_in_this_repository() -> None:
    site = _urls()["Documentation"].rstrip("/") + "/"
    repo_blob = _urls()["Repository"].rstrip("/") + "/blob/main/"
    links = _LINK.findall(README)
    assert links
    for link in links:
        assert link.startswith("https://"), f"{link}: relative links break on the package index"
        if link.startswith(site):
            page = link[len(site) :].strip("/")
            assert page == "" or page == "reference" or (ROOT / "docs" / f"{page}.md").is_file(), (
                f"{link}: no docs page {page}"
            )
        elif link.startswith(repo_blob):
            assert (ROOT / link[len(repo_blob) :]).is_file(), f"{link}: no such file in the repository"


def test_readme_links_the_documentation_and_shows_async() -> None:
    assert _urls()["Documentation"] in README
    assert "async with AsyncOFSC(" in README and "async for " in README
