from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_smart_live_interaction_rule_groups_response import ListSmartLiveInteractionRuleGroupsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    *,
    offset: int | Unset = 0,
    limit: int | Unset = 10,
    create_since: str | Unset = UNSET,
    create_until: str | Unset = UNSET,
    group_name: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["offset"] = offset

    params["limit"] = limit

    params["create_since"] = create_since

    params["create_until"] = create_until

    params["group_name"] = group_name

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/{project_id}/smart-live-interaction-rule-groups".format(
            project_id=quote(str(project_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListSmartLiveInteractionRuleGroupsResponse | None:
    if response.status_code == 200:
        response_200 = ListSmartLiveInteractionRuleGroupsResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListSmartLiveInteractionRuleGroupsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(
    response: Response[ListSmartLiveInteractionRuleGroupsResponse],
) -> ListSmartLiveInteractionRuleGroupsResponse:
    """The parsed answer of a documented success; any other answer is an errors.UnexpectedStatus."""
    if response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return response.parsed


def sync_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = 0,
    limit: int | Unset = 10,
    create_since: str | Unset = UNSET,
    create_until: str | Unset = UNSET,
    group_name: str | Unset = UNSET,
) -> Response[ListSmartLiveInteractionRuleGroupsResponse]:
    """List live room interaction rule groups

     该接口用于智能直播间互动规则库列表。

    Args:
        project_id (str):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 10.
        create_since (str | Unset):
        create_until (str | Unset):
        group_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListSmartLiveInteractionRuleGroupsResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        offset=offset,
        limit=limit,
        create_since=create_since,
        create_until=create_until,
        group_name=group_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = 0,
    limit: int | Unset = 10,
    create_since: str | Unset = UNSET,
    create_until: str | Unset = UNSET,
    group_name: str | Unset = UNSET,
) -> ListSmartLiveInteractionRuleGroupsResponse:
    """List live room interaction rule groups

     该接口用于智能直播间互动规则库列表。

    Args:
        project_id (str):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 10.
        create_since (str | Unset):
        create_until (str | Unset):
        group_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the answer is not a documented success (a client under digihuman's policy raises its typed errors first).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListSmartLiveInteractionRuleGroupsResponse
    """

    return _success(
        sync_detailed(
            project_id=project_id,
            client=client,
            offset=offset,
            limit=limit,
            create_since=create_since,
            create_until=create_until,
            group_name=group_name,
        )
    )


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = 0,
    limit: int | Unset = 10,
    create_since: str | Unset = UNSET,
    create_until: str | Unset = UNSET,
    group_name: str | Unset = UNSET,
) -> Response[ListSmartLiveInteractionRuleGroupsResponse]:
    """List live room interaction rule groups

     该接口用于智能直播间互动规则库列表。

    Args:
        project_id (str):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 10.
        create_since (str | Unset):
        create_until (str | Unset):
        group_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListSmartLiveInteractionRuleGroupsResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        offset=offset,
        limit=limit,
        create_since=create_since,
        create_until=create_until,
        group_name=group_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = 0,
    limit: int | Unset = 10,
    create_since: str | Unset = UNSET,
    create_until: str | Unset = UNSET,
    group_name: str | Unset = UNSET,
) -> ListSmartLiveInteractionRuleGroupsResponse:
    """List live room interaction rule groups

     该接口用于智能直播间互动规则库列表。

    Args:
        project_id (str):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 10.
        create_since (str | Unset):
        create_until (str | Unset):
        group_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the answer is not a documented success (a client under digihuman's policy raises its typed errors first).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListSmartLiveInteractionRuleGroupsResponse
    """

    return _success(
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            offset=offset,
            limit=limit,
            create_since=create_since,
            create_until=create_until,
            group_name=group_name,
        )
    )
