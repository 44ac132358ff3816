from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.start_routing_plan_response import StartRoutingPlanResponse
from ...types import Response, json_loads


def _get_kwargs(
    profile_label: str,
    plan_label: str,
    resource_external_id: str,
    date: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/rest/ofscMetadata/v1/routingProfiles/{profile_label}/plans/{plan_label}/{resource_external_id}/{date}/custom-actions/start".format(
            profile_label=quote(str(profile_label), safe=""),
            plan_label=quote(str(plan_label), safe=""),
            resource_external_id=quote(str(resource_external_id), safe=""),
            date=quote(str(date), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> StartRoutingPlanResponse | None:
    if response.status_code == 200:
        if not response.content:
            return None
        response_200 = StartRoutingPlanResponse.from_dict(json_loads(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[StartRoutingPlanResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    profile_label: str,
    plan_label: str,
    resource_external_id: str,
    date: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[StartRoutingPlanResponse]:
    """Start routing plan

     This operation starts the routing plan.

    Args:
        profile_label (str): The label of the routing profile.
        plan_label (str): The label of the routing plan.
        resource_external_id (str): The external ID of the bucket.
        date (str): Date to start routing profile for. Specify the date in YYYY-MM-DD format.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[StartRoutingPlanResponse]
    """

    kwargs = _get_kwargs(
        profile_label=profile_label,
        plan_label=plan_label,
        resource_external_id=resource_external_id,
        date=date,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    profile_label: str,
    plan_label: str,
    resource_external_id: str,
    date: str,
    *,
    client: AuthenticatedClient | Client,
) -> StartRoutingPlanResponse | None:
    """Start routing plan

     This operation starts the routing plan.

    Args:
        profile_label (str): The label of the routing profile.
        plan_label (str): The label of the routing plan.
        resource_external_id (str): The external ID of the bucket.
        date (str): Date to start routing profile for. Specify the date in YYYY-MM-DD format.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        StartRoutingPlanResponse
    """

    return sync_detailed(
        profile_label=profile_label,
        plan_label=plan_label,
        resource_external_id=resource_external_id,
        date=date,
        client=client,
    ).parsed


async def asyncio_detailed(
    profile_label: str,
    plan_label: str,
    resource_external_id: str,
    date: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[StartRoutingPlanResponse]:
    """Start routing plan

     This operation starts the routing plan.

    Args:
        profile_label (str): The label of the routing profile.
        plan_label (str): The label of the routing plan.
        resource_external_id (str): The external ID of the bucket.
        date (str): Date to start routing profile for. Specify the date in YYYY-MM-DD format.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[StartRoutingPlanResponse]
    """

    kwargs = _get_kwargs(
        profile_label=profile_label,
        plan_label=plan_label,
        resource_external_id=resource_external_id,
        date=date,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    profile_label: str,
    plan_label: str,
    resource_external_id: str,
    date: str,
    *,
    client: AuthenticatedClient | Client,
) -> StartRoutingPlanResponse | None:
    """Start routing plan

     This operation starts the routing plan.

    Args:
        profile_label (str): The label of the routing profile.
        plan_label (str): The label of the routing plan.
        resource_external_id (str): The external ID of the bucket.
        date (str): Date to start routing profile for. Specify the date in YYYY-MM-DD format.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        StartRoutingPlanResponse
    """

    return (
        await asyncio_detailed(
            profile_label=profile_label,
            plan_label=plan_label,
            resource_external_id=resource_external_id,
            date=date,
            client=client,
        )
    ).parsed
