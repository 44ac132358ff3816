from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.work_schedule_item import WorkScheduleItem
from ...models.work_schedules import WorkSchedules
from ...types import UNSET, Response, Unset, json_loads


def _get_kwargs(
    resource_id: str,
    *,
    body: WorkScheduleItem | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/rest/ofscCore/v1/resources/{resource_id}/workSchedules".format(
            resource_id=quote(str(resource_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers.setdefault("Content-Type", "application/json")

    _kwargs["headers"] = headers
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
    body: WorkScheduleItem | Unset = UNSET,
) -> Response[WorkSchedules]:
    """Set a work schedule

     This operation creates a work schedule for the specified resource.

    Work schedules represent a resource's work calendar, which includes working hours, working and non-
    working days, reasons for absence, and so on.

    This operation overwrites any work schedules that are assigned for the dates specified in the
    request.

    For example, if schedule X is currently assigned (startDate=2015-10-06, endDate=indefinite), and
    then an API call assigns the schedule Y (startDate=2015-11-06, endDate=2015-11-07), the schedules
    after the new assignment are:

    - Schedule X is assigned to the resource on the start date specified as 2015-10-06.
    - Schedule Y is assigned on the start date specified as 2015-11-06.
    - Schedule Y ends on 2015-11-07 according to the specified end date.
    - Schedule X is assigned again on 2015-11-07 because its end date is specified as indefinite.

    Args:
        resource_id (str): The unique identifier of the resource in Oracle Field Service.
        body (WorkScheduleItem | Unset): The array of work schedule item of the resource.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[WorkSchedules]
    """

    kwargs = _get_kwargs(
        resource_id=resource_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    resource_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: WorkScheduleItem | Unset = UNSET,
) -> WorkSchedules | None:
    """Set a work schedule

     This operation creates a work schedule for the specified resource.

    Work schedules represent a resource's work calendar, which includes working hours, working and non-
    working days, reasons for absence, and so on.

    This operation overwrites any work schedules that are assigned for the dates specified in the
    request.

    For example, if schedule X is currently assigned (startDate=2015-10-06, endDate=indefinite), and
    then an API call assigns the schedule Y (startDate=2015-11-06, endDate=2015-11-07), the schedules
    after the new assignment are:

    - Schedule X is assigned to the resource on the start date specified as 2015-10-06.
    - Schedule Y is assigned on the start date specified as 2015-11-06.
    - Schedule Y ends on 2015-11-07 according to the specified end date.
    - Schedule X is assigned again on 2015-11-07 because its end date is specified as indefinite.

    Args:
        resource_id (str): The unique identifier of the resource in Oracle Field Service.
        body (WorkScheduleItem | Unset): The array of work schedule item of the resource.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        WorkSchedules
    """

    return sync_detailed(
        resource_id=resource_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    resource_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: WorkScheduleItem | Unset = UNSET,
) -> Response[WorkSchedules]:
    """Set a work schedule

     This operation creates a work schedule for the specified resource.

    Work schedules represent a resource's work calendar, which includes working hours, working and non-
    working days, reasons for absence, and so on.

    This operation overwrites any work schedules that are assigned for the dates specified in the
    request.

    For example, if schedule X is currently assigned (startDate=2015-10-06, endDate=indefinite), and
    then an API call assigns the schedule Y (startDate=2015-11-06, endDate=2015-11-07), the schedules
    after the new assignment are:

    - Schedule X is assigned to the resource on the start date specified as 2015-10-06.
    - Schedule Y is assigned on the start date specified as 2015-11-06.
    - Schedule Y ends on 2015-11-07 according to the specified end date.
    - Schedule X is assigned again on 2015-11-07 because its end date is specified as indefinite.

    Args:
        resource_id (str): The unique identifier of the resource in Oracle Field Service.
        body (WorkScheduleItem | Unset): The array of work schedule item of the resource.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[WorkSchedules]
    """

    kwargs = _get_kwargs(
        resource_id=resource_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    resource_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: WorkScheduleItem | Unset = UNSET,
) -> WorkSchedules | None:
    """Set a work schedule

     This operation creates a work schedule for the specified resource.

    Work schedules represent a resource's work calendar, which includes working hours, working and non-
    working days, reasons for absence, and so on.

    This operation overwrites any work schedules that are assigned for the dates specified in the
    request.

    For example, if schedule X is currently assigned (startDate=2015-10-06, endDate=indefinite), and
    then an API call assigns the schedule Y (startDate=2015-11-06, endDate=2015-11-07), the schedules
    after the new assignment are:

    - Schedule X is assigned to the resource on the start date specified as 2015-10-06.
    - Schedule Y is assigned on the start date specified as 2015-11-06.
    - Schedule Y ends on 2015-11-07 according to the specified end date.
    - Schedule X is assigned again on 2015-11-07 because its end date is specified as indefinite.

    Args:
        resource_id (str): The unique identifier of the resource in Oracle Field Service.
        body (WorkScheduleItem | Unset): The array of work schedule item of the resource.

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
            body=body,
        )
    ).parsed
