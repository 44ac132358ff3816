from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.install_plugin_response import InstallPluginResponse
from ...types import Response, json_loads


def _get_kwargs(
    plugin_label: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/rest/ofscMetadata/v1/plugins/{plugin_label}/custom-actions/install".format(
            plugin_label=quote(str(plugin_label), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> InstallPluginResponse | None:
    if response.status_code == 200:
        if not response.content:
            return None
        response_200 = InstallPluginResponse.from_dict(json_loads(response.content))

        return response_200

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[InstallPluginResponse | None]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    plugin_label: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[InstallPluginResponse | None]:
    r"""Install Standard Plugin

     This operation installs the standard plugins as defined in the path parameter. If a plugin with the
    given label is available, then it will return \"Plugin already existing\" error message, otherwise
    the plugin will get installed successfully.

    Args:
        plugin_label (str): The label of the standard plugin.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InstallPluginResponse | None]
    """

    kwargs = _get_kwargs(
        plugin_label=plugin_label,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    plugin_label: str,
    *,
    client: AuthenticatedClient | Client,
) -> InstallPluginResponse | None:
    r"""Install Standard Plugin

     This operation installs the standard plugins as defined in the path parameter. If a plugin with the
    given label is available, then it will return \"Plugin already existing\" error message, otherwise
    the plugin will get installed successfully.

    Args:
        plugin_label (str): The label of the standard plugin.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InstallPluginResponse | None
    """

    return sync_detailed(
        plugin_label=plugin_label,
        client=client,
    ).parsed


async def asyncio_detailed(
    plugin_label: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[InstallPluginResponse | None]:
    r"""Install Standard Plugin

     This operation installs the standard plugins as defined in the path parameter. If a plugin with the
    given label is available, then it will return \"Plugin already existing\" error message, otherwise
    the plugin will get installed successfully.

    Args:
        plugin_label (str): The label of the standard plugin.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InstallPluginResponse | None]
    """

    kwargs = _get_kwargs(
        plugin_label=plugin_label,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    plugin_label: str,
    *,
    client: AuthenticatedClient | Client,
) -> InstallPluginResponse | None:
    r"""Install Standard Plugin

     This operation installs the standard plugins as defined in the path parameter. If a plugin with the
    given label is available, then it will return \"Plugin already existing\" error message, otherwise
    the plugin will get installed successfully.

    Args:
        plugin_label (str): The label of the standard plugin.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InstallPluginResponse | None
    """

    return (
        await asyncio_detailed(
            plugin_label=plugin_label,
            client=client,
        )
    ).parsed
