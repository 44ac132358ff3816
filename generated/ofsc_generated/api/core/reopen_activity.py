from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.activity import Activity
from ...models.reopen_activity_request import ReopenActivityRequest
from ...types import UNSET, Response, Unset, json_loads


def _get_kwargs(
    activity_id: int,
    *,
    body: ReopenActivityRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/rest/ofscCore/v1/activities/{activity_id}/custom-actions/reopen".format(
            activity_id=quote(str(activity_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers.setdefault("Content-Type", "application/json")

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Activity | None:
    if response.status_code == 200:
        if not response.content:
            return None
        response_200 = Activity.from_dict(json_loads(response.content))

        return response_200

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
    activity_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ReopenActivityRequest | Unset = UNSET,
) -> Response[Activity]:
    """Reopen an activity

     This operation reopens the specified activity if it is in 'completed', 'cancelled', or 'notdone'
    status. The reopened activity is in 'pending' status.

    Args:
        activity_id (int): The unique identifier of the activity in Oracle Field Service.
        body (ReopenActivityRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Activity]
    """

    kwargs = _get_kwargs(
        activity_id=activity_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    activity_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ReopenActivityRequest | Unset = UNSET,
) -> Activity | None:
    """Reopen an activity

     This operation reopens the specified activity if it is in 'completed', 'cancelled', or 'notdone'
    status. The reopened activity is in 'pending' status.

    Args:
        activity_id (int): The unique identifier of the activity in Oracle Field Service.
        body (ReopenActivityRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Activity
    """

    return sync_detailed(
        activity_id=activity_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    activity_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ReopenActivityRequest | Unset = UNSET,
) -> Response[Activity]:
    """Reopen an activity

     This operation reopens the specified activity if it is in 'completed', 'cancelled', or 'notdone'
    status. The reopened activity is in 'pending' status.

    Args:
        activity_id (int): The unique identifier of the activity in Oracle Field Service.
        body (ReopenActivityRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Activity]
    """

    kwargs = _get_kwargs(
        activity_id=activity_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    activity_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ReopenActivityRequest | Unset = UNSET,
) -> Activity | None:
    """Reopen an activity

     This operation reopens the specified activity if it is in 'completed', 'cancelled', or 'notdone'
    status. The reopened activity is in 'pending' status.

    Args:
        activity_id (int): The unique identifier of the activity in Oracle Field Service.
        body (ReopenActivityRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Activity
    """

    return (
        await asyncio_detailed(
            activity_id=activity_id,
            client=client,
            body=body,
        )
    ).parsed
