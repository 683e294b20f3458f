"""Operations of tag `smart_live_jobs`: `SmartLiveJobs` (sync), `AsyncSmartLiveJobs` (asyncio) and their
`with_raw_response` twins, which return the `httpx.Response` as received."""

from collections.abc import AsyncIterator, Iterator, Mapping
from functools import cached_property

import httpx

from ..api.smart_live_jobs import execute_smart_live_job_command as _execute_smart_live_job_command
from ..api.smart_live_jobs import list_all_smart_live_jobs as _list_all_smart_live_jobs
from ..api.smart_live_jobs import list_smart_live_jobs as _list_smart_live_jobs
from ..api.smart_live_jobs import report_smart_live_events as _report_smart_live_events
from ..api.smart_live_jobs import show_smart_live_job as _show_smart_live_job
from ..api.smart_live_jobs import start_smart_live_job as _start_smart_live_job
from ..api.smart_live_jobs import stop_smart_live_job as _stop_smart_live_job
from ..models.execute_smart_live_job_command_request import ExecuteSmartLiveJobCommandRequest
from ..models.execute_smart_live_job_command_response import ExecuteSmartLiveJobCommandResponse
from ..models.list_all_smart_live_jobs_response import ListAllSmartLiveJobsResponse
from ..models.list_all_smart_live_jobs_sort_dir import ListAllSmartLiveJobsSortDir
from ..models.list_all_smart_live_jobs_sort_key import ListAllSmartLiveJobsSortKey
from ..models.list_smart_live_jobs_response import ListSmartLiveJobsResponse
from ..models.list_smart_live_jobs_sort_dir import ListSmartLiveJobsSortDir
from ..models.list_smart_live_jobs_sort_key import ListSmartLiveJobsSortKey
from ..models.report_smart_live_events_request import ReportSmartLiveEventsRequest
from ..models.report_smart_live_events_response import ReportSmartLiveEventsResponse
from ..models.show_smart_live_job_response import ShowSmartLiveJobResponse
from ..models.smart_live_job import SmartLiveJob
from ..models.start_smart_live_job_request import StartSmartLiveJobRequest
from ..models.start_smart_live_job_response import StartSmartLiveJobResponse
from ..types import UNSET, Unset
from . import Owner, next_page

__all__ = ["AsyncSmartLiveJobs", "AsyncSmartLiveJobsWithRawResponse", "SmartLiveJobs", "SmartLiveJobsWithRawResponse"]


class SmartLiveJobs:
    """Operations of tag `smart_live_jobs`: one method per operation id."""

    def __init__(self, owner: Owner) -> None:
        self._owner = owner

    @cached_property
    def with_raw_response(self) -> "SmartLiveJobsWithRawResponse":
        """The same operations returning the `httpx.Response` as received (errors are raised as usual)."""
        return SmartLiveJobsWithRawResponse(self._owner)

    def list_smart_live_jobs(
        self,
        room_id: str,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 10,
        state: str | Unset = UNSET,
        sort_key: ListSmartLiveJobsSortKey | Unset = UNSET,
        sort_dir: ListSmartLiveJobsSortDir | Unset = ListSmartLiveJobsSortDir.ASC,
        create_since: str | Unset = UNSET,
        create_until: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ListSmartLiveJobsResponse:
        """List the live jobs of a smart live room

        查询某个智能直播间下直播任务列表。该接口用于查询某个智能直播间的直播任务列表。

        Args:
            room_id: 剧本ID。
            offset: 偏移量，表示从此偏移量开始查询。 取值范围： 0-2147483647 默认取值： 0
            limit: 每页显示的条目数量。 取值范围： 1-100 默认取值： 10
            state: 任务状态，默认所有状态。 可多个状态查询，使用英文逗号分隔。 如state=CREATING,PUBLISHED
            sort_key: 排序字段，支持的排序方式有： 按创建时间排序： create_time 按更新时间排序： update_time 按资产排序：asset_order
            sort_dir: 排序方式。 • asc: 升序 • desc: 降序 默认asc升序。
            create_since: 过滤创建时间>=输入时间的记录。
            create_until: 过滤创建时间<=输入时间的记录。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _list_smart_live_jobs.sync(
                self._owner.project_id,
                room_id,
                offset=offset,
                limit=limit,
                state=state,
                sort_key=sort_key,
                sort_dir=sort_dir,
                create_since=create_since,
                create_until=create_until,
                client=self._owner.client,
            )

    def iter_list_smart_live_jobs(
        self,
        room_id: str,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 10,
        state: str | Unset = UNSET,
        sort_key: ListSmartLiveJobsSortKey | Unset = UNSET,
        sort_dir: ListSmartLiveJobsSortDir | Unset = ListSmartLiveJobsSortDir.ASC,
        create_since: str | Unset = UNSET,
        create_until: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Iterator[SmartLiveJob]:
        """Every item of `list_smart_live_jobs` (`smart_live_jobs`), page after page from `offset`, until `count` is
        reached or a page comes back short.

        查询某个智能直播间下直播任务列表。该接口用于查询某个智能直播间的直播任务列表。

        Args:
            room_id: 剧本ID。
            offset: 偏移量，表示从此偏移量开始查询。 取值范围： 0-2147483647 默认取值： 0
            limit: 每页显示的条目数量。 取值范围： 1-100 默认取值： 10
            state: 任务状态，默认所有状态。 可多个状态查询，使用英文逗号分隔。 如state=CREATING,PUBLISHED
            sort_key: 排序字段，支持的排序方式有： 按创建时间排序： create_time 按更新时间排序： update_time 按资产排序：asset_order
            sort_dir: 排序方式。 • asc: 升序 • desc: 降序 默认asc升序。
            create_since: 过滤创建时间>=输入时间的记录。
            create_until: 过滤创建时间<=输入时间的记录。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        _offset: int = offset if isinstance(offset, int) else 0
        while True:
            _page = self.list_smart_live_jobs(
                room_id,
                offset=_offset,
                limit=limit,
                state=state,
                sort_key=sort_key,
                sort_dir=sort_dir,
                create_since=create_since,
                create_until=create_until,
                timeout=timeout,
                retries=retries,
                extra_headers=extra_headers,
            )
            _items, _next = next_page(_page, "smart_live_jobs", "count", _offset, limit)
            yield from _items
            if _next is None:
                return
            _offset = _next

    def start_smart_live_job(
        self,
        room_id: str,
        *,
        body: StartSmartLiveJobRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> StartSmartLiveJobResponse:
        """Start a smart live job

        启动数字人智能直播任务。该接口用于启动数字人智能直播任务。

        Args:
            room_id: 剧本ID。
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _start_smart_live_job.sync(self._owner.project_id, room_id, body=body, client=self._owner.client)

    def show_smart_live_job(
        self,
        room_id: str,
        job_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ShowSmartLiveJobResponse:
        """Show a smart live job

        查询数字人智能直播任务详情。该接口用于查询数字人智能直播任务详情。

        Args:
            room_id: 剧本ID。
            job_id: 任务ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _show_smart_live_job.sync(self._owner.project_id, room_id, job_id, client=self._owner.client)

    def stop_smart_live_job(
        self,
        room_id: str,
        job_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Stop a smart live job

        结束数字人智能直播任务。该接口用于结束数字人智能直播任务。

        Args:
            room_id: 剧本ID。
            job_id: 任务ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _stop_smart_live_job.sync(self._owner.project_id, room_id, job_id, client=self._owner.client)

    def execute_smart_live_job_command(
        self,
        room_id: str,
        job_id: str,
        *,
        body: ExecuteSmartLiveJobCommandRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ExecuteSmartLiveJobCommandResponse:
        """Send a control command to a running smart live job

        控制数字人直播过程。该接口用于控制数字人直播过程。

        Args:
            room_id: 剧本ID。
            job_id: 任务ID。
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _execute_smart_live_job_command.sync(
                self._owner.project_id, room_id, job_id, body=body, client=self._owner.client
            )

    def list_all_smart_live_jobs(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 10,
        state: str | Unset = UNSET,
        sort_key: ListAllSmartLiveJobsSortKey | Unset = UNSET,
        sort_dir: ListAllSmartLiveJobsSortDir | Unset = ListAllSmartLiveJobsSortDir.ASC,
        create_since: str | Unset = UNSET,
        create_until: str | Unset = UNSET,
        room_name: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ListAllSmartLiveJobsResponse:
        """List all smart live jobs of the tenant

        查询租户所有数字人直播任务列表。该接口用于查询租户所有数字人智能直播任务列表。

        Args:
            offset: 偏移量，表示从此偏移量开始查询。 取值范围： 0-2147483647 默认取值： 0
            limit: 每页显示的条目数量。 取值范围： 1-100 默认取值： 10
            state: 任务状态，默认所有状态。 可多个状态查询，使用英文逗号分隔。 如state=CREATING,PUBLISHED
            sort_key: 排序字段，支持的排序方式有： 按创建时间排序： create_time 按更新时间排序： update_time 按资产排序：asset_order
            sort_dir: 排序方式。 asc：升序 desc：降序 默认asc升序。
            create_since: 过滤创建时间>=输入时间的记录。
            create_until: 过滤创建时间<=输入时间的记录。
            room_name: 按直播间名称模糊查询。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _list_all_smart_live_jobs.sync(
                self._owner.project_id,
                offset=offset,
                limit=limit,
                state=state,
                sort_key=sort_key,
                sort_dir=sort_dir,
                create_since=create_since,
                create_until=create_until,
                room_name=room_name,
                client=self._owner.client,
            )

    def iter_list_all_smart_live_jobs(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 10,
        state: str | Unset = UNSET,
        sort_key: ListAllSmartLiveJobsSortKey | Unset = UNSET,
        sort_dir: ListAllSmartLiveJobsSortDir | Unset = ListAllSmartLiveJobsSortDir.ASC,
        create_since: str | Unset = UNSET,
        create_until: str | Unset = UNSET,
        room_name: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Iterator[SmartLiveJob]:
        """Every item of `list_all_smart_live_jobs` (`smart_live_jobs`), page after page from `offset`, until `count` is
        reached or a page comes back short.

        查询租户所有数字人直播任务列表。该接口用于查询租户所有数字人智能直播任务列表。

        Args:
            offset: 偏移量，表示从此偏移量开始查询。 取值范围： 0-2147483647 默认取值： 0
            limit: 每页显示的条目数量。 取值范围： 1-100 默认取值： 10
            state: 任务状态，默认所有状态。 可多个状态查询，使用英文逗号分隔。 如state=CREATING,PUBLISHED
            sort_key: 排序字段，支持的排序方式有： 按创建时间排序： create_time 按更新时间排序： update_time 按资产排序：asset_order
            sort_dir: 排序方式。 asc：升序 desc：降序 默认asc升序。
            create_since: 过滤创建时间>=输入时间的记录。
            create_until: 过滤创建时间<=输入时间的记录。
            room_name: 按直播间名称模糊查询。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        _offset: int = offset if isinstance(offset, int) else 0
        while True:
            _page = self.list_all_smart_live_jobs(
                offset=_offset,
                limit=limit,
                state=state,
                sort_key=sort_key,
                sort_dir=sort_dir,
                create_since=create_since,
                create_until=create_until,
                room_name=room_name,
                timeout=timeout,
                retries=retries,
                extra_headers=extra_headers,
            )
            _items, _next = next_page(_page, "smart_live_jobs", "count", _offset, limit)
            yield from _items
            if _next is None:
                return
            _offset = _next

    def report_smart_live_events(
        self,
        room_id: str,
        job_id: str,
        *,
        body: ReportSmartLiveEventsRequest,
        auth_key: str | Unset = UNSET,
        expires_time: int | Unset = UNSET,
        refresh_url: bool | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ReportSmartLiveEventsResponse:
        """Report live room events to a smart live job

        上报直播间事件。该接口用于上报直播间事件。

        Args:
            room_id: 剧本ID。
            job_id: 任务ID。
            body: The request body.
            auth_key: 鉴权Key。通过HmacSHA256生成的鉴权key
            expires_time: 参数解释： 鉴权key过期时间。从1970年1月1日（UTC/GMT的午夜）开始所经过的毫秒数。 取值范围： 0-4102415999000
            refresh_url: 是否刷新URL
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _report_smart_live_events.sync(
                self._owner.project_id,
                room_id,
                job_id,
                body=body,
                auth_key=auth_key,
                expires_time=expires_time,
                refresh_url=refresh_url,
                client=self._owner.client,
            )


class SmartLiveJobsWithRawResponse:
    """Operations of tag `smart_live_jobs` returning the `httpx.Response` as received."""

    def __init__(self, owner: Owner) -> None:
        self._owner = owner

    def list_smart_live_jobs(
        self,
        room_id: str,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 10,
        state: str | Unset = UNSET,
        sort_key: ListSmartLiveJobsSortKey | Unset = UNSET,
        sort_dir: ListSmartLiveJobsSortDir | Unset = ListSmartLiveJobsSortDir.ASC,
        create_since: str | Unset = UNSET,
        create_until: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """List the live jobs of a smart live room

        查询某个智能直播间下直播任务列表。该接口用于查询某个智能直播间的直播任务列表。

        Args:
            room_id: 剧本ID。
            offset: 偏移量，表示从此偏移量开始查询。 取值范围： 0-2147483647 默认取值： 0
            limit: 每页显示的条目数量。 取值范围： 1-100 默认取值： 10
            state: 任务状态，默认所有状态。 可多个状态查询，使用英文逗号分隔。 如state=CREATING,PUBLISHED
            sort_key: 排序字段，支持的排序方式有： 按创建时间排序： create_time 按更新时间排序： update_time 按资产排序：asset_order
            sort_dir: 排序方式。 • asc: 升序 • desc: 降序 默认asc升序。
            create_since: 过滤创建时间>=输入时间的记录。
            create_until: 过滤创建时间<=输入时间的记录。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_list_smart_live_jobs._get_kwargs(
                    self._owner.project_id,
                    room_id,
                    offset=offset,
                    limit=limit,
                    state=state,
                    sort_key=sort_key,
                    sort_dir=sort_dir,
                    create_since=create_since,
                    create_until=create_until,
                )
            )

    def start_smart_live_job(
        self,
        room_id: str,
        *,
        body: StartSmartLiveJobRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Start a smart live job

        启动数字人智能直播任务。该接口用于启动数字人智能直播任务。

        Args:
            room_id: 剧本ID。
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_start_smart_live_job._get_kwargs(self._owner.project_id, room_id, body=body)
            )

    def show_smart_live_job(
        self,
        room_id: str,
        job_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Show a smart live job

        查询数字人智能直播任务详情。该接口用于查询数字人智能直播任务详情。

        Args:
            room_id: 剧本ID。
            job_id: 任务ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_show_smart_live_job._get_kwargs(self._owner.project_id, room_id, job_id)
            )

    def stop_smart_live_job(
        self,
        room_id: str,
        job_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Stop a smart live job

        结束数字人智能直播任务。该接口用于结束数字人智能直播任务。

        Args:
            room_id: 剧本ID。
            job_id: 任务ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_stop_smart_live_job._get_kwargs(self._owner.project_id, room_id, job_id)
            )

    def execute_smart_live_job_command(
        self,
        room_id: str,
        job_id: str,
        *,
        body: ExecuteSmartLiveJobCommandRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Send a control command to a running smart live job

        控制数字人直播过程。该接口用于控制数字人直播过程。

        Args:
            room_id: 剧本ID。
            job_id: 任务ID。
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_execute_smart_live_job_command._get_kwargs(self._owner.project_id, room_id, job_id, body=body)
            )

    def list_all_smart_live_jobs(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 10,
        state: str | Unset = UNSET,
        sort_key: ListAllSmartLiveJobsSortKey | Unset = UNSET,
        sort_dir: ListAllSmartLiveJobsSortDir | Unset = ListAllSmartLiveJobsSortDir.ASC,
        create_since: str | Unset = UNSET,
        create_until: str | Unset = UNSET,
        room_name: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """List all smart live jobs of the tenant

        查询租户所有数字人直播任务列表。该接口用于查询租户所有数字人智能直播任务列表。

        Args:
            offset: 偏移量，表示从此偏移量开始查询。 取值范围： 0-2147483647 默认取值： 0
            limit: 每页显示的条目数量。 取值范围： 1-100 默认取值： 10
            state: 任务状态，默认所有状态。 可多个状态查询，使用英文逗号分隔。 如state=CREATING,PUBLISHED
            sort_key: 排序字段，支持的排序方式有： 按创建时间排序： create_time 按更新时间排序： update_time 按资产排序：asset_order
            sort_dir: 排序方式。 asc：升序 desc：降序 默认asc升序。
            create_since: 过滤创建时间>=输入时间的记录。
            create_until: 过滤创建时间<=输入时间的记录。
            room_name: 按直播间名称模糊查询。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_list_all_smart_live_jobs._get_kwargs(
                    self._owner.project_id,
                    offset=offset,
                    limit=limit,
                    state=state,
                    sort_key=sort_key,
                    sort_dir=sort_dir,
                    create_since=create_since,
                    create_until=create_until,
                    room_name=room_name,
                )
            )

    def report_smart_live_events(
        self,
        room_id: str,
        job_id: str,
        *,
        body: ReportSmartLiveEventsRequest,
        auth_key: str | Unset = UNSET,
        expires_time: int | Unset = UNSET,
        refresh_url: bool | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Report live room events to a smart live job

        上报直播间事件。该接口用于上报直播间事件。

        Args:
            room_id: 剧本ID。
            job_id: 任务ID。
            body: The request body.
            auth_key: 鉴权Key。通过HmacSHA256生成的鉴权key
            expires_time: 参数解释： 鉴权key过期时间。从1970年1月1日（UTC/GMT的午夜）开始所经过的毫秒数。 取值范围： 0-4102415999000
            refresh_url: 是否刷新URL
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_report_smart_live_events._get_kwargs(
                    self._owner.project_id,
                    room_id,
                    job_id,
                    body=body,
                    auth_key=auth_key,
                    expires_time=expires_time,
                    refresh_url=refresh_url,
                )
            )


class AsyncSmartLiveJobs:
    """Operations of tag `smart_live_jobs` (asyncio): one method per operation id."""

    def __init__(self, owner: Owner) -> None:
        self._owner = owner

    @cached_property
    def with_raw_response(self) -> "AsyncSmartLiveJobsWithRawResponse":
        """The same operations returning the `httpx.Response` as received (errors are raised as usual)."""
        return AsyncSmartLiveJobsWithRawResponse(self._owner)

    async def list_smart_live_jobs(
        self,
        room_id: str,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 10,
        state: str | Unset = UNSET,
        sort_key: ListSmartLiveJobsSortKey | Unset = UNSET,
        sort_dir: ListSmartLiveJobsSortDir | Unset = ListSmartLiveJobsSortDir.ASC,
        create_since: str | Unset = UNSET,
        create_until: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ListSmartLiveJobsResponse:
        """List the live jobs of a smart live room

        查询某个智能直播间下直播任务列表。该接口用于查询某个智能直播间的直播任务列表。

        Args:
            room_id: 剧本ID。
            offset: 偏移量，表示从此偏移量开始查询。 取值范围： 0-2147483647 默认取值： 0
            limit: 每页显示的条目数量。 取值范围： 1-100 默认取值： 10
            state: 任务状态，默认所有状态。 可多个状态查询，使用英文逗号分隔。 如state=CREATING,PUBLISHED
            sort_key: 排序字段，支持的排序方式有： 按创建时间排序： create_time 按更新时间排序： update_time 按资产排序：asset_order
            sort_dir: 排序方式。 • asc: 升序 • desc: 降序 默认asc升序。
            create_since: 过滤创建时间>=输入时间的记录。
            create_until: 过滤创建时间<=输入时间的记录。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _list_smart_live_jobs.asyncio(
                self._owner.project_id,
                room_id,
                offset=offset,
                limit=limit,
                state=state,
                sort_key=sort_key,
                sort_dir=sort_dir,
                create_since=create_since,
                create_until=create_until,
                client=self._owner.client,
            )

    async def iter_list_smart_live_jobs(
        self,
        room_id: str,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 10,
        state: str | Unset = UNSET,
        sort_key: ListSmartLiveJobsSortKey | Unset = UNSET,
        sort_dir: ListSmartLiveJobsSortDir | Unset = ListSmartLiveJobsSortDir.ASC,
        create_since: str | Unset = UNSET,
        create_until: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncIterator[SmartLiveJob]:
        """Every item of `list_smart_live_jobs` (`smart_live_jobs`), page after page from `offset`, until `count` is
        reached or a page comes back short.

        查询某个智能直播间下直播任务列表。该接口用于查询某个智能直播间的直播任务列表。

        Args:
            room_id: 剧本ID。
            offset: 偏移量，表示从此偏移量开始查询。 取值范围： 0-2147483647 默认取值： 0
            limit: 每页显示的条目数量。 取值范围： 1-100 默认取值： 10
            state: 任务状态，默认所有状态。 可多个状态查询，使用英文逗号分隔。 如state=CREATING,PUBLISHED
            sort_key: 排序字段，支持的排序方式有： 按创建时间排序： create_time 按更新时间排序： update_time 按资产排序：asset_order
            sort_dir: 排序方式。 • asc: 升序 • desc: 降序 默认asc升序。
            create_since: 过滤创建时间>=输入时间的记录。
            create_until: 过滤创建时间<=输入时间的记录。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        _offset: int = offset if isinstance(offset, int) else 0
        while True:
            _page = await self.list_smart_live_jobs(
                room_id,
                offset=_offset,
                limit=limit,
                state=state,
                sort_key=sort_key,
                sort_dir=sort_dir,
                create_since=create_since,
                create_until=create_until,
                timeout=timeout,
                retries=retries,
                extra_headers=extra_headers,
            )
            _items, _next = next_page(_page, "smart_live_jobs", "count", _offset, limit)
            for _item in _items:
                yield _item
            if _next is None:
                return
            _offset = _next

    async def start_smart_live_job(
        self,
        room_id: str,
        *,
        body: StartSmartLiveJobRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> StartSmartLiveJobResponse:
        """Start a smart live job

        启动数字人智能直播任务。该接口用于启动数字人智能直播任务。

        Args:
            room_id: 剧本ID。
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _start_smart_live_job.asyncio(
                self._owner.project_id, room_id, body=body, client=self._owner.client
            )

    async def show_smart_live_job(
        self,
        room_id: str,
        job_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ShowSmartLiveJobResponse:
        """Show a smart live job

        查询数字人智能直播任务详情。该接口用于查询数字人智能直播任务详情。

        Args:
            room_id: 剧本ID。
            job_id: 任务ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _show_smart_live_job.asyncio(
                self._owner.project_id, room_id, job_id, client=self._owner.client
            )

    async def stop_smart_live_job(
        self,
        room_id: str,
        job_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Stop a smart live job

        结束数字人智能直播任务。该接口用于结束数字人智能直播任务。

        Args:
            room_id: 剧本ID。
            job_id: 任务ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _stop_smart_live_job.asyncio(
                self._owner.project_id, room_id, job_id, client=self._owner.client
            )

    async def execute_smart_live_job_command(
        self,
        room_id: str,
        job_id: str,
        *,
        body: ExecuteSmartLiveJobCommandRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ExecuteSmartLiveJobCommandResponse:
        """Send a control command to a running smart live job

        控制数字人直播过程。该接口用于控制数字人直播过程。

        Args:
            room_id: 剧本ID。
            job_id: 任务ID。
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _execute_smart_live_job_command.asyncio(
                self._owner.project_id, room_id, job_id, body=body, client=self._owner.client
            )

    async def list_all_smart_live_jobs(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 10,
        state: str | Unset = UNSET,
        sort_key: ListAllSmartLiveJobsSortKey | Unset = UNSET,
        sort_dir: ListAllSmartLiveJobsSortDir | Unset = ListAllSmartLiveJobsSortDir.ASC,
        create_since: str | Unset = UNSET,
        create_until: str | Unset = UNSET,
        room_name: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ListAllSmartLiveJobsResponse:
        """List all smart live jobs of the tenant

        查询租户所有数字人直播任务列表。该接口用于查询租户所有数字人智能直播任务列表。

        Args:
            offset: 偏移量，表示从此偏移量开始查询。 取值范围： 0-2147483647 默认取值： 0
            limit: 每页显示的条目数量。 取值范围： 1-100 默认取值： 10
            state: 任务状态，默认所有状态。 可多个状态查询，使用英文逗号分隔。 如state=CREATING,PUBLISHED
            sort_key: 排序字段，支持的排序方式有： 按创建时间排序： create_time 按更新时间排序： update_time 按资产排序：asset_order
            sort_dir: 排序方式。 asc：升序 desc：降序 默认asc升序。
            create_since: 过滤创建时间>=输入时间的记录。
            create_until: 过滤创建时间<=输入时间的记录。
            room_name: 按直播间名称模糊查询。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _list_all_smart_live_jobs.asyncio(
                self._owner.project_id,
                offset=offset,
                limit=limit,
                state=state,
                sort_key=sort_key,
                sort_dir=sort_dir,
                create_since=create_since,
                create_until=create_until,
                room_name=room_name,
                client=self._owner.client,
            )

    async def iter_list_all_smart_live_jobs(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 10,
        state: str | Unset = UNSET,
        sort_key: ListAllSmartLiveJobsSortKey | Unset = UNSET,
        sort_dir: ListAllSmartLiveJobsSortDir | Unset = ListAllSmartLiveJobsSortDir.ASC,
        create_since: str | Unset = UNSET,
        create_until: str | Unset = UNSET,
        room_name: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncIterator[SmartLiveJob]:
        """Every item of `list_all_smart_live_jobs` (`smart_live_jobs`), page after page from `offset`, until `count` is
        reached or a page comes back short.

        查询租户所有数字人直播任务列表。该接口用于查询租户所有数字人智能直播任务列表。

        Args:
            offset: 偏移量，表示从此偏移量开始查询。 取值范围： 0-2147483647 默认取值： 0
            limit: 每页显示的条目数量。 取值范围： 1-100 默认取值： 10
            state: 任务状态，默认所有状态。 可多个状态查询，使用英文逗号分隔。 如state=CREATING,PUBLISHED
            sort_key: 排序字段，支持的排序方式有： 按创建时间排序： create_time 按更新时间排序： update_time 按资产排序：asset_order
            sort_dir: 排序方式。 asc：升序 desc：降序 默认asc升序。
            create_since: 过滤创建时间>=输入时间的记录。
            create_until: 过滤创建时间<=输入时间的记录。
            room_name: 按直播间名称模糊查询。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        _offset: int = offset if isinstance(offset, int) else 0
        while True:
            _page = await self.list_all_smart_live_jobs(
                offset=_offset,
                limit=limit,
                state=state,
                sort_key=sort_key,
                sort_dir=sort_dir,
                create_since=create_since,
                create_until=create_until,
                room_name=room_name,
                timeout=timeout,
                retries=retries,
                extra_headers=extra_headers,
            )
            _items, _next = next_page(_page, "smart_live_jobs", "count", _offset, limit)
            for _item in _items:
                yield _item
            if _next is None:
                return
            _offset = _next

    async def report_smart_live_events(
        self,
        room_id: str,
        job_id: str,
        *,
        body: ReportSmartLiveEventsRequest,
        auth_key: str | Unset = UNSET,
        expires_time: int | Unset = UNSET,
        refresh_url: bool | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ReportSmartLiveEventsResponse:
        """Report live room events to a smart live job

        上报直播间事件。该接口用于上报直播间事件。

        Args:
            room_id: 剧本ID。
            job_id: 任务ID。
            body: The request body.
            auth_key: 鉴权Key。通过HmacSHA256生成的鉴权key
            expires_time: 参数解释： 鉴权key过期时间。从1970年1月1日（UTC/GMT的午夜）开始所经过的毫秒数。 取值范围： 0-4102415999000
            refresh_url: 是否刷新URL
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _report_smart_live_events.asyncio(
                self._owner.project_id,
                room_id,
                job_id,
                body=body,
                auth_key=auth_key,
                expires_time=expires_time,
                refresh_url=refresh_url,
                client=self._owner.client,
            )


class AsyncSmartLiveJobsWithRawResponse:
    """Operations of tag `smart_live_jobs` (asyncio) returning the `httpx.Response` as received."""

    def __init__(self, owner: Owner) -> None:
        self._owner = owner

    async def list_smart_live_jobs(
        self,
        room_id: str,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 10,
        state: str | Unset = UNSET,
        sort_key: ListSmartLiveJobsSortKey | Unset = UNSET,
        sort_dir: ListSmartLiveJobsSortDir | Unset = ListSmartLiveJobsSortDir.ASC,
        create_since: str | Unset = UNSET,
        create_until: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """List the live jobs of a smart live room

        查询某个智能直播间下直播任务列表。该接口用于查询某个智能直播间的直播任务列表。

        Args:
            room_id: 剧本ID。
            offset: 偏移量，表示从此偏移量开始查询。 取值范围： 0-2147483647 默认取值： 0
            limit: 每页显示的条目数量。 取值范围： 1-100 默认取值： 10
            state: 任务状态，默认所有状态。 可多个状态查询，使用英文逗号分隔。 如state=CREATING,PUBLISHED
            sort_key: 排序字段，支持的排序方式有： 按创建时间排序： create_time 按更新时间排序： update_time 按资产排序：asset_order
            sort_dir: 排序方式。 • asc: 升序 • desc: 降序 默认asc升序。
            create_since: 过滤创建时间>=输入时间的记录。
            create_until: 过滤创建时间<=输入时间的记录。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_list_smart_live_jobs._get_kwargs(
                    self._owner.project_id,
                    room_id,
                    offset=offset,
                    limit=limit,
                    state=state,
                    sort_key=sort_key,
                    sort_dir=sort_dir,
                    create_since=create_since,
                    create_until=create_until,
                )
            )

    async def start_smart_live_job(
        self,
        room_id: str,
        *,
        body: StartSmartLiveJobRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Start a smart live job

        启动数字人智能直播任务。该接口用于启动数字人智能直播任务。

        Args:
            room_id: 剧本ID。
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_start_smart_live_job._get_kwargs(self._owner.project_id, room_id, body=body)
            )

    async def show_smart_live_job(
        self,
        room_id: str,
        job_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Show a smart live job

        查询数字人智能直播任务详情。该接口用于查询数字人智能直播任务详情。

        Args:
            room_id: 剧本ID。
            job_id: 任务ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_show_smart_live_job._get_kwargs(self._owner.project_id, room_id, job_id)
            )

    async def stop_smart_live_job(
        self,
        room_id: str,
        job_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Stop a smart live job

        结束数字人智能直播任务。该接口用于结束数字人智能直播任务。

        Args:
            room_id: 剧本ID。
            job_id: 任务ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_stop_smart_live_job._get_kwargs(self._owner.project_id, room_id, job_id)
            )

    async def execute_smart_live_job_command(
        self,
        room_id: str,
        job_id: str,
        *,
        body: ExecuteSmartLiveJobCommandRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Send a control command to a running smart live job

        控制数字人直播过程。该接口用于控制数字人直播过程。

        Args:
            room_id: 剧本ID。
            job_id: 任务ID。
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_execute_smart_live_job_command._get_kwargs(self._owner.project_id, room_id, job_id, body=body)
            )

    async def list_all_smart_live_jobs(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 10,
        state: str | Unset = UNSET,
        sort_key: ListAllSmartLiveJobsSortKey | Unset = UNSET,
        sort_dir: ListAllSmartLiveJobsSortDir | Unset = ListAllSmartLiveJobsSortDir.ASC,
        create_since: str | Unset = UNSET,
        create_until: str | Unset = UNSET,
        room_name: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """List all smart live jobs of the tenant

        查询租户所有数字人直播任务列表。该接口用于查询租户所有数字人智能直播任务列表。

        Args:
            offset: 偏移量，表示从此偏移量开始查询。 取值范围： 0-2147483647 默认取值： 0
            limit: 每页显示的条目数量。 取值范围： 1-100 默认取值： 10
            state: 任务状态，默认所有状态。 可多个状态查询，使用英文逗号分隔。 如state=CREATING,PUBLISHED
            sort_key: 排序字段，支持的排序方式有： 按创建时间排序： create_time 按更新时间排序： update_time 按资产排序：asset_order
            sort_dir: 排序方式。 asc：升序 desc：降序 默认asc升序。
            create_since: 过滤创建时间>=输入时间的记录。
            create_until: 过滤创建时间<=输入时间的记录。
            room_name: 按直播间名称模糊查询。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_list_all_smart_live_jobs._get_kwargs(
                    self._owner.project_id,
                    offset=offset,
                    limit=limit,
                    state=state,
                    sort_key=sort_key,
                    sort_dir=sort_dir,
                    create_since=create_since,
                    create_until=create_until,
                    room_name=room_name,
                )
            )

    async def report_smart_live_events(
        self,
        room_id: str,
        job_id: str,
        *,
        body: ReportSmartLiveEventsRequest,
        auth_key: str | Unset = UNSET,
        expires_time: int | Unset = UNSET,
        refresh_url: bool | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Report live room events to a smart live job

        上报直播间事件。该接口用于上报直播间事件。

        Args:
            room_id: 剧本ID。
            job_id: 任务ID。
            body: The request body.
            auth_key: 鉴权Key。通过HmacSHA256生成的鉴权key
            expires_time: 参数解释： 鉴权key过期时间。从1970年1月1日（UTC/GMT的午夜）开始所经过的毫秒数。 取值范围： 0-4102415999000
            refresh_url: 是否刷新URL
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_report_smart_live_events._get_kwargs(
                    self._owner.project_id,
                    room_id,
                    job_id,
                    body=body,
                    auth_key=auth_key,
                    expires_time=expires_time,
                    refresh_url=refresh_url,
                )
            )
