from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.resource_preferences import ResourcePreferences
from ...types import UNSET, Response, Unset


def _get_kwargs(
    activity_id: str,
    *,
    body: ResourcePreferences | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/rest/ofscCore/v1/activities/{activity_id}/resourcePreferences".format(
            activity_id=quote(str(activity_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers.setdefault("Content-Type", "application/json")

    _kwargs["headers"] = headers
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
    *,
    client: AuthenticatedClient | Client,
    body: ResourcePreferences | Unset = UNSET,
) -> Response[Any]:
    """Set resource preferences of an activity

     This operation sets the resource preferences for the specified activity.

    Resource preferences are used to identify if a resource is preferred/required or forbidden from
    being assigned to an activity.

    If the specified activity already contains resource preferences, this operation replaces them with
    the values specified in the request.

    Args:
        activity_id (str): The unique identifier of the activity in Oracle Field Service.
        body (ResourcePreferences | Unset): The collection of resource preferences that can be
            assigned to an activity.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
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
    body: ResourcePreferences | Unset = UNSET,
) -> None:
    """Set resource preferences of an activity

     This operation sets the resource preferences for the specified activity.

    Resource preferences are used to identify if a resource is preferred/required or forbidden from
    being assigned to an activity.

    If the specified activity already contains resource preferences, this operation replaces them with
    the values specified in the request.

    Args:
        activity_id (str): The unique identifier of the activity in Oracle Field Service.
        body (ResourcePreferences | Unset): The collection of resource preferences that can be
            assigned to an activity.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None
    """

    sync_detailed(
        activity_id=activity_id,
        client=client,
        body=body,
    )


async def asyncio_detailed(
    activity_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ResourcePreferences | Unset = UNSET,
) -> Response[Any]:
    """Set resource preferences of an activity

     This operation sets the resource preferences for the specified activity.

    Resource preferences are used to identify if a resource is preferred/required or forbidden from
    being assigned to an activity.

    If the specified activity already contains resource preferences, this operation replaces them with
    the values specified in the request.

    Args:
        activity_id (str): The unique identifier of the activity in Oracle Field Service.
        body (ResourcePreferences | Unset): The collection of resource preferences that can be
            assigned to an activity.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
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
    body: ResourcePreferences | Unset = UNSET,
) -> None:
    """Set resource preferences of an activity

     This operation sets the resource preferences for the specified activity.

    Resource preferences are used to identify if a resource is preferred/required or forbidden from
    being assigned to an activity.

    If the specified activity already contains resource preferences, this operation replaces them with
    the values specified in the request.

    Args:
        activity_id (str): The unique identifier of the activity in Oracle Field Service.
        body (ResourcePreferences | Unset): The collection of resource preferences that can be
            assigned to an activity.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None
    """

    await asyncio_detailed(
        activity_id=activity_id,
        client=client,
        body=body,
    )
