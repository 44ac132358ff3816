from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.catalog import Catalog
from ...types import UNSET, Response, Unset


def _get_kwargs(
    catalog: str,
    language: str,
    *,
    body: Catalog | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/rest/ofscPartsCatalog/v1/catalogs/{catalog}/{language}".format(
            catalog=quote(str(catalog), safe=""),
            language=quote(str(language), safe=""),
        ),
    }

    if not isinstance(body, Unset):
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
    catalog: str,
    language: str,
    *,
    client: AuthenticatedClient | Client,
    body: Catalog | Unset = UNSET,
) -> Response[Any]:
    """Create a catalog

     This operation creates a new catalog with the specified catalog label and the specified language.

    Args:
        catalog (str): The label of the catalog.
        language (str): The ISO language code (for example, 'en-US').

            Use the reserved word 'all' to make the catalog available for all users regardless of
            configured language.
        body (Catalog | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        catalog=catalog,
        language=language,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    catalog: str,
    language: str,
    *,
    client: AuthenticatedClient | Client,
    body: Catalog | Unset = UNSET,
) -> None:
    """Create a catalog

     This operation creates a new catalog with the specified catalog label and the specified language.

    Args:
        catalog (str): The label of the catalog.
        language (str): The ISO language code (for example, 'en-US').

            Use the reserved word 'all' to make the catalog available for all users regardless of
            configured language.
        body (Catalog | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None
    """

    sync_detailed(
        catalog=catalog,
        language=language,
        client=client,
        body=body,
    )


async def asyncio_detailed(
    catalog: str,
    language: str,
    *,
    client: AuthenticatedClient | Client,
    body: Catalog | Unset = UNSET,
) -> Response[Any]:
    """Create a catalog

     This operation creates a new catalog with the specified catalog label and the specified language.

    Args:
        catalog (str): The label of the catalog.
        language (str): The ISO language code (for example, 'en-US').

            Use the reserved word 'all' to make the catalog available for all users regardless of
            configured language.
        body (Catalog | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        catalog=catalog,
        language=language,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    catalog: str,
    language: str,
    *,
    client: AuthenticatedClient | Client,
    body: Catalog | Unset = UNSET,
) -> None:
    """Create a catalog

     This operation creates a new catalog with the specified catalog label and the specified language.

    Args:
        catalog (str): The label of the catalog.
        language (str): The ISO language code (for example, 'en-US').

            Use the reserved word 'all' to make the catalog available for all users regardless of
            configured language.
        body (Catalog | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None
    """

    await asyncio_detailed(
        catalog=catalog,
        language=language,
        client=client,
        body=body,
    )
