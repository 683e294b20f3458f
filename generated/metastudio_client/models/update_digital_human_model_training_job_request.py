from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_digital_human_model_training_job_request_audio_source_type import (
    UpdateDigitalHumanModelTrainingJobRequestAudioSourceType,
)
from ..models.update_digital_human_model_training_job_request_command_message import (
    UpdateDigitalHumanModelTrainingJobRequestCommandMessage,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.action_basic_sample_info import ActionBasicSampleInfo


T = TypeVar("T", bound="UpdateDigitalHumanModelTrainingJobRequest")


@_attrs_define
class UpdateDigitalHumanModelTrainingJobRequest:
    """表 8-40 请求 Body 参数

    Attributes:
        name (str | Unset): 分身数字人模型名称。该名称会作为资产库中分身数字人模型资产名称。
        contact (str | Unset): 分身数字人训练任务创建者的手机号。
        command_message (UpdateDigitalHumanModelTrainingJobRequestCommandMessage | Unset): 命令类型： • UPDATE_VIDEO: 更新视频 •
            UPLOAD_VIDEO: 上传视频 • CONFIRM_ACTION_VIDEO: 确认动作编排视频 • GET_ACTION_VIDEO_MULTIPART: 获取动作编排视频分片 取值范围： 0-64
        video_multipart_count (int | Unset): 训练视频上传分片数（上传时对唯一训练视频文件的数据分片，用于对该文件的并发上传，不是分多个视频文件上传）。 取值范围： 1-1000 默认取值： 1
            Default: 1.
        action_video_multipart_count (int | Unset): 动作视频上传分片数。 取值范围： 1-1000
        beauty_level (int | Unset): 美白等级。默认值0，不美白。 取值范围： 0-3 Default: 0.
        is_background_replacement (bool | Unset): 分身数字人是否需要背景替换。需要背景替换的分身数字人训练视频需要绿幕拍摄。
        batch_name (str | Unset): 分身数字人训练任务的批次名称。
        tags (list[str] | Unset): 分身数字人训练任务标签。
        samples_basic_info (list[ActionBasicSampleInfo] | Unset): 动作视频样例可修改信息。
        supported_service (list[str] | Unset): 该任务所生成的模型支持的业务类型，可多选 默认取值： [VIDEO_2D,LIVE_2D]
        audio_source_type (UpdateDigitalHumanModelTrainingJobRequestAudioSourceType | Unset): 声音来源类型 • VIDEO：视频中抽取音频 •
            AUDIO：单独上传的音频 默认取值： VIDEO Default: UpdateDigitalHumanModelTrainingJobRequestAudioSourceType.VIDEO.
    """

    name: str | Unset = UNSET
    contact: str | Unset = UNSET
    command_message: UpdateDigitalHumanModelTrainingJobRequestCommandMessage | Unset = UNSET
    video_multipart_count: int | Unset = 1
    action_video_multipart_count: int | Unset = UNSET
    beauty_level: int | Unset = 0
    is_background_replacement: bool | Unset = UNSET
    batch_name: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    samples_basic_info: list[ActionBasicSampleInfo] | Unset = UNSET
    supported_service: list[str] | Unset = UNSET
    audio_source_type: UpdateDigitalHumanModelTrainingJobRequestAudioSourceType | Unset = (
        UpdateDigitalHumanModelTrainingJobRequestAudioSourceType.VIDEO
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        contact = self.contact

        command_message: str | Unset = UNSET
        if not isinstance(self.command_message, Unset):
            command_message = self.command_message.value

        video_multipart_count = self.video_multipart_count

        action_video_multipart_count = self.action_video_multipart_count

        beauty_level = self.beauty_level

        is_background_replacement = self.is_background_replacement

        batch_name = self.batch_name

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        samples_basic_info: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.samples_basic_info, Unset):
            samples_basic_info = []
            for samples_basic_info_item_data in self.samples_basic_info:
                samples_basic_info_item = samples_basic_info_item_data.to_dict()
                samples_basic_info.append(samples_basic_info_item)

        supported_service: list[str] | Unset = UNSET
        if not isinstance(self.supported_service, Unset):
            supported_service = self.supported_service

        audio_source_type: str | Unset = UNSET
        if not isinstance(self.audio_source_type, Unset):
            audio_source_type = self.audio_source_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if contact is not UNSET:
            field_dict["contact"] = contact
        if command_message is not UNSET:
            field_dict["command_message"] = command_message
        if video_multipart_count is not UNSET:
            field_dict["video_multipart_count"] = video_multipart_count
        if action_video_multipart_count is not UNSET:
            field_dict["action_video_multipart_count"] = action_video_multipart_count
        if beauty_level is not UNSET:
            field_dict["beauty_level"] = beauty_level
        if is_background_replacement is not UNSET:
            field_dict["is_background_replacement"] = is_background_replacement
        if batch_name is not UNSET:
            field_dict["batch_name"] = batch_name
        if tags is not UNSET:
            field_dict["tags"] = tags
        if samples_basic_info is not UNSET:
            field_dict["samples_basic_info"] = samples_basic_info
        if supported_service is not UNSET:
            field_dict["supported_service"] = supported_service
        if audio_source_type is not UNSET:
            field_dict["audio_source_type"] = audio_source_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.action_basic_sample_info import ActionBasicSampleInfo  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)
        if name is None:
            name = UNSET
            d["name"] = None

        contact = d.pop("contact", UNSET)
        if contact is None:
            contact = UNSET
            d["contact"] = None

        _raw_command_message = d.pop("command_message", UNSET)
        try:
            _command_message = _raw_command_message
            command_message: UpdateDigitalHumanModelTrainingJobRequestCommandMessage | Unset
            if isinstance(_command_message, Unset):
                command_message = UNSET
            else:
                command_message = UpdateDigitalHumanModelTrainingJobRequestCommandMessage(_command_message)

        except (TypeError, ValueError, KeyError, AttributeError):
            command_message = UNSET
            d["command_message"] = _raw_command_message

        video_multipart_count = d.pop("video_multipart_count", UNSET)
        if video_multipart_count is None:
            video_multipart_count = UNSET
            d["video_multipart_count"] = None

        action_video_multipart_count = d.pop("action_video_multipart_count", UNSET)
        if action_video_multipart_count is None:
            action_video_multipart_count = UNSET
            d["action_video_multipart_count"] = None

        beauty_level = d.pop("beauty_level", UNSET)
        if beauty_level is None:
            beauty_level = UNSET
            d["beauty_level"] = None

        is_background_replacement = d.pop("is_background_replacement", UNSET)
        if is_background_replacement is None:
            is_background_replacement = UNSET
            d["is_background_replacement"] = None

        batch_name = d.pop("batch_name", UNSET)
        if batch_name is None:
            batch_name = UNSET
            d["batch_name"] = None

        tags = d.pop("tags", UNSET)
        if not isinstance(tags, Unset | list):
            d["tags"] = tags
            tags = UNSET

        _raw_samples_basic_info = d.pop("samples_basic_info", UNSET)
        try:
            _samples_basic_info = _raw_samples_basic_info
            samples_basic_info: list[ActionBasicSampleInfo] | Unset = UNSET
            if _samples_basic_info is not UNSET:
                samples_basic_info = []
                for samples_basic_info_item_data in _samples_basic_info:
                    samples_basic_info_item = ActionBasicSampleInfo.from_dict(samples_basic_info_item_data)

                    samples_basic_info.append(samples_basic_info_item)

        except (TypeError, ValueError, KeyError, AttributeError):
            samples_basic_info = UNSET
            d["samples_basic_info"] = _raw_samples_basic_info

        supported_service = d.pop("supported_service", UNSET)
        if not isinstance(supported_service, Unset | list):
            d["supported_service"] = supported_service
            supported_service = UNSET

        _raw_audio_source_type = d.pop("audio_source_type", UNSET)
        try:
            _audio_source_type = _raw_audio_source_type
            audio_source_type: UpdateDigitalHumanModelTrainingJobRequestAudioSourceType | Unset
            if isinstance(_audio_source_type, Unset):
                audio_source_type = UNSET
            else:
                audio_source_type = UpdateDigitalHumanModelTrainingJobRequestAudioSourceType(_audio_source_type)

        except (TypeError, ValueError, KeyError, AttributeError):
            audio_source_type = UNSET
            d["audio_source_type"] = _raw_audio_source_type

        update_digital_human_model_training_job_request = cls(
            name=name,
            contact=contact,
            command_message=command_message,
            video_multipart_count=video_multipart_count,
            action_video_multipart_count=action_video_multipart_count,
            beauty_level=beauty_level,
            is_background_replacement=is_background_replacement,
            batch_name=batch_name,
            tags=tags,
            samples_basic_info=samples_basic_info,
            supported_service=supported_service,
            audio_source_type=audio_source_type,
        )

        update_digital_human_model_training_job_request.additional_properties = d
        return update_digital_human_model_training_job_request

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
