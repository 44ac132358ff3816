from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.deactivate_resource_route_request import DeactivateResourceRouteRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    resource_id: str,
    date: str,
    *,
    body: DeactivateResourceRouteRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/rest/ofscCore/v1/resources/{resource_id}/routes/{date}/custom-actions/deactivate".format(
            resource_id=quote(str(resource_id), safe=""),
            date=quote(str(date), safe=""),
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
    date: str,
    *,
    client: AuthenticatedClient | Client,
    body: DeactivateResourceRouteRequest | Unset = UNSET,
) -> Response[Any]:
    """Deactivate a resource route

     This operation deactivates the specified resource's route only for the current date.

    Note:If the Overnight work field is set to a non-zero value in the Configuration, Business rules
    screen, then it is possible to deactivate the resource's route on the previous day.

    Args:
        resource_id (str): The unique identifier of the resource in Oracle Field Service.
        date (str): The date on which the resource's route has to be deactivated. Specify the date
            in YYYY-MM-DD format.
        body (DeactivateResourceRouteRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        resource_id=resource_id,
        date=date,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    resource_id: str,
    date: str,
    *,
    client: AuthenticatedClient | Client,
    body: DeactivateResourceRouteRequest | Unset = UNSET,
) -> None:
    """Deactivate a resource route

     This operation deactivates the specified resource's route only for the current date.

    Note:If the Overnight work field is set to a non-zero value in the Configuration, Business rules
    screen, then it is possible to deactivate the resource's route on the previous day.

    Args:
        resource_id (str): The unique identifier of the resource in Oracle Field Service.
        date (str): The date on which the resource's route has to be deactivated. Specify the date
            in YYYY-MM-DD format.
        body (DeactivateResourceRouteRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None
    """

    sync_detailed(
        resource_id=resource_id,
        date=date,
        client=client,
        body=body,
    )


async def asyncio_detailed(
    resource_id: str,
    date: str,
    *,
    client: AuthenticatedClient | Client,
    body: DeactivateResourceRouteRequest | Unset = UNSET,
) -> Response[Any]:
    """Deactivate a resource route

     This operation deactivates the specified resource's route only for the current date.

    Note:If the Overnight work field is set to a non-zero value in the Configuration, Business rules
    screen, then it is possible to deactivate the resource's route on the previous day.

    Args:
        resource_id (str): The unique identifier of the resource in Oracle Field Service.
        date (str): The date on which the resource's route has to be deactivated. Specify the date
            in YYYY-MM-DD format.
        body (DeactivateResourceRouteRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        resource_id=resource_id,
        date=date,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    resource_id: str,
    date: str,
    *,
    client: AuthenticatedClient | Client,
    body: DeactivateResourceRouteRequest | Unset = UNSET,
) -> None:
    """Deactivate a resource route

     This operation deactivates the specified resource's route only for the current date.

    Note:If the Overnight work field is set to a non-zero value in the Configuration, Business rules
    screen, then it is possible to deactivate the resource's route on the previous day.

    Args:
        resource_id (str): The unique identifier of the resource in Oracle Field Service.
        date (str): The date on which the resource's route has to be deactivated. Specify the date
            in YYYY-MM-DD format.
        body (DeactivateResourceRouteRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None
    """

    await asyncio_detailed(
        resource_id=resource_id,
        date=date,
        client=client,
        body=body,
    )
