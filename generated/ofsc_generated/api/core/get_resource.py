from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.resource import Resource
from ...types import UNSET, Response, Unset, json_loads


def _get_kwargs(
    resource_id: str,
    *,
    expand: list[str] | Unset = UNSET,
    fields: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_expand: list[str] | Unset = UNSET
    if not isinstance(expand, Unset):
        json_expand = expand

    params["expand"] = json_expand

    json_fields: list[str] | Unset = UNSET
    if not isinstance(fields, Unset):
        json_fields = fields

    params["fields"] = json_fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rest/ofscCore/v1/resources/{resource_id}".format(
            resource_id=quote(str(resource_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Resource | None:
    if response.status_code == 200:
        if not response.content:
            return None
        response_200 = Resource.from_dict(json_loads(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Resource]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    resource_id: str,
    *,
    client: AuthenticatedClient | Client,
    expand: list[str] | Unset = UNSET,
    fields: list[str] | Unset = UNSET,
) -> Response[Resource]:
    """Get a resource

     This operation retrieves the information about the specified resource.

    Args:
        resource_id (str): The unique identifier of the resource in Oracle Field Service.
        expand (list[str] | Unset): The sub-entities that are embedded into each resource item
            returned in the response. The value is a comma-separated string containing a combination
            of the following values: inventories, workZones, workSkills, and workSchedules.

            If one or more values are specified then the appropriate sub-entities are embedded into
            each resource item. For example, the following query returns the work zones and work
            skills linked to the specified resource: https://<environment_name>.fs.ocs.oraclecloud.com
            /rest/ofscCore/v1/resources/{resourceId}?expand=workZones,workSkills. If the value is not
            specified then none of the sub-entities are expanded, and they are provided as links that
            can be retrieved by another call.

            To avoid huge responses, any sub-entity that contains more than 500 items is not expanded,
            and it is returned as a usual link. The link can be used to retrieve the sub-entity in a
            separate call using the limit and offset parameters to control the response size.
        fields (list[str] | Unset): The comma-separated names of the resource fields that are
            returned in the response.

            - If the value of this parameter is not specified, then all the resource fields and custom
            properties are returned by default.
            - If the resource fields are specified, then only the 'resourceId' field and requested
            fields are returned. For example: https://<environment_name>.fs.ocs.oraclecloud.com/rest/o
            fscCore/v1/resources/john.smith?fields=resourceId,resourceType,status.
            - If incorrect resource fields are specified, then the 400 error code is returned.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Resource]
    """

    kwargs = _get_kwargs(
        resource_id=resource_id,
        expand=expand,
        fields=fields,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    resource_id: str,
    *,
    client: AuthenticatedClient | Client,
    expand: list[str] | Unset = UNSET,
    fields: list[str] | Unset = UNSET,
) -> Resource | None:
    """Get a resource

     This operation retrieves the information about the specified resource.

    Args:
        resource_id (str): The unique identifier of the resource in Oracle Field Service.
        expand (list[str] | Unset): The sub-entities that are embedded into each resource item
            returned in the response. The value is a comma-separated string containing a combination
            of the following values: inventories, workZones, workSkills, and workSchedules.

            If one or more values are specified then the appropriate sub-entities are embedded into
            each resource item. For example, the following query returns the work zones and work
            skills linked to the specified resource: https://<environment_name>.fs.ocs.oraclecloud.com
            /rest/ofscCore/v1/resources/{resourceId}?expand=workZones,workSkills. If the value is not
            specified then none of the sub-entities are expanded, and they are provided as links that
            can be retrieved by another call.

            To avoid huge responses, any sub-entity that contains more than 500 items is not expanded,
            and it is returned as a usual link. The link can be used to retrieve the sub-entity in a
            separate call using the limit and offset parameters to control the response size.
        fields (list[str] | Unset): The comma-separated names of the resource fields that are
            returned in the response.

            - If the value of this parameter is not specified, then all the resource fields and custom
            properties are returned by default.
            - If the resource fields are specified, then only the 'resourceId' field and requested
            fields are returned. For example: https://<environment_name>.fs.ocs.oraclecloud.com/rest/o
            fscCore/v1/resources/john.smith?fields=resourceId,resourceType,status.
            - If incorrect resource fields are specified, then the 400 error code is returned.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Resource
    """

    return sync_detailed(
        resource_id=resource_id,
        client=client,
        expand=expand,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    resource_id: str,
    *,
    client: AuthenticatedClient | Client,
    expand: list[str] | Unset = UNSET,
    fields: list[str] | Unset = UNSET,
) -> Response[Resource]:
    """Get a resource

     This operation retrieves the information about the specified resource.

    Args:
        resource_id (str): The unique identifier of the resource in Oracle Field Service.
        expand (list[str] | Unset): The sub-entities that are embedded into each resource item
            returned in the response. The value is a comma-separated string containing a combination
            of the following values: inventories, workZones, workSkills, and workSchedules.

            If one or more values are specified then the appropriate sub-entities are embedded into
            each resource item. For example, the following query returns the work zones and work
            skills linked to the specified resource: https://<environment_name>.fs.ocs.oraclecloud.com
            /rest/ofscCore/v1/resources/{resourceId}?expand=workZones,workSkills. If the value is not
            specified then none of the sub-entities are expanded, and they are provided as links that
            can be retrieved by another call.

            To avoid huge responses, any sub-entity that contains more than 500 items is not expanded,
            and it is returned as a usual link. The link can be used to retrieve the sub-entity in a
            separate call using the limit and offset parameters to control the response size.
        fields (list[str] | Unset): The comma-separated names of the resource fields that are
            returned in the response.

            - If the value of this parameter is not specified, then all the resource fields and custom
            properties are returned by default.
            - If the resource fields are specified, then only the 'resourceId' field and requested
            fields are returned. For example: https://<environment_name>.fs.ocs.oraclecloud.com/rest/o
            fscCore/v1/resources/john.smith?fields=resourceId,resourceType,status.
            - If incorrect resource fields are specified, then the 400 error code is returned.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Resource]
    """

    kwargs = _get_kwargs(
        resource_id=resource_id,
        expand=expand,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    resource_id: str,
    *,
    client: AuthenticatedClient | Client,
    expand: list[str] | Unset = UNSET,
    fields: list[str] | Unset = UNSET,
) -> Resource | None:
    """Get a resource

     This operation retrieves the information about the specified resource.

    Args:
        resource_id (str): The unique identifier of the resource in Oracle Field Service.
        expand (list[str] | Unset): The sub-entities that are embedded into each resource item
            returned in the response. The value is a comma-separated string containing a combination
            of the following values: inventories, workZones, workSkills, and workSchedules.

            If one or more values are specified then the appropriate sub-entities are embedded into
            each resource item. For example, the following query returns the work zones and work
            skills linked to the specified resource: https://<environment_name>.fs.ocs.oraclecloud.com
            /rest/ofscCore/v1/resources/{resourceId}?expand=workZones,workSkills. If the value is not
            specified then none of the sub-entities are expanded, and they are provided as links that
            can be retrieved by another call.

            To avoid huge responses, any sub-entity that contains more than 500 items is not expanded,
            and it is returned as a usual link. The link can be used to retrieve the sub-entity in a
            separate call using the limit and offset parameters to control the response size.
        fields (list[str] | Unset): The comma-separated names of the resource fields that are
            returned in the response.

            - If the value of this parameter is not specified, then all the resource fields and custom
            properties are returned by default.
            - If the resource fields are specified, then only the 'resourceId' field and requested
            fields are returned. For example: https://<environment_name>.fs.ocs.oraclecloud.com/rest/o
            fscCore/v1/resources/john.smith?fields=resourceId,resourceType,status.
            - If incorrect resource fields are specified, then the 400 error code is returned.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Resource
    """

    return (
        await asyncio_detailed(
            resource_id=resource_id,
            client=client,
            expand=expand,
            fields=fields,
        )
    ).parsed
