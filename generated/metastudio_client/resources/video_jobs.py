"""Operations of tag `video_jobs`: `VideoJobs` (sync), `AsyncVideoJobs` (asyncio) and their
`with_raw_response` twins, which return the `httpx.Response` as received."""

from collections.abc import AsyncIterator, Iterator, Mapping
from functools import cached_property

import httpx

from ..api.video_jobs import list_digital_human_videos as _list_digital_human_videos
from ..models.digital_human_video import DigitalHumanVideo
from ..models.list_digital_human_videos_job_type import ListDigitalHumanVideosJobType
from ..models.list_digital_human_videos_response import ListDigitalHumanVideosResponse
from ..models.list_digital_human_videos_sort_dir import ListDigitalHumanVideosSortDir
from ..models.list_digital_human_videos_sort_key import ListDigitalHumanVideosSortKey
from ..types import UNSET, Unset
from . import Owner, next_page

__all__ = ["AsyncVideoJobs", "AsyncVideoJobsWithRawResponse", "VideoJobs", "VideoJobsWithRawResponse"]


class VideoJobs:
    """Operations of tag `video_jobs`: one method per operation id."""

    def __init__(self, owner: Owner) -> None:
        self._owner = owner

    @cached_property
    def with_raw_response(self) -> "VideoJobsWithRawResponse":
        """The same operations returning the `httpx.Response` as received (errors are raised as usual)."""
        return VideoJobsWithRawResponse(self._owner)

    def list_digital_human_videos(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 10,
        state: str | Unset = UNSET,
        sort_key: ListDigitalHumanVideosSortKey | Unset = UNSET,
        sort_dir: ListDigitalHumanVideosSortDir | Unset = ListDigitalHumanVideosSortDir.ASC,
        create_until: str | Unset = UNSET,
        create_since: str | Unset = UNSET,
        fuzzy_query_field: list[str] | Unset = UNSET,
        script_id: str | Unset = UNSET,
        asset_name: str | Unset = UNSET,
        job_type: ListDigitalHumanVideosJobType | Unset = UNSET,
        job_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ListDigitalHumanVideosResponse:
        """List video production jobs

        该接口用于查询视频制作任务列表。可查询分身数字人视频制作列表，照片数字人视频制作列表等。 说明：默认查询最近一个月任务记录。

        Args:
            offset: 偏移量，表示从此偏移量开始查询。 取值范围: 0-2147483647 默认取值: 0
            limit: 每页显示的条目数量。 取值范围: 1-100 默认取值: 10
            state: 任务状态，默认所有状态。 可多个状态查询，使用英文逗号分隔。 如state=CREATING,PUBLISHED
            sort_key: 排序字段，支持的排序方式有： 按创建时间排序：create_time 按更新时间排序：update_time 按资产排序：asset_order
            sort_dir: 排序方式。 asc：升序 desc：降序 默认asc升序。
            create_until: 过滤创建时间<=输入时间的记录。
            create_since: 过滤创建时间>=输入时间的记录。
            fuzzy_query_field: 使用模糊查询的字段
            script_id: 剧本ID。
            asset_name: 输出视频资产名称。
            job_type: 任务类型。 2D_DIGITAL_HUMAN_VIDEO：分身数字人视频制作任务 PHOTO_DIGITAL_HUMAN_VIDEO：照片数字人视频制作任务
            job_id: 任务ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _list_digital_human_videos.sync(
                self._owner.project_id,
                offset=offset,
                limit=limit,
                state=state,
                sort_key=sort_key,
                sort_dir=sort_dir,
                create_until=create_until,
                create_since=create_since,
                fuzzy_query_field=fuzzy_query_field,
                script_id=script_id,
                asset_name=asset_name,
                job_type=job_type,
                job_id=job_id,
                client=self._owner.client,
            )

    def iter_list_digital_human_videos(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 10,
        state: str | Unset = UNSET,
        sort_key: ListDigitalHumanVideosSortKey | Unset = UNSET,
        sort_dir: ListDigitalHumanVideosSortDir | Unset = ListDigitalHumanVideosSortDir.ASC,
        create_until: str | Unset = UNSET,
        create_since: str | Unset = UNSET,
        fuzzy_query_field: list[str] | Unset = UNSET,
        script_id: str | Unset = UNSET,
        asset_name: str | Unset = UNSET,
        job_type: ListDigitalHumanVideosJobType | Unset = UNSET,
        job_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Iterator[DigitalHumanVideo]:
        """Every item of `list_digital_human_videos` (`jobs`), page after page from `offset`, until `count` is reached or
        a page comes back short.

        该接口用于查询视频制作任务列表。可查询分身数字人视频制作列表，照片数字人视频制作列表等。 说明：默认查询最近一个月任务记录。

        Args:
            offset: 偏移量，表示从此偏移量开始查询。 取值范围: 0-2147483647 默认取值: 0
            limit: 每页显示的条目数量。 取值范围: 1-100 默认取值: 10
            state: 任务状态，默认所有状态。 可多个状态查询，使用英文逗号分隔。 如state=CREATING,PUBLISHED
            sort_key: 排序字段，支持的排序方式有： 按创建时间排序：create_time 按更新时间排序：update_time 按资产排序：asset_order
            sort_dir: 排序方式。 asc：升序 desc：降序 默认asc升序。
            create_until: 过滤创建时间<=输入时间的记录。
            create_since: 过滤创建时间>=输入时间的记录。
            fuzzy_query_field: 使用模糊查询的字段
            script_id: 剧本ID。
            asset_name: 输出视频资产名称。
            job_type: 任务类型。 2D_DIGITAL_HUMAN_VIDEO：分身数字人视频制作任务 PHOTO_DIGITAL_HUMAN_VIDEO：照片数字人视频制作任务
            job_id: 任务ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        _offset: int = offset if isinstance(offset, int) else 0
        while True:
            _page = self.list_digital_human_videos(
                offset=_offset,
                limit=limit,
                state=state,
                sort_key=sort_key,
                sort_dir=sort_dir,
                create_until=create_until,
                create_since=create_since,
                fuzzy_query_field=fuzzy_query_field,
                script_id=script_id,
                asset_name=asset_name,
                job_type=job_type,
                job_id=job_id,
                timeout=timeout,
                retries=retries,
                extra_headers=extra_headers,
            )
            _items, _next = next_page(_page, "jobs", "count", _offset, limit)
            yield from _items
            if _next is None:
                return
            _offset = _next


class VideoJobsWithRawResponse:
    """Operations of tag `video_jobs` returning the `httpx.Response` as received."""

    def __init__(self, owner: Owner) -> None:
        self._owner = owner

    def list_digital_human_videos(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 10,
        state: str | Unset = UNSET,
        sort_key: ListDigitalHumanVideosSortKey | Unset = UNSET,
        sort_dir: ListDigitalHumanVideosSortDir | Unset = ListDigitalHumanVideosSortDir.ASC,
        create_until: str | Unset = UNSET,
        create_since: str | Unset = UNSET,
        fuzzy_query_field: list[str] | Unset = UNSET,
        script_id: str | Unset = UNSET,
        asset_name: str | Unset = UNSET,
        job_type: ListDigitalHumanVideosJobType | Unset = UNSET,
        job_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """List video production jobs

        该接口用于查询视频制作任务列表。可查询分身数字人视频制作列表，照片数字人视频制作列表等。 说明：默认查询最近一个月任务记录。

        Args:
            offset: 偏移量，表示从此偏移量开始查询。 取值范围: 0-2147483647 默认取值: 0
            limit: 每页显示的条目数量。 取值范围: 1-100 默认取值: 10
            state: 任务状态，默认所有状态。 可多个状态查询，使用英文逗号分隔。 如state=CREATING,PUBLISHED
            sort_key: 排序字段，支持的排序方式有： 按创建时间排序：create_time 按更新时间排序：update_time 按资产排序：asset_order
            sort_dir: 排序方式。 asc：升序 desc：降序 默认asc升序。
            create_until: 过滤创建时间<=输入时间的记录。
            create_since: 过滤创建时间>=输入时间的记录。
            fuzzy_query_field: 使用模糊查询的字段
            script_id: 剧本ID。
            asset_name: 输出视频资产名称。
            job_type: 任务类型。 2D_DIGITAL_HUMAN_VIDEO：分身数字人视频制作任务 PHOTO_DIGITAL_HUMAN_VIDEO：照片数字人视频制作任务
            job_id: 任务ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_list_digital_human_videos._get_kwargs(
                    self._owner.project_id,
                    offset=offset,
                    limit=limit,
                    state=state,
                    sort_key=sort_key,
                    sort_dir=sort_dir,
                    create_until=create_until,
                    create_since=create_since,
                    fuzzy_query_field=fuzzy_query_field,
                    script_id=script_id,
                    asset_name=asset_name,
                    job_type=job_type,
                    job_id=job_id,
                )
            )


class AsyncVideoJobs:
    """Operations of tag `video_jobs` (asyncio): one method per operation id."""

    def __init__(self, owner: Owner) -> None:
        self._owner = owner

    @cached_property
    def with_raw_response(self) -> "AsyncVideoJobsWithRawResponse":
        """The same operations returning the `httpx.Response` as received (errors are raised as usual)."""
        return AsyncVideoJobsWithRawResponse(self._owner)

    async def list_digital_human_videos(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 10,
        state: str | Unset = UNSET,
        sort_key: ListDigitalHumanVideosSortKey | Unset = UNSET,
        sort_dir: ListDigitalHumanVideosSortDir | Unset = ListDigitalHumanVideosSortDir.ASC,
        create_until: str | Unset = UNSET,
        create_since: str | Unset = UNSET,
        fuzzy_query_field: list[str] | Unset = UNSET,
        script_id: str | Unset = UNSET,
        asset_name: str | Unset = UNSET,
        job_type: ListDigitalHumanVideosJobType | Unset = UNSET,
        job_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ListDigitalHumanVideosResponse:
        """List video production jobs

        该接口用于查询视频制作任务列表。可查询分身数字人视频制作列表，照片数字人视频制作列表等。 说明：默认查询最近一个月任务记录。

        Args:
            offset: 偏移量，表示从此偏移量开始查询。 取值范围: 0-2147483647 默认取值: 0
            limit: 每页显示的条目数量。 取值范围: 1-100 默认取值: 10
            state: 任务状态，默认所有状态。 可多个状态查询，使用英文逗号分隔。 如state=CREATING,PUBLISHED
            sort_key: 排序字段，支持的排序方式有： 按创建时间排序：create_time 按更新时间排序：update_time 按资产排序：asset_order
            sort_dir: 排序方式。 asc：升序 desc：降序 默认asc升序。
            create_until: 过滤创建时间<=输入时间的记录。
            create_since: 过滤创建时间>=输入时间的记录。
            fuzzy_query_field: 使用模糊查询的字段
            script_id: 剧本ID。
            asset_name: 输出视频资产名称。
            job_type: 任务类型。 2D_DIGITAL_HUMAN_VIDEO：分身数字人视频制作任务 PHOTO_DIGITAL_HUMAN_VIDEO：照片数字人视频制作任务
            job_id: 任务ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _list_digital_human_videos.asyncio(
                self._owner.project_id,
                offset=offset,
                limit=limit,
                state=state,
                sort_key=sort_key,
                sort_dir=sort_dir,
                create_until=create_until,
                create_since=create_since,
                fuzzy_query_field=fuzzy_query_field,
                script_id=script_id,
                asset_name=asset_name,
                job_type=job_type,
                job_id=job_id,
                client=self._owner.client,
            )

    async def iter_list_digital_human_videos(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 10,
        state: str | Unset = UNSET,
        sort_key: ListDigitalHumanVideosSortKey | Unset = UNSET,
        sort_dir: ListDigitalHumanVideosSortDir | Unset = ListDigitalHumanVideosSortDir.ASC,
        create_until: str | Unset = UNSET,
        create_since: str | Unset = UNSET,
        fuzzy_query_field: list[str] | Unset = UNSET,
        script_id: str | Unset = UNSET,
        asset_name: str | Unset = UNSET,
        job_type: ListDigitalHumanVideosJobType | Unset = UNSET,
        job_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncIterator[DigitalHumanVideo]:
        """Every item of `list_digital_human_videos` (`jobs`), page after page from `offset`, until `count` is reached or
        a page comes back short.

        该接口用于查询视频制作任务列表。可查询分身数字人视频制作列表，照片数字人视频制作列表等。 说明：默认查询最近一个月任务记录。

        Args:
            offset: 偏移量，表示从此偏移量开始查询。 取值范围: 0-2147483647 默认取值: 0
            limit: 每页显示的条目数量。 取值范围: 1-100 默认取值: 10
            state: 任务状态，默认所有状态。 可多个状态查询，使用英文逗号分隔。 如state=CREATING,PUBLISHED
            sort_key: 排序字段，支持的排序方式有： 按创建时间排序：create_time 按更新时间排序：update_time 按资产排序：asset_order
            sort_dir: 排序方式。 asc：升序 desc：降序 默认asc升序。
            create_until: 过滤创建时间<=输入时间的记录。
            create_since: 过滤创建时间>=输入时间的记录。
            fuzzy_query_field: 使用模糊查询的字段
            script_id: 剧本ID。
            asset_name: 输出视频资产名称。
            job_type: 任务类型。 2D_DIGITAL_HUMAN_VIDEO：分身数字人视频制作任务 PHOTO_DIGITAL_HUMAN_VIDEO：照片数字人视频制作任务
            job_id: 任务ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        _offset: int = offset if isinstance(offset, int) else 0
        while True:
            _page = await self.list_digital_human_videos(
                offset=_offset,
                limit=limit,
                state=state,
                sort_key=sort_key,
                sort_dir=sort_dir,
                create_until=create_until,
                create_since=create_since,
                fuzzy_query_field=fuzzy_query_field,
                script_id=script_id,
                asset_name=asset_name,
                job_type=job_type,
                job_id=job_id,
                timeout=timeout,
                retries=retries,
                extra_headers=extra_headers,
            )
            _items, _next = next_page(_page, "jobs", "count", _offset, limit)
            for _item in _items:
                yield _item
            if _next is None:
                return
            _offset = _next


class AsyncVideoJobsWithRawResponse:
    """Operations of tag `video_jobs` (asyncio) returning the `httpx.Response` as received."""

    def __init__(self, owner: Owner) -> None:
        self._owner = owner

    async def list_digital_human_videos(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 10,
        state: str | Unset = UNSET,
        sort_key: ListDigitalHumanVideosSortKey | Unset = UNSET,
        sort_dir: ListDigitalHumanVideosSortDir | Unset = ListDigitalHumanVideosSortDir.ASC,
        create_until: str | Unset = UNSET,
        create_since: str | Unset = UNSET,
        fuzzy_query_field: list[str] | Unset = UNSET,
        script_id: str | Unset = UNSET,
        asset_name: str | Unset = UNSET,
        job_type: ListDigitalHumanVideosJobType | Unset = UNSET,
        job_id: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """List video production jobs

        该接口用于查询视频制作任务列表。可查询分身数字人视频制作列表，照片数字人视频制作列表等。 说明：默认查询最近一个月任务记录。

        Args:
            offset: 偏移量，表示从此偏移量开始查询。 取值范围: 0-2147483647 默认取值: 0
            limit: 每页显示的条目数量。 取值范围: 1-100 默认取值: 10
            state: 任务状态，默认所有状态。 可多个状态查询，使用英文逗号分隔。 如state=CREATING,PUBLISHED
            sort_key: 排序字段，支持的排序方式有： 按创建时间排序：create_time 按更新时间排序：update_time 按资产排序：asset_order
            sort_dir: 排序方式。 asc：升序 desc：降序 默认asc升序。
            create_until: 过滤创建时间<=输入时间的记录。
            create_since: 过滤创建时间>=输入时间的记录。
            fuzzy_query_field: 使用模糊查询的字段
            script_id: 剧本ID。
            asset_name: 输出视频资产名称。
            job_type: 任务类型。 2D_DIGITAL_HUMAN_VIDEO：分身数字人视频制作任务 PHOTO_DIGITAL_HUMAN_VIDEO：照片数字人视频制作任务
            job_id: 任务ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_list_digital_human_videos._get_kwargs(
                    self._owner.project_id,
                    offset=offset,
                    limit=limit,
                    state=state,
                    sort_key=sort_key,
                    sort_dir=sort_dir,
                    create_until=create_until,
                    create_since=create_since,
                    fuzzy_query_field=fuzzy_query_field,
                    script_id=script_id,
                    asset_name=asset_name,
                    job_type=job_type,
                    job_id=job_id,
                )
            )
