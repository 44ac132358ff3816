from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.show_booking_grid import ShowBookingGrid
from ...models.show_booking_grid_request import ShowBookingGridRequest
from ...types import UNSET, Response, Unset, json_loads


def _get_kwargs(
    *,
    body: ShowBookingGridRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/rest/ofscCapacity/v1/showBookingGrid",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers.setdefault("Content-Type", "application/json")

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ShowBookingGrid | None:
    if response.status_code == 200:
        if not response.content:
            return None
        response_200 = ShowBookingGrid.from_dict(json_loads(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ShowBookingGrid]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ShowBookingGridRequest | Unset = UNSET,
) -> Response[ShowBookingGrid]:
    """Show booking grid

     This operation retrieves the booking grid for booking an activity.

    Overview

    This operation retrieves the time slots in which the activity can be performed. The following points
    are considered while booking an activity within the time slots:

    - The booking quota is available for the category and for the day.
    - The time slots must satisfy the constraints specified in the company configuration
    - The booking is not closed for the category, time frame, and work zone.
    - The workforce is available to perform the activity.

    Time slots filtering

    The filtering of time slots during the showBookingGrid API call is intended to prepare a preliminary
    set of time slots that will be used in the next check for the possibility of booking the required
    activity. This filtering is performed in two steps:

    1. We obtain a set of pairs time slot - capacity category that simultaneously satisfy the company
    restrictions and the set of capacity categories required according to the request data. All capacity
    categories required according to the request data must be assigned to the time slot.
    2. For each capacity area that can be mentioned in the response, we select only those items (and as
    a result, time slots) from the first set of pairs where the capacity category is contained in the
    capacity area configuration.

    Recommendations

    The function may provide recommendations to select more preferable time-slots for activity booking
    that reduce overall travel expenses.

    To get the recommendations in the response:

    - Enable this ability in the capacity area configuration.
    - Ensure that, in the request, you include enough information that the application uses to calculate
    the distances / travel to other activities. This is the latitude and longitude fields for booking by
    Capacity / Quota, or the fields configured as the activity travel key in case of direct assignment
    booking.

    For more information about booking recommendations, see the Booking Recommendations chapter in the
    Using Capacity Service guide.

    Args:
        body (ShowBookingGridRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ShowBookingGrid]
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
    body: ShowBookingGridRequest | Unset = UNSET,
) -> ShowBookingGrid | None:
    """Show booking grid

     This operation retrieves the booking grid for booking an activity.

    Overview

    This operation retrieves the time slots in which the activity can be performed. The following points
    are considered while booking an activity within the time slots:

    - The booking quota is available for the category and for the day.
    - The time slots must satisfy the constraints specified in the company configuration
    - The booking is not closed for the category, time frame, and work zone.
    - The workforce is available to perform the activity.

    Time slots filtering

    The filtering of time slots during the showBookingGrid API call is intended to prepare a preliminary
    set of time slots that will be used in the next check for the possibility of booking the required
    activity. This filtering is performed in two steps:

    1. We obtain a set of pairs time slot - capacity category that simultaneously satisfy the company
    restrictions and the set of capacity categories required according to the request data. All capacity
    categories required according to the request data must be assigned to the time slot.
    2. For each capacity area that can be mentioned in the response, we select only those items (and as
    a result, time slots) from the first set of pairs where the capacity category is contained in the
    capacity area configuration.

    Recommendations

    The function may provide recommendations to select more preferable time-slots for activity booking
    that reduce overall travel expenses.

    To get the recommendations in the response:

    - Enable this ability in the capacity area configuration.
    - Ensure that, in the request, you include enough information that the application uses to calculate
    the distances / travel to other activities. This is the latitude and longitude fields for booking by
    Capacity / Quota, or the fields configured as the activity travel key in case of direct assignment
    booking.

    For more information about booking recommendations, see the Booking Recommendations chapter in the
    Using Capacity Service guide.

    Args:
        body (ShowBookingGridRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ShowBookingGrid
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ShowBookingGridRequest | Unset = UNSET,
) -> Response[ShowBookingGrid]:
    """Show booking grid

     This operation retrieves the booking grid for booking an activity.

    Overview

    This operation retrieves the time slots in which the activity can be performed. The following points
    are considered while booking an activity within the time slots:

    - The booking quota is available for the category and for the day.
    - The time slots must satisfy the constraints specified in the company configuration
    - The booking is not closed for the category, time frame, and work zone.
    - The workforce is available to perform the activity.

    Time slots filtering

    The filtering of time slots during the showBookingGrid API call is intended to prepare a preliminary
    set of time slots that will be used in the next check for the possibility of booking the required
    activity. This filtering is performed in two steps:

    1. We obtain a set of pairs time slot - capacity category that simultaneously satisfy the company
    restrictions and the set of capacity categories required according to the request data. All capacity
    categories required according to the request data must be assigned to the time slot.
    2. For each capacity area that can be mentioned in the response, we select only those items (and as
    a result, time slots) from the first set of pairs where the capacity category is contained in the
    capacity area configuration.

    Recommendations

    The function may provide recommendations to select more preferable time-slots for activity booking
    that reduce overall travel expenses.

    To get the recommendations in the response:

    - Enable this ability in the capacity area configuration.
    - Ensure that, in the request, you include enough information that the application uses to calculate
    the distances / travel to other activities. This is the latitude and longitude fields for booking by
    Capacity / Quota, or the fields configured as the activity travel key in case of direct assignment
    booking.

    For more information about booking recommendations, see the Booking Recommendations chapter in the
    Using Capacity Service guide.

    Args:
        body (ShowBookingGridRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ShowBookingGrid]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ShowBookingGridRequest | Unset = UNSET,
) -> ShowBookingGrid | None:
    """Show booking grid

     This operation retrieves the booking grid for booking an activity.

    Overview

    This operation retrieves the time slots in which the activity can be performed. The following points
    are considered while booking an activity within the time slots:

    - The booking quota is available for the category and for the day.
    - The time slots must satisfy the constraints specified in the company configuration
    - The booking is not closed for the category, time frame, and work zone.
    - The workforce is available to perform the activity.

    Time slots filtering

    The filtering of time slots during the showBookingGrid API call is intended to prepare a preliminary
    set of time slots that will be used in the next check for the possibility of booking the required
    activity. This filtering is performed in two steps:

    1. We obtain a set of pairs time slot - capacity category that simultaneously satisfy the company
    restrictions and the set of capacity categories required according to the request data. All capacity
    categories required according to the request data must be assigned to the time slot.
    2. For each capacity area that can be mentioned in the response, we select only those items (and as
    a result, time slots) from the first set of pairs where the capacity category is contained in the
    capacity area configuration.

    Recommendations

    The function may provide recommendations to select more preferable time-slots for activity booking
    that reduce overall travel expenses.

    To get the recommendations in the response:

    - Enable this ability in the capacity area configuration.
    - Ensure that, in the request, you include enough information that the application uses to calculate
    the distances / travel to other activities. This is the latitude and longitude fields for booking by
    Capacity / Quota, or the fields configured as the activity travel key in case of direct assignment
    booking.

    For more information about booking recommendations, see the Booking Recommendations chapter in the
    Using Capacity Service guide.

    Args:
        body (ShowBookingGridRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ShowBookingGrid
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
