from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.activity_type import ActivityType
from ...models.create_activity_type import CreateActivityType
from ...types import Response, json_loads


def _get_kwargs(
    label: str,
    *,
    body: CreateActivityType,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/rest/ofscMetadata/v1/activityTypes/{label}".format(
            label=quote(str(label), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers.setdefault("Content-Type", "application/json")

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ActivityType | None:
    if response.status_code == 200:
        if not response.content:
            return None
        response_200 = ActivityType.from_dict(json_loads(response.content))

        return response_200

    if response.status_code == 201:
        if not response.content:
            return None
        response_201 = ActivityType.from_dict(json_loads(response.content))

        return response_201

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ActivityType]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    label: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateActivityType,
) -> Response[ActivityType]:
    """Create or update an activity type

     This operation creates a new activity type or updates an existing activity type.

    - If activity type with 'label' already exists, the function replaces it with the new values.
    - The 'features' object contains optional boolean parameters. If a feature is not present in the
    request then the default value 'false' is used for it.
    - Response code 200 is returned when an activity type object is updated.
    - Response code 201 is returned when an activity type object is created.

    Args:
        label (str): The label of the activity type that is used in the request URL to create a
            new activity type or update an existing activity type.
        body (CreateActivityType): The activity type object.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActivityType]
    """

    kwargs = _get_kwargs(
        label=label,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    label: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateActivityType,
) -> ActivityType | None:
    """Create or update an activity type

     This operation creates a new activity type or updates an existing activity type.

    - If activity type with 'label' already exists, the function replaces it with the new values.
    - The 'features' object contains optional boolean parameters. If a feature is not present in the
    request then the default value 'false' is used for it.
    - Response code 200 is returned when an activity type object is updated.
    - Response code 201 is returned when an activity type object is created.

    Args:
        label (str): The label of the activity type that is used in the request URL to create a
            new activity type or update an existing activity type.
        body (CreateActivityType): The activity type object.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActivityType
    """

    return sync_detailed(
        label=label,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    label: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateActivityType,
) -> Response[ActivityType]:
    """Create or update an activity type

     This operation creates a new activity type or updates an existing activity type.

    - If activity type with 'label' already exists, the function replaces it with the new values.
    - The 'features' object contains optional boolean parameters. If a feature is not present in the
    request then the default value 'false' is used for it.
    - Response code 200 is returned when an activity type object is updated.
    - Response code 201 is returned when an activity type object is created.

    Args:
        label (str): The label of the activity type that is used in the request URL to create a
            new activity type or update an existing activity type.
        body (CreateActivityType): The activity type object.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActivityType]
    """

    kwargs = _get_kwargs(
        label=label,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    label: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateActivityType,
) -> ActivityType | None:
    """Create or update an activity type

     This operation creates a new activity type or updates an existing activity type.

    - If activity type with 'label' already exists, the function replaces it with the new values.
    - The 'features' object contains optional boolean parameters. If a feature is not present in the
    request then the default value 'false' is used for it.
    - Response code 200 is returned when an activity type object is updated.
    - Response code 201 is returned when an activity type object is created.

    Args:
        label (str): The label of the activity type that is used in the request URL to create a
            new activity type or update an existing activity type.
        body (CreateActivityType): The activity type object.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActivityType
    """

    return (
        await asyncio_detailed(
            label=label,
            client=client,
            body=body,
        )
    ).parsed
