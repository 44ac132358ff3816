from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.user_request import UserRequest
from ...models.user_response import UserResponse
from ...types import UNSET, Response, Unset, json_loads


def _get_kwargs(
    login: str,
    *,
    body: UserRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/rest/ofscCore/v1/users/{login}".format(
            login=quote(str(login), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers.setdefault("Content-Type", "application/json")

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> UserResponse | None:
    if response.status_code == 200:
        if not response.content:
            return None
        response_200 = UserResponse.from_dict(json_loads(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[UserResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    login: str,
    *,
    client: AuthenticatedClient | Client,
    body: UserRequest | Unset = UNSET,
) -> Response[UserResponse]:
    """Create a user

     This operation creates a new user record or replaces an existing record. If a user with the
    specified login does not exist, then a new user record is created. If a user already exists, then
    the existing user properties are replaced with the properties specified in the request.

    Consider the following conditions while creating a new user:

    - The user login has to be unique.
    - The user has to be assigned to one or more resources.
    - The other required fields such as 'name', 'userType', 'language', and 'timeZone' must be set.

    Args:
        login (str): The unique identifier of the user account in Oracle Field Service.
        body (UserRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UserResponse]
    """

    kwargs = _get_kwargs(
        login=login,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    login: str,
    *,
    client: AuthenticatedClient | Client,
    body: UserRequest | Unset = UNSET,
) -> UserResponse | None:
    """Create a user

     This operation creates a new user record or replaces an existing record. If a user with the
    specified login does not exist, then a new user record is created. If a user already exists, then
    the existing user properties are replaced with the properties specified in the request.

    Consider the following conditions while creating a new user:

    - The user login has to be unique.
    - The user has to be assigned to one or more resources.
    - The other required fields such as 'name', 'userType', 'language', and 'timeZone' must be set.

    Args:
        login (str): The unique identifier of the user account in Oracle Field Service.
        body (UserRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UserResponse
    """

    return sync_detailed(
        login=login,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    login: str,
    *,
    client: AuthenticatedClient | Client,
    body: UserRequest | Unset = UNSET,
) -> Response[UserResponse]:
    """Create a user

     This operation creates a new user record or replaces an existing record. If a user with the
    specified login does not exist, then a new user record is created. If a user already exists, then
    the existing user properties are replaced with the properties specified in the request.

    Consider the following conditions while creating a new user:

    - The user login has to be unique.
    - The user has to be assigned to one or more resources.
    - The other required fields such as 'name', 'userType', 'language', and 'timeZone' must be set.

    Args:
        login (str): The unique identifier of the user account in Oracle Field Service.
        body (UserRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UserResponse]
    """

    kwargs = _get_kwargs(
        login=login,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    login: str,
    *,
    client: AuthenticatedClient | Client,
    body: UserRequest | Unset = UNSET,
) -> UserResponse | None:
    """Create a user

     This operation creates a new user record or replaces an existing record. If a user with the
    specified login does not exist, then a new user record is created. If a user already exists, then
    the existing user properties are replaced with the properties specified in the request.

    Consider the following conditions while creating a new user:

    - The user login has to be unique.
    - The user has to be assigned to one or more resources.
    - The other required fields such as 'name', 'userType', 'language', and 'timeZone' must be set.

    Args:
        login (str): The unique identifier of the user account in Oracle Field Service.
        body (UserRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UserResponse
    """

    return (
        await asyncio_detailed(
            login=login,
            client=client,
            body=body,
        )
    ).parsed
