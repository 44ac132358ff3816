from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.booking_status_request_list import BookingStatusRequestList
from ...models.result_booking_status_object import ResultBookingStatusObject
from ...types import Response, json_loads


def _get_kwargs(
    *,
    body: BookingStatusRequestList,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/rest/ofscCapacity/v1/bookingStatuses",
    }

    _kwargs["json"] = body.to_dict()

    headers.setdefault("Content-Type", "application/json")

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ResultBookingStatusObject | None:
    if response.status_code == 200:
        if not response.content:
            return None
        response_200 = ResultBookingStatusObject.from_dict(json_loads(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ResultBookingStatusObject]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BookingStatusRequestList,
) -> Response[ResultBookingStatusObject]:
    """Update booking statuses

     This operation updates the booking statuses (that is, open or closed) based on the specified request
    parameters.

    Args:
        body (BookingStatusRequestList): The array of booking statuses.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ResultBookingStatusObject]
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
    body: BookingStatusRequestList,
) -> ResultBookingStatusObject | None:
    """Update booking statuses

     This operation updates the booking statuses (that is, open or closed) based on the specified request
    parameters.

    Args:
        body (BookingStatusRequestList): The array of booking statuses.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ResultBookingStatusObject
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BookingStatusRequestList,
) -> Response[ResultBookingStatusObject]:
    """Update booking statuses

     This operation updates the booking statuses (that is, open or closed) based on the specified request
    parameters.

    Args:
        body (BookingStatusRequestList): The array of booking statuses.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ResultBookingStatusObject]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: BookingStatusRequestList,
) -> ResultBookingStatusObject | None:
    """Update booking statuses

     This operation updates the booking statuses (that is, open or closed) based on the specified request
    parameters.

    Args:
        body (BookingStatusRequestList): The array of booking statuses.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ResultBookingStatusObject
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
