from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.subscription_list import SubscriptionList
from ...types import UNSET, Response, Unset, json_loads


def _get_kwargs(
    *,
    all_subscriptions: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["allSubscriptions"] = all_subscriptions

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rest/ofscCore/v1/events/subscriptions",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> SubscriptionList | None:
    if response.status_code == 200:
        if not response.content:
            return None
        response_200 = SubscriptionList.from_dict(json_loads(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[SubscriptionList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    all_subscriptions: bool | Unset = UNSET,
) -> Response[SubscriptionList]:
    """Get subscriptions

     This operation retrieves a list of subscriptions.

    Args:
        all_subscriptions (bool | Unset): Contains one of the following values: true or false.

            - If true, all subscriptions in the Oracle Field Service application are returned, even if
            the subscriptions are created by other applications.
            - If false, then only the subscriptions created by other applications are returned.

            The default value is false.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SubscriptionList]
    """

    kwargs = _get_kwargs(
        all_subscriptions=all_subscriptions,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    all_subscriptions: bool | Unset = UNSET,
) -> SubscriptionList | None:
    """Get subscriptions

     This operation retrieves a list of subscriptions.

    Args:
        all_subscriptions (bool | Unset): Contains one of the following values: true or false.

            - If true, all subscriptions in the Oracle Field Service application are returned, even if
            the subscriptions are created by other applications.
            - If false, then only the subscriptions created by other applications are returned.

            The default value is false.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SubscriptionList
    """

    return sync_detailed(
        client=client,
        all_subscriptions=all_subscriptions,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    all_subscriptions: bool | Unset = UNSET,
) -> Response[SubscriptionList]:
    """Get subscriptions

     This operation retrieves a list of subscriptions.

    Args:
        all_subscriptions (bool | Unset): Contains one of the following values: true or false.

            - If true, all subscriptions in the Oracle Field Service application are returned, even if
            the subscriptions are created by other applications.
            - If false, then only the subscriptions created by other applications are returned.

            The default value is false.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SubscriptionList]
    """

    kwargs = _get_kwargs(
        all_subscriptions=all_subscriptions,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    all_subscriptions: bool | Unset = UNSET,
) -> SubscriptionList | None:
    """Get subscriptions

     This operation retrieves a list of subscriptions.

    Args:
        all_subscriptions (bool | Unset): Contains one of the following values: true or false.

            - If true, all subscriptions in the Oracle Field Service application are returned, even if
            the subscriptions are created by other applications.
            - If false, then only the subscriptions created by other applications are returned.

            The default value is false.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SubscriptionList
    """

    return (
        await asyncio_detailed(
            client=client,
            all_subscriptions=all_subscriptions,
        )
    ).parsed
