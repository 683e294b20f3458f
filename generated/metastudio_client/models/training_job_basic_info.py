from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.training_job_basic_info_matting_type import TrainingJobBasicInfoMattingType
from ..models.training_job_basic_info_model_resolution import TrainingJobBasicInfoModelResolution
from ..models.training_job_basic_info_model_version import TrainingJobBasicInfoModelVersion
from ..models.training_job_basic_info_state import TrainingJobBasicInfoState
from ..types import UNSET, Unset

T = TypeVar("T", bound="TrainingJobBasicInfo")


@_attrs_define
class TrainingJobBasicInfo:
    """表 8-14 TrainingJobBasicInfo

    Attributes:
        job_id (str | Unset): 任务ID。
        name (str | Unset): 分身数字人模型名称。该名称会作为资产库中分身数字人模型资产名称。
        state (TrainingJobBasicInfoState | Unset): 任务的状态。 与MetaStudio Console上用户看到的状态映射关系如下： ● 待提交 - WAIT_FILE_UPLOAD:
            待上传文件 ● 系统审核中 - AUTO_VERIFYING: 自动审核中 - MANUAL_VERIFYING: 人工审核中 ● 系统审核未通过 - AUTO_VERIFY_FAILED: 自动审核失败 -
            MANUAL_VERIFY_FAILED: 人工审核失败 ● 算法训练中 说明 算法训练中的状态仅管理员需要处理，普通用户仅需要显示“算法训练中”即可。 - MANUAL_VERIFY_SUCCESS:
            审核通过，等待预处理资源 - WAIT_TRAINING_DATA_PREPROCESS: 等待训练数据预处理 - TRAINING_DATA_PREPROCESSING: 训练数据预处理中 -
            TRAINING_DATA_PREPROCESS_FAILED: 训练数据预处理失败 - TRAINING_DATA_PREPROCESS_SUCCESS: 训练数据预处理完成，等待训练资源中 - TRAINING: 训练中
            - TRAIN_FAILED: 训练失败 - TRAIN_SUCCESS: 训练完成，等待预处理资源 - INFERENCE_DATA_PREPROCESSING: 推理数据预处理中 -
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
        model_version (TrainingJobBasicInfoModelVersion | Unset): 分身数字人模型版本。默认是V3.2版本模型。 V3.2: V3.2版本模型 说明 V3和V2版本已废弃不用
            取值范围: 0-64 默认取值: V3.2 Default: TrainingJobBasicInfoModelVersion.V3_2.
        matting_type (TrainingJobBasicInfoMattingType | Unset): 抠图类型。默认是AI。 AI: AI抠图 MANUAL: 人工抠图 默认取值: AI Default:
            TrainingJobBasicInfoMattingType.AI.
        model_resolution (TrainingJobBasicInfoModelResolution | Unset): 分身数字人模型分辨率。默认是1080P。 1080P:
            1080P。支持1080P及720P的视频输出。 4K: 4K。支持4K、1080P及720P的视频输出。 Default: TrainingJobBasicInfoModelResolution.VALUE_0.
        app_user_id (str | Unset): 自定义用户id（如创建任务时设置了X-App-UserId则会携带）。
        is_flexus (bool | Unset): 是否是基础版的形象训练
        is_only_human_model (bool | Unset): 是否只训练形象模型，不训练声音模型。仅Flexus版本时有效，默认false。 默认取值: false Default: False.
    """

    job_id: str | Unset = UNSET
    name: str | Unset = UNSET
    state: TrainingJobBasicInfoState | Unset = UNSET
    asset_id: str | Unset = UNSET
    project_id: str | Unset = UNSET
    cover_download_url: str | Unset = UNSET
    last_update_time: datetime.datetime | Unset = UNSET
    create_time: datetime.datetime | Unset = UNSET
    contact: str | Unset = UNSET
    batch_name: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    model_version: TrainingJobBasicInfoModelVersion | Unset = TrainingJobBasicInfoModelVersion.V3_2
    matting_type: TrainingJobBasicInfoMattingType | Unset = TrainingJobBasicInfoMattingType.AI
    model_resolution: TrainingJobBasicInfoModelResolution | Unset = TrainingJobBasicInfoModelResolution.VALUE_0
    app_user_id: str | Unset = UNSET
    is_flexus: bool | Unset = UNSET
    is_only_human_model: bool | Unset = False
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
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
            state: TrainingJobBasicInfoState | Unset
            if isinstance(_state, Unset):
                state = UNSET
            else:
                state = TrainingJobBasicInfoState(_state)

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
            model_version: TrainingJobBasicInfoModelVersion | Unset
            if isinstance(_model_version, Unset):
                model_version = UNSET
            else:
                model_version = TrainingJobBasicInfoModelVersion(_model_version)

        except (TypeError, ValueError, KeyError, AttributeError):
            model_version = UNSET
            d["model_version"] = _raw_model_version

        _raw_matting_type = d.pop("matting_type", UNSET)
        try:
            _matting_type = _raw_matting_type
            matting_type: TrainingJobBasicInfoMattingType | Unset
            if isinstance(_matting_type, Unset):
                matting_type = UNSET
            else:
                matting_type = TrainingJobBasicInfoMattingType(_matting_type)

        except (TypeError, ValueError, KeyError, AttributeError):
            matting_type = UNSET
            d["matting_type"] = _raw_matting_type

        _raw_model_resolution = d.pop("model_resolution", UNSET)
        try:
            _model_resolution = _raw_model_resolution
            model_resolution: TrainingJobBasicInfoModelResolution | Unset
            if isinstance(_model_resolution, Unset):
                model_resolution = UNSET
            else:
                model_resolution = TrainingJobBasicInfoModelResolution(_model_resolution)

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

        training_job_basic_info = cls(
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
        )

        training_job_basic_info.additional_properties = d
        return training_job_basic_info

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
