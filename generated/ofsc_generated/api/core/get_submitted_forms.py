from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.submitted_forms import SubmittedForms
from ...types import UNSET, Response, Unset, json_loads


def _get_kwargs(
    activity_id: int,
    *,
    scope: str | Unset = UNSET,
    bundle: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["scope"] = scope

    params["bundle"] = bundle

    params["offset"] = offset

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rest/ofscCore/v1/activities/{activity_id}/submittedForms".format(
            activity_id=quote(str(activity_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> SubmittedForms | None:
    if response.status_code == 200:
        if not response.content:
            return None
        response_200 = SubmittedForms.from_dict(json_loads(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[SubmittedForms]:
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
    scope: str | Unset = UNSET,
    bundle: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[SubmittedForms]:
    """Get associated submitted forms

     The function allows to retrieve all submitted data related to an activity or bundle of activities.

    Args:
        activity_id (int): The unique identifier of the activity in Oracle Field Service.
        scope (str | Unset): Scope. Whether to return submitted forms related only to the activity
            or to all bundled activities. If the value is 'activity', all data of all submitted forms
            related to the activity is returned. If the value is 'bundles' then only submitted forms
            related to configured bundles are returned. Allowed values [ activity, bundles ]. Default:
            bundles
        bundle (str | Unset): Label of a bundling rule. The parameter allows to specify the label
            of the bundle to filter the returned data. Only submitted forms related to a specific
            bundle will be present in the response. If the parameter is not specified, all the
            submitted forms related to all bundles will be returned. This parameter is not allowed if
            the 'scope' parameter has value 'activity'. Default: all the submitted forms related to
            all bundles related to the activity will be returned
        offset (int | Unset): The record number from which the retrieval starts. The default value
            is zero. If no value is specified, then it defaults to zero. The value zero indicates that
            the retrieval will start from the beginning of the collection.
        limit (int | Unset): The number of items to be returned in the response. The minimum value
            that can be specified is 1 and the maximum value that can be specified is 100. If the
            specified value is greater than 100, zero, or if no value is specified, then it defaults
            to 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SubmittedForms]
    """

    kwargs = _get_kwargs(
        activity_id=activity_id,
        scope=scope,
        bundle=bundle,
        offset=offset,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    activity_id: int,
    *,
    client: AuthenticatedClient | Client,
    scope: str | Unset = UNSET,
    bundle: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> SubmittedForms | None:
    """Get associated submitted forms

     The function allows to retrieve all submitted data related to an activity or bundle of activities.

    Args:
        activity_id (int): The unique identifier of the activity in Oracle Field Service.
        scope (str | Unset): Scope. Whether to return submitted forms related only to the activity
            or to all bundled activities. If the value is 'activity', all data of all submitted forms
            related to the activity is returned. If the value is 'bundles' then only submitted forms
            related to configured bundles are returned. Allowed values [ activity, bundles ]. Default:
            bundles
        bundle (str | Unset): Label of a bundling rule. The parameter allows to specify the label
            of the bundle to filter the returned data. Only submitted forms related to a specific
            bundle will be present in the response. If the parameter is not specified, all the
            submitted forms related to all bundles will be returned. This parameter is not allowed if
            the 'scope' parameter has value 'activity'. Default: all the submitted forms related to
            all bundles related to the activity will be returned
        offset (int | Unset): The record number from which the retrieval starts. The default value
            is zero. If no value is specified, then it defaults to zero. The value zero indicates that
            the retrieval will start from the beginning of the collection.
        limit (int | Unset): The number of items to be returned in the response. The minimum value
            that can be specified is 1 and the maximum value that can be specified is 100. If the
            specified value is greater than 100, zero, or if no value is specified, then it defaults
            to 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SubmittedForms
    """

    return sync_detailed(
        activity_id=activity_id,
        client=client,
        scope=scope,
        bundle=bundle,
        offset=offset,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    activity_id: int,
    *,
    client: AuthenticatedClient | Client,
    scope: str | Unset = UNSET,
    bundle: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[SubmittedForms]:
    """Get associated submitted forms

     The function allows to retrieve all submitted data related to an activity or bundle of activities.

    Args:
        activity_id (int): The unique identifier of the activity in Oracle Field Service.
        scope (str | Unset): Scope. Whether to return submitted forms related only to the activity
            or to all bundled activities. If the value is 'activity', all data of all submitted forms
            related to the activity is returned. If the value is 'bundles' then only submitted forms
            related to configured bundles are returned. Allowed values [ activity, bundles ]. Default:
            bundles
        bundle (str | Unset): Label of a bundling rule. The parameter allows to specify the label
            of the bundle to filter the returned data. Only submitted forms related to a specific
            bundle will be present in the response. If the parameter is not specified, all the
            submitted forms related to all bundles will be returned. This parameter is not allowed if
            the 'scope' parameter has value 'activity'. Default: all the submitted forms related to
            all bundles related to the activity will be returned
        offset (int | Unset): The record number from which the retrieval starts. The default value
            is zero. If no value is specified, then it defaults to zero. The value zero indicates that
            the retrieval will start from the beginning of the collection.
        limit (int | Unset): The number of items to be returned in the response. The minimum value
            that can be specified is 1 and the maximum value that can be specified is 100. If the
            specified value is greater than 100, zero, or if no value is specified, then it defaults
            to 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SubmittedForms]
    """

    kwargs = _get_kwargs(
        activity_id=activity_id,
        scope=scope,
        bundle=bundle,
        offset=offset,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    activity_id: int,
    *,
    client: AuthenticatedClient | Client,
    scope: str | Unset = UNSET,
    bundle: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> SubmittedForms | None:
    """Get associated submitted forms

     The function allows to retrieve all submitted data related to an activity or bundle of activities.

    Args:
        activity_id (int): The unique identifier of the activity in Oracle Field Service.
        scope (str | Unset): Scope. Whether to return submitted forms related only to the activity
            or to all bundled activities. If the value is 'activity', all data of all submitted forms
            related to the activity is returned. If the value is 'bundles' then only submitted forms
            related to configured bundles are returned. Allowed values [ activity, bundles ]. Default:
            bundles
        bundle (str | Unset): Label of a bundling rule. The parameter allows to specify the label
            of the bundle to filter the returned data. Only submitted forms related to a specific
            bundle will be present in the response. If the parameter is not specified, all the
            submitted forms related to all bundles will be returned. This parameter is not allowed if
            the 'scope' parameter has value 'activity'. Default: all the submitted forms related to
            all bundles related to the activity will be returned
        offset (int | Unset): The record number from which the retrieval starts. The default value
            is zero. If no value is specified, then it defaults to zero. The value zero indicates that
            the retrieval will start from the beginning of the collection.
        limit (int | Unset): The number of items to be returned in the response. The minimum value
            that can be specified is 1 and the maximum value that can be specified is 100. If the
            specified value is greater than 100, zero, or if no value is specified, then it defaults
            to 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SubmittedForms
    """

    return (
        await asyncio_detailed(
            activity_id=activity_id,
            client=client,
            scope=scope,
            bundle=bundle,
            offset=offset,
            limit=limit,
        )
    ).parsed
