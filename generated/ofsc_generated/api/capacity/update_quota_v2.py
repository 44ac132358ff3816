from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.v2_patch_quota import V2PatchQuota
from ...models.v2_patch_quota_result import V2PatchQuotaResult
from ...types import Response, json_loads


def _get_kwargs(
    *,
    body: V2PatchQuota,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/rest/ofscCapacity/v2/quota",
    }

    _kwargs["json"] = body.to_dict()

    headers.setdefault("Content-Type", "application/json")

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> V2PatchQuotaResult | None:
    if response.status_code == 200:
        if not response.content:
            return None
        response_200 = V2PatchQuotaResult.from_dict(json_loads(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[V2PatchQuotaResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: V2PatchQuota,
) -> Response[V2PatchQuotaResult]:
    """Create or update quota

     The function allows to modify the quota information for set of days on different quota levels -
    Capacity Areas, Capacity Categories, Time slots or Intervals. The quota values can be retreived from
    various levels accordingly to the quota type configuration of each particular Capacity Area.

    Args:
        body (V2PatchQuota): Array of objects with quota information for each date that should be
            updated

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[V2PatchQuotaResult]
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
    body: V2PatchQuota,
) -> V2PatchQuotaResult | None:
    """Create or update quota

     The function allows to modify the quota information for set of days on different quota levels -
    Capacity Areas, Capacity Categories, Time slots or Intervals. The quota values can be retreived from
    various levels accordingly to the quota type configuration of each particular Capacity Area.

    Args:
        body (V2PatchQuota): Array of objects with quota information for each date that should be
            updated

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        V2PatchQuotaResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: V2PatchQuota,
) -> Response[V2PatchQuotaResult]:
    """Create or update quota

     The function allows to modify the quota information for set of days on different quota levels -
    Capacity Areas, Capacity Categories, Time slots or Intervals. The quota values can be retreived from
    various levels accordingly to the quota type configuration of each particular Capacity Area.

    Args:
        body (V2PatchQuota): Array of objects with quota information for each date that should be
            updated

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[V2PatchQuotaResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: V2PatchQuota,
) -> V2PatchQuotaResult | None:
    """Create or update quota

     The function allows to modify the quota information for set of days on different quota levels -
    Capacity Areas, Capacity Categories, Time slots or Intervals. The quota values can be retreived from
    various levels accordingly to the quota type configuration of each particular Capacity Area.

    Args:
        body (V2PatchQuota): Array of objects with quota information for each date that should be
            updated

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        V2PatchQuotaResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
