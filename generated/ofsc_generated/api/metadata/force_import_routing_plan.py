from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.force_import_routing_plan_response import ForceImportRoutingPlanResponse
from ...types import File, Response, json_loads


def _get_kwargs(
    profile_label: str,
    *,
    body: File,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/rest/ofscMetadata/v1/routingProfiles/{profile_label}/plans/custom-actions/forceImport".format(
            profile_label=quote(str(profile_label), safe=""),
        ),
    }

    _kwargs["content"] = body.payload
    headers.setdefault("Content-Type", "application/octet-stream")

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ForceImportRoutingPlanResponse | None:
    if response.status_code == 200:
        if not response.content:
            return None
        response_200 = ForceImportRoutingPlanResponse.from_dict(json_loads(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ForceImportRoutingPlanResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    profile_label: str,
    *,
    client: AuthenticatedClient | Client,
    body: File,
) -> Response[ForceImportRoutingPlanResponse]:
    """Force add a routing plan

     This operation creates the routing plan for the specified routing profile. In the case when Routing
    Plan with provided label already exists, it will be overwritten.

    Args:
        profile_label (str): The label of the routing profile.
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ForceImportRoutingPlanResponse]
    """

    kwargs = _get_kwargs(
        profile_label=profile_label,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    profile_label: str,
    *,
    client: AuthenticatedClient | Client,
    body: File,
) -> ForceImportRoutingPlanResponse | None:
    """Force add a routing plan

     This operation creates the routing plan for the specified routing profile. In the case when Routing
    Plan with provided label already exists, it will be overwritten.

    Args:
        profile_label (str): The label of the routing profile.
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ForceImportRoutingPlanResponse
    """

    return sync_detailed(
        profile_label=profile_label,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    profile_label: str,
    *,
    client: AuthenticatedClient | Client,
    body: File,
) -> Response[ForceImportRoutingPlanResponse]:
    """Force add a routing plan

     This operation creates the routing plan for the specified routing profile. In the case when Routing
    Plan with provided label already exists, it will be overwritten.

    Args:
        profile_label (str): The label of the routing profile.
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ForceImportRoutingPlanResponse]
    """

    kwargs = _get_kwargs(
        profile_label=profile_label,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    profile_label: str,
    *,
    client: AuthenticatedClient | Client,
    body: File,
) -> ForceImportRoutingPlanResponse | None:
    """Force add a routing plan

     This operation creates the routing plan for the specified routing profile. In the case when Routing
    Plan with provided label already exists, it will be overwritten.

    Args:
        profile_label (str): The label of the routing profile.
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ForceImportRoutingPlanResponse
    """

    return (
        await asyncio_detailed(
            profile_label=profile_label,
            client=client,
            body=body,
        )
    ).parsed
