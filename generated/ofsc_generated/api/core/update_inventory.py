from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.inventory import Inventory
from ...types import UNSET, Response, Unset, json_loads


def _get_kwargs(
    inventory_id: int,
    *,
    body: Inventory | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/rest/ofscCore/v1/inventories/{inventory_id}".format(
            inventory_id=quote(str(inventory_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers.setdefault("Content-Type", "application/json")

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Inventory | None:
    if response.status_code == 200:
        if not response.content:
            return None
        response_200 = Inventory.from_dict(json_loads(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Inventory]:
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
    body: Inventory | Unset = UNSET,
) -> Response[Inventory]:
    """Update an inventory

     This operation updates the properties of the specified inventory.

    Args:
        inventory_id (int): The unique identifier of the inventory in Oracle Field Service.
        body (Inventory | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Inventory]
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
    body: Inventory | Unset = UNSET,
) -> Inventory | None:
    """Update an inventory

     This operation updates the properties of the specified inventory.

    Args:
        inventory_id (int): The unique identifier of the inventory in Oracle Field Service.
        body (Inventory | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Inventory
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
    body: Inventory | Unset = UNSET,
) -> Response[Inventory]:
    """Update an inventory

     This operation updates the properties of the specified inventory.

    Args:
        inventory_id (int): The unique identifier of the inventory in Oracle Field Service.
        body (Inventory | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Inventory]
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
    body: Inventory | Unset = UNSET,
) -> Inventory | None:
    """Update an inventory

     This operation updates the properties of the specified inventory.

    Args:
        inventory_id (int): The unique identifier of the inventory in Oracle Field Service.
        body (Inventory | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Inventory
    """

    return (
        await asyncio_detailed(
            inventory_id=inventory_id,
            client=client,
            body=body,
        )
    ).parsed
