"""Fixtures for every test suite."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from ofsc_overlay._redact import forget_secrets


@pytest.fixture(autouse=True)
def _forget_registered_secrets() -> Iterator[None]:
    """Secrets registered for masking are process-wide: each test starts without the previous test's."""
    yield
    forget_secrets()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    # In a mutation run only: mutmut names the mutant under test ("fail" for its first check, which runs
    # before it forks a process per mutant). See tests/_mutation_order.py.
    mutant = os.environ.get("MUTANT_UNDER_TEST", "")
    if "__mutmut_" in mutant or mutant == "fail":
        from _mutation_order import most_specific_first

        most_specific_first(config.rootpath, items)
