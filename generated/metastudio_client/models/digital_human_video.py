from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.digital_human_video_job_type import DigitalHumanVideoJobType
from ..models.digital_human_video_state import DigitalHumanVideoState
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_info import ErrorInfo
    from ..models.output_asset_info import OutputAssetInfo


T = TypeVar("T", bound="DigitalHumanVideo")


@_attrs_define
class DigitalHumanVideo:
    """表 5-113 DigitalHumanVideo

    Attributes:
        job_id (str | Unset): 任务ID。
        state (DigitalHumanVideoState | Unset): 任务的状态。 • WAITING: 等待 • PROCESSING: 处理中 • SUCCEED: 成功 • FAILED: 失败 •
            CANCELED: 取消 • BLOCK: 冻结
        job_type (DigitalHumanVideoJobType | Unset): 任务类型。 • 2D_DIGITAL_HUMAN_VIDEO: 分身数字人视频制作任务 •
            PHOTO_DIGITAL_HUMAN_VIDEO: 照片数字人视频制作任务
        start_time (str | Unset): 数字人视频制作开始时间。
        end_time (str | Unset): 数字人视频制作结束时间。
        duration (float | Unset): 参数解释: 数字人视频内容时长。 取值范围: 0-2147483647
        output_asset_config (OutputAssetInfo | Unset): 表 5-114 OutputAssetInfo（同 表 5-153）
        error_info (ErrorInfo | None | Unset): 表 4-23 / 5-115 / 5-154 … ErrorResponse, as the field error_info of
            assets, videos, live rooms and jobs and chat jobs; null when there is no error (the documents' examples return
            null, see spec/ERRATA.md "error_info").
        create_time (str | Unset): 任务创建时间。
        lastupdate_time (str | Unset): 任务更新时间。
    """

    job_id: str | Unset = UNSET
    state: DigitalHumanVideoState | Unset = UNSET
    job_type: DigitalHumanVideoJobType | Unset = UNSET
    start_time: str | Unset = UNSET
    end_time: str | Unset = UNSET
    duration: float | Unset = UNSET
    output_asset_config: OutputAssetInfo | Unset = UNSET
    error_info: ErrorInfo | None | Unset = UNSET
    create_time: str | Unset = UNSET
    lastupdate_time: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.error_info import ErrorInfo  # noqa: PLC0415

        job_id = self.job_id

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        job_type: str | Unset = UNSET
        if not isinstance(self.job_type, Unset):
            job_type = self.job_type.value

        start_time = self.start_time

        end_time = self.end_time

        duration = self.duration

        output_asset_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.output_asset_config, Unset):
            output_asset_config = self.output_asset_config.to_dict()

        error_info: dict[str, Any] | None | Unset
        if isinstance(self.error_info, Unset):
            error_info = UNSET
        elif isinstance(self.error_info, ErrorInfo):
            error_info = self.error_info.to_dict()
        else:
            error_info = self.error_info

        create_time = self.create_time

        lastupdate_time = self.lastupdate_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if job_id is not UNSET:
            field_dict["job_id"] = job_id
        if state is not UNSET:
            field_dict["state"] = state
        if job_type is not UNSET:
            field_dict["job_type"] = job_type
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if duration is not UNSET:
            field_dict["duration"] = duration
        if output_asset_config is not UNSET:
            field_dict["output_asset_config"] = output_asset_config
        if error_info is not UNSET:
            field_dict["error_info"] = error_info
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if lastupdate_time is not UNSET:
            field_dict["lastupdate_time"] = lastupdate_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.error_info import ErrorInfo  # noqa: PLC0415
        from ..models.output_asset_info import OutputAssetInfo  # noqa: PLC0415

        d = dict(src_dict)
        job_id = d.pop("job_id", UNSET)
        if job_id is None:
            job_id = UNSET
            d["job_id"] = None

        _raw_state = d.pop("state", UNSET)
        try:
            _state = _raw_state
            state: DigitalHumanVideoState | Unset
            if isinstance(_state, Unset):
                state = UNSET
            else:
                state = DigitalHumanVideoState(_state)

        except (TypeError, ValueError, KeyError, AttributeError):
            state = UNSET
            d["state"] = _raw_state

        _raw_job_type = d.pop("job_type", UNSET)
        try:
            _job_type = _raw_job_type
            job_type: DigitalHumanVideoJobType | Unset
            if isinstance(_job_type, Unset):
                job_type = UNSET
            else:
                job_type = DigitalHumanVideoJobType(_job_type)

        except (TypeError, ValueError, KeyError, AttributeError):
            job_type = UNSET
            d["job_type"] = _raw_job_type

        start_time = d.pop("start_time", UNSET)
        if start_time is None:
            start_time = UNSET
            d["start_time"] = None

        end_time = d.pop("end_time", UNSET)
        if end_time is None:
            end_time = UNSET
            d["end_time"] = None

        duration = d.pop("duration", UNSET)
        if duration is None:
            duration = UNSET
            d["duration"] = None

        _raw_output_asset_config = d.pop("output_asset_config", UNSET)
        try:
            _output_asset_config = _raw_output_asset_config
            output_asset_config: OutputAssetInfo | Unset
            if isinstance(_output_asset_config, Unset):
                output_asset_config = UNSET
            else:
                output_asset_config = OutputAssetInfo.from_dict(_output_asset_config)

        except (TypeError, ValueError, KeyError, AttributeError):
            output_asset_config = UNSET
            d["output_asset_config"] = _raw_output_asset_config

        _raw_error_info = d.pop("error_info", UNSET)
        try:

            def _parse_error_info(data: object) -> ErrorInfo | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_error_info_type_0 = ErrorInfo.from_dict(data)

                    return componentsschemas_error_info_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(ErrorInfo | None | Unset, data)

            error_info = _parse_error_info(_raw_error_info)

        except (TypeError, ValueError, KeyError, AttributeError):
            error_info = UNSET
            d["error_info"] = _raw_error_info

        create_time = d.pop("create_time", UNSET)
        if create_time is None:
            create_time = UNSET
            d["create_time"] = None

        lastupdate_time = d.pop("lastupdate_time", UNSET)
        if lastupdate_time is None:
            lastupdate_time = UNSET
            d["lastupdate_time"] = None

        digital_human_video = cls(
            job_id=job_id,
            state=state,
            job_type=job_type,
            start_time=start_time,
            end_time=end_time,
            duration=duration,
            output_asset_config=output_asset_config,
            error_info=error_info,
            create_time=create_time,
            lastupdate_time=lastupdate_time,
        )

        digital_human_video.additional_properties = d
        return digital_human_video

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
