from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.custom_action_map_layers_populate_layers_response import CustomActionMapLayersPopulateLayersResponse
from ...types import Response, json_loads


def _get_kwargs(
    download_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rest/ofscMetadata/v1/mapLayers/custom-actions/populateLayers/{download_id}".format(
            download_id=quote(str(download_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomActionMapLayersPopulateLayersResponse | None:
    if response.status_code == 200:
        if not response.content:
            return None
        response_200 = CustomActionMapLayersPopulateLayersResponse.from_dict(json_loads(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CustomActionMapLayersPopulateLayersResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    download_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CustomActionMapLayersPopulateLayersResponse]:
    """Check custom map layer population status

     This operation retrieves the import status of the custom map layer.

    Error Messages:

    The following errors may occur for this operation:

    - Unexpected script error: The process was terminated unexpectedly.
    - Invalid query format '{query_record}: The query ID or the environment name is missing.
    - Empty URL: The request contains an empty 'url' field.
    - Failed to download file {url}: The shapefile could not be downloaded with the specified
    credentials.
    - Failed to unpack file {url}: The shapefile was successfully downloaded, but the file could not be
    unzipped.
    - File size exceeds limit {filesize_limit}: The shapefile was successfully downloaded and unpacked,
    but the file size exceeds the threshold of 2GB.
    - Failed to parse shapefile {file_name}: Failed to parse the downloaded shape file.
    - Failed to process shapefile: The shapefile was parsed, but it cannot be stripped, and the theme
    name cannot be generated (length exceeds limit of 32 characters) or registered as the theme for
    MapViewer.

    Args:
        download_id (str): The hash string that uniquely identifies the process for downloading
            shape files.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomActionMapLayersPopulateLayersResponse]
    """

    kwargs = _get_kwargs(
        download_id=download_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    download_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> CustomActionMapLayersPopulateLayersResponse | None:
    """Check custom map layer population status

     This operation retrieves the import status of the custom map layer.

    Error Messages:

    The following errors may occur for this operation:

    - Unexpected script error: The process was terminated unexpectedly.
    - Invalid query format '{query_record}: The query ID or the environment name is missing.
    - Empty URL: The request contains an empty 'url' field.
    - Failed to download file {url}: The shapefile could not be downloaded with the specified
    credentials.
    - Failed to unpack file {url}: The shapefile was successfully downloaded, but the file could not be
    unzipped.
    - File size exceeds limit {filesize_limit}: The shapefile was successfully downloaded and unpacked,
    but the file size exceeds the threshold of 2GB.
    - Failed to parse shapefile {file_name}: Failed to parse the downloaded shape file.
    - Failed to process shapefile: The shapefile was parsed, but it cannot be stripped, and the theme
    name cannot be generated (length exceeds limit of 32 characters) or registered as the theme for
    MapViewer.

    Args:
        download_id (str): The hash string that uniquely identifies the process for downloading
            shape files.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomActionMapLayersPopulateLayersResponse
    """

    return sync_detailed(
        download_id=download_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    download_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CustomActionMapLayersPopulateLayersResponse]:
    """Check custom map layer population status

     This operation retrieves the import status of the custom map layer.

    Error Messages:

    The following errors may occur for this operation:

    - Unexpected script error: The process was terminated unexpectedly.
    - Invalid query format '{query_record}: The query ID or the environment name is missing.
    - Empty URL: The request contains an empty 'url' field.
    - Failed to download file {url}: The shapefile could not be downloaded with the specified
    credentials.
    - Failed to unpack file {url}: The shapefile was successfully downloaded, but the file could not be
    unzipped.
    - File size exceeds limit {filesize_limit}: The shapefile was successfully downloaded and unpacked,
    but the file size exceeds the threshold of 2GB.
    - Failed to parse shapefile {file_name}: Failed to parse the downloaded shape file.
    - Failed to process shapefile: The shapefile was parsed, but it cannot be stripped, and the theme
    name cannot be generated (length exceeds limit of 32 characters) or registered as the theme for
    MapViewer.

    Args:
        download_id (str): The hash string that uniquely identifies the process for downloading
            shape files.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomActionMapLayersPopulateLayersResponse]
    """

    kwargs = _get_kwargs(
        download_id=download_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    download_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> CustomActionMapLayersPopulateLayersResponse | None:
    """Check custom map layer population status

     This operation retrieves the import status of the custom map layer.

    Error Messages:

    The following errors may occur for this operation:

    - Unexpected script error: The process was terminated unexpectedly.
    - Invalid query format '{query_record}: The query ID or the environment name is missing.
    - Empty URL: The request contains an empty 'url' field.
    - Failed to download file {url}: The shapefile could not be downloaded with the specified
    credentials.
    - Failed to unpack file {url}: The shapefile was successfully downloaded, but the file could not be
    unzipped.
    - File size exceeds limit {filesize_limit}: The shapefile was successfully downloaded and unpacked,
    but the file size exceeds the threshold of 2GB.
    - Failed to parse shapefile {file_name}: Failed to parse the downloaded shape file.
    - Failed to process shapefile: The shapefile was parsed, but it cannot be stripped, and the theme
    name cannot be generated (length exceeds limit of 32 characters) or registered as the theme for
    MapViewer.

    Args:
        download_id (str): The hash string that uniquely identifies the process for downloading
            shape files.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomActionMapLayersPopulateLayersResponse
    """

    return (
        await asyncio_detailed(
            download_id=download_id,
            client=client,
        )
    ).parsed
