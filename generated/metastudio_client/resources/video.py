"""Operations of tag `video`: `Video` (sync), `AsyncVideo` (asyncio) and their
`with_raw_response` twins, which return the `httpx.Response` as received."""

from collections.abc import Mapping
from functools import cached_property

import httpx

from ..api.video import cancel_2d_digital_human_video as _cancel_2d_digital_human_video
from ..api.video import create_2d_digital_human_video as _create_2d_digital_human_video
from ..api.video import show_2d_digital_human_video as _show_2d_digital_human_video
from ..models.create_2d_digital_human_video_request import Create2DDigitalHumanVideoRequest
from ..models.create_2d_digital_human_video_response import Create2DDigitalHumanVideoResponse
from ..models.show_2d_digital_human_video_response import Show2DDigitalHumanVideoResponse
from ..types import Unset
from . import Owner

__all__ = ["AsyncVideo", "AsyncVideoWithRawResponse", "Video", "VideoWithRawResponse"]


class Video:
    """Operations of tag `video`: one method per operation id."""

    def __init__(self, owner: Owner) -> None:
        self._owner = owner

    @cached_property
    def with_raw_response(self) -> "VideoWithRawResponse":
        """The same operations returning the `httpx.Response` as received (errors are raised as usual)."""
        return VideoWithRawResponse(self._owner)

    def create_2d_digital_human_video(
        self,
        *,
        body: Create2DDigitalHumanVideoRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Create2DDigitalHumanVideoResponse:
        """Create a virtual avatar (2D) video production job

        该接口用于创建分身数字人视频制作任务。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _create_2d_digital_human_video.sync(self._owner.project_id, body=body, client=self._owner.client)

    def show_2d_digital_human_video(
        self,
        job_id: str,
        *,
        show_script: bool | Unset = False,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Show2DDigitalHumanVideoResponse:
        """Show a virtual avatar (2D) video production job

        该接口用于查询分身数字人视频制作任务详情。

        Args:
            job_id: 任务ID。
            show_script: 是否需要返回剧本参数配置。 默认取值: false
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _show_2d_digital_human_video.sync(
                self._owner.project_id, job_id, show_script=show_script, client=self._owner.client
            )

    def cancel_2d_digital_human_video(
        self,
        job_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Cancel a waiting virtual avatar (2D) video production job

        该接口用于取消等待中的分身数字人视频制作任务。

        Args:
            job_id: 任务ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _cancel_2d_digital_human_video.sync(self._owner.project_id, job_id, client=self._owner.client)


class VideoWithRawResponse:
    """Operations of tag `video` returning the `httpx.Response` as received."""

    def __init__(self, owner: Owner) -> None:
        self._owner = owner

    def create_2d_digital_human_video(
        self,
        *,
        body: Create2DDigitalHumanVideoRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Create a virtual avatar (2D) video production job

        该接口用于创建分身数字人视频制作任务。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_create_2d_digital_human_video._get_kwargs(self._owner.project_id, body=body)
            )

    def show_2d_digital_human_video(
        self,
        job_id: str,
        *,
        show_script: bool | Unset = False,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Show a virtual avatar (2D) video production job

        该接口用于查询分身数字人视频制作任务详情。

        Args:
            job_id: 任务ID。
            show_script: 是否需要返回剧本参数配置。 默认取值: false
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_show_2d_digital_human_video._get_kwargs(self._owner.project_id, job_id, show_script=show_script)
            )

    def cancel_2d_digital_human_video(
        self,
        job_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Cancel a waiting virtual avatar (2D) video production job

        该接口用于取消等待中的分身数字人视频制作任务。

        Args:
            job_id: 任务ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_cancel_2d_digital_human_video._get_kwargs(self._owner.project_id, job_id)
            )


class AsyncVideo:
    """Operations of tag `video` (asyncio): one method per operation id."""

    def __init__(self, owner: Owner) -> None:
        self._owner = owner

    @cached_property
    def with_raw_response(self) -> "AsyncVideoWithRawResponse":
        """The same operations returning the `httpx.Response` as received (errors are raised as usual)."""
        return AsyncVideoWithRawResponse(self._owner)

    async def create_2d_digital_human_video(
        self,
        *,
        body: Create2DDigitalHumanVideoRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Create2DDigitalHumanVideoResponse:
        """Create a virtual avatar (2D) video production job

        该接口用于创建分身数字人视频制作任务。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _create_2d_digital_human_video.asyncio(
                self._owner.project_id, body=body, client=self._owner.client
            )

    async def show_2d_digital_human_video(
        self,
        job_id: str,
        *,
        show_script: bool | Unset = False,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Show2DDigitalHumanVideoResponse:
        """Show a virtual avatar (2D) video production job

        该接口用于查询分身数字人视频制作任务详情。

        Args:
            job_id: 任务ID。
            show_script: 是否需要返回剧本参数配置。 默认取值: false
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _show_2d_digital_human_video.asyncio(
                self._owner.project_id, job_id, show_script=show_script, client=self._owner.client
            )

    async def cancel_2d_digital_human_video(
        self,
        job_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Cancel a waiting virtual avatar (2D) video production job

        该接口用于取消等待中的分身数字人视频制作任务。

        Args:
            job_id: 任务ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _cancel_2d_digital_human_video.asyncio(
                self._owner.project_id, job_id, client=self._owner.client
            )


class AsyncVideoWithRawResponse:
    """Operations of tag `video` (asyncio) returning the `httpx.Response` as received."""

    def __init__(self, owner: Owner) -> None:
        self._owner = owner

    async def create_2d_digital_human_video(
        self,
        *,
        body: Create2DDigitalHumanVideoRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Create a virtual avatar (2D) video production job

        该接口用于创建分身数字人视频制作任务。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_create_2d_digital_human_video._get_kwargs(self._owner.project_id, body=body)
            )

    async def show_2d_digital_human_video(
        self,
        job_id: str,
        *,
        show_script: bool | Unset = False,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Show a virtual avatar (2D) video production job

        该接口用于查询分身数字人视频制作任务详情。

        Args:
            job_id: 任务ID。
            show_script: 是否需要返回剧本参数配置。 默认取值: false
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_show_2d_digital_human_video._get_kwargs(self._owner.project_id, job_id, show_script=show_script)
            )

    async def cancel_2d_digital_human_video(
        self,
        job_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Cancel a waiting virtual avatar (2D) video production job

        该接口用于取消等待中的分身数字人视频制作任务。

        Args:
            job_id: 任务ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_cancel_2d_digital_human_video._get_kwargs(self._owner.project_id, job_id)
            )
