from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.v2_quota_result import V2QuotaResult
from ...types import UNSET, Response, Unset, json_loads


def _get_kwargs(
    *,
    dates: list[str],
    areas: list[str] | Unset = UNSET,
    categories: list[str] | Unset = UNSET,
    aggregate_results: bool | Unset = UNSET,
    category_level: bool | Unset = UNSET,
    interval_level: bool | Unset = UNSET,
    time_slot_level: bool | Unset = UNSET,
    return_statuses: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_dates = dates

    params["dates"] = json_dates

    json_areas: list[str] | Unset = UNSET
    if not isinstance(areas, Unset):
        json_areas = areas

    params["areas"] = json_areas

    json_categories: list[str] | Unset = UNSET
    if not isinstance(categories, Unset):
        json_categories = categories

    params["categories"] = json_categories

    params["aggregateResults"] = aggregate_results

    params["categoryLevel"] = category_level

    params["intervalLevel"] = interval_level

    params["timeSlotLevel"] = time_slot_level

    params["returnStatuses"] = return_statuses

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rest/ofscCapacity/v2/quota",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> V2QuotaResult | None:
    if response.status_code == 200:
        if not response.content:
            return None
        response_200 = V2QuotaResult.from_dict(json_loads(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[V2QuotaResult]:
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
    categories: list[str] | Unset = UNSET,
    aggregate_results: bool | Unset = UNSET,
    category_level: bool | Unset = UNSET,
    interval_level: bool | Unset = UNSET,
    time_slot_level: bool | Unset = UNSET,
    return_statuses: bool | Unset = UNSET,
) -> Response[V2QuotaResult]:
    """Get quota

     The function allows to read the quota information for set of days on different quota levels -
    Capacity Areas, Capacity Categories, Time slots or Intervals. The quota values can be retreived from
    various levels accordingly to the quota type configuration of each particular Capacity Area.

    Args:
        dates (list[str]): The list of dates in the YYYY-MM-DD format, for which the quota
            information is retrieved.
        areas (list[str] | Unset): The list of labels of the capacity areas. It is also possible
            to use resource external id(s) of a grouping resource item(s), under which the capacity
            areas are configured, for such the function will scan and collect all the nested Capacity
            Areas for processing. The default value is the root item of the resource tree, so that all
            existing capacity areas will be processed.
        categories (list[str] | Unset): The list of labels of the capacity categories. If the
            parameter is not specified then all categories configured for the areas will be processed.
        aggregate_results (bool | Unset): If this parameter is true then the quota values for all
            requested capacity areas are aggregated and returned as a single structure. If false, then
            the quota values for each area are returned separately. Note that the result can be
            aggregated only if all requested Capacity Areas have same quota configuration type (e.g.,
            time-slot based or based on intervals). If aggregation is requested for mixed types in one
            request, the error will be returned. The default value is false.
        category_level (bool | Unset): This parameter indicates if the qouta information from the
            Capacity Category level should be returned. It can be used for areas configured with time-
            slot based quota and with quota by intervals. The default value is false.
        interval_level (bool | Unset): This parameter indicates if the qouta information from the
            Intervals level should be returned. It can be used for areas configured with quota by
            intervals. The default value is false.
        time_slot_level (bool | Unset): This parameter indicates if the qouta information from the
            Time Slots level should be returned. It can be used for areas configured with time-slot
            based quota. The default value is false.
        return_statuses (bool | Unset): This parameter indicates if the information about the
            quota statuses at various levels should be returned. The default value is false.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[V2QuotaResult]
    """

    kwargs = _get_kwargs(
        dates=dates,
        areas=areas,
        categories=categories,
        aggregate_results=aggregate_results,
        category_level=category_level,
        interval_level=interval_level,
        time_slot_level=time_slot_level,
        return_statuses=return_statuses,
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
    categories: list[str] | Unset = UNSET,
    aggregate_results: bool | Unset = UNSET,
    category_level: bool | Unset = UNSET,
    interval_level: bool | Unset = UNSET,
    time_slot_level: bool | Unset = UNSET,
    return_statuses: bool | Unset = UNSET,
) -> V2QuotaResult | None:
    """Get quota

     The function allows to read the quota information for set of days on different quota levels -
    Capacity Areas, Capacity Categories, Time slots or Intervals. The quota values can be retreived from
    various levels accordingly to the quota type configuration of each particular Capacity Area.

    Args:
        dates (list[str]): The list of dates in the YYYY-MM-DD format, for which the quota
            information is retrieved.
        areas (list[str] | Unset): The list of labels of the capacity areas. It is also possible
            to use resource external id(s) of a grouping resource item(s), under which the capacity
            areas are configured, for such the function will scan and collect all the nested Capacity
            Areas for processing. The default value is the root item of the resource tree, so that all
            existing capacity areas will be processed.
        categories (list[str] | Unset): The list of labels of the capacity categories. If the
            parameter is not specified then all categories configured for the areas will be processed.
        aggregate_results (bool | Unset): If this parameter is true then the quota values for all
            requested capacity areas are aggregated and returned as a single structure. If false, then
            the quota values for each area are returned separately. Note that the result can be
            aggregated only if all requested Capacity Areas have same quota configuration type (e.g.,
            time-slot based or based on intervals). If aggregation is requested for mixed types in one
            request, the error will be returned. The default value is false.
        category_level (bool | Unset): This parameter indicates if the qouta information from the
            Capacity Category level should be returned. It can be used for areas configured with time-
            slot based quota and with quota by intervals. The default value is false.
        interval_level (bool | Unset): This parameter indicates if the qouta information from the
            Intervals level should be returned. It can be used for areas configured with quota by
            intervals. The default value is false.
        time_slot_level (bool | Unset): This parameter indicates if the qouta information from the
            Time Slots level should be returned. It can be used for areas configured with time-slot
            based quota. The default value is false.
        return_statuses (bool | Unset): This parameter indicates if the information about the
            quota statuses at various levels should be returned. The default value is false.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        V2QuotaResult
    """

    return sync_detailed(
        client=client,
        dates=dates,
        areas=areas,
        categories=categories,
        aggregate_results=aggregate_results,
        category_level=category_level,
        interval_level=interval_level,
        time_slot_level=time_slot_level,
        return_statuses=return_statuses,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    dates: list[str],
    areas: list[str] | Unset = UNSET,
    categories: list[str] | Unset = UNSET,
    aggregate_results: bool | Unset = UNSET,
    category_level: bool | Unset = UNSET,
    interval_level: bool | Unset = UNSET,
    time_slot_level: bool | Unset = UNSET,
    return_statuses: bool | Unset = UNSET,
) -> Response[V2QuotaResult]:
    """Get quota

     The function allows to read the quota information for set of days on different quota levels -
    Capacity Areas, Capacity Categories, Time slots or Intervals. The quota values can be retreived from
    various levels accordingly to the quota type configuration of each particular Capacity Area.

    Args:
        dates (list[str]): The list of dates in the YYYY-MM-DD format, for which the quota
            information is retrieved.
        areas (list[str] | Unset): The list of labels of the capacity areas. It is also possible
            to use resource external id(s) of a grouping resource item(s), under which the capacity
            areas are configured, for such the function will scan and collect all the nested Capacity
            Areas for processing. The default value is the root item of the resource tree, so that all
            existing capacity areas will be processed.
        categories (list[str] | Unset): The list of labels of the capacity categories. If the
            parameter is not specified then all categories configured for the areas will be processed.
        aggregate_results (bool | Unset): If this parameter is true then the quota values for all
            requested capacity areas are aggregated and returned as a single structure. If false, then
            the quota values for each area are returned separately. Note that the result can be
            aggregated only if all requested Capacity Areas have same quota configuration type (e.g.,
            time-slot based or based on intervals). If aggregation is requested for mixed types in one
            request, the error will be returned. The default value is false.
        category_level (bool | Unset): This parameter indicates if the qouta information from the
            Capacity Category level should be returned. It can be used for areas configured with time-
            slot based quota and with quota by intervals. The default value is false.
        interval_level (bool | Unset): This parameter indicates if the qouta information from the
            Intervals level should be returned. It can be used for areas configured with quota by
            intervals. The default value is false.
        time_slot_level (bool | Unset): This parameter indicates if the qouta information from the
            Time Slots level should be returned. It can be used for areas configured with time-slot
            based quota. The default value is false.
        return_statuses (bool | Unset): This parameter indicates if the information about the
            quota statuses at various levels should be returned. The default value is false.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[V2QuotaResult]
    """

    kwargs = _get_kwargs(
        dates=dates,
        areas=areas,
        categories=categories,
        aggregate_results=aggregate_results,
        category_level=category_level,
        interval_level=interval_level,
        time_slot_level=time_slot_level,
        return_statuses=return_statuses,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    dates: list[str],
    areas: list[str] | Unset = UNSET,
    categories: list[str] | Unset = UNSET,
    aggregate_results: bool | Unset = UNSET,
    category_level: bool | Unset = UNSET,
    interval_level: bool | Unset = UNSET,
    time_slot_level: bool | Unset = UNSET,
    return_statuses: bool | Unset = UNSET,
) -> V2QuotaResult | None:
    """Get quota

     The function allows to read the quota information for set of days on different quota levels -
    Capacity Areas, Capacity Categories, Time slots or Intervals. The quota values can be retreived from
    various levels accordingly to the quota type configuration of each particular Capacity Area.

    Args:
        dates (list[str]): The list of dates in the YYYY-MM-DD format, for which the quota
            information is retrieved.
        areas (list[str] | Unset): The list of labels of the capacity areas. It is also possible
            to use resource external id(s) of a grouping resource item(s), under which the capacity
            areas are configured, for such the function will scan and collect all the nested Capacity
            Areas for processing. The default value is the root item of the resource tree, so that all
            existing capacity areas will be processed.
        categories (list[str] | Unset): The list of labels of the capacity categories. If the
            parameter is not specified then all categories configured for the areas will be processed.
        aggregate_results (bool | Unset): If this parameter is true then the quota values for all
            requested capacity areas are aggregated and returned as a single structure. If false, then
            the quota values for each area are returned separately. Note that the result can be
            aggregated only if all requested Capacity Areas have same quota configuration type (e.g.,
            time-slot based or based on intervals). If aggregation is requested for mixed types in one
            request, the error will be returned. The default value is false.
        category_level (bool | Unset): This parameter indicates if the qouta information from the
            Capacity Category level should be returned. It can be used for areas configured with time-
            slot based quota and with quota by intervals. The default value is false.
        interval_level (bool | Unset): This parameter indicates if the qouta information from the
            Intervals level should be returned. It can be used for areas configured with quota by
            intervals. The default value is false.
        time_slot_level (bool | Unset): This parameter indicates if the qouta information from the
            Time Slots level should be returned. It can be used for areas configured with time-slot
            based quota. The default value is false.
        return_statuses (bool | Unset): This parameter indicates if the information about the
            quota statuses at various levels should be returned. The default value is false.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        V2QuotaResult
    """

    return (
        await asyncio_detailed(
            client=client,
            dates=dates,
            areas=areas,
            categories=categories,
            aggregate_results=aggregate_results,
            category_level=category_level,
            interval_level=interval_level,
            time_slot_level=time_slot_level,
            return_statuses=return_statuses,
        )
    ).parsed
