from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.last_known_resources_positions_response import LastKnownResourcesPositionsResponse
from ...types import UNSET, Response, Unset, json_loads


def _get_kwargs(
    *,
    resources: list[str] | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_resources: list[str] | Unset = UNSET
    if not isinstance(resources, Unset):
        json_resources = resources

    params["resources"] = json_resources

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rest/ofscCore/v1/resources/custom-actions/lastKnownPositions",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> LastKnownResourcesPositionsResponse | None:
    if response.status_code == 200:
        if not response.content:
            return None
        response_200 = LastKnownResourcesPositionsResponse.from_dict(json_loads(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[LastKnownResourcesPositionsResponse]:
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
    offset: int | Unset = UNSET,
) -> Response[LastKnownResourcesPositionsResponse]:
    """Get last known positions of resources

     This operation retrieves the last known position of the specified resources.

    This operation is subject to the following conditions:

    - Number of Resources Returned:
      - If 'resources' parameter is used, then the maximum number of resources with positions that can
    be retrieved in a single response is 300.
      - If 'resources' parameter is NOT used, then:
        - The system tries to get all resources with last known position available.
        - The maximum number of resources with positions that can be retrieved in a single response is
    100000.
        - The resources that have no last known position are not included in the response.
        - The maximum number of 'Get last known positions of resources' requests that can be sent
    simultaneously without 'resources' parameter is three. Any additional requests are rejected with an
    error message.
    - Response Size: The response for a single request is limited to 20 MB. If the response size is
    close to 20 MB, the operation returns fewer resources with positions than available, and the
    response contains the 'hasMore' flag set to 'true'. This flag indicates that there are more
    resources with positions to be returned. In this case, a new request with 'offset' parameter set to
    the last returned item count is sent.
    - Operation Run Time: The maximum run time for a single operation is 30 seconds. When the 30-second
    time limit is reached, the operation returns fewer resources with positions than available and the
    response contains the 'hasMore' flag set to 'true'. This flag indicates that there are more
    resources with positions to be returned. In this case, a new request with 'offset' parameter set to
    the last returned item count is sent. If the time limit has exceeded before any resources with
    positions are included in the response (for example, due to slow storage response), an error is
    returned.

    Args:
        resources (list[str] | Unset): The comma-separated string of resource IDs as per swagger
            CSV format. For example, john.smith,scott.tiger.
        offset (int | Unset): The record number from which the retrieval starts. The default value
            is zero. The value zero indicates that the retrieval will start from the beginning of the
            collection. The parameter is ignored if Resources parameter is specified

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LastKnownResourcesPositionsResponse]
    """

    kwargs = _get_kwargs(
        resources=resources,
        offset=offset,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    resources: list[str] | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> LastKnownResourcesPositionsResponse | None:
    """Get last known positions of resources

     This operation retrieves the last known position of the specified resources.

    This operation is subject to the following conditions:

    - Number of Resources Returned:
      - If 'resources' parameter is used, then the maximum number of resources with positions that can
    be retrieved in a single response is 300.
      - If 'resources' parameter is NOT used, then:
        - The system tries to get all resources with last known position available.
        - The maximum number of resources with positions that can be retrieved in a single response is
    100000.
        - The resources that have no last known position are not included in the response.
        - The maximum number of 'Get last known positions of resources' requests that can be sent
    simultaneously without 'resources' parameter is three. Any additional requests are rejected with an
    error message.
    - Response Size: The response for a single request is limited to 20 MB. If the response size is
    close to 20 MB, the operation returns fewer resources with positions than available, and the
    response contains the 'hasMore' flag set to 'true'. This flag indicates that there are more
    resources with positions to be returned. In this case, a new request with 'offset' parameter set to
    the last returned item count is sent.
    - Operation Run Time: The maximum run time for a single operation is 30 seconds. When the 30-second
    time limit is reached, the operation returns fewer resources with positions than available and the
    response contains the 'hasMore' flag set to 'true'. This flag indicates that there are more
    resources with positions to be returned. In this case, a new request with 'offset' parameter set to
    the last returned item count is sent. If the time limit has exceeded before any resources with
    positions are included in the response (for example, due to slow storage response), an error is
    returned.

    Args:
        resources (list[str] | Unset): The comma-separated string of resource IDs as per swagger
            CSV format. For example, john.smith,scott.tiger.
        offset (int | Unset): The record number from which the retrieval starts. The default value
            is zero. The value zero indicates that the retrieval will start from the beginning of the
            collection. The parameter is ignored if Resources parameter is specified

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LastKnownResourcesPositionsResponse
    """

    return sync_detailed(
        client=client,
        resources=resources,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    resources: list[str] | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Response[LastKnownResourcesPositionsResponse]:
    """Get last known positions of resources

     This operation retrieves the last known position of the specified resources.

    This operation is subject to the following conditions:

    - Number of Resources Returned:
      - If 'resources' parameter is used, then the maximum number of resources with positions that can
    be retrieved in a single response is 300.
      - If 'resources' parameter is NOT used, then:
        - The system tries to get all resources with last known position available.
        - The maximum number of resources with positions that can be retrieved in a single response is
    100000.
        - The resources that have no last known position are not included in the response.
        - The maximum number of 'Get last known positions of resources' requests that can be sent
    simultaneously without 'resources' parameter is three. Any additional requests are rejected with an
    error message.
    - Response Size: The response for a single request is limited to 20 MB. If the response size is
    close to 20 MB, the operation returns fewer resources with positions than available, and the
    response contains the 'hasMore' flag set to 'true'. This flag indicates that there are more
    resources with positions to be returned. In this case, a new request with 'offset' parameter set to
    the last returned item count is sent.
    - Operation Run Time: The maximum run time for a single operation is 30 seconds. When the 30-second
    time limit is reached, the operation returns fewer resources with positions than available and the
    response contains the 'hasMore' flag set to 'true'. This flag indicates that there are more
    resources with positions to be returned. In this case, a new request with 'offset' parameter set to
    the last returned item count is sent. If the time limit has exceeded before any resources with
    positions are included in the response (for example, due to slow storage response), an error is
    returned.

    Args:
        resources (list[str] | Unset): The comma-separated string of resource IDs as per swagger
            CSV format. For example, john.smith,scott.tiger.
        offset (int | Unset): The record number from which the retrieval starts. The default value
            is zero. The value zero indicates that the retrieval will start from the beginning of the
            collection. The parameter is ignored if Resources parameter is specified

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LastKnownResourcesPositionsResponse]
    """

    kwargs = _get_kwargs(
        resources=resources,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    resources: list[str] | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> LastKnownResourcesPositionsResponse | None:
    """Get last known positions of resources

     This operation retrieves the last known position of the specified resources.

    This operation is subject to the following conditions:

    - Number of Resources Returned:
      - If 'resources' parameter is used, then the maximum number of resources with positions that can
    be retrieved in a single response is 300.
      - If 'resources' parameter is NOT used, then:
        - The system tries to get all resources with last known position available.
        - The maximum number of resources with positions that can be retrieved in a single response is
    100000.
        - The resources that have no last known position are not included in the response.
        - The maximum number of 'Get last known positions of resources' requests that can be sent
    simultaneously without 'resources' parameter is three. Any additional requests are rejected with an
    error message.
    - Response Size: The response for a single request is limited to 20 MB. If the response size is
    close to 20 MB, the operation returns fewer resources with positions than available, and the
    response contains the 'hasMore' flag set to 'true'. This flag indicates that there are more
    resources with positions to be returned. In this case, a new request with 'offset' parameter set to
    the last returned item count is sent.
    - Operation Run Time: The maximum run time for a single operation is 30 seconds. When the 30-second
    time limit is reached, the operation returns fewer resources with positions than available and the
    response contains the 'hasMore' flag set to 'true'. This flag indicates that there are more
    resources with positions to be returned. In this case, a new request with 'offset' parameter set to
    the last returned item count is sent. If the time limit has exceeded before any resources with
    positions are included in the response (for example, due to slow storage response), an error is
    returned.

    Args:
        resources (list[str] | Unset): The comma-separated string of resource IDs as per swagger
            CSV format. For example, john.smith,scott.tiger.
        offset (int | Unset): The record number from which the retrieval starts. The default value
            is zero. The value zero indicates that the retrieval will start from the beginning of the
            collection. The parameter is ignored if Resources parameter is specified

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LastKnownResourcesPositionsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            resources=resources,
            offset=offset,
        )
    ).parsed
