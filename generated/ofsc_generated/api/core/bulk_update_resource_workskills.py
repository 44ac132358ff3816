from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bulk_update_work_skills_item import BulkUpdateWorkSkillsItem
from ...models.bulk_update_work_skills_response import BulkUpdateWorkSkillsResponse
from ...types import UNSET, Response, Unset, json_loads


def _get_kwargs(
    *,
    body: list[BulkUpdateWorkSkillsItem] | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/rest/ofscCore/v1/resources/custom-actions/bulkUpdateWorkSkills",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = []
        for componentsschemas_bulk_update_work_skills_item_data in body:
            componentsschemas_bulk_update_work_skills_item = (
                componentsschemas_bulk_update_work_skills_item_data.to_dict()
            )
            _kwargs["json"].append(componentsschemas_bulk_update_work_skills_item)

    headers.setdefault("Content-Type", "application/json")

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BulkUpdateWorkSkillsResponse | None:
    if response.status_code == 200:
        if not response.content:
            return None
        response_200 = BulkUpdateWorkSkillsResponse.from_dict(json_loads(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BulkUpdateWorkSkillsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: list[BulkUpdateWorkSkillsItem] | Unset = UNSET,
) -> Response[BulkUpdateWorkSkillsResponse]:
    """Bulk update resource work skills

     This operation creates, updates, or deletes work skills of multiple resources in a single call.

    Error Handling:

    - If the request size is greater than 5 MB, then the operation fails with the HTTP status '413
    Request entity too large' error.
    - If the swagger validation fails, then the operation fails with the HTTP status '400 Bad Request'
    error. Examples of such cases are:
      - A required field is not specified.
      - The request is not a valid JSON.
    - The operation returns HTTP status '200 OK', even if some work skills are not updated or some
    resources specified in the request are invalid. Verify the response to identify the operations that
    succeeded and the operations that failed. Examples of such cases are:
      - The resource ID does not exist.
      - The work skill does not exist or is invalid.
      - The start date or end date is not specified or is invalid.
      - The ratio is not specified or is invalid.

    Error Messages

    The following error messages are supported for this operation:

    - Cannot set work skills for resource: 'resource2'
    - Resource not found: resourceId='resource2'
    - Only one of the parameters 'resourceId' or 'resourceInternalId' can be specified at one item of
    request
    - Mandatory property is absent: 'resourceId' or 'resourceInternalId' must be defined
    - Invalid property value. Path: '0/resourceId'. String is too long. Length: '%%'. Maximum valid
    length: '32'
    - Invalid property value. Path: '0/resourceId'. String is too short. Length: '0'. Minimum valid
    length: '1'
    - Invalid property value. Path: '0/workSkills/0/ratio'. Value: '%%'. Value is greater than maximum:
    '100'
    - Invalid property value. Path: '%%%/workSkills/0/ratio'. Value: '-%%'. Value is less than minimum:
    '0'
    - Invalid property value. Property: 'resourceId'. Value: '%%'
    - Required property is not specified: '0/workSkills'

    Permissions:

    The permission 'core_api_resource' has to be set to 'ReadWrite' for this API to work.

    Args:
        body (list[BulkUpdateWorkSkillsItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BulkUpdateWorkSkillsResponse]
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
    body: list[BulkUpdateWorkSkillsItem] | Unset = UNSET,
) -> BulkUpdateWorkSkillsResponse | None:
    """Bulk update resource work skills

     This operation creates, updates, or deletes work skills of multiple resources in a single call.

    Error Handling:

    - If the request size is greater than 5 MB, then the operation fails with the HTTP status '413
    Request entity too large' error.
    - If the swagger validation fails, then the operation fails with the HTTP status '400 Bad Request'
    error. Examples of such cases are:
      - A required field is not specified.
      - The request is not a valid JSON.
    - The operation returns HTTP status '200 OK', even if some work skills are not updated or some
    resources specified in the request are invalid. Verify the response to identify the operations that
    succeeded and the operations that failed. Examples of such cases are:
      - The resource ID does not exist.
      - The work skill does not exist or is invalid.
      - The start date or end date is not specified or is invalid.
      - The ratio is not specified or is invalid.

    Error Messages

    The following error messages are supported for this operation:

    - Cannot set work skills for resource: 'resource2'
    - Resource not found: resourceId='resource2'
    - Only one of the parameters 'resourceId' or 'resourceInternalId' can be specified at one item of
    request
    - Mandatory property is absent: 'resourceId' or 'resourceInternalId' must be defined
    - Invalid property value. Path: '0/resourceId'. String is too long. Length: '%%'. Maximum valid
    length: '32'
    - Invalid property value. Path: '0/resourceId'. String is too short. Length: '0'. Minimum valid
    length: '1'
    - Invalid property value. Path: '0/workSkills/0/ratio'. Value: '%%'. Value is greater than maximum:
    '100'
    - Invalid property value. Path: '%%%/workSkills/0/ratio'. Value: '-%%'. Value is less than minimum:
    '0'
    - Invalid property value. Property: 'resourceId'. Value: '%%'
    - Required property is not specified: '0/workSkills'

    Permissions:

    The permission 'core_api_resource' has to be set to 'ReadWrite' for this API to work.

    Args:
        body (list[BulkUpdateWorkSkillsItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BulkUpdateWorkSkillsResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: list[BulkUpdateWorkSkillsItem] | Unset = UNSET,
) -> Response[BulkUpdateWorkSkillsResponse]:
    """Bulk update resource work skills

     This operation creates, updates, or deletes work skills of multiple resources in a single call.

    Error Handling:

    - If the request size is greater than 5 MB, then the operation fails with the HTTP status '413
    Request entity too large' error.
    - If the swagger validation fails, then the operation fails with the HTTP status '400 Bad Request'
    error. Examples of such cases are:
      - A required field is not specified.
      - The request is not a valid JSON.
    - The operation returns HTTP status '200 OK', even if some work skills are not updated or some
    resources specified in the request are invalid. Verify the response to identify the operations that
    succeeded and the operations that failed. Examples of such cases are:
      - The resource ID does not exist.
      - The work skill does not exist or is invalid.
      - The start date or end date is not specified or is invalid.
      - The ratio is not specified or is invalid.

    Error Messages

    The following error messages are supported for this operation:

    - Cannot set work skills for resource: 'resource2'
    - Resource not found: resourceId='resource2'
    - Only one of the parameters 'resourceId' or 'resourceInternalId' can be specified at one item of
    request
    - Mandatory property is absent: 'resourceId' or 'resourceInternalId' must be defined
    - Invalid property value. Path: '0/resourceId'. String is too long. Length: '%%'. Maximum valid
    length: '32'
    - Invalid property value. Path: '0/resourceId'. String is too short. Length: '0'. Minimum valid
    length: '1'
    - Invalid property value. Path: '0/workSkills/0/ratio'. Value: '%%'. Value is greater than maximum:
    '100'
    - Invalid property value. Path: '%%%/workSkills/0/ratio'. Value: '-%%'. Value is less than minimum:
    '0'
    - Invalid property value. Property: 'resourceId'. Value: '%%'
    - Required property is not specified: '0/workSkills'

    Permissions:

    The permission 'core_api_resource' has to be set to 'ReadWrite' for this API to work.

    Args:
        body (list[BulkUpdateWorkSkillsItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BulkUpdateWorkSkillsResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: list[BulkUpdateWorkSkillsItem] | Unset = UNSET,
) -> BulkUpdateWorkSkillsResponse | None:
    """Bulk update resource work skills

     This operation creates, updates, or deletes work skills of multiple resources in a single call.

    Error Handling:

    - If the request size is greater than 5 MB, then the operation fails with the HTTP status '413
    Request entity too large' error.
    - If the swagger validation fails, then the operation fails with the HTTP status '400 Bad Request'
    error. Examples of such cases are:
      - A required field is not specified.
      - The request is not a valid JSON.
    - The operation returns HTTP status '200 OK', even if some work skills are not updated or some
    resources specified in the request are invalid. Verify the response to identify the operations that
    succeeded and the operations that failed. Examples of such cases are:
      - The resource ID does not exist.
      - The work skill does not exist or is invalid.
      - The start date or end date is not specified or is invalid.
      - The ratio is not specified or is invalid.

    Error Messages

    The following error messages are supported for this operation:

    - Cannot set work skills for resource: 'resource2'
    - Resource not found: resourceId='resource2'
    - Only one of the parameters 'resourceId' or 'resourceInternalId' can be specified at one item of
    request
    - Mandatory property is absent: 'resourceId' or 'resourceInternalId' must be defined
    - Invalid property value. Path: '0/resourceId'. String is too long. Length: '%%'. Maximum valid
    length: '32'
    - Invalid property value. Path: '0/resourceId'. String is too short. Length: '0'. Minimum valid
    length: '1'
    - Invalid property value. Path: '0/workSkills/0/ratio'. Value: '%%'. Value is greater than maximum:
    '100'
    - Invalid property value. Path: '%%%/workSkills/0/ratio'. Value: '-%%'. Value is less than minimum:
    '0'
    - Invalid property value. Property: 'resourceId'. Value: '%%'
    - Required property is not specified: '0/workSkills'

    Permissions:

    The permission 'core_api_resource' has to be set to 'ReadWrite' for this API to work.

    Args:
        body (list[BulkUpdateWorkSkillsItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BulkUpdateWorkSkillsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
