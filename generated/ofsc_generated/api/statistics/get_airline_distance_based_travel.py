from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.airline_distance_based_travel_list import AirlineDistanceBasedTravelList
from ...types import UNSET, Response, Unset, json_loads


def _get_kwargs(
    *,
    level: str | Unset = UNSET,
    key: str | Unset = UNSET,
    distance: str | Unset = UNSET,
    key_id: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["level"] = level

    params["key"] = key

    params["distance"] = distance

    params["keyId"] = key_id

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rest/ofscStatistics/v1/airlineDistanceBasedTravel",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AirlineDistanceBasedTravelList | None:
    if response.status_code == 200:
        if not response.content:
            return None
        response_200 = AirlineDistanceBasedTravelList.from_dict(json_loads(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AirlineDistanceBasedTravelList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    level: str | Unset = UNSET,
    key: str | Unset = UNSET,
    distance: str | Unset = UNSET,
    key_id: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Response[AirlineDistanceBasedTravelList]:
    """Get airline distance based travel

     This operation retrieves a collection of statistically estimated and override values of airline
    distance based travel time (in minutes) at the company as well as the travel key level for the
    specified distances (in km). Up to five distances can be specified in the request. If no distances
    are specified, the operation retrieves data for 1 km, 5 kms, 10 kms, 20 kms and 50 kms. The level at
    which the data needs to be retrieved - either company or travel key - can also be specified in the
    request. If the level is set as travel key and no travel key is specified, the operation retrieves
    data for all possible travel keys. The maximum number of records that can be retrieved in a single
    response is 10000. If there are more than 10000 records, you can use the 'next' link available at
    the bottom of the response to access the remaining records.

    Before you use this operation, ensure that:

    - You have a subscription to Oracle Field Service Professional or Enterprise Cloud Service.
    - The application has the permission to access the Statistics API. To grant the permission, navigate
    to Configuration > Applications screen. For the required application, in the API access section,
    click Add new and select Statistics API.

    Args:
        level (str | Unset): Specifies where the data needs to be retrieved at the company level
            or travel key level. For company level use 'company' and for travel key level use
            'travelkey' as the value for this parameter.

            If no value is provided, data for both company as well as travel key level will be
            retrieved. Allowed values: `company`, `travelkey`.
        key (str | Unset): The value of the travel key. It appears as 'Start Location' and 'End
            Location' in the Travel Statistics report.

            If 'key' is provided in request and :

            - If 'key' is present in the application, the application estimated and override values
            for travel time of the travel key is retrieved.
            - If 'key' is not present in the application, HTTP Code 404 response is displayed.

            If 'key' is not provided in request, the application estimated and override values for
            travel time of all the travel keys are retrieved. If none of the travel keys have
            application estimated or override values, then HTTP Code 404 response is displayed.

            This parameter is not applicable if the level is specified as 'company'.
        distance (str | Unset): The list of comma separated distances (in km) for which the
            statistically estimated and override travel time at the travel key level has to be
            retrieved. Maximum number of distances allowed is 5. If no distance is specified, the
            application retrieves values for the distances 1, 5, 10, 20, 50.
        key_id (int | Unset): Key ID of one of the configured travel keys.

            - If the parameter 'keyId' is not specified, data for all travel keys will be retrieved.
            - If 'keyId' is specified and if it exists in the system, data will be retrieved for the
            travel keys of the corresponding Key ID.
            - If 'keyId' is specified but if it does not exist in the system, an error message will be
            returned

            If 'Detect activity travel keys automatically' is checked in Statistics configuration,
            then this parameter will be ignored.

            This parameter is not applicable if the level is specified as 'company'.
        limit (int | Unset): The number of records to be returned in the response.
        offset (int | Unset): The record number from which the retrieval starts. The default value
            is zero. If no value is specified, then it defaults to zero. The value zero indicates that
            the retrieval will start from the beginning of the collection.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AirlineDistanceBasedTravelList]
    """

    kwargs = _get_kwargs(
        level=level,
        key=key,
        distance=distance,
        key_id=key_id,
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
    level: str | Unset = UNSET,
    key: str | Unset = UNSET,
    distance: str | Unset = UNSET,
    key_id: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> AirlineDistanceBasedTravelList | None:
    """Get airline distance based travel

     This operation retrieves a collection of statistically estimated and override values of airline
    distance based travel time (in minutes) at the company as well as the travel key level for the
    specified distances (in km). Up to five distances can be specified in the request. If no distances
    are specified, the operation retrieves data for 1 km, 5 kms, 10 kms, 20 kms and 50 kms. The level at
    which the data needs to be retrieved - either company or travel key - can also be specified in the
    request. If the level is set as travel key and no travel key is specified, the operation retrieves
    data for all possible travel keys. The maximum number of records that can be retrieved in a single
    response is 10000. If there are more than 10000 records, you can use the 'next' link available at
    the bottom of the response to access the remaining records.

    Before you use this operation, ensure that:

    - You have a subscription to Oracle Field Service Professional or Enterprise Cloud Service.
    - The application has the permission to access the Statistics API. To grant the permission, navigate
    to Configuration > Applications screen. For the required application, in the API access section,
    click Add new and select Statistics API.

    Args:
        level (str | Unset): Specifies where the data needs to be retrieved at the company level
            or travel key level. For company level use 'company' and for travel key level use
            'travelkey' as the value for this parameter.

            If no value is provided, data for both company as well as travel key level will be
            retrieved. Allowed values: `company`, `travelkey`.
        key (str | Unset): The value of the travel key. It appears as 'Start Location' and 'End
            Location' in the Travel Statistics report.

            If 'key' is provided in request and :

            - If 'key' is present in the application, the application estimated and override values
            for travel time of the travel key is retrieved.
            - If 'key' is not present in the application, HTTP Code 404 response is displayed.

            If 'key' is not provided in request, the application estimated and override values for
            travel time of all the travel keys are retrieved. If none of the travel keys have
            application estimated or override values, then HTTP Code 404 response is displayed.

            This parameter is not applicable if the level is specified as 'company'.
        distance (str | Unset): The list of comma separated distances (in km) for which the
            statistically estimated and override travel time at the travel key level has to be
            retrieved. Maximum number of distances allowed is 5. If no distance is specified, the
            application retrieves values for the distances 1, 5, 10, 20, 50.
        key_id (int | Unset): Key ID of one of the configured travel keys.

            - If the parameter 'keyId' is not specified, data for all travel keys will be retrieved.
            - If 'keyId' is specified and if it exists in the system, data will be retrieved for the
            travel keys of the corresponding Key ID.
            - If 'keyId' is specified but if it does not exist in the system, an error message will be
            returned

            If 'Detect activity travel keys automatically' is checked in Statistics configuration,
            then this parameter will be ignored.

            This parameter is not applicable if the level is specified as 'company'.
        limit (int | Unset): The number of records to be returned in the response.
        offset (int | Unset): The record number from which the retrieval starts. The default value
            is zero. If no value is specified, then it defaults to zero. The value zero indicates that
            the retrieval will start from the beginning of the collection.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AirlineDistanceBasedTravelList
    """

    return sync_detailed(
        client=client,
        level=level,
        key=key,
        distance=distance,
        key_id=key_id,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    level: str | Unset = UNSET,
    key: str | Unset = UNSET,
    distance: str | Unset = UNSET,
    key_id: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Response[AirlineDistanceBasedTravelList]:
    """Get airline distance based travel

     This operation retrieves a collection of statistically estimated and override values of airline
    distance based travel time (in minutes) at the company as well as the travel key level for the
    specified distances (in km). Up to five distances can be specified in the request. If no distances
    are specified, the operation retrieves data for 1 km, 5 kms, 10 kms, 20 kms and 50 kms. The level at
    which the data needs to be retrieved - either company or travel key - can also be specified in the
    request. If the level is set as travel key and no travel key is specified, the operation retrieves
    data for all possible travel keys. The maximum number of records that can be retrieved in a single
    response is 10000. If there are more than 10000 records, you can use the 'next' link available at
    the bottom of the response to access the remaining records.

    Before you use this operation, ensure that:

    - You have a subscription to Oracle Field Service Professional or Enterprise Cloud Service.
    - The application has the permission to access the Statistics API. To grant the permission, navigate
    to Configuration > Applications screen. For the required application, in the API access section,
    click Add new and select Statistics API.

    Args:
        level (str | Unset): Specifies where the data needs to be retrieved at the company level
            or travel key level. For company level use 'company' and for travel key level use
            'travelkey' as the value for this parameter.

            If no value is provided, data for both company as well as travel key level will be
            retrieved. Allowed values: `company`, `travelkey`.
        key (str | Unset): The value of the travel key. It appears as 'Start Location' and 'End
            Location' in the Travel Statistics report.

            If 'key' is provided in request and :

            - If 'key' is present in the application, the application estimated and override values
            for travel time of the travel key is retrieved.
            - If 'key' is not present in the application, HTTP Code 404 response is displayed.

            If 'key' is not provided in request, the application estimated and override values for
            travel time of all the travel keys are retrieved. If none of the travel keys have
            application estimated or override values, then HTTP Code 404 response is displayed.

            This parameter is not applicable if the level is specified as 'company'.
        distance (str | Unset): The list of comma separated distances (in km) for which the
            statistically estimated and override travel time at the travel key level has to be
            retrieved. Maximum number of distances allowed is 5. If no distance is specified, the
            application retrieves values for the distances 1, 5, 10, 20, 50.
        key_id (int | Unset): Key ID of one of the configured travel keys.

            - If the parameter 'keyId' is not specified, data for all travel keys will be retrieved.
            - If 'keyId' is specified and if it exists in the system, data will be retrieved for the
            travel keys of the corresponding Key ID.
            - If 'keyId' is specified but if it does not exist in the system, an error message will be
            returned

            If 'Detect activity travel keys automatically' is checked in Statistics configuration,
            then this parameter will be ignored.

            This parameter is not applicable if the level is specified as 'company'.
        limit (int | Unset): The number of records to be returned in the response.
        offset (int | Unset): The record number from which the retrieval starts. The default value
            is zero. If no value is specified, then it defaults to zero. The value zero indicates that
            the retrieval will start from the beginning of the collection.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AirlineDistanceBasedTravelList]
    """

    kwargs = _get_kwargs(
        level=level,
        key=key,
        distance=distance,
        key_id=key_id,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    level: str | Unset = UNSET,
    key: str | Unset = UNSET,
    distance: str | Unset = UNSET,
    key_id: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> AirlineDistanceBasedTravelList | None:
    """Get airline distance based travel

     This operation retrieves a collection of statistically estimated and override values of airline
    distance based travel time (in minutes) at the company as well as the travel key level for the
    specified distances (in km). Up to five distances can be specified in the request. If no distances
    are specified, the operation retrieves data for 1 km, 5 kms, 10 kms, 20 kms and 50 kms. The level at
    which the data needs to be retrieved - either company or travel key - can also be specified in the
    request. If the level is set as travel key and no travel key is specified, the operation retrieves
    data for all possible travel keys. The maximum number of records that can be retrieved in a single
    response is 10000. If there are more than 10000 records, you can use the 'next' link available at
    the bottom of the response to access the remaining records.

    Before you use this operation, ensure that:

    - You have a subscription to Oracle Field Service Professional or Enterprise Cloud Service.
    - The application has the permission to access the Statistics API. To grant the permission, navigate
    to Configuration > Applications screen. For the required application, in the API access section,
    click Add new and select Statistics API.

    Args:
        level (str | Unset): Specifies where the data needs to be retrieved at the company level
            or travel key level. For company level use 'company' and for travel key level use
            'travelkey' as the value for this parameter.

            If no value is provided, data for both company as well as travel key level will be
            retrieved. Allowed values: `company`, `travelkey`.
        key (str | Unset): The value of the travel key. It appears as 'Start Location' and 'End
            Location' in the Travel Statistics report.

            If 'key' is provided in request and :

            - If 'key' is present in the application, the application estimated and override values
            for travel time of the travel key is retrieved.
            - If 'key' is not present in the application, HTTP Code 404 response is displayed.

            If 'key' is not provided in request, the application estimated and override values for
            travel time of all the travel keys are retrieved. If none of the travel keys have
            application estimated or override values, then HTTP Code 404 response is displayed.

            This parameter is not applicable if the level is specified as 'company'.
        distance (str | Unset): The list of comma separated distances (in km) for which the
            statistically estimated and override travel time at the travel key level has to be
            retrieved. Maximum number of distances allowed is 5. If no distance is specified, the
            application retrieves values for the distances 1, 5, 10, 20, 50.
        key_id (int | Unset): Key ID of one of the configured travel keys.

            - If the parameter 'keyId' is not specified, data for all travel keys will be retrieved.
            - If 'keyId' is specified and if it exists in the system, data will be retrieved for the
            travel keys of the corresponding Key ID.
            - If 'keyId' is specified but if it does not exist in the system, an error message will be
            returned

            If 'Detect activity travel keys automatically' is checked in Statistics configuration,
            then this parameter will be ignored.

            This parameter is not applicable if the level is specified as 'company'.
        limit (int | Unset): The number of records to be returned in the response.
        offset (int | Unset): The record number from which the retrieval starts. The default value
            is zero. If no value is specified, then it defaults to zero. The value zero indicates that
            the retrieval will start from the beginning of the collection.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AirlineDistanceBasedTravelList
    """

    return (
        await asyncio_detailed(
            client=client,
            level=level,
            key=key,
            distance=distance,
            key_id=key_id,
            limit=limit,
            offset=offset,
        )
    ).parsed
