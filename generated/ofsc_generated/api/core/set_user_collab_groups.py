from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.collaboration_groups import CollaborationGroups
from ...types import UNSET, Response, Unset, json_loads


def _get_kwargs(
    login: str,
    *,
    body: CollaborationGroups | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/rest/ofscCore/v1/users/{login}/collaborationGroups".format(
            login=quote(str(login), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers.setdefault("Content-Type", "application/json")

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CollaborationGroups | None:
    if response.status_code == 201:
        if not response.content:
            return None
        response_201 = CollaborationGroups.from_dict(json_loads(response.content))

        return response_201

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
    body: CollaborationGroups | Unset = UNSET,
) -> Response[CollaborationGroups]:
    """Add collaboration groups

     This operation creates collaboration groups for the specified user.

    Args:
        login (str): The unique identifier of the user account in Oracle Field Service.
        body (CollaborationGroups | Unset): The collaboration groups assigned to the user.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CollaborationGroups]
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
    body: CollaborationGroups | Unset = UNSET,
) -> CollaborationGroups | None:
    """Add collaboration groups

     This operation creates collaboration groups for the specified user.

    Args:
        login (str): The unique identifier of the user account in Oracle Field Service.
        body (CollaborationGroups | Unset): The collaboration groups assigned to the user.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CollaborationGroups
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
    body: CollaborationGroups | Unset = UNSET,
) -> Response[CollaborationGroups]:
    """Add collaboration groups

     This operation creates collaboration groups for the specified user.

    Args:
        login (str): The unique identifier of the user account in Oracle Field Service.
        body (CollaborationGroups | Unset): The collaboration groups assigned to the user.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CollaborationGroups]
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
    body: CollaborationGroups | Unset = UNSET,
) -> CollaborationGroups | None:
    """Add collaboration groups

     This operation creates collaboration groups for the specified user.

    Args:
        login (str): The unique identifier of the user account in Oracle Field Service.
        body (CollaborationGroups | Unset): The collaboration groups assigned to the user.

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
            body=body,
        )
    ).parsed
