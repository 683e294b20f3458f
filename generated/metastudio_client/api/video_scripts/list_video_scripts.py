from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_video_scripts_response import ListVideoScriptsResponse
from ...models.list_video_scripts_script_catalog import ListVideoScriptsScriptCatalog
from ...models.list_video_scripts_view_mode import ListVideoScriptsViewMode
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    *,
    offset: int | Unset = 0,
    limit: int | Unset = 10,
    name: str | Unset = UNSET,
    script_catalog: ListVideoScriptsScriptCatalog | Unset = ListVideoScriptsScriptCatalog.VIDEO_DRAFT,
    view_mode: ListVideoScriptsViewMode | Unset = ListVideoScriptsViewMode.LANDSCAPE,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["offset"] = offset

    params["limit"] = limit

    params["name"] = name

    json_script_catalog: str | Unset = UNSET
    if not isinstance(script_catalog, Unset):
        json_script_catalog = script_catalog.value

    params["script_catalog"] = json_script_catalog

    json_view_mode: str | Unset = UNSET
    if not isinstance(view_mode, Unset):
        json_view_mode = view_mode.value

    params["view_mode"] = json_view_mode

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/{project_id}/digital-human-video-scripts".format(
            project_id=quote(str(project_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListVideoScriptsResponse | None:
    if response.status_code == 200:
        response_200 = ListVideoScriptsResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListVideoScriptsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def _success(response: Response[ListVideoScriptsResponse]) -> ListVideoScriptsResponse:
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
    name: str | Unset = UNSET,
    script_catalog: ListVideoScriptsScriptCatalog | Unset = ListVideoScriptsScriptCatalog.VIDEO_DRAFT,
    view_mode: ListVideoScriptsViewMode | Unset = ListVideoScriptsViewMode.LANDSCAPE,
) -> Response[ListVideoScriptsResponse]:
    """List video production scripts

     该接口用于查询视频制作剧本列表。

    Args:
        project_id (str):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 10.
        name (str | Unset):
        script_catalog (ListVideoScriptsScriptCatalog | Unset):  Default:
            ListVideoScriptsScriptCatalog.VIDEO_DRAFT.
        view_mode (ListVideoScriptsViewMode | Unset):  Default:
            ListVideoScriptsViewMode.LANDSCAPE.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListVideoScriptsResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        offset=offset,
        limit=limit,
        name=name,
        script_catalog=script_catalog,
        view_mode=view_mode,
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
    name: str | Unset = UNSET,
    script_catalog: ListVideoScriptsScriptCatalog | Unset = ListVideoScriptsScriptCatalog.VIDEO_DRAFT,
    view_mode: ListVideoScriptsViewMode | Unset = ListVideoScriptsViewMode.LANDSCAPE,
) -> ListVideoScriptsResponse:
    """List video production scripts

     该接口用于查询视频制作剧本列表。

    Args:
        project_id (str):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 10.
        name (str | Unset):
        script_catalog (ListVideoScriptsScriptCatalog | Unset):  Default:
            ListVideoScriptsScriptCatalog.VIDEO_DRAFT.
        view_mode (ListVideoScriptsViewMode | Unset):  Default:
            ListVideoScriptsViewMode.LANDSCAPE.

    Raises:
        errors.UnexpectedStatus: If the answer is not a documented success (a client under digihuman's policy raises its typed errors first).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListVideoScriptsResponse
    """

    return _success(
        sync_detailed(
            project_id=project_id,
            client=client,
            offset=offset,
            limit=limit,
            name=name,
            script_catalog=script_catalog,
            view_mode=view_mode,
        )
    )


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = 0,
    limit: int | Unset = 10,
    name: str | Unset = UNSET,
    script_catalog: ListVideoScriptsScriptCatalog | Unset = ListVideoScriptsScriptCatalog.VIDEO_DRAFT,
    view_mode: ListVideoScriptsViewMode | Unset = ListVideoScriptsViewMode.LANDSCAPE,
) -> Response[ListVideoScriptsResponse]:
    """List video production scripts

     该接口用于查询视频制作剧本列表。

    Args:
        project_id (str):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 10.
        name (str | Unset):
        script_catalog (ListVideoScriptsScriptCatalog | Unset):  Default:
            ListVideoScriptsScriptCatalog.VIDEO_DRAFT.
        view_mode (ListVideoScriptsViewMode | Unset):  Default:
            ListVideoScriptsViewMode.LANDSCAPE.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListVideoScriptsResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        offset=offset,
        limit=limit,
        name=name,
        script_catalog=script_catalog,
        view_mode=view_mode,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = 0,
    limit: int | Unset = 10,
    name: str | Unset = UNSET,
    script_catalog: ListVideoScriptsScriptCatalog | Unset = ListVideoScriptsScriptCatalog.VIDEO_DRAFT,
    view_mode: ListVideoScriptsViewMode | Unset = ListVideoScriptsViewMode.LANDSCAPE,
) -> ListVideoScriptsResponse:
    """List video production scripts

     该接口用于查询视频制作剧本列表。

    Args:
        project_id (str):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 10.
        name (str | Unset):
        script_catalog (ListVideoScriptsScriptCatalog | Unset):  Default:
            ListVideoScriptsScriptCatalog.VIDEO_DRAFT.
        view_mode (ListVideoScriptsViewMode | Unset):  Default:
            ListVideoScriptsViewMode.LANDSCAPE.

    Raises:
        errors.UnexpectedStatus: If the answer is not a documented success (a client under digihuman's policy raises its typed errors first).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListVideoScriptsResponse
    """

    return _success(
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            offset=offset,
            limit=limit,
            name=name,
            script_catalog=script_catalog,
            view_mode=view_mode,
        )
    )
