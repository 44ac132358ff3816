from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.activity_type import ActivityType
from ...types import Response, json_loads


def _get_kwargs(
    label: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rest/ofscMetadata/v1/activityTypes/{label}".format(
            label=quote(str(label), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ActivityType | None:
    if response.status_code == 200:
        if not response.content:
            return None
        response_200 = ActivityType.from_dict(json_loads(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ActivityType]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    label: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ActivityType]:
    """Get an activity type

     This operation retrieves the details of the specified activity type.

    Args:
        label (str): The unique identifier of the activity type.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActivityType]
    """

    kwargs = _get_kwargs(
        label=label,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    label: str,
    *,
    client: AuthenticatedClient | Client,
) -> ActivityType | None:
    """Get an activity type

     This operation retrieves the details of the specified activity type.

    Args:
        label (str): The unique identifier of the activity type.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActivityType
    """

    return sync_detailed(
        label=label,
        client=client,
    ).parsed


async def asyncio_detailed(
    label: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ActivityType]:
    """Get an activity type

     This operation retrieves the details of the specified activity type.

    Args:
        label (str): The unique identifier of the activity type.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActivityType]
    """

    kwargs = _get_kwargs(
        label=label,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    label: str,
    *,
    client: AuthenticatedClient | Client,
) -> ActivityType | None:
    """Get an activity type

     This operation retrieves the details of the specified activity type.

    Args:
        label (str): The unique identifier of the activity type.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActivityType
    """

    return (
        await asyncio_detailed(
            label=label,
            client=client,
        )
    ).parsed
