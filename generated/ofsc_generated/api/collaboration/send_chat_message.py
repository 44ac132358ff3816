from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.send_message_request import SendMessageRequest
from ...models.send_message_response import SendMessageResponse
from ...types import Response, json_loads


def _get_kwargs(
    chat_id: int,
    *,
    body: SendMessageRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/rest/ofscCollaboration/v1/chats/{chat_id}/messages".format(
            chat_id=quote(str(chat_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers.setdefault("Content-Type", "application/json")

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> SendMessageResponse | None:
    if response.status_code == 201:
        if not response.content:
            return None
        response_201 = SendMessageResponse.from_dict(json_loads(response.content))

        return response_201

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[SendMessageResponse]:
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
    body: SendMessageRequest,
) -> Response[SendMessageResponse]:
    """Send a message

     This operation sends a message to an existing chat.

    Args:
        chat_id (int): The unique identifier of the chat in Oracle Field Service.
        body (SendMessageRequest): The schema of the request body object for this operation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SendMessageResponse]
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
    body: SendMessageRequest,
) -> SendMessageResponse | None:
    """Send a message

     This operation sends a message to an existing chat.

    Args:
        chat_id (int): The unique identifier of the chat in Oracle Field Service.
        body (SendMessageRequest): The schema of the request body object for this operation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SendMessageResponse
    """

    return sync_detailed(
        chat_id=chat_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    chat_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: SendMessageRequest,
) -> Response[SendMessageResponse]:
    """Send a message

     This operation sends a message to an existing chat.

    Args:
        chat_id (int): The unique identifier of the chat in Oracle Field Service.
        body (SendMessageRequest): The schema of the request body object for this operation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SendMessageResponse]
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
    body: SendMessageRequest,
) -> SendMessageResponse | None:
    """Send a message

     This operation sends a message to an existing chat.

    Args:
        chat_id (int): The unique identifier of the chat in Oracle Field Service.
        body (SendMessageRequest): The schema of the request body object for this operation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SendMessageResponse
    """

    return (
        await asyncio_detailed(
            chat_id=chat_id,
            client=client,
            body=body,
        )
    ).parsed
