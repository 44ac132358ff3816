"""The order in which a mutation run (`make mutation`) runs one mutant's tests: the most specific first.

mutmut runs, for each mutant, the tests that reached the mutated function in its first instrumented run,
fastest first, and stops at the first failure. A function that every client reaches (a transport option, a
validation guard) is reached by hundreds of tests, of which only the few written for it check what it does,
and those are seldom the fastest: such a mutant ran most of the suite before the test that kills it.

A test that reaches few of the mutated functions is one written for them, so those go first (the fastest
first among equals). Only the order changes, never the verdict: a surviving mutant still runs every test,
and a killed one is killed by whichever failing test comes first. Outside a mutation run nothing is
reordered (tests/conftest.py calls this only when mutmut names a mutant under test).
"""

from __future__ import annotations

import collections
import json
from pathlib import Path

import pytest

# mutmut's stats of its instrumented run, read once: the parent process reads them before it forks a
# process per mutant, so each mutant's process has them already.
_stats: tuple[dict[str, int], dict[str, float]] | None = None


def _load(root: Path) -> tuple[dict[str, int], dict[str, float]]:
    global _stats
    if _stats is None:
        path = root / "mutmut-stats.json"
        if not path.is_file():
            return {}, {}
        stats = json.loads(path.read_text(encoding="utf-8"))
        reach: collections.Counter[str] = collections.Counter()
        for tests in stats["tests_by_mangled_function_name"].values():
            reach.update(tests)
        _stats = dict(reach), dict(stats["duration_by_test"])
    return _stats


def most_specific_first(root: Path, items: list[pytest.Item]) -> None:
    """Sort ``items`` in place: the fewest mutated functions reached first, then the fastest."""
    reach, duration = _load(root)
    unknown = max(reach.values(), default=0) + 1  # a test the stats do not know: last
    items.sort(key=lambda item: (reach.get(item.nodeid, unknown), duration.get(item.nodeid, 0.0)))
