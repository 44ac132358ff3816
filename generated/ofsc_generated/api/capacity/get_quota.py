from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.v1_quota_result import V1QuotaResult
from ...types import UNSET, Response, Unset, json_loads


def _get_kwargs(
    *,
    dates: list[str],
    areas: list[str] | Unset = UNSET,
    aggregate_results: bool | Unset = UNSET,
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
        "url": "/rest/ofscCapacity/v1/quota",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> V1QuotaResult | None:
    if response.status_code == 200:
        if not response.content:
            return None
        response_200 = V1QuotaResult.from_dict(json_loads(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[V1QuotaResult]:
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
    categories: list[str] | Unset = UNSET,
    fields: list[str] | Unset = UNSET,
) -> Response[V1QuotaResult]:
    """Get quota

     This operation retrieves a collection of quota groups. Each quota group contains a list of quotas
    with a ratio value.

    Note: This operation does not support timeslot-based quota and can be only used for interval-based
    quota.

    Args:
        dates (list[str]): The dates for which the quota groups are retrieved. The date is
            specified in the YYYY-MM-DD format.
        areas (list[str] | Unset): The labels of the capacity areas or the capacity area groups.
        aggregate_results (bool | Unset): Contains one of the following values: true or false. If
            true and if multiple capacity areas are selected, then the quota values for each area are
            aggregated and returned as a single structure. If false, then the quota values for each
            area are returned separately. The default value is false.
        categories (list[str] | Unset): The labels of the capacity categories in the capacity
            category filter. If there are no capacity categories in the filter, then all capacity
            categories available for the specified area(s) are returned.
        fields (list[str] | Unset): The list of fields that are returned in the response.

            - Supported fields: area.name, area.quotaPercent, area.minQuota, area.quota,
            area.maxAvailable, area.maxAvailableByPlans, area.otherActivities, area.used,
            area.usedQuotaPercent, area.count, area.status, area.category.quotaPercentDay,
            area.category.quotaPercentCategory, area.category.minQuota, area.category.quota,
            area.category.maxAvailable, area.category.maxAvailableByPlans,
            area.category.stopBookingAt, area.category.used, area.category.usedQuotaPercent,
            area.category.count, area.category.plan, area.category.status, area.category.interval
            - Default values: date, area.label, area.quota, area.category.label, area.category.quota

            Note: The date, area.label, and area.category.label values are returned regardless of the
            'fields' parameter.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[V1QuotaResult]
    """

    kwargs = _get_kwargs(
        dates=dates,
        areas=areas,
        aggregate_results=aggregate_results,
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
    categories: list[str] | Unset = UNSET,
    fields: list[str] | Unset = UNSET,
) -> V1QuotaResult | None:
    """Get quota

     This operation retrieves a collection of quota groups. Each quota group contains a list of quotas
    with a ratio value.

    Note: This operation does not support timeslot-based quota and can be only used for interval-based
    quota.

    Args:
        dates (list[str]): The dates for which the quota groups are retrieved. The date is
            specified in the YYYY-MM-DD format.
        areas (list[str] | Unset): The labels of the capacity areas or the capacity area groups.
        aggregate_results (bool | Unset): Contains one of the following values: true or false. If
            true and if multiple capacity areas are selected, then the quota values for each area are
            aggregated and returned as a single structure. If false, then the quota values for each
            area are returned separately. The default value is false.
        categories (list[str] | Unset): The labels of the capacity categories in the capacity
            category filter. If there are no capacity categories in the filter, then all capacity
            categories available for the specified area(s) are returned.
        fields (list[str] | Unset): The list of fields that are returned in the response.

            - Supported fields: area.name, area.quotaPercent, area.minQuota, area.quota,
            area.maxAvailable, area.maxAvailableByPlans, area.otherActivities, area.used,
            area.usedQuotaPercent, area.count, area.status, area.category.quotaPercentDay,
            area.category.quotaPercentCategory, area.category.minQuota, area.category.quota,
            area.category.maxAvailable, area.category.maxAvailableByPlans,
            area.category.stopBookingAt, area.category.used, area.category.usedQuotaPercent,
            area.category.count, area.category.plan, area.category.status, area.category.interval
            - Default values: date, area.label, area.quota, area.category.label, area.category.quota

            Note: The date, area.label, and area.category.label values are returned regardless of the
            'fields' parameter.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        V1QuotaResult
    """

    return sync_detailed(
        client=client,
        dates=dates,
        areas=areas,
        aggregate_results=aggregate_results,
        categories=categories,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    dates: list[str],
    areas: list[str] | Unset = UNSET,
    aggregate_results: bool | Unset = UNSET,
    categories: list[str] | Unset = UNSET,
    fields: list[str] | Unset = UNSET,
) -> Response[V1QuotaResult]:
    """Get quota

     This operation retrieves a collection of quota groups. Each quota group contains a list of quotas
    with a ratio value.

    Note: This operation does not support timeslot-based quota and can be only used for interval-based
    quota.

    Args:
        dates (list[str]): The dates for which the quota groups are retrieved. The date is
            specified in the YYYY-MM-DD format.
        areas (list[str] | Unset): The labels of the capacity areas or the capacity area groups.
        aggregate_results (bool | Unset): Contains one of the following values: true or false. If
            true and if multiple capacity areas are selected, then the quota values for each area are
            aggregated and returned as a single structure. If false, then the quota values for each
            area are returned separately. The default value is false.
        categories (list[str] | Unset): The labels of the capacity categories in the capacity
            category filter. If there are no capacity categories in the filter, then all capacity
            categories available for the specified area(s) are returned.
        fields (list[str] | Unset): The list of fields that are returned in the response.

            - Supported fields: area.name, area.quotaPercent, area.minQuota, area.quota,
            area.maxAvailable, area.maxAvailableByPlans, area.otherActivities, area.used,
            area.usedQuotaPercent, area.count, area.status, area.category.quotaPercentDay,
            area.category.quotaPercentCategory, area.category.minQuota, area.category.quota,
            area.category.maxAvailable, area.category.maxAvailableByPlans,
            area.category.stopBookingAt, area.category.used, area.category.usedQuotaPercent,
            area.category.count, area.category.plan, area.category.status, area.category.interval
            - Default values: date, area.label, area.quota, area.category.label, area.category.quota

            Note: The date, area.label, and area.category.label values are returned regardless of the
            'fields' parameter.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[V1QuotaResult]
    """

    kwargs = _get_kwargs(
        dates=dates,
        areas=areas,
        aggregate_results=aggregate_results,
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
    categories: list[str] | Unset = UNSET,
    fields: list[str] | Unset = UNSET,
) -> V1QuotaResult | None:
    """Get quota

     This operation retrieves a collection of quota groups. Each quota group contains a list of quotas
    with a ratio value.

    Note: This operation does not support timeslot-based quota and can be only used for interval-based
    quota.

    Args:
        dates (list[str]): The dates for which the quota groups are retrieved. The date is
            specified in the YYYY-MM-DD format.
        areas (list[str] | Unset): The labels of the capacity areas or the capacity area groups.
        aggregate_results (bool | Unset): Contains one of the following values: true or false. If
            true and if multiple capacity areas are selected, then the quota values for each area are
            aggregated and returned as a single structure. If false, then the quota values for each
            area are returned separately. The default value is false.
        categories (list[str] | Unset): The labels of the capacity categories in the capacity
            category filter. If there are no capacity categories in the filter, then all capacity
            categories available for the specified area(s) are returned.
        fields (list[str] | Unset): The list of fields that are returned in the response.

            - Supported fields: area.name, area.quotaPercent, area.minQuota, area.quota,
            area.maxAvailable, area.maxAvailableByPlans, area.otherActivities, area.used,
            area.usedQuotaPercent, area.count, area.status, area.category.quotaPercentDay,
            area.category.quotaPercentCategory, area.category.minQuota, area.category.quota,
            area.category.maxAvailable, area.category.maxAvailableByPlans,
            area.category.stopBookingAt, area.category.used, area.category.usedQuotaPercent,
            area.category.count, area.category.plan, area.category.status, area.category.interval
            - Default values: date, area.label, area.quota, area.category.label, area.category.quota

            Note: The date, area.label, and area.category.label values are returned regardless of the
            'fields' parameter.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        V1QuotaResult
    """

    return (
        await asyncio_detailed(
            client=client,
            dates=dates,
            areas=areas,
            aggregate_results=aggregate_results,
            categories=categories,
            fields=fields,
        )
    ).parsed
