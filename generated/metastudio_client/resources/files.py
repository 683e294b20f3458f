"""Operations of tag `files`: `Files` (sync), `AsyncFiles` (asyncio) and their
`with_raw_response` twins, which return the `httpx.Response` as received."""

from collections.abc import Mapping
from functools import cached_property

import httpx

from ..api.files import complete_file_upload as _complete_file_upload
from ..api.files import create_file as _create_file
from ..api.files import create_large_file as _create_large_file
from ..api.files import delete_file as _delete_file
from ..models.complete_file_upload_request import CompleteFileUploadRequest
from ..models.create_file_request import CreateFileRequest
from ..models.create_file_response import CreateFileResponse
from ..models.create_large_file_request import CreateLargeFileRequest
from ..models.create_large_file_response import CreateLargeFileResponse
from . import Owner

__all__ = ["AsyncFiles", "AsyncFilesWithRawResponse", "Files", "FilesWithRawResponse"]


class Files:
    """Operations of tag `files`: one method per operation id."""

    def __init__(self, owner: Owner) -> None:
        self._owner = owner

    @cached_property
    def with_raw_response(self) -> "FilesWithRawResponse":
        """The same operations returning the `httpx.Response` as received (errors are raised as usual)."""
        return FilesWithRawResponse(self._owner)

    def create_file(
        self,
        *,
        body: CreateFileRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CreateFileResponse:
        """Create a file and get its upload URL

        该接口用于创建文件并获取上传URL。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _create_file.sync(self._owner.project_id, body=body, client=self._owner.client)

    def delete_file(
        self,
        file_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete a file

        该接口用于删除媒体资产库中指定的文件。

        Args:
            file_id: 文件ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _delete_file.sync(self._owner.project_id, file_id, client=self._owner.client)

    def complete_file_upload(
        self,
        file_id: str,
        *,
        body: CompleteFileUploadRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Confirm that a file has been uploaded

        资产文件上传完毕后，通过该接口确认上传完成。

        Args:
            file_id: 文件ID。
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _complete_file_upload.sync(self._owner.project_id, file_id, body=body, client=self._owner.client)

    def create_large_file(
        self,
        *,
        body: CreateLargeFileRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CreateLargeFileResponse:
        """Create a large file and get its multipart upload URLs

        该接口用于创建大文件（超过5G），获取分段上传URL。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _create_large_file.sync(self._owner.project_id, body=body, client=self._owner.client)


class FilesWithRawResponse:
    """Operations of tag `files` returning the `httpx.Response` as received."""

    def __init__(self, owner: Owner) -> None:
        self._owner = owner

    def create_file(
        self,
        *,
        body: CreateFileRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Create a file and get its upload URL

        该接口用于创建文件并获取上传URL。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_create_file._get_kwargs(self._owner.project_id, body=body)
            )

    def delete_file(
        self,
        file_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Delete a file

        该接口用于删除媒体资产库中指定的文件。

        Args:
            file_id: 文件ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_delete_file._get_kwargs(self._owner.project_id, file_id)
            )

    def complete_file_upload(
        self,
        file_id: str,
        *,
        body: CompleteFileUploadRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Confirm that a file has been uploaded

        资产文件上传完毕后，通过该接口确认上传完成。

        Args:
            file_id: 文件ID。
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_complete_file_upload._get_kwargs(self._owner.project_id, file_id, body=body)
            )

    def create_large_file(
        self,
        *,
        body: CreateLargeFileRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Create a large file and get its multipart upload URLs

        该接口用于创建大文件（超过5G），获取分段上传URL。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_create_large_file._get_kwargs(self._owner.project_id, body=body)
            )


class AsyncFiles:
    """Operations of tag `files` (asyncio): one method per operation id."""

    def __init__(self, owner: Owner) -> None:
        self._owner = owner

    @cached_property
    def with_raw_response(self) -> "AsyncFilesWithRawResponse":
        """The same operations returning the `httpx.Response` as received (errors are raised as usual)."""
        return AsyncFilesWithRawResponse(self._owner)

    async def create_file(
        self,
        *,
        body: CreateFileRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CreateFileResponse:
        """Create a file and get its upload URL

        该接口用于创建文件并获取上传URL。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _create_file.asyncio(self._owner.project_id, body=body, client=self._owner.client)

    async def delete_file(
        self,
        file_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete a file

        该接口用于删除媒体资产库中指定的文件。

        Args:
            file_id: 文件ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _delete_file.asyncio(self._owner.project_id, file_id, client=self._owner.client)

    async def complete_file_upload(
        self,
        file_id: str,
        *,
        body: CompleteFileUploadRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Confirm that a file has been uploaded

        资产文件上传完毕后，通过该接口确认上传完成。

        Args:
            file_id: 文件ID。
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _complete_file_upload.asyncio(
                self._owner.project_id, file_id, body=body, client=self._owner.client
            )

    async def create_large_file(
        self,
        *,
        body: CreateLargeFileRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CreateLargeFileResponse:
        """Create a large file and get its multipart upload URLs

        该接口用于创建大文件（超过5G），获取分段上传URL。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _create_large_file.asyncio(self._owner.project_id, body=body, client=self._owner.client)


class AsyncFilesWithRawResponse:
    """Operations of tag `files` (asyncio) returning the `httpx.Response` as received."""

    def __init__(self, owner: Owner) -> None:
        self._owner = owner

    async def create_file(
        self,
        *,
        body: CreateFileRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Create a file and get its upload URL

        该接口用于创建文件并获取上传URL。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_create_file._get_kwargs(self._owner.project_id, body=body)
            )

    async def delete_file(
        self,
        file_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Delete a file

        该接口用于删除媒体资产库中指定的文件。

        Args:
            file_id: 文件ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_delete_file._get_kwargs(self._owner.project_id, file_id)
            )

    async def complete_file_upload(
        self,
        file_id: str,
        *,
        body: CompleteFileUploadRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Confirm that a file has been uploaded

        资产文件上传完毕后，通过该接口确认上传完成。

        Args:
            file_id: 文件ID。
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_complete_file_upload._get_kwargs(self._owner.project_id, file_id, body=body)
            )

    async def create_large_file(
        self,
        *,
        body: CreateLargeFileRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Create a large file and get its multipart upload URLs

        该接口用于创建大文件（超过5G），获取分段上传URL。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_create_large_file._get_kwargs(self._owner.project_id, body=body)
            )
