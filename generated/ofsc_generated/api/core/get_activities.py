from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.activity_list import ActivityList
from ...types import UNSET, Response, Unset, json_loads


def _get_kwargs(
    *,
    resources: list[str] | Unset = UNSET,
    include_children: str | Unset = UNSET,
    q: str | Unset = UNSET,
    date_from: str | Unset = UNSET,
    date_to: str | Unset = UNSET,
    fields: list[str] | Unset = UNSET,
    include_non_scheduled: bool | Unset = UNSET,
    svc_work_order_id: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_resources: list[str] | Unset = UNSET
    if not isinstance(resources, Unset):
        json_resources = resources

    params["resources"] = json_resources

    params["includeChildren"] = include_children

    params["q"] = q

    params["dateFrom"] = date_from

    params["dateTo"] = date_to

    json_fields: list[str] | Unset = UNSET
    if not isinstance(fields, Unset):
        json_fields = fields

    params["fields"] = json_fields

    params["includeNonScheduled"] = include_non_scheduled

    params["svcWorkOrderId"] = svc_work_order_id

    params["offset"] = offset

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rest/ofscCore/v1/activities",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ActivityList | None:
    if response.status_code == 200:
        if not response.content:
            return None
        response_200 = ActivityList.from_dict(json_loads(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ActivityList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    resources: list[str] | Unset = UNSET,
    include_children: str | Unset = UNSET,
    q: str | Unset = UNSET,
    date_from: str | Unset = UNSET,
    date_to: str | Unset = UNSET,
    fields: list[str] | Unset = UNSET,
    include_non_scheduled: bool | Unset = UNSET,
    svc_work_order_id: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[ActivityList]:
    r"""Get activities

     This operation retrieves a list of activities that match the criteria specified in the request.

    This operation is subject to the following conditions:

    - Number of Requests:
      - The maximum number of 'Get activities' requests than can be sent simultaneously is three. If
    more than three requests are sent, then the additional requests are queued.
      - The maximum number of requests that can be queued is 10. Any additional requests are rejected
    with an error message.
      - The maximum wait time of a request in the queue is 30 seconds. If the waiting time exceeds 30
    seconds, an error message is returned.
    - Number of Activities Returned: The maximum number of activities that can be retrieved in a single
    response is 100,000. If the value specified for the 'limit' parameter is greater than the maximum
    number, then the value 100,000 limit is used for limit parameter.
    - Date Range: The maximum date range that can specified for a single request is 31 days. If the date
    range ('dateTo' - 'dateFrom') exceeds 31 days, then an error message is returned in the response.
    - Response Size: The response for a single request is limited to 20 MB. If the response size is
    close to 20 MB, the operation returns fewer activities than requested, and the response contains the
    'hasMore' flag set to 'true'. This flag indicates that there are more activities to be returned. In
    this case, a new request with 'offset' parameter set to the last returned item count is sent.
    - Operation Run Time: The maximum run time for a single operation is 30 seconds. When the 30-second
    time limit is reached, the operation returns fewer activities than requested and the response
    contains the 'hasMore' flag set to 'true'. This flag indicates that there are more activities to be
    returned. In this case, a new request with 'offset' parameter set to the last returned item count is
    sent. If the time limit has exceeded before any activities are included in the response (for
    example, due to slow database response), an error is returned.
    - Custom Properties Quantity: The maximum number of custom properties used in the request and/or
    returned in the response is 50. If more than 50 properties are included in the request, an error
    message is returned. The 50-property restriction includes both the custom properties used in the
    'fields' parameter and in the 'q' parameter.

    Note: the function in some cases may not found existing activities if they has been recently created
    or bring some activity fields with not actual values if they were recently updated. The following
    conditions need to be met in order for the function to return the actual data without the latency
    effect:

    - The request doesn't require filtering by fields except the field status. It means if there is a
    \"q=...\" parameter, the query may not return recently created activities. There is one exception to
    this rule: you can use \"q=...\" parameter with a single expression status=='<status>' (e.g.
    status=='pending') exactly in this form. Such expression will allow to get matching activities
    including recent ones.

    Examples.

    - The following request will return data without latency effect :

    GET https://<environment_name>.fs.ocs.oraclecloud.com/rest/ofscCore/v1/activities/?resources=tech612
    1000001&dateFrom=2019-08-14&dateTo=2019-08-
    14&q=status=='pending'&fields=activityId,resourceId,date,status'

    This request contains query parameter in a form status=='some_status'

    - The following request may miss some recently created activities (latency effect) :

    GET https://<environment_name>.fs.ocs.oraclecloud.com/rest/ofscCore/v1/activities/?resources=tech612
    1000001&dateFrom=2019-08-14&dateTo=2019-08-14&q=status != 'cancelled' and activityType in
    ['IN','TC','BR']&fields=activityId,resourceId,date,status'

    This request contains query parameter in other form then status=='some_status' : it uses !=
    comparison and another field (activityType)

    Args:
        resources (list[str] | Unset): The comma-separated list of resource IDs that are returned
            in the response. This parameter works in conjunction with the includeChildren parameter.
        include_children (str | Unset): Indicates whether the subordinate resources must be
            returned.

            - If the value is none, then only the activities assigned to the specified resource are
            returned.
            - If the value is immediate, then the activities assigned to the specified resource and
            its first level descendants are returned.
            - If the value is all or if it is not specified, then the activities assigned to the
            specified resource and its descendants in the hierarchy tree are returned. Allowed values:
            `none`, `immediate`, `all`.
        q (str | Unset): The filter expression applied to the activities in addition to the
            resource and date filters. Only the activities that match this filter are added to this
            subscription.

            The following are the filter expression rules:

            - It should be specified as a single string.
            - It should evaluate to a boolean expression.
            - It should contain one or more comparison statements.
              - Syntax of comparison statement: <field> <operator><value>. For example,
            activityDetails.activityType == 'Install'.
              - The order mentioned in the syntax cannot be changed. For example, ('Install' ==
            activityDetails.activityType) is not a valid comparison statement.
              - The comparision between fields (A == B) or value-to-value (1 == 1) is also not valid.
              - The field has to be an alphanumeric identifier with no spaces or special characters
            except underscore. The subfields are separated by dot (.). For example:
                - activityDetails.activityType
                - activityDetails.X_MYPROP_10
                - field.subField
            - The following are the supported comparison operators:
              - <
              - >
              - <=
              - >=
              - ==
              - !=
              - in
            - The value of the 'filterExpression' field can be a string literal, an integer literal,
            or an array literal of strings and integers
              - String literals are delimited by single quotes, with escape character ~, for example:
                - str =='My String'
                - str =='My string with ~' a quote inside'
              - Integer literals are without quotes, they may not contain dot or leading zeroes. For
            example:
                - num ==0
                - num ==12345
                - num ==-67
              - Array literals must contain only strings or only integers, and are in square brackets.
            Empty arrays are not allowed. Arrays are only allowed after the "in" operator. For
            example:
                - enum in [1,2,3]
                - enum in ['Abc','Def','Ghi']
            - String comparisons are valid. For example: date > '2015-06-02'.
            - String comparisons are not case-sensitive. For example: name == 'john.smith' is the same
            as name == 'JOHN.SMITH'.
            - String to integer coercion is valid. For example: num== -123 is the same as num==
            '-123'.
            - Multiple comparison statements have to be separated by logical operators (and, or). For
            example:
              - A == 1 and B == 2 or C == 3
              - A == 'xx' or A == 'yy'
            - The operator precedence is as follows:
              1. comparison operators: ==,!=, <, >, <=, >=, in
              2. 'not'
              3. 'and', 'or'. The logical operators ('and' / 'or') have the same precedence, so
            parentheses can be used to achieve precedence. For example: A == 1 and (B == 2 or C == 3)
            - Operators are not case-sensitive. For example, (num IN[1,2,3]) OR (num < 0).
            - Any statement can be preceded by "not" operator to negate it. For example:
              - not (activityType in ['IN','TC','BR'])
              - A == 1 and not ( B == 2 or B == 3 )
            - Whitespaces outside strings are ignored.
            - If the field or property is not set, then it evaluates to an empty string. For example,
            expression null_field == ''.

            Example: GET https://<environment_name>.fs.ocs.oraclecloud.com/rest/ofscCore/v1/activities
            ?q=status+%3D%3D+%27pending%27+and+slaWindowEnd+<+%272016-10-23%27
        date_from (str | Unset): The activities that begin from the specified date are retrieved
            in the response. Specify the date in YYYY-MM-DD format. It is optional if the parameter
            'includeNonScheduled' = true. If the dateForm is specified, the dateTo parameter should
            also be specified.

            Example: https://<environment_name>.fs.ocs.oraclecloud.com/rest/ofscCore/v1/activities?dat
            eFrom=2016-09-21&dateTo=2016-09-22 Format: `YYYY-MM-DD`.
        date_to (str | Unset): The activities that end until the specified date are retrieved in
            the response. Specify the date in YYYY-MM-DD format. If dateTo is specified, the dateFrom
            parameter must also be specified.

            Example: https://<environment_name>.fs.ocs.oraclecloud.com/rest/ofscCore/v1/activities?dat
            eFrom=2016-09-21&dateTo=2016-09-22 Format: `YYYY-MM-DD`.
        fields (list[str] | Unset): The comma-separated field names that are returned in the
            response. The field names are the names that you specify when you create an activity or
            retrieve an activity. The field names can also contain custom property names.
            'positionInRoute' cannot be retrieved via API. If the value of this parameter is not
            specified in the request, then it defaults to: activityId,resourceId,date,status.

            Example: https://<environment_name>.fs.ocs.oraclecloud.com/rest/ofscCore/v1/activities?fie
            lds=activityId,status,apptNumber,recordType

            Note: If the fields specified in the 'fields' parameter are empty for a given activity,
            then they are not returned in 'Get Activities' response. For example, if you specify
            'fields=apptNumber' and some of the returned activities do not contain apptNumber, then an
            empty object '{}' is returned in the response.
        include_non_scheduled (bool | Unset): Indicates whether non-scheduled activities must be
            returned.

            - If the value is not specified, then non-scheduled activities are not returned.
            - If the value of this parameter is 'true', then the 'dateFrom' and 'dateTo' are not
            required. If the 'dateFrom' and 'dateTo' parameters are not specified, then only the non-
            scheduled activities are returned.
            - If the value of this parameter is 'true' and the 'dateFrom' and 'dateTo' parameters are
            specified, then both the scheduled and non-scheduled activities are returned.
            - If the value of this parameter is 'false' or is not specified, then the 'dateFrom' and
            'dateTo' parameters are required, and only the scheduled activities are returned.
        svc_work_order_id (int | Unset): Optional parameter. Allows to limit the search to the
            activities related to the specific Work Order (activity field svcWorkOrderId). only for
            activities related to the specified work order. If this parameter is specified, the
            parameters dateFrom, dateTo and resources become optional.
        offset (int | Unset): The record number from which the retrieval starts. The default value
            is zero. If no value is specified, then it defaults to zero. The value zero indicates that
            the retrieval will start from the beginning of the collection.
        limit (int | Unset): The number of activities to be returned in the response. The minimum
            value that can be specified is 1 and the maximum value that can be specified is 100,000.
            If the specified value is greater than 100,000, then it defaults to 100,000.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActivityList]
    """

    kwargs = _get_kwargs(
        resources=resources,
        include_children=include_children,
        q=q,
        date_from=date_from,
        date_to=date_to,
        fields=fields,
        include_non_scheduled=include_non_scheduled,
        svc_work_order_id=svc_work_order_id,
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
    resources: list[str] | Unset = UNSET,
    include_children: str | Unset = UNSET,
    q: str | Unset = UNSET,
    date_from: str | Unset = UNSET,
    date_to: str | Unset = UNSET,
    fields: list[str] | Unset = UNSET,
    include_non_scheduled: bool | Unset = UNSET,
    svc_work_order_id: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> ActivityList | None:
    r"""Get activities

     This operation retrieves a list of activities that match the criteria specified in the request.

    This operation is subject to the following conditions:

    - Number of Requests:
      - The maximum number of 'Get activities' requests than can be sent simultaneously is three. If
    more than three requests are sent, then the additional requests are queued.
      - The maximum number of requests that can be queued is 10. Any additional requests are rejected
    with an error message.
      - The maximum wait time of a request in the queue is 30 seconds. If the waiting time exceeds 30
    seconds, an error message is returned.
    - Number of Activities Returned: The maximum number of activities that can be retrieved in a single
    response is 100,000. If the value specified for the 'limit' parameter is greater than the maximum
    number, then the value 100,000 limit is used for limit parameter.
    - Date Range: The maximum date range that can specified for a single request is 31 days. If the date
    range ('dateTo' - 'dateFrom') exceeds 31 days, then an error message is returned in the response.
    - Response Size: The response for a single request is limited to 20 MB. If the response size is
    close to 20 MB, the operation returns fewer activities than requested, and the response contains the
    'hasMore' flag set to 'true'. This flag indicates that there are more activities to be returned. In
    this case, a new request with 'offset' parameter set to the last returned item count is sent.
    - Operation Run Time: The maximum run time for a single operation is 30 seconds. When the 30-second
    time limit is reached, the operation returns fewer activities than requested and the response
    contains the 'hasMore' flag set to 'true'. This flag indicates that there are more activities to be
    returned. In this case, a new request with 'offset' parameter set to the last returned item count is
    sent. If the time limit has exceeded before any activities are included in the response (for
    example, due to slow database response), an error is returned.
    - Custom Properties Quantity: The maximum number of custom properties used in the request and/or
    returned in the response is 50. If more than 50 properties are included in the request, an error
    message is returned. The 50-property restriction includes both the custom properties used in the
    'fields' parameter and in the 'q' parameter.

    Note: the function in some cases may not found existing activities if they has been recently created
    or bring some activity fields with not actual values if they were recently updated. The following
    conditions need to be met in order for the function to return the actual data without the latency
    effect:

    - The request doesn't require filtering by fields except the field status. It means if there is a
    \"q=...\" parameter, the query may not return recently created activities. There is one exception to
    this rule: you can use \"q=...\" parameter with a single expression status=='<status>' (e.g.
    status=='pending') exactly in this form. Such expression will allow to get matching activities
    including recent ones.

    Examples.

    - The following request will return data without latency effect :

    GET https://<environment_name>.fs.ocs.oraclecloud.com/rest/ofscCore/v1/activities/?resources=tech612
    1000001&dateFrom=2019-08-14&dateTo=2019-08-
    14&q=status=='pending'&fields=activityId,resourceId,date,status'

    This request contains query parameter in a form status=='some_status'

    - The following request may miss some recently created activities (latency effect) :

    GET https://<environment_name>.fs.ocs.oraclecloud.com/rest/ofscCore/v1/activities/?resources=tech612
    1000001&dateFrom=2019-08-14&dateTo=2019-08-14&q=status != 'cancelled' and activityType in
    ['IN','TC','BR']&fields=activityId,resourceId,date,status'

    This request contains query parameter in other form then status=='some_status' : it uses !=
    comparison and another field (activityType)

    Args:
        resources (list[str] | Unset): The comma-separated list of resource IDs that are returned
            in the response. This parameter works in conjunction with the includeChildren parameter.
        include_children (str | Unset): Indicates whether the subordinate resources must be
            returned.

            - If the value is none, then only the activities assigned to the specified resource are
            returned.
            - If the value is immediate, then the activities assigned to the specified resource and
            its first level descendants are returned.
            - If the value is all or if it is not specified, then the activities assigned to the
            specified resource and its descendants in the hierarchy tree are returned. Allowed values:
            `none`, `immediate`, `all`.
        q (str | Unset): The filter expression applied to the activities in addition to the
            resource and date filters. Only the activities that match this filter are added to this
            subscription.

            The following are the filter expression rules:

            - It should be specified as a single string.
            - It should evaluate to a boolean expression.
            - It should contain one or more comparison statements.
              - Syntax of comparison statement: <field> <operator><value>. For example,
            activityDetails.activityType == 'Install'.
              - The order mentioned in the syntax cannot be changed. For example, ('Install' ==
            activityDetails.activityType) is not a valid comparison statement.
              - The comparision between fields (A == B) or value-to-value (1 == 1) is also not valid.
              - The field has to be an alphanumeric identifier with no spaces or special characters
            except underscore. The subfields are separated by dot (.). For example:
                - activityDetails.activityType
                - activityDetails.X_MYPROP_10
                - field.subField
            - The following are the supported comparison operators:
              - <
              - >
              - <=
              - >=
              - ==
              - !=
              - in
            - The value of the 'filterExpression' field can be a string literal, an integer literal,
            or an array literal of strings and integers
              - String literals are delimited by single quotes, with escape character ~, for example:
                - str =='My String'
                - str =='My string with ~' a quote inside'
              - Integer literals are without quotes, they may not contain dot or leading zeroes. For
            example:
                - num ==0
                - num ==12345
                - num ==-67
              - Array literals must contain only strings or only integers, and are in square brackets.
            Empty arrays are not allowed. Arrays are only allowed after the "in" operator. For
            example:
                - enum in [1,2,3]
                - enum in ['Abc','Def','Ghi']
            - String comparisons are valid. For example: date > '2015-06-02'.
            - String comparisons are not case-sensitive. For example: name == 'john.smith' is the same
            as name == 'JOHN.SMITH'.
            - String to integer coercion is valid. For example: num== -123 is the same as num==
            '-123'.
            - Multiple comparison statements have to be separated by logical operators (and, or). For
            example:
              - A == 1 and B == 2 or C == 3
              - A == 'xx' or A == 'yy'
            - The operator precedence is as follows:
              1. comparison operators: ==,!=, <, >, <=, >=, in
              2. 'not'
              3. 'and', 'or'. The logical operators ('and' / 'or') have the same precedence, so
            parentheses can be used to achieve precedence. For example: A == 1 and (B == 2 or C == 3)
            - Operators are not case-sensitive. For example, (num IN[1,2,3]) OR (num < 0).
            - Any statement can be preceded by "not" operator to negate it. For example:
              - not (activityType in ['IN','TC','BR'])
              - A == 1 and not ( B == 2 or B == 3 )
            - Whitespaces outside strings are ignored.
            - If the field or property is not set, then it evaluates to an empty string. For example,
            expression null_field == ''.

            Example: GET https://<environment_name>.fs.ocs.oraclecloud.com/rest/ofscCore/v1/activities
            ?q=status+%3D%3D+%27pending%27+and+slaWindowEnd+<+%272016-10-23%27
        date_from (str | Unset): The activities that begin from the specified date are retrieved
            in the response. Specify the date in YYYY-MM-DD format. It is optional if the parameter
            'includeNonScheduled' = true. If the dateForm is specified, the dateTo parameter should
            also be specified.

            Example: https://<environment_name>.fs.ocs.oraclecloud.com/rest/ofscCore/v1/activities?dat
            eFrom=2016-09-21&dateTo=2016-09-22 Format: `YYYY-MM-DD`.
        date_to (str | Unset): The activities that end until the specified date are retrieved in
            the response. Specify the date in YYYY-MM-DD format. If dateTo is specified, the dateFrom
            parameter must also be specified.

            Example: https://<environment_name>.fs.ocs.oraclecloud.com/rest/ofscCore/v1/activities?dat
            eFrom=2016-09-21&dateTo=2016-09-22 Format: `YYYY-MM-DD`.
        fields (list[str] | Unset): The comma-separated field names that are returned in the
            response. The field names are the names that you specify when you create an activity or
            retrieve an activity. The field names can also contain custom property names.
            'positionInRoute' cannot be retrieved via API. If the value of this parameter is not
            specified in the request, then it defaults to: activityId,resourceId,date,status.

            Example: https://<environment_name>.fs.ocs.oraclecloud.com/rest/ofscCore/v1/activities?fie
            lds=activityId,status,apptNumber,recordType

            Note: If the fields specified in the 'fields' parameter are empty for a given activity,
            then they are not returned in 'Get Activities' response. For example, if you specify
            'fields=apptNumber' and some of the returned activities do not contain apptNumber, then an
            empty object '{}' is returned in the response.
        include_non_scheduled (bool | Unset): Indicates whether non-scheduled activities must be
            returned.

            - If the value is not specified, then non-scheduled activities are not returned.
            - If the value of this parameter is 'true', then the 'dateFrom' and 'dateTo' are not
            required. If the 'dateFrom' and 'dateTo' parameters are not specified, then only the non-
            scheduled activities are returned.
            - If the value of this parameter is 'true' and the 'dateFrom' and 'dateTo' parameters are
            specified, then both the scheduled and non-scheduled activities are returned.
            - If the value of this parameter is 'false' or is not specified, then the 'dateFrom' and
            'dateTo' parameters are required, and only the scheduled activities are returned.
        svc_work_order_id (int | Unset): Optional parameter. Allows to limit the search to the
            activities related to the specific Work Order (activity field svcWorkOrderId). only for
            activities related to the specified work order. If this parameter is specified, the
            parameters dateFrom, dateTo and resources become optional.
        offset (int | Unset): The record number from which the retrieval starts. The default value
            is zero. If no value is specified, then it defaults to zero. The value zero indicates that
            the retrieval will start from the beginning of the collection.
        limit (int | Unset): The number of activities to be returned in the response. The minimum
            value that can be specified is 1 and the maximum value that can be specified is 100,000.
            If the specified value is greater than 100,000, then it defaults to 100,000.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActivityList
    """

    return sync_detailed(
        client=client,
        resources=resources,
        include_children=include_children,
        q=q,
        date_from=date_from,
        date_to=date_to,
        fields=fields,
        include_non_scheduled=include_non_scheduled,
        svc_work_order_id=svc_work_order_id,
        offset=offset,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    resources: list[str] | Unset = UNSET,
    include_children: str | Unset = UNSET,
    q: str | Unset = UNSET,
    date_from: str | Unset = UNSET,
    date_to: str | Unset = UNSET,
    fields: list[str] | Unset = UNSET,
    include_non_scheduled: bool | Unset = UNSET,
    svc_work_order_id: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[ActivityList]:
    r"""Get activities

     This operation retrieves a list of activities that match the criteria specified in the request.

    This operation is subject to the following conditions:

    - Number of Requests:
      - The maximum number of 'Get activities' requests than can be sent simultaneously is three. If
    more than three requests are sent, then the additional requests are queued.
      - The maximum number of requests that can be queued is 10. Any additional requests are rejected
    with an error message.
      - The maximum wait time of a request in the queue is 30 seconds. If the waiting time exceeds 30
    seconds, an error message is returned.
    - Number of Activities Returned: The maximum number of activities that can be retrieved in a single
    response is 100,000. If the value specified for the 'limit' parameter is greater than the maximum
    number, then the value 100,000 limit is used for limit parameter.
    - Date Range: The maximum date range that can specified for a single request is 31 days. If the date
    range ('dateTo' - 'dateFrom') exceeds 31 days, then an error message is returned in the response.
    - Response Size: The response for a single request is limited to 20 MB. If the response size is
    close to 20 MB, the operation returns fewer activities than requested, and the response contains the
    'hasMore' flag set to 'true'. This flag indicates that there are more activities to be returned. In
    this case, a new request with 'offset' parameter set to the last returned item count is sent.
    - Operation Run Time: The maximum run time for a single operation is 30 seconds. When the 30-second
    time limit is reached, the operation returns fewer activities than requested and the response
    contains the 'hasMore' flag set to 'true'. This flag indicates that there are more activities to be
    returned. In this case, a new request with 'offset' parameter set to the last returned item count is
    sent. If the time limit has exceeded before any activities are included in the response (for
    example, due to slow database response), an error is returned.
    - Custom Properties Quantity: The maximum number of custom properties used in the request and/or
    returned in the response is 50. If more than 50 properties are included in the request, an error
    message is returned. The 50-property restriction includes both the custom properties used in the
    'fields' parameter and in the 'q' parameter.

    Note: the function in some cases may not found existing activities if they has been recently created
    or bring some activity fields with not actual values if they were recently updated. The following
    conditions need to be met in order for the function to return the actual data without the latency
    effect:

    - The request doesn't require filtering by fields except the field status. It means if there is a
    \"q=...\" parameter, the query may not return recently created activities. There is one exception to
    this rule: you can use \"q=...\" parameter with a single expression status=='<status>' (e.g.
    status=='pending') exactly in this form. Such expression will allow to get matching activities
    including recent ones.

    Examples.

    - The following request will return data without latency effect :

    GET https://<environment_name>.fs.ocs.oraclecloud.com/rest/ofscCore/v1/activities/?resources=tech612
    1000001&dateFrom=2019-08-14&dateTo=2019-08-
    14&q=status=='pending'&fields=activityId,resourceId,date,status'

    This request contains query parameter in a form status=='some_status'

    - The following request may miss some recently created activities (latency effect) :

    GET https://<environment_name>.fs.ocs.oraclecloud.com/rest/ofscCore/v1/activities/?resources=tech612
    1000001&dateFrom=2019-08-14&dateTo=2019-08-14&q=status != 'cancelled' and activityType in
    ['IN','TC','BR']&fields=activityId,resourceId,date,status'

    This request contains query parameter in other form then status=='some_status' : it uses !=
    comparison and another field (activityType)

    Args:
        resources (list[str] | Unset): The comma-separated list of resource IDs that are returned
            in the response. This parameter works in conjunction with the includeChildren parameter.
        include_children (str | Unset): Indicates whether the subordinate resources must be
            returned.

            - If the value is none, then only the activities assigned to the specified resource are
            returned.
            - If the value is immediate, then the activities assigned to the specified resource and
            its first level descendants are returned.
            - If the value is all or if it is not specified, then the activities assigned to the
            specified resource and its descendants in the hierarchy tree are returned. Allowed values:
            `none`, `immediate`, `all`.
        q (str | Unset): The filter expression applied to the activities in addition to the
            resource and date filters. Only the activities that match this filter are added to this
            subscription.

            The following are the filter expression rules:

            - It should be specified as a single string.
            - It should evaluate to a boolean expression.
            - It should contain one or more comparison statements.
              - Syntax of comparison statement: <field> <operator><value>. For example,
            activityDetails.activityType == 'Install'.
              - The order mentioned in the syntax cannot be changed. For example, ('Install' ==
            activityDetails.activityType) is not a valid comparison statement.
              - The comparision between fields (A == B) or value-to-value (1 == 1) is also not valid.
              - The field has to be an alphanumeric identifier with no spaces or special characters
            except underscore. The subfields are separated by dot (.). For example:
                - activityDetails.activityType
                - activityDetails.X_MYPROP_10
                - field.subField
            - The following are the supported comparison operators:
              - <
              - >
              - <=
              - >=
              - ==
              - !=
              - in
            - The value of the 'filterExpression' field can be a string literal, an integer literal,
            or an array literal of strings and integers
              - String literals are delimited by single quotes, with escape character ~, for example:
                - str =='My String'
                - str =='My string with ~' a quote inside'
              - Integer literals are without quotes, they may not contain dot or leading zeroes. For
            example:
                - num ==0
                - num ==12345
                - num ==-67
              - Array literals must contain only strings or only integers, and are in square brackets.
            Empty arrays are not allowed. Arrays are only allowed after the "in" operator. For
            example:
                - enum in [1,2,3]
                - enum in ['Abc','Def','Ghi']
            - String comparisons are valid. For example: date > '2015-06-02'.
            - String comparisons are not case-sensitive. For example: name == 'john.smith' is the same
            as name == 'JOHN.SMITH'.
            - String to integer coercion is valid. For example: num== -123 is the same as num==
            '-123'.
            - Multiple comparison statements have to be separated by logical operators (and, or). For
            example:
              - A == 1 and B == 2 or C == 3
              - A == 'xx' or A == 'yy'
            - The operator precedence is as follows:
              1. comparison operators: ==,!=, <, >, <=, >=, in
              2. 'not'
              3. 'and', 'or'. The logical operators ('and' / 'or') have the same precedence, so
            parentheses can be used to achieve precedence. For example: A == 1 and (B == 2 or C == 3)
            - Operators are not case-sensitive. For example, (num IN[1,2,3]) OR (num < 0).
            - Any statement can be preceded by "not" operator to negate it. For example:
              - not (activityType in ['IN','TC','BR'])
              - A == 1 and not ( B == 2 or B == 3 )
            - Whitespaces outside strings are ignored.
            - If the field or property is not set, then it evaluates to an empty string. For example,
            expression null_field == ''.

            Example: GET https://<environment_name>.fs.ocs.oraclecloud.com/rest/ofscCore/v1/activities
            ?q=status+%3D%3D+%27pending%27+and+slaWindowEnd+<+%272016-10-23%27
        date_from (str | Unset): The activities that begin from the specified date are retrieved
            in the response. Specify the date in YYYY-MM-DD format. It is optional if the parameter
            'includeNonScheduled' = true. If the dateForm is specified, the dateTo parameter should
            also be specified.

            Example: https://<environment_name>.fs.ocs.oraclecloud.com/rest/ofscCore/v1/activities?dat
            eFrom=2016-09-21&dateTo=2016-09-22 Format: `YYYY-MM-DD`.
        date_to (str | Unset): The activities that end until the specified date are retrieved in
            the response. Specify the date in YYYY-MM-DD format. If dateTo is specified, the dateFrom
            parameter must also be specified.

            Example: https://<environment_name>.fs.ocs.oraclecloud.com/rest/ofscCore/v1/activities?dat
            eFrom=2016-09-21&dateTo=2016-09-22 Format: `YYYY-MM-DD`.
        fields (list[str] | Unset): The comma-separated field names that are returned in the
            response. The field names are the names that you specify when you create an activity or
            retrieve an activity. The field names can also contain custom property names.
            'positionInRoute' cannot be retrieved via API. If the value of this parameter is not
            specified in the request, then it defaults to: activityId,resourceId,date,status.

            Example: https://<environment_name>.fs.ocs.oraclecloud.com/rest/ofscCore/v1/activities?fie
            lds=activityId,status,apptNumber,recordType

            Note: If the fields specified in the 'fields' parameter are empty for a given activity,
            then they are not returned in 'Get Activities' response. For example, if you specify
            'fields=apptNumber' and some of the returned activities do not contain apptNumber, then an
            empty object '{}' is returned in the response.
        include_non_scheduled (bool | Unset): Indicates whether non-scheduled activities must be
            returned.

            - If the value is not specified, then non-scheduled activities are not returned.
            - If the value of this parameter is 'true', then the 'dateFrom' and 'dateTo' are not
            required. If the 'dateFrom' and 'dateTo' parameters are not specified, then only the non-
            scheduled activities are returned.
            - If the value of this parameter is 'true' and the 'dateFrom' and 'dateTo' parameters are
            specified, then both the scheduled and non-scheduled activities are returned.
            - If the value of this parameter is 'false' or is not specified, then the 'dateFrom' and
            'dateTo' parameters are required, and only the scheduled activities are returned.
        svc_work_order_id (int | Unset): Optional parameter. Allows to limit the search to the
            activities related to the specific Work Order (activity field svcWorkOrderId). only for
            activities related to the specified work order. If this parameter is specified, the
            parameters dateFrom, dateTo and resources become optional.
        offset (int | Unset): The record number from which the retrieval starts. The default value
            is zero. If no value is specified, then it defaults to zero. The value zero indicates that
            the retrieval will start from the beginning of the collection.
        limit (int | Unset): The number of activities to be returned in the response. The minimum
            value that can be specified is 1 and the maximum value that can be specified is 100,000.
            If the specified value is greater than 100,000, then it defaults to 100,000.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActivityList]
    """

    kwargs = _get_kwargs(
        resources=resources,
        include_children=include_children,
        q=q,
        date_from=date_from,
        date_to=date_to,
        fields=fields,
        include_non_scheduled=include_non_scheduled,
        svc_work_order_id=svc_work_order_id,
        offset=offset,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    resources: list[str] | Unset = UNSET,
    include_children: str | Unset = UNSET,
    q: str | Unset = UNSET,
    date_from: str | Unset = UNSET,
    date_to: str | Unset = UNSET,
    fields: list[str] | Unset = UNSET,
    include_non_scheduled: bool | Unset = UNSET,
    svc_work_order_id: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> ActivityList | None:
    r"""Get activities

     This operation retrieves a list of activities that match the criteria specified in the request.

    This operation is subject to the following conditions:

    - Number of Requests:
      - The maximum number of 'Get activities' requests than can be sent simultaneously is three. If
    more than three requests are sent, then the additional requests are queued.
      - The maximum number of requests that can be queued is 10. Any additional requests are rejected
    with an error message.
      - The maximum wait time of a request in the queue is 30 seconds. If the waiting time exceeds 30
    seconds, an error message is returned.
    - Number of Activities Returned: The maximum number of activities that can be retrieved in a single
    response is 100,000. If the value specified for the 'limit' parameter is greater than the maximum
    number, then the value 100,000 limit is used for limit parameter.
    - Date Range: The maximum date range that can specified for a single request is 31 days. If the date
    range ('dateTo' - 'dateFrom') exceeds 31 days, then an error message is returned in the response.
    - Response Size: The response for a single request is limited to 20 MB. If the response size is
    close to 20 MB, the operation returns fewer activities than requested, and the response contains the
    'hasMore' flag set to 'true'. This flag indicates that there are more activities to be returned. In
    this case, a new request with 'offset' parameter set to the last returned item count is sent.
    - Operation Run Time: The maximum run time for a single operation is 30 seconds. When the 30-second
    time limit is reached, the operation returns fewer activities than requested and the response
    contains the 'hasMore' flag set to 'true'. This flag indicates that there are more activities to be
    returned. In this case, a new request with 'offset' parameter set to the last returned item count is
    sent. If the time limit has exceeded before any activities are included in the response (for
    example, due to slow database response), an error is returned.
    - Custom Properties Quantity: The maximum number of custom properties used in the request and/or
    returned in the response is 50. If more than 50 properties are included in the request, an error
    message is returned. The 50-property restriction includes both the custom properties used in the
    'fields' parameter and in the 'q' parameter.

    Note: the function in some cases may not found existing activities if they has been recently created
    or bring some activity fields with not actual values if they were recently updated. The following
    conditions need to be met in order for the function to return the actual data without the latency
    effect:

    - The request doesn't require filtering by fields except the field status. It means if there is a
    \"q=...\" parameter, the query may not return recently created activities. There is one exception to
    this rule: you can use \"q=...\" parameter with a single expression status=='<status>' (e.g.
    status=='pending') exactly in this form. Such expression will allow to get matching activities
    including recent ones.

    Examples.

    - The following request will return data without latency effect :

    GET https://<environment_name>.fs.ocs.oraclecloud.com/rest/ofscCore/v1/activities/?resources=tech612
    1000001&dateFrom=2019-08-14&dateTo=2019-08-
    14&q=status=='pending'&fields=activityId,resourceId,date,status'

    This request contains query parameter in a form status=='some_status'

    - The following request may miss some recently created activities (latency effect) :

    GET https://<environment_name>.fs.ocs.oraclecloud.com/rest/ofscCore/v1/activities/?resources=tech612
    1000001&dateFrom=2019-08-14&dateTo=2019-08-14&q=status != 'cancelled' and activityType in
    ['IN','TC','BR']&fields=activityId,resourceId,date,status'

    This request contains query parameter in other form then status=='some_status' : it uses !=
    comparison and another field (activityType)

    Args:
        resources (list[str] | Unset): The comma-separated list of resource IDs that are returned
            in the response. This parameter works in conjunction with the includeChildren parameter.
        include_children (str | Unset): Indicates whether the subordinate resources must be
            returned.

            - If the value is none, then only the activities assigned to the specified resource are
            returned.
            - If the value is immediate, then the activities assigned to the specified resource and
            its first level descendants are returned.
            - If the value is all or if it is not specified, then the activities assigned to the
            specified resource and its descendants in the hierarchy tree are returned. Allowed values:
            `none`, `immediate`, `all`.
        q (str | Unset): The filter expression applied to the activities in addition to the
            resource and date filters. Only the activities that match this filter are added to this
            subscription.

            The following are the filter expression rules:

            - It should be specified as a single string.
            - It should evaluate to a boolean expression.
            - It should contain one or more comparison statements.
              - Syntax of comparison statement: <field> <operator><value>. For example,
            activityDetails.activityType == 'Install'.
              - The order mentioned in the syntax cannot be changed. For example, ('Install' ==
            activityDetails.activityType) is not a valid comparison statement.
              - The comparision between fields (A == B) or value-to-value (1 == 1) is also not valid.
              - The field has to be an alphanumeric identifier with no spaces or special characters
            except underscore. The subfields are separated by dot (.). For example:
                - activityDetails.activityType
                - activityDetails.X_MYPROP_10
                - field.subField
            - The following are the supported comparison operators:
              - <
              - >
              - <=
              - >=
              - ==
              - !=
              - in
            - The value of the 'filterExpression' field can be a string literal, an integer literal,
            or an array literal of strings and integers
              - String literals are delimited by single quotes, with escape character ~, for example:
                - str =='My String'
                - str =='My string with ~' a quote inside'
              - Integer literals are without quotes, they may not contain dot or leading zeroes. For
            example:
                - num ==0
                - num ==12345
                - num ==-67
              - Array literals must contain only strings or only integers, and are in square brackets.
            Empty arrays are not allowed. Arrays are only allowed after the "in" operator. For
            example:
                - enum in [1,2,3]
                - enum in ['Abc','Def','Ghi']
            - String comparisons are valid. For example: date > '2015-06-02'.
            - String comparisons are not case-sensitive. For example: name == 'john.smith' is the same
            as name == 'JOHN.SMITH'.
            - String to integer coercion is valid. For example: num== -123 is the same as num==
            '-123'.
            - Multiple comparison statements have to be separated by logical operators (and, or). For
            example:
              - A == 1 and B == 2 or C == 3
              - A == 'xx' or A == 'yy'
            - The operator precedence is as follows:
              1. comparison operators: ==,!=, <, >, <=, >=, in
              2. 'not'
              3. 'and', 'or'. The logical operators ('and' / 'or') have the same precedence, so
            parentheses can be used to achieve precedence. For example: A == 1 and (B == 2 or C == 3)
            - Operators are not case-sensitive. For example, (num IN[1,2,3]) OR (num < 0).
            - Any statement can be preceded by "not" operator to negate it. For example:
              - not (activityType in ['IN','TC','BR'])
              - A == 1 and not ( B == 2 or B == 3 )
            - Whitespaces outside strings are ignored.
            - If the field or property is not set, then it evaluates to an empty string. For example,
            expression null_field == ''.

            Example: GET https://<environment_name>.fs.ocs.oraclecloud.com/rest/ofscCore/v1/activities
            ?q=status+%3D%3D+%27pending%27+and+slaWindowEnd+<+%272016-10-23%27
        date_from (str | Unset): The activities that begin from the specified date are retrieved
            in the response. Specify the date in YYYY-MM-DD format. It is optional if the parameter
            'includeNonScheduled' = true. If the dateForm is specified, the dateTo parameter should
            also be specified.

            Example: https://<environment_name>.fs.ocs.oraclecloud.com/rest/ofscCore/v1/activities?dat
            eFrom=2016-09-21&dateTo=2016-09-22 Format: `YYYY-MM-DD`.
        date_to (str | Unset): The activities that end until the specified date are retrieved in
            the response. Specify the date in YYYY-MM-DD format. If dateTo is specified, the dateFrom
            parameter must also be specified.

            Example: https://<environment_name>.fs.ocs.oraclecloud.com/rest/ofscCore/v1/activities?dat
            eFrom=2016-09-21&dateTo=2016-09-22 Format: `YYYY-MM-DD`.
        fields (list[str] | Unset): The comma-separated field names that are returned in the
            response. The field names are the names that you specify when you create an activity or
            retrieve an activity. The field names can also contain custom property names.
            'positionInRoute' cannot be retrieved via API. If the value of this parameter is not
            specified in the request, then it defaults to: activityId,resourceId,date,status.

            Example: https://<environment_name>.fs.ocs.oraclecloud.com/rest/ofscCore/v1/activities?fie
            lds=activityId,status,apptNumber,recordType

            Note: If the fields specified in the 'fields' parameter are empty for a given activity,
            then they are not returned in 'Get Activities' response. For example, if you specify
            'fields=apptNumber' and some of the returned activities do not contain apptNumber, then an
            empty object '{}' is returned in the response.
        include_non_scheduled (bool | Unset): Indicates whether non-scheduled activities must be
            returned.

            - If the value is not specified, then non-scheduled activities are not returned.
            - If the value of this parameter is 'true', then the 'dateFrom' and 'dateTo' are not
            required. If the 'dateFrom' and 'dateTo' parameters are not specified, then only the non-
            scheduled activities are returned.
            - If the value of this parameter is 'true' and the 'dateFrom' and 'dateTo' parameters are
            specified, then both the scheduled and non-scheduled activities are returned.
            - If the value of this parameter is 'false' or is not specified, then the 'dateFrom' and
            'dateTo' parameters are required, and only the scheduled activities are returned.
        svc_work_order_id (int | Unset): Optional parameter. Allows to limit the search to the
            activities related to the specific Work Order (activity field svcWorkOrderId). only for
            activities related to the specified work order. If this parameter is specified, the
            parameters dateFrom, dateTo and resources become optional.
        offset (int | Unset): The record number from which the retrieval starts. The default value
            is zero. If no value is specified, then it defaults to zero. The value zero indicates that
            the retrieval will start from the beginning of the collection.
        limit (int | Unset): The number of activities to be returned in the response. The minimum
            value that can be specified is 1 and the maximum value that can be specified is 100,000.
            If the specified value is greater than 100,000, then it defaults to 100,000.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActivityList
    """

    return (
        await asyncio_detailed(
            client=client,
            resources=resources,
            include_children=include_children,
            q=q,
            date_from=date_from,
            date_to=date_to,
            fields=fields,
            include_non_scheduled=include_non_scheduled,
            svc_work_order_id=svc_work_order_id,
            offset=offset,
            limit=limit,
        )
    ).parsed
