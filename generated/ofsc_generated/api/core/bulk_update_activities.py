from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.custom_action_activity_bulk_update import CustomActionActivityBulkUpdate
from ...models.custom_action_activity_bulk_update_response import CustomActionActivityBulkUpdateResponse
from ...types import UNSET, Response, Unset, json_loads


def _get_kwargs(
    *,
    body: CustomActionActivityBulkUpdate | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/rest/ofscCore/v1/activities/custom-actions/bulkUpdate",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers.setdefault("Content-Type", "application/json")

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomActionActivityBulkUpdateResponse | None:
    if response.status_code == 200:
        if not response.content:
            return None
        response_200 = CustomActionActivityBulkUpdateResponse.from_dict(json_loads(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CustomActionActivityBulkUpdateResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CustomActionActivityBulkUpdate | Unset = UNSET,
) -> Response[CustomActionActivityBulkUpdateResponse]:
    """Bulk update activities

     This operation simultaneously creates or updates multiple activities in a single call.

    This operation is used to synchronize data from an external system to Oracle Field Service. The
    operation performs the following actions:

    - Attempts to find an activity in Oracle Field Service based on the key fields provided in the
    request. Note that past activities (on yesterday and earlier) are not visible for the function.
    - Creates a new activity, if no match is found or updates the existing activity, if a match is
    found.
    - Updates the related objects of an activity, if the objects are present in the request. The
    following objects are updated:
      - Customer inventories
      - Required inventories
      - Resource preferences
      - Activity links

    The updates are made in the order of the activity items in the request.

    This operation is executed as multiple transactions where in each transaction may succeed or fail.
    The response contains a list of results which includes the success or failure of each transaction
    and the reason for failure (if applicable).

    Restrictions:

    Moving between dates is supported only for individual segments of a segmentable activity. This
    function doesn't support moving a whole segmentable activity to a new date.

    The following restrictions apply while updating multiple activities simultaneously:

    - Maximum size of the decoded HTTP request is 5 MB.
    - File properties cannot be set.

    Args:
        body (CustomActionActivityBulkUpdate | Unset): The schema of the request body object for
            this operation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomActionActivityBulkUpdateResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CustomActionActivityBulkUpdate | Unset = UNSET,
) -> CustomActionActivityBulkUpdateResponse | None:
    """Bulk update activities

     This operation simultaneously creates or updates multiple activities in a single call.

    This operation is used to synchronize data from an external system to Oracle Field Service. The
    operation performs the following actions:

    - Attempts to find an activity in Oracle Field Service based on the key fields provided in the
    request. Note that past activities (on yesterday and earlier) are not visible for the function.
    - Creates a new activity, if no match is found or updates the existing activity, if a match is
    found.
    - Updates the related objects of an activity, if the objects are present in the request. The
    following objects are updated:
      - Customer inventories
      - Required inventories
      - Resource preferences
      - Activity links

    The updates are made in the order of the activity items in the request.

    This operation is executed as multiple transactions where in each transaction may succeed or fail.
    The response contains a list of results which includes the success or failure of each transaction
    and the reason for failure (if applicable).

    Restrictions:

    Moving between dates is supported only for individual segments of a segmentable activity. This
    function doesn't support moving a whole segmentable activity to a new date.

    The following restrictions apply while updating multiple activities simultaneously:

    - Maximum size of the decoded HTTP request is 5 MB.
    - File properties cannot be set.

    Args:
        body (CustomActionActivityBulkUpdate | Unset): The schema of the request body object for
            this operation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomActionActivityBulkUpdateResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CustomActionActivityBulkUpdate | Unset = UNSET,
) -> Response[CustomActionActivityBulkUpdateResponse]:
    """Bulk update activities

     This operation simultaneously creates or updates multiple activities in a single call.

    This operation is used to synchronize data from an external system to Oracle Field Service. The
    operation performs the following actions:

    - Attempts to find an activity in Oracle Field Service based on the key fields provided in the
    request. Note that past activities (on yesterday and earlier) are not visible for the function.
    - Creates a new activity, if no match is found or updates the existing activity, if a match is
    found.
    - Updates the related objects of an activity, if the objects are present in the request. The
    following objects are updated:
      - Customer inventories
      - Required inventories
      - Resource preferences
      - Activity links

    The updates are made in the order of the activity items in the request.

    This operation is executed as multiple transactions where in each transaction may succeed or fail.
    The response contains a list of results which includes the success or failure of each transaction
    and the reason for failure (if applicable).

    Restrictions:

    Moving between dates is supported only for individual segments of a segmentable activity. This
    function doesn't support moving a whole segmentable activity to a new date.

    The following restrictions apply while updating multiple activities simultaneously:

    - Maximum size of the decoded HTTP request is 5 MB.
    - File properties cannot be set.

    Args:
        body (CustomActionActivityBulkUpdate | Unset): The schema of the request body object for
            this operation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomActionActivityBulkUpdateResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CustomActionActivityBulkUpdate | Unset = UNSET,
) -> CustomActionActivityBulkUpdateResponse | None:
    """Bulk update activities

     This operation simultaneously creates or updates multiple activities in a single call.

    This operation is used to synchronize data from an external system to Oracle Field Service. The
    operation performs the following actions:

    - Attempts to find an activity in Oracle Field Service based on the key fields provided in the
    request. Note that past activities (on yesterday and earlier) are not visible for the function.
    - Creates a new activity, if no match is found or updates the existing activity, if a match is
    found.
    - Updates the related objects of an activity, if the objects are present in the request. The
    following objects are updated:
      - Customer inventories
      - Required inventories
      - Resource preferences
      - Activity links

    The updates are made in the order of the activity items in the request.

    This operation is executed as multiple transactions where in each transaction may succeed or fail.
    The response contains a list of results which includes the success or failure of each transaction
    and the reason for failure (if applicable).

    Restrictions:

    Moving between dates is supported only for individual segments of a segmentable activity. This
    function doesn't support moving a whole segmentable activity to a new date.

    The following restrictions apply while updating multiple activities simultaneously:

    - Maximum size of the decoded HTTP request is 5 MB.
    - File properties cannot be set.

    Args:
        body (CustomActionActivityBulkUpdate | Unset): The schema of the request body object for
            this operation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomActionActivityBulkUpdateResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
