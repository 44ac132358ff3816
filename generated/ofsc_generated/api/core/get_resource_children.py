from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.resource_list import ResourceList
from ...types import UNSET, Response, Unset, json_loads


def _get_kwargs(
    resource_id: str,
    *,
    can_be_team_holder: bool | Unset = UNSET,
    can_participate_in_team: bool | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    expand: list[str] | Unset = UNSET,
    fields: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["canBeTeamHolder"] = can_be_team_holder

    params["canParticipateInTeam"] = can_participate_in_team

    params["offset"] = offset

    params["limit"] = limit

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
        "url": "/rest/ofscCore/v1/resources/{resource_id}/children".format(
            resource_id=quote(str(resource_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ResourceList | None:
    if response.status_code == 200:
        if not response.content:
            return None
        response_200 = ResourceList.from_dict(json_loads(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ResourceList]:
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
    can_be_team_holder: bool | Unset = UNSET,
    can_participate_in_team: bool | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    expand: list[str] | Unset = UNSET,
    fields: list[str] | Unset = UNSET,
) -> Response[ResourceList]:
    """Get child resources

     This operation retrieves the list of child resources for the specified resource. Child resources are
    located one level below the specified resource on a resource tree in Oracle Field Service Manage.

    Args:
        resource_id (str): The unique identifier of the resource in Oracle Field Service.
        can_be_team_holder (bool | Unset): If specified, the response will be filtered accordingly
            to the resource type feature 'Can be a team holder'
        can_participate_in_team (bool | Unset): If specified, the response will be filtered
            accordingly to the resource type feature 'Can participate in team'
        offset (int | Unset): The record number from which the retrieval starts. The default value
            is zero. If no value is specified, then it defaults to zero. The value zero indicates that
            the retrieval will start from the beginning of the collection.
        limit (int | Unset): The number of items to be returned in the response. The minimum value
            that can be specified is 1 and the maximum value that can be specified is 100. If the
            specified value is greater than 100, zero, or if no value is specified, then it defaults
            to 100.
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
        Response[ResourceList]
    """

    kwargs = _get_kwargs(
        resource_id=resource_id,
        can_be_team_holder=can_be_team_holder,
        can_participate_in_team=can_participate_in_team,
        offset=offset,
        limit=limit,
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
    can_be_team_holder: bool | Unset = UNSET,
    can_participate_in_team: bool | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    expand: list[str] | Unset = UNSET,
    fields: list[str] | Unset = UNSET,
) -> ResourceList | None:
    """Get child resources

     This operation retrieves the list of child resources for the specified resource. Child resources are
    located one level below the specified resource on a resource tree in Oracle Field Service Manage.

    Args:
        resource_id (str): The unique identifier of the resource in Oracle Field Service.
        can_be_team_holder (bool | Unset): If specified, the response will be filtered accordingly
            to the resource type feature 'Can be a team holder'
        can_participate_in_team (bool | Unset): If specified, the response will be filtered
            accordingly to the resource type feature 'Can participate in team'
        offset (int | Unset): The record number from which the retrieval starts. The default value
            is zero. If no value is specified, then it defaults to zero. The value zero indicates that
            the retrieval will start from the beginning of the collection.
        limit (int | Unset): The number of items to be returned in the response. The minimum value
            that can be specified is 1 and the maximum value that can be specified is 100. If the
            specified value is greater than 100, zero, or if no value is specified, then it defaults
            to 100.
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
        ResourceList
    """

    return sync_detailed(
        resource_id=resource_id,
        client=client,
        can_be_team_holder=can_be_team_holder,
        can_participate_in_team=can_participate_in_team,
        offset=offset,
        limit=limit,
        expand=expand,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    resource_id: str,
    *,
    client: AuthenticatedClient | Client,
    can_be_team_holder: bool | Unset = UNSET,
    can_participate_in_team: bool | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    expand: list[str] | Unset = UNSET,
    fields: list[str] | Unset = UNSET,
) -> Response[ResourceList]:
    """Get child resources

     This operation retrieves the list of child resources for the specified resource. Child resources are
    located one level below the specified resource on a resource tree in Oracle Field Service Manage.

    Args:
        resource_id (str): The unique identifier of the resource in Oracle Field Service.
        can_be_team_holder (bool | Unset): If specified, the response will be filtered accordingly
            to the resource type feature 'Can be a team holder'
        can_participate_in_team (bool | Unset): If specified, the response will be filtered
            accordingly to the resource type feature 'Can participate in team'
        offset (int | Unset): The record number from which the retrieval starts. The default value
            is zero. If no value is specified, then it defaults to zero. The value zero indicates that
            the retrieval will start from the beginning of the collection.
        limit (int | Unset): The number of items to be returned in the response. The minimum value
            that can be specified is 1 and the maximum value that can be specified is 100. If the
            specified value is greater than 100, zero, or if no value is specified, then it defaults
            to 100.
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
        Response[ResourceList]
    """

    kwargs = _get_kwargs(
        resource_id=resource_id,
        can_be_team_holder=can_be_team_holder,
        can_participate_in_team=can_participate_in_team,
        offset=offset,
        limit=limit,
        expand=expand,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    resource_id: str,
    *,
    client: AuthenticatedClient | Client,
    can_be_team_holder: bool | Unset = UNSET,
    can_participate_in_team: bool | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    expand: list[str] | Unset = UNSET,
    fields: list[str] | Unset = UNSET,
) -> ResourceList | None:
    """Get child resources

     This operation retrieves the list of child resources for the specified resource. Child resources are
    located one level below the specified resource on a resource tree in Oracle Field Service Manage.

    Args:
        resource_id (str): The unique identifier of the resource in Oracle Field Service.
        can_be_team_holder (bool | Unset): If specified, the response will be filtered accordingly
            to the resource type feature 'Can be a team holder'
        can_participate_in_team (bool | Unset): If specified, the response will be filtered
            accordingly to the resource type feature 'Can participate in team'
        offset (int | Unset): The record number from which the retrieval starts. The default value
            is zero. If no value is specified, then it defaults to zero. The value zero indicates that
            the retrieval will start from the beginning of the collection.
        limit (int | Unset): The number of items to be returned in the response. The minimum value
            that can be specified is 1 and the maximum value that can be specified is 100. If the
            specified value is greater than 100, zero, or if no value is specified, then it defaults
            to 100.
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
        ResourceList
    """

    return (
        await asyncio_detailed(
            resource_id=resource_id,
            client=client,
            can_be_team_holder=can_be_team_holder,
            can_participate_in_team=can_participate_in_team,
            offset=offset,
            limit=limit,
            expand=expand,
            fields=fields,
        )
    ).parsed
