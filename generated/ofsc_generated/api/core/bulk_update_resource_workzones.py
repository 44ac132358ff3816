from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bulk_update_work_zones_request_item import BulkUpdateWorkZonesRequestItem
from ...models.bulk_update_work_zones_response import BulkUpdateWorkZonesResponse
from ...types import UNSET, Response, Unset, json_loads


def _get_kwargs(
    *,
    body: list[BulkUpdateWorkZonesRequestItem] | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/rest/ofscCore/v1/resources/custom-actions/bulkUpdateWorkZones",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = []
        for componentsschemas_bulk_update_work_zones_request_item_data in body:
            componentsschemas_bulk_update_work_zones_request_item = (
                componentsschemas_bulk_update_work_zones_request_item_data.to_dict()
            )
            _kwargs["json"].append(componentsschemas_bulk_update_work_zones_request_item)

    headers.setdefault("Content-Type", "application/json")

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BulkUpdateWorkZonesResponse | None:
    if response.status_code == 200:
        if not response.content:
            return None
        response_200 = BulkUpdateWorkZonesResponse.from_dict(json_loads(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BulkUpdateWorkZonesResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: list[BulkUpdateWorkZonesRequestItem] | Unset = UNSET,
) -> Response[BulkUpdateWorkZonesResponse]:
    """Bulk update resource work zones

     This operation creates, updates, or deletes work zones of multiple resources in a single call. If
    there are no existing work zones for the resource, then the operation creates the work zones
    specified in the request. If there are work zones already existing for the resource, then the
    operation replaces them with the work zones specified in the request.

    Error Handling:

    - If the request size is greater than 5 MB, then the operation fails with the HTTP status '413
    Request entity too large' error.
    - If the swagger validation fails, then the operation fails with the HTTP status '400 Bad Request'
    error. Examples of such cases are:
      - A required field is not specified.
      - The request is not a valid JSON.
    - The operation returns HTTP status '200 OK', even if some work zones are not updated or some
    resources specified in the request are invalid. Verify the response to identify the operations that
    succeeded and the operations that failed. Examples of such cases are:
      - The resource ID does not exist.
      - The work zone does not exist or is invalid.
      - The start date or end date is not specified or is invalid.

    Permissions:

    The permission 'core_api_resource' has to be set to 'ReadWrite' for this API to work.

    Args:
        body (list[BulkUpdateWorkZonesRequestItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BulkUpdateWorkZonesResponse]
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
    body: list[BulkUpdateWorkZonesRequestItem] | Unset = UNSET,
) -> BulkUpdateWorkZonesResponse | None:
    """Bulk update resource work zones

     This operation creates, updates, or deletes work zones of multiple resources in a single call. If
    there are no existing work zones for the resource, then the operation creates the work zones
    specified in the request. If there are work zones already existing for the resource, then the
    operation replaces them with the work zones specified in the request.

    Error Handling:

    - If the request size is greater than 5 MB, then the operation fails with the HTTP status '413
    Request entity too large' error.
    - If the swagger validation fails, then the operation fails with the HTTP status '400 Bad Request'
    error. Examples of such cases are:
      - A required field is not specified.
      - The request is not a valid JSON.
    - The operation returns HTTP status '200 OK', even if some work zones are not updated or some
    resources specified in the request are invalid. Verify the response to identify the operations that
    succeeded and the operations that failed. Examples of such cases are:
      - The resource ID does not exist.
      - The work zone does not exist or is invalid.
      - The start date or end date is not specified or is invalid.

    Permissions:

    The permission 'core_api_resource' has to be set to 'ReadWrite' for this API to work.

    Args:
        body (list[BulkUpdateWorkZonesRequestItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BulkUpdateWorkZonesResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: list[BulkUpdateWorkZonesRequestItem] | Unset = UNSET,
) -> Response[BulkUpdateWorkZonesResponse]:
    """Bulk update resource work zones

     This operation creates, updates, or deletes work zones of multiple resources in a single call. If
    there are no existing work zones for the resource, then the operation creates the work zones
    specified in the request. If there are work zones already existing for the resource, then the
    operation replaces them with the work zones specified in the request.

    Error Handling:

    - If the request size is greater than 5 MB, then the operation fails with the HTTP status '413
    Request entity too large' error.
    - If the swagger validation fails, then the operation fails with the HTTP status '400 Bad Request'
    error. Examples of such cases are:
      - A required field is not specified.
      - The request is not a valid JSON.
    - The operation returns HTTP status '200 OK', even if some work zones are not updated or some
    resources specified in the request are invalid. Verify the response to identify the operations that
    succeeded and the operations that failed. Examples of such cases are:
      - The resource ID does not exist.
      - The work zone does not exist or is invalid.
      - The start date or end date is not specified or is invalid.

    Permissions:

    The permission 'core_api_resource' has to be set to 'ReadWrite' for this API to work.

    Args:
        body (list[BulkUpdateWorkZonesRequestItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BulkUpdateWorkZonesResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: list[BulkUpdateWorkZonesRequestItem] | Unset = UNSET,
) -> BulkUpdateWorkZonesResponse | None:
    """Bulk update resource work zones

     This operation creates, updates, or deletes work zones of multiple resources in a single call. If
    there are no existing work zones for the resource, then the operation creates the work zones
    specified in the request. If there are work zones already existing for the resource, then the
    operation replaces them with the work zones specified in the request.

    Error Handling:

    - If the request size is greater than 5 MB, then the operation fails with the HTTP status '413
    Request entity too large' error.
    - If the swagger validation fails, then the operation fails with the HTTP status '400 Bad Request'
    error. Examples of such cases are:
      - A required field is not specified.
      - The request is not a valid JSON.
    - The operation returns HTTP status '200 OK', even if some work zones are not updated or some
    resources specified in the request are invalid. Verify the response to identify the operations that
    succeeded and the operations that failed. Examples of such cases are:
      - The resource ID does not exist.
      - The work zone does not exist or is invalid.
      - The start date or end date is not specified or is invalid.

    Permissions:

    The permission 'core_api_resource' has to be set to 'ReadWrite' for this API to work.

    Args:
        body (list[BulkUpdateWorkZonesRequestItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BulkUpdateWorkZonesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
