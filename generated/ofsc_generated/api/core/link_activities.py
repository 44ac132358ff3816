from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.linked_activity import LinkedActivity
from ...types import UNSET, Response, Unset, json_loads


def _get_kwargs(
    activity_id: str,
    *,
    body: LinkedActivity | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/rest/ofscCore/v1/activities/{activity_id}/linkedActivities".format(
            activity_id=quote(str(activity_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers.setdefault("Content-Type", "application/json")

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> LinkedActivity | None:
    if response.status_code == 201:
        if not response.content:
            return None
        response_201 = LinkedActivity.from_dict(json_loads(response.content))

        return response_201

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[LinkedActivity]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    activity_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: LinkedActivity | Unset = UNSET,
) -> Response[LinkedActivity]:
    """Create an activity link

     This operation creates a link for the specified activity.

    Activity links define the correlation between two activities. If a link is created between two
    activities, it can define the following relations:

    - The sequence in which the activities are performed. The basic link types allowed are finish-to-
    start, start-to-start, simultaneous, and related.
    - The minimum and maximum intervals between sequential activities.
    - Whether the linked activities are performed by the same resource or different resources.

    Args:
        activity_id (str): The unique identifier of the activity in Oracle Field Service.
        body (LinkedActivity | Unset): The link represents the relation between two activities.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LinkedActivity]
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
    activity_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: LinkedActivity | Unset = UNSET,
) -> LinkedActivity | None:
    """Create an activity link

     This operation creates a link for the specified activity.

    Activity links define the correlation between two activities. If a link is created between two
    activities, it can define the following relations:

    - The sequence in which the activities are performed. The basic link types allowed are finish-to-
    start, start-to-start, simultaneous, and related.
    - The minimum and maximum intervals between sequential activities.
    - Whether the linked activities are performed by the same resource or different resources.

    Args:
        activity_id (str): The unique identifier of the activity in Oracle Field Service.
        body (LinkedActivity | Unset): The link represents the relation between two activities.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LinkedActivity
    """

    return sync_detailed(
        activity_id=activity_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    activity_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: LinkedActivity | Unset = UNSET,
) -> Response[LinkedActivity]:
    """Create an activity link

     This operation creates a link for the specified activity.

    Activity links define the correlation between two activities. If a link is created between two
    activities, it can define the following relations:

    - The sequence in which the activities are performed. The basic link types allowed are finish-to-
    start, start-to-start, simultaneous, and related.
    - The minimum and maximum intervals between sequential activities.
    - Whether the linked activities are performed by the same resource or different resources.

    Args:
        activity_id (str): The unique identifier of the activity in Oracle Field Service.
        body (LinkedActivity | Unset): The link represents the relation between two activities.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LinkedActivity]
    """

    kwargs = _get_kwargs(
        activity_id=activity_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    activity_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: LinkedActivity | Unset = UNSET,
) -> LinkedActivity | None:
    """Create an activity link

     This operation creates a link for the specified activity.

    Activity links define the correlation between two activities. If a link is created between two
    activities, it can define the following relations:

    - The sequence in which the activities are performed. The basic link types allowed are finish-to-
    start, start-to-start, simultaneous, and related.
    - The minimum and maximum intervals between sequential activities.
    - Whether the linked activities are performed by the same resource or different resources.

    Args:
        activity_id (str): The unique identifier of the activity in Oracle Field Service.
        body (LinkedActivity | Unset): The link represents the relation between two activities.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LinkedActivity
    """

    return (
        await asyncio_detailed(
            activity_id=activity_id,
            client=client,
            body=body,
        )
    ).parsed
