from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.import_plugin_form import ImportPluginForm
from ...types import Response


def _get_kwargs(
    *,
    body: ImportPluginForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/rest/ofscMetadata/v1/plugins/custom-actions/import",
    }

    _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | None:
    if response.status_code == 204:
        return None

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ImportPluginForm,
) -> Response[Any]:
    """Import Plugins

     This operation imports all plugins defined in a valid pluginFile input xml [all the plugin
    properties should be installed before invoking this API]. If a plugin with the given label is
    available, then it updates the existing plugin otherwise it will create a new plugin. If there are
    secure parameters that also needs to be filled in the xml.

    The valid versions of installable plugins are available in https://www-
    sites.oracle.com/downloads/samplecode/ofsc-samplecode-downloads.html

    Note: The maximum size of the file that can be uploaded is limited to 67 MB, this limit depends on
    the Oracle Field Service environment configuration.

    Configuration: You must grant permissions to the Metadata API and must set Read-Write access to the
    Plugins entity in the Configuration, Applications (API permissions) screen.

    Args:
        body (ImportPluginForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ImportPluginForm,
) -> None:
    """Import Plugins

     This operation imports all plugins defined in a valid pluginFile input xml [all the plugin
    properties should be installed before invoking this API]. If a plugin with the given label is
    available, then it updates the existing plugin otherwise it will create a new plugin. If there are
    secure parameters that also needs to be filled in the xml.

    The valid versions of installable plugins are available in https://www-
    sites.oracle.com/downloads/samplecode/ofsc-samplecode-downloads.html

    Note: The maximum size of the file that can be uploaded is limited to 67 MB, this limit depends on
    the Oracle Field Service environment configuration.

    Configuration: You must grant permissions to the Metadata API and must set Read-Write access to the
    Plugins entity in the Configuration, Applications (API permissions) screen.

    Args:
        body (ImportPluginForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None
    """

    sync_detailed(
        client=client,
        body=body,
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ImportPluginForm,
) -> Response[Any]:
    """Import Plugins

     This operation imports all plugins defined in a valid pluginFile input xml [all the plugin
    properties should be installed before invoking this API]. If a plugin with the given label is
    available, then it updates the existing plugin otherwise it will create a new plugin. If there are
    secure parameters that also needs to be filled in the xml.

    The valid versions of installable plugins are available in https://www-
    sites.oracle.com/downloads/samplecode/ofsc-samplecode-downloads.html

    Note: The maximum size of the file that can be uploaded is limited to 67 MB, this limit depends on
    the Oracle Field Service environment configuration.

    Configuration: You must grant permissions to the Metadata API and must set Read-Write access to the
    Plugins entity in the Configuration, Applications (API permissions) screen.

    Args:
        body (ImportPluginForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ImportPluginForm,
) -> None:
    """Import Plugins

     This operation imports all plugins defined in a valid pluginFile input xml [all the plugin
    properties should be installed before invoking this API]. If a plugin with the given label is
    available, then it updates the existing plugin otherwise it will create a new plugin. If there are
    secure parameters that also needs to be filled in the xml.

    The valid versions of installable plugins are available in https://www-
    sites.oracle.com/downloads/samplecode/ofsc-samplecode-downloads.html

    Note: The maximum size of the file that can be uploaded is limited to 67 MB, this limit depends on
    the Oracle Field Service environment configuration.

    Configuration: You must grant permissions to the Metadata API and must set Read-Write access to the
    Plugins entity in the Configuration, Applications (API permissions) screen.

    Args:
        body (ImportPluginForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None
    """

    await asyncio_detailed(
        client=client,
        body=body,
    )
