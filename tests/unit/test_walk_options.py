"""A walk's own options refused before any request, naming the operation, the option and why."""

from __future__ import annotations

import httpx
import pytest

from ofsc_overlay import OFSC, RequestValidationError


@pytest.mark.parametrize("max_items", [-1, 2.5, True])
def test_a_bad_max_items_is_refused_naming_the_operation(max_items: object) -> None:
    sent: list[httpx.Request] = []

    def server(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={"items": []})

    with OFSC(instance="acme", token="t0k3n", auth="bearer", transport=httpx.MockTransport(server)) as ofsc:
        with pytest.raises(RequestValidationError) as info:
            ofsc.metadata.get_all_workzones(max_items=max_items)  # type: ignore[arg-type]
    assert info.value.operation == "metadata.get_workzones"
    assert info.value.parameter == "max_items"
    assert info.value.reason == f"must be an integer >= 0, not {max_items!r}"
    assert sent == []
