from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_configuration import ApiConfiguration
from ...types import Response, json_loads


def _get_kwargs(
    label: str,
    api_label: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rest/ofscMetadata/v1/applications/{label}/apiAccess/{api_label}".format(
            label=quote(str(label), safe=""),
            api_label=quote(str(api_label), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ApiConfiguration | None:
    if response.status_code == 200:
        if not response.content:
            return None
        response_200 = ApiConfiguration.from_dict(json_loads(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ApiConfiguration]:
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
) -> Response[ApiConfiguration]:
    """Get API access for an application

     This operation retrieves the API access information of an application based on the specified API
    label and the application ID specified while creating the application.

    Args:
        label (str): The label used to retrieve the API access information of the application.
        api_label (str): The label used to identify the API. Allowed values: `partsCatalogAPI`,
            `capacityAPI`, `coreAPI`, `fieldCollaborationAPI`, `inboundAPI`, `metadataAPI`,
            `outboundAPI`, `statisticsAPI`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiConfiguration]
    """

    kwargs = _get_kwargs(
        label=label,
        api_label=api_label,
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
) -> ApiConfiguration | None:
    """Get API access for an application

     This operation retrieves the API access information of an application based on the specified API
    label and the application ID specified while creating the application.

    Args:
        label (str): The label used to retrieve the API access information of the application.
        api_label (str): The label used to identify the API. Allowed values: `partsCatalogAPI`,
            `capacityAPI`, `coreAPI`, `fieldCollaborationAPI`, `inboundAPI`, `metadataAPI`,
            `outboundAPI`, `statisticsAPI`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiConfiguration
    """

    return sync_detailed(
        label=label,
        api_label=api_label,
        client=client,
    ).parsed


async def asyncio_detailed(
    label: str,
    api_label: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ApiConfiguration]:
    """Get API access for an application

     This operation retrieves the API access information of an application based on the specified API
    label and the application ID specified while creating the application.

    Args:
        label (str): The label used to retrieve the API access information of the application.
        api_label (str): The label used to identify the API. Allowed values: `partsCatalogAPI`,
            `capacityAPI`, `coreAPI`, `fieldCollaborationAPI`, `inboundAPI`, `metadataAPI`,
            `outboundAPI`, `statisticsAPI`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiConfiguration]
    """

    kwargs = _get_kwargs(
        label=label,
        api_label=api_label,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    label: str,
    api_label: str,
    *,
    client: AuthenticatedClient | Client,
) -> ApiConfiguration | None:
    """Get API access for an application

     This operation retrieves the API access information of an application based on the specified API
    label and the application ID specified while creating the application.

    Args:
        label (str): The label used to retrieve the API access information of the application.
        api_label (str): The label used to identify the API. Allowed values: `partsCatalogAPI`,
            `capacityAPI`, `coreAPI`, `fieldCollaborationAPI`, `inboundAPI`, `metadataAPI`,
            `outboundAPI`, `statisticsAPI`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiConfiguration
    """

    return (
        await asyncio_detailed(
            label=label,
            api_label=api_label,
            client=client,
        )
    ).parsed
