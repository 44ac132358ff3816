from http import HTTPStatus
from io import BytesIO
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import File, Response


def _get_kwargs(
    daily_extract_date: str,
    daily_extract_filename: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rest/ofscCore/v1/folders/dailyExtract/folders/{daily_extract_date}/files/{daily_extract_filename}".format(
            daily_extract_date=quote(str(daily_extract_date), safe=""),
            daily_extract_filename=quote(str(daily_extract_filename), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> File | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[File]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    daily_extract_date: str,
    daily_extract_filename: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[File]:
    """Get a daily extract file

     This operation retrieves a daily extract file for the specified date.

    The daily extract file is a binary file with archived table content.

    Note:The daily extract files are deleted after 90 days.

    Args:
        daily_extract_date (str): The date for which the daily extract file is downloaded. Specify
            the date in YYYY-MM-DD format.
        daily_extract_filename (str): The name of the daily extract file.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File]
    """

    kwargs = _get_kwargs(
        daily_extract_date=daily_extract_date,
        daily_extract_filename=daily_extract_filename,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    daily_extract_date: str,
    daily_extract_filename: str,
    *,
    client: AuthenticatedClient | Client,
) -> File | None:
    """Get a daily extract file

     This operation retrieves a daily extract file for the specified date.

    The daily extract file is a binary file with archived table content.

    Note:The daily extract files are deleted after 90 days.

    Args:
        daily_extract_date (str): The date for which the daily extract file is downloaded. Specify
            the date in YYYY-MM-DD format.
        daily_extract_filename (str): The name of the daily extract file.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File
    """

    return sync_detailed(
        daily_extract_date=daily_extract_date,
        daily_extract_filename=daily_extract_filename,
        client=client,
    ).parsed


async def asyncio_detailed(
    daily_extract_date: str,
    daily_extract_filename: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[File]:
    """Get a daily extract file

     This operation retrieves a daily extract file for the specified date.

    The daily extract file is a binary file with archived table content.

    Note:The daily extract files are deleted after 90 days.

    Args:
        daily_extract_date (str): The date for which the daily extract file is downloaded. Specify
            the date in YYYY-MM-DD format.
        daily_extract_filename (str): The name of the daily extract file.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File]
    """

    kwargs = _get_kwargs(
        daily_extract_date=daily_extract_date,
        daily_extract_filename=daily_extract_filename,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    daily_extract_date: str,
    daily_extract_filename: str,
    *,
    client: AuthenticatedClient | Client,
) -> File | None:
    """Get a daily extract file

     This operation retrieves a daily extract file for the specified date.

    The daily extract file is a binary file with archived table content.

    Note:The daily extract files are deleted after 90 days.

    Args:
        daily_extract_date (str): The date for which the daily extract file is downloaded. Specify
            the date in YYYY-MM-DD format.
        daily_extract_filename (str): The name of the daily extract file.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File
    """

    return (
        await asyncio_detailed(
            daily_extract_date=daily_extract_date,
            daily_extract_filename=daily_extract_filename,
            client=client,
        )
    ).parsed
