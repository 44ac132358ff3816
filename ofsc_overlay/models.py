"""The API's data models: ``from ofsc_overlay.models import Activity, Resource``.

Every model of the generated package (:mod:`ofsc_generated.models`) under the public package's name. Names
load on first access (PEP 562), so importing this module, or one model, does not import the hundreds of
others; ``dir()`` lists them all.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import ofsc_generated.models as _generated

if TYPE_CHECKING:
    from ofsc_generated.models import *  # noqa: F403 - the checker sees every model; nothing loads at run time

__all__ = list(_generated.__all__)
_NAMES = frozenset(__all__)


def __getattr__(name: str) -> Any:
    if name not in _NAMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(_generated, name)
    globals()[name] = value  # later lookups skip this function
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
