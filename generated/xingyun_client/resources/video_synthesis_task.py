"""Operations of tag `video_synthesis_task`: `VideoSynthesisTask` (sync), `AsyncVideoSynthesisTask` (asyncio) and their
`with_raw_response` twins, which return the `httpx.Response` as received."""

from collections.abc import Mapping
from functools import cached_property

import httpx

from ..api.video_synthesis_task import cancel_render_task as _cancel_render_task
from ..api.video_synthesis_task import create_render_task as _create_render_task
from ..api.video_synthesis_task import get_render_task as _get_render_task
from ..api.video_synthesis_task import get_render_task_preview_url as _get_render_task_preview_url
from ..api.video_synthesis_task import parse_ppt_file as _parse_ppt_file
from ..models.cancel_render_task_request import CancelRenderTaskRequest
from ..models.create_render_task_by_ppt import CreateRenderTaskByPpt
from ..models.create_render_task_by_segment import CreateRenderTaskBySegment
from ..models.create_render_task_response import CreateRenderTaskResponse
from ..models.envelope import Envelope
from ..models.get_render_task_preview_url_response import GetRenderTaskPreviewUrlResponse
from ..models.get_render_task_response import GetRenderTaskResponse
from ..models.parse_ppt_file_request import ParsePptFileRequest
from ..models.parse_ppt_file_response import ParsePptFileResponse
from . import Owner

__all__ = [
    "AsyncVideoSynthesisTask",
    "AsyncVideoSynthesisTaskWithRawResponse",
    "VideoSynthesisTask",
    "VideoSynthesisTaskWithRawResponse",
]


class VideoSynthesisTask:
    """Operations of tag `video_synthesis_task`: one method per operation id."""

    def __init__(self, owner: Owner) -> None:
        self._owner = owner

    @cached_property
    def with_raw_response(self) -> "VideoSynthesisTaskWithRawResponse":
        """The same operations returning the `httpx.Response` as received (errors are raised as usual)."""
        return VideoSynthesisTaskWithRawResponse(self._owner)

    def parse_ppt_file(
        self,
        *,
        body: ParsePptFileRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ParsePptFileResponse:
        """Upload a PPT file and parse it for rendering

        PPT解析接口。方式2（通过PPT发起渲染）的第一步；返回的 parse_ppt_file_name 传给 create_render_task。X-TOKEN 计算不包含文件（签名数据为 {}）。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _parse_ppt_file.sync(body=body, client=self._owner.client)

    def create_render_task(
        self,
        *,
        body: CreateRenderTaskByPpt | CreateRenderTaskBySegment,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CreateRenderTaskResponse:
        """Start rendering a video from SSML segments or a parsed PPT

        发起渲染。方式1 通过 segment 发起渲染；方式2 通过 PPT 发起渲染（先调用 PPT 解析接口）。SSML脚本 或 PPT文件 必填一个。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _create_render_task.sync(body=body, client=self._owner.client)

    def get_render_task(
        self,
        *,
        task_id: int,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> GetRenderTaskResponse:
        """Query a render task

        查询视频结果。

        Args:
            task_id: 视频任务ID
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _get_render_task.sync(task_id=task_id, client=self._owner.client)

    def cancel_render_task(
        self,
        *,
        body: CancelRenderTaskRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Envelope:
        """Cancel a render task

        取消渲染任务。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _cancel_render_task.sync(body=body, client=self._owner.client)

    def get_render_task_preview_url(
        self,
        *,
        task_id: int,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> GetRenderTaskPreviewUrlResponse:
        """Get the preview URL of a render task

        预览。

        Args:
            task_id: 视频任务ID
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _get_render_task_preview_url.sync(task_id=task_id, client=self._owner.client)


class VideoSynthesisTaskWithRawResponse:
    """Operations of tag `video_synthesis_task` returning the `httpx.Response` as received."""

    def __init__(self, owner: Owner) -> None:
        self._owner = owner

    def parse_ppt_file(
        self,
        *,
        body: ParsePptFileRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Upload a PPT file and parse it for rendering

        PPT解析接口。方式2（通过PPT发起渲染）的第一步；返回的 parse_ppt_file_name 传给 create_render_task。X-TOKEN 计算不包含文件（签名数据为 {}）。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(**_parse_ppt_file._get_kwargs(body=body))

    def create_render_task(
        self,
        *,
        body: CreateRenderTaskByPpt | CreateRenderTaskBySegment,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Start rendering a video from SSML segments or a parsed PPT

        发起渲染。方式1 通过 segment 发起渲染；方式2 通过 PPT 发起渲染（先调用 PPT 解析接口）。SSML脚本 或 PPT文件 必填一个。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(**_create_render_task._get_kwargs(body=body))

    def get_render_task(
        self,
        *,
        task_id: int,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Query a render task

        查询视频结果。

        Args:
            task_id: 视频任务ID
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(**_get_render_task._get_kwargs(task_id=task_id))

    def cancel_render_task(
        self,
        *,
        body: CancelRenderTaskRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Cancel a render task

        取消渲染任务。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(**_cancel_render_task._get_kwargs(body=body))

    def get_render_task_preview_url(
        self,
        *,
        task_id: int,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Get the preview URL of a render task

        预览。

        Args:
            task_id: 视频任务ID
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_get_render_task_preview_url._get_kwargs(task_id=task_id)
            )


class AsyncVideoSynthesisTask:
    """Operations of tag `video_synthesis_task` (asyncio): one method per operation id."""

    def __init__(self, owner: Owner) -> None:
        self._owner = owner

    @cached_property
    def with_raw_response(self) -> "AsyncVideoSynthesisTaskWithRawResponse":
        """The same operations returning the `httpx.Response` as received (errors are raised as usual)."""
        return AsyncVideoSynthesisTaskWithRawResponse(self._owner)

    async def parse_ppt_file(
        self,
        *,
        body: ParsePptFileRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ParsePptFileResponse:
        """Upload a PPT file and parse it for rendering

        PPT解析接口。方式2（通过PPT发起渲染）的第一步；返回的 parse_ppt_file_name 传给 create_render_task。X-TOKEN 计算不包含文件（签名数据为 {}）。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _parse_ppt_file.asyncio(body=body, client=self._owner.client)

    async def create_render_task(
        self,
        *,
        body: CreateRenderTaskByPpt | CreateRenderTaskBySegment,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CreateRenderTaskResponse:
        """Start rendering a video from SSML segments or a parsed PPT

        发起渲染。方式1 通过 segment 发起渲染；方式2 通过 PPT 发起渲染（先调用 PPT 解析接口）。SSML脚本 或 PPT文件 必填一个。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _create_render_task.asyncio(body=body, client=self._owner.client)

    async def get_render_task(
        self,
        *,
        task_id: int,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> GetRenderTaskResponse:
        """Query a render task

        查询视频结果。

        Args:
            task_id: 视频任务ID
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _get_render_task.asyncio(task_id=task_id, client=self._owner.client)

    async def cancel_render_task(
        self,
        *,
        body: CancelRenderTaskRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Envelope:
        """Cancel a render task

        取消渲染任务。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _cancel_render_task.asyncio(body=body, client=self._owner.client)

    async def get_render_task_preview_url(
        self,
        *,
        task_id: int,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> GetRenderTaskPreviewUrlResponse:
        """Get the preview URL of a render task

        预览。

        Args:
            task_id: 视频任务ID
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _get_render_task_preview_url.asyncio(task_id=task_id, client=self._owner.client)


class AsyncVideoSynthesisTaskWithRawResponse:
    """Operations of tag `video_synthesis_task` (asyncio) returning the `httpx.Response` as received."""

    def __init__(self, owner: Owner) -> None:
        self._owner = owner

    async def parse_ppt_file(
        self,
        *,
        body: ParsePptFileRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Upload a PPT file and parse it for rendering

        PPT解析接口。方式2（通过PPT发起渲染）的第一步；返回的 parse_ppt_file_name 传给 create_render_task。X-TOKEN 计算不包含文件（签名数据为 {}）。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(**_parse_ppt_file._get_kwargs(body=body))

    async def create_render_task(
        self,
        *,
        body: CreateRenderTaskByPpt | CreateRenderTaskBySegment,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Start rendering a video from SSML segments or a parsed PPT

        发起渲染。方式1 通过 segment 发起渲染；方式2 通过 PPT 发起渲染（先调用 PPT 解析接口）。SSML脚本 或 PPT文件 必填一个。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_create_render_task._get_kwargs(body=body)
            )

    async def get_render_task(
        self,
        *,
        task_id: int,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Query a render task

        查询视频结果。

        Args:
            task_id: 视频任务ID
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_get_render_task._get_kwargs(task_id=task_id)
            )

    async def cancel_render_task(
        self,
        *,
        body: CancelRenderTaskRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Cancel a render task

        取消渲染任务。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_cancel_render_task._get_kwargs(body=body)
            )

    async def get_render_task_preview_url(
        self,
        *,
        task_id: int,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Get the preview URL of a render task

        预览。

        Args:
            task_id: 视频任务ID
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_get_render_task_preview_url._get_kwargs(task_id=task_id)
            )
