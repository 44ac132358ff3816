from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_subscription_request import CreateSubscriptionRequest
from ...models.create_subscription_response import CreateSubscriptionResponse
from ...types import UNSET, Response, Unset, json_loads


def _get_kwargs(
    *,
    body: CreateSubscriptionRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/rest/ofscCore/v1/events/subscriptions",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers.setdefault("Content-Type", "application/json")

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateSubscriptionResponse | None:
    if response.status_code == 200:
        if not response.content:
            return None
        response_200 = CreateSubscriptionResponse.from_dict(json_loads(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateSubscriptionResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateSubscriptionRequest | Unset = UNSET,
) -> Response[CreateSubscriptionResponse]:
    r"""Create a subscription

     This operation creates a subscription for Oracle Field Service events.

    Events are generated when there is a change to one of the available events in the Oracle Field
    Service application (for example, activityCreated, activityCompleted, inventoryInstalled, and so
    on).

    One or more event(s) should be specified in the request. A 'subscriptionId' that is returned when a
    subscription is created should be used in the 'Get events' operation to retrieve subscription data.

    Subscriptions can be deleted using the Delete Subscription API. However, the subscriptions that are
    not used in the Get Events operation will expire after 36 hours.

    Users can create a maximum of 100 subscriptions per environment simultaneously.

    If more than 100 subscriptions are created then the response returns the 503 status code with the
    description \"Too many subscriptions registered. Found 100.\" Also, if a user creates a duplicate
    subscription, then it points to the existing subscription.

    For the list of events that can be subscribed, see Supported Events.

    Create subscription request validation

    The request will fail if the following conditions are met:

    - The user does not have the write permission for Core API events.
    - Neither the 'events' parameter is specified in the root of the request nor the
    'subscriptionConfig' elements are specified in the request.
    - The 'events' parameter in the root of the request and the 'subscriptionConfig' elements are
    specified simultaneously.
    - Either the 'events' or the 'subscriptionConfig' parameter is empty.
    - The subscriptionConfig elements or IDs where each subscription config element needs to be checked.
    - subscriptionConfig elements/IDs/events
      - The Events parameter is an empty array or is not present.
      - Events contain events that do not exist, for example, the 'activityNompleted' event.
      - Events contain events for different entities along with additional fields such as fields,
    monitorChanges, filterExpression. For example: {\"events\": [\"activityCreated\",
    \"inventoryCreated\"], \"fields\" : \"apptNumber\" } is not valid, but {\"events\":
    [\"activityCreated\",\"inventoryCreated\"]} is valid because there are no fields, monitorChanges,
    filterExpression elements.
    - subscriptionConfig elements/IDs/filterExpression string
      - filterExpression string is not a valid expression. (see 'filterExpression' field in the
    Subscription config request parameter).
      - filterExpression string contains fields or properties which do not exist \"(doesNotExist ==
    \"something\").
      - filterExpression string contains fields or properties for a wrong entity, for example, resource
    name in Activity event filter.
    - The subscriptionTitle is specified as an empty string or is longer than 255 characters.
    - 100 subscriptions are already active (either not deleted or expired).

    Args:
        body (CreateSubscriptionRequest | Unset): The schema of the response body object for this
            operation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateSubscriptionResponse]
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
    body: CreateSubscriptionRequest | Unset = UNSET,
) -> CreateSubscriptionResponse | None:
    r"""Create a subscription

     This operation creates a subscription for Oracle Field Service events.

    Events are generated when there is a change to one of the available events in the Oracle Field
    Service application (for example, activityCreated, activityCompleted, inventoryInstalled, and so
    on).

    One or more event(s) should be specified in the request. A 'subscriptionId' that is returned when a
    subscription is created should be used in the 'Get events' operation to retrieve subscription data.

    Subscriptions can be deleted using the Delete Subscription API. However, the subscriptions that are
    not used in the Get Events operation will expire after 36 hours.

    Users can create a maximum of 100 subscriptions per environment simultaneously.

    If more than 100 subscriptions are created then the response returns the 503 status code with the
    description \"Too many subscriptions registered. Found 100.\" Also, if a user creates a duplicate
    subscription, then it points to the existing subscription.

    For the list of events that can be subscribed, see Supported Events.

    Create subscription request validation

    The request will fail if the following conditions are met:

    - The user does not have the write permission for Core API events.
    - Neither the 'events' parameter is specified in the root of the request nor the
    'subscriptionConfig' elements are specified in the request.
    - The 'events' parameter in the root of the request and the 'subscriptionConfig' elements are
    specified simultaneously.
    - Either the 'events' or the 'subscriptionConfig' parameter is empty.
    - The subscriptionConfig elements or IDs where each subscription config element needs to be checked.
    - subscriptionConfig elements/IDs/events
      - The Events parameter is an empty array or is not present.
      - Events contain events that do not exist, for example, the 'activityNompleted' event.
      - Events contain events for different entities along with additional fields such as fields,
    monitorChanges, filterExpression. For example: {\"events\": [\"activityCreated\",
    \"inventoryCreated\"], \"fields\" : \"apptNumber\" } is not valid, but {\"events\":
    [\"activityCreated\",\"inventoryCreated\"]} is valid because there are no fields, monitorChanges,
    filterExpression elements.
    - subscriptionConfig elements/IDs/filterExpression string
      - filterExpression string is not a valid expression. (see 'filterExpression' field in the
    Subscription config request parameter).
      - filterExpression string contains fields or properties which do not exist \"(doesNotExist ==
    \"something\").
      - filterExpression string contains fields or properties for a wrong entity, for example, resource
    name in Activity event filter.
    - The subscriptionTitle is specified as an empty string or is longer than 255 characters.
    - 100 subscriptions are already active (either not deleted or expired).

    Args:
        body (CreateSubscriptionRequest | Unset): The schema of the response body object for this
            operation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateSubscriptionResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateSubscriptionRequest | Unset = UNSET,
) -> Response[CreateSubscriptionResponse]:
    r"""Create a subscription

     This operation creates a subscription for Oracle Field Service events.

    Events are generated when there is a change to one of the available events in the Oracle Field
    Service application (for example, activityCreated, activityCompleted, inventoryInstalled, and so
    on).

    One or more event(s) should be specified in the request. A 'subscriptionId' that is returned when a
    subscription is created should be used in the 'Get events' operation to retrieve subscription data.

    Subscriptions can be deleted using the Delete Subscription API. However, the subscriptions that are
    not used in the Get Events operation will expire after 36 hours.

    Users can create a maximum of 100 subscriptions per environment simultaneously.

    If more than 100 subscriptions are created then the response returns the 503 status code with the
    description \"Too many subscriptions registered. Found 100.\" Also, if a user creates a duplicate
    subscription, then it points to the existing subscription.

    For the list of events that can be subscribed, see Supported Events.

    Create subscription request validation

    The request will fail if the following conditions are met:

    - The user does not have the write permission for Core API events.
    - Neither the 'events' parameter is specified in the root of the request nor the
    'subscriptionConfig' elements are specified in the request.
    - The 'events' parameter in the root of the request and the 'subscriptionConfig' elements are
    specified simultaneously.
    - Either the 'events' or the 'subscriptionConfig' parameter is empty.
    - The subscriptionConfig elements or IDs where each subscription config element needs to be checked.
    - subscriptionConfig elements/IDs/events
      - The Events parameter is an empty array or is not present.
      - Events contain events that do not exist, for example, the 'activityNompleted' event.
      - Events contain events for different entities along with additional fields such as fields,
    monitorChanges, filterExpression. For example: {\"events\": [\"activityCreated\",
    \"inventoryCreated\"], \"fields\" : \"apptNumber\" } is not valid, but {\"events\":
    [\"activityCreated\",\"inventoryCreated\"]} is valid because there are no fields, monitorChanges,
    filterExpression elements.
    - subscriptionConfig elements/IDs/filterExpression string
      - filterExpression string is not a valid expression. (see 'filterExpression' field in the
    Subscription config request parameter).
      - filterExpression string contains fields or properties which do not exist \"(doesNotExist ==
    \"something\").
      - filterExpression string contains fields or properties for a wrong entity, for example, resource
    name in Activity event filter.
    - The subscriptionTitle is specified as an empty string or is longer than 255 characters.
    - 100 subscriptions are already active (either not deleted or expired).

    Args:
        body (CreateSubscriptionRequest | Unset): The schema of the response body object for this
            operation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateSubscriptionResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateSubscriptionRequest | Unset = UNSET,
) -> CreateSubscriptionResponse | None:
    r"""Create a subscription

     This operation creates a subscription for Oracle Field Service events.

    Events are generated when there is a change to one of the available events in the Oracle Field
    Service application (for example, activityCreated, activityCompleted, inventoryInstalled, and so
    on).

    One or more event(s) should be specified in the request. A 'subscriptionId' that is returned when a
    subscription is created should be used in the 'Get events' operation to retrieve subscription data.

    Subscriptions can be deleted using the Delete Subscription API. However, the subscriptions that are
    not used in the Get Events operation will expire after 36 hours.

    Users can create a maximum of 100 subscriptions per environment simultaneously.

    If more than 100 subscriptions are created then the response returns the 503 status code with the
    description \"Too many subscriptions registered. Found 100.\" Also, if a user creates a duplicate
    subscription, then it points to the existing subscription.

    For the list of events that can be subscribed, see Supported Events.

    Create subscription request validation

    The request will fail if the following conditions are met:

    - The user does not have the write permission for Core API events.
    - Neither the 'events' parameter is specified in the root of the request nor the
    'subscriptionConfig' elements are specified in the request.
    - The 'events' parameter in the root of the request and the 'subscriptionConfig' elements are
    specified simultaneously.
    - Either the 'events' or the 'subscriptionConfig' parameter is empty.
    - The subscriptionConfig elements or IDs where each subscription config element needs to be checked.
    - subscriptionConfig elements/IDs/events
      - The Events parameter is an empty array or is not present.
      - Events contain events that do not exist, for example, the 'activityNompleted' event.
      - Events contain events for different entities along with additional fields such as fields,
    monitorChanges, filterExpression. For example: {\"events\": [\"activityCreated\",
    \"inventoryCreated\"], \"fields\" : \"apptNumber\" } is not valid, but {\"events\":
    [\"activityCreated\",\"inventoryCreated\"]} is valid because there are no fields, monitorChanges,
    filterExpression elements.
    - subscriptionConfig elements/IDs/filterExpression string
      - filterExpression string is not a valid expression. (see 'filterExpression' field in the
    Subscription config request parameter).
      - filterExpression string contains fields or properties which do not exist \"(doesNotExist ==
    \"something\").
      - filterExpression string contains fields or properties for a wrong entity, for example, resource
    name in Activity event filter.
    - The subscriptionTitle is specified as an empty string or is longer than 255 characters.
    - 100 subscriptions are already active (either not deleted or expired).

    Args:
        body (CreateSubscriptionRequest | Unset): The schema of the response body object for this
            operation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateSubscriptionResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
