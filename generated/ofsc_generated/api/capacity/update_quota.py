from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.quota_patch_list import QuotaPatchList
from ...models.result_quota_object import ResultQuotaObject
from ...types import Response, json_loads


def _get_kwargs(
    *,
    body: QuotaPatchList,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/rest/ofscCapacity/v1/quota",
    }

    _kwargs["json"] = body.to_dict()

    headers.setdefault("Content-Type", "application/json")

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ResultQuotaObject | None:
    if response.status_code == 200:
        if not response.content:
            return None
        response_200 = ResultQuotaObject.from_dict(json_loads(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ResultQuotaObject]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: QuotaPatchList,
) -> Response[ResultQuotaObject]:
    """Create or update quota

     This operation creates a new quota or updates an existing quota.

    Args:
        body (QuotaPatchList): The collection of quota values.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ResultQuotaObject]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: QuotaPatchList,
) -> ResultQuotaObject | None:
    """Create or update quota

     This operation creates a new quota or updates an existing quota.

    Args:
        body (QuotaPatchList): The collection of quota values.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ResultQuotaObject
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: QuotaPatchList,
) -> Response[ResultQuotaObject]:
    """Create or update quota

     This operation creates a new quota or updates an existing quota.

    Args:
        body (QuotaPatchList): The collection of quota values.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ResultQuotaObject]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: QuotaPatchList,
) -> ResultQuotaObject | None:
    """Create or update quota

     This operation creates a new quota or updates an existing quota.

    Args:
        body (QuotaPatchList): The collection of quota values.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ResultQuotaObject
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
