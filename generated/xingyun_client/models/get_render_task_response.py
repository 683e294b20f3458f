from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.render_task import RenderTask


T = TypeVar("T", bound="GetRenderTaskResponse")


@_attrs_define
class GetRenderTaskResponse:
    """002 §2.2 查询视频结果 返回参数

    Attributes:
        error_code (int | Unset): 错误码。0:成功 其他:错误
        error_reason (str | Unset): 错误原因
        data (RenderTask | Unset): 002 §2.2 查询视频结果 返回参数 data. The table lists task_id, synth_state, render_image_oss,
            render_video_oss, synth_start_time, synth_finish_time, error_reason; the DEMO示例 2 response shows `id` instead of
            `task_id` and more fields, transcribed from the example (see ERRATA).
    """

    error_code: int | Unset = UNSET
    error_reason: str | Unset = UNSET
    data: RenderTask | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error_code = self.error_code

        error_reason = self.error_reason

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error_code is not UNSET:
            field_dict["error_code"] = error_code
        if error_reason is not UNSET:
            field_dict["error_reason"] = error_reason
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.render_task import RenderTask  # noqa: PLC0415

        d = dict(src_dict)
        error_code = d.pop("error_code", UNSET)
        if error_code is None:
            error_code = UNSET
            d["error_code"] = None

        error_reason = d.pop("error_reason", UNSET)
        if error_reason is None:
            error_reason = UNSET
            d["error_reason"] = None

        _raw_data = d.pop("data", UNSET)
        try:
            _data = _raw_data
            data: RenderTask | Unset
            if isinstance(_data, Unset):
                data = UNSET
            else:
                data = RenderTask.from_dict(_data)

        except (TypeError, ValueError, KeyError, AttributeError):
            data = UNSET
            d["data"] = _raw_data

        get_render_task_response = cls(
            error_code=error_code,
            error_reason=error_reason,
            data=data,
        )

        get_render_task_response.additional_properties = d
        return get_render_task_response

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
