from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.daily_extract_date_files import DailyExtractDateFiles
from ...types import Response, json_loads


def _get_kwargs(
    daily_extract_date: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rest/ofscCore/v1/folders/dailyExtract/folders/{daily_extract_date}/files".format(
            daily_extract_date=quote(str(daily_extract_date), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DailyExtractDateFiles | None:
    if response.status_code == 200:
        if not response.content:
            return None
        response_200 = DailyExtractDateFiles.from_dict(json_loads(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DailyExtractDateFiles]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    daily_extract_date: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DailyExtractDateFiles]:
    """Get a list of daily extract files for a date

     This operation retrieves a list of daily extract files for the specified date.

    Note: The daily extract files are deleted after 90 days.

    Args:
        daily_extract_date (str): The date for which the daily extract files are downloaded.
            Specify the date in 'YYYY-MM-DD' format.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DailyExtractDateFiles]
    """

    kwargs = _get_kwargs(
        daily_extract_date=daily_extract_date,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    daily_extract_date: str,
    *,
    client: AuthenticatedClient | Client,
) -> DailyExtractDateFiles | None:
    """Get a list of daily extract files for a date

     This operation retrieves a list of daily extract files for the specified date.

    Note: The daily extract files are deleted after 90 days.

    Args:
        daily_extract_date (str): The date for which the daily extract files are downloaded.
            Specify the date in 'YYYY-MM-DD' format.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DailyExtractDateFiles
    """

    return sync_detailed(
        daily_extract_date=daily_extract_date,
        client=client,
    ).parsed


async def asyncio_detailed(
    daily_extract_date: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DailyExtractDateFiles]:
    """Get a list of daily extract files for a date

     This operation retrieves a list of daily extract files for the specified date.

    Note: The daily extract files are deleted after 90 days.

    Args:
        daily_extract_date (str): The date for which the daily extract files are downloaded.
            Specify the date in 'YYYY-MM-DD' format.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DailyExtractDateFiles]
    """

    kwargs = _get_kwargs(
        daily_extract_date=daily_extract_date,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    daily_extract_date: str,
    *,
    client: AuthenticatedClient | Client,
) -> DailyExtractDateFiles | None:
    """Get a list of daily extract files for a date

     This operation retrieves a list of daily extract files for the specified date.

    Note: The daily extract files are deleted after 90 days.

    Args:
        daily_extract_date (str): The date for which the daily extract files are downloaded.
            Specify the date in 'YYYY-MM-DD' format.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DailyExtractDateFiles
    """

    return (
        await asyncio_detailed(
            daily_extract_date=daily_extract_date,
            client=client,
        )
    ).parsed
