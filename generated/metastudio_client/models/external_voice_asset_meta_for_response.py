from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.external_voice_asset_meta_for_response_provider import ExternalVoiceAssetMetaForResponseProvider
from ..types import UNSET, Unset

T = TypeVar("T", bound="ExternalVoiceAssetMetaForResponse")


@_attrs_define
class ExternalVoiceAssetMetaForResponse:
    """表 4-41 ExternalVoiceAssetMeta

    Attributes:
        provider (ExternalVoiceAssetMetaForResponseProvider | Unset): 第三方TTS供应商类型。 XIMALAYA: 喜马拉雅TTS HUAWEI_EI: 华为云EI
            TTS MOBVOI: 出门问问 TTS AUDIOX: 逻辑智能 TTS SINOVOICE: 捷通华声 TTS DATABAKER: 标贝 TTS AISPEECH: 思必驰 TTS
    """

    provider: ExternalVoiceAssetMetaForResponseProvider | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        provider: str | Unset = UNSET
        if not isinstance(self.provider, Unset):
            provider = self.provider.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if provider is not UNSET:
            field_dict["provider"] = provider

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _raw_provider = d.pop("provider", UNSET)
        try:
            _provider = _raw_provider
            provider: ExternalVoiceAssetMetaForResponseProvider | Unset
            if isinstance(_provider, Unset):
                provider = UNSET
            else:
                provider = ExternalVoiceAssetMetaForResponseProvider(_provider)

        except (TypeError, ValueError, KeyError, AttributeError):
            provider = UNSET
            d["provider"] = _raw_provider

        external_voice_asset_meta_for_response = cls(
            provider=provider,
        )

        external_voice_asset_meta_for_response.additional_properties = d
        return external_voice_asset_meta_for_response

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
