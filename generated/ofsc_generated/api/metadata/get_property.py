from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.property_ import Property
from ...types import UNSET, Response, Unset, json_loads


def _get_kwargs(
    label: str,
    *,
    language: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["language"] = language

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rest/ofscMetadata/v1/properties/{label}".format(
            label=quote(str(label), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Property | None:
    if response.status_code == 200:
        if not response.content:
            return None
        response_200 = Property.from_dict(json_loads(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Property]:
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
    language: str | Unset = UNSET,
) -> Response[Property]:
    """Get a property

     This operation retrieves the specified property. The operation returns all the translations related
    to the name of the specified property.

    The response contains the translations of the property name in the user's language in the
    translation structure and in the entity fields.

    For the enumeration property, a link to the 'enumerationList' collection is returned.

    Args:
        label (str): The label of the property.
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
        Response[Property]
    """

    kwargs = _get_kwargs(
        label=label,
        language=language,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    label: str,
    *,
    client: AuthenticatedClient | Client,
    language: str | Unset = UNSET,
) -> Property | None:
    """Get a property

     This operation retrieves the specified property. The operation returns all the translations related
    to the name of the specified property.

    The response contains the translations of the property name in the user's language in the
    translation structure and in the entity fields.

    For the enumeration property, a link to the 'enumerationList' collection is returned.

    Args:
        label (str): The label of the property.
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
        Property
    """

    return sync_detailed(
        label=label,
        client=client,
        language=language,
    ).parsed


async def asyncio_detailed(
    label: str,
    *,
    client: AuthenticatedClient | Client,
    language: str | Unset = UNSET,
) -> Response[Property]:
    """Get a property

     This operation retrieves the specified property. The operation returns all the translations related
    to the name of the specified property.

    The response contains the translations of the property name in the user's language in the
    translation structure and in the entity fields.

    For the enumeration property, a link to the 'enumerationList' collection is returned.

    Args:
        label (str): The label of the property.
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
        Response[Property]
    """

    kwargs = _get_kwargs(
        label=label,
        language=language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    label: str,
    *,
    client: AuthenticatedClient | Client,
    language: str | Unset = UNSET,
) -> Property | None:
    """Get a property

     This operation retrieves the specified property. The operation returns all the translations related
    to the name of the specified property.

    The response contains the translations of the property name in the user's language in the
    translation structure and in the entity fields.

    For the enumeration property, a link to the 'enumerationList' collection is returned.

    Args:
        label (str): The label of the property.
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
        Property
    """

    return (
        await asyncio_detailed(
            label=label,
            client=client,
            language=language,
        )
    ).parsed
