from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.activity import Activity
from ...models.create_activity import CreateActivity
from ...types import UNSET, Response, Unset, json_loads


def _get_kwargs(
    *,
    body: CreateActivity | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/rest/ofscCore/v1/activities",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers.setdefault("Content-Type", "application/json")

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Activity | None:
    if response.status_code == 201:
        if not response.content:
            return None
        response_201 = Activity.from_dict(json_loads(response.content))

        return response_201

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Activity]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateActivity | Unset = UNSET,
) -> Response[Activity]:
    """Create an activity

     This operation creates a new activity. By default, the new activity has the status as 'pending'.

    Args:
        body (CreateActivity | Unset): The properties of the new activity.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Activity]
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
    body: CreateActivity | Unset = UNSET,
) -> Activity | None:
    """Create an activity

     This operation creates a new activity. By default, the new activity has the status as 'pending'.

    Args:
        body (CreateActivity | Unset): The properties of the new activity.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Activity
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateActivity | Unset = UNSET,
) -> Response[Activity]:
    """Create an activity

     This operation creates a new activity. By default, the new activity has the status as 'pending'.

    Args:
        body (CreateActivity | Unset): The properties of the new activity.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Activity]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateActivity | Unset = UNSET,
) -> Activity | None:
    """Create an activity

     This operation creates a new activity. By default, the new activity has the status as 'pending'.

    Args:
        body (CreateActivity | Unset): The properties of the new activity.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Activity
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
