from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import Response


def _get_kwargs(
    catalog: str,
    language: str,
    item_label: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/rest/ofscPartsCatalog/v1/catalogs/{catalog}/{language}/{item_label}".format(
            catalog=quote(str(catalog), safe=""),
            language=quote(str(language), safe=""),
            item_label=quote(str(item_label), safe=""),
        ),
    }

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
    item_label: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any]:
    """Remove a catalog item

     This operation deletes a catalog item with the specified catalog label, specified language, and the
    specified item label.

    The Parts Catalog service is modified to manage the updates internally so that it does not cause
    constant catalog redistribution to the technician devices. All the incremental updates to the
    catalog are collected and applied after a certain period of time, which could take up to 4 hours.

    Args:
        catalog (str): The label of the catalog.
        language (str): The ISO language code (for example, 'en-US').

            Use the reserved word 'all' to make the catalog available for all users regardless of
            configured language.
        item_label (str): The label of the catalog item.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        catalog=catalog,
        language=language,
        item_label=item_label,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    catalog: str,
    language: str,
    item_label: str,
    *,
    client: AuthenticatedClient | Client,
) -> None:
    """Remove a catalog item

     This operation deletes a catalog item with the specified catalog label, specified language, and the
    specified item label.

    The Parts Catalog service is modified to manage the updates internally so that it does not cause
    constant catalog redistribution to the technician devices. All the incremental updates to the
    catalog are collected and applied after a certain period of time, which could take up to 4 hours.

    Args:
        catalog (str): The label of the catalog.
        language (str): The ISO language code (for example, 'en-US').

            Use the reserved word 'all' to make the catalog available for all users regardless of
            configured language.
        item_label (str): The label of the catalog item.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None
    """

    sync_detailed(
        catalog=catalog,
        language=language,
        item_label=item_label,
        client=client,
    )


async def asyncio_detailed(
    catalog: str,
    language: str,
    item_label: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any]:
    """Remove a catalog item

     This operation deletes a catalog item with the specified catalog label, specified language, and the
    specified item label.

    The Parts Catalog service is modified to manage the updates internally so that it does not cause
    constant catalog redistribution to the technician devices. All the incremental updates to the
    catalog are collected and applied after a certain period of time, which could take up to 4 hours.

    Args:
        catalog (str): The label of the catalog.
        language (str): The ISO language code (for example, 'en-US').

            Use the reserved word 'all' to make the catalog available for all users regardless of
            configured language.
        item_label (str): The label of the catalog item.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        catalog=catalog,
        language=language,
        item_label=item_label,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    catalog: str,
    language: str,
    item_label: str,
    *,
    client: AuthenticatedClient | Client,
) -> None:
    """Remove a catalog item

     This operation deletes a catalog item with the specified catalog label, specified language, and the
    specified item label.

    The Parts Catalog service is modified to manage the updates internally so that it does not cause
    constant catalog redistribution to the technician devices. All the incremental updates to the
    catalog are collected and applied after a certain period of time, which could take up to 4 hours.

    Args:
        catalog (str): The label of the catalog.
        language (str): The ISO language code (for example, 'en-US').

            Use the reserved word 'all' to make the catalog available for all users regardless of
            configured language.
        item_label (str): The label of the catalog item.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None
    """

    await asyncio_detailed(
        catalog=catalog,
        language=language,
        item_label=item_label,
        client=client,
    )
