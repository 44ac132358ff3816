from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.activity_duration_patch_response import ActivityDurationPatchResponse
from ...models.activity_duration_request_list import ActivityDurationRequestList
from ...types import Response, json_loads


def _get_kwargs(
    *,
    body: ActivityDurationRequestList,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/rest/ofscStatistics/v1/activityDurationStats",
    }

    _kwargs["json"] = body.to_dict()

    headers.setdefault("Content-Type", "application/json")

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ActivityDurationPatchResponse | None:
    if response.status_code == 200:
        if not response.content:
            return None
        response_200 = ActivityDurationPatchResponse.from_dict(json_loads(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ActivityDurationPatchResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ActivityDurationRequestList,
) -> Response[ActivityDurationPatchResponse]:
    """Update activity duration statistics

     This operation updates the activity duration override for the activity duration key that is
    currently active.

    It is possible to override the activity duration either at the company level, bucket level or at the
    technician level. To override the activity duration at the company level, the 'resourceId' field
    must be empty.

    If there are multiple activity duration keys configured in the application, the overrides are
    applicable only to the activity duration key that is currently active. If the activity duration key
    is modified, then the overrides for that key are deleted from the application. However, the
    overrides persist if another activity duration key is active, with the old key in the application
    being inactive state. If the inactive key is set to active again, the overrides that were set
    corresponding to that key become applicable for the duration estimates.

    For the activity duration key that is currently active, the override value is stored in the
    application along with the statistically learned value. For activity duration estimates, if an
    override is specified, then the override value is used instead of the statistically learned value.
    However, the statistically learned value is updated based on the new durations reported. At any
    point of time, it is possible to stop using the overrides by importing the data again with value 0
    in the 'override' field. In such cases, the application starts using the statistically learned value
    for the duration estimates. If a part of the key contains properties to be considered as case-
    insensitive, the value specified for that part of the key should be in smaller case in the API
    request.

    Note:

    - When the Statistics API is used to make activity duration changes, the changes are reflected for
    all future activities in the application only after the next run of the statistics agent. The
    statistics agent is run once a day, usually in the early morning hours.
    - The limit for each API request is 10000 records. To update more records, multiple requests can be
    used.

    The operation can be used only when the following conditions are satisfied:

    - The customer must have a subscription to Oracle Field Service Professional or Enterprise Cloud
    Service.
    - The required application must have permission to access the Statistics API. To grant the
    permission, navigate to Configuration, Applications screen. For the required application, click Add
    new in the API access section, and select Statistics API.

    Args:
        body (ActivityDurationRequestList): The schema of the request body object for this
            operation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActivityDurationPatchResponse]
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
    body: ActivityDurationRequestList,
) -> ActivityDurationPatchResponse | None:
    """Update activity duration statistics

     This operation updates the activity duration override for the activity duration key that is
    currently active.

    It is possible to override the activity duration either at the company level, bucket level or at the
    technician level. To override the activity duration at the company level, the 'resourceId' field
    must be empty.

    If there are multiple activity duration keys configured in the application, the overrides are
    applicable only to the activity duration key that is currently active. If the activity duration key
    is modified, then the overrides for that key are deleted from the application. However, the
    overrides persist if another activity duration key is active, with the old key in the application
    being inactive state. If the inactive key is set to active again, the overrides that were set
    corresponding to that key become applicable for the duration estimates.

    For the activity duration key that is currently active, the override value is stored in the
    application along with the statistically learned value. For activity duration estimates, if an
    override is specified, then the override value is used instead of the statistically learned value.
    However, the statistically learned value is updated based on the new durations reported. At any
    point of time, it is possible to stop using the overrides by importing the data again with value 0
    in the 'override' field. In such cases, the application starts using the statistically learned value
    for the duration estimates. If a part of the key contains properties to be considered as case-
    insensitive, the value specified for that part of the key should be in smaller case in the API
    request.

    Note:

    - When the Statistics API is used to make activity duration changes, the changes are reflected for
    all future activities in the application only after the next run of the statistics agent. The
    statistics agent is run once a day, usually in the early morning hours.
    - The limit for each API request is 10000 records. To update more records, multiple requests can be
    used.

    The operation can be used only when the following conditions are satisfied:

    - The customer must have a subscription to Oracle Field Service Professional or Enterprise Cloud
    Service.
    - The required application must have permission to access the Statistics API. To grant the
    permission, navigate to Configuration, Applications screen. For the required application, click Add
    new in the API access section, and select Statistics API.

    Args:
        body (ActivityDurationRequestList): The schema of the request body object for this
            operation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActivityDurationPatchResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ActivityDurationRequestList,
) -> Response[ActivityDurationPatchResponse]:
    """Update activity duration statistics

     This operation updates the activity duration override for the activity duration key that is
    currently active.

    It is possible to override the activity duration either at the company level, bucket level or at the
    technician level. To override the activity duration at the company level, the 'resourceId' field
    must be empty.

    If there are multiple activity duration keys configured in the application, the overrides are
    applicable only to the activity duration key that is currently active. If the activity duration key
    is modified, then the overrides for that key are deleted from the application. However, the
    overrides persist if another activity duration key is active, with the old key in the application
    being inactive state. If the inactive key is set to active again, the overrides that were set
    corresponding to that key become applicable for the duration estimates.

    For the activity duration key that is currently active, the override value is stored in the
    application along with the statistically learned value. For activity duration estimates, if an
    override is specified, then the override value is used instead of the statistically learned value.
    However, the statistically learned value is updated based on the new durations reported. At any
    point of time, it is possible to stop using the overrides by importing the data again with value 0
    in the 'override' field. In such cases, the application starts using the statistically learned value
    for the duration estimates. If a part of the key contains properties to be considered as case-
    insensitive, the value specified for that part of the key should be in smaller case in the API
    request.

    Note:

    - When the Statistics API is used to make activity duration changes, the changes are reflected for
    all future activities in the application only after the next run of the statistics agent. The
    statistics agent is run once a day, usually in the early morning hours.
    - The limit for each API request is 10000 records. To update more records, multiple requests can be
    used.

    The operation can be used only when the following conditions are satisfied:

    - The customer must have a subscription to Oracle Field Service Professional or Enterprise Cloud
    Service.
    - The required application must have permission to access the Statistics API. To grant the
    permission, navigate to Configuration, Applications screen. For the required application, click Add
    new in the API access section, and select Statistics API.

    Args:
        body (ActivityDurationRequestList): The schema of the request body object for this
            operation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActivityDurationPatchResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ActivityDurationRequestList,
) -> ActivityDurationPatchResponse | None:
    """Update activity duration statistics

     This operation updates the activity duration override for the activity duration key that is
    currently active.

    It is possible to override the activity duration either at the company level, bucket level or at the
    technician level. To override the activity duration at the company level, the 'resourceId' field
    must be empty.

    If there are multiple activity duration keys configured in the application, the overrides are
    applicable only to the activity duration key that is currently active. If the activity duration key
    is modified, then the overrides for that key are deleted from the application. However, the
    overrides persist if another activity duration key is active, with the old key in the application
    being inactive state. If the inactive key is set to active again, the overrides that were set
    corresponding to that key become applicable for the duration estimates.

    For the activity duration key that is currently active, the override value is stored in the
    application along with the statistically learned value. For activity duration estimates, if an
    override is specified, then the override value is used instead of the statistically learned value.
    However, the statistically learned value is updated based on the new durations reported. At any
    point of time, it is possible to stop using the overrides by importing the data again with value 0
    in the 'override' field. In such cases, the application starts using the statistically learned value
    for the duration estimates. If a part of the key contains properties to be considered as case-
    insensitive, the value specified for that part of the key should be in smaller case in the API
    request.

    Note:

    - When the Statistics API is used to make activity duration changes, the changes are reflected for
    all future activities in the application only after the next run of the statistics agent. The
    statistics agent is run once a day, usually in the early morning hours.
    - The limit for each API request is 10000 records. To update more records, multiple requests can be
    used.

    The operation can be used only when the following conditions are satisfied:

    - The customer must have a subscription to Oracle Field Service Professional or Enterprise Cloud
    Service.
    - The required application must have permission to access the Statistics API. To grant the
    permission, navigate to Configuration, Applications screen. For the required application, click Add
    new in the API access section, and select Statistics API.

    Args:
        body (ActivityDurationRequestList): The schema of the request body object for this
            operation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActivityDurationPatchResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
