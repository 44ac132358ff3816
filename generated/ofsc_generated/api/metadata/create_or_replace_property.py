from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.property_input import PropertyInput
from ...types import Response, json_loads


def _get_kwargs(
    label: str,
    *,
    body: PropertyInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/rest/ofscMetadata/v1/properties/{label}".format(
            label=quote(str(label), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers.setdefault("Content-Type", "application/json")

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PropertyInput | None:
    if response.status_code == 200:
        if not response.content:
            return None
        response_200 = PropertyInput.from_dict(json_loads(response.content))

        return response_200

    if response.status_code == 201:
        if not response.content:
            return None
        response_201 = PropertyInput.from_dict(json_loads(response.content))

        return response_201

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[PropertyInput]:
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
    body: PropertyInput,
) -> Response[PropertyInput]:
    """Create or replace a property

     Important: This information only applies to Oracle Field Service environments. If you are on Oracle
    Fusion Field Service, this doesn't apply for User related properties. You can verify whether you've
    Oracle Field Service or Oracle Fusion Field Service, by signing in and checking on the About page.

    This operation creates a property or updates an existing property.

    Note: The 'type' property with the value 'field' and the 'country_code' property cannot be created
    or updated. Only the 'translations' field can be created or updated.

    Args:
        label (str): The label of the property object.
        body (PropertyInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PropertyInput]
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
    body: PropertyInput,
) -> PropertyInput | None:
    """Create or replace a property

     Important: This information only applies to Oracle Field Service environments. If you are on Oracle
    Fusion Field Service, this doesn't apply for User related properties. You can verify whether you've
    Oracle Field Service or Oracle Fusion Field Service, by signing in and checking on the About page.

    This operation creates a property or updates an existing property.

    Note: The 'type' property with the value 'field' and the 'country_code' property cannot be created
    or updated. Only the 'translations' field can be created or updated.

    Args:
        label (str): The label of the property object.
        body (PropertyInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PropertyInput
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
    body: PropertyInput,
) -> Response[PropertyInput]:
    """Create or replace a property

     Important: This information only applies to Oracle Field Service environments. If you are on Oracle
    Fusion Field Service, this doesn't apply for User related properties. You can verify whether you've
    Oracle Field Service or Oracle Fusion Field Service, by signing in and checking on the About page.

    This operation creates a property or updates an existing property.

    Note: The 'type' property with the value 'field' and the 'country_code' property cannot be created
    or updated. Only the 'translations' field can be created or updated.

    Args:
        label (str): The label of the property object.
        body (PropertyInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PropertyInput]
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
    body: PropertyInput,
) -> PropertyInput | None:
    """Create or replace a property

     Important: This information only applies to Oracle Field Service environments. If you are on Oracle
    Fusion Field Service, this doesn't apply for User related properties. You can verify whether you've
    Oracle Field Service or Oracle Fusion Field Service, by signing in and checking on the About page.

    This operation creates a property or updates an existing property.

    Note: The 'type' property with the value 'field' and the 'country_code' property cannot be created
    or updated. Only the 'translations' field can be created or updated.

    Args:
        label (str): The label of the property object.
        body (PropertyInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PropertyInput
    """

    return (
        await asyncio_detailed(
            label=label,
            client=client,
            body=body,
        )
    ).parsed
