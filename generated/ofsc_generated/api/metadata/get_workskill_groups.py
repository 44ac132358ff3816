from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.work_skill_groups import WorkSkillGroups
from ...types import UNSET, Response, Unset, json_loads


def _get_kwargs(
    *,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["offset"] = offset

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rest/ofscMetadata/v1/workSkillGroups",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> WorkSkillGroups | None:
    if response.status_code == 200:
        if not response.content:
            return None
        response_200 = WorkSkillGroups.from_dict(json_loads(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[WorkSkillGroups]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[WorkSkillGroups]:
    """Get work skill groups

     This operation retrieves a collection of work skill groups.

    The response contains the translations of the work skill group name in the user's language in the
    translation structure and in the entity fields.

    Args:
        offset (int | Unset): The number of work skill groups to be skipped from the start of the
            collection in the response. If no value is specified, then it defaults to zero. The value
            zero indicates that the retrieval will start from the beginning of the collection.
        limit (int | Unset): The number of work skill groups to be returned in the response. The
            minimum value that can be specified is 1. The maximum value that can be specified is 100.
            If no value or a value greater than 100 is specified, then it defaults to 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[WorkSkillGroups]
    """

    kwargs = _get_kwargs(
        offset=offset,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> WorkSkillGroups | None:
    """Get work skill groups

     This operation retrieves a collection of work skill groups.

    The response contains the translations of the work skill group name in the user's language in the
    translation structure and in the entity fields.

    Args:
        offset (int | Unset): The number of work skill groups to be skipped from the start of the
            collection in the response. If no value is specified, then it defaults to zero. The value
            zero indicates that the retrieval will start from the beginning of the collection.
        limit (int | Unset): The number of work skill groups to be returned in the response. The
            minimum value that can be specified is 1. The maximum value that can be specified is 100.
            If no value or a value greater than 100 is specified, then it defaults to 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        WorkSkillGroups
    """

    return sync_detailed(
        client=client,
        offset=offset,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[WorkSkillGroups]:
    """Get work skill groups

     This operation retrieves a collection of work skill groups.

    The response contains the translations of the work skill group name in the user's language in the
    translation structure and in the entity fields.

    Args:
        offset (int | Unset): The number of work skill groups to be skipped from the start of the
            collection in the response. If no value is specified, then it defaults to zero. The value
            zero indicates that the retrieval will start from the beginning of the collection.
        limit (int | Unset): The number of work skill groups to be returned in the response. The
            minimum value that can be specified is 1. The maximum value that can be specified is 100.
            If no value or a value greater than 100 is specified, then it defaults to 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[WorkSkillGroups]
    """

    kwargs = _get_kwargs(
        offset=offset,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> WorkSkillGroups | None:
    """Get work skill groups

     This operation retrieves a collection of work skill groups.

    The response contains the translations of the work skill group name in the user's language in the
    translation structure and in the entity fields.

    Args:
        offset (int | Unset): The number of work skill groups to be skipped from the start of the
            collection in the response. If no value is specified, then it defaults to zero. The value
            zero indicates that the retrieval will start from the beginning of the collection.
        limit (int | Unset): The number of work skill groups to be returned in the response. The
            minimum value that can be specified is 1. The maximum value that can be specified is 100.
            If no value or a value greater than 100 is specified, then it defaults to 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        WorkSkillGroups
    """

    return (
        await asyncio_detailed(
            client=client,
            offset=offset,
            limit=limit,
        )
    ).parsed
