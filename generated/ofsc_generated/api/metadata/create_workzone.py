from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.work_zone import WorkZone
from ...types import UNSET, Response, Unset, json_loads


def _get_kwargs(
    *,
    body: WorkZone,
    auto_resolve_conflicts: bool | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["autoResolveConflicts"] = auto_resolve_conflicts

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/rest/ofscMetadata/v1/workZones",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers.setdefault("Content-Type", "application/json")

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> WorkZone | None:
    if response.status_code == 201:
        if not response.content:
            return None
        response_201 = WorkZone.from_dict(json_loads(response.content))

        return response_201

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[WorkZone]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: WorkZone,
    auto_resolve_conflicts: bool | Unset = UNSET,
) -> Response[WorkZone]:
    """Create a work zone

     This operation creates a new work zone.

    The following criteria applies while creating a work zone:

    - Fields must not have any blank spaces at the end, for example 'a '. All white spaces are ignored.
    - Values in the keys arrays must be unique.
    - Same key may be present only once across all the active work zones (inactive work zones are
    ignored).
    - Values in the shapes arrays must be unique.
    - Same shape may be present only once across the all active work zones (inactive work zones are
    ignored).
    - Validation is not case sensitive, that is 'a' is the same as 'A'.

    Args:
        auto_resolve_conflicts (bool | Unset): This parameter automatically resolves conflicts in
            work zone keys. If the value of this parameter is specified, then Oracle Field Service
            automatically removes the specified work zone keys from other active work zones. This
            parameter applies only if the work zone being created or updated is active.
        body (WorkZone):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[WorkZone]
    """

    kwargs = _get_kwargs(
        body=body,
        auto_resolve_conflicts=auto_resolve_conflicts,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: WorkZone,
    auto_resolve_conflicts: bool | Unset = UNSET,
) -> WorkZone | None:
    """Create a work zone

     This operation creates a new work zone.

    The following criteria applies while creating a work zone:

    - Fields must not have any blank spaces at the end, for example 'a '. All white spaces are ignored.
    - Values in the keys arrays must be unique.
    - Same key may be present only once across all the active work zones (inactive work zones are
    ignored).
    - Values in the shapes arrays must be unique.
    - Same shape may be present only once across the all active work zones (inactive work zones are
    ignored).
    - Validation is not case sensitive, that is 'a' is the same as 'A'.

    Args:
        auto_resolve_conflicts (bool | Unset): This parameter automatically resolves conflicts in
            work zone keys. If the value of this parameter is specified, then Oracle Field Service
            automatically removes the specified work zone keys from other active work zones. This
            parameter applies only if the work zone being created or updated is active.
        body (WorkZone):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        WorkZone
    """

    return sync_detailed(
        client=client,
        body=body,
        auto_resolve_conflicts=auto_resolve_conflicts,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: WorkZone,
    auto_resolve_conflicts: bool | Unset = UNSET,
) -> Response[WorkZone]:
    """Create a work zone

     This operation creates a new work zone.

    The following criteria applies while creating a work zone:

    - Fields must not have any blank spaces at the end, for example 'a '. All white spaces are ignored.
    - Values in the keys arrays must be unique.
    - Same key may be present only once across all the active work zones (inactive work zones are
    ignored).
    - Values in the shapes arrays must be unique.
    - Same shape may be present only once across the all active work zones (inactive work zones are
    ignored).
    - Validation is not case sensitive, that is 'a' is the same as 'A'.

    Args:
        auto_resolve_conflicts (bool | Unset): This parameter automatically resolves conflicts in
            work zone keys. If the value of this parameter is specified, then Oracle Field Service
            automatically removes the specified work zone keys from other active work zones. This
            parameter applies only if the work zone being created or updated is active.
        body (WorkZone):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[WorkZone]
    """

    kwargs = _get_kwargs(
        body=body,
        auto_resolve_conflicts=auto_resolve_conflicts,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: WorkZone,
    auto_resolve_conflicts: bool | Unset = UNSET,
) -> WorkZone | None:
    """Create a work zone

     This operation creates a new work zone.

    The following criteria applies while creating a work zone:

    - Fields must not have any blank spaces at the end, for example 'a '. All white spaces are ignored.
    - Values in the keys arrays must be unique.
    - Same key may be present only once across all the active work zones (inactive work zones are
    ignored).
    - Values in the shapes arrays must be unique.
    - Same shape may be present only once across the all active work zones (inactive work zones are
    ignored).
    - Validation is not case sensitive, that is 'a' is the same as 'A'.

    Args:
        auto_resolve_conflicts (bool | Unset): This parameter automatically resolves conflicts in
            work zone keys. If the value of this parameter is specified, then Oracle Field Service
            automatically removes the specified work zone keys from other active work zones. This
            parameter applies only if the work zone being created or updated is active.
        body (WorkZone):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        WorkZone
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            auto_resolve_conflicts=auto_resolve_conflicts,
        )
    ).parsed
