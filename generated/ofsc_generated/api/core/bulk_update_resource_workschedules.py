from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bulk_update_work_schedules_item import BulkUpdateWorkSchedulesItem
from ...models.bulk_update_work_schedules_response import BulkUpdateWorkSchedulesResponse
from ...types import UNSET, Response, Unset, json_loads


def _get_kwargs(
    *,
    body: list[BulkUpdateWorkSchedulesItem] | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/rest/ofscCore/v1/resources/custom-actions/bulkUpdateWorkSchedules",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = []
        for componentsschemas_bulk_update_work_schedules_item_data in body:
            componentsschemas_bulk_update_work_schedules_item = (
                componentsschemas_bulk_update_work_schedules_item_data.to_dict()
            )
            _kwargs["json"].append(componentsschemas_bulk_update_work_schedules_item)

    headers.setdefault("Content-Type", "application/json")

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BulkUpdateWorkSchedulesResponse | None:
    if response.status_code == 200:
        if not response.content:
            return None
        response_200 = BulkUpdateWorkSchedulesResponse.from_dict(json_loads(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BulkUpdateWorkSchedulesResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: list[BulkUpdateWorkSchedulesItem] | Unset = UNSET,
) -> Response[BulkUpdateWorkSchedulesResponse]:
    """Bulk update resource work schedules

     This operation creates, updates, or deletes work schedules of multiple resources in a single call.

    Error Handling:

    - If the request size is greater than 5 MB, then the operation fails with the HTTP status '413
    Request entity too large' error.
    - If the request body in JSON is invalid in terms of the swagger schema, then the operation fails
    with the HTTP status '400 Bad Request' error. The error details are as follows:
      - Invalid property value. Path: 'path_in_swagger_shema'. Value: 'error_value'. Valid values:
    'some_valid_value_1','some_valid_value_N'.
    - If both the parameters 'resourceId' and 'resourceInternalId' are specified in a request, then the
    operation fails with the HTTP status '400 Bad Request' error. The error details are as follows:
      - Only one of the parameters 'resourceId' or 'resourceInternalId' can be specified in a request.
    - If the parameters 'resourceId' and 'resourceInternalId' are missing in the request item, then the
    operation fails with the HTTP status '400 Bad Request' error. The error details are as follows:
      - Mandatory property is absent: 'resourceId' or 'resourceInternalId' must be defined.
    - If the swagger validation fails, then the operation fails with the HTTP status '400 Bad Request'
    error. Examples of such cases are:
      - A required field is not specified.
      - The request is not a valid JSON.
    - The operation returns HTTP status '200 OK', even if some work schedules are not updated or some
    resources specified in the request are invalid. Verify the response to identify the operations that
    succeeded and the operations that failed. The following is an example of such case:
      - The resourceId does not exist.

    Permissions:

    The permission 'core_api_resource' has to be set to 'ReadWrite' for this API to work.

    Args:
        body (list[BulkUpdateWorkSchedulesItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BulkUpdateWorkSchedulesResponse]
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
    body: list[BulkUpdateWorkSchedulesItem] | Unset = UNSET,
) -> BulkUpdateWorkSchedulesResponse | None:
    """Bulk update resource work schedules

     This operation creates, updates, or deletes work schedules of multiple resources in a single call.

    Error Handling:

    - If the request size is greater than 5 MB, then the operation fails with the HTTP status '413
    Request entity too large' error.
    - If the request body in JSON is invalid in terms of the swagger schema, then the operation fails
    with the HTTP status '400 Bad Request' error. The error details are as follows:
      - Invalid property value. Path: 'path_in_swagger_shema'. Value: 'error_value'. Valid values:
    'some_valid_value_1','some_valid_value_N'.
    - If both the parameters 'resourceId' and 'resourceInternalId' are specified in a request, then the
    operation fails with the HTTP status '400 Bad Request' error. The error details are as follows:
      - Only one of the parameters 'resourceId' or 'resourceInternalId' can be specified in a request.
    - If the parameters 'resourceId' and 'resourceInternalId' are missing in the request item, then the
    operation fails with the HTTP status '400 Bad Request' error. The error details are as follows:
      - Mandatory property is absent: 'resourceId' or 'resourceInternalId' must be defined.
    - If the swagger validation fails, then the operation fails with the HTTP status '400 Bad Request'
    error. Examples of such cases are:
      - A required field is not specified.
      - The request is not a valid JSON.
    - The operation returns HTTP status '200 OK', even if some work schedules are not updated or some
    resources specified in the request are invalid. Verify the response to identify the operations that
    succeeded and the operations that failed. The following is an example of such case:
      - The resourceId does not exist.

    Permissions:

    The permission 'core_api_resource' has to be set to 'ReadWrite' for this API to work.

    Args:
        body (list[BulkUpdateWorkSchedulesItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BulkUpdateWorkSchedulesResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: list[BulkUpdateWorkSchedulesItem] | Unset = UNSET,
) -> Response[BulkUpdateWorkSchedulesResponse]:
    """Bulk update resource work schedules

     This operation creates, updates, or deletes work schedules of multiple resources in a single call.

    Error Handling:

    - If the request size is greater than 5 MB, then the operation fails with the HTTP status '413
    Request entity too large' error.
    - If the request body in JSON is invalid in terms of the swagger schema, then the operation fails
    with the HTTP status '400 Bad Request' error. The error details are as follows:
      - Invalid property value. Path: 'path_in_swagger_shema'. Value: 'error_value'. Valid values:
    'some_valid_value_1','some_valid_value_N'.
    - If both the parameters 'resourceId' and 'resourceInternalId' are specified in a request, then the
    operation fails with the HTTP status '400 Bad Request' error. The error details are as follows:
      - Only one of the parameters 'resourceId' or 'resourceInternalId' can be specified in a request.
    - If the parameters 'resourceId' and 'resourceInternalId' are missing in the request item, then the
    operation fails with the HTTP status '400 Bad Request' error. The error details are as follows:
      - Mandatory property is absent: 'resourceId' or 'resourceInternalId' must be defined.
    - If the swagger validation fails, then the operation fails with the HTTP status '400 Bad Request'
    error. Examples of such cases are:
      - A required field is not specified.
      - The request is not a valid JSON.
    - The operation returns HTTP status '200 OK', even if some work schedules are not updated or some
    resources specified in the request are invalid. Verify the response to identify the operations that
    succeeded and the operations that failed. The following is an example of such case:
      - The resourceId does not exist.

    Permissions:

    The permission 'core_api_resource' has to be set to 'ReadWrite' for this API to work.

    Args:
        body (list[BulkUpdateWorkSchedulesItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BulkUpdateWorkSchedulesResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: list[BulkUpdateWorkSchedulesItem] | Unset = UNSET,
) -> BulkUpdateWorkSchedulesResponse | None:
    """Bulk update resource work schedules

     This operation creates, updates, or deletes work schedules of multiple resources in a single call.

    Error Handling:

    - If the request size is greater than 5 MB, then the operation fails with the HTTP status '413
    Request entity too large' error.
    - If the request body in JSON is invalid in terms of the swagger schema, then the operation fails
    with the HTTP status '400 Bad Request' error. The error details are as follows:
      - Invalid property value. Path: 'path_in_swagger_shema'. Value: 'error_value'. Valid values:
    'some_valid_value_1','some_valid_value_N'.
    - If both the parameters 'resourceId' and 'resourceInternalId' are specified in a request, then the
    operation fails with the HTTP status '400 Bad Request' error. The error details are as follows:
      - Only one of the parameters 'resourceId' or 'resourceInternalId' can be specified in a request.
    - If the parameters 'resourceId' and 'resourceInternalId' are missing in the request item, then the
    operation fails with the HTTP status '400 Bad Request' error. The error details are as follows:
      - Mandatory property is absent: 'resourceId' or 'resourceInternalId' must be defined.
    - If the swagger validation fails, then the operation fails with the HTTP status '400 Bad Request'
    error. Examples of such cases are:
      - A required field is not specified.
      - The request is not a valid JSON.
    - The operation returns HTTP status '200 OK', even if some work schedules are not updated or some
    resources specified in the request are invalid. Verify the response to identify the operations that
    succeeded and the operations that failed. The following is an example of such case:
      - The resourceId does not exist.

    Permissions:

    The permission 'core_api_resource' has to be set to 'ReadWrite' for this API to work.

    Args:
        body (list[BulkUpdateWorkSchedulesItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BulkUpdateWorkSchedulesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
