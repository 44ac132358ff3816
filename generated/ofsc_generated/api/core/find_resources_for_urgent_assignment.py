from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.find_resources_for_urgent_assignment_request import FindResourcesForUrgentAssignmentRequest
from ...models.find_resources_for_urgent_assignment_response import FindResourcesForUrgentAssignmentResponse
from ...types import UNSET, Response, Unset, json_loads


def _get_kwargs(
    *,
    body: FindResourcesForUrgentAssignmentRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/rest/ofscCore/v1/resources/custom-actions/findResourcesForUrgentAssignment",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers.setdefault("Content-Type", "application/json")

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FindResourcesForUrgentAssignmentResponse | None:
    if response.status_code == 200:
        if not response.content:
            return None
        response_200 = FindResourcesForUrgentAssignmentResponse.from_dict(json_loads(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FindResourcesForUrgentAssignmentResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FindResourcesForUrgentAssignmentRequest | Unset = UNSET,
) -> Response[FindResourcesForUrgentAssignmentResponse]:
    """Find resources for urgent assignment

     This operation retrieves a list of resources that can immediately perform an activity based on the
    criteria specified in the request.

    The resources matching the specified criteria are returned in the response if the information about
    their location is not older then one hour.

    Args:
        body (FindResourcesForUrgentAssignmentRequest | Unset): The schema of the request body
            object for this operation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FindResourcesForUrgentAssignmentResponse]
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
    body: FindResourcesForUrgentAssignmentRequest | Unset = UNSET,
) -> FindResourcesForUrgentAssignmentResponse | None:
    """Find resources for urgent assignment

     This operation retrieves a list of resources that can immediately perform an activity based on the
    criteria specified in the request.

    The resources matching the specified criteria are returned in the response if the information about
    their location is not older then one hour.

    Args:
        body (FindResourcesForUrgentAssignmentRequest | Unset): The schema of the request body
            object for this operation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FindResourcesForUrgentAssignmentResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FindResourcesForUrgentAssignmentRequest | Unset = UNSET,
) -> Response[FindResourcesForUrgentAssignmentResponse]:
    """Find resources for urgent assignment

     This operation retrieves a list of resources that can immediately perform an activity based on the
    criteria specified in the request.

    The resources matching the specified criteria are returned in the response if the information about
    their location is not older then one hour.

    Args:
        body (FindResourcesForUrgentAssignmentRequest | Unset): The schema of the request body
            object for this operation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FindResourcesForUrgentAssignmentResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: FindResourcesForUrgentAssignmentRequest | Unset = UNSET,
) -> FindResourcesForUrgentAssignmentResponse | None:
    """Find resources for urgent assignment

     This operation retrieves a list of resources that can immediately perform an activity based on the
    criteria specified in the request.

    The resources matching the specified criteria are returned in the response if the information about
    their location is not older then one hour.

    Args:
        body (FindResourcesForUrgentAssignmentRequest | Unset): The schema of the request body
            object for this operation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FindResourcesForUrgentAssignmentResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
