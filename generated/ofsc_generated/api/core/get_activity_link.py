from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.linked_activity import LinkedActivity
from ...types import Response, json_loads


def _get_kwargs(
    activity_id: str,
    linked_activity_id: str,
    link_type: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rest/ofscCore/v1/activities/{activity_id}/linkedActivities/{linked_activity_id}/linkTypes/{link_type}".format(
            activity_id=quote(str(activity_id), safe=""),
            linked_activity_id=quote(str(linked_activity_id), safe=""),
            link_type=quote(str(link_type), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> LinkedActivity | None:
    if response.status_code == 200:
        if not response.content:
            return None
        response_200 = LinkedActivity.from_dict(json_loads(response.content))

        return response_200

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
    linked_activity_id: str,
    link_type: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[LinkedActivity]:
    """Get activity link details

     This operation retrieves the details of the link between the specified activities.

    Activity links define the correlation between two activities. If a link is created between two
    activities, it can define the following relations:

    - The sequence in which the activities are performed. The basic link types allowed are finish-to-
    start, start-to-start, simultaneous, and related.
    - The minimum and maximum intervals between sequential activities.
    - Whether the linked activities are performed by the same resource or different resources.

    For multi-day activities, only the Related link type is applicable.

    Args:
        activity_id (str): The unique identifier of the activity in Oracle Field Service.
        linked_activity_id (str): The identifier of the linked activity.
        link_type (str): The label of the link type. Specify the type of relation between the
            activities.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LinkedActivity]
    """

    kwargs = _get_kwargs(
        activity_id=activity_id,
        linked_activity_id=linked_activity_id,
        link_type=link_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    activity_id: str,
    linked_activity_id: str,
    link_type: str,
    *,
    client: AuthenticatedClient | Client,
) -> LinkedActivity | None:
    """Get activity link details

     This operation retrieves the details of the link between the specified activities.

    Activity links define the correlation between two activities. If a link is created between two
    activities, it can define the following relations:

    - The sequence in which the activities are performed. The basic link types allowed are finish-to-
    start, start-to-start, simultaneous, and related.
    - The minimum and maximum intervals between sequential activities.
    - Whether the linked activities are performed by the same resource or different resources.

    For multi-day activities, only the Related link type is applicable.

    Args:
        activity_id (str): The unique identifier of the activity in Oracle Field Service.
        linked_activity_id (str): The identifier of the linked activity.
        link_type (str): The label of the link type. Specify the type of relation between the
            activities.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LinkedActivity
    """

    return sync_detailed(
        activity_id=activity_id,
        linked_activity_id=linked_activity_id,
        link_type=link_type,
        client=client,
    ).parsed


async def asyncio_detailed(
    activity_id: str,
    linked_activity_id: str,
    link_type: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[LinkedActivity]:
    """Get activity link details

     This operation retrieves the details of the link between the specified activities.

    Activity links define the correlation between two activities. If a link is created between two
    activities, it can define the following relations:

    - The sequence in which the activities are performed. The basic link types allowed are finish-to-
    start, start-to-start, simultaneous, and related.
    - The minimum and maximum intervals between sequential activities.
    - Whether the linked activities are performed by the same resource or different resources.

    For multi-day activities, only the Related link type is applicable.

    Args:
        activity_id (str): The unique identifier of the activity in Oracle Field Service.
        linked_activity_id (str): The identifier of the linked activity.
        link_type (str): The label of the link type. Specify the type of relation between the
            activities.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LinkedActivity]
    """

    kwargs = _get_kwargs(
        activity_id=activity_id,
        linked_activity_id=linked_activity_id,
        link_type=link_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    activity_id: str,
    linked_activity_id: str,
    link_type: str,
    *,
    client: AuthenticatedClient | Client,
) -> LinkedActivity | None:
    """Get activity link details

     This operation retrieves the details of the link between the specified activities.

    Activity links define the correlation between two activities. If a link is created between two
    activities, it can define the following relations:

    - The sequence in which the activities are performed. The basic link types allowed are finish-to-
    start, start-to-start, simultaneous, and related.
    - The minimum and maximum intervals between sequential activities.
    - Whether the linked activities are performed by the same resource or different resources.

    For multi-day activities, only the Related link type is applicable.

    Args:
        activity_id (str): The unique identifier of the activity in Oracle Field Service.
        linked_activity_id (str): The identifier of the linked activity.
        link_type (str): The label of the link type. Specify the type of relation between the
            activities.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LinkedActivity
    """

    return (
        await asyncio_detailed(
            activity_id=activity_id,
            linked_activity_id=linked_activity_id,
            link_type=link_type,
            client=client,
        )
    ).parsed
