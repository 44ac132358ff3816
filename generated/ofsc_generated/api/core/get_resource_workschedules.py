from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.work_schedules import WorkSchedules
from ...types import UNSET, Response, Unset, json_loads


def _get_kwargs(
    resource_id: str,
    *,
    actual_for_date: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["actualForDate"] = actual_for_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rest/ofscCore/v1/resources/{resource_id}/workSchedules".format(
            resource_id=quote(str(resource_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> WorkSchedules | None:
    if response.status_code == 200:
        if not response.content:
            return None
        response_200 = WorkSchedules.from_dict(json_loads(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[WorkSchedules]:
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
    actual_for_date: str | Unset = UNSET,
) -> Response[WorkSchedules]:
    """Get work schedules

     This operation retrieves the list of work schedules assigned to the specified resource.

    Work schedules represent a resource's work calendar, which includes working hours, working and non-
    working days, reasons for absence, and so on.

    Note: This operation does not return work schedules configured for parent resources.

    Args:
        resource_id (str): The unique identifier of the resource in Oracle Field Service.
        actual_for_date (str | Unset): The work schedules that expired before the specified date
            are not returned. Specify the date in YYYY-MM-DD format. Format: `YYYY-MM-DD`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[WorkSchedules]
    """

    kwargs = _get_kwargs(
        resource_id=resource_id,
        actual_for_date=actual_for_date,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    resource_id: str,
    *,
    client: AuthenticatedClient | Client,
    actual_for_date: str | Unset = UNSET,
) -> WorkSchedules | None:
    """Get work schedules

     This operation retrieves the list of work schedules assigned to the specified resource.

    Work schedules represent a resource's work calendar, which includes working hours, working and non-
    working days, reasons for absence, and so on.

    Note: This operation does not return work schedules configured for parent resources.

    Args:
        resource_id (str): The unique identifier of the resource in Oracle Field Service.
        actual_for_date (str | Unset): The work schedules that expired before the specified date
            are not returned. Specify the date in YYYY-MM-DD format. Format: `YYYY-MM-DD`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        WorkSchedules
    """

    return sync_detailed(
        resource_id=resource_id,
        client=client,
        actual_for_date=actual_for_date,
    ).parsed


async def asyncio_detailed(
    resource_id: str,
    *,
    client: AuthenticatedClient | Client,
    actual_for_date: str | Unset = UNSET,
) -> Response[WorkSchedules]:
    """Get work schedules

     This operation retrieves the list of work schedules assigned to the specified resource.

    Work schedules represent a resource's work calendar, which includes working hours, working and non-
    working days, reasons for absence, and so on.

    Note: This operation does not return work schedules configured for parent resources.

    Args:
        resource_id (str): The unique identifier of the resource in Oracle Field Service.
        actual_for_date (str | Unset): The work schedules that expired before the specified date
            are not returned. Specify the date in YYYY-MM-DD format. Format: `YYYY-MM-DD`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[WorkSchedules]
    """

    kwargs = _get_kwargs(
        resource_id=resource_id,
        actual_for_date=actual_for_date,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    resource_id: str,
    *,
    client: AuthenticatedClient | Client,
    actual_for_date: str | Unset = UNSET,
) -> WorkSchedules | None:
    """Get work schedules

     This operation retrieves the list of work schedules assigned to the specified resource.

    Work schedules represent a resource's work calendar, which includes working hours, working and non-
    working days, reasons for absence, and so on.

    Note: This operation does not return work schedules configured for parent resources.

    Args:
        resource_id (str): The unique identifier of the resource in Oracle Field Service.
        actual_for_date (str | Unset): The work schedules that expired before the specified date
            are not returned. Specify the date in YYYY-MM-DD format. Format: `YYYY-MM-DD`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        WorkSchedules
    """

    return (
        await asyncio_detailed(
            resource_id=resource_id,
            client=client,
            actual_for_date=actual_for_date,
        )
    ).parsed
