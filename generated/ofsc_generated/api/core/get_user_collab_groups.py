from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.collaboration_groups import CollaborationGroups
from ...types import Response, json_loads


def _get_kwargs(
    login: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rest/ofscCore/v1/users/{login}/collaborationGroups".format(
            login=quote(str(login), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CollaborationGroups | None:
    if response.status_code == 200:
        if not response.content:
            return None
        response_200 = CollaborationGroups.from_dict(json_loads(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[CollaborationGroups]:
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
) -> Response[CollaborationGroups]:
    """Get collaboration groups

     This operation retrieves a list of collaboration groups associated with the specified user.

    Args:
        login (str): The unique identifier of the user account in Oracle Field Service.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CollaborationGroups]
    """

    kwargs = _get_kwargs(
        login=login,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    login: str,
    *,
    client: AuthenticatedClient | Client,
) -> CollaborationGroups | None:
    """Get collaboration groups

     This operation retrieves a list of collaboration groups associated with the specified user.

    Args:
        login (str): The unique identifier of the user account in Oracle Field Service.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CollaborationGroups
    """

    return sync_detailed(
        login=login,
        client=client,
    ).parsed


async def asyncio_detailed(
    login: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CollaborationGroups]:
    """Get collaboration groups

     This operation retrieves a list of collaboration groups associated with the specified user.

    Args:
        login (str): The unique identifier of the user account in Oracle Field Service.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CollaborationGroups]
    """

    kwargs = _get_kwargs(
        login=login,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    login: str,
    *,
    client: AuthenticatedClient | Client,
) -> CollaborationGroups | None:
    """Get collaboration groups

     This operation retrieves a list of collaboration groups associated with the specified user.

    Args:
        login (str): The unique identifier of the user account in Oracle Field Service.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CollaborationGroups
    """

    return (
        await asyncio_detailed(
            login=login,
            client=client,
        )
    ).parsed
