from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_service_request import CreateServiceRequest
from ...models.service_requests_item import ServiceRequestsItem
from ...types import UNSET, Response, Unset, json_loads


def _get_kwargs(
    *,
    body: CreateServiceRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/rest/ofscCore/v1/serviceRequests",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers.setdefault("Content-Type", "application/json")

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ServiceRequestsItem | None:
    if response.status_code == 201:
        if not response.content:
            return None
        response_201 = ServiceRequestsItem.from_dict(json_loads(response.content))

        return response_201

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ServiceRequestsItem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateServiceRequest | Unset = UNSET,
) -> Response[ServiceRequestsItem]:
    """Create a service request

     This operation allows integrated systems to create a new service request in Oracle Field Service.

    A service request is a data container, which can be used to collect information about activities,
    resources, or inventories when used by integrated systems. You can also specify service request
    custom properties while creating a service request. After a service request is created in Oracle
    Field Service, it cannot be modified. An existing entity ID (resourceId, activityId, or inventoryId)
    must be provided with the request. Only one entity ID can be specified in the request, but Oracle
    Field Service will populate related IDs (if any).

    - If no entity ID is provided, then a bad request error, 'Required property not set. One of the
    property: activityId or inventoryId or resourceId must be specified' is returned.
    - If more than one entity ID is provided in the request, then a bad request error, 'Only one of the
    parameters activityId, inventoryId, resourceId can be specified at one request' is returned.

    A new event, resourceRequestCreated, inventoryRequestCreated, customerRequestCreated in Events API
    is generated depending on the specified entity field (resourceId, inventoryId, activityId) in the
    request. For example, when an inventory ID is specified when creating a service request, Oracle
    Field Service finds the activity or resource that is linked with the specified inventory ID and adds
    the activityId and resourceId to the service request.

    The response of POST or GET methods will return the saved entity IDs. The response also contains the
    date and time when the service request is created in Oracle Field Service and is returned in YYYY-
    MM-DD HH:MM format (UTC time zone).

    Permissions: The user must at least have read-write access to the service request entity of the Core
    API; else, the function will return a 403 error.

    Args:
        body (CreateServiceRequest | Unset): The service request fields required to create a
            service request. In addition to the built-in service request fields, the custom properties
            of the service request may be present.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ServiceRequestsItem]
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
    body: CreateServiceRequest | Unset = UNSET,
) -> ServiceRequestsItem | None:
    """Create a service request

     This operation allows integrated systems to create a new service request in Oracle Field Service.

    A service request is a data container, which can be used to collect information about activities,
    resources, or inventories when used by integrated systems. You can also specify service request
    custom properties while creating a service request. After a service request is created in Oracle
    Field Service, it cannot be modified. An existing entity ID (resourceId, activityId, or inventoryId)
    must be provided with the request. Only one entity ID can be specified in the request, but Oracle
    Field Service will populate related IDs (if any).

    - If no entity ID is provided, then a bad request error, 'Required property not set. One of the
    property: activityId or inventoryId or resourceId must be specified' is returned.
    - If more than one entity ID is provided in the request, then a bad request error, 'Only one of the
    parameters activityId, inventoryId, resourceId can be specified at one request' is returned.

    A new event, resourceRequestCreated, inventoryRequestCreated, customerRequestCreated in Events API
    is generated depending on the specified entity field (resourceId, inventoryId, activityId) in the
    request. For example, when an inventory ID is specified when creating a service request, Oracle
    Field Service finds the activity or resource that is linked with the specified inventory ID and adds
    the activityId and resourceId to the service request.

    The response of POST or GET methods will return the saved entity IDs. The response also contains the
    date and time when the service request is created in Oracle Field Service and is returned in YYYY-
    MM-DD HH:MM format (UTC time zone).

    Permissions: The user must at least have read-write access to the service request entity of the Core
    API; else, the function will return a 403 error.

    Args:
        body (CreateServiceRequest | Unset): The service request fields required to create a
            service request. In addition to the built-in service request fields, the custom properties
            of the service request may be present.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ServiceRequestsItem
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateServiceRequest | Unset = UNSET,
) -> Response[ServiceRequestsItem]:
    """Create a service request

     This operation allows integrated systems to create a new service request in Oracle Field Service.

    A service request is a data container, which can be used to collect information about activities,
    resources, or inventories when used by integrated systems. You can also specify service request
    custom properties while creating a service request. After a service request is created in Oracle
    Field Service, it cannot be modified. An existing entity ID (resourceId, activityId, or inventoryId)
    must be provided with the request. Only one entity ID can be specified in the request, but Oracle
    Field Service will populate related IDs (if any).

    - If no entity ID is provided, then a bad request error, 'Required property not set. One of the
    property: activityId or inventoryId or resourceId must be specified' is returned.
    - If more than one entity ID is provided in the request, then a bad request error, 'Only one of the
    parameters activityId, inventoryId, resourceId can be specified at one request' is returned.

    A new event, resourceRequestCreated, inventoryRequestCreated, customerRequestCreated in Events API
    is generated depending on the specified entity field (resourceId, inventoryId, activityId) in the
    request. For example, when an inventory ID is specified when creating a service request, Oracle
    Field Service finds the activity or resource that is linked with the specified inventory ID and adds
    the activityId and resourceId to the service request.

    The response of POST or GET methods will return the saved entity IDs. The response also contains the
    date and time when the service request is created in Oracle Field Service and is returned in YYYY-
    MM-DD HH:MM format (UTC time zone).

    Permissions: The user must at least have read-write access to the service request entity of the Core
    API; else, the function will return a 403 error.

    Args:
        body (CreateServiceRequest | Unset): The service request fields required to create a
            service request. In addition to the built-in service request fields, the custom properties
            of the service request may be present.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ServiceRequestsItem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateServiceRequest | Unset = UNSET,
) -> ServiceRequestsItem | None:
    """Create a service request

     This operation allows integrated systems to create a new service request in Oracle Field Service.

    A service request is a data container, which can be used to collect information about activities,
    resources, or inventories when used by integrated systems. You can also specify service request
    custom properties while creating a service request. After a service request is created in Oracle
    Field Service, it cannot be modified. An existing entity ID (resourceId, activityId, or inventoryId)
    must be provided with the request. Only one entity ID can be specified in the request, but Oracle
    Field Service will populate related IDs (if any).

    - If no entity ID is provided, then a bad request error, 'Required property not set. One of the
    property: activityId or inventoryId or resourceId must be specified' is returned.
    - If more than one entity ID is provided in the request, then a bad request error, 'Only one of the
    parameters activityId, inventoryId, resourceId can be specified at one request' is returned.

    A new event, resourceRequestCreated, inventoryRequestCreated, customerRequestCreated in Events API
    is generated depending on the specified entity field (resourceId, inventoryId, activityId) in the
    request. For example, when an inventory ID is specified when creating a service request, Oracle
    Field Service finds the activity or resource that is linked with the specified inventory ID and adds
    the activityId and resourceId to the service request.

    The response of POST or GET methods will return the saved entity IDs. The response also contains the
    date and time when the service request is created in Oracle Field Service and is returned in YYYY-
    MM-DD HH:MM format (UTC time zone).

    Permissions: The user must at least have read-write access to the service request entity of the Core
    API; else, the function will return a 403 error.

    Args:
        body (CreateServiceRequest | Unset): The service request fields required to create a
            service request. In addition to the built-in service request fields, the custom properties
            of the service request may be present.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ServiceRequestsItem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
