from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_configuration_patch import ApiConfigurationPatch
from ...types import Response, json_loads


def _get_kwargs(
    label: str,
    api_label: str,
    *,
    body: ApiConfigurationPatch,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/rest/ofscMetadata/v1/applications/{label}/apiAccess/{api_label}".format(
            label=quote(str(label), safe=""),
            api_label=quote(str(api_label), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers.setdefault("Content-Type", "application/json")

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ApiConfigurationPatch | None:
    if response.status_code == 200:
        if not response.content:
            return None
        response_200 = ApiConfigurationPatch.from_dict(json_loads(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiConfigurationPatch]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    label: str,
    api_label: str,
    *,
    client: AuthenticatedClient | Client,
    body: ApiConfigurationPatch,
) -> Response[ApiConfigurationPatch]:
    """Update API access for applications

     This operation updates the API access information of an application based on the specified API label
    and the application ID specified while creating the application. For example, this method can be
    used to enable Core API access for a specific application.

    Args:
        label (str): The unique identifier of the application.
        api_label (str): The label used to identify the API.
        body (ApiConfigurationPatch):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiConfigurationPatch]
    """

    kwargs = _get_kwargs(
        label=label,
        api_label=api_label,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    label: str,
    api_label: str,
    *,
    client: AuthenticatedClient | Client,
    body: ApiConfigurationPatch,
) -> ApiConfigurationPatch | None:
    """Update API access for applications

     This operation updates the API access information of an application based on the specified API label
    and the application ID specified while creating the application. For example, this method can be
    used to enable Core API access for a specific application.

    Args:
        label (str): The unique identifier of the application.
        api_label (str): The label used to identify the API.
        body (ApiConfigurationPatch):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiConfigurationPatch
    """

    return sync_detailed(
        label=label,
        api_label=api_label,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    label: str,
    api_label: str,
    *,
    client: AuthenticatedClient | Client,
    body: ApiConfigurationPatch,
) -> Response[ApiConfigurationPatch]:
    """Update API access for applications

     This operation updates the API access information of an application based on the specified API label
    and the application ID specified while creating the application. For example, this method can be
    used to enable Core API access for a specific application.

    Args:
        label (str): The unique identifier of the application.
        api_label (str): The label used to identify the API.
        body (ApiConfigurationPatch):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiConfigurationPatch]
    """

    kwargs = _get_kwargs(
        label=label,
        api_label=api_label,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    label: str,
    api_label: str,
    *,
    client: AuthenticatedClient | Client,
    body: ApiConfigurationPatch,
) -> ApiConfigurationPatch | None:
    """Update API access for applications

     This operation updates the API access information of an application based on the specified API label
    and the application ID specified while creating the application. For example, this method can be
    used to enable Core API access for a specific application.

    Args:
        label (str): The unique identifier of the application.
        api_label (str): The label used to identify the API.
        body (ApiConfigurationPatch):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiConfigurationPatch
    """

    return (
        await asyncio_detailed(
            label=label,
            api_label=api_label,
            client=client,
            body=body,
        )
    ).parsed
