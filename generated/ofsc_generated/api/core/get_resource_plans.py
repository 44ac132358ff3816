from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.plans import Plans
from ...types import UNSET, Response, json_loads


def _get_kwargs(
    resource_id: str,
    *,
    date_from: str,
    date_to: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["dateFrom"] = date_from

    params["dateTo"] = date_to

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rest/ofscCore/v1/resources/{resource_id}/plans".format(
            resource_id=quote(str(resource_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Plans | None:
    if response.status_code == 200:
        if not response.content:
            return None
        response_200 = Plans.from_dict(json_loads(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Plans]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    resource_id: str,
    *,
    client: AuthenticatedClient | Client,
    date_from: str,
    date_to: str,
) -> Response[Plans]:
    """Get work plans for a resource

     This operation retrieves the list of work plans assigned to the specified group resource.

    A field manager can use work plans in the Oracle Field Service Mobility application to measure the
    planned amount of working time of a group resource for a particular day.

    Args:
        resource_id (str): The unique identifier of the resource in Oracle Field Service. This
            maps to the resource field 'external_id' and is not necessarily set for all resources. The
            resources without this parameter are not visible to the operation.
        date_from (str): The work plans assigned to the resource from the specified date are
            retrieved. Specify the date in YYYY-MM-DD format.
        date_to (str): The work plans assigned to the resource till the specified date are
            retrieved. Specify the date in YYYY-MM-DD format.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Plans]
    """

    kwargs = _get_kwargs(
        resource_id=resource_id,
        date_from=date_from,
        date_to=date_to,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    resource_id: str,
    *,
    client: AuthenticatedClient | Client,
    date_from: str,
    date_to: str,
) -> Plans | None:
    """Get work plans for a resource

     This operation retrieves the list of work plans assigned to the specified group resource.

    A field manager can use work plans in the Oracle Field Service Mobility application to measure the
    planned amount of working time of a group resource for a particular day.

    Args:
        resource_id (str): The unique identifier of the resource in Oracle Field Service. This
            maps to the resource field 'external_id' and is not necessarily set for all resources. The
            resources without this parameter are not visible to the operation.
        date_from (str): The work plans assigned to the resource from the specified date are
            retrieved. Specify the date in YYYY-MM-DD format.
        date_to (str): The work plans assigned to the resource till the specified date are
            retrieved. Specify the date in YYYY-MM-DD format.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Plans
    """

    return sync_detailed(
        resource_id=resource_id,
        client=client,
        date_from=date_from,
        date_to=date_to,
    ).parsed


async def asyncio_detailed(
    resource_id: str,
    *,
    client: AuthenticatedClient | Client,
    date_from: str,
    date_to: str,
) -> Response[Plans]:
    """Get work plans for a resource

     This operation retrieves the list of work plans assigned to the specified group resource.

    A field manager can use work plans in the Oracle Field Service Mobility application to measure the
    planned amount of working time of a group resource for a particular day.

    Args:
        resource_id (str): The unique identifier of the resource in Oracle Field Service. This
            maps to the resource field 'external_id' and is not necessarily set for all resources. The
            resources without this parameter are not visible to the operation.
        date_from (str): The work plans assigned to the resource from the specified date are
            retrieved. Specify the date in YYYY-MM-DD format.
        date_to (str): The work plans assigned to the resource till the specified date are
            retrieved. Specify the date in YYYY-MM-DD format.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Plans]
    """

    kwargs = _get_kwargs(
        resource_id=resource_id,
        date_from=date_from,
        date_to=date_to,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    resource_id: str,
    *,
    client: AuthenticatedClient | Client,
    date_from: str,
    date_to: str,
) -> Plans | None:
    """Get work plans for a resource

     This operation retrieves the list of work plans assigned to the specified group resource.

    A field manager can use work plans in the Oracle Field Service Mobility application to measure the
    planned amount of working time of a group resource for a particular day.

    Args:
        resource_id (str): The unique identifier of the resource in Oracle Field Service. This
            maps to the resource field 'external_id' and is not necessarily set for all resources. The
            resources without this parameter are not visible to the operation.
        date_from (str): The work plans assigned to the resource from the specified date are
            retrieved. Specify the date in YYYY-MM-DD format.
        date_to (str): The work plans assigned to the resource till the specified date are
            retrieved. Specify the date in YYYY-MM-DD format.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Plans
    """

    return (
        await asyncio_detailed(
            resource_id=resource_id,
            client=client,
            date_from=date_from,
            date_to=date_to,
        )
    ).parsed
