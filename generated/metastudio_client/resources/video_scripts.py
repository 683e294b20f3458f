"""Operations of tag `video_scripts`: `VideoScripts` (sync), `AsyncVideoScripts` (asyncio) and their
`with_raw_response` twins, which return the `httpx.Response` as received."""

from collections.abc import AsyncIterator, Iterator, Mapping
from functools import cached_property

import httpx

from ..api.video_scripts import copy_video_script as _copy_video_script
from ..api.video_scripts import create_video_script as _create_video_script
from ..api.video_scripts import delete_video_script as _delete_video_script
from ..api.video_scripts import list_video_scripts as _list_video_scripts
from ..api.video_scripts import show_video_script as _show_video_script
from ..api.video_scripts import update_video_script as _update_video_script
from ..models.copy_video_script_response import CopyVideoScriptResponse
from ..models.create_video_script_request import CreateVideoScriptRequest
from ..models.create_video_script_response import CreateVideoScriptResponse
from ..models.list_video_scripts_response import ListVideoScriptsResponse
from ..models.list_video_scripts_script_catalog import ListVideoScriptsScriptCatalog
from ..models.list_video_scripts_view_mode import ListVideoScriptsViewMode
from ..models.show_video_script_response import ShowVideoScriptResponse
from ..models.update_video_script_request import UpdateVideoScriptRequest
from ..models.update_video_script_response import UpdateVideoScriptResponse
from ..models.video_script_base_info import VideoScriptBaseInfo
from ..types import UNSET, Unset
from . import Owner, next_page

__all__ = ["AsyncVideoScripts", "AsyncVideoScriptsWithRawResponse", "VideoScripts", "VideoScriptsWithRawResponse"]


class VideoScripts:
    """Operations of tag `video_scripts`: one method per operation id."""

    def __init__(self, owner: Owner) -> None:
        self._owner = owner

    @cached_property
    def with_raw_response(self) -> "VideoScriptsWithRawResponse":
        """The same operations returning the `httpx.Response` as received (errors are raised as usual)."""
        return VideoScriptsWithRawResponse(self._owner)

    def list_video_scripts(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 10,
        name: str | Unset = UNSET,
        script_catalog: ListVideoScriptsScriptCatalog | Unset = ListVideoScriptsScriptCatalog.VIDEO_DRAFT,
        view_mode: ListVideoScriptsViewMode | Unset = ListVideoScriptsViewMode.LANDSCAPE,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ListVideoScriptsResponse:
        """List video production scripts

        该接口用于查询视频制作剧本列表。

        Args:
            offset: 偏移量，表示从此偏移量开始查询。 取值范围： 0-2147483647 默认取值： 0
            limit: 每页显示的条目数量。 取值范围： 1-100 默认取值： 10
            name: 按名称模糊查询。
            script_catalog: 剧本类型。默认查询 VIDEO_DRAFT。 VIDEO_DRAFT：视频草稿。 SYSTEM_VIDEO_TEMPLAT：系统视频模板。
            view_mode: 横竖屏类型（内部参数，不对外开放）。默认值是 LANDSCAPE。 LANDSCAPE：横屏。 VERTICAL：竖屏。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _list_video_scripts.sync(
                self._owner.project_id,
                offset=offset,
                limit=limit,
                name=name,
                script_catalog=script_catalog,
                view_mode=view_mode,
                client=self._owner.client,
            )

    def iter_list_video_scripts(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 10,
        name: str | Unset = UNSET,
        script_catalog: ListVideoScriptsScriptCatalog | Unset = ListVideoScriptsScriptCatalog.VIDEO_DRAFT,
        view_mode: ListVideoScriptsViewMode | Unset = ListVideoScriptsViewMode.LANDSCAPE,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Iterator[VideoScriptBaseInfo]:
        """Every item of `list_video_scripts` (`video_scripts`), page after page from `offset`, until `count` is reached
        or a page comes back short.

        该接口用于查询视频制作剧本列表。

        Args:
            offset: 偏移量，表示从此偏移量开始查询。 取值范围： 0-2147483647 默认取值： 0
            limit: 每页显示的条目数量。 取值范围： 1-100 默认取值： 10
            name: 按名称模糊查询。
            script_catalog: 剧本类型。默认查询 VIDEO_DRAFT。 VIDEO_DRAFT：视频草稿。 SYSTEM_VIDEO_TEMPLAT：系统视频模板。
            view_mode: 横竖屏类型（内部参数，不对外开放）。默认值是 LANDSCAPE。 LANDSCAPE：横屏。 VERTICAL：竖屏。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        _offset: int = offset if isinstance(offset, int) else 0
        while True:
            _page = self.list_video_scripts(
                offset=_offset,
                limit=limit,
                name=name,
                script_catalog=script_catalog,
                view_mode=view_mode,
                timeout=timeout,
                retries=retries,
                extra_headers=extra_headers,
            )
            _items, _next = next_page(_page, "video_scripts", "count", _offset, limit)
            yield from _items
            if _next is None:
                return
            _offset = _next

    def create_video_script(
        self,
        *,
        body: CreateVideoScriptRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CreateVideoScriptResponse:
        """Create a video production script

        该接口用于创建视频制作剧本。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _create_video_script.sync(self._owner.project_id, body=body, client=self._owner.client)

    def show_video_script(
        self,
        script_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ShowVideoScriptResponse:
        """Show a video production script

        该接口用于查询视频制作剧本详情。

        Args:
            script_id: 剧本ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _show_video_script.sync(self._owner.project_id, script_id, client=self._owner.client)

    def update_video_script(
        self,
        script_id: str,
        *,
        body: UpdateVideoScriptRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> UpdateVideoScriptResponse:
        """Update a video production script

        该接口用于更新视频制作剧本。

        Args:
            script_id: 剧本ID。
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _update_video_script.sync(self._owner.project_id, script_id, body=body, client=self._owner.client)

    def delete_video_script(
        self,
        script_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete a video production script

        该接口用于删除视频制作剧本。

        Args:
            script_id: 剧本ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _delete_video_script.sync(self._owner.project_id, script_id, client=self._owner.client)

    def copy_video_script(
        self,
        script_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CopyVideoScriptResponse:
        """Copy a video production script

        该接口用于复制视频制作剧本。

        Args:
            script_id: 剧本ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _copy_video_script.sync(self._owner.project_id, script_id, client=self._owner.client)


class VideoScriptsWithRawResponse:
    """Operations of tag `video_scripts` returning the `httpx.Response` as received."""

    def __init__(self, owner: Owner) -> None:
        self._owner = owner

    def list_video_scripts(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 10,
        name: str | Unset = UNSET,
        script_catalog: ListVideoScriptsScriptCatalog | Unset = ListVideoScriptsScriptCatalog.VIDEO_DRAFT,
        view_mode: ListVideoScriptsViewMode | Unset = ListVideoScriptsViewMode.LANDSCAPE,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """List video production scripts

        该接口用于查询视频制作剧本列表。

        Args:
            offset: 偏移量，表示从此偏移量开始查询。 取值范围： 0-2147483647 默认取值： 0
            limit: 每页显示的条目数量。 取值范围： 1-100 默认取值： 10
            name: 按名称模糊查询。
            script_catalog: 剧本类型。默认查询 VIDEO_DRAFT。 VIDEO_DRAFT：视频草稿。 SYSTEM_VIDEO_TEMPLAT：系统视频模板。
            view_mode: 横竖屏类型（内部参数，不对外开放）。默认值是 LANDSCAPE。 LANDSCAPE：横屏。 VERTICAL：竖屏。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_list_video_scripts._get_kwargs(
                    self._owner.project_id,
                    offset=offset,
                    limit=limit,
                    name=name,
                    script_catalog=script_catalog,
                    view_mode=view_mode,
                )
            )

    def create_video_script(
        self,
        *,
        body: CreateVideoScriptRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Create a video production script

        该接口用于创建视频制作剧本。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_create_video_script._get_kwargs(self._owner.project_id, body=body)
            )

    def show_video_script(
        self,
        script_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Show a video production script

        该接口用于查询视频制作剧本详情。

        Args:
            script_id: 剧本ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_show_video_script._get_kwargs(self._owner.project_id, script_id)
            )

    def update_video_script(
        self,
        script_id: str,
        *,
        body: UpdateVideoScriptRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Update a video production script

        该接口用于更新视频制作剧本。

        Args:
            script_id: 剧本ID。
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_update_video_script._get_kwargs(self._owner.project_id, script_id, body=body)
            )

    def delete_video_script(
        self,
        script_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Delete a video production script

        该接口用于删除视频制作剧本。

        Args:
            script_id: 剧本ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_delete_video_script._get_kwargs(self._owner.project_id, script_id)
            )

    def copy_video_script(
        self,
        script_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Copy a video production script

        该接口用于复制视频制作剧本。

        Args:
            script_id: 剧本ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_copy_video_script._get_kwargs(self._owner.project_id, script_id)
            )


class AsyncVideoScripts:
    """Operations of tag `video_scripts` (asyncio): one method per operation id."""

    def __init__(self, owner: Owner) -> None:
        self._owner = owner

    @cached_property
    def with_raw_response(self) -> "AsyncVideoScriptsWithRawResponse":
        """The same operations returning the `httpx.Response` as received (errors are raised as usual)."""
        return AsyncVideoScriptsWithRawResponse(self._owner)

    async def list_video_scripts(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 10,
        name: str | Unset = UNSET,
        script_catalog: ListVideoScriptsScriptCatalog | Unset = ListVideoScriptsScriptCatalog.VIDEO_DRAFT,
        view_mode: ListVideoScriptsViewMode | Unset = ListVideoScriptsViewMode.LANDSCAPE,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ListVideoScriptsResponse:
        """List video production scripts

        该接口用于查询视频制作剧本列表。

        Args:
            offset: 偏移量，表示从此偏移量开始查询。 取值范围： 0-2147483647 默认取值： 0
            limit: 每页显示的条目数量。 取值范围： 1-100 默认取值： 10
            name: 按名称模糊查询。
            script_catalog: 剧本类型。默认查询 VIDEO_DRAFT。 VIDEO_DRAFT：视频草稿。 SYSTEM_VIDEO_TEMPLAT：系统视频模板。
            view_mode: 横竖屏类型（内部参数，不对外开放）。默认值是 LANDSCAPE。 LANDSCAPE：横屏。 VERTICAL：竖屏。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _list_video_scripts.asyncio(
                self._owner.project_id,
                offset=offset,
                limit=limit,
                name=name,
                script_catalog=script_catalog,
                view_mode=view_mode,
                client=self._owner.client,
            )

    async def iter_list_video_scripts(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 10,
        name: str | Unset = UNSET,
        script_catalog: ListVideoScriptsScriptCatalog | Unset = ListVideoScriptsScriptCatalog.VIDEO_DRAFT,
        view_mode: ListVideoScriptsViewMode | Unset = ListVideoScriptsViewMode.LANDSCAPE,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncIterator[VideoScriptBaseInfo]:
        """Every item of `list_video_scripts` (`video_scripts`), page after page from `offset`, until `count` is reached
        or a page comes back short.

        该接口用于查询视频制作剧本列表。

        Args:
            offset: 偏移量，表示从此偏移量开始查询。 取值范围： 0-2147483647 默认取值： 0
            limit: 每页显示的条目数量。 取值范围： 1-100 默认取值： 10
            name: 按名称模糊查询。
            script_catalog: 剧本类型。默认查询 VIDEO_DRAFT。 VIDEO_DRAFT：视频草稿。 SYSTEM_VIDEO_TEMPLAT：系统视频模板。
            view_mode: 横竖屏类型（内部参数，不对外开放）。默认值是 LANDSCAPE。 LANDSCAPE：横屏。 VERTICAL：竖屏。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        _offset: int = offset if isinstance(offset, int) else 0
        while True:
            _page = await self.list_video_scripts(
                offset=_offset,
                limit=limit,
                name=name,
                script_catalog=script_catalog,
                view_mode=view_mode,
                timeout=timeout,
                retries=retries,
                extra_headers=extra_headers,
            )
            _items, _next = next_page(_page, "video_scripts", "count", _offset, limit)
            for _item in _items:
                yield _item
            if _next is None:
                return
            _offset = _next

    async def create_video_script(
        self,
        *,
        body: CreateVideoScriptRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CreateVideoScriptResponse:
        """Create a video production script

        该接口用于创建视频制作剧本。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _create_video_script.asyncio(self._owner.project_id, body=body, client=self._owner.client)

    async def show_video_script(
        self,
        script_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ShowVideoScriptResponse:
        """Show a video production script

        该接口用于查询视频制作剧本详情。

        Args:
            script_id: 剧本ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _show_video_script.asyncio(self._owner.project_id, script_id, client=self._owner.client)

    async def update_video_script(
        self,
        script_id: str,
        *,
        body: UpdateVideoScriptRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> UpdateVideoScriptResponse:
        """Update a video production script

        该接口用于更新视频制作剧本。

        Args:
            script_id: 剧本ID。
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _update_video_script.asyncio(
                self._owner.project_id, script_id, body=body, client=self._owner.client
            )

    async def delete_video_script(
        self,
        script_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete a video production script

        该接口用于删除视频制作剧本。

        Args:
            script_id: 剧本ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _delete_video_script.asyncio(self._owner.project_id, script_id, client=self._owner.client)

    async def copy_video_script(
        self,
        script_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CopyVideoScriptResponse:
        """Copy a video production script

        该接口用于复制视频制作剧本。

        Args:
            script_id: 剧本ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _copy_video_script.asyncio(self._owner.project_id, script_id, client=self._owner.client)


class AsyncVideoScriptsWithRawResponse:
    """Operations of tag `video_scripts` (asyncio) returning the `httpx.Response` as received."""

    def __init__(self, owner: Owner) -> None:
        self._owner = owner

    async def list_video_scripts(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 10,
        name: str | Unset = UNSET,
        script_catalog: ListVideoScriptsScriptCatalog | Unset = ListVideoScriptsScriptCatalog.VIDEO_DRAFT,
        view_mode: ListVideoScriptsViewMode | Unset = ListVideoScriptsViewMode.LANDSCAPE,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """List video production scripts

        该接口用于查询视频制作剧本列表。

        Args:
            offset: 偏移量，表示从此偏移量开始查询。 取值范围： 0-2147483647 默认取值： 0
            limit: 每页显示的条目数量。 取值范围： 1-100 默认取值： 10
            name: 按名称模糊查询。
            script_catalog: 剧本类型。默认查询 VIDEO_DRAFT。 VIDEO_DRAFT：视频草稿。 SYSTEM_VIDEO_TEMPLAT：系统视频模板。
            view_mode: 横竖屏类型（内部参数，不对外开放）。默认值是 LANDSCAPE。 LANDSCAPE：横屏。 VERTICAL：竖屏。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_list_video_scripts._get_kwargs(
                    self._owner.project_id,
                    offset=offset,
                    limit=limit,
                    name=name,
                    script_catalog=script_catalog,
                    view_mode=view_mode,
                )
            )

    async def create_video_script(
        self,
        *,
        body: CreateVideoScriptRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Create a video production script

        该接口用于创建视频制作剧本。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_create_video_script._get_kwargs(self._owner.project_id, body=body)
            )

    async def show_video_script(
        self,
        script_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Show a video production script

        该接口用于查询视频制作剧本详情。

        Args:
            script_id: 剧本ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_show_video_script._get_kwargs(self._owner.project_id, script_id)
            )

    async def update_video_script(
        self,
        script_id: str,
        *,
        body: UpdateVideoScriptRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Update a video production script

        该接口用于更新视频制作剧本。

        Args:
            script_id: 剧本ID。
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_update_video_script._get_kwargs(self._owner.project_id, script_id, body=body)
            )

    async def delete_video_script(
        self,
        script_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Delete a video production script

        该接口用于删除视频制作剧本。

        Args:
            script_id: 剧本ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_delete_video_script._get_kwargs(self._owner.project_id, script_id)
            )

    async def copy_video_script(
        self,
        script_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Copy a video production script

        该接口用于复制视频制作剧本。

        Args:
            script_id: 剧本ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_copy_video_script._get_kwargs(self._owner.project_id, script_id)
            )
