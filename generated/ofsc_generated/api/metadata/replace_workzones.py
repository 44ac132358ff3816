from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.work_zone_list import WorkZoneList
from ...types import Response, json_loads


def _get_kwargs(
    *,
    body: WorkZoneList,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/rest/ofscMetadata/v1/workZones",
    }

    _kwargs["json"] = body.to_dict()

    headers.setdefault("Content-Type", "application/json")

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> WorkZoneList | None:
    if response.status_code == 200:
        if not response.content:
            return None
        response_200 = WorkZoneList.from_dict(json_loads(response.content))

        return response_200

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[WorkZoneList | None]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: WorkZoneList,
) -> Response[WorkZoneList | None]:
    """Bulk replace work zones

     This operation replaces the entire collection of work zones in a single request. All conflicts are
    auto-resolved, and all the existing work zones that are not present in the request are deactivated.

    The operation could be time-consuming, so do not send more than 1000 work zones, 10000 keys and
    shapes in a single request. If the work zone collection is too large for a single request, then
    replace the collection in several requests as follows:

    1. Bulk replace 1000 zones in a single request.
    2. Bulk update the next 1000 zones, and so on.

    The following are the limitations for a request:

    - The request can contain a maximum of 2000 work zones.
    - The request can contain a maximum of 20000 keys and shapes.
    - The request size must not exceed 2 MiB.

    Args:
        body (WorkZoneList): The collection of work zones.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[WorkZoneList | None]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: WorkZoneList,
) -> WorkZoneList | None:
    """Bulk replace work zones

     This operation replaces the entire collection of work zones in a single request. All conflicts are
    auto-resolved, and all the existing work zones that are not present in the request are deactivated.

    The operation could be time-consuming, so do not send more than 1000 work zones, 10000 keys and
    shapes in a single request. If the work zone collection is too large for a single request, then
    replace the collection in several requests as follows:

    1. Bulk replace 1000 zones in a single request.
    2. Bulk update the next 1000 zones, and so on.

    The following are the limitations for a request:

    - The request can contain a maximum of 2000 work zones.
    - The request can contain a maximum of 20000 keys and shapes.
    - The request size must not exceed 2 MiB.

    Args:
        body (WorkZoneList): The collection of work zones.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        WorkZoneList | None
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: WorkZoneList,
) -> Response[WorkZoneList | None]:
    """Bulk replace work zones

     This operation replaces the entire collection of work zones in a single request. All conflicts are
    auto-resolved, and all the existing work zones that are not present in the request are deactivated.

    The operation could be time-consuming, so do not send more than 1000 work zones, 10000 keys and
    shapes in a single request. If the work zone collection is too large for a single request, then
    replace the collection in several requests as follows:

    1. Bulk replace 1000 zones in a single request.
    2. Bulk update the next 1000 zones, and so on.

    The following are the limitations for a request:

    - The request can contain a maximum of 2000 work zones.
    - The request can contain a maximum of 20000 keys and shapes.
    - The request size must not exceed 2 MiB.

    Args:
        body (WorkZoneList): The collection of work zones.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[WorkZoneList | None]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: WorkZoneList,
) -> WorkZoneList | None:
    """Bulk replace work zones

     This operation replaces the entire collection of work zones in a single request. All conflicts are
    auto-resolved, and all the existing work zones that are not present in the request are deactivated.

    The operation could be time-consuming, so do not send more than 1000 work zones, 10000 keys and
    shapes in a single request. If the work zone collection is too large for a single request, then
    replace the collection in several requests as follows:

    1. Bulk replace 1000 zones in a single request.
    2. Bulk update the next 1000 zones, and so on.

    The following are the limitations for a request:

    - The request can contain a maximum of 2000 work zones.
    - The request can contain a maximum of 20000 keys and shapes.
    - The request size must not exceed 2 MiB.

    Args:
        body (WorkZoneList): The collection of work zones.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        WorkZoneList | None
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
