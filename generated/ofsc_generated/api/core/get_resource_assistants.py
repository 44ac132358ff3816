from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.resources_assistants import ResourcesAssistants
from ...types import UNSET, Response, Unset, json_loads


def _get_kwargs(
    resource_id: str,
    *,
    date_from: str,
    date_to: str | Unset = UNSET,
    resource_fields: str | Unset = UNSET,
    expand: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["dateFrom"] = date_from

    params["dateTo"] = date_to

    params["resourceFields"] = resource_fields

    params["expand"] = expand

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rest/ofscCore/v1/resources/{resource_id}/assistants".format(
            resource_id=quote(str(resource_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ResourcesAssistants | None:
    if response.status_code == 200:
        if not response.content:
            return None
        response_200 = ResourcesAssistants.from_dict(json_loads(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ResourcesAssistants]:
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
    date_from: str,
    date_to: str | Unset = UNSET,
    resource_fields: str | Unset = UNSET,
    expand: str | Unset = UNSET,
) -> Response[ResourcesAssistants]:
    """Get a list of assistants

     This operation retrieves all the assistants of the specified resource for specified dates. The
    operation can only be called for a resource which is visible for the requesting application and
    which can be team holder according to resource type configuration. The operation finds all assisting
    activities within specified dates and returns the related list of assisting resources. Only visible
    resources may be present in the response. Maximum amount of resources returned for one request is
    100.

    New API method is introduced to obtain lists of assistants for a specified team holder. List of
    assistants is date specific and needs to be requested for a date. It is also possible to specify a
    range of dates in one call. The function searches all teamwork activities related to a specified
    team holder and returns the necessary information. Only teamwork activities with statuses 'pending',
    'started', 'enrote' are considered to collect the list of assistants.

    Args:
        resource_id (str): The unique identifier of the resource for which the list of assistants
            should be collected .
        date_from (str): Mandatory parameter.The assisting activities will be collected starting
            from the specified date in YYYY-MM-DD format. Past dates are not accepted. Format: `YYYY-
            MM-DD`.
        date_to (str | Unset): The assisting activities will be collected up until the specified
            date in YYYY-MM-DD format. If this parameter is absent then only one date specified in
            "dateFrom" is processed. if the parameter "dateTo" is specified it must not be smaller
            then the value of dateFrom, total amount of dates in the range must not exceed 14. Format:
            `YYYY-MM-DD`.
        resource_fields (str | Unset): The comma-separated names of the resource fields that are
            returned in the response for each assistant. The response structures for resources always
            contain "resourceId". If it is empty, then the "resourceInternalId" field is provided
            instead. In addition to those, fields specified in resourceFields request parameter if
            they have not empty values.
        expand (str | Unset): The sub-entities that are embedded into each resource item returned
            in the response. Only one option is supported: workSkills. To avoid huge responses, if a
            sub-entity contains more than 500 items is not expanded, and it is returned as a link. The
            link can be used to retrieve the sub-entity in a separate call using the 'limit' and
            'offset' parameters to control the response size.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ResourcesAssistants]
    """

    kwargs = _get_kwargs(
        resource_id=resource_id,
        date_from=date_from,
        date_to=date_to,
        resource_fields=resource_fields,
        expand=expand,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    resource_id: str,
    *,
    client: AuthenticatedClient | Client,
    date_from: str,
    date_to: str | Unset = UNSET,
    resource_fields: str | Unset = UNSET,
    expand: str | Unset = UNSET,
) -> ResourcesAssistants | None:
    """Get a list of assistants

     This operation retrieves all the assistants of the specified resource for specified dates. The
    operation can only be called for a resource which is visible for the requesting application and
    which can be team holder according to resource type configuration. The operation finds all assisting
    activities within specified dates and returns the related list of assisting resources. Only visible
    resources may be present in the response. Maximum amount of resources returned for one request is
    100.

    New API method is introduced to obtain lists of assistants for a specified team holder. List of
    assistants is date specific and needs to be requested for a date. It is also possible to specify a
    range of dates in one call. The function searches all teamwork activities related to a specified
    team holder and returns the necessary information. Only teamwork activities with statuses 'pending',
    'started', 'enrote' are considered to collect the list of assistants.

    Args:
        resource_id (str): The unique identifier of the resource for which the list of assistants
            should be collected .
        date_from (str): Mandatory parameter.The assisting activities will be collected starting
            from the specified date in YYYY-MM-DD format. Past dates are not accepted. Format: `YYYY-
            MM-DD`.
        date_to (str | Unset): The assisting activities will be collected up until the specified
            date in YYYY-MM-DD format. If this parameter is absent then only one date specified in
            "dateFrom" is processed. if the parameter "dateTo" is specified it must not be smaller
            then the value of dateFrom, total amount of dates in the range must not exceed 14. Format:
            `YYYY-MM-DD`.
        resource_fields (str | Unset): The comma-separated names of the resource fields that are
            returned in the response for each assistant. The response structures for resources always
            contain "resourceId". If it is empty, then the "resourceInternalId" field is provided
            instead. In addition to those, fields specified in resourceFields request parameter if
            they have not empty values.
        expand (str | Unset): The sub-entities that are embedded into each resource item returned
            in the response. Only one option is supported: workSkills. To avoid huge responses, if a
            sub-entity contains more than 500 items is not expanded, and it is returned as a link. The
            link can be used to retrieve the sub-entity in a separate call using the 'limit' and
            'offset' parameters to control the response size.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ResourcesAssistants
    """

    return sync_detailed(
        resource_id=resource_id,
        client=client,
        date_from=date_from,
        date_to=date_to,
        resource_fields=resource_fields,
        expand=expand,
    ).parsed


async def asyncio_detailed(
    resource_id: str,
    *,
    client: AuthenticatedClient | Client,
    date_from: str,
    date_to: str | Unset = UNSET,
    resource_fields: str | Unset = UNSET,
    expand: str | Unset = UNSET,
) -> Response[ResourcesAssistants]:
    """Get a list of assistants

     This operation retrieves all the assistants of the specified resource for specified dates. The
    operation can only be called for a resource which is visible for the requesting application and
    which can be team holder according to resource type configuration. The operation finds all assisting
    activities within specified dates and returns the related list of assisting resources. Only visible
    resources may be present in the response. Maximum amount of resources returned for one request is
    100.

    New API method is introduced to obtain lists of assistants for a specified team holder. List of
    assistants is date specific and needs to be requested for a date. It is also possible to specify a
    range of dates in one call. The function searches all teamwork activities related to a specified
    team holder and returns the necessary information. Only teamwork activities with statuses 'pending',
    'started', 'enrote' are considered to collect the list of assistants.

    Args:
        resource_id (str): The unique identifier of the resource for which the list of assistants
            should be collected .
        date_from (str): Mandatory parameter.The assisting activities will be collected starting
            from the specified date in YYYY-MM-DD format. Past dates are not accepted. Format: `YYYY-
            MM-DD`.
        date_to (str | Unset): The assisting activities will be collected up until the specified
            date in YYYY-MM-DD format. If this parameter is absent then only one date specified in
            "dateFrom" is processed. if the parameter "dateTo" is specified it must not be smaller
            then the value of dateFrom, total amount of dates in the range must not exceed 14. Format:
            `YYYY-MM-DD`.
        resource_fields (str | Unset): The comma-separated names of the resource fields that are
            returned in the response for each assistant. The response structures for resources always
            contain "resourceId". If it is empty, then the "resourceInternalId" field is provided
            instead. In addition to those, fields specified in resourceFields request parameter if
            they have not empty values.
        expand (str | Unset): The sub-entities that are embedded into each resource item returned
            in the response. Only one option is supported: workSkills. To avoid huge responses, if a
            sub-entity contains more than 500 items is not expanded, and it is returned as a link. The
            link can be used to retrieve the sub-entity in a separate call using the 'limit' and
            'offset' parameters to control the response size.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ResourcesAssistants]
    """

    kwargs = _get_kwargs(
        resource_id=resource_id,
        date_from=date_from,
        date_to=date_to,
        resource_fields=resource_fields,
        expand=expand,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    resource_id: str,
    *,
    client: AuthenticatedClient | Client,
    date_from: str,
    date_to: str | Unset = UNSET,
    resource_fields: str | Unset = UNSET,
    expand: str | Unset = UNSET,
) -> ResourcesAssistants | None:
    """Get a list of assistants

     This operation retrieves all the assistants of the specified resource for specified dates. The
    operation can only be called for a resource which is visible for the requesting application and
    which can be team holder according to resource type configuration. The operation finds all assisting
    activities within specified dates and returns the related list of assisting resources. Only visible
    resources may be present in the response. Maximum amount of resources returned for one request is
    100.

    New API method is introduced to obtain lists of assistants for a specified team holder. List of
    assistants is date specific and needs to be requested for a date. It is also possible to specify a
    range of dates in one call. The function searches all teamwork activities related to a specified
    team holder and returns the necessary information. Only teamwork activities with statuses 'pending',
    'started', 'enrote' are considered to collect the list of assistants.

    Args:
        resource_id (str): The unique identifier of the resource for which the list of assistants
            should be collected .
        date_from (str): Mandatory parameter.The assisting activities will be collected starting
            from the specified date in YYYY-MM-DD format. Past dates are not accepted. Format: `YYYY-
            MM-DD`.
        date_to (str | Unset): The assisting activities will be collected up until the specified
            date in YYYY-MM-DD format. If this parameter is absent then only one date specified in
            "dateFrom" is processed. if the parameter "dateTo" is specified it must not be smaller
            then the value of dateFrom, total amount of dates in the range must not exceed 14. Format:
            `YYYY-MM-DD`.
        resource_fields (str | Unset): The comma-separated names of the resource fields that are
            returned in the response for each assistant. The response structures for resources always
            contain "resourceId". If it is empty, then the "resourceInternalId" field is provided
            instead. In addition to those, fields specified in resourceFields request parameter if
            they have not empty values.
        expand (str | Unset): The sub-entities that are embedded into each resource item returned
            in the response. Only one option is supported: workSkills. To avoid huge responses, if a
            sub-entity contains more than 500 items is not expanded, and it is returned as a link. The
            link can be used to retrieve the sub-entity in a separate call using the 'limit' and
            'offset' parameters to control the response size.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ResourcesAssistants
    """

    return (
        await asyncio_detailed(
            resource_id=resource_id,
            client=client,
            date_from=date_from,
            date_to=date_to,
            resource_fields=resource_fields,
            expand=expand,
        )
    ).parsed
