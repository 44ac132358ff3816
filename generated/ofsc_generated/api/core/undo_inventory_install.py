from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.inventory_custom_action import InventoryCustomAction
from ...models.undo_inventory_install_response import UndoInventoryInstallResponse
from ...types import UNSET, Response, Unset, json_loads


def _get_kwargs(
    inventory_id: int,
    *,
    body: InventoryCustomAction | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/rest/ofscCore/v1/inventories/{inventory_id}/custom-actions/undoInstall".format(
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
) -> UndoInventoryInstallResponse | None:
    if response.status_code == 200:
        if not response.content:
            return None
        response_200 = UndoInventoryInstallResponse.from_dict(json_loads(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[UndoInventoryInstallResponse]:
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
) -> Response[UndoInventoryInstallResponse]:
    """Undo install an inventory

     This operation updates the status of the specified installed inventory to 'customer'.

    If the specified inventory is non-serialized, then the quantity must be provided. Also, this
    operation assigns the non-serialized inventory to the team holder during a teamwork activity.

    Note: Using this operation, a team member can transfer the inventory to the initial team member who
    created it. However, during a team work activity, a team member cannot use the inventory that
    belongs to another team member.

    If the specified inventory is associated with a segmentable activity, then the Activity ID must be
    specified.

    Args:
        inventory_id (int): The unique identifier of the inventory in Oracle Field Service.
        body (InventoryCustomAction | Unset): The schema of the request body object for this
            operation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UndoInventoryInstallResponse]
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
) -> UndoInventoryInstallResponse | None:
    """Undo install an inventory

     This operation updates the status of the specified installed inventory to 'customer'.

    If the specified inventory is non-serialized, then the quantity must be provided. Also, this
    operation assigns the non-serialized inventory to the team holder during a teamwork activity.

    Note: Using this operation, a team member can transfer the inventory to the initial team member who
    created it. However, during a team work activity, a team member cannot use the inventory that
    belongs to another team member.

    If the specified inventory is associated with a segmentable activity, then the Activity ID must be
    specified.

    Args:
        inventory_id (int): The unique identifier of the inventory in Oracle Field Service.
        body (InventoryCustomAction | Unset): The schema of the request body object for this
            operation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UndoInventoryInstallResponse
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
) -> Response[UndoInventoryInstallResponse]:
    """Undo install an inventory

     This operation updates the status of the specified installed inventory to 'customer'.

    If the specified inventory is non-serialized, then the quantity must be provided. Also, this
    operation assigns the non-serialized inventory to the team holder during a teamwork activity.

    Note: Using this operation, a team member can transfer the inventory to the initial team member who
    created it. However, during a team work activity, a team member cannot use the inventory that
    belongs to another team member.

    If the specified inventory is associated with a segmentable activity, then the Activity ID must be
    specified.

    Args:
        inventory_id (int): The unique identifier of the inventory in Oracle Field Service.
        body (InventoryCustomAction | Unset): The schema of the request body object for this
            operation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UndoInventoryInstallResponse]
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
) -> UndoInventoryInstallResponse | None:
    """Undo install an inventory

     This operation updates the status of the specified installed inventory to 'customer'.

    If the specified inventory is non-serialized, then the quantity must be provided. Also, this
    operation assigns the non-serialized inventory to the team holder during a teamwork activity.

    Note: Using this operation, a team member can transfer the inventory to the initial team member who
    created it. However, during a team work activity, a team member cannot use the inventory that
    belongs to another team member.

    If the specified inventory is associated with a segmentable activity, then the Activity ID must be
    specified.

    Args:
        inventory_id (int): The unique identifier of the inventory in Oracle Field Service.
        body (InventoryCustomAction | Unset): The schema of the request body object for this
            operation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UndoInventoryInstallResponse
    """

    return (
        await asyncio_detailed(
            inventory_id=inventory_id,
            client=client,
            body=body,
        )
    ).parsed
