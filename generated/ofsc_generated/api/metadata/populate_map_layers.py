from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.custom_action_map_layers_populate_layers import CustomActionMapLayersPopulateLayers
from ...models.custom_action_map_layers_populate_layers_response import CustomActionMapLayersPopulateLayersResponse
from ...types import Response, json_loads


def _get_kwargs(
    *,
    body: CustomActionMapLayersPopulateLayers,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/rest/ofscMetadata/v1/mapLayers/custom-actions/populateLayers",
    }

    _kwargs["json"] = body.to_dict()

    headers.setdefault("Content-Type", "application/json")

    _kwargs["headers"] = headers
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
    *,
    client: AuthenticatedClient | Client,
    body: CustomActionMapLayersPopulateLayers,
) -> Response[CustomActionMapLayersPopulateLayersResponse]:
    """Populate a custom map layer

     This operation creates a shapefile and converts it into a map layer in Oracle Field Service. This
    operation is asynchronous.

    Only 10 internal custom map layers are allowed for an Oracle Field Service environment. Therefore
    only 10 different labels are allowed in a request to create a map layer.

    A shapefile (zip archive) is limited to 2 GB. Not all the information in the zip archive is imported
    and therefore the maximum amount of data stored as Internal Custom Map Layers is limited to 1 GB per
    Oracle Field Service environment. Oracle Field Service downloads the shapefile from the specified
    url in the background. You should verify the status of shapefile download and creation using the
    'Check custom map layer population status' api.

    Args:
        body (CustomActionMapLayersPopulateLayers): The schema of the request body object for this
            operation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomActionMapLayersPopulateLayersResponse]
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
    body: CustomActionMapLayersPopulateLayers,
) -> CustomActionMapLayersPopulateLayersResponse | None:
    """Populate a custom map layer

     This operation creates a shapefile and converts it into a map layer in Oracle Field Service. This
    operation is asynchronous.

    Only 10 internal custom map layers are allowed for an Oracle Field Service environment. Therefore
    only 10 different labels are allowed in a request to create a map layer.

    A shapefile (zip archive) is limited to 2 GB. Not all the information in the zip archive is imported
    and therefore the maximum amount of data stored as Internal Custom Map Layers is limited to 1 GB per
    Oracle Field Service environment. Oracle Field Service downloads the shapefile from the specified
    url in the background. You should verify the status of shapefile download and creation using the
    'Check custom map layer population status' api.

    Args:
        body (CustomActionMapLayersPopulateLayers): The schema of the request body object for this
            operation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomActionMapLayersPopulateLayersResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CustomActionMapLayersPopulateLayers,
) -> Response[CustomActionMapLayersPopulateLayersResponse]:
    """Populate a custom map layer

     This operation creates a shapefile and converts it into a map layer in Oracle Field Service. This
    operation is asynchronous.

    Only 10 internal custom map layers are allowed for an Oracle Field Service environment. Therefore
    only 10 different labels are allowed in a request to create a map layer.

    A shapefile (zip archive) is limited to 2 GB. Not all the information in the zip archive is imported
    and therefore the maximum amount of data stored as Internal Custom Map Layers is limited to 1 GB per
    Oracle Field Service environment. Oracle Field Service downloads the shapefile from the specified
    url in the background. You should verify the status of shapefile download and creation using the
    'Check custom map layer population status' api.

    Args:
        body (CustomActionMapLayersPopulateLayers): The schema of the request body object for this
            operation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomActionMapLayersPopulateLayersResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CustomActionMapLayersPopulateLayers,
) -> CustomActionMapLayersPopulateLayersResponse | None:
    """Populate a custom map layer

     This operation creates a shapefile and converts it into a map layer in Oracle Field Service. This
    operation is asynchronous.

    Only 10 internal custom map layers are allowed for an Oracle Field Service environment. Therefore
    only 10 different labels are allowed in a request to create a map layer.

    A shapefile (zip archive) is limited to 2 GB. Not all the information in the zip archive is imported
    and therefore the maximum amount of data stored as Internal Custom Map Layers is limited to 1 GB per
    Oracle Field Service environment. Oracle Field Service downloads the shapefile from the specified
    url in the background. You should verify the status of shapefile download and creation using the
    'Check custom map layer population status' api.

    Args:
        body (CustomActionMapLayersPopulateLayers): The schema of the request body object for this
            operation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomActionMapLayersPopulateLayersResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
