from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.work_zone import WorkZone
from ...types import UNSET, Response, Unset


def _get_kwargs(
    label: str,
    *,
    body: WorkZone,
    auto_resolve_conflicts: bool | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["autoResolveConflicts"] = auto_resolve_conflicts

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/rest/ofscMetadata/v1/workZones/{label}".format(
            label=quote(str(label), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers.setdefault("Content-Type", "application/json")

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | None:
    if response.status_code == 204:
        return None

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    label: str,
    *,
    client: AuthenticatedClient | Client,
    body: WorkZone,
    auto_resolve_conflicts: bool | Unset = UNSET,
) -> Response[Any]:
    """Replace a work zone

     This operation updates the specified work zone with the attributes provided in the request. If the
    specified work zone already contains attributes, this operation replaces them with the values
    specified in the request.

    The following criteria applies while replacing a work zone:

    - Fields must not have any blank spaces at the end, for example 'a '. All white spaces are ignored.
    - Values in the keys arrays must be unique.
    - Same key may be present only once across all the active work zones (inactive work zones are
    ignored).
    - Values in the shapes arrays must be unique.
    - Same shape may be present only once across the all active work zones (inactive work zones are
    ignored).
    - Validation is not case sensitive, that is 'a' is the same as 'A'.

    Args:
        label (str):
        auto_resolve_conflicts (bool | Unset): This parameter automatically resolves conflicts in
            work zone keys. If the value of this parameter is specified, then Oracle Field Service
            automatically removes the specified work zone keys from other active work zones. This
            parameter applies only if the work zone being created or updated is active.
        body (WorkZone):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        label=label,
        body=body,
        auto_resolve_conflicts=auto_resolve_conflicts,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    label: str,
    *,
    client: AuthenticatedClient | Client,
    body: WorkZone,
    auto_resolve_conflicts: bool | Unset = UNSET,
) -> None:
    """Replace a work zone

     This operation updates the specified work zone with the attributes provided in the request. If the
    specified work zone already contains attributes, this operation replaces them with the values
    specified in the request.

    The following criteria applies while replacing a work zone:

    - Fields must not have any blank spaces at the end, for example 'a '. All white spaces are ignored.
    - Values in the keys arrays must be unique.
    - Same key may be present only once across all the active work zones (inactive work zones are
    ignored).
    - Values in the shapes arrays must be unique.
    - Same shape may be present only once across the all active work zones (inactive work zones are
    ignored).
    - Validation is not case sensitive, that is 'a' is the same as 'A'.

    Args:
        label (str):
        auto_resolve_conflicts (bool | Unset): This parameter automatically resolves conflicts in
            work zone keys. If the value of this parameter is specified, then Oracle Field Service
            automatically removes the specified work zone keys from other active work zones. This
            parameter applies only if the work zone being created or updated is active.
        body (WorkZone):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None
    """

    sync_detailed(
        label=label,
        client=client,
        body=body,
        auto_resolve_conflicts=auto_resolve_conflicts,
    )


async def asyncio_detailed(
    label: str,
    *,
    client: AuthenticatedClient | Client,
    body: WorkZone,
    auto_resolve_conflicts: bool | Unset = UNSET,
) -> Response[Any]:
    """Replace a work zone

     This operation updates the specified work zone with the attributes provided in the request. If the
    specified work zone already contains attributes, this operation replaces them with the values
    specified in the request.

    The following criteria applies while replacing a work zone:

    - Fields must not have any blank spaces at the end, for example 'a '. All white spaces are ignored.
    - Values in the keys arrays must be unique.
    - Same key may be present only once across all the active work zones (inactive work zones are
    ignored).
    - Values in the shapes arrays must be unique.
    - Same shape may be present only once across the all active work zones (inactive work zones are
    ignored).
    - Validation is not case sensitive, that is 'a' is the same as 'A'.

    Args:
        label (str):
        auto_resolve_conflicts (bool | Unset): This parameter automatically resolves conflicts in
            work zone keys. If the value of this parameter is specified, then Oracle Field Service
            automatically removes the specified work zone keys from other active work zones. This
            parameter applies only if the work zone being created or updated is active.
        body (WorkZone):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        label=label,
        body=body,
        auto_resolve_conflicts=auto_resolve_conflicts,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    label: str,
    *,
    client: AuthenticatedClient | Client,
    body: WorkZone,
    auto_resolve_conflicts: bool | Unset = UNSET,
) -> None:
    """Replace a work zone

     This operation updates the specified work zone with the attributes provided in the request. If the
    specified work zone already contains attributes, this operation replaces them with the values
    specified in the request.

    The following criteria applies while replacing a work zone:

    - Fields must not have any blank spaces at the end, for example 'a '. All white spaces are ignored.
    - Values in the keys arrays must be unique.
    - Same key may be present only once across all the active work zones (inactive work zones are
    ignored).
    - Values in the shapes arrays must be unique.
    - Same shape may be present only once across the all active work zones (inactive work zones are
    ignored).
    - Validation is not case sensitive, that is 'a' is the same as 'A'.

    Args:
        label (str):
        auto_resolve_conflicts (bool | Unset): This parameter automatically resolves conflicts in
            work zone keys. If the value of this parameter is specified, then Oracle Field Service
            automatically removes the specified work zone keys from other active work zones. This
            parameter applies only if the work zone being created or updated is active.
        body (WorkZone):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None
    """

    await asyncio_detailed(
        label=label,
        client=client,
        body=body,
        auto_resolve_conflicts=auto_resolve_conflicts,
    )
