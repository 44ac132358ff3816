from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.resource_work_skill_list import ResourceWorkSkillList
from ...types import UNSET, Response, Unset, json_loads


def _get_kwargs(
    resource_id: str,
    *,
    date_from: str | Unset = UNSET,
    date_to: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["dateFrom"] = date_from

    params["dateTo"] = date_to

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rest/ofscCore/v1/resources/{resource_id}/workSkills".format(
            resource_id=quote(str(resource_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ResourceWorkSkillList | None:
    if response.status_code == 200:
        if not response.content:
            return None
        response_200 = ResourceWorkSkillList.from_dict(json_loads(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ResourceWorkSkillList]:
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
    date_from: str | Unset = UNSET,
    date_to: str | Unset = UNSET,
) -> Response[ResourceWorkSkillList]:
    """Get work skills

     This operation retrieves the details about the work skills assigned to the specified resource.

    Args:
        resource_id (str): The unique identifier of the resource in Oracle Field Service.
        date_from (str | Unset): The work skills, which are active starting from the specified
            date, are retrieved in the response. Specify the date in YYYY-MM-DD format. Format: `YYYY-
            MM-DD`.
        date_to (str | Unset): The work skills, which are active starting from the date in the
            dateFrom parameter till the specified date, are retrieved in the response. Specify the
            date in YYYY-MM-DD format. If you specify the dateTo parameter, then you must also specify
            the dateFrom parameter. Format: `YYYY-MM-DD`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ResourceWorkSkillList]
    """

    kwargs = _get_kwargs(
        resource_id=resource_id,
        date_from=date_from,
        date_to=date_to,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    resource_id: str,
    *,
    client: AuthenticatedClient | Client,
    date_from: str | Unset = UNSET,
    date_to: str | Unset = UNSET,
) -> ResourceWorkSkillList | None:
    """Get work skills

     This operation retrieves the details about the work skills assigned to the specified resource.

    Args:
        resource_id (str): The unique identifier of the resource in Oracle Field Service.
        date_from (str | Unset): The work skills, which are active starting from the specified
            date, are retrieved in the response. Specify the date in YYYY-MM-DD format. Format: `YYYY-
            MM-DD`.
        date_to (str | Unset): The work skills, which are active starting from the date in the
            dateFrom parameter till the specified date, are retrieved in the response. Specify the
            date in YYYY-MM-DD format. If you specify the dateTo parameter, then you must also specify
            the dateFrom parameter. Format: `YYYY-MM-DD`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ResourceWorkSkillList
    """

    return sync_detailed(
        resource_id=resource_id,
        client=client,
        date_from=date_from,
        date_to=date_to,
    ).parsed


async def asyncio_detailed(
    resource_id: str,
    *,
    client: AuthenticatedClient | Client,
    date_from: str | Unset = UNSET,
    date_to: str | Unset = UNSET,
) -> Response[ResourceWorkSkillList]:
    """Get work skills

     This operation retrieves the details about the work skills assigned to the specified resource.

    Args:
        resource_id (str): The unique identifier of the resource in Oracle Field Service.
        date_from (str | Unset): The work skills, which are active starting from the specified
            date, are retrieved in the response. Specify the date in YYYY-MM-DD format. Format: `YYYY-
            MM-DD`.
        date_to (str | Unset): The work skills, which are active starting from the date in the
            dateFrom parameter till the specified date, are retrieved in the response. Specify the
            date in YYYY-MM-DD format. If you specify the dateTo parameter, then you must also specify
            the dateFrom parameter. Format: `YYYY-MM-DD`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ResourceWorkSkillList]
    """

    kwargs = _get_kwargs(
        resource_id=resource_id,
        date_from=date_from,
        date_to=date_to,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    resource_id: str,
    *,
    client: AuthenticatedClient | Client,
    date_from: str | Unset = UNSET,
    date_to: str | Unset = UNSET,
) -> ResourceWorkSkillList | None:
    """Get work skills

     This operation retrieves the details about the work skills assigned to the specified resource.

    Args:
        resource_id (str): The unique identifier of the resource in Oracle Field Service.
        date_from (str | Unset): The work skills, which are active starting from the specified
            date, are retrieved in the response. Specify the date in YYYY-MM-DD format. Format: `YYYY-
            MM-DD`.
        date_to (str | Unset): The work skills, which are active starting from the date in the
            dateFrom parameter till the specified date, are retrieved in the response. Specify the
            date in YYYY-MM-DD format. If you specify the dateTo parameter, then you must also specify
            the dateFrom parameter. Format: `YYYY-MM-DD`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ResourceWorkSkillList
    """

    return (
        await asyncio_detailed(
            resource_id=resource_id,
            client=client,
            date_from=date_from,
            date_to=date_to,
        )
    ).parsed
