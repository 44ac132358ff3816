from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_shift import CreateShift
from ...models.shift import Shift
from ...types import Response, json_loads


def _get_kwargs(
    label: str,
    *,
    body: CreateShift,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/rest/ofscMetadata/v1/shifts/{label}".format(
            label=quote(str(label), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers.setdefault("Content-Type", "application/json")

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Shift | None:
    if response.status_code == 200:
        if not response.content:
            return None
        response_200 = Shift.from_dict(json_loads(response.content))

        return response_200

    if response.status_code == 201:
        if not response.content:
            return None
        response_201 = Shift.from_dict(json_loads(response.content))

        return response_201

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Shift]:
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
    body: CreateShift,
) -> Response[Shift]:
    """Create or update a shift

     This operation creates a new shift or updates an existing shift.

    - If shift with 'label' already exists, the function replaces it with the new values.
    - Response code 200 is returned when an shift object is updated.
    - Response code 201 is returned when an shift object is created.

    Args:
        label (str): The label of the shift that is used in the request URL to create a new shift
            or update an existing shift.
        body (CreateShift): The shift object.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Shift]
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
    body: CreateShift,
) -> Shift | None:
    """Create or update a shift

     This operation creates a new shift or updates an existing shift.

    - If shift with 'label' already exists, the function replaces it with the new values.
    - Response code 200 is returned when an shift object is updated.
    - Response code 201 is returned when an shift object is created.

    Args:
        label (str): The label of the shift that is used in the request URL to create a new shift
            or update an existing shift.
        body (CreateShift): The shift object.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Shift
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
    body: CreateShift,
) -> Response[Shift]:
    """Create or update a shift

     This operation creates a new shift or updates an existing shift.

    - If shift with 'label' already exists, the function replaces it with the new values.
    - Response code 200 is returned when an shift object is updated.
    - Response code 201 is returned when an shift object is created.

    Args:
        label (str): The label of the shift that is used in the request URL to create a new shift
            or update an existing shift.
        body (CreateShift): The shift object.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Shift]
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
    body: CreateShift,
) -> Shift | None:
    """Create or update a shift

     This operation creates a new shift or updates an existing shift.

    - If shift with 'label' already exists, the function replaces it with the new values.
    - Response code 200 is returned when an shift object is updated.
    - Response code 201 is returned when an shift object is created.

    Args:
        label (str): The label of the shift that is used in the request URL to create a new shift
            or update an existing shift.
        body (CreateShift): The shift object.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Shift
    """

    return (
        await asyncio_detailed(
            label=label,
            client=client,
            body=body,
        )
    ).parsed
