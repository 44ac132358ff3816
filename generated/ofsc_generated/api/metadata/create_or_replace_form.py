from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.form_body import FormBody
from ...models.form_details_with_stats import FormDetailsWithStats
from ...types import Response, json_loads


def _get_kwargs(
    label: str,
    *,
    body: FormBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/rest/ofscMetadata/v1/forms/{label}".format(
            label=quote(str(label), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers.setdefault("Content-Type", "application/json")

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> FormDetailsWithStats | None:
    if response.status_code == 200:
        if not response.content:
            return None
        response_200 = FormDetailsWithStats.from_dict(json_loads(response.content))

        return response_200

    if response.status_code == 201:
        if not response.content:
            return None
        response_201 = FormDetailsWithStats.from_dict(json_loads(response.content))

        return response_201

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FormDetailsWithStats]:
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
    body: FormBody,
) -> Response[FormDetailsWithStats]:
    """Create or update a form

     This operation creates a new form or updates an existing form.

    The Translations parameter is required for a new form. All the translations are replaced by the
    structure in the request. Also, the Name attribute in the translation structure is required for
    English and cannot be empty.

    Configuration: You must grant permissions to the Metadata API and must set Read-Write access to the
    Forms entity in the Configuration, Applications (API permissions) screen.

    Args:
        label (str): The label of the form.
        body (FormBody): The schema of the request body object for this operation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FormDetailsWithStats]
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
    body: FormBody,
) -> FormDetailsWithStats | None:
    """Create or update a form

     This operation creates a new form or updates an existing form.

    The Translations parameter is required for a new form. All the translations are replaced by the
    structure in the request. Also, the Name attribute in the translation structure is required for
    English and cannot be empty.

    Configuration: You must grant permissions to the Metadata API and must set Read-Write access to the
    Forms entity in the Configuration, Applications (API permissions) screen.

    Args:
        label (str): The label of the form.
        body (FormBody): The schema of the request body object for this operation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FormDetailsWithStats
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
    body: FormBody,
) -> Response[FormDetailsWithStats]:
    """Create or update a form

     This operation creates a new form or updates an existing form.

    The Translations parameter is required for a new form. All the translations are replaced by the
    structure in the request. Also, the Name attribute in the translation structure is required for
    English and cannot be empty.

    Configuration: You must grant permissions to the Metadata API and must set Read-Write access to the
    Forms entity in the Configuration, Applications (API permissions) screen.

    Args:
        label (str): The label of the form.
        body (FormBody): The schema of the request body object for this operation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FormDetailsWithStats]
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
    body: FormBody,
) -> FormDetailsWithStats | None:
    """Create or update a form

     This operation creates a new form or updates an existing form.

    The Translations parameter is required for a new form. All the translations are replaced by the
    structure in the request. Also, the Name attribute in the translation structure is required for
    English and cannot be empty.

    Configuration: You must grant permissions to the Metadata API and must set Read-Write access to the
    Forms entity in the Configuration, Applications (API permissions) screen.

    Args:
        label (str): The label of the form.
        body (FormBody): The schema of the request body object for this operation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FormDetailsWithStats
    """

    return (
        await asyncio_detailed(
            label=label,
            client=client,
            body=body,
        )
    ).parsed
