from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.calendars_response import CalendarsResponse
from ...types import UNSET, Response, Unset, json_loads


def _get_kwargs(
    *,
    resources: list[str],
    include_children: str | Unset = UNSET,
    include_inactive: str | Unset = UNSET,
    date_from: str,
    date_to: str,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_resources = resources

    params["resources"] = json_resources

    params["includeChildren"] = include_children

    params["includeInactive"] = include_inactive

    params["dateFrom"] = date_from

    params["dateTo"] = date_to

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rest/ofscCore/v1/calendars",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CalendarsResponse | None:
    if response.status_code == 200:
        if not response.content:
            return None
        response_200 = CalendarsResponse.from_dict(json_loads(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[CalendarsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    resources: list[str],
    include_children: str | Unset = UNSET,
    include_inactive: str | Unset = UNSET,
    date_from: str,
    date_to: str,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Response[CalendarsResponse]:
    """Get calendars

     This operation retrieves the list of work schedules assigned to the specified resource for the
    specified duration. Use this operation to render the resource's work schedules on a calendar view
    control, such as a monthly view or a weekly view.

    Work schedules represent a resource's work calendar, which includes working hours, working and non-
    working days, reasons for absence, and so on.

    Note: Work schedules configured for parent resources are retrieved only if Oracle Field Service
    supports them.

    Error Handling:

    - If the swagger validation fails, then the entire request fails with the HTTP status '400 Bad
    Request' error. For example, the swagger validation fails if a required field is not specified in
    the request.
    - In all other cases, the operation returns '200 OK'.

    Permissions:

    You must grant permissions to the Core API and must set Read-Write access to the Resource type
    entity in the Configuration, Applications (API permissions) screen.

    Limits:

    The date range in a request shouldn't exceed 31 days, otherwise an error is returned.

    Errors Matrix:

    - Returns error 404 if any of the resources do not exist.
    - Returns error 400 if any of the following parameters are in an incorrect format:
      - dateFrom
      - dateTo
      - includeChildren
      - includeInactive
    - Returns error 400 if the value of the dateFrom parameter is greater than the value of the dateTo
    parameter.
    - Returns error 400 if the date range (dateFrom-dateTo) in the request is greater than 31 days.
    - Returns error 409 if the dates specified in the request are too far in the past, or in the future.

    Args:
        resources (list[str]): The comma-separated list of resource IDs that are returned in the
            response. This parameter works in conjunction with the includeChildren parameter.
        include_children (str | Unset): Indicates whether the subordinate resources must be
            returned.

            - If the value is none, then only the calendars of the specified resource are returned.
            - If the value is immediate, then the calendars of the specified resource and its first
            level descendants are returned.
            - If the value is all or if it is not specified, then the calendars of the specified
            resource and its descendants in the hierarchy tree are returned. Allowed values: `none`,
            `immediate`, `all`.
        include_inactive (str | Unset): Indicates whether the calendars of the inactive resources
            must be returned.

            - If the value is true, then the calendars of the inactive resources are returned.
            - If the value is false, then the calendars of the inactive resources are not returned.
            Allowed values: `true`, `false`.
        date_from (str): The date from which the work schedule is retrieved. Specify the date in
            YYYY-MM-DD format.
        date_to (str): The date till when the work schedule is retrieved. Specify the date in
            YYYY-MM-DD format.
        limit (int | Unset): The number of items to be returned in the response. The minimum value
            that can be specified is 1 and the maximum value that can be specified is 100. If the
            specified value is greater than 100, then it defaults to 100. Value less then 1 is not
            allowed.
        offset (int | Unset): The record number from which the retrieval starts. The default value
            is zero. If no value is specified, then it defaults to zero. The value zero indicates that
            the retrieval will start from the beginning of the collection.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CalendarsResponse]
    """

    kwargs = _get_kwargs(
        resources=resources,
        include_children=include_children,
        include_inactive=include_inactive,
        date_from=date_from,
        date_to=date_to,
        limit=limit,
        offset=offset,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    resources: list[str],
    include_children: str | Unset = UNSET,
    include_inactive: str | Unset = UNSET,
    date_from: str,
    date_to: str,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> CalendarsResponse | None:
    """Get calendars

     This operation retrieves the list of work schedules assigned to the specified resource for the
    specified duration. Use this operation to render the resource's work schedules on a calendar view
    control, such as a monthly view or a weekly view.

    Work schedules represent a resource's work calendar, which includes working hours, working and non-
    working days, reasons for absence, and so on.

    Note: Work schedules configured for parent resources are retrieved only if Oracle Field Service
    supports them.

    Error Handling:

    - If the swagger validation fails, then the entire request fails with the HTTP status '400 Bad
    Request' error. For example, the swagger validation fails if a required field is not specified in
    the request.
    - In all other cases, the operation returns '200 OK'.

    Permissions:

    You must grant permissions to the Core API and must set Read-Write access to the Resource type
    entity in the Configuration, Applications (API permissions) screen.

    Limits:

    The date range in a request shouldn't exceed 31 days, otherwise an error is returned.

    Errors Matrix:

    - Returns error 404 if any of the resources do not exist.
    - Returns error 400 if any of the following parameters are in an incorrect format:
      - dateFrom
      - dateTo
      - includeChildren
      - includeInactive
    - Returns error 400 if the value of the dateFrom parameter is greater than the value of the dateTo
    parameter.
    - Returns error 400 if the date range (dateFrom-dateTo) in the request is greater than 31 days.
    - Returns error 409 if the dates specified in the request are too far in the past, or in the future.

    Args:
        resources (list[str]): The comma-separated list of resource IDs that are returned in the
            response. This parameter works in conjunction with the includeChildren parameter.
        include_children (str | Unset): Indicates whether the subordinate resources must be
            returned.

            - If the value is none, then only the calendars of the specified resource are returned.
            - If the value is immediate, then the calendars of the specified resource and its first
            level descendants are returned.
            - If the value is all or if it is not specified, then the calendars of the specified
            resource and its descendants in the hierarchy tree are returned. Allowed values: `none`,
            `immediate`, `all`.
        include_inactive (str | Unset): Indicates whether the calendars of the inactive resources
            must be returned.

            - If the value is true, then the calendars of the inactive resources are returned.
            - If the value is false, then the calendars of the inactive resources are not returned.
            Allowed values: `true`, `false`.
        date_from (str): The date from which the work schedule is retrieved. Specify the date in
            YYYY-MM-DD format.
        date_to (str): The date till when the work schedule is retrieved. Specify the date in
            YYYY-MM-DD format.
        limit (int | Unset): The number of items to be returned in the response. The minimum value
            that can be specified is 1 and the maximum value that can be specified is 100. If the
            specified value is greater than 100, then it defaults to 100. Value less then 1 is not
            allowed.
        offset (int | Unset): The record number from which the retrieval starts. The default value
            is zero. If no value is specified, then it defaults to zero. The value zero indicates that
            the retrieval will start from the beginning of the collection.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CalendarsResponse
    """

    return sync_detailed(
        client=client,
        resources=resources,
        include_children=include_children,
        include_inactive=include_inactive,
        date_from=date_from,
        date_to=date_to,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    resources: list[str],
    include_children: str | Unset = UNSET,
    include_inactive: str | Unset = UNSET,
    date_from: str,
    date_to: str,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Response[CalendarsResponse]:
    """Get calendars

     This operation retrieves the list of work schedules assigned to the specified resource for the
    specified duration. Use this operation to render the resource's work schedules on a calendar view
    control, such as a monthly view or a weekly view.

    Work schedules represent a resource's work calendar, which includes working hours, working and non-
    working days, reasons for absence, and so on.

    Note: Work schedules configured for parent resources are retrieved only if Oracle Field Service
    supports them.

    Error Handling:

    - If the swagger validation fails, then the entire request fails with the HTTP status '400 Bad
    Request' error. For example, the swagger validation fails if a required field is not specified in
    the request.
    - In all other cases, the operation returns '200 OK'.

    Permissions:

    You must grant permissions to the Core API and must set Read-Write access to the Resource type
    entity in the Configuration, Applications (API permissions) screen.

    Limits:

    The date range in a request shouldn't exceed 31 days, otherwise an error is returned.

    Errors Matrix:

    - Returns error 404 if any of the resources do not exist.
    - Returns error 400 if any of the following parameters are in an incorrect format:
      - dateFrom
      - dateTo
      - includeChildren
      - includeInactive
    - Returns error 400 if the value of the dateFrom parameter is greater than the value of the dateTo
    parameter.
    - Returns error 400 if the date range (dateFrom-dateTo) in the request is greater than 31 days.
    - Returns error 409 if the dates specified in the request are too far in the past, or in the future.

    Args:
        resources (list[str]): The comma-separated list of resource IDs that are returned in the
            response. This parameter works in conjunction with the includeChildren parameter.
        include_children (str | Unset): Indicates whether the subordinate resources must be
            returned.

            - If the value is none, then only the calendars of the specified resource are returned.
            - If the value is immediate, then the calendars of the specified resource and its first
            level descendants are returned.
            - If the value is all or if it is not specified, then the calendars of the specified
            resource and its descendants in the hierarchy tree are returned. Allowed values: `none`,
            `immediate`, `all`.
        include_inactive (str | Unset): Indicates whether the calendars of the inactive resources
            must be returned.

            - If the value is true, then the calendars of the inactive resources are returned.
            - If the value is false, then the calendars of the inactive resources are not returned.
            Allowed values: `true`, `false`.
        date_from (str): The date from which the work schedule is retrieved. Specify the date in
            YYYY-MM-DD format.
        date_to (str): The date till when the work schedule is retrieved. Specify the date in
            YYYY-MM-DD format.
        limit (int | Unset): The number of items to be returned in the response. The minimum value
            that can be specified is 1 and the maximum value that can be specified is 100. If the
            specified value is greater than 100, then it defaults to 100. Value less then 1 is not
            allowed.
        offset (int | Unset): The record number from which the retrieval starts. The default value
            is zero. If no value is specified, then it defaults to zero. The value zero indicates that
            the retrieval will start from the beginning of the collection.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CalendarsResponse]
    """

    kwargs = _get_kwargs(
        resources=resources,
        include_children=include_children,
        include_inactive=include_inactive,
        date_from=date_from,
        date_to=date_to,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    resources: list[str],
    include_children: str | Unset = UNSET,
    include_inactive: str | Unset = UNSET,
    date_from: str,
    date_to: str,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> CalendarsResponse | None:
    """Get calendars

     This operation retrieves the list of work schedules assigned to the specified resource for the
    specified duration. Use this operation to render the resource's work schedules on a calendar view
    control, such as a monthly view or a weekly view.

    Work schedules represent a resource's work calendar, which includes working hours, working and non-
    working days, reasons for absence, and so on.

    Note: Work schedules configured for parent resources are retrieved only if Oracle Field Service
    supports them.

    Error Handling:

    - If the swagger validation fails, then the entire request fails with the HTTP status '400 Bad
    Request' error. For example, the swagger validation fails if a required field is not specified in
    the request.
    - In all other cases, the operation returns '200 OK'.

    Permissions:

    You must grant permissions to the Core API and must set Read-Write access to the Resource type
    entity in the Configuration, Applications (API permissions) screen.

    Limits:

    The date range in a request shouldn't exceed 31 days, otherwise an error is returned.

    Errors Matrix:

    - Returns error 404 if any of the resources do not exist.
    - Returns error 400 if any of the following parameters are in an incorrect format:
      - dateFrom
      - dateTo
      - includeChildren
      - includeInactive
    - Returns error 400 if the value of the dateFrom parameter is greater than the value of the dateTo
    parameter.
    - Returns error 400 if the date range (dateFrom-dateTo) in the request is greater than 31 days.
    - Returns error 409 if the dates specified in the request are too far in the past, or in the future.

    Args:
        resources (list[str]): The comma-separated list of resource IDs that are returned in the
            response. This parameter works in conjunction with the includeChildren parameter.
        include_children (str | Unset): Indicates whether the subordinate resources must be
            returned.

            - If the value is none, then only the calendars of the specified resource are returned.
            - If the value is immediate, then the calendars of the specified resource and its first
            level descendants are returned.
            - If the value is all or if it is not specified, then the calendars of the specified
            resource and its descendants in the hierarchy tree are returned. Allowed values: `none`,
            `immediate`, `all`.
        include_inactive (str | Unset): Indicates whether the calendars of the inactive resources
            must be returned.

            - If the value is true, then the calendars of the inactive resources are returned.
            - If the value is false, then the calendars of the inactive resources are not returned.
            Allowed values: `true`, `false`.
        date_from (str): The date from which the work schedule is retrieved. Specify the date in
            YYYY-MM-DD format.
        date_to (str): The date till when the work schedule is retrieved. Specify the date in
            YYYY-MM-DD format.
        limit (int | Unset): The number of items to be returned in the response. The minimum value
            that can be specified is 1 and the maximum value that can be specified is 100. If the
            specified value is greater than 100, then it defaults to 100. Value less then 1 is not
            allowed.
        offset (int | Unset): The record number from which the retrieval starts. The default value
            is zero. If no value is specified, then it defaults to zero. The value zero indicates that
            the retrieval will start from the beginning of the collection.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CalendarsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            resources=resources,
            include_children=include_children,
            include_inactive=include_inactive,
            date_from=date_from,
            date_to=date_to,
            limit=limit,
            offset=offset,
        )
    ).parsed
