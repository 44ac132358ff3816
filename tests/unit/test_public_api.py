"""The public surface is API: a rename anywhere in it must be a decision, not an accident.

``docs/public-api.txt`` lists every name ``ofsc_overlay`` exports and every method of the client groups with
its signature. A new Oracle spec, a names-table edit or a codegen change that renames a method or one of its
keyword arguments makes this test fail and show the difference. After a deliberate change, rewrite the
listing with ``OFSC_UPDATE_PUBLIC_API=1 make test`` and commit it with the change.
"""

from __future__ import annotations

import difflib
import importlib
import inspect
import os
from pathlib import Path

import pytest

import ofsc_overlay

LISTING = Path(__file__).resolve().parents[2] / "docs" / "public-api.txt"
HEADER = (
    "# The public API of ofsc_overlay: exported names, then every client group method with its signature.\n"
    "# Checked by tests/unit/test_public_api.py; rewrite with OFSC_UPDATE_PUBLIC_API=1 make test.\n"
)


def _class(dotted: str) -> type:
    module, _, name = dotted.rpartition(".")
    cls = getattr(importlib.import_module(module), name)
    assert isinstance(cls, type)
    return cls


def _methods(cls: type) -> list[str]:
    lines = []
    for name, member in sorted(vars(cls).items()):
        if name.startswith("_") or not callable(member):
            continue
        prefix = "async " if inspect.iscoroutinefunction(member) else ""
        lines.append(f"{cls.__name__}.{prefix}{name}{inspect.signature(member)}")
    return lines


def current_listing() -> str:
    from ofsc_generated.facade import GROUPS

    lines = [f"ofsc_overlay.{name}" for name in sorted(ofsc_overlay.__all__)]
    for group in sorted(GROUPS):
        for dotted in GROUPS[group]:
            lines.extend(_methods(_class(dotted)))
    return HEADER + "\n".join(lines) + "\n"


def test_public_api_matches_the_committed_listing() -> None:
    listing = current_listing()
    committed = LISTING.read_text(encoding="utf-8") if LISTING.exists() else ""
    if listing != committed and os.environ.get("OFSC_UPDATE_PUBLIC_API"):
        # Rewriting is never a pass: the run says the listing changed, for the change to be reviewed.
        LISTING.write_text(listing, encoding="utf-8")
        pytest.skip("docs/public-api.txt rewritten: review the difference and commit it")
    if listing != committed:
        diff = "".join(
            difflib.unified_diff(
                committed.splitlines(keepends=True),
                listing.splitlines(keepends=True),
                "docs/public-api.txt (committed)",
                "public API now",
                n=0,
            )
        )
        raise AssertionError(
            "The public API changed. If that is deliberate, rewrite the listing with "
            f"OFSC_UPDATE_PUBLIC_API=1 make test and commit it:\n{diff}"
        )


def test_the_listing_covers_every_operation() -> None:
    listing = LISTING.read_text(encoding="utf-8")
    for operation in ofsc_overlay.operations():
        assert f".{operation.name}(" in listing, operation.key


def test_update_mode_rewrites_a_stale_listing_without_passing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stale = tmp_path / "public-api.txt"
    stale.write_text(HEADER + "ofsc_overlay.Gone\n", encoding="utf-8")
    monkeypatch.setattr(f"{__name__}.LISTING", stale)

    with pytest.raises(AssertionError, match=r"(?s)The public API changed.*-ofsc_overlay\.Gone"):
        test_public_api_matches_the_committed_listing()
    # Not rewritten without the flag.
    assert stale.read_text(encoding="utf-8") == HEADER + "ofsc_overlay.Gone\n"

    monkeypatch.setenv("OFSC_UPDATE_PUBLIC_API", "1")
    with pytest.raises(pytest.skip.Exception, match="rewritten"):
        test_public_api_matches_the_committed_listing()
    assert stale.read_text(encoding="utf-8") == current_listing()
    test_public_api_matches_the_committed_listing()  # now up to date: passes, flag or not
