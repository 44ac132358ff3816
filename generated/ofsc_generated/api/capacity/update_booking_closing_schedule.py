from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.booking_closing_schedule_list import BookingClosingScheduleList
from ...models.result_object import ResultObject
from ...types import Response, json_loads


def _get_kwargs(
    *,
    body: BookingClosingScheduleList,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/rest/ofscCapacity/v1/bookingClosingSchedule",
    }

    _kwargs["json"] = body.to_dict()

    headers.setdefault("Content-Type", "application/json")

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ResultObject | None:
    if response.status_code == 200:
        if not response.content:
            return None
        response_200 = ResultObject.from_dict(json_loads(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ResultObject]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BookingClosingScheduleList,
) -> Response[ResultObject]:
    """Create or update booking closing schedules

     This operation creates or updates the booking closing schedules for one or more capacity areas.

    Args:
        body (BookingClosingScheduleList): The collection of closing schedules for bookings.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ResultObject]
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
    body: BookingClosingScheduleList,
) -> ResultObject | None:
    """Create or update booking closing schedules

     This operation creates or updates the booking closing schedules for one or more capacity areas.

    Args:
        body (BookingClosingScheduleList): The collection of closing schedules for bookings.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ResultObject
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BookingClosingScheduleList,
) -> Response[ResultObject]:
    """Create or update booking closing schedules

     This operation creates or updates the booking closing schedules for one or more capacity areas.

    Args:
        body (BookingClosingScheduleList): The collection of closing schedules for bookings.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ResultObject]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: BookingClosingScheduleList,
) -> ResultObject | None:
    """Create or update booking closing schedules

     This operation creates or updates the booking closing schedules for one or more capacity areas.

    Args:
        body (BookingClosingScheduleList): The collection of closing schedules for bookings.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ResultObject
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
