from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.resource_assigned_locations_week import ResourceAssignedLocationsWeek
from ...types import UNSET, Response, Unset, json_loads


def _get_kwargs(
    resource_id: str,
    *,
    date_from: str | Unset = UNSET,
    date_to: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["dateFrom"] = date_from

    params["dateTo"] = date_to

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rest/ofscCore/v1/resources/{resource_id}/assignedLocations".format(
            resource_id=quote(str(resource_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ResourceAssignedLocationsWeek | None:
    if response.status_code == 200:
        if not response.content:
            return None
        response_200 = ResourceAssignedLocationsWeek.from_dict(json_loads(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ResourceAssignedLocationsWeek]:
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
    date_from: str | Unset = UNSET,
    date_to: str | Unset = UNSET,
) -> Response[ResourceAssignedLocationsWeek]:
    """Get assigned locations

     This operation retrieves the details of the locations assigned to the specified resource. The
    locations include the 'start', 'end', and 'home zone center' locations.

    Limitations:

    The value of the DateTo parameter cannot be greater than 32 days from the value of dateFrom
    parameter.

    Permissions:

    The permission 'core_api_resource' has to be set to 'ReadWrite' for this API to work.

    Args:
        resource_id (str): The unique identifier of the resource.
        date_from (str | Unset): The date from which the locations are assigned to the resource.
            Specify the date in 'YYYY-MM-DD' format.
        date_to (str | Unset): The date till when the locations are assigned to the resource.
            Specify the date in 'YYYY-MM-DD' format.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ResourceAssignedLocationsWeek]
    """

    kwargs = _get_kwargs(
        resource_id=resource_id,
        date_from=date_from,
        date_to=date_to,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    resource_id: str,
    *,
    client: AuthenticatedClient | Client,
    date_from: str | Unset = UNSET,
    date_to: str | Unset = UNSET,
) -> ResourceAssignedLocationsWeek | None:
    """Get assigned locations

     This operation retrieves the details of the locations assigned to the specified resource. The
    locations include the 'start', 'end', and 'home zone center' locations.

    Limitations:

    The value of the DateTo parameter cannot be greater than 32 days from the value of dateFrom
    parameter.

    Permissions:

    The permission 'core_api_resource' has to be set to 'ReadWrite' for this API to work.

    Args:
        resource_id (str): The unique identifier of the resource.
        date_from (str | Unset): The date from which the locations are assigned to the resource.
            Specify the date in 'YYYY-MM-DD' format.
        date_to (str | Unset): The date till when the locations are assigned to the resource.
            Specify the date in 'YYYY-MM-DD' format.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ResourceAssignedLocationsWeek
    """

    return sync_detailed(
        resource_id=resource_id,
        client=client,
        date_from=date_from,
        date_to=date_to,
    ).parsed


async def asyncio_detailed(
    resource_id: str,
    *,
    client: AuthenticatedClient | Client,
    date_from: str | Unset = UNSET,
    date_to: str | Unset = UNSET,
) -> Response[ResourceAssignedLocationsWeek]:
    """Get assigned locations

     This operation retrieves the details of the locations assigned to the specified resource. The
    locations include the 'start', 'end', and 'home zone center' locations.

    Limitations:

    The value of the DateTo parameter cannot be greater than 32 days from the value of dateFrom
    parameter.

    Permissions:

    The permission 'core_api_resource' has to be set to 'ReadWrite' for this API to work.

    Args:
        resource_id (str): The unique identifier of the resource.
        date_from (str | Unset): The date from which the locations are assigned to the resource.
            Specify the date in 'YYYY-MM-DD' format.
        date_to (str | Unset): The date till when the locations are assigned to the resource.
            Specify the date in 'YYYY-MM-DD' format.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ResourceAssignedLocationsWeek]
    """

    kwargs = _get_kwargs(
        resource_id=resource_id,
        date_from=date_from,
        date_to=date_to,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    resource_id: str,
    *,
    client: AuthenticatedClient | Client,
    date_from: str | Unset = UNSET,
    date_to: str | Unset = UNSET,
) -> ResourceAssignedLocationsWeek | None:
    """Get assigned locations

     This operation retrieves the details of the locations assigned to the specified resource. The
    locations include the 'start', 'end', and 'home zone center' locations.

    Limitations:

    The value of the DateTo parameter cannot be greater than 32 days from the value of dateFrom
    parameter.

    Permissions:

    The permission 'core_api_resource' has to be set to 'ReadWrite' for this API to work.

    Args:
        resource_id (str): The unique identifier of the resource.
        date_from (str | Unset): The date from which the locations are assigned to the resource.
            Specify the date in 'YYYY-MM-DD' format.
        date_to (str | Unset): The date till when the locations are assigned to the resource.
            Specify the date in 'YYYY-MM-DD' format.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ResourceAssignedLocationsWeek
    """

    return (
        await asyncio_detailed(
            resource_id=resource_id,
            client=client,
            date_from=date_from,
            date_to=date_to,
        )
    ).parsed
