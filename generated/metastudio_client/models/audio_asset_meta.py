from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_info import ErrorInfo


T = TypeVar("T", bound="AudioAssetMeta")


@_attrs_define
class AudioAssetMeta:
    """表 4-22 AudioAssetMeta

    Attributes:
        duration (int | Unset): 参数解释: 时长,单位秒。 约束限制: 用户无需填写,系统自行提取。 默认取值: 不涉及 取值范围: 0-86400
        audio_codec (str | Unset): 参数解释: 音频编码格式。 约束限制: 用户无需填写,系统自行提取。 取值范围: 字符长度0-32位。 默认取值: 不涉及
        audio_bit_rate (int | Unset): 参数解释: 音频平均码率,单位kbps。 约束限制: 用户无需填写,系统自行提取。 默认取值: 不涉及 取值范围: 0-16384
        audio_channels (int | Unset): 参数解释: 音频声道数。 约束限制: 用户无需填写，系统自行提取。 默认取值: 不涉及 取值范围: 0-100
        sample (int | Unset): 参数解释: 采样率,HZ。 约束限制: 用户无需填写，系统自行提取。 默认取值: 不涉及 取值范围: 0-100000
        error_info (ErrorInfo | None | Unset): 表 4-23 / 5-115 / 5-154 … ErrorResponse, as the field error_info of
            assets, videos, live rooms and jobs and chat jobs; null when there is no error (the documents' examples return
            null, see spec/ERRATA.md "error_info").
    """

    duration: int | Unset = UNSET
    audio_codec: str | Unset = UNSET
    audio_bit_rate: int | Unset = UNSET
    audio_channels: int | Unset = UNSET
    sample: int | Unset = UNSET
    error_info: ErrorInfo | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.error_info import ErrorInfo  # noqa: PLC0415

        duration = self.duration

        audio_codec = self.audio_codec

        audio_bit_rate = self.audio_bit_rate

        audio_channels = self.audio_channels

        sample = self.sample

        error_info: dict[str, Any] | None | Unset
        if isinstance(self.error_info, Unset):
            error_info = UNSET
        elif isinstance(self.error_info, ErrorInfo):
            error_info = self.error_info.to_dict()
        else:
            error_info = self.error_info

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if duration is not UNSET:
            field_dict["duration"] = duration
        if audio_codec is not UNSET:
            field_dict["audio_codec"] = audio_codec
        if audio_bit_rate is not UNSET:
            field_dict["audio_bit_rate"] = audio_bit_rate
        if audio_channels is not UNSET:
            field_dict["audio_channels"] = audio_channels
        if sample is not UNSET:
            field_dict["sample"] = sample
        if error_info is not UNSET:
            field_dict["error_info"] = error_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.error_info import ErrorInfo  # noqa: PLC0415

        d = dict(src_dict)
        duration = d.pop("duration", UNSET)
        if duration is None:
            duration = UNSET
            d["duration"] = None

        audio_codec = d.pop("audio_codec", UNSET)
        if audio_codec is None:
            audio_codec = UNSET
            d["audio_codec"] = None

        audio_bit_rate = d.pop("audio_bit_rate", UNSET)
        if audio_bit_rate is None:
            audio_bit_rate = UNSET
            d["audio_bit_rate"] = None

        audio_channels = d.pop("audio_channels", UNSET)
        if audio_channels is None:
            audio_channels = UNSET
            d["audio_channels"] = None

        sample = d.pop("sample", UNSET)
        if sample is None:
            sample = UNSET
            d["sample"] = None

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

        audio_asset_meta = cls(
            duration=duration,
            audio_codec=audio_codec,
            audio_bit_rate=audio_bit_rate,
            audio_channels=audio_channels,
            sample=sample,
            error_info=error_info,
        )

        audio_asset_meta.additional_properties = d
        return audio_asset_meta

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
