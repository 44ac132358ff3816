from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    resource_id: str,
    property_label: str,
    *,
    body: File,
    content_disposition: str | Unset = UNSET,
    content_type: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(content_disposition, Unset):
        headers["Content-Disposition"] = content_disposition

    if not isinstance(content_type, Unset):
        headers["Content-Type"] = content_type

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/rest/ofscCore/v1/resources/{resource_id}/{property_label}".format(
            resource_id=quote(str(resource_id), safe=""),
            property_label=quote(str(property_label), safe=""),
        ),
    }

    _kwargs["content"] = body.payload
    headers.setdefault("Content-Type", "application/octet-stream")

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
    resource_id: str,
    property_label: str,
    *,
    client: AuthenticatedClient | Client,
    body: File,
    content_disposition: str | Unset = UNSET,
    content_type: str | Unset = UNSET,
) -> Response[Any]:
    """Set a file property

     Important: This information only applies to Oracle Field Service environments. You can verify
    whether you've Oracle Field Service or Oracle Fusion Field Service, by signing in and checking on
    the About page.

    This method creates the specified 'file' property for the specified resource.

    Note: The maximum size of the file that can be uploaded is 5 MB.

    Args:
        resource_id (str): The unique identifier of the resource in Oracle Field Service. This
            maps to the resource field 'external_id' and is not necessarily set for all resources. The
            resources without this parameter are not visible to the operation.
        property_label (str): The label of a custom property. This custom property must be of type
            'file'.
        content_disposition (str | Unset): The custom filename for the property. For example,
            Content-Disposition: attachment; filename="photo-of-the-door.jpg" sets the filename for
            the property to 'photo-of-the-door.jpg'.
        content_type (str | Unset): The media type of the property. For file properties of type
            'image' having content-type as 'image/png', 'image/jpeg', or 'image/gif', Oracle Field
            Service generates a preview thumbnail that appears in Manage/Mobility.
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        resource_id=resource_id,
        property_label=property_label,
        body=body,
        content_disposition=content_disposition,
        content_type=content_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    resource_id: str,
    property_label: str,
    *,
    client: AuthenticatedClient | Client,
    body: File,
    content_disposition: str | Unset = UNSET,
    content_type: str | Unset = UNSET,
) -> None:
    """Set a file property

     Important: This information only applies to Oracle Field Service environments. You can verify
    whether you've Oracle Field Service or Oracle Fusion Field Service, by signing in and checking on
    the About page.

    This method creates the specified 'file' property for the specified resource.

    Note: The maximum size of the file that can be uploaded is 5 MB.

    Args:
        resource_id (str): The unique identifier of the resource in Oracle Field Service. This
            maps to the resource field 'external_id' and is not necessarily set for all resources. The
            resources without this parameter are not visible to the operation.
        property_label (str): The label of a custom property. This custom property must be of type
            'file'.
        content_disposition (str | Unset): The custom filename for the property. For example,
            Content-Disposition: attachment; filename="photo-of-the-door.jpg" sets the filename for
            the property to 'photo-of-the-door.jpg'.
        content_type (str | Unset): The media type of the property. For file properties of type
            'image' having content-type as 'image/png', 'image/jpeg', or 'image/gif', Oracle Field
            Service generates a preview thumbnail that appears in Manage/Mobility.
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None
    """

    sync_detailed(
        resource_id=resource_id,
        property_label=property_label,
        client=client,
        body=body,
        content_disposition=content_disposition,
        content_type=content_type,
    )


async def asyncio_detailed(
    resource_id: str,
    property_label: str,
    *,
    client: AuthenticatedClient | Client,
    body: File,
    content_disposition: str | Unset = UNSET,
    content_type: str | Unset = UNSET,
) -> Response[Any]:
    """Set a file property

     Important: This information only applies to Oracle Field Service environments. You can verify
    whether you've Oracle Field Service or Oracle Fusion Field Service, by signing in and checking on
    the About page.

    This method creates the specified 'file' property for the specified resource.

    Note: The maximum size of the file that can be uploaded is 5 MB.

    Args:
        resource_id (str): The unique identifier of the resource in Oracle Field Service. This
            maps to the resource field 'external_id' and is not necessarily set for all resources. The
            resources without this parameter are not visible to the operation.
        property_label (str): The label of a custom property. This custom property must be of type
            'file'.
        content_disposition (str | Unset): The custom filename for the property. For example,
            Content-Disposition: attachment; filename="photo-of-the-door.jpg" sets the filename for
            the property to 'photo-of-the-door.jpg'.
        content_type (str | Unset): The media type of the property. For file properties of type
            'image' having content-type as 'image/png', 'image/jpeg', or 'image/gif', Oracle Field
            Service generates a preview thumbnail that appears in Manage/Mobility.
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        resource_id=resource_id,
        property_label=property_label,
        body=body,
        content_disposition=content_disposition,
        content_type=content_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    resource_id: str,
    property_label: str,
    *,
    client: AuthenticatedClient | Client,
    body: File,
    content_disposition: str | Unset = UNSET,
    content_type: str | Unset = UNSET,
) -> None:
    """Set a file property

     Important: This information only applies to Oracle Field Service environments. You can verify
    whether you've Oracle Field Service or Oracle Fusion Field Service, by signing in and checking on
    the About page.

    This method creates the specified 'file' property for the specified resource.

    Note: The maximum size of the file that can be uploaded is 5 MB.

    Args:
        resource_id (str): The unique identifier of the resource in Oracle Field Service. This
            maps to the resource field 'external_id' and is not necessarily set for all resources. The
            resources without this parameter are not visible to the operation.
        property_label (str): The label of a custom property. This custom property must be of type
            'file'.
        content_disposition (str | Unset): The custom filename for the property. For example,
            Content-Disposition: attachment; filename="photo-of-the-door.jpg" sets the filename for
            the property to 'photo-of-the-door.jpg'.
        content_type (str | Unset): The media type of the property. For file properties of type
            'image' having content-type as 'image/png', 'image/jpeg', or 'image/gif', Oracle Field
            Service generates a preview thumbnail that appears in Manage/Mobility.
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None
    """

    await asyncio_detailed(
        resource_id=resource_id,
        property_label=property_label,
        client=client,
        body=body,
        content_disposition=content_disposition,
        content_type=content_type,
    )
