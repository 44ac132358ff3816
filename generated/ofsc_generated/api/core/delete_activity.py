from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import Response


def _get_kwargs(
    activity_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/rest/ofscCore/v1/activities/{activity_id}".format(
            activity_id=quote(str(activity_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | None:
    if response.status_code == 204:
        return None

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    activity_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any]:
    """Delete an activity

     This operation deletes the specified activity when the following conditions are met:

    - The activity status is 'pending'.
    - The activity is not scheduled for a past date.
    - The route is not started.

    Args:
        activity_id (int): The unique identifier of the activity in Oracle Field Service.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        activity_id=activity_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    activity_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> None:
    """Delete an activity

     This operation deletes the specified activity when the following conditions are met:

    - The activity status is 'pending'.
    - The activity is not scheduled for a past date.
    - The route is not started.

    Args:
        activity_id (int): The unique identifier of the activity in Oracle Field Service.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None
    """

    sync_detailed(
        activity_id=activity_id,
        client=client,
    )


async def asyncio_detailed(
    activity_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any]:
    """Delete an activity

     This operation deletes the specified activity when the following conditions are met:

    - The activity status is 'pending'.
    - The activity is not scheduled for a past date.
    - The route is not started.

    Args:
        activity_id (int): The unique identifier of the activity in Oracle Field Service.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        activity_id=activity_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    activity_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> None:
    """Delete an activity

     This operation deletes the specified activity when the following conditions are met:

    - The activity status is 'pending'.
    - The activity is not scheduled for a past date.
    - The route is not started.

    Args:
        activity_id (int): The unique identifier of the activity in Oracle Field Service.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None
    """

    await asyncio_detailed(
        activity_id=activity_id,
        client=client,
    )
