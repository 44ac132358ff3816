from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.activity import Activity
from ...models.custom_action_activity_status_change import CustomActionActivityStatusChange
from ...types import UNSET, Response, Unset, json_loads


def _get_kwargs(
    activity_id: int,
    *,
    body: CustomActionActivityStatusChange | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/rest/ofscCore/v1/activities/{activity_id}/custom-actions/notDone".format(
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
    body: CustomActionActivityStatusChange | Unset = UNSET,
) -> Response[Activity]:
    """Update the activity status to notdone

     This operation updates the status of the specified activity to 'notdone'. The operation is
    successful only if the following conditions are met:

    - The status of the specified activity is 'started'.
    - The activity is not scheduled for a past date.

    Args:
        activity_id (int): The unique identifier of the activity in Oracle Field Service.
        body (CustomActionActivityStatusChange | Unset): The schema of the request body object for
            this operation.

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
    body: CustomActionActivityStatusChange | Unset = UNSET,
) -> Activity | None:
    """Update the activity status to notdone

     This operation updates the status of the specified activity to 'notdone'. The operation is
    successful only if the following conditions are met:

    - The status of the specified activity is 'started'.
    - The activity is not scheduled for a past date.

    Args:
        activity_id (int): The unique identifier of the activity in Oracle Field Service.
        body (CustomActionActivityStatusChange | Unset): The schema of the request body object for
            this operation.

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
    body: CustomActionActivityStatusChange | Unset = UNSET,
) -> Response[Activity]:
    """Update the activity status to notdone

     This operation updates the status of the specified activity to 'notdone'. The operation is
    successful only if the following conditions are met:

    - The status of the specified activity is 'started'.
    - The activity is not scheduled for a past date.

    Args:
        activity_id (int): The unique identifier of the activity in Oracle Field Service.
        body (CustomActionActivityStatusChange | Unset): The schema of the request body object for
            this operation.

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
    body: CustomActionActivityStatusChange | Unset = UNSET,
) -> Activity | None:
    """Update the activity status to notdone

     This operation updates the status of the specified activity to 'notdone'. The operation is
    successful only if the following conditions are met:

    - The status of the specified activity is 'started'.
    - The activity is not scheduled for a past date.

    Args:
        activity_id (int): The unique identifier of the activity in Oracle Field Service.
        body (CustomActionActivityStatusChange | Unset): The schema of the request body object for
            this operation.

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
