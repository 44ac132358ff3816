"""The API changelog as markdown (docs/api-changes/<version>.md) and its entry in CHANGELOG.md."""

from __future__ import annotations

import re
from pathlib import Path

from codegen.apidiff import RULES, ContractDiff

__all__ = ["changelog_entry", "render_changes", "update_changelog"]

BREAKING = "**breaking**"
COMPATIBLE = "compatible"

_KEEP_A_CHANGELOG = (
    "# Changelog\n\n"
    "All notable changes to this project are documented in this file.\n\n"
    "The format is based on [Keep a Changelog](https://keepachangelog.com/en/1.1.0/), and this project "
    "adheres to [Semantic Versioning](https://semver.org/spec/v2.0.0.html).\n"
)
_UNRELEASED = "## [Unreleased]"


def _counts(diff: ContractDiff) -> str:
    return (
        f"{len(diff.added)} operation(s) added, {len(diff.removed)} removed, {len(diff.changed)} changed; "
        f"{len(diff.breaking)} breaking change(s)"
    )


def render_changes(diff: ContractDiff, notes: list[str] | None = None) -> str:
    """Markdown: the header with the rules, a summary, then one section per facade method."""
    lines = [
        f"# OFSC API changes: {diff.old_version or '?'} -> {diff.new_version or '?'}",
        "",
        f"What changed for callers of `ofsc_overlay` when the client moved from Oracle's spec "
        f"{diff.old_version or '?'} to {diff.new_version or '?'}, per facade method "
        "(`client.<group>.<method>`). Each line is marked {BREAKING} or {COMPATIBLE} by these rules:".replace(
            "{BREAKING}", BREAKING
        ).replace("{COMPATIBLE}", COMPATIBLE),
        "",
    ]
    lines += [f"- {BREAKING if kind == 'breaking' else COMPATIBLE}: {text}" for kind, text in RULES]
    lines += ["", f"Summary: {_counts(diff)}.", ""]
    for note in notes or []:
        lines.append(f"Note: {note.replace(chr(9), ' ')}")
    if notes:
        lines.append("")
    if not diff.changes:
        lines += ["No change visible to callers.", ""]
    if diff.breaking:
        lines += ["## Breaking changes", ""]
        lines += [f"- `client.{c.method}`: {c.text}" for c in diff.breaking]
        lines.append("")
    current: tuple[str, str] | None = None
    for change in diff.changes:
        if (change.method, change.route) != current:
            if current is not None:
                lines.append("")
            current = (change.method, change.route)
            lines += [f"## `client.{change.method}` ({change.route})", ""]
        lines.append(f"- {BREAKING if change.breaking else COMPATIBLE}: {change.text}")
    return "\n".join(lines).rstrip() + "\n"


def changelog_entry(diff: ContractDiff, link: str, target: str | None = None) -> list[str]:
    """The CHANGELOG.md bullet for an upgrade: the versions, the counts, every breaking change.

    ``target`` is where the link points when it is not ``link`` itself (an absolute URL: the changelog is also
    shown on the package index and inside the documentation site, where a repository path would not resolve).
    """
    lines = [
        f"- Oracle's OFSC API {diff.new_version} (was {diff.old_version}): {_counts(diff)}. "
        f"Details: [{link}]({target or link})."
    ]
    lines += [f"  - **BREAKING** `client.{c.method}`: {c.text}" for c in diff.breaking]
    return lines


def update_changelog(path: Path, entry: list[str]) -> None:
    """Put `entry` first under `## [Unreleased]` / `### Changed` (creating the file, heading or section)."""
    text = path.read_text(encoding="utf-8") if path.is_file() else _KEEP_A_CHANGELOG
    lines = text.rstrip("\n").split("\n")
    if _UNRELEASED not in lines:
        first = next((i for i, line in enumerate(lines) if line.startswith("## ")), len(lines))
        lines[first:first] = [_UNRELEASED, ""] if first < len(lines) else ["", _UNRELEASED]
    start = lines.index(_UNRELEASED)
    end = next((i for i in range(start + 1, len(lines)) if re.match(r"^## ", lines[i])), len(lines))
    changed = next((i for i in range(start + 1, end) if lines[i].strip() == "### Changed"), None)
    if changed is None:
        following = lines[start + 1] if start + 1 < len(lines) else ""
        lines[start + 1 : start + 1] = ["", "### Changed", *entry] + ([""] if following else [])
    else:
        lines[changed + 1 : changed + 1] = entry
    path.write_text("\n".join(lines).rstrip("\n") + "\n", encoding="utf-8")
