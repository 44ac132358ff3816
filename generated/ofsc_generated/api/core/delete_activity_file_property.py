from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import Response


def _get_kwargs(
    activity_id: int,
    property_label: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/rest/ofscCore/v1/activities/{activity_id}/{property_label}".format(
            activity_id=quote(str(activity_id), safe=""),
            property_label=quote(str(property_label), safe=""),
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
    property_label: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any]:
    """Delete a file property

     Important: This information only applies to Oracle Field Service environments. You can verify
    whether you've Oracle Field Service or Oracle Fusion Field Service, by signing in and checking on
    the About page.

    This method deletes the specified file property for the specified activtiy.

    Args:
        activity_id (int): The unique identifier of the activity in Oracle Field Service.
        property_label (str): The label of a custom property. This custom property must be of type
            'file'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        activity_id=activity_id,
        property_label=property_label,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    activity_id: int,
    property_label: str,
    *,
    client: AuthenticatedClient | Client,
) -> None:
    """Delete a file property

     Important: This information only applies to Oracle Field Service environments. You can verify
    whether you've Oracle Field Service or Oracle Fusion Field Service, by signing in and checking on
    the About page.

    This method deletes the specified file property for the specified activtiy.

    Args:
        activity_id (int): The unique identifier of the activity in Oracle Field Service.
        property_label (str): The label of a custom property. This custom property must be of type
            'file'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None
    """

    sync_detailed(
        activity_id=activity_id,
        property_label=property_label,
        client=client,
    )


async def asyncio_detailed(
    activity_id: int,
    property_label: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any]:
    """Delete a file property

     Important: This information only applies to Oracle Field Service environments. You can verify
    whether you've Oracle Field Service or Oracle Fusion Field Service, by signing in and checking on
    the About page.

    This method deletes the specified file property for the specified activtiy.

    Args:
        activity_id (int): The unique identifier of the activity in Oracle Field Service.
        property_label (str): The label of a custom property. This custom property must be of type
            'file'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        activity_id=activity_id,
        property_label=property_label,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    activity_id: int,
    property_label: str,
    *,
    client: AuthenticatedClient | Client,
) -> None:
    """Delete a file property

     Important: This information only applies to Oracle Field Service environments. You can verify
    whether you've Oracle Field Service or Oracle Fusion Field Service, by signing in and checking on
    the About page.

    This method deletes the specified file property for the specified activtiy.

    Args:
        activity_id (int): The unique identifier of the activity in Oracle Field Service.
        property_label (str): The label of a custom property. This custom property must be of type
            'file'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None
    """

    await asyncio_detailed(
        activity_id=activity_id,
        property_label=property_label,
        client=client,
    )
