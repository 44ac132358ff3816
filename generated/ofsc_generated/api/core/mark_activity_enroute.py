from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.activity import Activity
from ...types import Response, json_loads


def _get_kwargs(
    activity_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/rest/ofscCore/v1/activities/{activity_id}/custom-actions/enroute".format(
            activity_id=quote(str(activity_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Activity | None:
    if response.status_code == 200:
        if not response.content:
            return None
        response_200 = Activity.from_dict(json_loads(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Activity]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    activity_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Activity]:
    r"""Update the activity status to enroute

     This operation updates the status of the specified activity to 'enroute'. The operation is
    successful only if the following conditions are met:

    - The En route Support option is enabled in Business rules.
    - The Calculate travel feature is selected for the activity type.
    - The activity is the first activity in the route.
    - The activity is pending, ordered and the route is activated.

    Note: when activity status is changed to 'en-route', the activity ETA will be set as \"now\" plus
    estimation for the travel time. This may cause that it may become earlier then the SLA start or
    service window start, or it could become out of the access hours for the activity.

    Args:
        activity_id (int): The unique identifier of the activity in Oracle Field Service.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Activity]
    """

    kwargs = _get_kwargs(
        activity_id=activity_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    activity_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Activity | None:
    r"""Update the activity status to enroute

     This operation updates the status of the specified activity to 'enroute'. The operation is
    successful only if the following conditions are met:

    - The En route Support option is enabled in Business rules.
    - The Calculate travel feature is selected for the activity type.
    - The activity is the first activity in the route.
    - The activity is pending, ordered and the route is activated.

    Note: when activity status is changed to 'en-route', the activity ETA will be set as \"now\" plus
    estimation for the travel time. This may cause that it may become earlier then the SLA start or
    service window start, or it could become out of the access hours for the activity.

    Args:
        activity_id (int): The unique identifier of the activity in Oracle Field Service.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Activity
    """

    return sync_detailed(
        activity_id=activity_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    activity_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Activity]:
    r"""Update the activity status to enroute

     This operation updates the status of the specified activity to 'enroute'. The operation is
    successful only if the following conditions are met:

    - The En route Support option is enabled in Business rules.
    - The Calculate travel feature is selected for the activity type.
    - The activity is the first activity in the route.
    - The activity is pending, ordered and the route is activated.

    Note: when activity status is changed to 'en-route', the activity ETA will be set as \"now\" plus
    estimation for the travel time. This may cause that it may become earlier then the SLA start or
    service window start, or it could become out of the access hours for the activity.

    Args:
        activity_id (int): The unique identifier of the activity in Oracle Field Service.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Activity]
    """

    kwargs = _get_kwargs(
        activity_id=activity_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    activity_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Activity | None:
    r"""Update the activity status to enroute

     This operation updates the status of the specified activity to 'enroute'. The operation is
    successful only if the following conditions are met:

    - The En route Support option is enabled in Business rules.
    - The Calculate travel feature is selected for the activity type.
    - The activity is the first activity in the route.
    - The activity is pending, ordered and the route is activated.

    Note: when activity status is changed to 'en-route', the activity ETA will be set as \"now\" plus
    estimation for the travel time. This may cause that it may become earlier then the SLA start or
    service window start, or it could become out of the access hours for the activity.

    Args:
        activity_id (int): The unique identifier of the activity in Oracle Field Service.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Activity
    """

    return (
        await asyncio_detailed(
            activity_id=activity_id,
            client=client,
        )
    ).parsed
