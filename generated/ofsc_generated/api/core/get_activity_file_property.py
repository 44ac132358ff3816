from http import HTTPStatus
from io import BytesIO
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    activity_id: int,
    property_label: str,
    *,
    accept: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept, Unset):
        headers["Accept"] = accept

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rest/ofscCore/v1/activities/{activity_id}/{property_label}".format(
            activity_id=quote(str(activity_id), safe=""),
            property_label=quote(str(property_label), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> File | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[File]:
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
    accept: str | Unset = UNSET,
) -> Response[File]:
    """Get a file property

     Important: This information only applies to Oracle Field Service environments. You can verify
    whether you've Oracle Field Service or Oracle Fusion Field Service, by signing in and checking on
    the About page.

    This method gets the specified file property for the specified activity.

    Args:
        activity_id (int): The unique identifier of the activity in Oracle Field Service.
        property_label (str): The label of a custom property. This custom property must be of type
            'file'.
        accept (str | Unset): The request must contain the Accept header to retrieve the file
            contents. The header must have either of the following:

            - The actual content type (for example, application/pdf for pdf documents).
            - The special value 'application/octet-stream', when you don't know the content type.

            If the request doesn't have the Accept header, the response contains only the file
            metadata in JSON format.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File]
    """

    kwargs = _get_kwargs(
        activity_id=activity_id,
        property_label=property_label,
        accept=accept,
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
    accept: str | Unset = UNSET,
) -> File | None:
    """Get a file property

     Important: This information only applies to Oracle Field Service environments. You can verify
    whether you've Oracle Field Service or Oracle Fusion Field Service, by signing in and checking on
    the About page.

    This method gets the specified file property for the specified activity.

    Args:
        activity_id (int): The unique identifier of the activity in Oracle Field Service.
        property_label (str): The label of a custom property. This custom property must be of type
            'file'.
        accept (str | Unset): The request must contain the Accept header to retrieve the file
            contents. The header must have either of the following:

            - The actual content type (for example, application/pdf for pdf documents).
            - The special value 'application/octet-stream', when you don't know the content type.

            If the request doesn't have the Accept header, the response contains only the file
            metadata in JSON format.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File
    """

    return sync_detailed(
        activity_id=activity_id,
        property_label=property_label,
        client=client,
        accept=accept,
    ).parsed


async def asyncio_detailed(
    activity_id: int,
    property_label: str,
    *,
    client: AuthenticatedClient | Client,
    accept: str | Unset = UNSET,
) -> Response[File]:
    """Get a file property

     Important: This information only applies to Oracle Field Service environments. You can verify
    whether you've Oracle Field Service or Oracle Fusion Field Service, by signing in and checking on
    the About page.

    This method gets the specified file property for the specified activity.

    Args:
        activity_id (int): The unique identifier of the activity in Oracle Field Service.
        property_label (str): The label of a custom property. This custom property must be of type
            'file'.
        accept (str | Unset): The request must contain the Accept header to retrieve the file
            contents. The header must have either of the following:

            - The actual content type (for example, application/pdf for pdf documents).
            - The special value 'application/octet-stream', when you don't know the content type.

            If the request doesn't have the Accept header, the response contains only the file
            metadata in JSON format.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File]
    """

    kwargs = _get_kwargs(
        activity_id=activity_id,
        property_label=property_label,
        accept=accept,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    activity_id: int,
    property_label: str,
    *,
    client: AuthenticatedClient | Client,
    accept: str | Unset = UNSET,
) -> File | None:
    """Get a file property

     Important: This information only applies to Oracle Field Service environments. You can verify
    whether you've Oracle Field Service or Oracle Fusion Field Service, by signing in and checking on
    the About page.

    This method gets the specified file property for the specified activity.

    Args:
        activity_id (int): The unique identifier of the activity in Oracle Field Service.
        property_label (str): The label of a custom property. This custom property must be of type
            'file'.
        accept (str | Unset): The request must contain the Accept header to retrieve the file
            contents. The header must have either of the following:

            - The actual content type (for example, application/pdf for pdf documents).
            - The special value 'application/octet-stream', when you don't know the content type.

            If the request doesn't have the Accept header, the response contains only the file
            metadata in JSON format.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File
    """

    return (
        await asyncio_detailed(
            activity_id=activity_id,
            property_label=property_label,
            client=client,
            accept=accept,
        )
    ).parsed
