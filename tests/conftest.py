"""Fixtures for every test suite."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ofsc_overlay._redact import forget_secrets


@pytest.fixture(autouse=True)
def _forget_registered_secrets() -> Iterator[None]:
    """Secrets registered for masking are process-wide: each test starts without the previous test's."""
    yield
    forget_secrets()
