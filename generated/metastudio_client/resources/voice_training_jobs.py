"""Operations of tag `voice_training_jobs`: `VoiceTrainingJobs` (sync), `AsyncVoiceTrainingJobs` (asyncio) and their
`with_raw_response` twins, which return the `httpx.Response` as received."""

from collections.abc import AsyncIterator, Iterator, Mapping
from functools import cached_property

import httpx

from ..api.voice_training_jobs import confirm_voice_training_segment as _confirm_voice_training_segment
from ..api.voice_training_jobs import create_advance_voice_training_job as _create_advance_voice_training_job
from ..api.voice_training_jobs import create_basic_voice_training_job as _create_basic_voice_training_job
from ..api.voice_training_jobs import create_middle_voice_training_job as _create_middle_voice_training_job
from ..api.voice_training_jobs import delete_voice_training_job as _delete_voice_training_job
from ..api.voice_training_jobs import list_voice_training_job_op_logs as _list_voice_training_job_op_logs
from ..api.voice_training_jobs import list_voice_training_jobs as _list_voice_training_jobs
from ..api.voice_training_jobs import show_voice_training_job as _show_voice_training_job
from ..api.voice_training_jobs import show_voice_training_job_audit_result as _show_voice_training_job_audit_result
from ..api.voice_training_jobs import (
    show_voice_training_job_uploading_address as _show_voice_training_job_uploading_address,
)
from ..api.voice_training_jobs import (
    show_voice_training_segment_confirm_result as _show_voice_training_segment_confirm_result,
)
from ..api.voice_training_jobs import submit_voice_training_job as _submit_voice_training_job
from ..models.confirm_voice_training_segment_response import ConfirmVoiceTrainingSegmentResponse
from ..models.create_advance_voice_training_job_request import CreateAdvanceVoiceTrainingJobRequest
from ..models.create_advance_voice_training_job_response import CreateAdvanceVoiceTrainingJobResponse
from ..models.create_basic_voice_training_job_request import CreateBasicVoiceTrainingJobRequest
from ..models.create_basic_voice_training_job_response import CreateBasicVoiceTrainingJobResponse
from ..models.create_middle_voice_training_job_request import CreateMiddleVoiceTrainingJobRequest
from ..models.create_middle_voice_training_job_response import CreateMiddleVoiceTrainingJobResponse
from ..models.list_voice_training_job_op_logs_response import ListVoiceTrainingJobOpLogsResponse
from ..models.list_voice_training_jobs_job_type import ListVoiceTrainingJobsJobType
from ..models.list_voice_training_jobs_response import ListVoiceTrainingJobsResponse
from ..models.operation_log_item import OperationLogItem
from ..models.show_voice_training_job_audit_result_response import ShowVoiceTrainingJobAuditResultResponse
from ..models.show_voice_training_job_response import ShowVoiceTrainingJobResponse
from ..models.show_voice_training_job_uploading_address_response import ShowVoiceTrainingJobUploadingAddressResponse
from ..models.show_voice_training_segment_confirm_result_response import ShowVoiceTrainingSegmentConfirmResultResponse
from ..models.submit_voice_training_job_request import SubmitVoiceTrainingJobRequest
from ..models.training_job_info import TrainingJobInfo
from ..types import UNSET, Unset
from . import Owner, next_page

__all__ = [
    "AsyncVoiceTrainingJobs",
    "AsyncVoiceTrainingJobsWithRawResponse",
    "VoiceTrainingJobs",
    "VoiceTrainingJobsWithRawResponse",
]


class VoiceTrainingJobs:
    """Operations of tag `voice_training_jobs`: one method per operation id."""

    def __init__(self, owner: Owner) -> None:
        self._owner = owner

    @cached_property
    def with_raw_response(self) -> "VoiceTrainingJobsWithRawResponse":
        """The same operations returning the `httpx.Response` as received (errors are raised as usual)."""
        return VoiceTrainingJobsWithRawResponse(self._owner)

    def create_basic_voice_training_job(
        self,
        *,
        body: CreateBasicVoiceTrainingJobRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CreateBasicVoiceTrainingJobResponse:
        """Create a basic voice training job

        用户创建语音训练基础版任务，该接口会返回一个obs上传地址，用于上传语音文件。 支持2种方式上传语音文件： 语音文件和文本文件打包成zip上传：语音文件已经切分成20个wav文件，每个语音文件对应一个txt文本文件，所有
        文件打包成zip文件。语音文件命名规则：0.wav~19.wav；文本文件命名规则：0.txt~19.txt。
        语音文件和文本文件逐句上传：每次上传一句语料的语音文件和文本文件，再调用“确认在线录音结果”接口确认语音和文本内容是否一致。确认成功后再上传和确认下一句。
        文件上传后，调用“提交语音训练任务”接口，启动审核和训练。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _create_basic_voice_training_job.sync(self._owner.project_id, body=body, client=self._owner.client)

    def create_middle_voice_training_job(
        self,
        *,
        body: CreateMiddleVoiceTrainingJobRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CreateMiddleVoiceTrainingJobResponse:
        """Create a middle-tier voice training job

        用户创建语音训练进阶版任务，该接口会返回一个obs上传地址，用于上传语音文件。 支持2种方式上传语音文件： 语音文件和文本文件打包成zip上传：语音文件已经切分成100个wav文件，每个语音文件对应一个txt文本文件，所
        有文件打包成zip文件。语音文件命名规则：0.wav~99.wav；文本文件命名规则：0.txt~99.txt。
        语音文件和文本文件逐句上传：每次上传一句语料的语音文件和文本文件，再调用“确认在线录音结果”接口确认语音和文本内容是否一致。确认成功后再上传和确认下一句。
        文件上传后，调用“提交语音训练任务”接口，启动审核和训练。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _create_middle_voice_training_job.sync(self._owner.project_id, body=body, client=self._owner.client)

    def create_advance_voice_training_job(
        self,
        *,
        body: CreateAdvanceVoiceTrainingJobRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CreateAdvanceVoiceTrainingJobResponse:
        """Create an advance-tier voice training job

        用户创建语音训练高级版任务，该接口会返回一个obs上传地址，用于上传语音文件。语音文件为一段WAV格式的长音频文件，仅支持将语音文件打包成zip压缩格式上传。文件上传后，调用“提交语音训练任务”接口，启动审核和训练。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _create_advance_voice_training_job.sync(self._owner.project_id, body=body, client=self._owner.client)

    def list_voice_training_jobs(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 10,
        create_until: str | Unset = UNSET,
        create_since: str | Unset = UNSET,
        state: str | Unset = UNSET,
        job_id: str | Unset = UNSET,
        voice_name: str | Unset = UNSET,
        tag: str | Unset = UNSET,
        job_type: ListVoiceTrainingJobsJobType | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ListVoiceTrainingJobsResponse:
        """List voice training jobs

        查询语音训练任务列表

        Args:
            offset: 偏移量，表示从此偏移量开始查询。 取值范围： 0-2147483647 默认取值： 0
            limit: 每页显示的条目数量。 取值范围： 1-100 默认取值： 10
            create_until: 过滤创建时间<=输入时间的记录。
            create_since: 过滤创建时间>=输入时间的记录。
            state: 任务状态，默认所有状态。 可多个状态查询，使用英文逗号分隔。 如state=FAILED,WAITING
            job_id: 任务id。
            voice_name: 声音名称。
            tag: 任务标签。
            job_type: 训练类型。 • BASIC: 基础版(20句话) • MIDDLE: 进阶版(100句话) • ADVANCE: 高级版 • THIRD_PARTY: 第三方出门问问训练版 • THIRD_PARTY_LJZN:
                第三方逻辑智能训练版 • FLEXUS: Flexus版---用的是大模型特征提取
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _list_voice_training_jobs.sync(
                self._owner.project_id,
                offset=offset,
                limit=limit,
                create_until=create_until,
                create_since=create_since,
                state=state,
                job_id=job_id,
                voice_name=voice_name,
                tag=tag,
                job_type=job_type,
                client=self._owner.client,
            )

    def iter_list_voice_training_jobs(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 10,
        create_until: str | Unset = UNSET,
        create_since: str | Unset = UNSET,
        state: str | Unset = UNSET,
        job_id: str | Unset = UNSET,
        voice_name: str | Unset = UNSET,
        tag: str | Unset = UNSET,
        job_type: ListVoiceTrainingJobsJobType | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Iterator[TrainingJobInfo]:
        """Every item of `list_voice_training_jobs` (`jobs`), page after page from `offset`, until `count` is reached or
        a page comes back short.

        查询语音训练任务列表

        Args:
            offset: 偏移量，表示从此偏移量开始查询。 取值范围： 0-2147483647 默认取值： 0
            limit: 每页显示的条目数量。 取值范围： 1-100 默认取值： 10
            create_until: 过滤创建时间<=输入时间的记录。
            create_since: 过滤创建时间>=输入时间的记录。
            state: 任务状态，默认所有状态。 可多个状态查询，使用英文逗号分隔。 如state=FAILED,WAITING
            job_id: 任务id。
            voice_name: 声音名称。
            tag: 任务标签。
            job_type: 训练类型。 • BASIC: 基础版(20句话) • MIDDLE: 进阶版(100句话) • ADVANCE: 高级版 • THIRD_PARTY: 第三方出门问问训练版 • THIRD_PARTY_LJZN:
                第三方逻辑智能训练版 • FLEXUS: Flexus版---用的是大模型特征提取
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        _offset: int = offset if isinstance(offset, int) else 0
        while True:
            _page = self.list_voice_training_jobs(
                offset=_offset,
                limit=limit,
                create_until=create_until,
                create_since=create_since,
                state=state,
                job_id=job_id,
                voice_name=voice_name,
                tag=tag,
                job_type=job_type,
                timeout=timeout,
                retries=retries,
                extra_headers=extra_headers,
            )
            _items, _next = next_page(_page, "jobs", "count", _offset, limit)
            yield from _items
            if _next is None:
                return
            _offset = _next

    def show_voice_training_job(
        self,
        job_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ShowVoiceTrainingJobResponse:
        """Show a voice training job

        查询语音训练任务详情

        Args:
            job_id: 任务id。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _show_voice_training_job.sync(self._owner.project_id, job_id, client=self._owner.client)

    def submit_voice_training_job(
        self,
        job_id: str,
        *,
        body: SubmitVoiceTrainingJobRequest | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Submit a voice training job

        提交训练任务,执行该接口后,任务会进入审核状态,审核完成后会等待训练。

        Args:
            job_id: 任务id。
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _submit_voice_training_job.sync(self._owner.project_id, job_id, body=body, client=self._owner.client)

    def delete_voice_training_job(
        self,
        job_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete a voice training job

        删除语音训练任务

        Args:
            job_id: 任务id。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _delete_voice_training_job.sync(self._owner.project_id, job_id, client=self._owner.client)

    def list_voice_training_job_op_logs(
        self,
        job_id: str,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 10,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ListVoiceTrainingJobOpLogsResponse:
        """List the operation logs of a voice training job

        查询任务操作日志

        Args:
            job_id: 任务id
            offset: 偏移量，表示从此偏移量开始查询。 取值范围: 0-2147483647 默认取值: 0
            limit: 每页显示的条目数量。 取值范围: 1-100 默认取值: 10
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _list_voice_training_job_op_logs.sync(
                self._owner.project_id, job_id, offset=offset, limit=limit, client=self._owner.client
            )

    def iter_list_voice_training_job_op_logs(
        self,
        job_id: str,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 10,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Iterator[OperationLogItem]:
        """Every item of `list_voice_training_job_op_logs` (`operations`), page after page from `offset`, until `count`
        is reached or a page comes back short.

        查询任务操作日志

        Args:
            job_id: 任务id
            offset: 偏移量，表示从此偏移量开始查询。 取值范围: 0-2147483647 默认取值: 0
            limit: 每页显示的条目数量。 取值范围: 1-100 默认取值: 10
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        _offset: int = offset if isinstance(offset, int) else 0
        while True:
            _page = self.list_voice_training_job_op_logs(
                job_id, offset=_offset, limit=limit, timeout=timeout, retries=retries, extra_headers=extra_headers
            )
            _items, _next = next_page(_page, "operations", "count", _offset, limit)
            yield from _items
            if _next is None:
                return
            _offset = _next

    def show_voice_training_job_uploading_address(
        self,
        job_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ShowVoiceTrainingJobUploadingAddressResponse:
        """Get the voice file upload addresses of a voice training job

        获取语音文件上传地址

        Args:
            job_id: 任务id。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _show_voice_training_job_uploading_address.sync(
                self._owner.project_id, job_id, client=self._owner.client
            )

    def show_voice_training_job_audit_result(
        self,
        job_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ShowVoiceTrainingJobAuditResultResponse:
        """Get the audit result of a voice training job

        获取语音训练任务审核结果。

        Args:
            job_id: 任务id。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _show_voice_training_job_audit_result.sync(self._owner.project_id, job_id, client=self._owner.client)

    def show_voice_training_segment_confirm_result(
        self,
        *,
        job_id: str,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ShowVoiceTrainingSegmentConfirmResultResponse:
        """Get the confirmed online recording segments

        获取在线录音确认结果。

        Args:
            job_id: 任务id。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _show_voice_training_segment_confirm_result.sync(
                self._owner.project_id, job_id=job_id, client=self._owner.client
            )

    def confirm_voice_training_segment(
        self,
        *,
        job_id: str,
        index: int,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ConfirmVoiceTrainingSegmentResponse:
        """Confirm an online recording segment

        确认在线录音结果。

        Args:
            job_id: 任务id。
            index: 语句索引。 取值范围： 0-1024
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _confirm_voice_training_segment.sync(
                self._owner.project_id, job_id=job_id, index=index, client=self._owner.client
            )


class VoiceTrainingJobsWithRawResponse:
    """Operations of tag `voice_training_jobs` returning the `httpx.Response` as received."""

    def __init__(self, owner: Owner) -> None:
        self._owner = owner

    def create_basic_voice_training_job(
        self,
        *,
        body: CreateBasicVoiceTrainingJobRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Create a basic voice training job

        用户创建语音训练基础版任务，该接口会返回一个obs上传地址，用于上传语音文件。 支持2种方式上传语音文件： 语音文件和文本文件打包成zip上传：语音文件已经切分成20个wav文件，每个语音文件对应一个txt文本文件，所有
        文件打包成zip文件。语音文件命名规则：0.wav~19.wav；文本文件命名规则：0.txt~19.txt。
        语音文件和文本文件逐句上传：每次上传一句语料的语音文件和文本文件，再调用“确认在线录音结果”接口确认语音和文本内容是否一致。确认成功后再上传和确认下一句。
        文件上传后，调用“提交语音训练任务”接口，启动审核和训练。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_create_basic_voice_training_job._get_kwargs(self._owner.project_id, body=body)
            )

    def create_middle_voice_training_job(
        self,
        *,
        body: CreateMiddleVoiceTrainingJobRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Create a middle-tier voice training job

        用户创建语音训练进阶版任务，该接口会返回一个obs上传地址，用于上传语音文件。 支持2种方式上传语音文件： 语音文件和文本文件打包成zip上传：语音文件已经切分成100个wav文件，每个语音文件对应一个txt文本文件，所
        有文件打包成zip文件。语音文件命名规则：0.wav~99.wav；文本文件命名规则：0.txt~99.txt。
        语音文件和文本文件逐句上传：每次上传一句语料的语音文件和文本文件，再调用“确认在线录音结果”接口确认语音和文本内容是否一致。确认成功后再上传和确认下一句。
        文件上传后，调用“提交语音训练任务”接口，启动审核和训练。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_create_middle_voice_training_job._get_kwargs(self._owner.project_id, body=body)
            )

    def create_advance_voice_training_job(
        self,
        *,
        body: CreateAdvanceVoiceTrainingJobRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Create an advance-tier voice training job

        用户创建语音训练高级版任务，该接口会返回一个obs上传地址，用于上传语音文件。语音文件为一段WAV格式的长音频文件，仅支持将语音文件打包成zip压缩格式上传。文件上传后，调用“提交语音训练任务”接口，启动审核和训练。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_create_advance_voice_training_job._get_kwargs(self._owner.project_id, body=body)
            )

    def list_voice_training_jobs(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 10,
        create_until: str | Unset = UNSET,
        create_since: str | Unset = UNSET,
        state: str | Unset = UNSET,
        job_id: str | Unset = UNSET,
        voice_name: str | Unset = UNSET,
        tag: str | Unset = UNSET,
        job_type: ListVoiceTrainingJobsJobType | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """List voice training jobs

        查询语音训练任务列表

        Args:
            offset: 偏移量，表示从此偏移量开始查询。 取值范围： 0-2147483647 默认取值： 0
            limit: 每页显示的条目数量。 取值范围： 1-100 默认取值： 10
            create_until: 过滤创建时间<=输入时间的记录。
            create_since: 过滤创建时间>=输入时间的记录。
            state: 任务状态，默认所有状态。 可多个状态查询，使用英文逗号分隔。 如state=FAILED,WAITING
            job_id: 任务id。
            voice_name: 声音名称。
            tag: 任务标签。
            job_type: 训练类型。 • BASIC: 基础版(20句话) • MIDDLE: 进阶版(100句话) • ADVANCE: 高级版 • THIRD_PARTY: 第三方出门问问训练版 • THIRD_PARTY_LJZN:
                第三方逻辑智能训练版 • FLEXUS: Flexus版---用的是大模型特征提取
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_list_voice_training_jobs._get_kwargs(
                    self._owner.project_id,
                    offset=offset,
                    limit=limit,
                    create_until=create_until,
                    create_since=create_since,
                    state=state,
                    job_id=job_id,
                    voice_name=voice_name,
                    tag=tag,
                    job_type=job_type,
                )
            )

    def show_voice_training_job(
        self,
        job_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Show a voice training job

        查询语音训练任务详情

        Args:
            job_id: 任务id。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_show_voice_training_job._get_kwargs(self._owner.project_id, job_id)
            )

    def submit_voice_training_job(
        self,
        job_id: str,
        *,
        body: SubmitVoiceTrainingJobRequest | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Submit a voice training job

        提交训练任务,执行该接口后,任务会进入审核状态,审核完成后会等待训练。

        Args:
            job_id: 任务id。
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_submit_voice_training_job._get_kwargs(self._owner.project_id, job_id, body=body)
            )

    def delete_voice_training_job(
        self,
        job_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Delete a voice training job

        删除语音训练任务

        Args:
            job_id: 任务id。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_delete_voice_training_job._get_kwargs(self._owner.project_id, job_id)
            )

    def list_voice_training_job_op_logs(
        self,
        job_id: str,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 10,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """List the operation logs of a voice training job

        查询任务操作日志

        Args:
            job_id: 任务id
            offset: 偏移量，表示从此偏移量开始查询。 取值范围: 0-2147483647 默认取值: 0
            limit: 每页显示的条目数量。 取值范围: 1-100 默认取值: 10
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_list_voice_training_job_op_logs._get_kwargs(
                    self._owner.project_id, job_id, offset=offset, limit=limit
                )
            )

    def show_voice_training_job_uploading_address(
        self,
        job_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Get the voice file upload addresses of a voice training job

        获取语音文件上传地址

        Args:
            job_id: 任务id。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_show_voice_training_job_uploading_address._get_kwargs(self._owner.project_id, job_id)
            )

    def show_voice_training_job_audit_result(
        self,
        job_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Get the audit result of a voice training job

        获取语音训练任务审核结果。

        Args:
            job_id: 任务id。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_show_voice_training_job_audit_result._get_kwargs(self._owner.project_id, job_id)
            )

    def show_voice_training_segment_confirm_result(
        self,
        *,
        job_id: str,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Get the confirmed online recording segments

        获取在线录音确认结果。

        Args:
            job_id: 任务id。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_show_voice_training_segment_confirm_result._get_kwargs(self._owner.project_id, job_id=job_id)
            )

    def confirm_voice_training_segment(
        self,
        *,
        job_id: str,
        index: int,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Confirm an online recording segment

        确认在线录音结果。

        Args:
            job_id: 任务id。
            index: 语句索引。 取值范围： 0-1024
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_confirm_voice_training_segment._get_kwargs(self._owner.project_id, job_id=job_id, index=index)
            )


class AsyncVoiceTrainingJobs:
    """Operations of tag `voice_training_jobs` (asyncio): one method per operation id."""

    def __init__(self, owner: Owner) -> None:
        self._owner = owner

    @cached_property
    def with_raw_response(self) -> "AsyncVoiceTrainingJobsWithRawResponse":
        """The same operations returning the `httpx.Response` as received (errors are raised as usual)."""
        return AsyncVoiceTrainingJobsWithRawResponse(self._owner)

    async def create_basic_voice_training_job(
        self,
        *,
        body: CreateBasicVoiceTrainingJobRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CreateBasicVoiceTrainingJobResponse:
        """Create a basic voice training job

        用户创建语音训练基础版任务，该接口会返回一个obs上传地址，用于上传语音文件。 支持2种方式上传语音文件： 语音文件和文本文件打包成zip上传：语音文件已经切分成20个wav文件，每个语音文件对应一个txt文本文件，所有
        文件打包成zip文件。语音文件命名规则：0.wav~19.wav；文本文件命名规则：0.txt~19.txt。
        语音文件和文本文件逐句上传：每次上传一句语料的语音文件和文本文件，再调用“确认在线录音结果”接口确认语音和文本内容是否一致。确认成功后再上传和确认下一句。
        文件上传后，调用“提交语音训练任务”接口，启动审核和训练。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _create_basic_voice_training_job.asyncio(
                self._owner.project_id, body=body, client=self._owner.client
            )

    async def create_middle_voice_training_job(
        self,
        *,
        body: CreateMiddleVoiceTrainingJobRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CreateMiddleVoiceTrainingJobResponse:
        """Create a middle-tier voice training job

        用户创建语音训练进阶版任务，该接口会返回一个obs上传地址，用于上传语音文件。 支持2种方式上传语音文件： 语音文件和文本文件打包成zip上传：语音文件已经切分成100个wav文件，每个语音文件对应一个txt文本文件，所
        有文件打包成zip文件。语音文件命名规则：0.wav~99.wav；文本文件命名规则：0.txt~99.txt。
        语音文件和文本文件逐句上传：每次上传一句语料的语音文件和文本文件，再调用“确认在线录音结果”接口确认语音和文本内容是否一致。确认成功后再上传和确认下一句。
        文件上传后，调用“提交语音训练任务”接口，启动审核和训练。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _create_middle_voice_training_job.asyncio(
                self._owner.project_id, body=body, client=self._owner.client
            )

    async def create_advance_voice_training_job(
        self,
        *,
        body: CreateAdvanceVoiceTrainingJobRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CreateAdvanceVoiceTrainingJobResponse:
        """Create an advance-tier voice training job

        用户创建语音训练高级版任务，该接口会返回一个obs上传地址，用于上传语音文件。语音文件为一段WAV格式的长音频文件，仅支持将语音文件打包成zip压缩格式上传。文件上传后，调用“提交语音训练任务”接口，启动审核和训练。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _create_advance_voice_training_job.asyncio(
                self._owner.project_id, body=body, client=self._owner.client
            )

    async def list_voice_training_jobs(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 10,
        create_until: str | Unset = UNSET,
        create_since: str | Unset = UNSET,
        state: str | Unset = UNSET,
        job_id: str | Unset = UNSET,
        voice_name: str | Unset = UNSET,
        tag: str | Unset = UNSET,
        job_type: ListVoiceTrainingJobsJobType | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ListVoiceTrainingJobsResponse:
        """List voice training jobs

        查询语音训练任务列表

        Args:
            offset: 偏移量，表示从此偏移量开始查询。 取值范围： 0-2147483647 默认取值： 0
            limit: 每页显示的条目数量。 取值范围： 1-100 默认取值： 10
            create_until: 过滤创建时间<=输入时间的记录。
            create_since: 过滤创建时间>=输入时间的记录。
            state: 任务状态，默认所有状态。 可多个状态查询，使用英文逗号分隔。 如state=FAILED,WAITING
            job_id: 任务id。
            voice_name: 声音名称。
            tag: 任务标签。
            job_type: 训练类型。 • BASIC: 基础版(20句话) • MIDDLE: 进阶版(100句话) • ADVANCE: 高级版 • THIRD_PARTY: 第三方出门问问训练版 • THIRD_PARTY_LJZN:
                第三方逻辑智能训练版 • FLEXUS: Flexus版---用的是大模型特征提取
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _list_voice_training_jobs.asyncio(
                self._owner.project_id,
                offset=offset,
                limit=limit,
                create_until=create_until,
                create_since=create_since,
                state=state,
                job_id=job_id,
                voice_name=voice_name,
                tag=tag,
                job_type=job_type,
                client=self._owner.client,
            )

    async def iter_list_voice_training_jobs(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 10,
        create_until: str | Unset = UNSET,
        create_since: str | Unset = UNSET,
        state: str | Unset = UNSET,
        job_id: str | Unset = UNSET,
        voice_name: str | Unset = UNSET,
        tag: str | Unset = UNSET,
        job_type: ListVoiceTrainingJobsJobType | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncIterator[TrainingJobInfo]:
        """Every item of `list_voice_training_jobs` (`jobs`), page after page from `offset`, until `count` is reached or
        a page comes back short.

        查询语音训练任务列表

        Args:
            offset: 偏移量，表示从此偏移量开始查询。 取值范围： 0-2147483647 默认取值： 0
            limit: 每页显示的条目数量。 取值范围： 1-100 默认取值： 10
            create_until: 过滤创建时间<=输入时间的记录。
            create_since: 过滤创建时间>=输入时间的记录。
            state: 任务状态，默认所有状态。 可多个状态查询，使用英文逗号分隔。 如state=FAILED,WAITING
            job_id: 任务id。
            voice_name: 声音名称。
            tag: 任务标签。
            job_type: 训练类型。 • BASIC: 基础版(20句话) • MIDDLE: 进阶版(100句话) • ADVANCE: 高级版 • THIRD_PARTY: 第三方出门问问训练版 • THIRD_PARTY_LJZN:
                第三方逻辑智能训练版 • FLEXUS: Flexus版---用的是大模型特征提取
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        _offset: int = offset if isinstance(offset, int) else 0
        while True:
            _page = await self.list_voice_training_jobs(
                offset=_offset,
                limit=limit,
                create_until=create_until,
                create_since=create_since,
                state=state,
                job_id=job_id,
                voice_name=voice_name,
                tag=tag,
                job_type=job_type,
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

    async def show_voice_training_job(
        self,
        job_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ShowVoiceTrainingJobResponse:
        """Show a voice training job

        查询语音训练任务详情

        Args:
            job_id: 任务id。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _show_voice_training_job.asyncio(self._owner.project_id, job_id, client=self._owner.client)

    async def submit_voice_training_job(
        self,
        job_id: str,
        *,
        body: SubmitVoiceTrainingJobRequest | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Submit a voice training job

        提交训练任务,执行该接口后,任务会进入审核状态,审核完成后会等待训练。

        Args:
            job_id: 任务id。
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _submit_voice_training_job.asyncio(
                self._owner.project_id, job_id, body=body, client=self._owner.client
            )

    async def delete_voice_training_job(
        self,
        job_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete a voice training job

        删除语音训练任务

        Args:
            job_id: 任务id。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _delete_voice_training_job.asyncio(self._owner.project_id, job_id, client=self._owner.client)

    async def list_voice_training_job_op_logs(
        self,
        job_id: str,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 10,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ListVoiceTrainingJobOpLogsResponse:
        """List the operation logs of a voice training job

        查询任务操作日志

        Args:
            job_id: 任务id
            offset: 偏移量，表示从此偏移量开始查询。 取值范围: 0-2147483647 默认取值: 0
            limit: 每页显示的条目数量。 取值范围: 1-100 默认取值: 10
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _list_voice_training_job_op_logs.asyncio(
                self._owner.project_id, job_id, offset=offset, limit=limit, client=self._owner.client
            )

    async def iter_list_voice_training_job_op_logs(
        self,
        job_id: str,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 10,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncIterator[OperationLogItem]:
        """Every item of `list_voice_training_job_op_logs` (`operations`), page after page from `offset`, until `count`
        is reached or a page comes back short.

        查询任务操作日志

        Args:
            job_id: 任务id
            offset: 偏移量，表示从此偏移量开始查询。 取值范围: 0-2147483647 默认取值: 0
            limit: 每页显示的条目数量。 取值范围: 1-100 默认取值: 10
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        _offset: int = offset if isinstance(offset, int) else 0
        while True:
            _page = await self.list_voice_training_job_op_logs(
                job_id, offset=_offset, limit=limit, timeout=timeout, retries=retries, extra_headers=extra_headers
            )
            _items, _next = next_page(_page, "operations", "count", _offset, limit)
            for _item in _items:
                yield _item
            if _next is None:
                return
            _offset = _next

    async def show_voice_training_job_uploading_address(
        self,
        job_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ShowVoiceTrainingJobUploadingAddressResponse:
        """Get the voice file upload addresses of a voice training job

        获取语音文件上传地址

        Args:
            job_id: 任务id。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _show_voice_training_job_uploading_address.asyncio(
                self._owner.project_id, job_id, client=self._owner.client
            )

    async def show_voice_training_job_audit_result(
        self,
        job_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ShowVoiceTrainingJobAuditResultResponse:
        """Get the audit result of a voice training job

        获取语音训练任务审核结果。

        Args:
            job_id: 任务id。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _show_voice_training_job_audit_result.asyncio(
                self._owner.project_id, job_id, client=self._owner.client
            )

    async def show_voice_training_segment_confirm_result(
        self,
        *,
        job_id: str,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ShowVoiceTrainingSegmentConfirmResultResponse:
        """Get the confirmed online recording segments

        获取在线录音确认结果。

        Args:
            job_id: 任务id。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _show_voice_training_segment_confirm_result.asyncio(
                self._owner.project_id, job_id=job_id, client=self._owner.client
            )

    async def confirm_voice_training_segment(
        self,
        *,
        job_id: str,
        index: int,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ConfirmVoiceTrainingSegmentResponse:
        """Confirm an online recording segment

        确认在线录音结果。

        Args:
            job_id: 任务id。
            index: 语句索引。 取值范围： 0-1024
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _confirm_voice_training_segment.asyncio(
                self._owner.project_id, job_id=job_id, index=index, client=self._owner.client
            )


class AsyncVoiceTrainingJobsWithRawResponse:
    """Operations of tag `voice_training_jobs` (asyncio) returning the `httpx.Response` as received."""

    def __init__(self, owner: Owner) -> None:
        self._owner = owner

    async def create_basic_voice_training_job(
        self,
        *,
        body: CreateBasicVoiceTrainingJobRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Create a basic voice training job

        用户创建语音训练基础版任务，该接口会返回一个obs上传地址，用于上传语音文件。 支持2种方式上传语音文件： 语音文件和文本文件打包成zip上传：语音文件已经切分成20个wav文件，每个语音文件对应一个txt文本文件，所有
        文件打包成zip文件。语音文件命名规则：0.wav~19.wav；文本文件命名规则：0.txt~19.txt。
        语音文件和文本文件逐句上传：每次上传一句语料的语音文件和文本文件，再调用“确认在线录音结果”接口确认语音和文本内容是否一致。确认成功后再上传和确认下一句。
        文件上传后，调用“提交语音训练任务”接口，启动审核和训练。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_create_basic_voice_training_job._get_kwargs(self._owner.project_id, body=body)
            )

    async def create_middle_voice_training_job(
        self,
        *,
        body: CreateMiddleVoiceTrainingJobRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Create a middle-tier voice training job

        用户创建语音训练进阶版任务，该接口会返回一个obs上传地址，用于上传语音文件。 支持2种方式上传语音文件： 语音文件和文本文件打包成zip上传：语音文件已经切分成100个wav文件，每个语音文件对应一个txt文本文件，所
        有文件打包成zip文件。语音文件命名规则：0.wav~99.wav；文本文件命名规则：0.txt~99.txt。
        语音文件和文本文件逐句上传：每次上传一句语料的语音文件和文本文件，再调用“确认在线录音结果”接口确认语音和文本内容是否一致。确认成功后再上传和确认下一句。
        文件上传后，调用“提交语音训练任务”接口，启动审核和训练。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_create_middle_voice_training_job._get_kwargs(self._owner.project_id, body=body)
            )

    async def create_advance_voice_training_job(
        self,
        *,
        body: CreateAdvanceVoiceTrainingJobRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Create an advance-tier voice training job

        用户创建语音训练高级版任务，该接口会返回一个obs上传地址，用于上传语音文件。语音文件为一段WAV格式的长音频文件，仅支持将语音文件打包成zip压缩格式上传。文件上传后，调用“提交语音训练任务”接口，启动审核和训练。

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_create_advance_voice_training_job._get_kwargs(self._owner.project_id, body=body)
            )

    async def list_voice_training_jobs(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 10,
        create_until: str | Unset = UNSET,
        create_since: str | Unset = UNSET,
        state: str | Unset = UNSET,
        job_id: str | Unset = UNSET,
        voice_name: str | Unset = UNSET,
        tag: str | Unset = UNSET,
        job_type: ListVoiceTrainingJobsJobType | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """List voice training jobs

        查询语音训练任务列表

        Args:
            offset: 偏移量，表示从此偏移量开始查询。 取值范围： 0-2147483647 默认取值： 0
            limit: 每页显示的条目数量。 取值范围： 1-100 默认取值： 10
            create_until: 过滤创建时间<=输入时间的记录。
            create_since: 过滤创建时间>=输入时间的记录。
            state: 任务状态，默认所有状态。 可多个状态查询，使用英文逗号分隔。 如state=FAILED,WAITING
            job_id: 任务id。
            voice_name: 声音名称。
            tag: 任务标签。
            job_type: 训练类型。 • BASIC: 基础版(20句话) • MIDDLE: 进阶版(100句话) • ADVANCE: 高级版 • THIRD_PARTY: 第三方出门问问训练版 • THIRD_PARTY_LJZN:
                第三方逻辑智能训练版 • FLEXUS: Flexus版---用的是大模型特征提取
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_list_voice_training_jobs._get_kwargs(
                    self._owner.project_id,
                    offset=offset,
                    limit=limit,
                    create_until=create_until,
                    create_since=create_since,
                    state=state,
                    job_id=job_id,
                    voice_name=voice_name,
                    tag=tag,
                    job_type=job_type,
                )
            )

    async def show_voice_training_job(
        self,
        job_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Show a voice training job

        查询语音训练任务详情

        Args:
            job_id: 任务id。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_show_voice_training_job._get_kwargs(self._owner.project_id, job_id)
            )

    async def submit_voice_training_job(
        self,
        job_id: str,
        *,
        body: SubmitVoiceTrainingJobRequest | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Submit a voice training job

        提交训练任务,执行该接口后,任务会进入审核状态,审核完成后会等待训练。

        Args:
            job_id: 任务id。
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_submit_voice_training_job._get_kwargs(self._owner.project_id, job_id, body=body)
            )

    async def delete_voice_training_job(
        self,
        job_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Delete a voice training job

        删除语音训练任务

        Args:
            job_id: 任务id。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_delete_voice_training_job._get_kwargs(self._owner.project_id, job_id)
            )

    async def list_voice_training_job_op_logs(
        self,
        job_id: str,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 10,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """List the operation logs of a voice training job

        查询任务操作日志

        Args:
            job_id: 任务id
            offset: 偏移量，表示从此偏移量开始查询。 取值范围: 0-2147483647 默认取值: 0
            limit: 每页显示的条目数量。 取值范围: 1-100 默认取值: 10
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_list_voice_training_job_op_logs._get_kwargs(
                    self._owner.project_id, job_id, offset=offset, limit=limit
                )
            )

    async def show_voice_training_job_uploading_address(
        self,
        job_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Get the voice file upload addresses of a voice training job

        获取语音文件上传地址

        Args:
            job_id: 任务id。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_show_voice_training_job_uploading_address._get_kwargs(self._owner.project_id, job_id)
            )

    async def show_voice_training_job_audit_result(
        self,
        job_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Get the audit result of a voice training job

        获取语音训练任务审核结果。

        Args:
            job_id: 任务id。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_show_voice_training_job_audit_result._get_kwargs(self._owner.project_id, job_id)
            )

    async def show_voice_training_segment_confirm_result(
        self,
        *,
        job_id: str,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Get the confirmed online recording segments

        获取在线录音确认结果。

        Args:
            job_id: 任务id。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_show_voice_training_segment_confirm_result._get_kwargs(self._owner.project_id, job_id=job_id)
            )

    async def confirm_voice_training_segment(
        self,
        *,
        job_id: str,
        index: int,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Confirm an online recording segment

        确认在线录音结果。

        Args:
            job_id: 任务id。
            index: 语句索引。 取值范围： 0-1024
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_confirm_voice_training_segment._get_kwargs(self._owner.project_id, job_id=job_id, index=index)
            )
