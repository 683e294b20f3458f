from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.training_job_info_create_type import TrainingJobInfoCreateType
from ..models.training_job_info_job_type import TrainingJobInfoJobType
from ..models.training_job_info_sex import TrainingJobInfoSex
from ..models.training_job_info_state import TrainingJobInfoState
from ..models.training_job_info_tag import TrainingJobInfoTag
from ..types import UNSET, Unset

T = TypeVar("T", bound="TrainingJobInfo")


@_attrs_define
class TrainingJobInfo:
    """表 9-23 TrainingJobInfo

    Attributes:
        job_type (TrainingJobInfoJobType | Unset): 训练类型。 ● BASIC: 基础版(20句话) ● MIDDLE: 进阶版(100句话) ● ADVANCE: 高级版 ●
            THIRD_PARTY: 第三方出门问问训练版 ● THIRD_PARTY_LJZN: 第三方逻辑智能训练版 ● FLEXUS: Flexus版---用的是大模型特征提取
        job_id (str | Unset): 任务id。
        app_user_id (str | Unset): 用户id。
        voice_name (str | Unset): 音色名称。该名称会作为资产库中音色模型资产名称。
        sex (TrainingJobInfoSex | Unset): 性别。 ● FEMALE: 女性 ● MALE: 是男性
        language (str | Unset): 语言。
        state (TrainingJobInfoState | Unset): 任务状态。 ● CREATING: 创建中 ● SYSTEM_AUDITING: 系统审核中 ● AUDITING: 人工审核中 ●
            WAITING_SPLIT: 等待切割 ● SPLITTING: 切割中 ● SPLIT_FAILED: 切割失败 ● ANNOTATING: 标注中 ● WAITING: 等待训练 ● PROCESSING: 任务训练中
            ● RESULT_REVIEW: 审核结果 ● AUDIT_FAILED: 审核失败,等待用户重传数据 ● FAILED: 失败 ● SUCCEED: 成功
        reject_times (int | Unset): 本次任务中该状态出现的次数 取值范围: 1-10
        asset_id (str | Unset): 当任务状态为成功时呈现,音色模型在资产库中的id。
        job_failed_code (str | Unset): 当任务失败时呈现,失败错误码。
        job_failed_reason (str | Unset): 当任务失败时呈现,失败原因。
        create_time (int | Unset): 任务创建时间。 取值范围: 1-2147483647
        lastupdate_time (int | Unset): 任务状态更新时间。 取值范围: 1-2147483647
        voice_authorization_url (str | Unset): 用户授权书连接。
        create_type (TrainingJobInfoCreateType | Unset): 任务创建方式。 PACKAGE: 使用一个zip包包含所有数据 SEGMENT: 逐句上传数据
        tag (TrainingJobInfoTag | Unset): 任务标签。 ECOMMERCE: 电商 NEWS: 新闻 MARKETING: 营销
        phone (str | Unset): 手机号
        dhtms_job_id (str | Unset): 形象制作任务id
        batch_name (str | Unset): 批次名称
    """

    job_type: TrainingJobInfoJobType | Unset = UNSET
    job_id: str | Unset = UNSET
    app_user_id: str | Unset = UNSET
    voice_name: str | Unset = UNSET
    sex: TrainingJobInfoSex | Unset = UNSET
    language: str | Unset = UNSET
    state: TrainingJobInfoState | Unset = UNSET
    reject_times: int | Unset = UNSET
    asset_id: str | Unset = UNSET
    job_failed_code: str | Unset = UNSET
    job_failed_reason: str | Unset = UNSET
    create_time: int | Unset = UNSET
    lastupdate_time: int | Unset = UNSET
    voice_authorization_url: str | Unset = UNSET
    create_type: TrainingJobInfoCreateType | Unset = UNSET
    tag: TrainingJobInfoTag | Unset = UNSET
    phone: str | Unset = UNSET
    dhtms_job_id: str | Unset = UNSET
    batch_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_type: str | Unset = UNSET
        if not isinstance(self.job_type, Unset):
            job_type = self.job_type.value

        job_id = self.job_id

        app_user_id = self.app_user_id

        voice_name = self.voice_name

        sex: str | Unset = UNSET
        if not isinstance(self.sex, Unset):
            sex = self.sex.value

        language = self.language

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        reject_times = self.reject_times

        asset_id = self.asset_id

        job_failed_code = self.job_failed_code

        job_failed_reason = self.job_failed_reason

        create_time = self.create_time

        lastupdate_time = self.lastupdate_time

        voice_authorization_url = self.voice_authorization_url

        create_type: str | Unset = UNSET
        if not isinstance(self.create_type, Unset):
            create_type = self.create_type.value

        tag: str | Unset = UNSET
        if not isinstance(self.tag, Unset):
            tag = self.tag.value

        phone = self.phone

        dhtms_job_id = self.dhtms_job_id

        batch_name = self.batch_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if job_type is not UNSET:
            field_dict["job_type"] = job_type
        if job_id is not UNSET:
            field_dict["job_id"] = job_id
        if app_user_id is not UNSET:
            field_dict["app_user_id"] = app_user_id
        if voice_name is not UNSET:
            field_dict["voice_name"] = voice_name
        if sex is not UNSET:
            field_dict["sex"] = sex
        if language is not UNSET:
            field_dict["language"] = language
        if state is not UNSET:
            field_dict["state"] = state
        if reject_times is not UNSET:
            field_dict["reject_times"] = reject_times
        if asset_id is not UNSET:
            field_dict["asset_id"] = asset_id
        if job_failed_code is not UNSET:
            field_dict["job_failed_code"] = job_failed_code
        if job_failed_reason is not UNSET:
            field_dict["job_failed_reason"] = job_failed_reason
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if lastupdate_time is not UNSET:
            field_dict["lastupdate_time"] = lastupdate_time
        if voice_authorization_url is not UNSET:
            field_dict["voice_authorization_url"] = voice_authorization_url
        if create_type is not UNSET:
            field_dict["create_type"] = create_type
        if tag is not UNSET:
            field_dict["tag"] = tag
        if phone is not UNSET:
            field_dict["phone"] = phone
        if dhtms_job_id is not UNSET:
            field_dict["dhtms_job_id"] = dhtms_job_id
        if batch_name is not UNSET:
            field_dict["batch_name"] = batch_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _raw_job_type = d.pop("job_type", UNSET)
        try:
            _job_type = _raw_job_type
            job_type: TrainingJobInfoJobType | Unset
            if isinstance(_job_type, Unset):
                job_type = UNSET
            else:
                job_type = TrainingJobInfoJobType(_job_type)

        except (TypeError, ValueError, KeyError, AttributeError):
            job_type = UNSET
            d["job_type"] = _raw_job_type

        job_id = d.pop("job_id", UNSET)
        if job_id is None:
            job_id = UNSET
            d["job_id"] = None

        app_user_id = d.pop("app_user_id", UNSET)
        if app_user_id is None:
            app_user_id = UNSET
            d["app_user_id"] = None

        voice_name = d.pop("voice_name", UNSET)
        if voice_name is None:
            voice_name = UNSET
            d["voice_name"] = None

        _raw_sex = d.pop("sex", UNSET)
        try:
            _sex = _raw_sex
            sex: TrainingJobInfoSex | Unset
            if isinstance(_sex, Unset):
                sex = UNSET
            else:
                sex = TrainingJobInfoSex(_sex)

        except (TypeError, ValueError, KeyError, AttributeError):
            sex = UNSET
            d["sex"] = _raw_sex

        language = d.pop("language", UNSET)
        if language is None:
            language = UNSET
            d["language"] = None

        _raw_state = d.pop("state", UNSET)
        try:
            _state = _raw_state
            state: TrainingJobInfoState | Unset
            if isinstance(_state, Unset):
                state = UNSET
            else:
                state = TrainingJobInfoState(_state)

        except (TypeError, ValueError, KeyError, AttributeError):
            state = UNSET
            d["state"] = _raw_state

        reject_times = d.pop("reject_times", UNSET)
        if reject_times is None:
            reject_times = UNSET
            d["reject_times"] = None

        asset_id = d.pop("asset_id", UNSET)
        if asset_id is None:
            asset_id = UNSET
            d["asset_id"] = None

        job_failed_code = d.pop("job_failed_code", UNSET)
        if job_failed_code is None:
            job_failed_code = UNSET
            d["job_failed_code"] = None

        job_failed_reason = d.pop("job_failed_reason", UNSET)
        if job_failed_reason is None:
            job_failed_reason = UNSET
            d["job_failed_reason"] = None

        create_time = d.pop("create_time", UNSET)
        if create_time is None:
            create_time = UNSET
            d["create_time"] = None

        lastupdate_time = d.pop("lastupdate_time", UNSET)
        if lastupdate_time is None:
            lastupdate_time = UNSET
            d["lastupdate_time"] = None

        voice_authorization_url = d.pop("voice_authorization_url", UNSET)
        if voice_authorization_url is None:
            voice_authorization_url = UNSET
            d["voice_authorization_url"] = None

        _raw_create_type = d.pop("create_type", UNSET)
        try:
            _create_type = _raw_create_type
            create_type: TrainingJobInfoCreateType | Unset
            if isinstance(_create_type, Unset):
                create_type = UNSET
            else:
                create_type = TrainingJobInfoCreateType(_create_type)

        except (TypeError, ValueError, KeyError, AttributeError):
            create_type = UNSET
            d["create_type"] = _raw_create_type

        _raw_tag = d.pop("tag", UNSET)
        try:
            _tag = _raw_tag
            tag: TrainingJobInfoTag | Unset
            if isinstance(_tag, Unset):
                tag = UNSET
            else:
                tag = TrainingJobInfoTag(_tag)

        except (TypeError, ValueError, KeyError, AttributeError):
            tag = UNSET
            d["tag"] = _raw_tag

        phone = d.pop("phone", UNSET)
        if phone is None:
            phone = UNSET
            d["phone"] = None

        dhtms_job_id = d.pop("dhtms_job_id", UNSET)
        if dhtms_job_id is None:
            dhtms_job_id = UNSET
            d["dhtms_job_id"] = None

        batch_name = d.pop("batch_name", UNSET)
        if batch_name is None:
            batch_name = UNSET
            d["batch_name"] = None

        training_job_info = cls(
            job_type=job_type,
            job_id=job_id,
            app_user_id=app_user_id,
            voice_name=voice_name,
            sex=sex,
            language=language,
            state=state,
            reject_times=reject_times,
            asset_id=asset_id,
            job_failed_code=job_failed_code,
            job_failed_reason=job_failed_reason,
            create_time=create_time,
            lastupdate_time=lastupdate_time,
            voice_authorization_url=voice_authorization_url,
            create_type=create_type,
            tag=tag,
            phone=phone,
            dhtms_job_id=dhtms_job_id,
            batch_name=batch_name,
        )

        training_job_info.additional_properties = d
        return training_job_info

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
