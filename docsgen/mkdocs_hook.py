"""mkdocs hook: the API reference pages, rendered from the generated package on every build.

mkdocs.yml names the reference with one nav entry, `reference/index.md`; `on_config` expands it into the
index, a page per operation group and the models index (model pages are reached from those, not the nav),
and `on_files` adds every page as a generated file. Nothing is written into docs/.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # mkdocs loads hooks by path: make `docsgen` importable
    sys.path.insert(0, str(ROOT))

from mkdocs.config.defaults import MkDocsConfig  # noqa: E402
from mkdocs.structure.files import File, Files, InclusionLevel  # noqa: E402

from docsgen.reference import group_title, render_pages  # noqa: E402

INDEX = "reference/index.md"
_pages: dict[str, str] = {}


def _expand(items: Any, groups: list[str]) -> Any:
    if isinstance(items, list):
        return [_expand(item, groups) for item in items]
    if isinstance(items, dict):
        return {
            title: (
                [
                    INDEX,
                    {"Operations": [{group_title(g): f"reference/operations/{g}.md"} for g in groups]},
                    {"Models": "reference/models/index.md"},
                ]
                if value == INDEX
                else _expand(value, groups)
            )
            for title, value in items.items()
        }
    return items


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    _pages.clear()
    _pages.update(render_pages())
    groups = [path.split("/")[-1][:-3] for path in _pages if path.startswith("reference/operations/")]
    config["nav"] = _expand(config["nav"], groups)
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    for path, content in _pages.items():
        generated = File.generated(config, path, content=content)
        if path.startswith("reference/models/") and path != "reference/models/index.md":
            generated.inclusion = InclusionLevel.NOT_IN_NAV
        files.append(generated)
    return files
