"""Operations of tag `training_jobs`: `TrainingJobs` (sync), `AsyncTrainingJobs` (asyncio) and their
`with_raw_response` twins, which return the `httpx.Response` as received."""

from collections.abc import AsyncIterator, Iterator, Mapping
from functools import cached_property

import httpx

from ..api.training_jobs import create_digital_human_model_training_job as _create_digital_human_model_training_job
from ..api.training_jobs import delete_digital_human_model_training_job as _delete_digital_human_model_training_job
from ..api.training_jobs import (
    execute_digital_human_model_training_job_command as _execute_digital_human_model_training_job_command,
)
from ..api.training_jobs import list_digital_human_model_training_jobs as _list_digital_human_model_training_jobs
from ..api.training_jobs import show_digital_human_model_training_job as _show_digital_human_model_training_job
from ..api.training_jobs import update_digital_human_model_training_job as _update_digital_human_model_training_job
from ..models.create_digital_human_model_training_job_request import CreateDigitalHumanModelTrainingJobRequest
from ..models.create_digital_human_model_training_job_response import CreateDigitalHumanModelTrainingJobResponse
from ..models.execute_digital_human_model_training_job_command_request import (
    ExecuteDigitalHumanModelTrainingJobCommandRequest,
)
from ..models.execute_digital_human_model_training_job_command_response import (
    ExecuteDigitalHumanModelTrainingJobCommandResponse,
)
from ..models.list_digital_human_model_training_jobs_response import ListDigitalHumanModelTrainingJobsResponse
from ..models.list_digital_human_model_training_jobs_sort_dir import ListDigitalHumanModelTrainingJobsSortDir
from ..models.list_digital_human_model_training_jobs_sort_key import ListDigitalHumanModelTrainingJobsSortKey
from ..models.show_digital_human_model_training_job_response import ShowDigitalHumanModelTrainingJobResponse
from ..models.training_job_basic_info import TrainingJobBasicInfo
from ..models.update_digital_human_model_training_job_request import UpdateDigitalHumanModelTrainingJobRequest
from ..models.update_digital_human_model_training_job_response import UpdateDigitalHumanModelTrainingJobResponse
from ..types import UNSET, Unset
from . import Owner, next_page

__all__ = ["AsyncTrainingJobs", "AsyncTrainingJobsWithRawResponse", "TrainingJobs", "TrainingJobsWithRawResponse"]


class TrainingJobs:
    """Operations of tag `training_jobs`: one method per operation id."""

    def __init__(self, owner: Owner) -> None:
        self._owner = owner

    @cached_property
    def with_raw_response(self) -> "TrainingJobsWithRawResponse":
        """The same operations returning the `httpx.Response` as received (errors are raised as usual)."""
        return TrainingJobsWithRawResponse(self._owner)

    def list_digital_human_model_training_jobs(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 10,
        sort_key: ListDigitalHumanModelTrainingJobsSortKey | Unset = UNSET,
        sort_dir: ListDigitalHumanModelTrainingJobsSortDir | Unset = ListDigitalHumanModelTrainingJobsSortDir.ASC,
        create_until: str | Unset = UNSET,
        create_since: str | Unset = UNSET,
        state: str | Unset = UNSET,
        query_project_id: str | Unset = UNSET,
        batch_name: str | Unset = UNSET,
        tag: str | Unset = UNSET,
        job_id: str | Unset = UNSET,
        name: str | Unset = UNSET,
        model_resolution: str | Unset = UNSET,
        is_flexus: bool | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ListDigitalHumanModelTrainingJobsResponse:
        """List digital human model training jobs

        该接口用于查询分身数字人模型训练任务列表。

        Args:
            offset: 偏移量，表示从此偏移量开始查询。 取值范围： 0-2147483647 默认取值： 0
            limit: 每页显示的条目数量。 取值范围: 1-100 默认取值: 10
            sort_key: 排序字段，支持的排序方式有： 按创建时间排序： create_time 按更新时间排序： update_time 按资产排序：asset_order
            sort_dir: 排序方式。 asc：升序 desc：降序 默认asc升序。
            create_until: 过滤创建时间<=输入时间的记录。
            create_since: 过滤创建时间>=输入时间的记录。
            state: 任务状态，默认所有状态。 可多个状态查询，使用英文逗号分隔。 如state=CREATING,PUBLISHED
            query_project_id: 查询租户id。
            batch_name: 任务批次名称。
            tag: 任务标签。
            job_id: 任务ID。
            name: 分身数字人模型名称
            model_resolution: 模型分辨率
            is_flexus: 是否是flexus任务
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _list_digital_human_model_training_jobs.sync(
                self._owner.project_id,
                offset=offset,
                limit=limit,
                sort_key=sort_key,
                sort_dir=sort_dir,
                create_until=create_until,
                create_since=create_since,
                state=state,
                query_project_id=query_project_id,
                batch_name=batch_name,
                tag=tag,
                job_id=job_id,
                name=name,
                model_resolution=model_resolution,
                is_flexus=is_flexus,
                client=self._owner.client,
            )

    def iter_list_digital_human_model_training_jobs(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 10,
        sort_key: ListDigitalHumanModelTrainingJobsSortKey | Unset = UNSET,
        sort_dir: ListDigitalHumanModelTrainingJobsSortDir | Unset = ListDigitalHumanModelTrainingJobsSortDir.ASC,
        create_until: str | Unset = UNSET,
        create_since: str | Unset = UNSET,
        state: str | Unset = UNSET,
        query_project_id: str | Unset = UNSET,
        batch_name: str | Unset = UNSET,
        tag: str | Unset = UNSET,
        job_id: str | Unset = UNSET,
        name: str | Unset = UNSET,
        model_resolution: str | Unset = UNSET,
        is_flexus: bool | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Iterator[TrainingJobBasicInfo]:
        """Every item of `list_digital_human_model_training_jobs` (`jobs`), page after page from `offset`, until `count`
        is reached or a page comes back short.

        该接口用于查询分身数字人模型训练任务列表。

        Args:
            offset: 偏移量，表示从此偏移量开始查询。 取值范围： 0-2147483647 默认取值： 0
            limit: 每页显示的条目数量。 取值范围: 1-100 默认取值: 10
            sort_key: 排序字段，支持的排序方式有： 按创建时间排序： create_time 按更新时间排序： update_time 按资产排序：asset_order
            sort_dir: 排序方式。 asc：升序 desc：降序 默认asc升序。
            create_until: 过滤创建时间<=输入时间的记录。
            create_since: 过滤创建时间>=输入时间的记录。
            state: 任务状态，默认所有状态。 可多个状态查询，使用英文逗号分隔。 如state=CREATING,PUBLISHED
            query_project_id: 查询租户id。
            batch_name: 任务批次名称。
            tag: 任务标签。
            job_id: 任务ID。
            name: 分身数字人模型名称
            model_resolution: 模型分辨率
            is_flexus: 是否是flexus任务
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        _offset: int = offset if isinstance(offset, int) else 0
        while True:
            _page = self.list_digital_human_model_training_jobs(
                offset=_offset,
                limit=limit,
                sort_key=sort_key,
                sort_dir=sort_dir,
                create_until=create_until,
                create_since=create_since,
                state=state,
                query_project_id=query_project_id,
                batch_name=batch_name,
                tag=tag,
                job_id=job_id,
                name=name,
                model_resolution=model_resolution,
                is_flexus=is_flexus,
                timeout=timeout,
                retries=retries,
                extra_headers=extra_headers,
            )
            _items, _next = next_page(_page, "jobs", "count", _offset, limit)
            yield from _items
            if _next is None:
                return
            _offset = _next

    def create_digital_human_model_training_job(
        self,
        *,
        body: CreateDigitalHumanModelTrainingJobRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CreateDigitalHumanModelTrainingJobResponse:
        """Create a digital human model training job

        该接口用于创建分身数字人模型训练任务。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _create_digital_human_model_training_job.sync(
                self._owner.project_id, body=body, client=self._owner.client
            )

    def show_digital_human_model_training_job(
        self,
        job_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ShowDigitalHumanModelTrainingJobResponse:
        """Show a digital human model training job

        该接口用于查询分身数字人模型训练任务详情。

        Args:
            job_id: 任务ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _show_digital_human_model_training_job.sync(
                self._owner.project_id, job_id, client=self._owner.client
            )

    def update_digital_human_model_training_job(
        self,
        job_id: str,
        *,
        body: UpdateDigitalHumanModelTrainingJobRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> UpdateDigitalHumanModelTrainingJobResponse:
        """Update a digital human model training job

        该接口用于更新分身数字人模型训练任务。用于在自动审核或者人工审核不通过情况下，更新训练视频、身份证照片等。 该接口只能在AUTO_VERIFY_FAILED或者MANUAL_VERIFY_FAILED状态下调用

        Args:
            job_id: 任务ID。
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _update_digital_human_model_training_job.sync(
                self._owner.project_id, job_id, body=body, client=self._owner.client
            )

    def delete_digital_human_model_training_job(
        self,
        job_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete a digital human model training job

        该接口用于删除分身数字人模型训练任务。同时需要删除训练任务相关的训练视频、身份证照片、授权文件、模型资产等。 该接口应当在任务处于以下状态时调用：WAIT_FILE_UPLOAD、AUTO_VERIFY_FAILED、M
        ANUAL_VERIFYING、MANUAL_VERIFY_FAILED、TRAINING_DATA_PREPROCESS_FAILED、TRAIN_FAILED、INFERENCE_DATA_PREPR
        OCESS_FAILED、JOB_SUCCESS、WAIT_USER_CONFIRM、JOB_REJECT、JOB_FINISH

        Args:
            job_id: 任务ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _delete_digital_human_model_training_job.sync(
                self._owner.project_id, job_id, client=self._owner.client
            )

    def execute_digital_human_model_training_job_command(
        self,
        job_id: str,
        *,
        body: ExecuteDigitalHumanModelTrainingJobCommandRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ExecuteDigitalHumanModelTrainingJobCommandResponse:
        """Execute a command on a digital human model training job

        该接口用于租户执行分身数字人模型训练任务命令，如提交训练审核等。

        Args:
            job_id: 任务ID。
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _execute_digital_human_model_training_job_command.sync(
                self._owner.project_id, job_id, body=body, client=self._owner.client
            )


class TrainingJobsWithRawResponse:
    """Operations of tag `training_jobs` returning the `httpx.Response` as received."""

    def __init__(self, owner: Owner) -> None:
        self._owner = owner

    def list_digital_human_model_training_jobs(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 10,
        sort_key: ListDigitalHumanModelTrainingJobsSortKey | Unset = UNSET,
        sort_dir: ListDigitalHumanModelTrainingJobsSortDir | Unset = ListDigitalHumanModelTrainingJobsSortDir.ASC,
        create_until: str | Unset = UNSET,
        create_since: str | Unset = UNSET,
        state: str | Unset = UNSET,
        query_project_id: str | Unset = UNSET,
        batch_name: str | Unset = UNSET,
        tag: str | Unset = UNSET,
        job_id: str | Unset = UNSET,
        name: str | Unset = UNSET,
        model_resolution: str | Unset = UNSET,
        is_flexus: bool | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """List digital human model training jobs

        该接口用于查询分身数字人模型训练任务列表。

        Args:
            offset: 偏移量，表示从此偏移量开始查询。 取值范围： 0-2147483647 默认取值： 0
            limit: 每页显示的条目数量。 取值范围: 1-100 默认取值: 10
            sort_key: 排序字段，支持的排序方式有： 按创建时间排序： create_time 按更新时间排序： update_time 按资产排序：asset_order
            sort_dir: 排序方式。 asc：升序 desc：降序 默认asc升序。
            create_until: 过滤创建时间<=输入时间的记录。
            create_since: 过滤创建时间>=输入时间的记录。
            state: 任务状态，默认所有状态。 可多个状态查询，使用英文逗号分隔。 如state=CREATING,PUBLISHED
            query_project_id: 查询租户id。
            batch_name: 任务批次名称。
            tag: 任务标签。
            job_id: 任务ID。
            name: 分身数字人模型名称
            model_resolution: 模型分辨率
            is_flexus: 是否是flexus任务
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_list_digital_human_model_training_jobs._get_kwargs(
                    self._owner.project_id,
                    offset=offset,
                    limit=limit,
                    sort_key=sort_key,
                    sort_dir=sort_dir,
                    create_until=create_until,
                    create_since=create_since,
                    state=state,
                    query_project_id=query_project_id,
                    batch_name=batch_name,
                    tag=tag,
                    job_id=job_id,
                    name=name,
                    model_resolution=model_resolution,
                    is_flexus=is_flexus,
                )
            )

    def create_digital_human_model_training_job(
        self,
        *,
        body: CreateDigitalHumanModelTrainingJobRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Create a digital human model training job

        该接口用于创建分身数字人模型训练任务。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_create_digital_human_model_training_job._get_kwargs(self._owner.project_id, body=body)
            )

    def show_digital_human_model_training_job(
        self,
        job_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Show a digital human model training job

        该接口用于查询分身数字人模型训练任务详情。

        Args:
            job_id: 任务ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_show_digital_human_model_training_job._get_kwargs(self._owner.project_id, job_id)
            )

    def update_digital_human_model_training_job(
        self,
        job_id: str,
        *,
        body: UpdateDigitalHumanModelTrainingJobRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Update a digital human model training job

        该接口用于更新分身数字人模型训练任务。用于在自动审核或者人工审核不通过情况下，更新训练视频、身份证照片等。 该接口只能在AUTO_VERIFY_FAILED或者MANUAL_VERIFY_FAILED状态下调用

        Args:
            job_id: 任务ID。
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_update_digital_human_model_training_job._get_kwargs(self._owner.project_id, job_id, body=body)
            )

    def delete_digital_human_model_training_job(
        self,
        job_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Delete a digital human model training job

        该接口用于删除分身数字人模型训练任务。同时需要删除训练任务相关的训练视频、身份证照片、授权文件、模型资产等。 该接口应当在任务处于以下状态时调用：WAIT_FILE_UPLOAD、AUTO_VERIFY_FAILED、M
        ANUAL_VERIFYING、MANUAL_VERIFY_FAILED、TRAINING_DATA_PREPROCESS_FAILED、TRAIN_FAILED、INFERENCE_DATA_PREPR
        OCESS_FAILED、JOB_SUCCESS、WAIT_USER_CONFIRM、JOB_REJECT、JOB_FINISH

        Args:
            job_id: 任务ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_delete_digital_human_model_training_job._get_kwargs(self._owner.project_id, job_id)
            )

    def execute_digital_human_model_training_job_command(
        self,
        job_id: str,
        *,
        body: ExecuteDigitalHumanModelTrainingJobCommandRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Execute a command on a digital human model training job

        该接口用于租户执行分身数字人模型训练任务命令，如提交训练审核等。

        Args:
            job_id: 任务ID。
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_execute_digital_human_model_training_job_command._get_kwargs(
                    self._owner.project_id, job_id, body=body
                )
            )


class AsyncTrainingJobs:
    """Operations of tag `training_jobs` (asyncio): one method per operation id."""

    def __init__(self, owner: Owner) -> None:
        self._owner = owner

    @cached_property
    def with_raw_response(self) -> "AsyncTrainingJobsWithRawResponse":
        """The same operations returning the `httpx.Response` as received (errors are raised as usual)."""
        return AsyncTrainingJobsWithRawResponse(self._owner)

    async def list_digital_human_model_training_jobs(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 10,
        sort_key: ListDigitalHumanModelTrainingJobsSortKey | Unset = UNSET,
        sort_dir: ListDigitalHumanModelTrainingJobsSortDir | Unset = ListDigitalHumanModelTrainingJobsSortDir.ASC,
        create_until: str | Unset = UNSET,
        create_since: str | Unset = UNSET,
        state: str | Unset = UNSET,
        query_project_id: str | Unset = UNSET,
        batch_name: str | Unset = UNSET,
        tag: str | Unset = UNSET,
        job_id: str | Unset = UNSET,
        name: str | Unset = UNSET,
        model_resolution: str | Unset = UNSET,
        is_flexus: bool | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ListDigitalHumanModelTrainingJobsResponse:
        """List digital human model training jobs

        该接口用于查询分身数字人模型训练任务列表。

        Args:
            offset: 偏移量，表示从此偏移量开始查询。 取值范围： 0-2147483647 默认取值： 0
            limit: 每页显示的条目数量。 取值范围: 1-100 默认取值: 10
            sort_key: 排序字段，支持的排序方式有： 按创建时间排序： create_time 按更新时间排序： update_time 按资产排序：asset_order
            sort_dir: 排序方式。 asc：升序 desc：降序 默认asc升序。
            create_until: 过滤创建时间<=输入时间的记录。
            create_since: 过滤创建时间>=输入时间的记录。
            state: 任务状态，默认所有状态。 可多个状态查询，使用英文逗号分隔。 如state=CREATING,PUBLISHED
            query_project_id: 查询租户id。
            batch_name: 任务批次名称。
            tag: 任务标签。
            job_id: 任务ID。
            name: 分身数字人模型名称
            model_resolution: 模型分辨率
            is_flexus: 是否是flexus任务
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _list_digital_human_model_training_jobs.asyncio(
                self._owner.project_id,
                offset=offset,
                limit=limit,
                sort_key=sort_key,
                sort_dir=sort_dir,
                create_until=create_until,
                create_since=create_since,
                state=state,
                query_project_id=query_project_id,
                batch_name=batch_name,
                tag=tag,
                job_id=job_id,
                name=name,
                model_resolution=model_resolution,
                is_flexus=is_flexus,
                client=self._owner.client,
            )

    async def iter_list_digital_human_model_training_jobs(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 10,
        sort_key: ListDigitalHumanModelTrainingJobsSortKey | Unset = UNSET,
        sort_dir: ListDigitalHumanModelTrainingJobsSortDir | Unset = ListDigitalHumanModelTrainingJobsSortDir.ASC,
        create_until: str | Unset = UNSET,
        create_since: str | Unset = UNSET,
        state: str | Unset = UNSET,
        query_project_id: str | Unset = UNSET,
        batch_name: str | Unset = UNSET,
        tag: str | Unset = UNSET,
        job_id: str | Unset = UNSET,
        name: str | Unset = UNSET,
        model_resolution: str | Unset = UNSET,
        is_flexus: bool | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncIterator[TrainingJobBasicInfo]:
        """Every item of `list_digital_human_model_training_jobs` (`jobs`), page after page from `offset`, until `count`
        is reached or a page comes back short.

        该接口用于查询分身数字人模型训练任务列表。

        Args:
            offset: 偏移量，表示从此偏移量开始查询。 取值范围： 0-2147483647 默认取值： 0
            limit: 每页显示的条目数量。 取值范围: 1-100 默认取值: 10
            sort_key: 排序字段，支持的排序方式有： 按创建时间排序： create_time 按更新时间排序： update_time 按资产排序：asset_order
            sort_dir: 排序方式。 asc：升序 desc：降序 默认asc升序。
            create_until: 过滤创建时间<=输入时间的记录。
            create_since: 过滤创建时间>=输入时间的记录。
            state: 任务状态，默认所有状态。 可多个状态查询，使用英文逗号分隔。 如state=CREATING,PUBLISHED
            query_project_id: 查询租户id。
            batch_name: 任务批次名称。
            tag: 任务标签。
            job_id: 任务ID。
            name: 分身数字人模型名称
            model_resolution: 模型分辨率
            is_flexus: 是否是flexus任务
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        _offset: int = offset if isinstance(offset, int) else 0
        while True:
            _page = await self.list_digital_human_model_training_jobs(
                offset=_offset,
                limit=limit,
                sort_key=sort_key,
                sort_dir=sort_dir,
                create_until=create_until,
                create_since=create_since,
                state=state,
                query_project_id=query_project_id,
                batch_name=batch_name,
                tag=tag,
                job_id=job_id,
                name=name,
                model_resolution=model_resolution,
                is_flexus=is_flexus,
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

    async def create_digital_human_model_training_job(
        self,
        *,
        body: CreateDigitalHumanModelTrainingJobRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CreateDigitalHumanModelTrainingJobResponse:
        """Create a digital human model training job

        该接口用于创建分身数字人模型训练任务。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _create_digital_human_model_training_job.asyncio(
                self._owner.project_id, body=body, client=self._owner.client
            )

    async def show_digital_human_model_training_job(
        self,
        job_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ShowDigitalHumanModelTrainingJobResponse:
        """Show a digital human model training job

        该接口用于查询分身数字人模型训练任务详情。

        Args:
            job_id: 任务ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _show_digital_human_model_training_job.asyncio(
                self._owner.project_id, job_id, client=self._owner.client
            )

    async def update_digital_human_model_training_job(
        self,
        job_id: str,
        *,
        body: UpdateDigitalHumanModelTrainingJobRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> UpdateDigitalHumanModelTrainingJobResponse:
        """Update a digital human model training job

        该接口用于更新分身数字人模型训练任务。用于在自动审核或者人工审核不通过情况下，更新训练视频、身份证照片等。 该接口只能在AUTO_VERIFY_FAILED或者MANUAL_VERIFY_FAILED状态下调用

        Args:
            job_id: 任务ID。
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _update_digital_human_model_training_job.asyncio(
                self._owner.project_id, job_id, body=body, client=self._owner.client
            )

    async def delete_digital_human_model_training_job(
        self,
        job_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete a digital human model training job

        该接口用于删除分身数字人模型训练任务。同时需要删除训练任务相关的训练视频、身份证照片、授权文件、模型资产等。 该接口应当在任务处于以下状态时调用：WAIT_FILE_UPLOAD、AUTO_VERIFY_FAILED、M
        ANUAL_VERIFYING、MANUAL_VERIFY_FAILED、TRAINING_DATA_PREPROCESS_FAILED、TRAIN_FAILED、INFERENCE_DATA_PREPR
        OCESS_FAILED、JOB_SUCCESS、WAIT_USER_CONFIRM、JOB_REJECT、JOB_FINISH

        Args:
            job_id: 任务ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _delete_digital_human_model_training_job.asyncio(
                self._owner.project_id, job_id, client=self._owner.client
            )

    async def execute_digital_human_model_training_job_command(
        self,
        job_id: str,
        *,
        body: ExecuteDigitalHumanModelTrainingJobCommandRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ExecuteDigitalHumanModelTrainingJobCommandResponse:
        """Execute a command on a digital human model training job

        该接口用于租户执行分身数字人模型训练任务命令，如提交训练审核等。

        Args:
            job_id: 任务ID。
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _execute_digital_human_model_training_job_command.asyncio(
                self._owner.project_id, job_id, body=body, client=self._owner.client
            )


class AsyncTrainingJobsWithRawResponse:
    """Operations of tag `training_jobs` (asyncio) returning the `httpx.Response` as received."""

    def __init__(self, owner: Owner) -> None:
        self._owner = owner

    async def list_digital_human_model_training_jobs(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 10,
        sort_key: ListDigitalHumanModelTrainingJobsSortKey | Unset = UNSET,
        sort_dir: ListDigitalHumanModelTrainingJobsSortDir | Unset = ListDigitalHumanModelTrainingJobsSortDir.ASC,
        create_until: str | Unset = UNSET,
        create_since: str | Unset = UNSET,
        state: str | Unset = UNSET,
        query_project_id: str | Unset = UNSET,
        batch_name: str | Unset = UNSET,
        tag: str | Unset = UNSET,
        job_id: str | Unset = UNSET,
        name: str | Unset = UNSET,
        model_resolution: str | Unset = UNSET,
        is_flexus: bool | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """List digital human model training jobs

        该接口用于查询分身数字人模型训练任务列表。

        Args:
            offset: 偏移量，表示从此偏移量开始查询。 取值范围： 0-2147483647 默认取值： 0
            limit: 每页显示的条目数量。 取值范围: 1-100 默认取值: 10
            sort_key: 排序字段，支持的排序方式有： 按创建时间排序： create_time 按更新时间排序： update_time 按资产排序：asset_order
            sort_dir: 排序方式。 asc：升序 desc：降序 默认asc升序。
            create_until: 过滤创建时间<=输入时间的记录。
            create_since: 过滤创建时间>=输入时间的记录。
            state: 任务状态，默认所有状态。 可多个状态查询，使用英文逗号分隔。 如state=CREATING,PUBLISHED
            query_project_id: 查询租户id。
            batch_name: 任务批次名称。
            tag: 任务标签。
            job_id: 任务ID。
            name: 分身数字人模型名称
            model_resolution: 模型分辨率
            is_flexus: 是否是flexus任务
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_list_digital_human_model_training_jobs._get_kwargs(
                    self._owner.project_id,
                    offset=offset,
                    limit=limit,
                    sort_key=sort_key,
                    sort_dir=sort_dir,
                    create_until=create_until,
                    create_since=create_since,
                    state=state,
                    query_project_id=query_project_id,
                    batch_name=batch_name,
                    tag=tag,
                    job_id=job_id,
                    name=name,
                    model_resolution=model_resolution,
                    is_flexus=is_flexus,
                )
            )

    async def create_digital_human_model_training_job(
        self,
        *,
        body: CreateDigitalHumanModelTrainingJobRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Create a digital human model training job

        该接口用于创建分身数字人模型训练任务。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_create_digital_human_model_training_job._get_kwargs(self._owner.project_id, body=body)
            )

    async def show_digital_human_model_training_job(
        self,
        job_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Show a digital human model training job

        该接口用于查询分身数字人模型训练任务详情。

        Args:
            job_id: 任务ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_show_digital_human_model_training_job._get_kwargs(self._owner.project_id, job_id)
            )

    async def update_digital_human_model_training_job(
        self,
        job_id: str,
        *,
        body: UpdateDigitalHumanModelTrainingJobRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Update a digital human model training job

        该接口用于更新分身数字人模型训练任务。用于在自动审核或者人工审核不通过情况下，更新训练视频、身份证照片等。 该接口只能在AUTO_VERIFY_FAILED或者MANUAL_VERIFY_FAILED状态下调用

        Args:
            job_id: 任务ID。
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_update_digital_human_model_training_job._get_kwargs(self._owner.project_id, job_id, body=body)
            )

    async def delete_digital_human_model_training_job(
        self,
        job_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Delete a digital human model training job

        该接口用于删除分身数字人模型训练任务。同时需要删除训练任务相关的训练视频、身份证照片、授权文件、模型资产等。 该接口应当在任务处于以下状态时调用：WAIT_FILE_UPLOAD、AUTO_VERIFY_FAILED、M
        ANUAL_VERIFYING、MANUAL_VERIFY_FAILED、TRAINING_DATA_PREPROCESS_FAILED、TRAIN_FAILED、INFERENCE_DATA_PREPR
        OCESS_FAILED、JOB_SUCCESS、WAIT_USER_CONFIRM、JOB_REJECT、JOB_FINISH

        Args:
            job_id: 任务ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_delete_digital_human_model_training_job._get_kwargs(self._owner.project_id, job_id)
            )

    async def execute_digital_human_model_training_job_command(
        self,
        job_id: str,
        *,
        body: ExecuteDigitalHumanModelTrainingJobCommandRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Execute a command on a digital human model training job

        该接口用于租户执行分身数字人模型训练任务命令，如提交训练审核等。

        Args:
            job_id: 任务ID。
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_execute_digital_human_model_training_job_command._get_kwargs(
                    self._owner.project_id, job_id, body=body
                )
            )
