from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.property_list import PropertyList
from ...types import UNSET, Response, Unset, json_loads


def _get_kwargs(
    *,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    type_: str | Unset = UNSET,
    entity: str | Unset = UNSET,
    language: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["offset"] = offset

    params["limit"] = limit

    params["type"] = type_

    params["entity"] = entity

    params["language"] = language

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rest/ofscMetadata/v1/properties",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PropertyList | None:
    if response.status_code == 200:
        if not response.content:
            return None
        response_200 = PropertyList.from_dict(json_loads(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[PropertyList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    type_: str | Unset = UNSET,
    entity: str | Unset = UNSET,
    language: str | Unset = UNSET,
) -> Response[PropertyList]:
    """Get properties

     This operation retrieves a collection of properties.

    The operation returns all the translations related to the name of the properties. The response
    contains the translations of the property name in the user's language in the translation structure
    and in the entity fields.

    Args:
        offset (int | Unset): The number of items that are skipped in the response. If a value is
            not specified, then it defaults to zero. The value zero indicates that the retrieval
            starts from the beginning of the collection.
        limit (int | Unset): The number of properties to be returned in the response. The minimum
            value that can be specified is 1 and the maximum value that can be specified is 100. If
            the specified value is greater than 100, zero, or if no value is specified, then it
            defaults to 100.
        type_ (str | Unset): The type of the property.
        entity (str | Unset): The entity of the property.
        language (str | Unset): The translation language code. Based on the value of this
            parameter, the translation for the name of the activity type is returned in the 'name'
            field.

            - If the value is specified, then the translated value is returned in the 'name' field and
            the 'translations' field is not returned in the response.
            - If translation for the specified language does not exist, then the value in the 'name'
            field is returned in English.
            - If the value is not specified, then the 'translations' field is returned in the response
            and contains the translations to every language in the system.

            For the list of supported language codes, see Supported Language Codes.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PropertyList]
    """

    kwargs = _get_kwargs(
        offset=offset,
        limit=limit,
        type_=type_,
        entity=entity,
        language=language,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    type_: str | Unset = UNSET,
    entity: str | Unset = UNSET,
    language: str | Unset = UNSET,
) -> PropertyList | None:
    """Get properties

     This operation retrieves a collection of properties.

    The operation returns all the translations related to the name of the properties. The response
    contains the translations of the property name in the user's language in the translation structure
    and in the entity fields.

    Args:
        offset (int | Unset): The number of items that are skipped in the response. If a value is
            not specified, then it defaults to zero. The value zero indicates that the retrieval
            starts from the beginning of the collection.
        limit (int | Unset): The number of properties to be returned in the response. The minimum
            value that can be specified is 1 and the maximum value that can be specified is 100. If
            the specified value is greater than 100, zero, or if no value is specified, then it
            defaults to 100.
        type_ (str | Unset): The type of the property.
        entity (str | Unset): The entity of the property.
        language (str | Unset): The translation language code. Based on the value of this
            parameter, the translation for the name of the activity type is returned in the 'name'
            field.

            - If the value is specified, then the translated value is returned in the 'name' field and
            the 'translations' field is not returned in the response.
            - If translation for the specified language does not exist, then the value in the 'name'
            field is returned in English.
            - If the value is not specified, then the 'translations' field is returned in the response
            and contains the translations to every language in the system.

            For the list of supported language codes, see Supported Language Codes.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PropertyList
    """

    return sync_detailed(
        client=client,
        offset=offset,
        limit=limit,
        type_=type_,
        entity=entity,
        language=language,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    type_: str | Unset = UNSET,
    entity: str | Unset = UNSET,
    language: str | Unset = UNSET,
) -> Response[PropertyList]:
    """Get properties

     This operation retrieves a collection of properties.

    The operation returns all the translations related to the name of the properties. The response
    contains the translations of the property name in the user's language in the translation structure
    and in the entity fields.

    Args:
        offset (int | Unset): The number of items that are skipped in the response. If a value is
            not specified, then it defaults to zero. The value zero indicates that the retrieval
            starts from the beginning of the collection.
        limit (int | Unset): The number of properties to be returned in the response. The minimum
            value that can be specified is 1 and the maximum value that can be specified is 100. If
            the specified value is greater than 100, zero, or if no value is specified, then it
            defaults to 100.
        type_ (str | Unset): The type of the property.
        entity (str | Unset): The entity of the property.
        language (str | Unset): The translation language code. Based on the value of this
            parameter, the translation for the name of the activity type is returned in the 'name'
            field.

            - If the value is specified, then the translated value is returned in the 'name' field and
            the 'translations' field is not returned in the response.
            - If translation for the specified language does not exist, then the value in the 'name'
            field is returned in English.
            - If the value is not specified, then the 'translations' field is returned in the response
            and contains the translations to every language in the system.

            For the list of supported language codes, see Supported Language Codes.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PropertyList]
    """

    kwargs = _get_kwargs(
        offset=offset,
        limit=limit,
        type_=type_,
        entity=entity,
        language=language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    type_: str | Unset = UNSET,
    entity: str | Unset = UNSET,
    language: str | Unset = UNSET,
) -> PropertyList | None:
    """Get properties

     This operation retrieves a collection of properties.

    The operation returns all the translations related to the name of the properties. The response
    contains the translations of the property name in the user's language in the translation structure
    and in the entity fields.

    Args:
        offset (int | Unset): The number of items that are skipped in the response. If a value is
            not specified, then it defaults to zero. The value zero indicates that the retrieval
            starts from the beginning of the collection.
        limit (int | Unset): The number of properties to be returned in the response. The minimum
            value that can be specified is 1 and the maximum value that can be specified is 100. If
            the specified value is greater than 100, zero, or if no value is specified, then it
            defaults to 100.
        type_ (str | Unset): The type of the property.
        entity (str | Unset): The entity of the property.
        language (str | Unset): The translation language code. Based on the value of this
            parameter, the translation for the name of the activity type is returned in the 'name'
            field.

            - If the value is specified, then the translated value is returned in the 'name' field and
            the 'translations' field is not returned in the response.
            - If translation for the specified language does not exist, then the value in the 'name'
            field is returned in English.
            - If the value is not specified, then the 'translations' field is returned in the response
            and contains the translations to every language in the system.

            For the list of supported language codes, see Supported Language Codes.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PropertyList
    """

    return (
        await asyncio_detailed(
            client=client,
            offset=offset,
            limit=limit,
            type_=type_,
            entity=entity,
            language=language,
        )
    ).parsed
