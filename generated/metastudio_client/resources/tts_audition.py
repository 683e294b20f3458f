"""Operations of tag `tts_audition`: `TtsAudition` (sync), `AsyncTtsAudition` (asyncio) and their
`with_raw_response` twins, which return the `httpx.Response` as received."""

from collections.abc import Mapping
from functools import cached_property

import httpx

from ..api.tts_audition import create_tts_audition as _create_tts_audition
from ..api.tts_audition import show_tts_audition_file as _show_tts_audition_file
from ..models.create_tts_audition_request import CreateTtsAuditionRequest
from ..models.create_tts_audition_response import CreateTtsAuditionResponse
from ..models.show_tts_audition_file_response import ShowTtsAuditionFileResponse
from ..types import UNSET, Unset
from . import Owner

__all__ = ["AsyncTtsAudition", "AsyncTtsAuditionWithRawResponse", "TtsAudition", "TtsAuditionWithRawResponse"]


class TtsAudition:
    """Operations of tag `tts_audition`: one method per operation id."""

    def __init__(self, owner: Owner) -> None:
        self._owner = owner

    @cached_property
    def with_raw_response(self) -> "TtsAuditionWithRawResponse":
        """The same operations returning the `httpx.Response` as received (errors are raised as usual)."""
        return TtsAuditionWithRawResponse(self._owner)

    def create_tts_audition(
        self,
        *,
        body: CreateTtsAuditionRequest,
        x_request_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CreateTtsAuditionResponse:
        """Create a TTS audition job

        该接口用于创建生成播报内容的语音试听文件任务。
        第三方音色试听需要收费，收费标准参考：https://marketplace.huaweicloud.com/intl/contents/939bf377-3005-472b-a4e2-
        383911e6102f

        Args:
            body: The request body.
            x_request_id: 请求requestId，用来标识一路请求，用于问题跟踪定位，建议使用uuld，若不携带，则后台自动生成
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _create_tts_audition.sync(
                self._owner.project_id, body=body, x_request_id=x_request_id, client=self._owner.client
            )

    def show_tts_audition_file(
        self,
        job_id: str,
        *,
        x_request_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ShowTtsAuditionFileResponse:
        """Get the TTS audition files

        该接口用于获取TTS试听文件下载链接，返回List中包含当前已生产的试听文件。

        Args:
            job_id: 任务ID。
            x_request_id: 请求requestId，用来标识一路请求，用于问题跟踪定位，建议使用uuld，若不携带，则后台自动生成
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _show_tts_audition_file.sync(
                self._owner.project_id, job_id, x_request_id=x_request_id, client=self._owner.client
            )


class TtsAuditionWithRawResponse:
    """Operations of tag `tts_audition` returning the `httpx.Response` as received."""

    def __init__(self, owner: Owner) -> None:
        self._owner = owner

    def create_tts_audition(
        self,
        *,
        body: CreateTtsAuditionRequest,
        x_request_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Create a TTS audition job

        该接口用于创建生成播报内容的语音试听文件任务。
        第三方音色试听需要收费，收费标准参考：https://marketplace.huaweicloud.com/intl/contents/939bf377-3005-472b-a4e2-
        383911e6102f

        Args:
            body: The request body.
            x_request_id: 请求requestId，用来标识一路请求，用于问题跟踪定位，建议使用uuld，若不携带，则后台自动生成
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_create_tts_audition._get_kwargs(self._owner.project_id, body=body, x_request_id=x_request_id)
            )

    def show_tts_audition_file(
        self,
        job_id: str,
        *,
        x_request_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Get the TTS audition files

        该接口用于获取TTS试听文件下载链接，返回List中包含当前已生产的试听文件。

        Args:
            job_id: 任务ID。
            x_request_id: 请求requestId，用来标识一路请求，用于问题跟踪定位，建议使用uuld，若不携带，则后台自动生成
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_show_tts_audition_file._get_kwargs(self._owner.project_id, job_id, x_request_id=x_request_id)
            )


class AsyncTtsAudition:
    """Operations of tag `tts_audition` (asyncio): one method per operation id."""

    def __init__(self, owner: Owner) -> None:
        self._owner = owner

    @cached_property
    def with_raw_response(self) -> "AsyncTtsAuditionWithRawResponse":
        """The same operations returning the `httpx.Response` as received (errors are raised as usual)."""
        return AsyncTtsAuditionWithRawResponse(self._owner)

    async def create_tts_audition(
        self,
        *,
        body: CreateTtsAuditionRequest,
        x_request_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CreateTtsAuditionResponse:
        """Create a TTS audition job

        该接口用于创建生成播报内容的语音试听文件任务。
        第三方音色试听需要收费，收费标准参考：https://marketplace.huaweicloud.com/intl/contents/939bf377-3005-472b-a4e2-
        383911e6102f

        Args:
            body: The request body.
            x_request_id: 请求requestId，用来标识一路请求，用于问题跟踪定位，建议使用uuld，若不携带，则后台自动生成
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _create_tts_audition.asyncio(
                self._owner.project_id, body=body, x_request_id=x_request_id, client=self._owner.client
            )

    async def show_tts_audition_file(
        self,
        job_id: str,
        *,
        x_request_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ShowTtsAuditionFileResponse:
        """Get the TTS audition files

        该接口用于获取TTS试听文件下载链接，返回List中包含当前已生产的试听文件。

        Args:
            job_id: 任务ID。
            x_request_id: 请求requestId，用来标识一路请求，用于问题跟踪定位，建议使用uuld，若不携带，则后台自动生成
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _show_tts_audition_file.asyncio(
                self._owner.project_id, job_id, x_request_id=x_request_id, client=self._owner.client
            )


class AsyncTtsAuditionWithRawResponse:
    """Operations of tag `tts_audition` (asyncio) returning the `httpx.Response` as received."""

    def __init__(self, owner: Owner) -> None:
        self._owner = owner

    async def create_tts_audition(
        self,
        *,
        body: CreateTtsAuditionRequest,
        x_request_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Create a TTS audition job

        该接口用于创建生成播报内容的语音试听文件任务。
        第三方音色试听需要收费，收费标准参考：https://marketplace.huaweicloud.com/intl/contents/939bf377-3005-472b-a4e2-
        383911e6102f

        Args:
            body: The request body.
            x_request_id: 请求requestId，用来标识一路请求，用于问题跟踪定位，建议使用uuld，若不携带，则后台自动生成
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_create_tts_audition._get_kwargs(self._owner.project_id, body=body, x_request_id=x_request_id)
            )

    async def show_tts_audition_file(
        self,
        job_id: str,
        *,
        x_request_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Get the TTS audition files

        该接口用于获取TTS试听文件下载链接，返回List中包含当前已生产的试听文件。

        Args:
            job_id: 任务ID。
            x_request_id: 请求requestId，用来标识一路请求，用于问题跟踪定位，建议使用uuld，若不携带，则后台自动生成
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_show_tts_audition_file._get_kwargs(self._owner.project_id, job_id, x_request_id=x_request_id)
            )
