from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.install_inventory_response import InstallInventoryResponse
from ...models.inventory_custom_action import InventoryCustomAction
from ...types import UNSET, Response, Unset, json_loads


def _get_kwargs(
    inventory_id: int,
    *,
    body: InventoryCustomAction | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/rest/ofscCore/v1/inventories/{inventory_id}/custom-actions/install".format(
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
) -> InstallInventoryResponse | None:
    if response.status_code == 200:
        if not response.content:
            return None
        response_200 = InstallInventoryResponse.from_dict(json_loads(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[InstallInventoryResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    inventory_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: InventoryCustomAction | Unset = UNSET,
) -> Response[InstallInventoryResponse]:
    """Install an inventory

     This operation creates the specified inventory and sets the status to 'Installed'. If the installed
    inventory is associated with a segmentable activity, then the Activity ID must be specified.

    Args:
        inventory_id (int): The unique identifier of an inventory in Oracle Field Service.
        body (InventoryCustomAction | Unset): The schema of the request body object for this
            operation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InstallInventoryResponse]
    """

    kwargs = _get_kwargs(
        inventory_id=inventory_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    inventory_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: InventoryCustomAction | Unset = UNSET,
) -> InstallInventoryResponse | None:
    """Install an inventory

     This operation creates the specified inventory and sets the status to 'Installed'. If the installed
    inventory is associated with a segmentable activity, then the Activity ID must be specified.

    Args:
        inventory_id (int): The unique identifier of an inventory in Oracle Field Service.
        body (InventoryCustomAction | Unset): The schema of the request body object for this
            operation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InstallInventoryResponse
    """

    return sync_detailed(
        inventory_id=inventory_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    inventory_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: InventoryCustomAction | Unset = UNSET,
) -> Response[InstallInventoryResponse]:
    """Install an inventory

     This operation creates the specified inventory and sets the status to 'Installed'. If the installed
    inventory is associated with a segmentable activity, then the Activity ID must be specified.

    Args:
        inventory_id (int): The unique identifier of an inventory in Oracle Field Service.
        body (InventoryCustomAction | Unset): The schema of the request body object for this
            operation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InstallInventoryResponse]
    """

    kwargs = _get_kwargs(
        inventory_id=inventory_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    inventory_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: InventoryCustomAction | Unset = UNSET,
) -> InstallInventoryResponse | None:
    """Install an inventory

     This operation creates the specified inventory and sets the status to 'Installed'. If the installed
    inventory is associated with a segmentable activity, then the Activity ID must be specified.

    Args:
        inventory_id (int): The unique identifier of an inventory in Oracle Field Service.
        body (InventoryCustomAction | Unset): The schema of the request body object for this
            operation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InstallInventoryResponse
    """

    return (
        await asyncio_detailed(
            inventory_id=inventory_id,
            client=client,
            body=body,
        )
    ).parsed
