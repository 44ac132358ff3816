from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.capacity_list import CapacityList
from ...types import UNSET, Response, Unset, json_loads


def _get_kwargs(
    *,
    dates: list[str],
    areas: list[str] | Unset = UNSET,
    aggregate_results: bool | Unset = UNSET,
    calendar_time_intervals: list[str] | Unset = UNSET,
    available_time_intervals: str | Unset = UNSET,
    categories: list[str] | Unset = UNSET,
    fields: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_dates = dates

    params["dates"] = json_dates

    json_areas: list[str] | Unset = UNSET
    if not isinstance(areas, Unset):
        json_areas = areas

    params["areas"] = json_areas

    params["aggregateResults"] = aggregate_results

    json_calendar_time_intervals: list[str] | Unset = UNSET
    if not isinstance(calendar_time_intervals, Unset):
        json_calendar_time_intervals = calendar_time_intervals

    params["calendarTimeIntervals"] = json_calendar_time_intervals

    params["availableTimeIntervals"] = available_time_intervals

    json_categories: list[str] | Unset = UNSET
    if not isinstance(categories, Unset):
        json_categories = categories

    params["categories"] = json_categories

    json_fields: list[str] | Unset = UNSET
    if not isinstance(fields, Unset):
        json_fields = fields

    params["fields"] = json_fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rest/ofscCapacity/v1/capacity",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CapacityList | None:
    if response.status_code == 200:
        if not response.content:
            return None
        response_200 = CapacityList.from_dict(json_loads(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[CapacityList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    dates: list[str],
    areas: list[str] | Unset = UNSET,
    aggregate_results: bool | Unset = UNSET,
    calendar_time_intervals: list[str] | Unset = UNSET,
    available_time_intervals: str | Unset = UNSET,
    categories: list[str] | Unset = UNSET,
    fields: list[str] | Unset = UNSET,
) -> Response[CapacityList]:
    """Get available capacity

     This operation returns the maximum available capacity and the estimated availability for each
    capacity area according to the working calendars.

    Args:
        dates (list[str]): The dates for which the available capacity is calculated. The date is
            specified in YYYY-MM-DD format.
        areas (list[str] | Unset): The labels of the capacity areas or the capacity area groups.
        aggregate_results (bool | Unset): Contains one of the following values: true or false. If
            true and if multiple capacity areas are selected, then the max capacity values for each
            area are aggregated and returned as a single structure. If false, then the max capacity
            values for each area are returned separately. The default value is false.
        calendar_time_intervals (list[str] | Unset): The comma-separated list of time intervals
            for which the calendar capacity is calculated. Each item in the list represents a
            particular interval. Use the following format to specify the comma-separated list of time
            intervals: all | <hour>[:<minute>] | [<from hour>[:<from minute>]]-[[<to hour>[:<to
            minute>]] 'all' represents a whole working day. Valid values for hours: [0 to 48] The dash
            sign after 24, for example, 24 - represents overnight work. Minutes are optional. Valid
            values for minutes: [0 to 59]. A single time value specified as the interval determines
            the number of resources available on a given moment. Separate intervals can be specified
            for the 'calendar' and 'available' capacity. The system allows intersected (for example,
            9-10, 9.30-12) and duplicated intervals (for example, 12-12:30, 12:30-13) within the same
            request. The default value is all.
        available_time_intervals (str | Unset): The list of time intervals for which the available
            capacity is calculated. Use the following format to specify the time intervals: all |
            <hour>[:<minute>] | [<from hour>[:<from minute>]]-[[<to hour>[:<to minute>]]. The default
            value is all.
        categories (list[str] | Unset): The labels of the capacity categories in the capacity
            category filter. If there are no capacity categories in the filter, then all capacity
            categories available for the specified area(s) are returned.
        fields (list[str] | Unset): The list of fields that should be returned in the response.
            Supported fields: - area.name; - area.calendar.count; - area.calendar.minutes; -
            area.available.count; - area.available.minutes; - area.category.calendar.count; -
            area.category.calendar.minutes; - area.category.available.count; -
            area.category.available.minutes; Default value: - date (returned regardless "fields"); -
            area.label (returned regardless "fields"); - area.calendar.count; - area.category.label
            (returned regardless "fields"); - area.category.calendar.count

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CapacityList]
    """

    kwargs = _get_kwargs(
        dates=dates,
        areas=areas,
        aggregate_results=aggregate_results,
        calendar_time_intervals=calendar_time_intervals,
        available_time_intervals=available_time_intervals,
        categories=categories,
        fields=fields,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    dates: list[str],
    areas: list[str] | Unset = UNSET,
    aggregate_results: bool | Unset = UNSET,
    calendar_time_intervals: list[str] | Unset = UNSET,
    available_time_intervals: str | Unset = UNSET,
    categories: list[str] | Unset = UNSET,
    fields: list[str] | Unset = UNSET,
) -> CapacityList | None:
    """Get available capacity

     This operation returns the maximum available capacity and the estimated availability for each
    capacity area according to the working calendars.

    Args:
        dates (list[str]): The dates for which the available capacity is calculated. The date is
            specified in YYYY-MM-DD format.
        areas (list[str] | Unset): The labels of the capacity areas or the capacity area groups.
        aggregate_results (bool | Unset): Contains one of the following values: true or false. If
            true and if multiple capacity areas are selected, then the max capacity values for each
            area are aggregated and returned as a single structure. If false, then the max capacity
            values for each area are returned separately. The default value is false.
        calendar_time_intervals (list[str] | Unset): The comma-separated list of time intervals
            for which the calendar capacity is calculated. Each item in the list represents a
            particular interval. Use the following format to specify the comma-separated list of time
            intervals: all | <hour>[:<minute>] | [<from hour>[:<from minute>]]-[[<to hour>[:<to
            minute>]] 'all' represents a whole working day. Valid values for hours: [0 to 48] The dash
            sign after 24, for example, 24 - represents overnight work. Minutes are optional. Valid
            values for minutes: [0 to 59]. A single time value specified as the interval determines
            the number of resources available on a given moment. Separate intervals can be specified
            for the 'calendar' and 'available' capacity. The system allows intersected (for example,
            9-10, 9.30-12) and duplicated intervals (for example, 12-12:30, 12:30-13) within the same
            request. The default value is all.
        available_time_intervals (str | Unset): The list of time intervals for which the available
            capacity is calculated. Use the following format to specify the time intervals: all |
            <hour>[:<minute>] | [<from hour>[:<from minute>]]-[[<to hour>[:<to minute>]]. The default
            value is all.
        categories (list[str] | Unset): The labels of the capacity categories in the capacity
            category filter. If there are no capacity categories in the filter, then all capacity
            categories available for the specified area(s) are returned.
        fields (list[str] | Unset): The list of fields that should be returned in the response.
            Supported fields: - area.name; - area.calendar.count; - area.calendar.minutes; -
            area.available.count; - area.available.minutes; - area.category.calendar.count; -
            area.category.calendar.minutes; - area.category.available.count; -
            area.category.available.minutes; Default value: - date (returned regardless "fields"); -
            area.label (returned regardless "fields"); - area.calendar.count; - area.category.label
            (returned regardless "fields"); - area.category.calendar.count

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CapacityList
    """

    return sync_detailed(
        client=client,
        dates=dates,
        areas=areas,
        aggregate_results=aggregate_results,
        calendar_time_intervals=calendar_time_intervals,
        available_time_intervals=available_time_intervals,
        categories=categories,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    dates: list[str],
    areas: list[str] | Unset = UNSET,
    aggregate_results: bool | Unset = UNSET,
    calendar_time_intervals: list[str] | Unset = UNSET,
    available_time_intervals: str | Unset = UNSET,
    categories: list[str] | Unset = UNSET,
    fields: list[str] | Unset = UNSET,
) -> Response[CapacityList]:
    """Get available capacity

     This operation returns the maximum available capacity and the estimated availability for each
    capacity area according to the working calendars.

    Args:
        dates (list[str]): The dates for which the available capacity is calculated. The date is
            specified in YYYY-MM-DD format.
        areas (list[str] | Unset): The labels of the capacity areas or the capacity area groups.
        aggregate_results (bool | Unset): Contains one of the following values: true or false. If
            true and if multiple capacity areas are selected, then the max capacity values for each
            area are aggregated and returned as a single structure. If false, then the max capacity
            values for each area are returned separately. The default value is false.
        calendar_time_intervals (list[str] | Unset): The comma-separated list of time intervals
            for which the calendar capacity is calculated. Each item in the list represents a
            particular interval. Use the following format to specify the comma-separated list of time
            intervals: all | <hour>[:<minute>] | [<from hour>[:<from minute>]]-[[<to hour>[:<to
            minute>]] 'all' represents a whole working day. Valid values for hours: [0 to 48] The dash
            sign after 24, for example, 24 - represents overnight work. Minutes are optional. Valid
            values for minutes: [0 to 59]. A single time value specified as the interval determines
            the number of resources available on a given moment. Separate intervals can be specified
            for the 'calendar' and 'available' capacity. The system allows intersected (for example,
            9-10, 9.30-12) and duplicated intervals (for example, 12-12:30, 12:30-13) within the same
            request. The default value is all.
        available_time_intervals (str | Unset): The list of time intervals for which the available
            capacity is calculated. Use the following format to specify the time intervals: all |
            <hour>[:<minute>] | [<from hour>[:<from minute>]]-[[<to hour>[:<to minute>]]. The default
            value is all.
        categories (list[str] | Unset): The labels of the capacity categories in the capacity
            category filter. If there are no capacity categories in the filter, then all capacity
            categories available for the specified area(s) are returned.
        fields (list[str] | Unset): The list of fields that should be returned in the response.
            Supported fields: - area.name; - area.calendar.count; - area.calendar.minutes; -
            area.available.count; - area.available.minutes; - area.category.calendar.count; -
            area.category.calendar.minutes; - area.category.available.count; -
            area.category.available.minutes; Default value: - date (returned regardless "fields"); -
            area.label (returned regardless "fields"); - area.calendar.count; - area.category.label
            (returned regardless "fields"); - area.category.calendar.count

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CapacityList]
    """

    kwargs = _get_kwargs(
        dates=dates,
        areas=areas,
        aggregate_results=aggregate_results,
        calendar_time_intervals=calendar_time_intervals,
        available_time_intervals=available_time_intervals,
        categories=categories,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    dates: list[str],
    areas: list[str] | Unset = UNSET,
    aggregate_results: bool | Unset = UNSET,
    calendar_time_intervals: list[str] | Unset = UNSET,
    available_time_intervals: str | Unset = UNSET,
    categories: list[str] | Unset = UNSET,
    fields: list[str] | Unset = UNSET,
) -> CapacityList | None:
    """Get available capacity

     This operation returns the maximum available capacity and the estimated availability for each
    capacity area according to the working calendars.

    Args:
        dates (list[str]): The dates for which the available capacity is calculated. The date is
            specified in YYYY-MM-DD format.
        areas (list[str] | Unset): The labels of the capacity areas or the capacity area groups.
        aggregate_results (bool | Unset): Contains one of the following values: true or false. If
            true and if multiple capacity areas are selected, then the max capacity values for each
            area are aggregated and returned as a single structure. If false, then the max capacity
            values for each area are returned separately. The default value is false.
        calendar_time_intervals (list[str] | Unset): The comma-separated list of time intervals
            for which the calendar capacity is calculated. Each item in the list represents a
            particular interval. Use the following format to specify the comma-separated list of time
            intervals: all | <hour>[:<minute>] | [<from hour>[:<from minute>]]-[[<to hour>[:<to
            minute>]] 'all' represents a whole working day. Valid values for hours: [0 to 48] The dash
            sign after 24, for example, 24 - represents overnight work. Minutes are optional. Valid
            values for minutes: [0 to 59]. A single time value specified as the interval determines
            the number of resources available on a given moment. Separate intervals can be specified
            for the 'calendar' and 'available' capacity. The system allows intersected (for example,
            9-10, 9.30-12) and duplicated intervals (for example, 12-12:30, 12:30-13) within the same
            request. The default value is all.
        available_time_intervals (str | Unset): The list of time intervals for which the available
            capacity is calculated. Use the following format to specify the time intervals: all |
            <hour>[:<minute>] | [<from hour>[:<from minute>]]-[[<to hour>[:<to minute>]]. The default
            value is all.
        categories (list[str] | Unset): The labels of the capacity categories in the capacity
            category filter. If there are no capacity categories in the filter, then all capacity
            categories available for the specified area(s) are returned.
        fields (list[str] | Unset): The list of fields that should be returned in the response.
            Supported fields: - area.name; - area.calendar.count; - area.calendar.minutes; -
            area.available.count; - area.available.minutes; - area.category.calendar.count; -
            area.category.calendar.minutes; - area.category.available.count; -
            area.category.available.minutes; Default value: - date (returned regardless "fields"); -
            area.label (returned regardless "fields"); - area.calendar.count; - area.category.label
            (returned regardless "fields"); - area.category.calendar.count

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CapacityList
    """

    return (
        await asyncio_detailed(
            client=client,
            dates=dates,
            areas=areas,
            aggregate_results=aggregate_results,
            calendar_time_intervals=calendar_time_intervals,
            available_time_intervals=available_time_intervals,
            categories=categories,
            fields=fields,
        )
    ).parsed
