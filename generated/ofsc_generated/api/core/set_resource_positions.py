from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.set_resources_positions_request import SetResourcesPositionsRequest
from ...models.set_resources_positions_response import SetResourcesPositionsResponse
from ...types import UNSET, Response, Unset, json_loads


def _get_kwargs(
    *,
    body: SetResourcesPositionsRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/rest/ofscCore/v1/resources/custom-actions/setPositions",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers.setdefault("Content-Type", "application/json")

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SetResourcesPositionsResponse | None:
    if response.status_code == 200:
        if not response.content:
            return None
        response_200 = SetResourcesPositionsResponse.from_dict(json_loads(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SetResourcesPositionsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SetResourcesPositionsRequest | Unset = UNSET,
) -> Response[SetResourcesPositionsResponse]:
    """Set positions for resources

     This operation sets resource positions for the specified resources. A maximum of 300 items are
    allowed in a single request.

    This method uses regular OAuth 2.0 authentication on behalf of user or application:

    - In case of when the OAuth 2.0 access token is issued on behalf of a specific user the only
    available resource for updating its positions is main resource specified for this user.
    - In case of authentication with application there are options to allow posting positions for all
    resources (default) or to configure a list of available (visible) resources to post positions for.
    Available (visible) resources (or buckets) can be specified in Core application - Configuration >>
    Applications >> [Specific application] >> Additional restrictions >> Allow access only to certain
    resources.

    Args:
        body (SetResourcesPositionsRequest | Unset): The collection of resource positions.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SetResourcesPositionsResponse]
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
    body: SetResourcesPositionsRequest | Unset = UNSET,
) -> SetResourcesPositionsResponse | None:
    """Set positions for resources

     This operation sets resource positions for the specified resources. A maximum of 300 items are
    allowed in a single request.

    This method uses regular OAuth 2.0 authentication on behalf of user or application:

    - In case of when the OAuth 2.0 access token is issued on behalf of a specific user the only
    available resource for updating its positions is main resource specified for this user.
    - In case of authentication with application there are options to allow posting positions for all
    resources (default) or to configure a list of available (visible) resources to post positions for.
    Available (visible) resources (or buckets) can be specified in Core application - Configuration >>
    Applications >> [Specific application] >> Additional restrictions >> Allow access only to certain
    resources.

    Args:
        body (SetResourcesPositionsRequest | Unset): The collection of resource positions.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SetResourcesPositionsResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SetResourcesPositionsRequest | Unset = UNSET,
) -> Response[SetResourcesPositionsResponse]:
    """Set positions for resources

     This operation sets resource positions for the specified resources. A maximum of 300 items are
    allowed in a single request.

    This method uses regular OAuth 2.0 authentication on behalf of user or application:

    - In case of when the OAuth 2.0 access token is issued on behalf of a specific user the only
    available resource for updating its positions is main resource specified for this user.
    - In case of authentication with application there are options to allow posting positions for all
    resources (default) or to configure a list of available (visible) resources to post positions for.
    Available (visible) resources (or buckets) can be specified in Core application - Configuration >>
    Applications >> [Specific application] >> Additional restrictions >> Allow access only to certain
    resources.

    Args:
        body (SetResourcesPositionsRequest | Unset): The collection of resource positions.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SetResourcesPositionsResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SetResourcesPositionsRequest | Unset = UNSET,
) -> SetResourcesPositionsResponse | None:
    """Set positions for resources

     This operation sets resource positions for the specified resources. A maximum of 300 items are
    allowed in a single request.

    This method uses regular OAuth 2.0 authentication on behalf of user or application:

    - In case of when the OAuth 2.0 access token is issued on behalf of a specific user the only
    available resource for updating its positions is main resource specified for this user.
    - In case of authentication with application there are options to allow posting positions for all
    resources (default) or to configure a list of available (visible) resources to post positions for.
    Available (visible) resources (or buckets) can be specified in Core application - Configuration >>
    Applications >> [Specific application] >> Additional restrictions >> Allow access only to certain
    resources.

    Args:
        body (SetResourcesPositionsRequest | Unset): The collection of resource positions.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SetResourcesPositionsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
