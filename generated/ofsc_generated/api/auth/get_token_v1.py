from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_token_v1_form import GetTokenV1Form
from ...models.get_token_v1_response import GetTokenV1Response
from ...types import Response, json_loads


def _get_kwargs(
    *,
    body: GetTokenV1Form,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/rest/oauthTokenService/v1/token",
    }

    _kwargs["data"] = body.to_dict()
    headers.setdefault("Content-Type", "application/x-www-form-urlencoded")

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> GetTokenV1Response | None:
    if response.status_code == 200:
        if not response.content:
            return None
        response_200 = GetTokenV1Response.from_dict(json_loads(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[GetTokenV1Response]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetTokenV1Form,
) -> Response[GetTokenV1Response]:
    r"""Get an access token (Deprecated)

     This operation authenticates the calling application and retrieves the access token.

    Note: This operation is deprecated because it returns the access token in a non-standard response
    field \"token\". Use the endpoint with the resource path \"/rest/oauthTokenService/v2/token\", to
    get the access token in the \"access_token\" field according to the RFC 6749 - The OAuth 2.0
    Authorization Framework standard.

    Args:
        body (GetTokenV1Form):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetTokenV1Response]
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
    body: GetTokenV1Form,
) -> GetTokenV1Response | None:
    r"""Get an access token (Deprecated)

     This operation authenticates the calling application and retrieves the access token.

    Note: This operation is deprecated because it returns the access token in a non-standard response
    field \"token\". Use the endpoint with the resource path \"/rest/oauthTokenService/v2/token\", to
    get the access token in the \"access_token\" field according to the RFC 6749 - The OAuth 2.0
    Authorization Framework standard.

    Args:
        body (GetTokenV1Form):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetTokenV1Response
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetTokenV1Form,
) -> Response[GetTokenV1Response]:
    r"""Get an access token (Deprecated)

     This operation authenticates the calling application and retrieves the access token.

    Note: This operation is deprecated because it returns the access token in a non-standard response
    field \"token\". Use the endpoint with the resource path \"/rest/oauthTokenService/v2/token\", to
    get the access token in the \"access_token\" field according to the RFC 6749 - The OAuth 2.0
    Authorization Framework standard.

    Args:
        body (GetTokenV1Form):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetTokenV1Response]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GetTokenV1Form,
) -> GetTokenV1Response | None:
    r"""Get an access token (Deprecated)

     This operation authenticates the calling application and retrieves the access token.

    Note: This operation is deprecated because it returns the access token in a non-standard response
    field \"token\". Use the endpoint with the resource path \"/rest/oauthTokenService/v2/token\", to
    get the access token in the \"access_token\" field according to the RFC 6749 - The OAuth 2.0
    Authorization Framework standard.

    Args:
        body (GetTokenV1Form):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetTokenV1Response
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
