from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import Response


def _get_kwargs(
    activity_id: str,
    linked_activity_id: str,
    link_type: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/rest/ofscCore/v1/activities/{activity_id}/linkedActivities/{linked_activity_id}/linkTypes/{link_type}".format(
            activity_id=quote(str(activity_id), safe=""),
            linked_activity_id=quote(str(linked_activity_id), safe=""),
            link_type=quote(str(link_type), safe=""),
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
    activity_id: str,
    linked_activity_id: str,
    link_type: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any]:
    """Delete an activity link

     This operation deletes the link between the two specified activities.

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
        Response[Any]
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
) -> None:
    """Delete an activity link

     This operation deletes the link between the two specified activities.

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
        None
    """

    sync_detailed(
        activity_id=activity_id,
        linked_activity_id=linked_activity_id,
        link_type=link_type,
        client=client,
    )


async def asyncio_detailed(
    activity_id: str,
    linked_activity_id: str,
    link_type: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any]:
    """Delete an activity link

     This operation deletes the link between the two specified activities.

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
        Response[Any]
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
) -> None:
    """Delete an activity link

     This operation deletes the link between the two specified activities.

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
        None
    """

    await asyncio_detailed(
        activity_id=activity_id,
        linked_activity_id=linked_activity_id,
        link_type=link_type,
        client=client,
    )
