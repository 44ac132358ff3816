from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_events_response import GetEventsResponse
from ...types import UNSET, Response, Unset, json_loads


def _get_kwargs(
    *,
    subscription_id: str,
    page: str | Unset = UNSET,
    since: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["subscriptionId"] = subscription_id

    params["page"] = page

    params["since"] = since

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rest/ofscCore/v1/events",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> GetEventsResponse | None:
    if response.status_code == 200:
        if not response.content:
            return None
        response_200 = GetEventsResponse.from_dict(json_loads(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[GetEventsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    subscription_id: str,
    page: str | Unset = UNSET,
    since: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[GetEventsResponse]:
    """Get events

     This operation retrieves a list of events related to a subscription starting from the marker
    represented by the 'page' request parameter. Also it provides new marker, which should be used to
    retreive next portion of events.

    If there are no new events available, then the operation returns an empty list.

    Each next request should use the marker value ('page' parameter) obtained from the previous request
    ('nextPage' parameter). Initial value of the marker is obtained from 'Create subscription' API call.

    Another way to obtain the 'page' value is to perform request using the 'since' parameter that allows
    to find the value of the 'page' marker by the time. Use this ability only to restore broken flow, as
    this operation requires significant resources.

    The integration must ensure that the events are read faster then generated, Otherwise the
    integration will not be able to read all the events in time and eventually old events will be lost.
    It is recommended to read next portion of events after a few seconds for subscriptions with big
    amount of events or a few minutes for subscriptions with rare events.

    Only the events matching the subscription's filter are returned.

    If the client application loses the value of the 'page' parameter due to abnormal process
    termination, the last requested 'page' parameter can be recovered through the disaster recovery
    flow. For more information, see the 'Recovering lost page parameter' section under Receiving Events.

    Note: Getting events is only allowed for the application which was used to create the subscription.

    Args:
        subscription_id (str): The identifier of a previously created subscription. This is a
            mandatory parameter. Only the events matching the subscription's filter are returned in
            the response.
        page (str | Unset): The page identifier to iterate the events. The value of the parameter
            is set to the value of the 'nextPage' element returned by a previous call to this
            operation. If this parameter is not specified, then the response will contain the oldest
            available events.

            The value of the 'page' parameter can be set to 'lastRequested' to return items from the
            same position as the last successful request. Setting the value of the page to
            'lastRequested' is equivalent to setting the value of the page to 'XXX' where XXX is the
            last requested page.

            If the value of the page specified in the first request is 'lastRequested', then the
            response will contain events from the page value returned by the 'Create subscription'
            operation.

            The value of this parameter should be either special word "lastRequested" or the exact
            string as returned by "nextPage" response attribute of a previous call. There is no
            specification for the value format - it may be any string not longer than 48 characters.
            Do not interfere the value, as the incorrect values may result with valid response but the
            events sequence may be distorted.
        since (str | Unset): This parameter is used to obtain new 'page' marker that points at the
            events which happened after the specified time. The time value must be specified in 'YYYY-
            MM-DD HH:MM:SS' format and UTC time zone.

            When this parameter is specified in the request, the events are not returned, but only
            'nextPage' response parameter. Do not use both 'page' and 'since' parameters in one
            request.

            This functionality should be used only to restore broken flows and to start reading from
            some point in time when normal reading failed. Never use this ability to access the events
            by their time, as this ability requires significant resources and may slow down other
            system functions if used extensivly.

            Note that obtaining events from a subscription which happened before the subscription was
            created is not supported. The system starts collecting the events only after the
            subscription is created. Trying to read events that are older may result in obtaining some
            information but it is not guaranteed.
        limit (int | Unset): The number of items to be returned in the response. The maximum value
            is 1000. If a higher value is specified, then the value will be set to the maximum allowed
            value and the specified value is ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetEventsResponse]
    """

    kwargs = _get_kwargs(
        subscription_id=subscription_id,
        page=page,
        since=since,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    subscription_id: str,
    page: str | Unset = UNSET,
    since: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> GetEventsResponse | None:
    """Get events

     This operation retrieves a list of events related to a subscription starting from the marker
    represented by the 'page' request parameter. Also it provides new marker, which should be used to
    retreive next portion of events.

    If there are no new events available, then the operation returns an empty list.

    Each next request should use the marker value ('page' parameter) obtained from the previous request
    ('nextPage' parameter). Initial value of the marker is obtained from 'Create subscription' API call.

    Another way to obtain the 'page' value is to perform request using the 'since' parameter that allows
    to find the value of the 'page' marker by the time. Use this ability only to restore broken flow, as
    this operation requires significant resources.

    The integration must ensure that the events are read faster then generated, Otherwise the
    integration will not be able to read all the events in time and eventually old events will be lost.
    It is recommended to read next portion of events after a few seconds for subscriptions with big
    amount of events or a few minutes for subscriptions with rare events.

    Only the events matching the subscription's filter are returned.

    If the client application loses the value of the 'page' parameter due to abnormal process
    termination, the last requested 'page' parameter can be recovered through the disaster recovery
    flow. For more information, see the 'Recovering lost page parameter' section under Receiving Events.

    Note: Getting events is only allowed for the application which was used to create the subscription.

    Args:
        subscription_id (str): The identifier of a previously created subscription. This is a
            mandatory parameter. Only the events matching the subscription's filter are returned in
            the response.
        page (str | Unset): The page identifier to iterate the events. The value of the parameter
            is set to the value of the 'nextPage' element returned by a previous call to this
            operation. If this parameter is not specified, then the response will contain the oldest
            available events.

            The value of the 'page' parameter can be set to 'lastRequested' to return items from the
            same position as the last successful request. Setting the value of the page to
            'lastRequested' is equivalent to setting the value of the page to 'XXX' where XXX is the
            last requested page.

            If the value of the page specified in the first request is 'lastRequested', then the
            response will contain events from the page value returned by the 'Create subscription'
            operation.

            The value of this parameter should be either special word "lastRequested" or the exact
            string as returned by "nextPage" response attribute of a previous call. There is no
            specification for the value format - it may be any string not longer than 48 characters.
            Do not interfere the value, as the incorrect values may result with valid response but the
            events sequence may be distorted.
        since (str | Unset): This parameter is used to obtain new 'page' marker that points at the
            events which happened after the specified time. The time value must be specified in 'YYYY-
            MM-DD HH:MM:SS' format and UTC time zone.

            When this parameter is specified in the request, the events are not returned, but only
            'nextPage' response parameter. Do not use both 'page' and 'since' parameters in one
            request.

            This functionality should be used only to restore broken flows and to start reading from
            some point in time when normal reading failed. Never use this ability to access the events
            by their time, as this ability requires significant resources and may slow down other
            system functions if used extensivly.

            Note that obtaining events from a subscription which happened before the subscription was
            created is not supported. The system starts collecting the events only after the
            subscription is created. Trying to read events that are older may result in obtaining some
            information but it is not guaranteed.
        limit (int | Unset): The number of items to be returned in the response. The maximum value
            is 1000. If a higher value is specified, then the value will be set to the maximum allowed
            value and the specified value is ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetEventsResponse
    """

    return sync_detailed(
        client=client,
        subscription_id=subscription_id,
        page=page,
        since=since,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    subscription_id: str,
    page: str | Unset = UNSET,
    since: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[GetEventsResponse]:
    """Get events

     This operation retrieves a list of events related to a subscription starting from the marker
    represented by the 'page' request parameter. Also it provides new marker, which should be used to
    retreive next portion of events.

    If there are no new events available, then the operation returns an empty list.

    Each next request should use the marker value ('page' parameter) obtained from the previous request
    ('nextPage' parameter). Initial value of the marker is obtained from 'Create subscription' API call.

    Another way to obtain the 'page' value is to perform request using the 'since' parameter that allows
    to find the value of the 'page' marker by the time. Use this ability only to restore broken flow, as
    this operation requires significant resources.

    The integration must ensure that the events are read faster then generated, Otherwise the
    integration will not be able to read all the events in time and eventually old events will be lost.
    It is recommended to read next portion of events after a few seconds for subscriptions with big
    amount of events or a few minutes for subscriptions with rare events.

    Only the events matching the subscription's filter are returned.

    If the client application loses the value of the 'page' parameter due to abnormal process
    termination, the last requested 'page' parameter can be recovered through the disaster recovery
    flow. For more information, see the 'Recovering lost page parameter' section under Receiving Events.

    Note: Getting events is only allowed for the application which was used to create the subscription.

    Args:
        subscription_id (str): The identifier of a previously created subscription. This is a
            mandatory parameter. Only the events matching the subscription's filter are returned in
            the response.
        page (str | Unset): The page identifier to iterate the events. The value of the parameter
            is set to the value of the 'nextPage' element returned by a previous call to this
            operation. If this parameter is not specified, then the response will contain the oldest
            available events.

            The value of the 'page' parameter can be set to 'lastRequested' to return items from the
            same position as the last successful request. Setting the value of the page to
            'lastRequested' is equivalent to setting the value of the page to 'XXX' where XXX is the
            last requested page.

            If the value of the page specified in the first request is 'lastRequested', then the
            response will contain events from the page value returned by the 'Create subscription'
            operation.

            The value of this parameter should be either special word "lastRequested" or the exact
            string as returned by "nextPage" response attribute of a previous call. There is no
            specification for the value format - it may be any string not longer than 48 characters.
            Do not interfere the value, as the incorrect values may result with valid response but the
            events sequence may be distorted.
        since (str | Unset): This parameter is used to obtain new 'page' marker that points at the
            events which happened after the specified time. The time value must be specified in 'YYYY-
            MM-DD HH:MM:SS' format and UTC time zone.

            When this parameter is specified in the request, the events are not returned, but only
            'nextPage' response parameter. Do not use both 'page' and 'since' parameters in one
            request.

            This functionality should be used only to restore broken flows and to start reading from
            some point in time when normal reading failed. Never use this ability to access the events
            by their time, as this ability requires significant resources and may slow down other
            system functions if used extensivly.

            Note that obtaining events from a subscription which happened before the subscription was
            created is not supported. The system starts collecting the events only after the
            subscription is created. Trying to read events that are older may result in obtaining some
            information but it is not guaranteed.
        limit (int | Unset): The number of items to be returned in the response. The maximum value
            is 1000. If a higher value is specified, then the value will be set to the maximum allowed
            value and the specified value is ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetEventsResponse]
    """

    kwargs = _get_kwargs(
        subscription_id=subscription_id,
        page=page,
        since=since,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    subscription_id: str,
    page: str | Unset = UNSET,
    since: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> GetEventsResponse | None:
    """Get events

     This operation retrieves a list of events related to a subscription starting from the marker
    represented by the 'page' request parameter. Also it provides new marker, which should be used to
    retreive next portion of events.

    If there are no new events available, then the operation returns an empty list.

    Each next request should use the marker value ('page' parameter) obtained from the previous request
    ('nextPage' parameter). Initial value of the marker is obtained from 'Create subscription' API call.

    Another way to obtain the 'page' value is to perform request using the 'since' parameter that allows
    to find the value of the 'page' marker by the time. Use this ability only to restore broken flow, as
    this operation requires significant resources.

    The integration must ensure that the events are read faster then generated, Otherwise the
    integration will not be able to read all the events in time and eventually old events will be lost.
    It is recommended to read next portion of events after a few seconds for subscriptions with big
    amount of events or a few minutes for subscriptions with rare events.

    Only the events matching the subscription's filter are returned.

    If the client application loses the value of the 'page' parameter due to abnormal process
    termination, the last requested 'page' parameter can be recovered through the disaster recovery
    flow. For more information, see the 'Recovering lost page parameter' section under Receiving Events.

    Note: Getting events is only allowed for the application which was used to create the subscription.

    Args:
        subscription_id (str): The identifier of a previously created subscription. This is a
            mandatory parameter. Only the events matching the subscription's filter are returned in
            the response.
        page (str | Unset): The page identifier to iterate the events. The value of the parameter
            is set to the value of the 'nextPage' element returned by a previous call to this
            operation. If this parameter is not specified, then the response will contain the oldest
            available events.

            The value of the 'page' parameter can be set to 'lastRequested' to return items from the
            same position as the last successful request. Setting the value of the page to
            'lastRequested' is equivalent to setting the value of the page to 'XXX' where XXX is the
            last requested page.

            If the value of the page specified in the first request is 'lastRequested', then the
            response will contain events from the page value returned by the 'Create subscription'
            operation.

            The value of this parameter should be either special word "lastRequested" or the exact
            string as returned by "nextPage" response attribute of a previous call. There is no
            specification for the value format - it may be any string not longer than 48 characters.
            Do not interfere the value, as the incorrect values may result with valid response but the
            events sequence may be distorted.
        since (str | Unset): This parameter is used to obtain new 'page' marker that points at the
            events which happened after the specified time. The time value must be specified in 'YYYY-
            MM-DD HH:MM:SS' format and UTC time zone.

            When this parameter is specified in the request, the events are not returned, but only
            'nextPage' response parameter. Do not use both 'page' and 'since' parameters in one
            request.

            This functionality should be used only to restore broken flows and to start reading from
            some point in time when normal reading failed. Never use this ability to access the events
            by their time, as this ability requires significant resources and may slow down other
            system functions if used extensivly.

            Note that obtaining events from a subscription which happened before the subscription was
            created is not supported. The system starts collecting the events only after the
            subscription is created. Trying to read events that are older may result in obtaining some
            information but it is not guaranteed.
        limit (int | Unset): The number of items to be returned in the response. The maximum value
            is 1000. If a higher value is specified, then the value will be set to the maximum allowed
            value and the specified value is ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetEventsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            subscription_id=subscription_id,
            page=page,
            since=since,
            limit=limit,
        )
    ).parsed
