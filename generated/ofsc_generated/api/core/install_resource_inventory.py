from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.install_resource_inventory_response import InstallResourceInventoryResponse
from ...models.inventory_custom_action import InventoryCustomAction
from ...types import UNSET, Response, Unset, json_loads


def _get_kwargs(
    resource_id: str,
    inventory_id: int,
    *,
    body: InventoryCustomAction | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/rest/ofscCore/v1/resources/{resource_id}/inventories/{inventory_id}/custom-actions/install".format(
            resource_id=quote(str(resource_id), safe=""),
            inventory_id=quote(str(inventory_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers.setdefault("Content-Type", "application/json")

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> InstallResourceInventoryResponse | None:
    if response.status_code == 200:
        if not response.content:
            return None
        response_200 = InstallResourceInventoryResponse.from_dict(json_loads(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[InstallResourceInventoryResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    resource_id: str,
    inventory_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: InventoryCustomAction | Unset = UNSET,
) -> Response[InstallResourceInventoryResponse]:
    """Install an inventory

     This operation installs the specified inventory for the specified resource. The operation changes
    the inventory status to 'installed' and adds it to the 'installed' list of inventories for the
    specified activity.

    If the inventory is associated with a segmentable activity, then the Activity ID must be specified.

    Args:
        resource_id (str): The unique identifier of the resource to which the inventory is
            assigned or the activity (that has the inventory assigned to it) is assigned.
        inventory_id (int): The unique identifier of the inventory in Oracle Field Service.
        body (InventoryCustomAction | Unset): The schema of the request body object for this
            operation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InstallResourceInventoryResponse]
    """

    kwargs = _get_kwargs(
        resource_id=resource_id,
        inventory_id=inventory_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    resource_id: str,
    inventory_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: InventoryCustomAction | Unset = UNSET,
) -> InstallResourceInventoryResponse | None:
    """Install an inventory

     This operation installs the specified inventory for the specified resource. The operation changes
    the inventory status to 'installed' and adds it to the 'installed' list of inventories for the
    specified activity.

    If the inventory is associated with a segmentable activity, then the Activity ID must be specified.

    Args:
        resource_id (str): The unique identifier of the resource to which the inventory is
            assigned or the activity (that has the inventory assigned to it) is assigned.
        inventory_id (int): The unique identifier of the inventory in Oracle Field Service.
        body (InventoryCustomAction | Unset): The schema of the request body object for this
            operation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InstallResourceInventoryResponse
    """

    return sync_detailed(
        resource_id=resource_id,
        inventory_id=inventory_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    resource_id: str,
    inventory_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: InventoryCustomAction | Unset = UNSET,
) -> Response[InstallResourceInventoryResponse]:
    """Install an inventory

     This operation installs the specified inventory for the specified resource. The operation changes
    the inventory status to 'installed' and adds it to the 'installed' list of inventories for the
    specified activity.

    If the inventory is associated with a segmentable activity, then the Activity ID must be specified.

    Args:
        resource_id (str): The unique identifier of the resource to which the inventory is
            assigned or the activity (that has the inventory assigned to it) is assigned.
        inventory_id (int): The unique identifier of the inventory in Oracle Field Service.
        body (InventoryCustomAction | Unset): The schema of the request body object for this
            operation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InstallResourceInventoryResponse]
    """

    kwargs = _get_kwargs(
        resource_id=resource_id,
        inventory_id=inventory_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    resource_id: str,
    inventory_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: InventoryCustomAction | Unset = UNSET,
) -> InstallResourceInventoryResponse | None:
    """Install an inventory

     This operation installs the specified inventory for the specified resource. The operation changes
    the inventory status to 'installed' and adds it to the 'installed' list of inventories for the
    specified activity.

    If the inventory is associated with a segmentable activity, then the Activity ID must be specified.

    Args:
        resource_id (str): The unique identifier of the resource to which the inventory is
            assigned or the activity (that has the inventory assigned to it) is assigned.
        inventory_id (int): The unique identifier of the inventory in Oracle Field Service.
        body (InventoryCustomAction | Unset): The schema of the request body object for this
            operation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InstallResourceInventoryResponse
    """

    return (
        await asyncio_detailed(
            resource_id=resource_id,
            inventory_id=inventory_id,
            client=client,
            body=body,
        )
    ).parsed
