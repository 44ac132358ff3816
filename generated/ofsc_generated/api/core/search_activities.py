from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.activities import Activities
from ...types import UNSET, Response, Unset, json_loads


def _get_kwargs(
    *,
    search_in_field: str,
    search_for_value: str,
    date_from: str | Unset = UNSET,
    date_to: str | Unset = UNSET,
    fields: list[str] | Unset = UNSET,
    include_multiday: str | Unset = UNSET,
    include_non_scheduled: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["searchInField"] = search_in_field

    params["searchForValue"] = search_for_value

    params["dateFrom"] = date_from

    params["dateTo"] = date_to

    json_fields: list[str] | Unset = UNSET
    if not isinstance(fields, Unset):
        json_fields = fields

    params["fields"] = json_fields

    params["includeMultiday"] = include_multiday

    params["includeNonScheduled"] = include_non_scheduled

    params["offset"] = offset

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rest/ofscCore/v1/activities/custom-actions/search",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Activities | None:
    if response.status_code == 200:
        if not response.content:
            return None
        response_200 = Activities.from_dict(json_loads(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Activities]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    search_in_field: str,
    search_for_value: str,
    date_from: str | Unset = UNSET,
    date_to: str | Unset = UNSET,
    fields: list[str] | Unset = UNSET,
    include_multiday: str | Unset = UNSET,
    include_non_scheduled: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[Activities]:
    """Search for activities

     This operation retrieves the activities that match the specified search criteria.

    Note: The search operation ends if 1000 matching records are found. If the operation fails to obtain
    the required records, then refine the search criteria and perform the operation again.

    Note: It is not advised to retrieve long property values using the search function. For long
    property values (~2k and more) that are present in the response the function may need additional
    processing time, as the result, if there are such long values, the whole response time may be slowed
    down.

    Args:
        search_in_field (str): The name of the field that is used to search for activities. One of
            the following predefined fields can be used:

            - customerName
            - apptNumber
            - customerNumber
            - customerEmail
            - customerPhone
            - customerCell
            - streetAddress
            - postalCode

            Or it can be a label of custom property.

            Note For a successful search, ensure that the field is selected in the Configuration,
            Business Rules, Activity Search Fields screen of the Oracle Field Service application.
        search_for_value (str): The activities that match the specified value (max length is 255)
            are returned in the response. For example, if the customer name is specified as 'John
            Smith', then all activities with the name "Smith" are returned.
        date_from (str | Unset): The activities that begin from the specified date are retrieved
            in the response. Specify the date in YYYY-MM-DD format. This is a required parameter
            unless the 'includeNonScheduled' parameter is set to true.
        date_to (str | Unset): The activities that end until the specified date are retrieved in
            the response. Specify the date in YYYY-MM-DD format. This is a required parameter unless
            the 'includeNonScheduled' parameter is set to true.
        fields (list[str] | Unset): The comma-separated field names which are to be returned in
            the response. The field names include the names used to create an activity or get an
            activity and the custom property names. The default values are activityId, resourceId,
            date, and status.

            Note that activities found with 'recordType' having a value of 'multiday_activity_segment'
            may not contain values for custom properties if an activity segment is in pending status.
            These values are only present in the parent activity of the segmentable activity. Note
            that found activities with recordType=multiday_activity_segment may not contain values of
            custom properties segment in pending status (they are only present in the parent activity
            of the segmentable activity).
        include_multiday (str | Unset): The parameter determines whether the response should
            contain segmentable activities. If not specified, then, by default, the segmentable
            activities are returned.

            - If the value of the parameter is "all", then individual segments and parent activities
            are returned. This is the default behavior.
            - If the value of the parameter is "segments", then only the individual segments are
            returned.
            - If the value of the parameter is "parents", then only the segmentable parent activities
            are returned.
            - if the value of the parameter is "none", then neither the individual segments nor the
            parent activities are returned. Allowed values: `all`, `segments`, `parents`, `none`.
        include_non_scheduled (str | Unset): The parameter determines whether the response should
            contain non-scheduled activities. If not specified, then, by default, the non-scheduled
            activities are returned.

            - If the value of the parameter is "true", then the dateFrom and dateTo parameters are not
            required. If the dateFrom and dateTo parameters are not specified, then only the non-
            scheduled activities are returned.
            - If the value of the parameter is "true" and the dateFrom and dateTo parameters are
            specified, then both the scheduled and non-scheduled activities are returned.
            - If the value of the parameter is "false", then the dateFrom and dateTo parameters are
            required, but only the scheduled activities are returned. Allowed values: `true`, `false`,
            `0`, `1`.
        offset (int | Unset): The record number from which the retrieval starts. The default value
            is zero. If no value is specified, then it defaults to zero. The value zero indicates that
            the retrieval will start from the beginning of the collection.
        limit (int | Unset): The number of items to be returned in the response. The default value
            is 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Activities]
    """

    kwargs = _get_kwargs(
        search_in_field=search_in_field,
        search_for_value=search_for_value,
        date_from=date_from,
        date_to=date_to,
        fields=fields,
        include_multiday=include_multiday,
        include_non_scheduled=include_non_scheduled,
        offset=offset,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    search_in_field: str,
    search_for_value: str,
    date_from: str | Unset = UNSET,
    date_to: str | Unset = UNSET,
    fields: list[str] | Unset = UNSET,
    include_multiday: str | Unset = UNSET,
    include_non_scheduled: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Activities | None:
    """Search for activities

     This operation retrieves the activities that match the specified search criteria.

    Note: The search operation ends if 1000 matching records are found. If the operation fails to obtain
    the required records, then refine the search criteria and perform the operation again.

    Note: It is not advised to retrieve long property values using the search function. For long
    property values (~2k and more) that are present in the response the function may need additional
    processing time, as the result, if there are such long values, the whole response time may be slowed
    down.

    Args:
        search_in_field (str): The name of the field that is used to search for activities. One of
            the following predefined fields can be used:

            - customerName
            - apptNumber
            - customerNumber
            - customerEmail
            - customerPhone
            - customerCell
            - streetAddress
            - postalCode

            Or it can be a label of custom property.

            Note For a successful search, ensure that the field is selected in the Configuration,
            Business Rules, Activity Search Fields screen of the Oracle Field Service application.
        search_for_value (str): The activities that match the specified value (max length is 255)
            are returned in the response. For example, if the customer name is specified as 'John
            Smith', then all activities with the name "Smith" are returned.
        date_from (str | Unset): The activities that begin from the specified date are retrieved
            in the response. Specify the date in YYYY-MM-DD format. This is a required parameter
            unless the 'includeNonScheduled' parameter is set to true.
        date_to (str | Unset): The activities that end until the specified date are retrieved in
            the response. Specify the date in YYYY-MM-DD format. This is a required parameter unless
            the 'includeNonScheduled' parameter is set to true.
        fields (list[str] | Unset): The comma-separated field names which are to be returned in
            the response. The field names include the names used to create an activity or get an
            activity and the custom property names. The default values are activityId, resourceId,
            date, and status.

            Note that activities found with 'recordType' having a value of 'multiday_activity_segment'
            may not contain values for custom properties if an activity segment is in pending status.
            These values are only present in the parent activity of the segmentable activity. Note
            that found activities with recordType=multiday_activity_segment may not contain values of
            custom properties segment in pending status (they are only present in the parent activity
            of the segmentable activity).
        include_multiday (str | Unset): The parameter determines whether the response should
            contain segmentable activities. If not specified, then, by default, the segmentable
            activities are returned.

            - If the value of the parameter is "all", then individual segments and parent activities
            are returned. This is the default behavior.
            - If the value of the parameter is "segments", then only the individual segments are
            returned.
            - If the value of the parameter is "parents", then only the segmentable parent activities
            are returned.
            - if the value of the parameter is "none", then neither the individual segments nor the
            parent activities are returned. Allowed values: `all`, `segments`, `parents`, `none`.
        include_non_scheduled (str | Unset): The parameter determines whether the response should
            contain non-scheduled activities. If not specified, then, by default, the non-scheduled
            activities are returned.

            - If the value of the parameter is "true", then the dateFrom and dateTo parameters are not
            required. If the dateFrom and dateTo parameters are not specified, then only the non-
            scheduled activities are returned.
            - If the value of the parameter is "true" and the dateFrom and dateTo parameters are
            specified, then both the scheduled and non-scheduled activities are returned.
            - If the value of the parameter is "false", then the dateFrom and dateTo parameters are
            required, but only the scheduled activities are returned. Allowed values: `true`, `false`,
            `0`, `1`.
        offset (int | Unset): The record number from which the retrieval starts. The default value
            is zero. If no value is specified, then it defaults to zero. The value zero indicates that
            the retrieval will start from the beginning of the collection.
        limit (int | Unset): The number of items to be returned in the response. The default value
            is 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Activities
    """

    return sync_detailed(
        client=client,
        search_in_field=search_in_field,
        search_for_value=search_for_value,
        date_from=date_from,
        date_to=date_to,
        fields=fields,
        include_multiday=include_multiday,
        include_non_scheduled=include_non_scheduled,
        offset=offset,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    search_in_field: str,
    search_for_value: str,
    date_from: str | Unset = UNSET,
    date_to: str | Unset = UNSET,
    fields: list[str] | Unset = UNSET,
    include_multiday: str | Unset = UNSET,
    include_non_scheduled: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[Activities]:
    """Search for activities

     This operation retrieves the activities that match the specified search criteria.

    Note: The search operation ends if 1000 matching records are found. If the operation fails to obtain
    the required records, then refine the search criteria and perform the operation again.

    Note: It is not advised to retrieve long property values using the search function. For long
    property values (~2k and more) that are present in the response the function may need additional
    processing time, as the result, if there are such long values, the whole response time may be slowed
    down.

    Args:
        search_in_field (str): The name of the field that is used to search for activities. One of
            the following predefined fields can be used:

            - customerName
            - apptNumber
            - customerNumber
            - customerEmail
            - customerPhone
            - customerCell
            - streetAddress
            - postalCode

            Or it can be a label of custom property.

            Note For a successful search, ensure that the field is selected in the Configuration,
            Business Rules, Activity Search Fields screen of the Oracle Field Service application.
        search_for_value (str): The activities that match the specified value (max length is 255)
            are returned in the response. For example, if the customer name is specified as 'John
            Smith', then all activities with the name "Smith" are returned.
        date_from (str | Unset): The activities that begin from the specified date are retrieved
            in the response. Specify the date in YYYY-MM-DD format. This is a required parameter
            unless the 'includeNonScheduled' parameter is set to true.
        date_to (str | Unset): The activities that end until the specified date are retrieved in
            the response. Specify the date in YYYY-MM-DD format. This is a required parameter unless
            the 'includeNonScheduled' parameter is set to true.
        fields (list[str] | Unset): The comma-separated field names which are to be returned in
            the response. The field names include the names used to create an activity or get an
            activity and the custom property names. The default values are activityId, resourceId,
            date, and status.

            Note that activities found with 'recordType' having a value of 'multiday_activity_segment'
            may not contain values for custom properties if an activity segment is in pending status.
            These values are only present in the parent activity of the segmentable activity. Note
            that found activities with recordType=multiday_activity_segment may not contain values of
            custom properties segment in pending status (they are only present in the parent activity
            of the segmentable activity).
        include_multiday (str | Unset): The parameter determines whether the response should
            contain segmentable activities. If not specified, then, by default, the segmentable
            activities are returned.

            - If the value of the parameter is "all", then individual segments and parent activities
            are returned. This is the default behavior.
            - If the value of the parameter is "segments", then only the individual segments are
            returned.
            - If the value of the parameter is "parents", then only the segmentable parent activities
            are returned.
            - if the value of the parameter is "none", then neither the individual segments nor the
            parent activities are returned. Allowed values: `all`, `segments`, `parents`, `none`.
        include_non_scheduled (str | Unset): The parameter determines whether the response should
            contain non-scheduled activities. If not specified, then, by default, the non-scheduled
            activities are returned.

            - If the value of the parameter is "true", then the dateFrom and dateTo parameters are not
            required. If the dateFrom and dateTo parameters are not specified, then only the non-
            scheduled activities are returned.
            - If the value of the parameter is "true" and the dateFrom and dateTo parameters are
            specified, then both the scheduled and non-scheduled activities are returned.
            - If the value of the parameter is "false", then the dateFrom and dateTo parameters are
            required, but only the scheduled activities are returned. Allowed values: `true`, `false`,
            `0`, `1`.
        offset (int | Unset): The record number from which the retrieval starts. The default value
            is zero. If no value is specified, then it defaults to zero. The value zero indicates that
            the retrieval will start from the beginning of the collection.
        limit (int | Unset): The number of items to be returned in the response. The default value
            is 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Activities]
    """

    kwargs = _get_kwargs(
        search_in_field=search_in_field,
        search_for_value=search_for_value,
        date_from=date_from,
        date_to=date_to,
        fields=fields,
        include_multiday=include_multiday,
        include_non_scheduled=include_non_scheduled,
        offset=offset,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    search_in_field: str,
    search_for_value: str,
    date_from: str | Unset = UNSET,
    date_to: str | Unset = UNSET,
    fields: list[str] | Unset = UNSET,
    include_multiday: str | Unset = UNSET,
    include_non_scheduled: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Activities | None:
    """Search for activities

     This operation retrieves the activities that match the specified search criteria.

    Note: The search operation ends if 1000 matching records are found. If the operation fails to obtain
    the required records, then refine the search criteria and perform the operation again.

    Note: It is not advised to retrieve long property values using the search function. For long
    property values (~2k and more) that are present in the response the function may need additional
    processing time, as the result, if there are such long values, the whole response time may be slowed
    down.

    Args:
        search_in_field (str): The name of the field that is used to search for activities. One of
            the following predefined fields can be used:

            - customerName
            - apptNumber
            - customerNumber
            - customerEmail
            - customerPhone
            - customerCell
            - streetAddress
            - postalCode

            Or it can be a label of custom property.

            Note For a successful search, ensure that the field is selected in the Configuration,
            Business Rules, Activity Search Fields screen of the Oracle Field Service application.
        search_for_value (str): The activities that match the specified value (max length is 255)
            are returned in the response. For example, if the customer name is specified as 'John
            Smith', then all activities with the name "Smith" are returned.
        date_from (str | Unset): The activities that begin from the specified date are retrieved
            in the response. Specify the date in YYYY-MM-DD format. This is a required parameter
            unless the 'includeNonScheduled' parameter is set to true.
        date_to (str | Unset): The activities that end until the specified date are retrieved in
            the response. Specify the date in YYYY-MM-DD format. This is a required parameter unless
            the 'includeNonScheduled' parameter is set to true.
        fields (list[str] | Unset): The comma-separated field names which are to be returned in
            the response. The field names include the names used to create an activity or get an
            activity and the custom property names. The default values are activityId, resourceId,
            date, and status.

            Note that activities found with 'recordType' having a value of 'multiday_activity_segment'
            may not contain values for custom properties if an activity segment is in pending status.
            These values are only present in the parent activity of the segmentable activity. Note
            that found activities with recordType=multiday_activity_segment may not contain values of
            custom properties segment in pending status (they are only present in the parent activity
            of the segmentable activity).
        include_multiday (str | Unset): The parameter determines whether the response should
            contain segmentable activities. If not specified, then, by default, the segmentable
            activities are returned.

            - If the value of the parameter is "all", then individual segments and parent activities
            are returned. This is the default behavior.
            - If the value of the parameter is "segments", then only the individual segments are
            returned.
            - If the value of the parameter is "parents", then only the segmentable parent activities
            are returned.
            - if the value of the parameter is "none", then neither the individual segments nor the
            parent activities are returned. Allowed values: `all`, `segments`, `parents`, `none`.
        include_non_scheduled (str | Unset): The parameter determines whether the response should
            contain non-scheduled activities. If not specified, then, by default, the non-scheduled
            activities are returned.

            - If the value of the parameter is "true", then the dateFrom and dateTo parameters are not
            required. If the dateFrom and dateTo parameters are not specified, then only the non-
            scheduled activities are returned.
            - If the value of the parameter is "true" and the dateFrom and dateTo parameters are
            specified, then both the scheduled and non-scheduled activities are returned.
            - If the value of the parameter is "false", then the dateFrom and dateTo parameters are
            required, but only the scheduled activities are returned. Allowed values: `true`, `false`,
            `0`, `1`.
        offset (int | Unset): The record number from which the retrieval starts. The default value
            is zero. If no value is specified, then it defaults to zero. The value zero indicates that
            the retrieval will start from the beginning of the collection.
        limit (int | Unset): The number of items to be returned in the response. The default value
            is 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Activities
    """

    return (
        await asyncio_detailed(
            client=client,
            search_in_field=search_in_field,
            search_for_value=search_for_value,
            date_from=date_from,
            date_to=date_to,
            fields=fields,
            include_multiday=include_multiday,
            include_non_scheduled=include_non_scheduled,
            offset=offset,
            limit=limit,
        )
    ).parsed
