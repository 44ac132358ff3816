from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bulk_update_resource_inventories_request import BulkUpdateResourceInventoriesRequest
from ...models.bulk_update_resource_inventories_response import BulkUpdateResourceInventoriesResponse
from ...types import UNSET, Response, Unset, json_loads


def _get_kwargs(
    *,
    body: BulkUpdateResourceInventoriesRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/rest/ofscCore/v1/resources/custom-actions/bulkUpdateInventories",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers.setdefault("Content-Type", "application/json")

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BulkUpdateResourceInventoriesResponse | None:
    if response.status_code == 200:
        if not response.content:
            return None
        response_200 = BulkUpdateResourceInventoriesResponse.from_dict(json_loads(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BulkUpdateResourceInventoriesResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BulkUpdateResourceInventoriesRequest | Unset = UNSET,
) -> Response[BulkUpdateResourceInventoriesResponse]:
    r"""Bulk update resource inventories

     This operation creates, updates, or deletes inventories of multiple resources in a single call. Only
    inventories with status as 'resource' are created, deleted, or updated. Inventories with status as
    'installed' or 'deinstalled' are ignored. Each resource pool is processed independently - inventory
    will not be moved between different resources. To \"move\" a piece of inventory it is necessary to
    specifically create it in one resource pool and remove from another.

    Error Handling:

    - If the request size is greater than 5 MB, then the API fails with the HTTP status '413 Request
    entity too large' error.
    - If the swagger validation fails, then the entire request fails with the HTTP status '400 Bad
    Request' error. Examples of such cases are:
      - A required field is not specified.
      - The request is not a valid JSON.
    - The operation returns HTTP status '200 OK', even if individual inventories are not created for
    some reason. Verify the response to identify the operations that succeeded and the operations that
    failed. Examples of such cases are:
      - The resource ID does not exist
      - The resource does have inventories (not a technician).
      - The inventory type does not exist.
      - An invalid value is specified for an 'enum' custom property.
      - A string value is specified for a custom property having data type as integer.

    Permissions:

    The permissions 'Core API : Resource' and 'Core API : Inventory' have to be set to 'ReadWrite' for
    this API to work.

    Args:
        body (BulkUpdateResourceInventoriesRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BulkUpdateResourceInventoriesResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: BulkUpdateResourceInventoriesRequest | Unset = UNSET,
) -> BulkUpdateResourceInventoriesResponse | None:
    r"""Bulk update resource inventories

     This operation creates, updates, or deletes inventories of multiple resources in a single call. Only
    inventories with status as 'resource' are created, deleted, or updated. Inventories with status as
    'installed' or 'deinstalled' are ignored. Each resource pool is processed independently - inventory
    will not be moved between different resources. To \"move\" a piece of inventory it is necessary to
    specifically create it in one resource pool and remove from another.

    Error Handling:

    - If the request size is greater than 5 MB, then the API fails with the HTTP status '413 Request
    entity too large' error.
    - If the swagger validation fails, then the entire request fails with the HTTP status '400 Bad
    Request' error. Examples of such cases are:
      - A required field is not specified.
      - The request is not a valid JSON.
    - The operation returns HTTP status '200 OK', even if individual inventories are not created for
    some reason. Verify the response to identify the operations that succeeded and the operations that
    failed. Examples of such cases are:
      - The resource ID does not exist
      - The resource does have inventories (not a technician).
      - The inventory type does not exist.
      - An invalid value is specified for an 'enum' custom property.
      - A string value is specified for a custom property having data type as integer.

    Permissions:

    The permissions 'Core API : Resource' and 'Core API : Inventory' have to be set to 'ReadWrite' for
    this API to work.

    Args:
        body (BulkUpdateResourceInventoriesRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BulkUpdateResourceInventoriesResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BulkUpdateResourceInventoriesRequest | Unset = UNSET,
) -> Response[BulkUpdateResourceInventoriesResponse]:
    r"""Bulk update resource inventories

     This operation creates, updates, or deletes inventories of multiple resources in a single call. Only
    inventories with status as 'resource' are created, deleted, or updated. Inventories with status as
    'installed' or 'deinstalled' are ignored. Each resource pool is processed independently - inventory
    will not be moved between different resources. To \"move\" a piece of inventory it is necessary to
    specifically create it in one resource pool and remove from another.

    Error Handling:

    - If the request size is greater than 5 MB, then the API fails with the HTTP status '413 Request
    entity too large' error.
    - If the swagger validation fails, then the entire request fails with the HTTP status '400 Bad
    Request' error. Examples of such cases are:
      - A required field is not specified.
      - The request is not a valid JSON.
    - The operation returns HTTP status '200 OK', even if individual inventories are not created for
    some reason. Verify the response to identify the operations that succeeded and the operations that
    failed. Examples of such cases are:
      - The resource ID does not exist
      - The resource does have inventories (not a technician).
      - The inventory type does not exist.
      - An invalid value is specified for an 'enum' custom property.
      - A string value is specified for a custom property having data type as integer.

    Permissions:

    The permissions 'Core API : Resource' and 'Core API : Inventory' have to be set to 'ReadWrite' for
    this API to work.

    Args:
        body (BulkUpdateResourceInventoriesRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BulkUpdateResourceInventoriesResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: BulkUpdateResourceInventoriesRequest | Unset = UNSET,
) -> BulkUpdateResourceInventoriesResponse | None:
    r"""Bulk update resource inventories

     This operation creates, updates, or deletes inventories of multiple resources in a single call. Only
    inventories with status as 'resource' are created, deleted, or updated. Inventories with status as
    'installed' or 'deinstalled' are ignored. Each resource pool is processed independently - inventory
    will not be moved between different resources. To \"move\" a piece of inventory it is necessary to
    specifically create it in one resource pool and remove from another.

    Error Handling:

    - If the request size is greater than 5 MB, then the API fails with the HTTP status '413 Request
    entity too large' error.
    - If the swagger validation fails, then the entire request fails with the HTTP status '400 Bad
    Request' error. Examples of such cases are:
      - A required field is not specified.
      - The request is not a valid JSON.
    - The operation returns HTTP status '200 OK', even if individual inventories are not created for
    some reason. Verify the response to identify the operations that succeeded and the operations that
    failed. Examples of such cases are:
      - The resource ID does not exist
      - The resource does have inventories (not a technician).
      - The inventory type does not exist.
      - An invalid value is specified for an 'enum' custom property.
      - A string value is specified for a custom property having data type as integer.

    Permissions:

    The permissions 'Core API : Resource' and 'Core API : Inventory' have to be set to 'ReadWrite' for
    this API to work.

    Args:
        body (BulkUpdateResourceInventoriesRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BulkUpdateResourceInventoriesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
