from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.application_client_secret import ApplicationClientSecret
from ...types import Response, json_loads


def _get_kwargs(
    label: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/rest/ofscMetadata/v1/applications/{label}/custom-actions/generateClientSecret".format(
            label=quote(str(label), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApplicationClientSecret | None:
    if response.status_code == 200:
        if not response.content:
            return None
        response_200 = ApplicationClientSecret.from_dict(json_loads(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApplicationClientSecret]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    label: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ApplicationClientSecret]:
    """Generate client secret for applications

     This operation generates client secret of an application based on the specified API label and the
    application ID while creating the application.

    Args:
        label (str): The unique identifier of the application.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApplicationClientSecret]
    """

    kwargs = _get_kwargs(
        label=label,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    label: str,
    *,
    client: AuthenticatedClient | Client,
) -> ApplicationClientSecret | None:
    """Generate client secret for applications

     This operation generates client secret of an application based on the specified API label and the
    application ID while creating the application.

    Args:
        label (str): The unique identifier of the application.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApplicationClientSecret
    """

    return sync_detailed(
        label=label,
        client=client,
    ).parsed


async def asyncio_detailed(
    label: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ApplicationClientSecret]:
    """Generate client secret for applications

     This operation generates client secret of an application based on the specified API label and the
    application ID while creating the application.

    Args:
        label (str): The unique identifier of the application.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApplicationClientSecret]
    """

    kwargs = _get_kwargs(
        label=label,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    label: str,
    *,
    client: AuthenticatedClient | Client,
) -> ApplicationClientSecret | None:
    """Generate client secret for applications

     This operation generates client secret of an application based on the specified API label and the
    application ID while creating the application.

    Args:
        label (str): The unique identifier of the application.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApplicationClientSecret
    """

    return (
        await asyncio_detailed(
            label=label,
            client=client,
        )
    ).parsed
