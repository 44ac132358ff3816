from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.invite_chat_request import InviteChatRequest
from ...types import Response


def _get_kwargs(
    chat_id: int,
    *,
    body: InviteChatRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/rest/ofscCollaboration/v1/chats/{chat_id}/participants/invite".format(
            chat_id=quote(str(chat_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers.setdefault("Content-Type", "application/json")

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | None:
    if response.status_code == 204:
        return None

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any]:
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
    body: InviteChatRequest,
) -> Response[Any]:
    """Invite a participant

     This operation invites a participant to an existing chat. The users can initiate a conference chat
    by inviting more users to an existing chat.

    Args:
        chat_id (int): The unique identifier of the chat in Oracle Field Service.
        body (InviteChatRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        chat_id=chat_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    chat_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: InviteChatRequest,
) -> None:
    """Invite a participant

     This operation invites a participant to an existing chat. The users can initiate a conference chat
    by inviting more users to an existing chat.

    Args:
        chat_id (int): The unique identifier of the chat in Oracle Field Service.
        body (InviteChatRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None
    """

    sync_detailed(
        chat_id=chat_id,
        client=client,
        body=body,
    )


async def asyncio_detailed(
    chat_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: InviteChatRequest,
) -> Response[Any]:
    """Invite a participant

     This operation invites a participant to an existing chat. The users can initiate a conference chat
    by inviting more users to an existing chat.

    Args:
        chat_id (int): The unique identifier of the chat in Oracle Field Service.
        body (InviteChatRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        chat_id=chat_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    chat_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: InviteChatRequest,
) -> None:
    """Invite a participant

     This operation invites a participant to an existing chat. The users can initiate a conference chat
    by inviting more users to an existing chat.

    Args:
        chat_id (int): The unique identifier of the chat in Oracle Field Service.
        body (InviteChatRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None
    """

    await asyncio_detailed(
        chat_id=chat_id,
        client=client,
        body=body,
    )
