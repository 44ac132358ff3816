from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.capacity_area_list import CapacityAreaList
from ...types import UNSET, Response, Unset, json_loads


def _get_kwargs(
    *,
    status: str | Unset = UNSET,
    fields: list[str] | Unset = UNSET,
    expand: str | Unset = UNSET,
    type_: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["status"] = status

    json_fields: list[str] | Unset = UNSET
    if not isinstance(fields, Unset):
        json_fields = fields

    params["fields"] = json_fields

    params["expand"] = expand

    params["type"] = type_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rest/ofscMetadata/v1/capacityAreas",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CapacityAreaList | None:
    if response.status_code == 200:
        if not response.content:
            return None
        response_200 = CapacityAreaList.from_dict(json_loads(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[CapacityAreaList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    status: str | Unset = UNSET,
    fields: list[str] | Unset = UNSET,
    expand: str | Unset = UNSET,
    type_: str | Unset = UNSET,
) -> Response[CapacityAreaList]:
    """Get capacity areas

     This operation retrieves a collection of capacity areas.

    Args:
        status (str | Unset): The status of the capacity area. If the specified value is 'Active',
            then only the active capacity areas and their capacity area groups are returned. If the
            specified value is 'Inactive', then only the inactive capacity areas and their capacity
            area groups are returned.
        fields (list[str] | Unset): The list of fields that are returned in the response.

            - Supported fields: label, name, type, status, parent.name, parent.label.
            - Default values: label.

            Note: The fields 'parent.name' and 'parent.label' are ignored if the value of the 'expand'
            parameter is not 'parent'.
        expand (str | Unset): The related entities that are embedded for each capacity area item.
            This parameter accepts only 'parent' as a valid value. If the 'fields' parameter is not
            specified in the request, then by default only the 'label' field of the parent area is
            returned. You can also retrieve other fields for the parent area by specifying the
            'fields' parameter as follows:?expand=parent&fields=parent.name,parent.label
        type_ (str | Unset): The type of the capacity area. If the specified value is 'Area', then
            only the capacity areas are returned. If the specified value is 'Group', then the capacity
            area groups along with the capacity areas are returned.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CapacityAreaList]
    """

    kwargs = _get_kwargs(
        status=status,
        fields=fields,
        expand=expand,
        type_=type_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    status: str | Unset = UNSET,
    fields: list[str] | Unset = UNSET,
    expand: str | Unset = UNSET,
    type_: str | Unset = UNSET,
) -> CapacityAreaList | None:
    """Get capacity areas

     This operation retrieves a collection of capacity areas.

    Args:
        status (str | Unset): The status of the capacity area. If the specified value is 'Active',
            then only the active capacity areas and their capacity area groups are returned. If the
            specified value is 'Inactive', then only the inactive capacity areas and their capacity
            area groups are returned.
        fields (list[str] | Unset): The list of fields that are returned in the response.

            - Supported fields: label, name, type, status, parent.name, parent.label.
            - Default values: label.

            Note: The fields 'parent.name' and 'parent.label' are ignored if the value of the 'expand'
            parameter is not 'parent'.
        expand (str | Unset): The related entities that are embedded for each capacity area item.
            This parameter accepts only 'parent' as a valid value. If the 'fields' parameter is not
            specified in the request, then by default only the 'label' field of the parent area is
            returned. You can also retrieve other fields for the parent area by specifying the
            'fields' parameter as follows:?expand=parent&fields=parent.name,parent.label
        type_ (str | Unset): The type of the capacity area. If the specified value is 'Area', then
            only the capacity areas are returned. If the specified value is 'Group', then the capacity
            area groups along with the capacity areas are returned.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CapacityAreaList
    """

    return sync_detailed(
        client=client,
        status=status,
        fields=fields,
        expand=expand,
        type_=type_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    status: str | Unset = UNSET,
    fields: list[str] | Unset = UNSET,
    expand: str | Unset = UNSET,
    type_: str | Unset = UNSET,
) -> Response[CapacityAreaList]:
    """Get capacity areas

     This operation retrieves a collection of capacity areas.

    Args:
        status (str | Unset): The status of the capacity area. If the specified value is 'Active',
            then only the active capacity areas and their capacity area groups are returned. If the
            specified value is 'Inactive', then only the inactive capacity areas and their capacity
            area groups are returned.
        fields (list[str] | Unset): The list of fields that are returned in the response.

            - Supported fields: label, name, type, status, parent.name, parent.label.
            - Default values: label.

            Note: The fields 'parent.name' and 'parent.label' are ignored if the value of the 'expand'
            parameter is not 'parent'.
        expand (str | Unset): The related entities that are embedded for each capacity area item.
            This parameter accepts only 'parent' as a valid value. If the 'fields' parameter is not
            specified in the request, then by default only the 'label' field of the parent area is
            returned. You can also retrieve other fields for the parent area by specifying the
            'fields' parameter as follows:?expand=parent&fields=parent.name,parent.label
        type_ (str | Unset): The type of the capacity area. If the specified value is 'Area', then
            only the capacity areas are returned. If the specified value is 'Group', then the capacity
            area groups along with the capacity areas are returned.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CapacityAreaList]
    """

    kwargs = _get_kwargs(
        status=status,
        fields=fields,
        expand=expand,
        type_=type_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    status: str | Unset = UNSET,
    fields: list[str] | Unset = UNSET,
    expand: str | Unset = UNSET,
    type_: str | Unset = UNSET,
) -> CapacityAreaList | None:
    """Get capacity areas

     This operation retrieves a collection of capacity areas.

    Args:
        status (str | Unset): The status of the capacity area. If the specified value is 'Active',
            then only the active capacity areas and their capacity area groups are returned. If the
            specified value is 'Inactive', then only the inactive capacity areas and their capacity
            area groups are returned.
        fields (list[str] | Unset): The list of fields that are returned in the response.

            - Supported fields: label, name, type, status, parent.name, parent.label.
            - Default values: label.

            Note: The fields 'parent.name' and 'parent.label' are ignored if the value of the 'expand'
            parameter is not 'parent'.
        expand (str | Unset): The related entities that are embedded for each capacity area item.
            This parameter accepts only 'parent' as a valid value. If the 'fields' parameter is not
            specified in the request, then by default only the 'label' field of the parent area is
            returned. You can also retrieve other fields for the parent area by specifying the
            'fields' parameter as follows:?expand=parent&fields=parent.name,parent.label
        type_ (str | Unset): The type of the capacity area. If the specified value is 'Area', then
            only the capacity areas are returned. If the specified value is 'Group', then the capacity
            area groups along with the capacity areas are returned.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CapacityAreaList
    """

    return (
        await asyncio_detailed(
            client=client,
            status=status,
            fields=fields,
            expand=expand,
            type_=type_,
        )
    ).parsed
