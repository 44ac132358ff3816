from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.activity_travels_list import ActivityTravelsList
from ...types import UNSET, Response, Unset, json_loads


def _get_kwargs(
    *,
    region: str | Unset = UNSET,
    tkey: str | Unset = UNSET,
    fkey: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    key_id: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["region"] = region

    params["tkey"] = tkey

    params["fkey"] = fkey

    params["limit"] = limit

    params["offset"] = offset

    params["keyId"] = key_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rest/ofscStatistics/v1/activityTravelStats",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ActivityTravelsList | None:
    if response.status_code == 200:
        if not response.content:
            return None
        response_200 = ActivityTravelsList.from_dict(json_loads(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ActivityTravelsList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    region: str | Unset = UNSET,
    tkey: str | Unset = UNSET,
    fkey: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    key_id: int | Unset = UNSET,
) -> Response[ActivityTravelsList]:
    """Get activity travel statistics

     This operation retrieves a collection of activity travel statistics at the company level. The
    maximum number of records that can be retrieved in a single response is 10000. If there are more
    than 10000 records, the remaining records can be accessed using the 'next' link available at the
    bottom of the response.

    This operation can be used only when the following conditions are satisfied:

    - The customer must have a subscription to Oracle Field Service Professional or Enterprise Cloud
    Service.
    - The required application must have permission to access the Statistics API. To grant the
    permission, navigate to Configuration > Applications screen. For the required application, in the
    API access section, click Add new and select Statistics API.

    Args:
        region (str | Unset): The label for the region. For example, 'xyz_enterprise'.
        tkey (str | Unset): The travel key value corresponding to the destination of the travel.
            For example, '11 AY'.
        fkey (str | Unset): The travel key value corresponding to the starting location of the
            travel. For example, 'SRT D3'.
        limit (int | Unset): The number of records to be returned in the response.
        offset (int | Unset): The record number from which the retrieval starts. The default value
            is zero. If no value is specified, then it defaults to zero. The value zero indicates that
            the retrieval will start from the beginning of the collection.
        key_id (int | Unset): Key ID of one of the configured travel keys.

            - If the parameter 'keyId' is not specified, data for all travel key pairs will be
            retrieved.
            - If 'keyId' is specified and if it exists in the system, data will be retrieved for the
            travel key pairs of the corresponding Key ID.
            - If 'keyId' is specified but if does not exist in the system, an error message will be
            returned

            If 'Detect activity travel keys automatically' is checked in Statistics configuration,
            then this parameter will be ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActivityTravelsList]
    """

    kwargs = _get_kwargs(
        region=region,
        tkey=tkey,
        fkey=fkey,
        limit=limit,
        offset=offset,
        key_id=key_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    region: str | Unset = UNSET,
    tkey: str | Unset = UNSET,
    fkey: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    key_id: int | Unset = UNSET,
) -> ActivityTravelsList | None:
    """Get activity travel statistics

     This operation retrieves a collection of activity travel statistics at the company level. The
    maximum number of records that can be retrieved in a single response is 10000. If there are more
    than 10000 records, the remaining records can be accessed using the 'next' link available at the
    bottom of the response.

    This operation can be used only when the following conditions are satisfied:

    - The customer must have a subscription to Oracle Field Service Professional or Enterprise Cloud
    Service.
    - The required application must have permission to access the Statistics API. To grant the
    permission, navigate to Configuration > Applications screen. For the required application, in the
    API access section, click Add new and select Statistics API.

    Args:
        region (str | Unset): The label for the region. For example, 'xyz_enterprise'.
        tkey (str | Unset): The travel key value corresponding to the destination of the travel.
            For example, '11 AY'.
        fkey (str | Unset): The travel key value corresponding to the starting location of the
            travel. For example, 'SRT D3'.
        limit (int | Unset): The number of records to be returned in the response.
        offset (int | Unset): The record number from which the retrieval starts. The default value
            is zero. If no value is specified, then it defaults to zero. The value zero indicates that
            the retrieval will start from the beginning of the collection.
        key_id (int | Unset): Key ID of one of the configured travel keys.

            - If the parameter 'keyId' is not specified, data for all travel key pairs will be
            retrieved.
            - If 'keyId' is specified and if it exists in the system, data will be retrieved for the
            travel key pairs of the corresponding Key ID.
            - If 'keyId' is specified but if does not exist in the system, an error message will be
            returned

            If 'Detect activity travel keys automatically' is checked in Statistics configuration,
            then this parameter will be ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActivityTravelsList
    """

    return sync_detailed(
        client=client,
        region=region,
        tkey=tkey,
        fkey=fkey,
        limit=limit,
        offset=offset,
        key_id=key_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    region: str | Unset = UNSET,
    tkey: str | Unset = UNSET,
    fkey: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    key_id: int | Unset = UNSET,
) -> Response[ActivityTravelsList]:
    """Get activity travel statistics

     This operation retrieves a collection of activity travel statistics at the company level. The
    maximum number of records that can be retrieved in a single response is 10000. If there are more
    than 10000 records, the remaining records can be accessed using the 'next' link available at the
    bottom of the response.

    This operation can be used only when the following conditions are satisfied:

    - The customer must have a subscription to Oracle Field Service Professional or Enterprise Cloud
    Service.
    - The required application must have permission to access the Statistics API. To grant the
    permission, navigate to Configuration > Applications screen. For the required application, in the
    API access section, click Add new and select Statistics API.

    Args:
        region (str | Unset): The label for the region. For example, 'xyz_enterprise'.
        tkey (str | Unset): The travel key value corresponding to the destination of the travel.
            For example, '11 AY'.
        fkey (str | Unset): The travel key value corresponding to the starting location of the
            travel. For example, 'SRT D3'.
        limit (int | Unset): The number of records to be returned in the response.
        offset (int | Unset): The record number from which the retrieval starts. The default value
            is zero. If no value is specified, then it defaults to zero. The value zero indicates that
            the retrieval will start from the beginning of the collection.
        key_id (int | Unset): Key ID of one of the configured travel keys.

            - If the parameter 'keyId' is not specified, data for all travel key pairs will be
            retrieved.
            - If 'keyId' is specified and if it exists in the system, data will be retrieved for the
            travel key pairs of the corresponding Key ID.
            - If 'keyId' is specified but if does not exist in the system, an error message will be
            returned

            If 'Detect activity travel keys automatically' is checked in Statistics configuration,
            then this parameter will be ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActivityTravelsList]
    """

    kwargs = _get_kwargs(
        region=region,
        tkey=tkey,
        fkey=fkey,
        limit=limit,
        offset=offset,
        key_id=key_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    region: str | Unset = UNSET,
    tkey: str | Unset = UNSET,
    fkey: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    key_id: int | Unset = UNSET,
) -> ActivityTravelsList | None:
    """Get activity travel statistics

     This operation retrieves a collection of activity travel statistics at the company level. The
    maximum number of records that can be retrieved in a single response is 10000. If there are more
    than 10000 records, the remaining records can be accessed using the 'next' link available at the
    bottom of the response.

    This operation can be used only when the following conditions are satisfied:

    - The customer must have a subscription to Oracle Field Service Professional or Enterprise Cloud
    Service.
    - The required application must have permission to access the Statistics API. To grant the
    permission, navigate to Configuration > Applications screen. For the required application, in the
    API access section, click Add new and select Statistics API.

    Args:
        region (str | Unset): The label for the region. For example, 'xyz_enterprise'.
        tkey (str | Unset): The travel key value corresponding to the destination of the travel.
            For example, '11 AY'.
        fkey (str | Unset): The travel key value corresponding to the starting location of the
            travel. For example, 'SRT D3'.
        limit (int | Unset): The number of records to be returned in the response.
        offset (int | Unset): The record number from which the retrieval starts. The default value
            is zero. If no value is specified, then it defaults to zero. The value zero indicates that
            the retrieval will start from the beginning of the collection.
        key_id (int | Unset): Key ID of one of the configured travel keys.

            - If the parameter 'keyId' is not specified, data for all travel key pairs will be
            retrieved.
            - If 'keyId' is specified and if it exists in the system, data will be retrieved for the
            travel key pairs of the corresponding Key ID.
            - If 'keyId' is specified but if does not exist in the system, an error message will be
            returned

            If 'Detect activity travel keys automatically' is checked in Statistics configuration,
            then this parameter will be ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActivityTravelsList
    """

    return (
        await asyncio_detailed(
            client=client,
            region=region,
            tkey=tkey,
            fkey=fkey,
            limit=limit,
            offset=offset,
            key_id=key_id,
        )
    ).parsed
