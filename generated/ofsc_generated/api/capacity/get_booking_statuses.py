from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.booking_status_list import BookingStatusList
from ...types import UNSET, Response, Unset, json_loads


def _get_kwargs(
    *,
    dates: str,
    areas: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["dates"] = dates

    json_areas: list[str] | Unset = UNSET
    if not isinstance(areas, Unset):
        json_areas = areas

    params["areas"] = json_areas

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rest/ofscCapacity/v1/bookingStatuses",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> BookingStatusList | None:
    if response.status_code == 200:
        if not response.content:
            return None
        response_200 = BookingStatusList.from_dict(json_loads(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[BookingStatusList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    dates: str,
    areas: list[str] | Unset = UNSET,
) -> Response[BookingStatusList]:
    """Get booking statuses

     This operation retrieves a collection of booking statuses for the specified dates and capacity
    areas.

    Args:
        dates (str): The dates for which the booking statuses must be retrieved. The date is
            specified in YYYY-MM-DD format.
        areas (list[str] | Unset): The label of the capacity area.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BookingStatusList]
    """

    kwargs = _get_kwargs(
        dates=dates,
        areas=areas,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    dates: str,
    areas: list[str] | Unset = UNSET,
) -> BookingStatusList | None:
    """Get booking statuses

     This operation retrieves a collection of booking statuses for the specified dates and capacity
    areas.

    Args:
        dates (str): The dates for which the booking statuses must be retrieved. The date is
            specified in YYYY-MM-DD format.
        areas (list[str] | Unset): The label of the capacity area.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BookingStatusList
    """

    return sync_detailed(
        client=client,
        dates=dates,
        areas=areas,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    dates: str,
    areas: list[str] | Unset = UNSET,
) -> Response[BookingStatusList]:
    """Get booking statuses

     This operation retrieves a collection of booking statuses for the specified dates and capacity
    areas.

    Args:
        dates (str): The dates for which the booking statuses must be retrieved. The date is
            specified in YYYY-MM-DD format.
        areas (list[str] | Unset): The label of the capacity area.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BookingStatusList]
    """

    kwargs = _get_kwargs(
        dates=dates,
        areas=areas,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    dates: str,
    areas: list[str] | Unset = UNSET,
) -> BookingStatusList | None:
    """Get booking statuses

     This operation retrieves a collection of booking statuses for the specified dates and capacity
    areas.

    Args:
        dates (str): The dates for which the booking statuses must be retrieved. The date is
            specified in YYYY-MM-DD format.
        areas (list[str] | Unset): The label of the capacity area.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BookingStatusList
    """

    return (
        await asyncio_detailed(
            client=client,
            dates=dates,
            areas=areas,
        )
    ).parsed
