from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_link_template import CreateLinkTemplate
from ...models.link_template import LinkTemplate
from ...types import Response, json_loads


def _get_kwargs(
    label: str,
    *,
    body: CreateLinkTemplate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/rest/ofscMetadata/v1/linkTemplates/{label}".format(
            label=quote(str(label), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers.setdefault("Content-Type", "application/json")

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> LinkTemplate | None:
    if response.status_code == 200:
        if not response.content:
            return None
        response_200 = LinkTemplate.from_dict(json_loads(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[LinkTemplate]:
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
    body: CreateLinkTemplate,
) -> Response[LinkTemplate]:
    """Update a link template

     This operation updates an existing link template.

    Args:
        label (str): The label of the link template that is used in the request URL to create a
            new link template or update an existing link template.
        body (CreateLinkTemplate): The link template object.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LinkTemplate]
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
    body: CreateLinkTemplate,
) -> LinkTemplate | None:
    """Update a link template

     This operation updates an existing link template.

    Args:
        label (str): The label of the link template that is used in the request URL to create a
            new link template or update an existing link template.
        body (CreateLinkTemplate): The link template object.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LinkTemplate
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
    body: CreateLinkTemplate,
) -> Response[LinkTemplate]:
    """Update a link template

     This operation updates an existing link template.

    Args:
        label (str): The label of the link template that is used in the request URL to create a
            new link template or update an existing link template.
        body (CreateLinkTemplate): The link template object.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LinkTemplate]
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
    body: CreateLinkTemplate,
) -> LinkTemplate | None:
    """Update a link template

     This operation updates an existing link template.

    Args:
        label (str): The label of the link template that is used in the request URL to create a
            new link template or update an existing link template.
        body (CreateLinkTemplate): The link template object.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LinkTemplate
    """

    return (
        await asyncio_detailed(
            label=label,
            client=client,
            body=body,
        )
    ).parsed
