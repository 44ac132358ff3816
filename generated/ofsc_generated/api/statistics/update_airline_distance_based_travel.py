from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.airline_distance_based_travel_patch_response import AirlineDistanceBasedTravelPatchResponse
from ...models.airline_distance_based_travel_request_list import AirlineDistanceBasedTravelRequestList
from ...types import Response, json_loads


def _get_kwargs(
    *,
    body: AirlineDistanceBasedTravelRequestList,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/rest/ofscStatistics/v1/airlineDistanceBasedTravel",
    }

    _kwargs["json"] = body.to_dict()

    headers.setdefault("Content-Type", "application/json")

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AirlineDistanceBasedTravelPatchResponse | None:
    if response.status_code == 200:
        if not response.content:
            return None
        response_200 = AirlineDistanceBasedTravelPatchResponse.from_dict(json_loads(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AirlineDistanceBasedTravelPatchResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AirlineDistanceBasedTravelRequestList,
) -> Response[AirlineDistanceBasedTravelPatchResponse]:
    """Update airline distance based travel

     This operation overrides the airline distance based travel time (in minutes) at the company and
    travel key level.

    For the company level or the travel key, if specified, the application considers the provided pair
    of distances (in km) and override values (in minutes) to calculate the corresponding override values
    for all possible distances. Airline distance based travel time will based on these values, instead
    of the estimated values. The override values are stored in the application along with the
    corresponding statistically estimated values. If overrides are specified, then the override values
    are used instead of the statistically estimated values. However, the statistically estimated value
    is updated based on the new travels reported. At any point of time, you can stop using the overrides
    by importing the data again with value '-1' in one of the 'override' fields. In such cases, the
    application uses the statistically estimated value for the airline distance based travel time
    estimates for the travel key.

    The limit for each API request is 10000 records. To update more records, you can use multiple
    requests. If a part of the key contains properties to be considered as case-insensitive, the value
    specified for that part of the key should be in smaller case in the API request.

    Note: When the Statistics API is used to make airline distance based travel changes, the changes are
    reflected for all future travels in the application only after the next run of the statistics agent.
    The statistics agent is run once a day, usually in the early morning hours.

    Before you use this operation, ensure that:

    - You have a subscription to Oracle Field Service Professional or Enterprise Cloud Service.
    - The application has the permission to access the Statistics API. To grant the permission, navigate
    to Configuration > Applications screen. For the required application, in the API access section,
    click Add new and select Statistics API.
    - If 'Detect activity travel keys automatically' is checked in Statistics configuration, then this
    API cannot be used.

    Args:
        body (AirlineDistanceBasedTravelRequestList): The schema of the request body object for
            this operation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AirlineDistanceBasedTravelPatchResponse]
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
    body: AirlineDistanceBasedTravelRequestList,
) -> AirlineDistanceBasedTravelPatchResponse | None:
    """Update airline distance based travel

     This operation overrides the airline distance based travel time (in minutes) at the company and
    travel key level.

    For the company level or the travel key, if specified, the application considers the provided pair
    of distances (in km) and override values (in minutes) to calculate the corresponding override values
    for all possible distances. Airline distance based travel time will based on these values, instead
    of the estimated values. The override values are stored in the application along with the
    corresponding statistically estimated values. If overrides are specified, then the override values
    are used instead of the statistically estimated values. However, the statistically estimated value
    is updated based on the new travels reported. At any point of time, you can stop using the overrides
    by importing the data again with value '-1' in one of the 'override' fields. In such cases, the
    application uses the statistically estimated value for the airline distance based travel time
    estimates for the travel key.

    The limit for each API request is 10000 records. To update more records, you can use multiple
    requests. If a part of the key contains properties to be considered as case-insensitive, the value
    specified for that part of the key should be in smaller case in the API request.

    Note: When the Statistics API is used to make airline distance based travel changes, the changes are
    reflected for all future travels in the application only after the next run of the statistics agent.
    The statistics agent is run once a day, usually in the early morning hours.

    Before you use this operation, ensure that:

    - You have a subscription to Oracle Field Service Professional or Enterprise Cloud Service.
    - The application has the permission to access the Statistics API. To grant the permission, navigate
    to Configuration > Applications screen. For the required application, in the API access section,
    click Add new and select Statistics API.
    - If 'Detect activity travel keys automatically' is checked in Statistics configuration, then this
    API cannot be used.

    Args:
        body (AirlineDistanceBasedTravelRequestList): The schema of the request body object for
            this operation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AirlineDistanceBasedTravelPatchResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AirlineDistanceBasedTravelRequestList,
) -> Response[AirlineDistanceBasedTravelPatchResponse]:
    """Update airline distance based travel

     This operation overrides the airline distance based travel time (in minutes) at the company and
    travel key level.

    For the company level or the travel key, if specified, the application considers the provided pair
    of distances (in km) and override values (in minutes) to calculate the corresponding override values
    for all possible distances. Airline distance based travel time will based on these values, instead
    of the estimated values. The override values are stored in the application along with the
    corresponding statistically estimated values. If overrides are specified, then the override values
    are used instead of the statistically estimated values. However, the statistically estimated value
    is updated based on the new travels reported. At any point of time, you can stop using the overrides
    by importing the data again with value '-1' in one of the 'override' fields. In such cases, the
    application uses the statistically estimated value for the airline distance based travel time
    estimates for the travel key.

    The limit for each API request is 10000 records. To update more records, you can use multiple
    requests. If a part of the key contains properties to be considered as case-insensitive, the value
    specified for that part of the key should be in smaller case in the API request.

    Note: When the Statistics API is used to make airline distance based travel changes, the changes are
    reflected for all future travels in the application only after the next run of the statistics agent.
    The statistics agent is run once a day, usually in the early morning hours.

    Before you use this operation, ensure that:

    - You have a subscription to Oracle Field Service Professional or Enterprise Cloud Service.
    - The application has the permission to access the Statistics API. To grant the permission, navigate
    to Configuration > Applications screen. For the required application, in the API access section,
    click Add new and select Statistics API.
    - If 'Detect activity travel keys automatically' is checked in Statistics configuration, then this
    API cannot be used.

    Args:
        body (AirlineDistanceBasedTravelRequestList): The schema of the request body object for
            this operation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AirlineDistanceBasedTravelPatchResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AirlineDistanceBasedTravelRequestList,
) -> AirlineDistanceBasedTravelPatchResponse | None:
    """Update airline distance based travel

     This operation overrides the airline distance based travel time (in minutes) at the company and
    travel key level.

    For the company level or the travel key, if specified, the application considers the provided pair
    of distances (in km) and override values (in minutes) to calculate the corresponding override values
    for all possible distances. Airline distance based travel time will based on these values, instead
    of the estimated values. The override values are stored in the application along with the
    corresponding statistically estimated values. If overrides are specified, then the override values
    are used instead of the statistically estimated values. However, the statistically estimated value
    is updated based on the new travels reported. At any point of time, you can stop using the overrides
    by importing the data again with value '-1' in one of the 'override' fields. In such cases, the
    application uses the statistically estimated value for the airline distance based travel time
    estimates for the travel key.

    The limit for each API request is 10000 records. To update more records, you can use multiple
    requests. If a part of the key contains properties to be considered as case-insensitive, the value
    specified for that part of the key should be in smaller case in the API request.

    Note: When the Statistics API is used to make airline distance based travel changes, the changes are
    reflected for all future travels in the application only after the next run of the statistics agent.
    The statistics agent is run once a day, usually in the early morning hours.

    Before you use this operation, ensure that:

    - You have a subscription to Oracle Field Service Professional or Enterprise Cloud Service.
    - The application has the permission to access the Statistics API. To grant the permission, navigate
    to Configuration > Applications screen. For the required application, in the API access section,
    click Add new and select Statistics API.
    - If 'Detect activity travel keys automatically' is checked in Statistics configuration, then this
    API cannot be used.

    Args:
        body (AirlineDistanceBasedTravelRequestList): The schema of the request body object for
            this operation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AirlineDistanceBasedTravelPatchResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
