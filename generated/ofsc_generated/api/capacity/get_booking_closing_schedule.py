from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.booking_closing_schedule_list import BookingClosingScheduleList
from ...types import UNSET, Response, json_loads


def _get_kwargs(
    *,
    areas: list[str],
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_areas = areas

    params["areas"] = json_areas

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rest/ofscCapacity/v1/bookingClosingSchedule",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BookingClosingScheduleList | None:
    if response.status_code == 200:
        if not response.content:
            return None
        response_200 = BookingClosingScheduleList.from_dict(json_loads(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BookingClosingScheduleList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    areas: list[str],
) -> Response[BookingClosingScheduleList]:
    """Get booking closing schedule

     This operation returns a booking closing schedule for one or more capacity areas.

    Args:
        areas (list[str]): The labels of the capacity areas or the capacity area groups.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BookingClosingScheduleList]
    """

    kwargs = _get_kwargs(
        areas=areas,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    areas: list[str],
) -> BookingClosingScheduleList | None:
    """Get booking closing schedule

     This operation returns a booking closing schedule for one or more capacity areas.

    Args:
        areas (list[str]): The labels of the capacity areas or the capacity area groups.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BookingClosingScheduleList
    """

    return sync_detailed(
        client=client,
        areas=areas,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    areas: list[str],
) -> Response[BookingClosingScheduleList]:
    """Get booking closing schedule

     This operation returns a booking closing schedule for one or more capacity areas.

    Args:
        areas (list[str]): The labels of the capacity areas or the capacity area groups.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BookingClosingScheduleList]
    """

    kwargs = _get_kwargs(
        areas=areas,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    areas: list[str],
) -> BookingClosingScheduleList | None:
    """Get booking closing schedule

     This operation returns a booking closing schedule for one or more capacity areas.

    Args:
        areas (list[str]): The labels of the capacity areas or the capacity area groups.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BookingClosingScheduleList
    """

    return (
        await asyncio_detailed(
            client=client,
            areas=areas,
        )
    ).parsed
