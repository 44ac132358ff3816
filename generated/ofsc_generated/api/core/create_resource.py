from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_resource import CreateResource
from ...models.resource import Resource
from ...types import UNSET, Response, Unset, json_loads


def _get_kwargs(
    resource_id: str,
    *,
    body: CreateResource | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/rest/ofscCore/v1/resources/{resource_id}".format(
            resource_id=quote(str(resource_id), safe=""),
        ),
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

    if response.status_code == 201:
        if not response.content:
            return None
        response_201 = Resource.from_dict(json_loads(response.content))

        return response_201

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
    body: CreateResource | Unset = UNSET,
) -> Response[Resource]:
    """Create a resource

     This operation creates a new resource. If the specified resource already exists, then the operation
    erases the existing resource properties and replaces them with the properties specified in the
    request.

    The specified resource must be assigned to one or more users in Oracle Field Service.

    All custom properties (except file properties) can be sent in the request in the same way as the
    built-in properties. The maximum character length for custom properties of type 'string' is 65535
    characters. If the character length exceeds the limit, then only the first 65535 characters are
    saved and the rest are ignored.

    Args:
        resource_id (str): The unique identifier of the resource in Oracle Field Service.
        body (CreateResource | Unset): The resource used for an activity. For example, a resource
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
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    resource_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateResource | Unset = UNSET,
) -> Resource | None:
    """Create a resource

     This operation creates a new resource. If the specified resource already exists, then the operation
    erases the existing resource properties and replaces them with the properties specified in the
    request.

    The specified resource must be assigned to one or more users in Oracle Field Service.

    All custom properties (except file properties) can be sent in the request in the same way as the
    built-in properties. The maximum character length for custom properties of type 'string' is 65535
    characters. If the character length exceeds the limit, then only the first 65535 characters are
    saved and the rest are ignored.

    Args:
        resource_id (str): The unique identifier of the resource in Oracle Field Service.
        body (CreateResource | Unset): The resource used for an activity. For example, a resource
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
    ).parsed


async def asyncio_detailed(
    resource_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateResource | Unset = UNSET,
) -> Response[Resource]:
    """Create a resource

     This operation creates a new resource. If the specified resource already exists, then the operation
    erases the existing resource properties and replaces them with the properties specified in the
    request.

    The specified resource must be assigned to one or more users in Oracle Field Service.

    All custom properties (except file properties) can be sent in the request in the same way as the
    built-in properties. The maximum character length for custom properties of type 'string' is 65535
    characters. If the character length exceeds the limit, then only the first 65535 characters are
    saved and the rest are ignored.

    Args:
        resource_id (str): The unique identifier of the resource in Oracle Field Service.
        body (CreateResource | Unset): The resource used for an activity. For example, a resource
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
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    resource_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateResource | Unset = UNSET,
) -> Resource | None:
    """Create a resource

     This operation creates a new resource. If the specified resource already exists, then the operation
    erases the existing resource properties and replaces them with the properties specified in the
    request.

    The specified resource must be assigned to one or more users in Oracle Field Service.

    All custom properties (except file properties) can be sent in the request in the same way as the
    built-in properties. The maximum character length for custom properties of type 'string' is 65535
    characters. If the character length exceeds the limit, then only the first 65535 characters are
    saved and the rest are ignored.

    Args:
        resource_id (str): The unique identifier of the resource in Oracle Field Service.
        body (CreateResource | Unset): The resource used for an activity. For example, a resource
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
        )
    ).parsed
