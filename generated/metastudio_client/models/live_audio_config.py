from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LiveAudioConfig")


@_attrs_define
class LiveAudioConfig:
    """表 6-14 LiveAudioConfig

    Attributes:
        asset_id (str | Unset): 参数解释: 插入音频资产的资产id，外部资产信息无需填写。若填写，可以从资产库中查询。 约束限制: 不涉及 取值范围: 字符长度0-64位。 默认取值: 不涉及。
        audio_url (str | Unset): 参数解释: 音频URL。 约束限制: 仅支持MP3格式，大小<100MB。输出会自动转化为单声道16KHZ采样。 取值范围: 字符长度0-2048位。 默认取值: 不涉及。
        subtitle_url (str | Unset): 参数解释: 音频对应的字幕文件URL。 约束限制: 仅SRT格式，大小<1MB。 取值范围: 字符长度0-2048位。 默认取值: 不涉及。
    """

    asset_id: str | Unset = UNSET
    audio_url: str | Unset = UNSET
    subtitle_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset_id = self.asset_id

        audio_url = self.audio_url

        subtitle_url = self.subtitle_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if asset_id is not UNSET:
            field_dict["asset_id"] = asset_id
        if audio_url is not UNSET:
            field_dict["audio_url"] = audio_url
        if subtitle_url is not UNSET:
            field_dict["subtitle_url"] = subtitle_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        asset_id = d.pop("asset_id", UNSET)
        if asset_id is None:
            asset_id = UNSET
            d["asset_id"] = None

        audio_url = d.pop("audio_url", UNSET)
        if audio_url is None:
            audio_url = UNSET
            d["audio_url"] = None

        subtitle_url = d.pop("subtitle_url", UNSET)
        if subtitle_url is None:
            subtitle_url = UNSET
            d["subtitle_url"] = None

        live_audio_config = cls(
            asset_id=asset_id,
            audio_url=audio_url,
            subtitle_url=subtitle_url,
        )

        live_audio_config.additional_properties = d
        return live_audio_config

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
