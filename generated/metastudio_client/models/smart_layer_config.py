from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.smart_layer_config_layer_type import SmartLayerConfigLayerType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.layer_position_config import LayerPositionConfig
    from ..models.layer_size_config import LayerSizeConfig
    from ..models.smart_image_layer_config import SmartImageLayerConfig
    from ..models.smart_text_layer_config import SmartTextLayerConfig
    from ..models.smart_video_layer_config import SmartVideoLayerConfig


T = TypeVar("T", bound="SmartLayerConfig")


@_attrs_define
class SmartLayerConfig:
    """表 6-21 SmartLayerConfig

    Attributes:
        layer_type (SmartLayerConfigLayerType): 图层类型。 ● IMAGE: 素材图片图层 ● VIDEO: 素材视频图层 ● TEXT: 文本图层
        asset_id (str | Unset): 图层所需资产的资产id，外部资产信息无需填写
        position (LayerPositionConfig | Unset): 表 5-15 LayerPositionConfig（同 表 5-81、表 5-132）; 表 6-7 LayerPositionConfig;
            表 7-9 LayerPositionConfig
        size (LayerSizeConfig | Unset): 表 5-16 LayerSizeConfig（同 表 5-54、表 5-82、表 5-133、表 5-165）；003 表18 给出 width
            的更正描述，见勘误; 表 6-8 LayerSizeConfig; 表 7-10 LayerSizeConfig
        image_config (SmartImageLayerConfig | Unset): 表 6-22 SmartImageLayerConfig
        video_config (SmartVideoLayerConfig | Unset): 表 6-23 SmartVideoLayerConfig
        text_config (SmartTextLayerConfig | Unset): 表 6-24 SmartTextLayerConfig
    """

    layer_type: SmartLayerConfigLayerType
    asset_id: str | Unset = UNSET
    position: LayerPositionConfig | Unset = UNSET
    size: LayerSizeConfig | Unset = UNSET
    image_config: SmartImageLayerConfig | Unset = UNSET
    video_config: SmartVideoLayerConfig | Unset = UNSET
    text_config: SmartTextLayerConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        layer_type = self.layer_type.value

        asset_id = self.asset_id

        position: dict[str, Any] | Unset = UNSET
        if not isinstance(self.position, Unset):
            position = self.position.to_dict()

        size: dict[str, Any] | Unset = UNSET
        if not isinstance(self.size, Unset):
            size = self.size.to_dict()

        image_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.image_config, Unset):
            image_config = self.image_config.to_dict()

        video_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.video_config, Unset):
            video_config = self.video_config.to_dict()

        text_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.text_config, Unset):
            text_config = self.text_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "layer_type": layer_type,
            }
        )
        if asset_id is not UNSET:
            field_dict["asset_id"] = asset_id
        if position is not UNSET:
            field_dict["position"] = position
        if size is not UNSET:
            field_dict["size"] = size
        if image_config is not UNSET:
            field_dict["image_config"] = image_config
        if video_config is not UNSET:
            field_dict["video_config"] = video_config
        if text_config is not UNSET:
            field_dict["text_config"] = text_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.layer_position_config import LayerPositionConfig  # noqa: PLC0415
        from ..models.layer_size_config import LayerSizeConfig  # noqa: PLC0415
        from ..models.smart_image_layer_config import SmartImageLayerConfig  # noqa: PLC0415
        from ..models.smart_text_layer_config import SmartTextLayerConfig  # noqa: PLC0415
        from ..models.smart_video_layer_config import SmartVideoLayerConfig  # noqa: PLC0415

        d = dict(src_dict)
        layer_type = SmartLayerConfigLayerType(d.pop("layer_type"))

        asset_id = d.pop("asset_id", UNSET)
        if asset_id is None:
            asset_id = UNSET
            d["asset_id"] = None

        _raw_position = d.pop("position", UNSET)
        try:
            _position = _raw_position
            position: LayerPositionConfig | Unset
            if isinstance(_position, Unset):
                position = UNSET
            else:
                position = LayerPositionConfig.from_dict(_position)

        except (TypeError, ValueError, KeyError, AttributeError):
            position = UNSET
            d["position"] = _raw_position

        _raw_size = d.pop("size", UNSET)
        try:
            _size = _raw_size
            size: LayerSizeConfig | Unset
            if isinstance(_size, Unset):
                size = UNSET
            else:
                size = LayerSizeConfig.from_dict(_size)

        except (TypeError, ValueError, KeyError, AttributeError):
            size = UNSET
            d["size"] = _raw_size

        _raw_image_config = d.pop("image_config", UNSET)
        try:
            _image_config = _raw_image_config
            image_config: SmartImageLayerConfig | Unset
            if isinstance(_image_config, Unset):
                image_config = UNSET
            else:
                image_config = SmartImageLayerConfig.from_dict(_image_config)

        except (TypeError, ValueError, KeyError, AttributeError):
            image_config = UNSET
            d["image_config"] = _raw_image_config

        _raw_video_config = d.pop("video_config", UNSET)
        try:
            _video_config = _raw_video_config
            video_config: SmartVideoLayerConfig | Unset
            if isinstance(_video_config, Unset):
                video_config = UNSET
            else:
                video_config = SmartVideoLayerConfig.from_dict(_video_config)

        except (TypeError, ValueError, KeyError, AttributeError):
            video_config = UNSET
            d["video_config"] = _raw_video_config

        _raw_text_config = d.pop("text_config", UNSET)
        try:
            _text_config = _raw_text_config
            text_config: SmartTextLayerConfig | Unset
            if isinstance(_text_config, Unset):
                text_config = UNSET
            else:
                text_config = SmartTextLayerConfig.from_dict(_text_config)

        except (TypeError, ValueError, KeyError, AttributeError):
            text_config = UNSET
            d["text_config"] = _raw_text_config

        smart_layer_config = cls(
            layer_type=layer_type,
            asset_id=asset_id,
            position=position,
            size=size,
            image_config=image_config,
            video_config=video_config,
            text_config=text_config,
        )

        smart_layer_config.additional_properties = d
        return smart_layer_config

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
