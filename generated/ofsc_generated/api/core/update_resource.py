from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.resource import Resource
from ...models.update_resource import UpdateResource
from ...types import UNSET, Response, Unset, json_loads


def _get_kwargs(
    resource_id: str,
    *,
    body: UpdateResource | Unset = UNSET,
    identify_resource_by: str | Unset = "resourceId",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["identifyResourceBy"] = identify_resource_by

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/rest/ofscCore/v1/resources/{resource_id}".format(
            resource_id=quote(str(resource_id), safe=""),
        ),
        "params": params,
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers.setdefault("Content-Type", "application/json")

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Resource | None:
    if response.status_code == 200:
        if not response.content:
            return None
        response_200 = Resource.from_dict(json_loads(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Resource]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    resource_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateResource | Unset = UNSET,
    identify_resource_by: str | Unset = "resourceId",
) -> Response[Resource]:
    """Update a resource

     This operation updates the properties of an existing resource with the properties specified in the
    request.

    All custom properties (except file properties) can be sent in the request in the same way as the
    built-in properties. The maximum character length for custom properties of type 'string' is 65535
    characters. If the character length exceeds the limit, then only the first 65535 characters are
    saved and the rest are ignored.

    Args:
        resource_id (str): The unique identifier of the resource. If the identifyResourceBy query
            parameter is specified as "resourceId" or absent then the resource is identified by its
            External Id. (maximum length is 32 characters). If the identifyResourceBy query parameter
            is specified as "resourceInternalId" then the resource is identified by its OFS internal
            id (integer value).
        identify_resource_by (str | Unset): Indicates what type of identifier is used in the path
            parameter resourceId.

            Note that only if the "resourceInternalId" value is specified and the resource is
            addressed by its internal id, the function allows to modify the resource external Id value
            among of others resource attributes. Allowed values: `resourceId`, `resourceInternalId`.
            Default: 'resourceId'.
        body (UpdateResource | Unset): The resource used for an activity. For example, a resource
            can be a technician, a truck, or a bucket.

            Note: This resource is not the same as a REST resource.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Resource]
    """

    kwargs = _get_kwargs(
        resource_id=resource_id,
        body=body,
        identify_resource_by=identify_resource_by,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    resource_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateResource | Unset = UNSET,
    identify_resource_by: str | Unset = "resourceId",
) -> Resource | None:
    """Update a resource

     This operation updates the properties of an existing resource with the properties specified in the
    request.

    All custom properties (except file properties) can be sent in the request in the same way as the
    built-in properties. The maximum character length for custom properties of type 'string' is 65535
    characters. If the character length exceeds the limit, then only the first 65535 characters are
    saved and the rest are ignored.

    Args:
        resource_id (str): The unique identifier of the resource. If the identifyResourceBy query
            parameter is specified as "resourceId" or absent then the resource is identified by its
            External Id. (maximum length is 32 characters). If the identifyResourceBy query parameter
            is specified as "resourceInternalId" then the resource is identified by its OFS internal
            id (integer value).
        identify_resource_by (str | Unset): Indicates what type of identifier is used in the path
            parameter resourceId.

            Note that only if the "resourceInternalId" value is specified and the resource is
            addressed by its internal id, the function allows to modify the resource external Id value
            among of others resource attributes. Allowed values: `resourceId`, `resourceInternalId`.
            Default: 'resourceId'.
        body (UpdateResource | Unset): The resource used for an activity. For example, a resource
            can be a technician, a truck, or a bucket.

            Note: This resource is not the same as a REST resource.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Resource
    """

    return sync_detailed(
        resource_id=resource_id,
        client=client,
        body=body,
        identify_resource_by=identify_resource_by,
    ).parsed


async def asyncio_detailed(
    resource_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateResource | Unset = UNSET,
    identify_resource_by: str | Unset = "resourceId",
) -> Response[Resource]:
    """Update a resource

     This operation updates the properties of an existing resource with the properties specified in the
    request.

    All custom properties (except file properties) can be sent in the request in the same way as the
    built-in properties. The maximum character length for custom properties of type 'string' is 65535
    characters. If the character length exceeds the limit, then only the first 65535 characters are
    saved and the rest are ignored.

    Args:
        resource_id (str): The unique identifier of the resource. If the identifyResourceBy query
            parameter is specified as "resourceId" or absent then the resource is identified by its
            External Id. (maximum length is 32 characters). If the identifyResourceBy query parameter
            is specified as "resourceInternalId" then the resource is identified by its OFS internal
            id (integer value).
        identify_resource_by (str | Unset): Indicates what type of identifier is used in the path
            parameter resourceId.

            Note that only if the "resourceInternalId" value is specified and the resource is
            addressed by its internal id, the function allows to modify the resource external Id value
            among of others resource attributes. Allowed values: `resourceId`, `resourceInternalId`.
            Default: 'resourceId'.
        body (UpdateResource | Unset): The resource used for an activity. For example, a resource
            can be a technician, a truck, or a bucket.

            Note: This resource is not the same as a REST resource.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Resource]
    """

    kwargs = _get_kwargs(
        resource_id=resource_id,
        body=body,
        identify_resource_by=identify_resource_by,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    resource_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateResource | Unset = UNSET,
    identify_resource_by: str | Unset = "resourceId",
) -> Resource | None:
    """Update a resource

     This operation updates the properties of an existing resource with the properties specified in the
    request.

    All custom properties (except file properties) can be sent in the request in the same way as the
    built-in properties. The maximum character length for custom properties of type 'string' is 65535
    characters. If the character length exceeds the limit, then only the first 65535 characters are
    saved and the rest are ignored.

    Args:
        resource_id (str): The unique identifier of the resource. If the identifyResourceBy query
            parameter is specified as "resourceId" or absent then the resource is identified by its
            External Id. (maximum length is 32 characters). If the identifyResourceBy query parameter
            is specified as "resourceInternalId" then the resource is identified by its OFS internal
            id (integer value).
        identify_resource_by (str | Unset): Indicates what type of identifier is used in the path
            parameter resourceId.

            Note that only if the "resourceInternalId" value is specified and the resource is
            addressed by its internal id, the function allows to modify the resource external Id value
            among of others resource attributes. Allowed values: `resourceId`, `resourceInternalId`.
            Default: 'resourceId'.
        body (UpdateResource | Unset): The resource used for an activity. For example, a resource
            can be a technician, a truck, or a bucket.

            Note: This resource is not the same as a REST resource.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Resource
    """

    return (
        await asyncio_detailed(
            resource_id=resource_id,
            client=client,
            body=body,
            identify_resource_by=identify_resource_by,
        )
    ).parsed
