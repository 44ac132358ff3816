from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.participant_list import ParticipantList
from ...types import UNSET, Response, Unset, json_loads


def _get_kwargs(
    chat_id: int,
    *,
    limit: int | Unset = 10,
    offset: int | Unset = 0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rest/ofscCollaboration/v1/chats/{chat_id}/participants".format(
            chat_id=quote(str(chat_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ParticipantList | None:
    if response.status_code == 200:
        if not response.content:
            return None
        response_200 = ParticipantList.from_dict(json_loads(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ParticipantList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    chat_id: int,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 10,
    offset: int | Unset = 0,
) -> Response[ParticipantList]:
    """Get participants

     This operation retrieves the participants of an existing chat. A maximum of 100 participants are
    retrieved in a single call.

    Args:
        chat_id (int): The unique identifier of the chat in Oracle Field Service.
        limit (int | Unset): The number of items to be retrieved. Default: 10.
        offset (int | Unset): The index from which the items are retrieved. Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ParticipantList]
    """

    kwargs = _get_kwargs(
        chat_id=chat_id,
        limit=limit,
        offset=offset,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    chat_id: int,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 10,
    offset: int | Unset = 0,
) -> ParticipantList | None:
    """Get participants

     This operation retrieves the participants of an existing chat. A maximum of 100 participants are
    retrieved in a single call.

    Args:
        chat_id (int): The unique identifier of the chat in Oracle Field Service.
        limit (int | Unset): The number of items to be retrieved. Default: 10.
        offset (int | Unset): The index from which the items are retrieved. Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ParticipantList
    """

    return sync_detailed(
        chat_id=chat_id,
        client=client,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    chat_id: int,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 10,
    offset: int | Unset = 0,
) -> Response[ParticipantList]:
    """Get participants

     This operation retrieves the participants of an existing chat. A maximum of 100 participants are
    retrieved in a single call.

    Args:
        chat_id (int): The unique identifier of the chat in Oracle Field Service.
        limit (int | Unset): The number of items to be retrieved. Default: 10.
        offset (int | Unset): The index from which the items are retrieved. Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ParticipantList]
    """

    kwargs = _get_kwargs(
        chat_id=chat_id,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    chat_id: int,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 10,
    offset: int | Unset = 0,
) -> ParticipantList | None:
    """Get participants

     This operation retrieves the participants of an existing chat. A maximum of 100 participants are
    retrieved in a single call.

    Args:
        chat_id (int): The unique identifier of the chat in Oracle Field Service.
        limit (int | Unset): The number of items to be retrieved. Default: 10.
        offset (int | Unset): The index from which the items are retrieved. Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ParticipantList
    """

    return (
        await asyncio_detailed(
            chat_id=chat_id,
            client=client,
            limit=limit,
            offset=offset,
        )
    ).parsed
