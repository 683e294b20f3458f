from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_audio_config import LiveAudioConfig
    from ..models.relation_product_info import RelationProductInfo
    from ..models.text_config import TextConfig


T = TypeVar("T", bound="LiveShootScriptItem")


@_attrs_define
class LiveShootScriptItem:
    """表 6-12 LiveShootScriptItem

    Attributes:
        sequence_no (int | Unset): 参数解释: 剧本序号。 约束限制: 不涉及 取值范围: 0-2147483647
        title (str | Unset): 参数解释: 段落标题。 约束限制: 不涉及 取值范围: 字符长度0-256位。 默认取值: 不涉及。
        text_config (TextConfig | Unset): 表 5-11 TextConfig（同 表 5-77、表 5-128）; 表 6-13 TextConfig
        audio_config (LiveAudioConfig | Unset): 表 6-14 LiveAudioConfig
        relation_product (RelationProductInfo | Unset): 表 6-15 RelationProductInfo
    """

    sequence_no: int | Unset = UNSET
    title: str | Unset = UNSET
    text_config: TextConfig | Unset = UNSET
    audio_config: LiveAudioConfig | Unset = UNSET
    relation_product: RelationProductInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sequence_no = self.sequence_no

        title = self.title

        text_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.text_config, Unset):
            text_config = self.text_config.to_dict()

        audio_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.audio_config, Unset):
            audio_config = self.audio_config.to_dict()

        relation_product: dict[str, Any] | Unset = UNSET
        if not isinstance(self.relation_product, Unset):
            relation_product = self.relation_product.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sequence_no is not UNSET:
            field_dict["sequence_no"] = sequence_no
        if title is not UNSET:
            field_dict["title"] = title
        if text_config is not UNSET:
            field_dict["text_config"] = text_config
        if audio_config is not UNSET:
            field_dict["audio_config"] = audio_config
        if relation_product is not UNSET:
            field_dict["relation_product"] = relation_product

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.live_audio_config import LiveAudioConfig  # noqa: PLC0415
        from ..models.relation_product_info import RelationProductInfo  # noqa: PLC0415
        from ..models.text_config import TextConfig  # noqa: PLC0415

        d = dict(src_dict)
        sequence_no = d.pop("sequence_no", UNSET)
        if sequence_no is None:
            sequence_no = UNSET
            d["sequence_no"] = None

        title = d.pop("title", UNSET)
        if title is None:
            title = UNSET
            d["title"] = None

        _raw_text_config = d.pop("text_config", UNSET)
        try:
            _text_config = _raw_text_config
            text_config: TextConfig | Unset
            if isinstance(_text_config, Unset):
                text_config = UNSET
            else:
                text_config = TextConfig.from_dict(_text_config)

        except (TypeError, ValueError, KeyError, AttributeError):
            text_config = UNSET
            d["text_config"] = _raw_text_config

        _raw_audio_config = d.pop("audio_config", UNSET)
        try:
            _audio_config = _raw_audio_config
            audio_config: LiveAudioConfig | Unset
            if isinstance(_audio_config, Unset):
                audio_config = UNSET
            else:
                audio_config = LiveAudioConfig.from_dict(_audio_config)

        except (TypeError, ValueError, KeyError, AttributeError):
            audio_config = UNSET
            d["audio_config"] = _raw_audio_config

        _raw_relation_product = d.pop("relation_product", UNSET)
        try:
            _relation_product = _raw_relation_product
            relation_product: RelationProductInfo | Unset
            if isinstance(_relation_product, Unset):
                relation_product = UNSET
            else:
                relation_product = RelationProductInfo.from_dict(_relation_product)

        except (TypeError, ValueError, KeyError, AttributeError):
            relation_product = UNSET
            d["relation_product"] = _raw_relation_product

        live_shoot_script_item = cls(
            sequence_no=sequence_no,
            title=title,
            text_config=text_config,
            audio_config=audio_config,
            relation_product=relation_product,
        )

        live_shoot_script_item.additional_properties = d
        return live_shoot_script_item

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
