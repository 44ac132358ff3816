from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.custom_action_activity_move import CustomActionActivityMove
from ...types import UNSET, Response, Unset


def _get_kwargs(
    activity_id: int,
    *,
    body: CustomActionActivityMove | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/rest/ofscCore/v1/activities/{activity_id}/custom-actions/move".format(
            activity_id=quote(str(activity_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers.setdefault("Content-Type", "application/json")

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | None:
    if response.status_code == 204:
        return None

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any]:
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
    body: CustomActionActivityMove | Unset = UNSET,
) -> Response[Any]:
    """Move an activity

     This operation moves the activity according to specified parameters.

    - If the value of the setDate parameter is specified, then the activity is moved to the specified
    date.
    - If the value of the setResource parameter is specified, then the activity is reassigned to another
    resource.
    - If the value of the setPositionInRoute parameter is specified, then the order of the activity is
    changed.

    These parameters can be combined into a single request when the actions have to be performed
    simultaneously. At least one of these parameters must be specified.

    The operation fails in the following environments:

    - The destination resource is a field resource and the specified date is not a working day for the
    resource.
    - The destination resource is a field resource and does not have a user account assigned.
    - The destination resource is inactive.
    - The destination date is greater than the value configured in the 'Future days limit' setting. The
    default value of the 'Future days limit' setting is 1098.
    - The destination date is in the past.
    - The destination resource does not exist or it cannot be assigned to activities.
    - The operation is disabled for the specified activity type.
    - The values specified in the request parameters are invalid.

    Args:
        activity_id (int): The unique identifier of the activity in Oracle Field Service.
        body (CustomActionActivityMove | Unset): The schema of the request body object for this
            operation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        activity_id=activity_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    activity_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: CustomActionActivityMove | Unset = UNSET,
) -> None:
    """Move an activity

     This operation moves the activity according to specified parameters.

    - If the value of the setDate parameter is specified, then the activity is moved to the specified
    date.
    - If the value of the setResource parameter is specified, then the activity is reassigned to another
    resource.
    - If the value of the setPositionInRoute parameter is specified, then the order of the activity is
    changed.

    These parameters can be combined into a single request when the actions have to be performed
    simultaneously. At least one of these parameters must be specified.

    The operation fails in the following environments:

    - The destination resource is a field resource and the specified date is not a working day for the
    resource.
    - The destination resource is a field resource and does not have a user account assigned.
    - The destination resource is inactive.
    - The destination date is greater than the value configured in the 'Future days limit' setting. The
    default value of the 'Future days limit' setting is 1098.
    - The destination date is in the past.
    - The destination resource does not exist or it cannot be assigned to activities.
    - The operation is disabled for the specified activity type.
    - The values specified in the request parameters are invalid.

    Args:
        activity_id (int): The unique identifier of the activity in Oracle Field Service.
        body (CustomActionActivityMove | Unset): The schema of the request body object for this
            operation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None
    """

    sync_detailed(
        activity_id=activity_id,
        client=client,
        body=body,
    )


async def asyncio_detailed(
    activity_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: CustomActionActivityMove | Unset = UNSET,
) -> Response[Any]:
    """Move an activity

     This operation moves the activity according to specified parameters.

    - If the value of the setDate parameter is specified, then the activity is moved to the specified
    date.
    - If the value of the setResource parameter is specified, then the activity is reassigned to another
    resource.
    - If the value of the setPositionInRoute parameter is specified, then the order of the activity is
    changed.

    These parameters can be combined into a single request when the actions have to be performed
    simultaneously. At least one of these parameters must be specified.

    The operation fails in the following environments:

    - The destination resource is a field resource and the specified date is not a working day for the
    resource.
    - The destination resource is a field resource and does not have a user account assigned.
    - The destination resource is inactive.
    - The destination date is greater than the value configured in the 'Future days limit' setting. The
    default value of the 'Future days limit' setting is 1098.
    - The destination date is in the past.
    - The destination resource does not exist or it cannot be assigned to activities.
    - The operation is disabled for the specified activity type.
    - The values specified in the request parameters are invalid.

    Args:
        activity_id (int): The unique identifier of the activity in Oracle Field Service.
        body (CustomActionActivityMove | Unset): The schema of the request body object for this
            operation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        activity_id=activity_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    activity_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: CustomActionActivityMove | Unset = UNSET,
) -> None:
    """Move an activity

     This operation moves the activity according to specified parameters.

    - If the value of the setDate parameter is specified, then the activity is moved to the specified
    date.
    - If the value of the setResource parameter is specified, then the activity is reassigned to another
    resource.
    - If the value of the setPositionInRoute parameter is specified, then the order of the activity is
    changed.

    These parameters can be combined into a single request when the actions have to be performed
    simultaneously. At least one of these parameters must be specified.

    The operation fails in the following environments:

    - The destination resource is a field resource and the specified date is not a working day for the
    resource.
    - The destination resource is a field resource and does not have a user account assigned.
    - The destination resource is inactive.
    - The destination date is greater than the value configured in the 'Future days limit' setting. The
    default value of the 'Future days limit' setting is 1098.
    - The destination date is in the past.
    - The destination resource does not exist or it cannot be assigned to activities.
    - The operation is disabled for the specified activity type.
    - The values specified in the request parameters are invalid.

    Args:
        activity_id (int): The unique identifier of the activity in Oracle Field Service.
        body (CustomActionActivityMove | Unset): The schema of the request body object for this
            operation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None
    """

    await asyncio_detailed(
        activity_id=activity_id,
        client=client,
        body=body,
    )
