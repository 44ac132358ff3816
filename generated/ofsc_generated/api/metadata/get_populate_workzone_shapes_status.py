from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.custom_action_work_zones_populate_shapes_response import CustomActionWorkZonesPopulateShapesResponse
from ...types import Response, json_loads


def _get_kwargs(
    download_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rest/ofscMetadata/v1/workZones/custom-actions/populateShapes/{download_id}".format(
            download_id=quote(str(download_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomActionWorkZonesPopulateShapesResponse | None:
    if response.status_code == 200:
        if not response.content:
            return None
        response_200 = CustomActionWorkZonesPopulateShapesResponse.from_dict(json_loads(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CustomActionWorkZonesPopulateShapesResponse]:
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
) -> Response[CustomActionWorkZonesPopulateShapesResponse]:
    """Get status of shape upload

     This operation retrieves the status of the shapefile upload process.

    Args:
        download_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomActionWorkZonesPopulateShapesResponse]
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
) -> CustomActionWorkZonesPopulateShapesResponse | None:
    """Get status of shape upload

     This operation retrieves the status of the shapefile upload process.

    Args:
        download_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomActionWorkZonesPopulateShapesResponse
    """

    return sync_detailed(
        download_id=download_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    download_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CustomActionWorkZonesPopulateShapesResponse]:
    """Get status of shape upload

     This operation retrieves the status of the shapefile upload process.

    Args:
        download_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomActionWorkZonesPopulateShapesResponse]
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
) -> CustomActionWorkZonesPopulateShapesResponse | None:
    """Get status of shape upload

     This operation retrieves the status of the shapefile upload process.

    Args:
        download_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomActionWorkZonesPopulateShapesResponse
    """

    return (
        await asyncio_detailed(
            download_id=download_id,
            client=client,
        )
    ).parsed
