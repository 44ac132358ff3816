from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.activities import Activities
from ...types import Response, json_loads


def _get_kwargs(
    activity_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rest/ofscCore/v1/activities/{activity_id}/multidaySegments".format(
            activity_id=quote(str(activity_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Activities | None:
    if response.status_code == 200:
        if not response.content:
            return None
        response_200 = Activities.from_dict(json_loads(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Activities]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    activity_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Activities]:
    """Get individual segments of a segmentable activity

     This operation retrieves the segments related to the specified segmentable activity.

    A segmentable activity can span across multiple days and can be assigned to one or more resources.
    The segmentable activity is divided into segments wherein each segment is an activity with a status
    (started, completed, and so on). All activity segments have the following settings:

    - The recordType field set to multiday_activity_segment.
    - The masterActivityId field set to the ID of the parent segmentable activity.
    - Scenario | API Response

    The client terminates a segmentable activity with the following details:

    - The status of the activity is Started.
    - The activity has a segment with the Started status.
    - The client sends a Cancel request for another segment and specifies the final status for the
    segmentable activity in the request with the multidayActivityStatus attribute.
    - The API returns the HTTP 409 status code error with the description, 'Unable to terminate a
    segmentable activity that has a started segment'.
    - The client specifies the value of the multidayActivityStatus attribute in the request, but does
    not specify the value of the multidayTimeToComplete attribute. | The API assumes the value of the
    multidayTimeToComplete attribute to be zero and proceeds with the request.
    - The client sends the multidayActivityStatus attribute and the non-zero multidayTimeToComplete
    attribute in the request. | The API returns the HTTP 400 status code with the description,'Bad
    Request'.

    Args:
        activity_id (int): The unique identifier of the activity in Oracle Field Service.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Activities]
    """

    kwargs = _get_kwargs(
        activity_id=activity_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    activity_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Activities | None:
    """Get individual segments of a segmentable activity

     This operation retrieves the segments related to the specified segmentable activity.

    A segmentable activity can span across multiple days and can be assigned to one or more resources.
    The segmentable activity is divided into segments wherein each segment is an activity with a status
    (started, completed, and so on). All activity segments have the following settings:

    - The recordType field set to multiday_activity_segment.
    - The masterActivityId field set to the ID of the parent segmentable activity.
    - Scenario | API Response

    The client terminates a segmentable activity with the following details:

    - The status of the activity is Started.
    - The activity has a segment with the Started status.
    - The client sends a Cancel request for another segment and specifies the final status for the
    segmentable activity in the request with the multidayActivityStatus attribute.
    - The API returns the HTTP 409 status code error with the description, 'Unable to terminate a
    segmentable activity that has a started segment'.
    - The client specifies the value of the multidayActivityStatus attribute in the request, but does
    not specify the value of the multidayTimeToComplete attribute. | The API assumes the value of the
    multidayTimeToComplete attribute to be zero and proceeds with the request.
    - The client sends the multidayActivityStatus attribute and the non-zero multidayTimeToComplete
    attribute in the request. | The API returns the HTTP 400 status code with the description,'Bad
    Request'.

    Args:
        activity_id (int): The unique identifier of the activity in Oracle Field Service.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Activities
    """

    return sync_detailed(
        activity_id=activity_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    activity_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Activities]:
    """Get individual segments of a segmentable activity

     This operation retrieves the segments related to the specified segmentable activity.

    A segmentable activity can span across multiple days and can be assigned to one or more resources.
    The segmentable activity is divided into segments wherein each segment is an activity with a status
    (started, completed, and so on). All activity segments have the following settings:

    - The recordType field set to multiday_activity_segment.
    - The masterActivityId field set to the ID of the parent segmentable activity.
    - Scenario | API Response

    The client terminates a segmentable activity with the following details:

    - The status of the activity is Started.
    - The activity has a segment with the Started status.
    - The client sends a Cancel request for another segment and specifies the final status for the
    segmentable activity in the request with the multidayActivityStatus attribute.
    - The API returns the HTTP 409 status code error with the description, 'Unable to terminate a
    segmentable activity that has a started segment'.
    - The client specifies the value of the multidayActivityStatus attribute in the request, but does
    not specify the value of the multidayTimeToComplete attribute. | The API assumes the value of the
    multidayTimeToComplete attribute to be zero and proceeds with the request.
    - The client sends the multidayActivityStatus attribute and the non-zero multidayTimeToComplete
    attribute in the request. | The API returns the HTTP 400 status code with the description,'Bad
    Request'.

    Args:
        activity_id (int): The unique identifier of the activity in Oracle Field Service.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Activities]
    """

    kwargs = _get_kwargs(
        activity_id=activity_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    activity_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Activities | None:
    """Get individual segments of a segmentable activity

     This operation retrieves the segments related to the specified segmentable activity.

    A segmentable activity can span across multiple days and can be assigned to one or more resources.
    The segmentable activity is divided into segments wherein each segment is an activity with a status
    (started, completed, and so on). All activity segments have the following settings:

    - The recordType field set to multiday_activity_segment.
    - The masterActivityId field set to the ID of the parent segmentable activity.
    - Scenario | API Response

    The client terminates a segmentable activity with the following details:

    - The status of the activity is Started.
    - The activity has a segment with the Started status.
    - The client sends a Cancel request for another segment and specifies the final status for the
    segmentable activity in the request with the multidayActivityStatus attribute.
    - The API returns the HTTP 409 status code error with the description, 'Unable to terminate a
    segmentable activity that has a started segment'.
    - The client specifies the value of the multidayActivityStatus attribute in the request, but does
    not specify the value of the multidayTimeToComplete attribute. | The API assumes the value of the
    multidayTimeToComplete attribute to be zero and proceeds with the request.
    - The client sends the multidayActivityStatus attribute and the non-zero multidayTimeToComplete
    attribute in the request. | The API returns the HTTP 400 status code with the description,'Bad
    Request'.

    Args:
        activity_id (int): The unique identifier of the activity in Oracle Field Service.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Activities
    """

    return (
        await asyncio_detailed(
            activity_id=activity_id,
            client=client,
        )
    ).parsed
