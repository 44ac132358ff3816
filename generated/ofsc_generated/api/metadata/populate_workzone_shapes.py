from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.custom_action_work_zones_populate_shapes import CustomActionWorkZonesPopulateShapes
from ...models.custom_action_work_zones_populate_shapes_response import CustomActionWorkZonesPopulateShapesResponse
from ...types import Response, json_loads


def _get_kwargs(
    *,
    body: CustomActionWorkZonesPopulateShapes,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/rest/ofscMetadata/v1/workZones/custom-actions/populateShapes",
    }

    _kwargs["json"] = body.to_dict()

    headers.setdefault("Content-Type", "application/json")

    _kwargs["headers"] = headers
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
    *,
    client: AuthenticatedClient | Client,
    body: CustomActionWorkZonesPopulateShapes,
) -> Response[CustomActionWorkZonesPopulateShapesResponse]:
    """Start shape upload

     This operation uploads the shape files of the work zone.

    All the shapefile must be uploaded in a single request. Every time a shapefile is uploaded, the
    existing shapefile is removed. Therefore, uploading shapefiles in an incremental order is not
    supported. For more information on uploading shapefiles, see Configuring a Custom Map Layer by Using
    the Metadata API.

    Note: From version 16.8.3 onwards, when the workzone shapefiles are uploaded, Oracle Field Service
    performs several validations to rectify the data imported from non-Oracle applications. If the
    shapefile is already uploaded, then it is recommended that you upload the shapefiles again to ensure
    that there are no issues in the existing data.

    Args:
        body (CustomActionWorkZonesPopulateShapes): The request body parameters for populating
            shapes. These parameters are used to download and convert shapes.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomActionWorkZonesPopulateShapesResponse]
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
    body: CustomActionWorkZonesPopulateShapes,
) -> CustomActionWorkZonesPopulateShapesResponse | None:
    """Start shape upload

     This operation uploads the shape files of the work zone.

    All the shapefile must be uploaded in a single request. Every time a shapefile is uploaded, the
    existing shapefile is removed. Therefore, uploading shapefiles in an incremental order is not
    supported. For more information on uploading shapefiles, see Configuring a Custom Map Layer by Using
    the Metadata API.

    Note: From version 16.8.3 onwards, when the workzone shapefiles are uploaded, Oracle Field Service
    performs several validations to rectify the data imported from non-Oracle applications. If the
    shapefile is already uploaded, then it is recommended that you upload the shapefiles again to ensure
    that there are no issues in the existing data.

    Args:
        body (CustomActionWorkZonesPopulateShapes): The request body parameters for populating
            shapes. These parameters are used to download and convert shapes.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomActionWorkZonesPopulateShapesResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CustomActionWorkZonesPopulateShapes,
) -> Response[CustomActionWorkZonesPopulateShapesResponse]:
    """Start shape upload

     This operation uploads the shape files of the work zone.

    All the shapefile must be uploaded in a single request. Every time a shapefile is uploaded, the
    existing shapefile is removed. Therefore, uploading shapefiles in an incremental order is not
    supported. For more information on uploading shapefiles, see Configuring a Custom Map Layer by Using
    the Metadata API.

    Note: From version 16.8.3 onwards, when the workzone shapefiles are uploaded, Oracle Field Service
    performs several validations to rectify the data imported from non-Oracle applications. If the
    shapefile is already uploaded, then it is recommended that you upload the shapefiles again to ensure
    that there are no issues in the existing data.

    Args:
        body (CustomActionWorkZonesPopulateShapes): The request body parameters for populating
            shapes. These parameters are used to download and convert shapes.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomActionWorkZonesPopulateShapesResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CustomActionWorkZonesPopulateShapes,
) -> CustomActionWorkZonesPopulateShapesResponse | None:
    """Start shape upload

     This operation uploads the shape files of the work zone.

    All the shapefile must be uploaded in a single request. Every time a shapefile is uploaded, the
    existing shapefile is removed. Therefore, uploading shapefiles in an incremental order is not
    supported. For more information on uploading shapefiles, see Configuring a Custom Map Layer by Using
    the Metadata API.

    Note: From version 16.8.3 onwards, when the workzone shapefiles are uploaded, Oracle Field Service
    performs several validations to rectify the data imported from non-Oracle applications. If the
    shapefile is already uploaded, then it is recommended that you upload the shapefiles again to ensure
    that there are no issues in the existing data.

    Args:
        body (CustomActionWorkZonesPopulateShapes): The request body parameters for populating
            shapes. These parameters are used to download and convert shapes.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomActionWorkZonesPopulateShapesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
