from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.work_zone_list import WorkZoneList
from ...types import UNSET, Response, Unset, json_loads


def _get_kwargs(
    *,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["offset"] = offset

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rest/ofscMetadata/v1/workZones",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> WorkZoneList | None:
    if response.status_code == 200:
        if not response.content:
            return None
        response_200 = WorkZoneList.from_dict(json_loads(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[WorkZoneList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[WorkZoneList]:
    """Get work zones

     This operation retrieves the list of work zones that are visible to the API user.

    Args:
        offset (int | Unset): The number of items that are skipped in the response. If a value is
            not specified, then it defaults to zero. The value zero indicates that the retrieval
            starts from the beginning of the collection.
        limit (int | Unset): The maximum number of items returned in the response. The minimum
            value that can be specified is 1 and the maximum value that can be specified is 100. If
            the specified value is greater than 100, zero, or if no value is specified, then it
            defaults to 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[WorkZoneList]
    """

    kwargs = _get_kwargs(
        offset=offset,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> WorkZoneList | None:
    """Get work zones

     This operation retrieves the list of work zones that are visible to the API user.

    Args:
        offset (int | Unset): The number of items that are skipped in the response. If a value is
            not specified, then it defaults to zero. The value zero indicates that the retrieval
            starts from the beginning of the collection.
        limit (int | Unset): The maximum number of items returned in the response. The minimum
            value that can be specified is 1 and the maximum value that can be specified is 100. If
            the specified value is greater than 100, zero, or if no value is specified, then it
            defaults to 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        WorkZoneList
    """

    return sync_detailed(
        client=client,
        offset=offset,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[WorkZoneList]:
    """Get work zones

     This operation retrieves the list of work zones that are visible to the API user.

    Args:
        offset (int | Unset): The number of items that are skipped in the response. If a value is
            not specified, then it defaults to zero. The value zero indicates that the retrieval
            starts from the beginning of the collection.
        limit (int | Unset): The maximum number of items returned in the response. The minimum
            value that can be specified is 1 and the maximum value that can be specified is 100. If
            the specified value is greater than 100, zero, or if no value is specified, then it
            defaults to 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[WorkZoneList]
    """

    kwargs = _get_kwargs(
        offset=offset,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> WorkZoneList | None:
    """Get work zones

     This operation retrieves the list of work zones that are visible to the API user.

    Args:
        offset (int | Unset): The number of items that are skipped in the response. If a value is
            not specified, then it defaults to zero. The value zero indicates that the retrieval
            starts from the beginning of the collection.
        limit (int | Unset): The maximum number of items returned in the response. The minimum
            value that can be specified is 1 and the maximum value that can be specified is 100. If
            the specified value is greater than 100, zero, or if no value is specified, then it
            defaults to 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        WorkZoneList
    """

    return (
        await asyncio_detailed(
            client=client,
            offset=offset,
            limit=limit,
        )
    ).parsed
