from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.show_digital_human_model_training_job_response_audio_source_type import (
    ShowDigitalHumanModelTrainingJobResponseAudioSourceType,
)
from ..models.show_digital_human_model_training_job_response_matting_type import (
    ShowDigitalHumanModelTrainingJobResponseMattingType,
)
from ..models.show_digital_human_model_training_job_response_model_resolution import (
    ShowDigitalHumanModelTrainingJobResponseModelResolution,
)
from ..models.show_digital_human_model_training_job_response_model_version import (
    ShowDigitalHumanModelTrainingJobResponseModelVersion,
)
from ..models.show_digital_human_model_training_job_response_state import ShowDigitalHumanModelTrainingJobResponseState
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.action_sample_info import ActionSampleInfo
    from ..models.comment_log_info import CommentLogInfo
    from ..models.inference_action_mark_info import InferenceActionMarkInfo
    from ..models.inference_eye_correction_mark_info import InferenceEyeCorrectionMarkInfo
    from ..models.inference_video_mark_info import InferenceVideoMarkInfo
    from ..models.operation_log_info import OperationLogInfo
    from ..models.training_allocated_resource import TrainingAllocatedResource
    from ..models.training_video_mark_info import TrainingVideoMarkInfo
    from ..models.verify_video_matting_info import VerifyVideoMattingInfo


T = TypeVar("T", bound="ShowDigitalHumanModelTrainingJobResponse")


@_attrs_define
class ShowDigitalHumanModelTrainingJobResponse:
    """表 8-20 响应 Body 参数

    Attributes:
        job_id (str | Unset): 任务ID。
        name (str | Unset): 分身数字人模型名称。该名称会作为资产库中分身数字人模型资产名称。
        state (ShowDigitalHumanModelTrainingJobResponseState | Unset): 任务的状态。 与MetaStudio Console上用户看到的状态映射关系如下： ● 待提交 -
            WAIT_FILE_UPLOAD: 待上传文件 ● 系统审核中 - AUTO_VERIFYING: 自动审核中 - MANUAL_VERIFYING: 人工审核中 ● 系统审核未通过 -
            AUTO_VERIFY_FAILED: 自动审核失败 - MANUAL_VERIFY_FAILED: 人工审核失败 ● 算法训练中 说明 算法训练中的状态仅管理员需要处理，普通用户仅需要显示“算法训练中”即可。 -
            MANUAL_VERIFY_SUCCESS: 审核通过，等待预处理资源 - WAIT_TRAINING_DATA_PREPROCESS: 等待训练数据预处理 - TRAINING_DATA_PREPROCESSING:
            训练数据预处理中 - TRAINING_DATA_PREPROCESS_FAILED: 训练数据预处理失败 - TRAINING_DATA_PREPROCESS_SUCCESS: 训练数据预处理完成，等待训练资源中 -
            TRAINING: 训练中 - TRAIN_FAILED: 训练失败 - TRAIN_SUCCESS: 训练完成，等待预处理资源 - INFERENCE_DATA_PREPROCESSING: 推理数据预处理中 -
            INFERENCE_DATA_PREPROCESS_FAILED: 推理数据预处理失败 - WAIT_MAIN_FILE_UPLOAD: 等待主文件上传 -
            MANUAL_STOP_INFERENCE_DATA_PREPROCESS: 人工中止推理预处理 - MANUAL_STOP_TRAIN: 人工中止训练 -
            MANUAL_STOP_TRAINING_DATA_PREPROCESS: 人工中止训练预处理 - WAIT_ADMIN_CONFIRM: 等待管理员审核 - WAIT_COMPILE: 等待转编译 - COMPILING:
            转编译中 - COMPILE_FAILED: 转编译失败 - WAIT_GENERATE_ACTION: 等待原子动作生成 - WAIT_ARRANGE: 等待编排 -
            ACTION_GENERATE_DATA_PROCESSING: 原子动作生成中 - MANUAL_STOP_ACTION_GENERATE_DATA_PROCESSING: 人工中止动作生成 -
            MANUAL_STOP_ACTION_GENERATE_ORI_PROCESSING: 人工中止动作编排 - ACTION_GENERATE_ORI_PROCESSING: 动作编排中 -
            ACTION_GENERATE_DATA_FAILED: 动作生成失败 - ACTION_GENERATE_ORI_FAILED: 生成动作编排资产失败 - ACTION_GENERATE_ORI_SUCCESS:
            动作编排成功 - GENERATE_ACTION_PREPROCESS_FAILED: 生成动作编排原子动作失败 - WAIT_ADMIN_CALIBRATION: 等待管理员确认动作信息 -
            WAIT_ASSET_SYNC: 等待资产同步 ● 待用户审核, 仅NA白名单用户有该状态 - WAIT_USER_CONFIRM: 等待用户确认训练效果 ● 用户驳回, 仅NA白名单用户有该状态 - JOB_REJECT:
            驳回任务 ● 已完成 - JOB_SUCCESS: 训练任务完成 (普通用户任务的完成状态, 此时用户已经可以使用模型) - JOB_FINISH: 任务结束, 是最终状态, 不支持修改此状态(NA用户任务的完成状态,
            并且此状态表明模型效果已通过用户的验收) ● 挂起, 仅NA白名单用户有该状态 - JOB_PENDING: 挂起任务
        asset_id (str | Unset): 模型资产ID。
        project_id (str | Unset): 模型资产所属项目ID。
        cover_download_url (str | Unset): 分身数字人模型封面下载URL。URL有效期24小时。
        last_update_time (datetime.datetime | Unset): 用户最近一次更新任务的时间（包括租户创建或者重新提交），格式遵循：RFC 3339。例“2020-07-30T10:43:17Z”
        create_time (datetime.datetime | Unset): 创建时间，格式遵循：RFC 3339。例“2020-07-30T10:43:17Z”
        contact (str | Unset): 分身数字人训练任务创建者的手机号。
        batch_name (str | Unset): 分身数字人训练任务的批次名称。
        tags (list[str] | Unset): 分身数字人训练任务标签。
        model_version (ShowDigitalHumanModelTrainingJobResponseModelVersion | Unset): 分身数字人模型版本。默认是V3.2版本模型。 • V3.2:
            V3.2版本模型 说明 • V3和V2版本已废弃不用 取值范围: 0-64 默认取值: V3.2 Default:
            ShowDigitalHumanModelTrainingJobResponseModelVersion.V3_2.
        matting_type (ShowDigitalHumanModelTrainingJobResponseMattingType | Unset): 抠图类型。默认是AI。 • AI: AI抠图 • MANUAL:
            人工抠图 默认取值: AI Default: ShowDigitalHumanModelTrainingJobResponseMattingType.AI.
        model_resolution (ShowDigitalHumanModelTrainingJobResponseModelResolution | Unset): 分身数字人模型分辨率。默认是1080P。 •
            1080P: 1080P。支持1080P及720P的视频输出。 • 4K: 4K。支持4K、1080P及720P的视频输出。 默认取值: 1080P Default:
            ShowDigitalHumanModelTrainingJobResponseModelResolution.VALUE_0.
        app_user_id (str | Unset): 自定义用户id（如创建任务时设置了X-App-UserId则会携带）。
        is_flexus (bool | Unset): 是否是基础版的形象训练
        is_only_human_model (bool | Unset): 是否只训练形象模型，不训练声音模型。仅 Flexus 版本时有效，默认 false。 默认取值： false Default: False.
        training_video_download_url (str | Unset): 分身数字人训练视频下载 URL。24 小时内有效。
        id_card_image_1_download_url (str | Unset): 身份证正面照片下载 URL。24 小时内有效。
        id_card_image_2_download_url (str | Unset): 身份证反面照片下载 URL。24 小时内有效。
        grant_file_download_url (str | Unset): 授权书下载 URL。24 小时内有效。
        pre_beauty_image_download_url (str | Unset): 美白前图片下载 url。
        action_video_download_url (str | Unset): 动作视频
        post_beauty_image_download_url (str | Unset): 美白后图片下载 url。
        audio_file_download_url (str | Unset): 音频文件下载 url。
        operation_logs (list[OperationLogInfo] | Unset): 操作日志列表。
        verify_video_matting_info (list[VerifyVideoMattingInfo] | Unset): 生成抠图验证视频时不抠图区域。
        comment_logs (list[CommentLogInfo] | Unset): 评论记录列表。
        samples (list[ActionSampleInfo] | Unset): 动作视频样例。
        is_mask_file_uploaded (bool | Unset): 遮罩文件是否已上传。
        mask_file_download_url (str | Unset): 遮罩下载URL。24小时内有效。
        verify_video_download_url (str | Unset): 制作审核视频
        markable_video_download_url (str | Unset): 标注视频url下载链接。24小时内有效。
        training_video_mark_info (TrainingVideoMarkInfo | Unset): 表 8-25 TrainingVideoMarkInfo
        inference_data_process_video_mark_info (InferenceVideoMarkInfo | Unset): 表 8-26 InferenceVideoMarkInfo
        inference_data_process_action_mark_info (InferenceActionMarkInfo | Unset): 表 8-27 InferenceActionMarkInfo
        inference_data_process_chat_action_mark_info (InferenceActionMarkInfo | Unset): 表 8-27 InferenceActionMarkInfo
        inference_data_process_eye_correction_mark_info (InferenceEyeCorrectionMarkInfo | Unset): 表 8-29
            InferenceEyeCorrectionMarkInfo
        is_background_replacement (bool | Unset): 分身数字人是否需要背景替换。需要背景替换的分身数字人训练视频需要绿幕拍摄。 默认取值: true Default: True.
        worker_type (list[str] | Unset): 转编译任务机型
        beauty_level (int | Unset): 美白等级。默认值0，不美白。 取值范围: 0-3 Default: 0.
        voice_train_job_id (str | Unset): 声音训练任务id。
        flexus_retry_count (int | Unset): flexus版本任务剩余可以重训的次数，每重训一次减1，减到0时不可再重训。 取值范围: 0-10
        audio_source_type (ShowDigitalHumanModelTrainingJobResponseAudioSourceType | Unset): 声音来源类型 • VIDEO: 视频中抽取音频 •
            AUDIO: 单独上传的音频
        supported_service (list[str] | Unset): 该任务所生成的模型支持的业务类型，可多选 默认取值: [VIDEO_2D,LIVE_2D]
        allocated_resource (TrainingAllocatedResource | Unset): 表 8-30 TrainingAllocatedResource
    """

    job_id: str | Unset = UNSET
    name: str | Unset = UNSET
    state: ShowDigitalHumanModelTrainingJobResponseState | Unset = UNSET
    asset_id: str | Unset = UNSET
    project_id: str | Unset = UNSET
    cover_download_url: str | Unset = UNSET
    last_update_time: datetime.datetime | Unset = UNSET
    create_time: datetime.datetime | Unset = UNSET
    contact: str | Unset = UNSET
    batch_name: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    model_version: ShowDigitalHumanModelTrainingJobResponseModelVersion | Unset = (
        ShowDigitalHumanModelTrainingJobResponseModelVersion.V3_2
    )
    matting_type: ShowDigitalHumanModelTrainingJobResponseMattingType | Unset = (
        ShowDigitalHumanModelTrainingJobResponseMattingType.AI
    )
    model_resolution: ShowDigitalHumanModelTrainingJobResponseModelResolution | Unset = (
        ShowDigitalHumanModelTrainingJobResponseModelResolution.VALUE_0
    )
    app_user_id: str | Unset = UNSET
    is_flexus: bool | Unset = UNSET
    is_only_human_model: bool | Unset = False
    training_video_download_url: str | Unset = UNSET
    id_card_image_1_download_url: str | Unset = UNSET
    id_card_image_2_download_url: str | Unset = UNSET
    grant_file_download_url: str | Unset = UNSET
    pre_beauty_image_download_url: str | Unset = UNSET
    action_video_download_url: str | Unset = UNSET
    post_beauty_image_download_url: str | Unset = UNSET
    audio_file_download_url: str | Unset = UNSET
    operation_logs: list[OperationLogInfo] | Unset = UNSET
    verify_video_matting_info: list[VerifyVideoMattingInfo] | Unset = UNSET
    comment_logs: list[CommentLogInfo] | Unset = UNSET
    samples: list[ActionSampleInfo] | Unset = UNSET
    is_mask_file_uploaded: bool | Unset = UNSET
    mask_file_download_url: str | Unset = UNSET
    verify_video_download_url: str | Unset = UNSET
    markable_video_download_url: str | Unset = UNSET
    training_video_mark_info: TrainingVideoMarkInfo | Unset = UNSET
    inference_data_process_video_mark_info: InferenceVideoMarkInfo | Unset = UNSET
    inference_data_process_action_mark_info: InferenceActionMarkInfo | Unset = UNSET
    inference_data_process_chat_action_mark_info: InferenceActionMarkInfo | Unset = UNSET
    inference_data_process_eye_correction_mark_info: InferenceEyeCorrectionMarkInfo | Unset = UNSET
    is_background_replacement: bool | Unset = True
    worker_type: list[str] | Unset = UNSET
    beauty_level: int | Unset = 0
    voice_train_job_id: str | Unset = UNSET
    flexus_retry_count: int | Unset = UNSET
    audio_source_type: ShowDigitalHumanModelTrainingJobResponseAudioSourceType | Unset = UNSET
    supported_service: list[str] | Unset = UNSET
    allocated_resource: TrainingAllocatedResource | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_id = self.job_id

        name = self.name

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        asset_id = self.asset_id

        project_id = self.project_id

        cover_download_url = self.cover_download_url

        last_update_time: str | Unset = UNSET
        if not isinstance(self.last_update_time, Unset):
            last_update_time = self.last_update_time.isoformat()

        create_time: str | Unset = UNSET
        if not isinstance(self.create_time, Unset):
            create_time = self.create_time.isoformat()

        contact = self.contact

        batch_name = self.batch_name

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        model_version: str | Unset = UNSET
        if not isinstance(self.model_version, Unset):
            model_version = self.model_version.value

        matting_type: str | Unset = UNSET
        if not isinstance(self.matting_type, Unset):
            matting_type = self.matting_type.value

        model_resolution: str | Unset = UNSET
        if not isinstance(self.model_resolution, Unset):
            model_resolution = self.model_resolution.value

        app_user_id = self.app_user_id

        is_flexus = self.is_flexus

        is_only_human_model = self.is_only_human_model

        training_video_download_url = self.training_video_download_url

        id_card_image_1_download_url = self.id_card_image_1_download_url

        id_card_image_2_download_url = self.id_card_image_2_download_url

        grant_file_download_url = self.grant_file_download_url

        pre_beauty_image_download_url = self.pre_beauty_image_download_url

        action_video_download_url = self.action_video_download_url

        post_beauty_image_download_url = self.post_beauty_image_download_url

        audio_file_download_url = self.audio_file_download_url

        operation_logs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.operation_logs, Unset):
            operation_logs = []
            for operation_logs_item_data in self.operation_logs:
                operation_logs_item = operation_logs_item_data.to_dict()
                operation_logs.append(operation_logs_item)

        verify_video_matting_info: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.verify_video_matting_info, Unset):
            verify_video_matting_info = []
            for verify_video_matting_info_item_data in self.verify_video_matting_info:
                verify_video_matting_info_item = verify_video_matting_info_item_data.to_dict()
                verify_video_matting_info.append(verify_video_matting_info_item)

        comment_logs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.comment_logs, Unset):
            comment_logs = []
            for comment_logs_item_data in self.comment_logs:
                comment_logs_item = comment_logs_item_data.to_dict()
                comment_logs.append(comment_logs_item)

        samples: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.samples, Unset):
            samples = []
            for samples_item_data in self.samples:
                samples_item = samples_item_data.to_dict()
                samples.append(samples_item)

        is_mask_file_uploaded = self.is_mask_file_uploaded

        mask_file_download_url = self.mask_file_download_url

        verify_video_download_url = self.verify_video_download_url

        markable_video_download_url = self.markable_video_download_url

        training_video_mark_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.training_video_mark_info, Unset):
            training_video_mark_info = self.training_video_mark_info.to_dict()

        inference_data_process_video_mark_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inference_data_process_video_mark_info, Unset):
            inference_data_process_video_mark_info = self.inference_data_process_video_mark_info.to_dict()

        inference_data_process_action_mark_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inference_data_process_action_mark_info, Unset):
            inference_data_process_action_mark_info = self.inference_data_process_action_mark_info.to_dict()

        inference_data_process_chat_action_mark_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inference_data_process_chat_action_mark_info, Unset):
            inference_data_process_chat_action_mark_info = self.inference_data_process_chat_action_mark_info.to_dict()

        inference_data_process_eye_correction_mark_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inference_data_process_eye_correction_mark_info, Unset):
            inference_data_process_eye_correction_mark_info = (
                self.inference_data_process_eye_correction_mark_info.to_dict()
            )

        is_background_replacement = self.is_background_replacement

        worker_type: list[str] | Unset = UNSET
        if not isinstance(self.worker_type, Unset):
            worker_type = self.worker_type

        beauty_level = self.beauty_level

        voice_train_job_id = self.voice_train_job_id

        flexus_retry_count = self.flexus_retry_count

        audio_source_type: str | Unset = UNSET
        if not isinstance(self.audio_source_type, Unset):
            audio_source_type = self.audio_source_type.value

        supported_service: list[str] | Unset = UNSET
        if not isinstance(self.supported_service, Unset):
            supported_service = self.supported_service

        allocated_resource: dict[str, Any] | Unset = UNSET
        if not isinstance(self.allocated_resource, Unset):
            allocated_resource = self.allocated_resource.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if job_id is not UNSET:
            field_dict["job_id"] = job_id
        if name is not UNSET:
            field_dict["name"] = name
        if state is not UNSET:
            field_dict["state"] = state
        if asset_id is not UNSET:
            field_dict["asset_id"] = asset_id
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if cover_download_url is not UNSET:
            field_dict["cover_download_url"] = cover_download_url
        if last_update_time is not UNSET:
            field_dict["last_update_time"] = last_update_time
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if contact is not UNSET:
            field_dict["contact"] = contact
        if batch_name is not UNSET:
            field_dict["batch_name"] = batch_name
        if tags is not UNSET:
            field_dict["tags"] = tags
        if model_version is not UNSET:
            field_dict["model_version"] = model_version
        if matting_type is not UNSET:
            field_dict["matting_type"] = matting_type
        if model_resolution is not UNSET:
            field_dict["model_resolution"] = model_resolution
        if app_user_id is not UNSET:
            field_dict["app_user_id"] = app_user_id
        if is_flexus is not UNSET:
            field_dict["is_flexus"] = is_flexus
        if is_only_human_model is not UNSET:
            field_dict["is_only_human_model"] = is_only_human_model
        if training_video_download_url is not UNSET:
            field_dict["training_video_download_url"] = training_video_download_url
        if id_card_image_1_download_url is not UNSET:
            field_dict["id_card_image_1_download_url"] = id_card_image_1_download_url
        if id_card_image_2_download_url is not UNSET:
            field_dict["id_card_image_2_download_url"] = id_card_image_2_download_url
        if grant_file_download_url is not UNSET:
            field_dict["grant_file_download_url"] = grant_file_download_url
        if pre_beauty_image_download_url is not UNSET:
            field_dict["pre_beauty_image_download_url"] = pre_beauty_image_download_url
        if action_video_download_url is not UNSET:
            field_dict["action_video_download_url"] = action_video_download_url
        if post_beauty_image_download_url is not UNSET:
            field_dict["post_beauty_image_download_url"] = post_beauty_image_download_url
        if audio_file_download_url is not UNSET:
            field_dict["audio_file_download_url"] = audio_file_download_url
        if operation_logs is not UNSET:
            field_dict["operation_logs"] = operation_logs
        if verify_video_matting_info is not UNSET:
            field_dict["verify_video_matting_info"] = verify_video_matting_info
        if comment_logs is not UNSET:
            field_dict["comment_logs"] = comment_logs
        if samples is not UNSET:
            field_dict["samples"] = samples
        if is_mask_file_uploaded is not UNSET:
            field_dict["is_mask_file_uploaded"] = is_mask_file_uploaded
        if mask_file_download_url is not UNSET:
            field_dict["mask_file_download_url"] = mask_file_download_url
        if verify_video_download_url is not UNSET:
            field_dict["verify_video_download_url"] = verify_video_download_url
        if markable_video_download_url is not UNSET:
            field_dict["markable_video_download_url"] = markable_video_download_url
        if training_video_mark_info is not UNSET:
            field_dict["training_video_mark_info"] = training_video_mark_info
        if inference_data_process_video_mark_info is not UNSET:
            field_dict["inference_data_process_video_mark_info"] = inference_data_process_video_mark_info
        if inference_data_process_action_mark_info is not UNSET:
            field_dict["inference_data_process_action_mark_info"] = inference_data_process_action_mark_info
        if inference_data_process_chat_action_mark_info is not UNSET:
            field_dict["inference_data_process_chat_action_mark_info"] = inference_data_process_chat_action_mark_info
        if inference_data_process_eye_correction_mark_info is not UNSET:
            field_dict["inference_data_process_eye_correction_mark_info"] = (
                inference_data_process_eye_correction_mark_info
            )
        if is_background_replacement is not UNSET:
            field_dict["is_background_replacement"] = is_background_replacement
        if worker_type is not UNSET:
            field_dict["worker_type"] = worker_type
        if beauty_level is not UNSET:
            field_dict["beauty_level"] = beauty_level
        if voice_train_job_id is not UNSET:
            field_dict["voice_train_job_id"] = voice_train_job_id
        if flexus_retry_count is not UNSET:
            field_dict["flexus_retry_count"] = flexus_retry_count
        if audio_source_type is not UNSET:
            field_dict["audio_source_type"] = audio_source_type
        if supported_service is not UNSET:
            field_dict["supported_service"] = supported_service
        if allocated_resource is not UNSET:
            field_dict["allocated_resource"] = allocated_resource

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.action_sample_info import ActionSampleInfo  # noqa: PLC0415
        from ..models.comment_log_info import CommentLogInfo  # noqa: PLC0415
        from ..models.inference_action_mark_info import InferenceActionMarkInfo  # noqa: PLC0415
        from ..models.inference_eye_correction_mark_info import InferenceEyeCorrectionMarkInfo  # noqa: PLC0415
        from ..models.inference_video_mark_info import InferenceVideoMarkInfo  # noqa: PLC0415
        from ..models.operation_log_info import OperationLogInfo  # noqa: PLC0415
        from ..models.training_allocated_resource import TrainingAllocatedResource  # noqa: PLC0415
        from ..models.training_video_mark_info import TrainingVideoMarkInfo  # noqa: PLC0415
        from ..models.verify_video_matting_info import VerifyVideoMattingInfo  # noqa: PLC0415

        d = dict(src_dict)
        job_id = d.pop("job_id", UNSET)
        if job_id is None:
            job_id = UNSET
            d["job_id"] = None

        name = d.pop("name", UNSET)
        if name is None:
            name = UNSET
            d["name"] = None

        _raw_state = d.pop("state", UNSET)
        try:
            _state = _raw_state
            state: ShowDigitalHumanModelTrainingJobResponseState | Unset
            if isinstance(_state, Unset):
                state = UNSET
            else:
                state = ShowDigitalHumanModelTrainingJobResponseState(_state)

        except (TypeError, ValueError, KeyError, AttributeError):
            state = UNSET
            d["state"] = _raw_state

        asset_id = d.pop("asset_id", UNSET)
        if asset_id is None:
            asset_id = UNSET
            d["asset_id"] = None

        project_id = d.pop("project_id", UNSET)
        if project_id is None:
            project_id = UNSET
            d["project_id"] = None

        cover_download_url = d.pop("cover_download_url", UNSET)
        if cover_download_url is None:
            cover_download_url = UNSET
            d["cover_download_url"] = None

        _raw_last_update_time = d.pop("last_update_time", UNSET)
        try:
            _last_update_time = _raw_last_update_time
            last_update_time: datetime.datetime | Unset
            if isinstance(_last_update_time, Unset):
                last_update_time = UNSET
            else:
                last_update_time = datetime.datetime.fromisoformat(_last_update_time)

        except (TypeError, ValueError, KeyError, AttributeError):
            last_update_time = UNSET
            d["last_update_time"] = _raw_last_update_time

        _raw_create_time = d.pop("create_time", UNSET)
        try:
            _create_time = _raw_create_time
            create_time: datetime.datetime | Unset
            if isinstance(_create_time, Unset):
                create_time = UNSET
            else:
                create_time = datetime.datetime.fromisoformat(_create_time)

        except (TypeError, ValueError, KeyError, AttributeError):
            create_time = UNSET
            d["create_time"] = _raw_create_time

        contact = d.pop("contact", UNSET)
        if contact is None:
            contact = UNSET
            d["contact"] = None

        batch_name = d.pop("batch_name", UNSET)
        if batch_name is None:
            batch_name = UNSET
            d["batch_name"] = None

        tags = d.pop("tags", UNSET)
        if not isinstance(tags, Unset | list):
            d["tags"] = tags
            tags = UNSET

        _raw_model_version = d.pop("model_version", UNSET)
        try:
            _model_version = _raw_model_version
            model_version: ShowDigitalHumanModelTrainingJobResponseModelVersion | Unset
            if isinstance(_model_version, Unset):
                model_version = UNSET
            else:
                model_version = ShowDigitalHumanModelTrainingJobResponseModelVersion(_model_version)

        except (TypeError, ValueError, KeyError, AttributeError):
            model_version = UNSET
            d["model_version"] = _raw_model_version

        _raw_matting_type = d.pop("matting_type", UNSET)
        try:
            _matting_type = _raw_matting_type
            matting_type: ShowDigitalHumanModelTrainingJobResponseMattingType | Unset
            if isinstance(_matting_type, Unset):
                matting_type = UNSET
            else:
                matting_type = ShowDigitalHumanModelTrainingJobResponseMattingType(_matting_type)

        except (TypeError, ValueError, KeyError, AttributeError):
            matting_type = UNSET
            d["matting_type"] = _raw_matting_type

        _raw_model_resolution = d.pop("model_resolution", UNSET)
        try:
            _model_resolution = _raw_model_resolution
            model_resolution: ShowDigitalHumanModelTrainingJobResponseModelResolution | Unset
            if isinstance(_model_resolution, Unset):
                model_resolution = UNSET
            else:
                model_resolution = ShowDigitalHumanModelTrainingJobResponseModelResolution(_model_resolution)

        except (TypeError, ValueError, KeyError, AttributeError):
            model_resolution = UNSET
            d["model_resolution"] = _raw_model_resolution

        app_user_id = d.pop("app_user_id", UNSET)
        if app_user_id is None:
            app_user_id = UNSET
            d["app_user_id"] = None

        is_flexus = d.pop("is_flexus", UNSET)
        if is_flexus is None:
            is_flexus = UNSET
            d["is_flexus"] = None

        is_only_human_model = d.pop("is_only_human_model", UNSET)
        if is_only_human_model is None:
            is_only_human_model = UNSET
            d["is_only_human_model"] = None

        training_video_download_url = d.pop("training_video_download_url", UNSET)
        if training_video_download_url is None:
            training_video_download_url = UNSET
            d["training_video_download_url"] = None

        id_card_image_1_download_url = d.pop("id_card_image_1_download_url", UNSET)
        if id_card_image_1_download_url is None:
            id_card_image_1_download_url = UNSET
            d["id_card_image_1_download_url"] = None

        id_card_image_2_download_url = d.pop("id_card_image_2_download_url", UNSET)
        if id_card_image_2_download_url is None:
            id_card_image_2_download_url = UNSET
            d["id_card_image_2_download_url"] = None

        grant_file_download_url = d.pop("grant_file_download_url", UNSET)
        if grant_file_download_url is None:
            grant_file_download_url = UNSET
            d["grant_file_download_url"] = None

        pre_beauty_image_download_url = d.pop("pre_beauty_image_download_url", UNSET)
        if pre_beauty_image_download_url is None:
            pre_beauty_image_download_url = UNSET
            d["pre_beauty_image_download_url"] = None

        action_video_download_url = d.pop("action_video_download_url", UNSET)
        if action_video_download_url is None:
            action_video_download_url = UNSET
            d["action_video_download_url"] = None

        post_beauty_image_download_url = d.pop("post_beauty_image_download_url", UNSET)
        if post_beauty_image_download_url is None:
            post_beauty_image_download_url = UNSET
            d["post_beauty_image_download_url"] = None

        audio_file_download_url = d.pop("audio_file_download_url", UNSET)
        if audio_file_download_url is None:
            audio_file_download_url = UNSET
            d["audio_file_download_url"] = None

        _raw_operation_logs = d.pop("operation_logs", UNSET)
        try:
            _operation_logs = _raw_operation_logs
            operation_logs: list[OperationLogInfo] | Unset = UNSET
            if _operation_logs is not UNSET:
                operation_logs = []
                for operation_logs_item_data in _operation_logs:
                    operation_logs_item = OperationLogInfo.from_dict(operation_logs_item_data)

                    operation_logs.append(operation_logs_item)

        except (TypeError, ValueError, KeyError, AttributeError):
            operation_logs = UNSET
            d["operation_logs"] = _raw_operation_logs

        _raw_verify_video_matting_info = d.pop("verify_video_matting_info", UNSET)
        try:
            _verify_video_matting_info = _raw_verify_video_matting_info
            verify_video_matting_info: list[VerifyVideoMattingInfo] | Unset = UNSET
            if _verify_video_matting_info is not UNSET:
                verify_video_matting_info = []
                for verify_video_matting_info_item_data in _verify_video_matting_info:
                    verify_video_matting_info_item = VerifyVideoMattingInfo.from_dict(
                        verify_video_matting_info_item_data
                    )

                    verify_video_matting_info.append(verify_video_matting_info_item)

        except (TypeError, ValueError, KeyError, AttributeError):
            verify_video_matting_info = UNSET
            d["verify_video_matting_info"] = _raw_verify_video_matting_info

        _raw_comment_logs = d.pop("comment_logs", UNSET)
        try:
            _comment_logs = _raw_comment_logs
            comment_logs: list[CommentLogInfo] | Unset = UNSET
            if _comment_logs is not UNSET:
                comment_logs = []
                for comment_logs_item_data in _comment_logs:
                    comment_logs_item = CommentLogInfo.from_dict(comment_logs_item_data)

                    comment_logs.append(comment_logs_item)

        except (TypeError, ValueError, KeyError, AttributeError):
            comment_logs = UNSET
            d["comment_logs"] = _raw_comment_logs

        _raw_samples = d.pop("samples", UNSET)
        try:
            _samples = _raw_samples
            samples: list[ActionSampleInfo] | Unset = UNSET
            if _samples is not UNSET:
                samples = []
                for samples_item_data in _samples:
                    samples_item = ActionSampleInfo.from_dict(samples_item_data)

                    samples.append(samples_item)

        except (TypeError, ValueError, KeyError, AttributeError):
            samples = UNSET
            d["samples"] = _raw_samples

        is_mask_file_uploaded = d.pop("is_mask_file_uploaded", UNSET)
        if is_mask_file_uploaded is None:
            is_mask_file_uploaded = UNSET
            d["is_mask_file_uploaded"] = None

        mask_file_download_url = d.pop("mask_file_download_url", UNSET)
        if mask_file_download_url is None:
            mask_file_download_url = UNSET
            d["mask_file_download_url"] = None

        verify_video_download_url = d.pop("verify_video_download_url", UNSET)
        if verify_video_download_url is None:
            verify_video_download_url = UNSET
            d["verify_video_download_url"] = None

        markable_video_download_url = d.pop("markable_video_download_url", UNSET)
        if markable_video_download_url is None:
            markable_video_download_url = UNSET
            d["markable_video_download_url"] = None

        _raw_training_video_mark_info = d.pop("training_video_mark_info", UNSET)
        try:
            _training_video_mark_info = _raw_training_video_mark_info
            training_video_mark_info: TrainingVideoMarkInfo | Unset
            if isinstance(_training_video_mark_info, Unset):
                training_video_mark_info = UNSET
            else:
                training_video_mark_info = TrainingVideoMarkInfo.from_dict(_training_video_mark_info)

        except (TypeError, ValueError, KeyError, AttributeError):
            training_video_mark_info = UNSET
            d["training_video_mark_info"] = _raw_training_video_mark_info

        _raw_inference_data_process_video_mark_info = d.pop("inference_data_process_video_mark_info", UNSET)
        try:
            _inference_data_process_video_mark_info = _raw_inference_data_process_video_mark_info
            inference_data_process_video_mark_info: InferenceVideoMarkInfo | Unset
            if isinstance(_inference_data_process_video_mark_info, Unset):
                inference_data_process_video_mark_info = UNSET
            else:
                inference_data_process_video_mark_info = InferenceVideoMarkInfo.from_dict(
                    _inference_data_process_video_mark_info
                )

        except (TypeError, ValueError, KeyError, AttributeError):
            inference_data_process_video_mark_info = UNSET
            d["inference_data_process_video_mark_info"] = _raw_inference_data_process_video_mark_info

        _raw_inference_data_process_action_mark_info = d.pop("inference_data_process_action_mark_info", UNSET)
        try:
            _inference_data_process_action_mark_info = _raw_inference_data_process_action_mark_info
            inference_data_process_action_mark_info: InferenceActionMarkInfo | Unset
            if isinstance(_inference_data_process_action_mark_info, Unset):
                inference_data_process_action_mark_info = UNSET
            else:
                inference_data_process_action_mark_info = InferenceActionMarkInfo.from_dict(
                    _inference_data_process_action_mark_info
                )

        except (TypeError, ValueError, KeyError, AttributeError):
            inference_data_process_action_mark_info = UNSET
            d["inference_data_process_action_mark_info"] = _raw_inference_data_process_action_mark_info

        _raw_inference_data_process_chat_action_mark_info = d.pop("inference_data_process_chat_action_mark_info", UNSET)
        try:
            _inference_data_process_chat_action_mark_info = _raw_inference_data_process_chat_action_mark_info
            inference_data_process_chat_action_mark_info: InferenceActionMarkInfo | Unset
            if isinstance(_inference_data_process_chat_action_mark_info, Unset):
                inference_data_process_chat_action_mark_info = UNSET
            else:
                inference_data_process_chat_action_mark_info = InferenceActionMarkInfo.from_dict(
                    _inference_data_process_chat_action_mark_info
                )

        except (TypeError, ValueError, KeyError, AttributeError):
            inference_data_process_chat_action_mark_info = UNSET
            d["inference_data_process_chat_action_mark_info"] = _raw_inference_data_process_chat_action_mark_info

        _raw_inference_data_process_eye_correction_mark_info = d.pop(
            "inference_data_process_eye_correction_mark_info", UNSET
        )
        try:
            _inference_data_process_eye_correction_mark_info = _raw_inference_data_process_eye_correction_mark_info
            inference_data_process_eye_correction_mark_info: InferenceEyeCorrectionMarkInfo | Unset
            if isinstance(_inference_data_process_eye_correction_mark_info, Unset):
                inference_data_process_eye_correction_mark_info = UNSET
            else:
                inference_data_process_eye_correction_mark_info = InferenceEyeCorrectionMarkInfo.from_dict(
                    _inference_data_process_eye_correction_mark_info
                )

        except (TypeError, ValueError, KeyError, AttributeError):
            inference_data_process_eye_correction_mark_info = UNSET
            d["inference_data_process_eye_correction_mark_info"] = _raw_inference_data_process_eye_correction_mark_info

        is_background_replacement = d.pop("is_background_replacement", UNSET)
        if is_background_replacement is None:
            is_background_replacement = UNSET
            d["is_background_replacement"] = None

        worker_type = d.pop("worker_type", UNSET)
        if not isinstance(worker_type, Unset | list):
            d["worker_type"] = worker_type
            worker_type = UNSET

        beauty_level = d.pop("beauty_level", UNSET)
        if beauty_level is None:
            beauty_level = UNSET
            d["beauty_level"] = None

        voice_train_job_id = d.pop("voice_train_job_id", UNSET)
        if voice_train_job_id is None:
            voice_train_job_id = UNSET
            d["voice_train_job_id"] = None

        flexus_retry_count = d.pop("flexus_retry_count", UNSET)
        if flexus_retry_count is None:
            flexus_retry_count = UNSET
            d["flexus_retry_count"] = None

        _raw_audio_source_type = d.pop("audio_source_type", UNSET)
        try:
            _audio_source_type = _raw_audio_source_type
            audio_source_type: ShowDigitalHumanModelTrainingJobResponseAudioSourceType | Unset
            if isinstance(_audio_source_type, Unset):
                audio_source_type = UNSET
            else:
                audio_source_type = ShowDigitalHumanModelTrainingJobResponseAudioSourceType(_audio_source_type)

        except (TypeError, ValueError, KeyError, AttributeError):
            audio_source_type = UNSET
            d["audio_source_type"] = _raw_audio_source_type

        supported_service = d.pop("supported_service", UNSET)
        if not isinstance(supported_service, Unset | list):
            d["supported_service"] = supported_service
            supported_service = UNSET

        _raw_allocated_resource = d.pop("allocated_resource", UNSET)
        try:
            _allocated_resource = _raw_allocated_resource
            allocated_resource: TrainingAllocatedResource | Unset
            if isinstance(_allocated_resource, Unset):
                allocated_resource = UNSET
            else:
                allocated_resource = TrainingAllocatedResource.from_dict(_allocated_resource)

        except (TypeError, ValueError, KeyError, AttributeError):
            allocated_resource = UNSET
            d["allocated_resource"] = _raw_allocated_resource

        show_digital_human_model_training_job_response = cls(
            job_id=job_id,
            name=name,
            state=state,
            asset_id=asset_id,
            project_id=project_id,
            cover_download_url=cover_download_url,
            last_update_time=last_update_time,
            create_time=create_time,
            contact=contact,
            batch_name=batch_name,
            tags=tags,
            model_version=model_version,
            matting_type=matting_type,
            model_resolution=model_resolution,
            app_user_id=app_user_id,
            is_flexus=is_flexus,
            is_only_human_model=is_only_human_model,
            training_video_download_url=training_video_download_url,
            id_card_image_1_download_url=id_card_image_1_download_url,
            id_card_image_2_download_url=id_card_image_2_download_url,
            grant_file_download_url=grant_file_download_url,
            pre_beauty_image_download_url=pre_beauty_image_download_url,
            action_video_download_url=action_video_download_url,
            post_beauty_image_download_url=post_beauty_image_download_url,
            audio_file_download_url=audio_file_download_url,
            operation_logs=operation_logs,
            verify_video_matting_info=verify_video_matting_info,
            comment_logs=comment_logs,
            samples=samples,
            is_mask_file_uploaded=is_mask_file_uploaded,
            mask_file_download_url=mask_file_download_url,
            verify_video_download_url=verify_video_download_url,
            markable_video_download_url=markable_video_download_url,
            training_video_mark_info=training_video_mark_info,
            inference_data_process_video_mark_info=inference_data_process_video_mark_info,
            inference_data_process_action_mark_info=inference_data_process_action_mark_info,
            inference_data_process_chat_action_mark_info=inference_data_process_chat_action_mark_info,
            inference_data_process_eye_correction_mark_info=inference_data_process_eye_correction_mark_info,
            is_background_replacement=is_background_replacement,
            worker_type=worker_type,
            beauty_level=beauty_level,
            voice_train_job_id=voice_train_job_id,
            flexus_retry_count=flexus_retry_count,
            audio_source_type=audio_source_type,
            supported_service=supported_service,
            allocated_resource=allocated_resource,
        )

        show_digital_human_model_training_job_response.additional_properties = d
        return show_digital_human_model_training_job_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
