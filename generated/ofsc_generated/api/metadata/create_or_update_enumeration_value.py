from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_or_update_enumeration_value_request import CreateOrUpdateEnumerationValueRequest
from ...models.property_enumerations import PropertyEnumerations
from ...types import Response, json_loads


def _get_kwargs(
    label: str,
    *,
    body: CreateOrUpdateEnumerationValueRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/rest/ofscMetadata/v1/properties/{label}/enumerationList".format(
            label=quote(str(label), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers.setdefault("Content-Type", "application/json")

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PropertyEnumerations | None:
    if response.status_code == 200:
        if not response.content:
            return None
        response_200 = PropertyEnumerations.from_dict(json_loads(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PropertyEnumerations]:
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
    body: CreateOrUpdateEnumerationValueRequest,
) -> Response[PropertyEnumerations]:
    r"""Update or replace enumeration values of a property

     This operation updates or replaces the enumeration values of the specified property.

    The operation is applicable only for properties of type 'enumeration'.

    Consider the following while updating the enumeration values of a property:

    - The specified property must exist in Oracle Field Service.
    - The enumeration values cannot be deleted.
    - The property 'country_code' cannot be updated using this operation, though the property is of type
    enumeration.
    - The field 'label' cannot be set to '-1' or '0'.
    - The English translation for each enumeration value is required and cannot be cleared.
    - API doesn't allow to set \"inactive\" status for all items, at least one item should remain
    active.

    Args:
        label (str): The label of the property.
        body (CreateOrUpdateEnumerationValueRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PropertyEnumerations]
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
    body: CreateOrUpdateEnumerationValueRequest,
) -> PropertyEnumerations | None:
    r"""Update or replace enumeration values of a property

     This operation updates or replaces the enumeration values of the specified property.

    The operation is applicable only for properties of type 'enumeration'.

    Consider the following while updating the enumeration values of a property:

    - The specified property must exist in Oracle Field Service.
    - The enumeration values cannot be deleted.
    - The property 'country_code' cannot be updated using this operation, though the property is of type
    enumeration.
    - The field 'label' cannot be set to '-1' or '0'.
    - The English translation for each enumeration value is required and cannot be cleared.
    - API doesn't allow to set \"inactive\" status for all items, at least one item should remain
    active.

    Args:
        label (str): The label of the property.
        body (CreateOrUpdateEnumerationValueRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PropertyEnumerations
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
    body: CreateOrUpdateEnumerationValueRequest,
) -> Response[PropertyEnumerations]:
    r"""Update or replace enumeration values of a property

     This operation updates or replaces the enumeration values of the specified property.

    The operation is applicable only for properties of type 'enumeration'.

    Consider the following while updating the enumeration values of a property:

    - The specified property must exist in Oracle Field Service.
    - The enumeration values cannot be deleted.
    - The property 'country_code' cannot be updated using this operation, though the property is of type
    enumeration.
    - The field 'label' cannot be set to '-1' or '0'.
    - The English translation for each enumeration value is required and cannot be cleared.
    - API doesn't allow to set \"inactive\" status for all items, at least one item should remain
    active.

    Args:
        label (str): The label of the property.
        body (CreateOrUpdateEnumerationValueRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PropertyEnumerations]
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
    body: CreateOrUpdateEnumerationValueRequest,
) -> PropertyEnumerations | None:
    r"""Update or replace enumeration values of a property

     This operation updates or replaces the enumeration values of the specified property.

    The operation is applicable only for properties of type 'enumeration'.

    Consider the following while updating the enumeration values of a property:

    - The specified property must exist in Oracle Field Service.
    - The enumeration values cannot be deleted.
    - The property 'country_code' cannot be updated using this operation, though the property is of type
    enumeration.
    - The field 'label' cannot be set to '-1' or '0'.
    - The English translation for each enumeration value is required and cannot be cleared.
    - API doesn't allow to set \"inactive\" status for all items, at least one item should remain
    active.

    Args:
        label (str): The label of the property.
        body (CreateOrUpdateEnumerationValueRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PropertyEnumerations
    """

    return (
        await asyncio_detailed(
            label=label,
            client=client,
            body=body,
        )
    ).parsed
