from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.resource_work_skill import ResourceWorkSkill
from ...models.resource_work_skill_list import ResourceWorkSkillList
from ...types import UNSET, Response, Unset, json_loads


def _get_kwargs(
    resource_id: str,
    *,
    body: list[ResourceWorkSkill] | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/rest/ofscCore/v1/resources/{resource_id}/workSkills".format(
            resource_id=quote(str(resource_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = []
        for componentsschemas_set_work_skills_request_item_data in body:
            componentsschemas_set_work_skills_request_item = (
                componentsschemas_set_work_skills_request_item_data.to_dict()
            )
            _kwargs["json"].append(componentsschemas_set_work_skills_request_item)

    headers.setdefault("Content-Type", "application/json")

    _kwargs["headers"] = headers
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
    body: list[ResourceWorkSkill] | Unset = UNSET,
) -> Response[ResourceWorkSkillList]:
    """Set work skills

     This operation updates the work skills for the specified resource. The operation does the following:

    1. Removes all the current work skills (by changing the end date of the work skill to a past date)
    for the specified resource.
    2. Updates the work skills according to the parameters specified in the request.
    3. Returns the updated work skills and the deleted work skills.

    Args:
        resource_id (str): The unique identifier of the resource in Oracle Field Service.
        body (list[ResourceWorkSkill] | Unset): An array of objects containing the work skills of
            the resource.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ResourceWorkSkillList]
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
    body: list[ResourceWorkSkill] | Unset = UNSET,
) -> ResourceWorkSkillList | None:
    """Set work skills

     This operation updates the work skills for the specified resource. The operation does the following:

    1. Removes all the current work skills (by changing the end date of the work skill to a past date)
    for the specified resource.
    2. Updates the work skills according to the parameters specified in the request.
    3. Returns the updated work skills and the deleted work skills.

    Args:
        resource_id (str): The unique identifier of the resource in Oracle Field Service.
        body (list[ResourceWorkSkill] | Unset): An array of objects containing the work skills of
            the resource.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ResourceWorkSkillList
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
    body: list[ResourceWorkSkill] | Unset = UNSET,
) -> Response[ResourceWorkSkillList]:
    """Set work skills

     This operation updates the work skills for the specified resource. The operation does the following:

    1. Removes all the current work skills (by changing the end date of the work skill to a past date)
    for the specified resource.
    2. Updates the work skills according to the parameters specified in the request.
    3. Returns the updated work skills and the deleted work skills.

    Args:
        resource_id (str): The unique identifier of the resource in Oracle Field Service.
        body (list[ResourceWorkSkill] | Unset): An array of objects containing the work skills of
            the resource.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ResourceWorkSkillList]
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
    body: list[ResourceWorkSkill] | Unset = UNSET,
) -> ResourceWorkSkillList | None:
    """Set work skills

     This operation updates the work skills for the specified resource. The operation does the following:

    1. Removes all the current work skills (by changing the end date of the work skill to a past date)
    for the specified resource.
    2. Updates the work skills according to the parameters specified in the request.
    3. Returns the updated work skills and the deleted work skills.

    Args:
        resource_id (str): The unique identifier of the resource in Oracle Field Service.
        body (list[ResourceWorkSkill] | Unset): An array of objects containing the work skills of
            the resource.

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
            body=body,
        )
    ).parsed
