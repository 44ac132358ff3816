from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.work_skill_group import WorkSkillGroup
from ...types import Response, json_loads


def _get_kwargs(
    label: str,
    *,
    body: WorkSkillGroup,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/rest/ofscMetadata/v1/workSkillGroups/{label}".format(
            label=quote(str(label), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers.setdefault("Content-Type", "application/json")

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> WorkSkillGroup | None:
    if response.status_code == 200:
        if not response.content:
            return None
        response_200 = WorkSkillGroup.from_dict(json_loads(response.content))

        return response_200

    if response.status_code == 201:
        if not response.content:
            return None
        response_201 = WorkSkillGroup.from_dict(json_loads(response.content))

        return response_201

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[WorkSkillGroup]:
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
    body: WorkSkillGroup,
) -> Response[WorkSkillGroup]:
    """Create or replace a work skill group

     This operation creates a work skill group resource or updates an existing one.

    If the 'translation' parameter is not available for the update, then the translations are not
    changed; else all the translations are replaced by the structure from the request. The translations
    that are sent as entity fields are ignored.

    Args:
        label (str): The label of the work skill group.
        body (WorkSkillGroup):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[WorkSkillGroup]
    """

    kwargs = _get_kwargs(
        label=label,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    label: str,
    *,
    client: AuthenticatedClient | Client,
    body: WorkSkillGroup,
) -> WorkSkillGroup | None:
    """Create or replace a work skill group

     This operation creates a work skill group resource or updates an existing one.

    If the 'translation' parameter is not available for the update, then the translations are not
    changed; else all the translations are replaced by the structure from the request. The translations
    that are sent as entity fields are ignored.

    Args:
        label (str): The label of the work skill group.
        body (WorkSkillGroup):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        WorkSkillGroup
    """

    return sync_detailed(
        label=label,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    label: str,
    *,
    client: AuthenticatedClient | Client,
    body: WorkSkillGroup,
) -> Response[WorkSkillGroup]:
    """Create or replace a work skill group

     This operation creates a work skill group resource or updates an existing one.

    If the 'translation' parameter is not available for the update, then the translations are not
    changed; else all the translations are replaced by the structure from the request. The translations
    that are sent as entity fields are ignored.

    Args:
        label (str): The label of the work skill group.
        body (WorkSkillGroup):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[WorkSkillGroup]
    """

    kwargs = _get_kwargs(
        label=label,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    label: str,
    *,
    client: AuthenticatedClient | Client,
    body: WorkSkillGroup,
) -> WorkSkillGroup | None:
    """Create or replace a work skill group

     This operation creates a work skill group resource or updates an existing one.

    If the 'translation' parameter is not available for the update, then the translations are not
    changed; else all the translations are replaced by the structure from the request. The translations
    that are sent as entity fields are ignored.

    Args:
        label (str): The label of the work skill group.
        body (WorkSkillGroup):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        WorkSkillGroup
    """

    return (
        await asyncio_detailed(
            label=label,
            client=client,
            body=body,
        )
    ).parsed
