from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.work_zone_key import WorkZoneKey
from ...types import Response, json_loads


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rest/ofscMetadata/v1/workZoneKey",
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> WorkZoneKey | None:
    if response.status_code == 200:
        if not response.content:
            return None
        response_200 = WorkZoneKey.from_dict(json_loads(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[WorkZoneKey]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[WorkZoneKey]:
    """Get the work zone key

     This operation retrieves the work zone key configuration. The work zone key information is
    represented by two objects: 'current' and 'pending'. This operation returns both objects when they
    are different but skips the 'pending' object if it is the same as the 'current' object. The order in
    which the fields are returned in the response is same as the order in which they are used in the
    key.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[WorkZoneKey]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> WorkZoneKey | None:
    """Get the work zone key

     This operation retrieves the work zone key configuration. The work zone key information is
    represented by two objects: 'current' and 'pending'. This operation returns both objects when they
    are different but skips the 'pending' object if it is the same as the 'current' object. The order in
    which the fields are returned in the response is same as the order in which they are used in the
    key.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        WorkZoneKey
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[WorkZoneKey]:
    """Get the work zone key

     This operation retrieves the work zone key configuration. The work zone key information is
    represented by two objects: 'current' and 'pending'. This operation returns both objects when they
    are different but skips the 'pending' object if it is the same as the 'current' object. The order in
    which the fields are returned in the response is same as the order in which they are used in the
    key.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[WorkZoneKey]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> WorkZoneKey | None:
    """Get the work zone key

     This operation retrieves the work zone key configuration. The work zone key information is
    represented by two objects: 'current' and 'pending'. This operation returns both objects when they
    are different but skips the 'pending' object if it is the same as the 'current' object. The order in
    which the fields are returned in the response is same as the order in which they are used in the
    key.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        WorkZoneKey
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
