"""Operations of tag `smart_chat_jobs`: `SmartChatJobs` (sync), `AsyncSmartChatJobs` (asyncio) and their
`with_raw_response` twins, which return the `httpx.Response` as received."""

from collections.abc import Mapping
from functools import cached_property

import httpx

from ..api.smart_chat_jobs import create_dialog_url as _create_dialog_url
from ..api.smart_chat_jobs import show_smart_chat_job as _show_smart_chat_job
from ..api.smart_chat_jobs import start_smart_chat_job as _start_smart_chat_job
from ..api.smart_chat_jobs import stop_smart_chat_job as _stop_smart_chat_job
from ..models.create_dialog_url_request import CreateDialogUrlRequest
from ..models.create_dialog_url_response import CreateDialogUrlResponse
from ..models.show_smart_chat_job_response import ShowSmartChatJobResponse
from ..models.start_smart_chat_job_request import StartSmartChatJobRequest
from ..models.start_smart_chat_job_response import StartSmartChatJobResponse
from ..types import UNSET, Unset
from . import Owner

__all__ = ["AsyncSmartChatJobs", "AsyncSmartChatJobsWithRawResponse", "SmartChatJobs", "SmartChatJobsWithRawResponse"]


class SmartChatJobs:
    """Operations of tag `smart_chat_jobs`: one method per operation id."""

    def __init__(self, owner: Owner) -> None:
        self._owner = owner

    @cached_property
    def with_raw_response(self) -> "SmartChatJobsWithRawResponse":
        """The same operations returning the `httpx.Response` as received (errors are raised as usual)."""
        return SmartChatJobsWithRawResponse(self._owner)

    def create_dialog_url(
        self,
        *,
        body: CreateDialogUrlRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CreateDialogUrlResponse:
        """Create a chat dialog URL

        创建对话链接。该接口用于创建对话链接。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _create_dialog_url.sync(self._owner.project_id, body=body, client=self._owner.client)

    def start_smart_chat_job(
        self,
        room_id: str,
        *,
        body: StartSmartChatJobRequest | Unset = UNSET,
        robot_id: str,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> StartSmartChatJobResponse:
        """Start a smart chat job

        启动数字人智能交互任务。该接口用于启动数字人智能交互任务。

        Args:
            room_id: 智能交互对话ID，获取方法请参考 创建智能交互对话直播间。
            body: The request body.
            robot_id: 应用ID，获取方法请参考 创建应用。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _start_smart_chat_job.sync(
                self._owner.project_id, room_id, body=body, robot_id=robot_id, client=self._owner.client
            )

    def stop_smart_chat_job(
        self,
        room_id: str,
        job_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Stop a smart chat job

        结束数字人智能交互任务。该接口用于结束数字人智能交互任务。

        Args:
            room_id: 智能交互对话ID，获取方法请参考 创建智能交互对话直播间。
            job_id: 任务ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _stop_smart_chat_job.sync(self._owner.project_id, room_id, job_id, client=self._owner.client)

    def show_smart_chat_job(
        self,
        room_id: str,
        job_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ShowSmartChatJobResponse:
        """Show a smart chat job state

        查询数字人智能交互任务。该接口用于查询数字人智能交互任务。

        Args:
            room_id: 智能交互对话ID，获取方法请参考 创建智能交互对话直播间。
            job_id: 任务ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _show_smart_chat_job.sync(self._owner.project_id, room_id, job_id, client=self._owner.client)


class SmartChatJobsWithRawResponse:
    """Operations of tag `smart_chat_jobs` returning the `httpx.Response` as received."""

    def __init__(self, owner: Owner) -> None:
        self._owner = owner

    def create_dialog_url(
        self,
        *,
        body: CreateDialogUrlRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Create a chat dialog URL

        创建对话链接。该接口用于创建对话链接。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_create_dialog_url._get_kwargs(self._owner.project_id, body=body)
            )

    def start_smart_chat_job(
        self,
        room_id: str,
        *,
        body: StartSmartChatJobRequest | Unset = UNSET,
        robot_id: str,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Start a smart chat job

        启动数字人智能交互任务。该接口用于启动数字人智能交互任务。

        Args:
            room_id: 智能交互对话ID，获取方法请参考 创建智能交互对话直播间。
            body: The request body.
            robot_id: 应用ID，获取方法请参考 创建应用。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_start_smart_chat_job._get_kwargs(self._owner.project_id, room_id, body=body, robot_id=robot_id)
            )

    def stop_smart_chat_job(
        self,
        room_id: str,
        job_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Stop a smart chat job

        结束数字人智能交互任务。该接口用于结束数字人智能交互任务。

        Args:
            room_id: 智能交互对话ID，获取方法请参考 创建智能交互对话直播间。
            job_id: 任务ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_stop_smart_chat_job._get_kwargs(self._owner.project_id, room_id, job_id)
            )

    def show_smart_chat_job(
        self,
        room_id: str,
        job_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Show a smart chat job state

        查询数字人智能交互任务。该接口用于查询数字人智能交互任务。

        Args:
            room_id: 智能交互对话ID，获取方法请参考 创建智能交互对话直播间。
            job_id: 任务ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_show_smart_chat_job._get_kwargs(self._owner.project_id, room_id, job_id)
            )


class AsyncSmartChatJobs:
    """Operations of tag `smart_chat_jobs` (asyncio): one method per operation id."""

    def __init__(self, owner: Owner) -> None:
        self._owner = owner

    @cached_property
    def with_raw_response(self) -> "AsyncSmartChatJobsWithRawResponse":
        """The same operations returning the `httpx.Response` as received (errors are raised as usual)."""
        return AsyncSmartChatJobsWithRawResponse(self._owner)

    async def create_dialog_url(
        self,
        *,
        body: CreateDialogUrlRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CreateDialogUrlResponse:
        """Create a chat dialog URL

        创建对话链接。该接口用于创建对话链接。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _create_dialog_url.asyncio(self._owner.project_id, body=body, client=self._owner.client)

    async def start_smart_chat_job(
        self,
        room_id: str,
        *,
        body: StartSmartChatJobRequest | Unset = UNSET,
        robot_id: str,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> StartSmartChatJobResponse:
        """Start a smart chat job

        启动数字人智能交互任务。该接口用于启动数字人智能交互任务。

        Args:
            room_id: 智能交互对话ID，获取方法请参考 创建智能交互对话直播间。
            body: The request body.
            robot_id: 应用ID，获取方法请参考 创建应用。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _start_smart_chat_job.asyncio(
                self._owner.project_id, room_id, body=body, robot_id=robot_id, client=self._owner.client
            )

    async def stop_smart_chat_job(
        self,
        room_id: str,
        job_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Stop a smart chat job

        结束数字人智能交互任务。该接口用于结束数字人智能交互任务。

        Args:
            room_id: 智能交互对话ID，获取方法请参考 创建智能交互对话直播间。
            job_id: 任务ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _stop_smart_chat_job.asyncio(
                self._owner.project_id, room_id, job_id, client=self._owner.client
            )

    async def show_smart_chat_job(
        self,
        room_id: str,
        job_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ShowSmartChatJobResponse:
        """Show a smart chat job state

        查询数字人智能交互任务。该接口用于查询数字人智能交互任务。

        Args:
            room_id: 智能交互对话ID，获取方法请参考 创建智能交互对话直播间。
            job_id: 任务ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _show_smart_chat_job.asyncio(
                self._owner.project_id, room_id, job_id, client=self._owner.client
            )


class AsyncSmartChatJobsWithRawResponse:
    """Operations of tag `smart_chat_jobs` (asyncio) returning the `httpx.Response` as received."""

    def __init__(self, owner: Owner) -> None:
        self._owner = owner

    async def create_dialog_url(
        self,
        *,
        body: CreateDialogUrlRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Create a chat dialog URL

        创建对话链接。该接口用于创建对话链接。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_create_dialog_url._get_kwargs(self._owner.project_id, body=body)
            )

    async def start_smart_chat_job(
        self,
        room_id: str,
        *,
        body: StartSmartChatJobRequest | Unset = UNSET,
        robot_id: str,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Start a smart chat job

        启动数字人智能交互任务。该接口用于启动数字人智能交互任务。

        Args:
            room_id: 智能交互对话ID，获取方法请参考 创建智能交互对话直播间。
            body: The request body.
            robot_id: 应用ID，获取方法请参考 创建应用。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_start_smart_chat_job._get_kwargs(self._owner.project_id, room_id, body=body, robot_id=robot_id)
            )

    async def stop_smart_chat_job(
        self,
        room_id: str,
        job_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Stop a smart chat job

        结束数字人智能交互任务。该接口用于结束数字人智能交互任务。

        Args:
            room_id: 智能交互对话ID，获取方法请参考 创建智能交互对话直播间。
            job_id: 任务ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_stop_smart_chat_job._get_kwargs(self._owner.project_id, room_id, job_id)
            )

    async def show_smart_chat_job(
        self,
        room_id: str,
        job_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Show a smart chat job state

        查询数字人智能交互任务。该接口用于查询数字人智能交互任务。

        Args:
            room_id: 智能交互对话ID，获取方法请参考 创建智能交互对话直播间。
            job_id: 任务ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_show_smart_chat_job._get_kwargs(self._owner.project_id, room_id, job_id)
            )
