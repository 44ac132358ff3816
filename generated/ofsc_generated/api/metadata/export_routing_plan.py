from http import HTTPStatus
from io import BytesIO
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import File, Response


def _get_kwargs(
    profile_label: str,
    plan_label: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rest/ofscMetadata/v1/routingProfiles/{profile_label}/plans/{plan_label}/custom-actions/export".format(
            profile_label=quote(str(profile_label), safe=""),
            plan_label=quote(str(plan_label), safe=""),
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
    profile_label: str,
    plan_label: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[File]:
    """Get a routing plan

     This operation retrieves the specified routing plan for the specified routing profile.

    Args:
        profile_label (str): The label of the routing profile.
        plan_label (str): The label of the routing plan.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File]
    """

    kwargs = _get_kwargs(
        profile_label=profile_label,
        plan_label=plan_label,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    profile_label: str,
    plan_label: str,
    *,
    client: AuthenticatedClient | Client,
) -> File | None:
    """Get a routing plan

     This operation retrieves the specified routing plan for the specified routing profile.

    Args:
        profile_label (str): The label of the routing profile.
        plan_label (str): The label of the routing plan.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File
    """

    return sync_detailed(
        profile_label=profile_label,
        plan_label=plan_label,
        client=client,
    ).parsed


async def asyncio_detailed(
    profile_label: str,
    plan_label: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[File]:
    """Get a routing plan

     This operation retrieves the specified routing plan for the specified routing profile.

    Args:
        profile_label (str): The label of the routing profile.
        plan_label (str): The label of the routing plan.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File]
    """

    kwargs = _get_kwargs(
        profile_label=profile_label,
        plan_label=plan_label,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    profile_label: str,
    plan_label: str,
    *,
    client: AuthenticatedClient | Client,
) -> File | None:
    """Get a routing plan

     This operation retrieves the specified routing plan for the specified routing profile.

    Args:
        profile_label (str): The label of the routing profile.
        plan_label (str): The label of the routing plan.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File
    """

    return (
        await asyncio_detailed(
            profile_label=profile_label,
            plan_label=plan_label,
            client=client,
        )
    ).parsed
