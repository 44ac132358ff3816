from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.plan import Plan
from ...types import UNSET, Response, Unset


def _get_kwargs(
    resource_id: str,
    *,
    body: Plan | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/rest/ofscCore/v1/resources/{resource_id}/plans".format(
            resource_id=quote(str(resource_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers.setdefault("Content-Type", "application/json")

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
    *,
    client: AuthenticatedClient | Client,
    body: Plan | Unset = UNSET,
) -> Response[Any]:
    """Create work plan for a resource

     This operation creates a work plan for the specified group resource.

    A field manager can use work plans in the Oracle Field Service Mobility application to measure the
    planned amount of working time of a group resource for a particular day.

    Args:
        resource_id (str): The unique identifier of the resource in Oracle Field Service. This
            maps to the resource field 'external_id' and is not necessarily set for all resources. The
            resources without this parameter are not visible to the operation.
        body (Plan | Unset): The work plan for the resource.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
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
    body: Plan | Unset = UNSET,
) -> None:
    """Create work plan for a resource

     This operation creates a work plan for the specified group resource.

    A field manager can use work plans in the Oracle Field Service Mobility application to measure the
    planned amount of working time of a group resource for a particular day.

    Args:
        resource_id (str): The unique identifier of the resource in Oracle Field Service. This
            maps to the resource field 'external_id' and is not necessarily set for all resources. The
            resources without this parameter are not visible to the operation.
        body (Plan | Unset): The work plan for the resource.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None
    """

    sync_detailed(
        resource_id=resource_id,
        client=client,
        body=body,
    )


async def asyncio_detailed(
    resource_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: Plan | Unset = UNSET,
) -> Response[Any]:
    """Create work plan for a resource

     This operation creates a work plan for the specified group resource.

    A field manager can use work plans in the Oracle Field Service Mobility application to measure the
    planned amount of working time of a group resource for a particular day.

    Args:
        resource_id (str): The unique identifier of the resource in Oracle Field Service. This
            maps to the resource field 'external_id' and is not necessarily set for all resources. The
            resources without this parameter are not visible to the operation.
        body (Plan | Unset): The work plan for the resource.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
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
    body: Plan | Unset = UNSET,
) -> None:
    """Create work plan for a resource

     This operation creates a work plan for the specified group resource.

    A field manager can use work plans in the Oracle Field Service Mobility application to measure the
    planned amount of working time of a group resource for a particular day.

    Args:
        resource_id (str): The unique identifier of the resource in Oracle Field Service. This
            maps to the resource field 'external_id' and is not necessarily set for all resources. The
            resources without this parameter are not visible to the operation.
        body (Plan | Unset): The work plan for the resource.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None
    """

    await asyncio_detailed(
        resource_id=resource_id,
        client=client,
        body=body,
    )
