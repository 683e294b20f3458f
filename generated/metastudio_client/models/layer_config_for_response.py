from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.layer_config_for_response_layer_type import LayerConfigForResponseLayerType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_layer_config import ImageLayerConfig
    from ..models.layer_position_config_for_response import LayerPositionConfigForResponse
    from ..models.layer_size_config import LayerSizeConfig
    from ..models.text_layer_config import TextLayerConfig
    from ..models.video_layer_config import VideoLayerConfig


T = TypeVar("T", bound="LayerConfigForResponse")


@_attrs_define
class LayerConfigForResponse:
    """表 5-52 LayerConfig（同 表 5-163）; 表 6-59 LayerConfig; 表 7-41 LayerConfig

    Attributes:
        layer_type (LayerConfigForResponseLayerType | Unset): 参数解释: 图层类型。 约束限制: 不涉及。 取值范围: • HUMAN: 人物图层 • IMAGE: 素材图片图层
            • VIDEO: 素材视频图层 • TEXT: 素材文字图层 默认取值: 不涉及
        asset_id (str | Unset): 参数解释: 图层所需资产的资产id, 外部资产信息无需填写。 约束限制: 不涉及。 取值范围: 字符长度0-64位 默认取值: 不涉及
        group_id (str | Unset): 参数解释: 多场景素材编组。同一group_id的素材, 在应用全局时共享位置信息。 约束限制: 不涉及。 取值范围: 字符长度0-64位 默认取值: 不涉及
        position (LayerPositionConfigForResponse | Unset): 表 5-53 LayerPositionConfig（同 表 5-164）; 表 6-60
            LayerPositionConfig; 表 7-42 LayerPositionConfig
        size (LayerSizeConfig | Unset): 表 5-16 LayerSizeConfig（同 表 5-54、表 5-82、表 5-133、表 5-165）；003 表18 给出 width
            的更正描述，见勘误; 表 6-8 LayerSizeConfig; 表 7-10 LayerSizeConfig
        image_config (ImageLayerConfig | Unset): 表 5-17 ImageLayerConfig（同 表 5-55、表 5-83、表 5-134、表 5-166）; 表 6-9
            ImageLayerConfig; 表 7-11 ImageLayerConfig
        video_config (VideoLayerConfig | Unset): 表 5-18 VideoLayerConfig（同 表 5-56、表 5-84、表 5-135、表 5-167）; 表 6-10
            VideoLayerConfig; 表 7-12 VideoLayerConfig
        text_config (TextLayerConfig | Unset): 表 5-19 TextLayerConfig（同 表 5-57、表 5-85、表 5-136、表 5-168）; 表 6-11
            TextLayerConfig; 表 7-13 TextLayerConfig
    """

    layer_type: LayerConfigForResponseLayerType | Unset = UNSET
    asset_id: str | Unset = UNSET
    group_id: str | Unset = UNSET
    position: LayerPositionConfigForResponse | Unset = UNSET
    size: LayerSizeConfig | Unset = UNSET
    image_config: ImageLayerConfig | Unset = UNSET
    video_config: VideoLayerConfig | Unset = UNSET
    text_config: TextLayerConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        layer_type: str | Unset = UNSET
        if not isinstance(self.layer_type, Unset):
            layer_type = self.layer_type.value

        asset_id = self.asset_id

        group_id = self.group_id

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
        field_dict.update({})
        if layer_type is not UNSET:
            field_dict["layer_type"] = layer_type
        if asset_id is not UNSET:
            field_dict["asset_id"] = asset_id
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
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
        from ..models.image_layer_config import ImageLayerConfig  # noqa: PLC0415
        from ..models.layer_position_config_for_response import LayerPositionConfigForResponse  # noqa: PLC0415
        from ..models.layer_size_config import LayerSizeConfig  # noqa: PLC0415
        from ..models.text_layer_config import TextLayerConfig  # noqa: PLC0415
        from ..models.video_layer_config import VideoLayerConfig  # noqa: PLC0415

        d = dict(src_dict)
        _raw_layer_type = d.pop("layer_type", UNSET)
        try:
            _layer_type = _raw_layer_type
            layer_type: LayerConfigForResponseLayerType | Unset
            if isinstance(_layer_type, Unset):
                layer_type = UNSET
            else:
                layer_type = LayerConfigForResponseLayerType(_layer_type)

        except (TypeError, ValueError, KeyError, AttributeError):
            layer_type = UNSET
            d["layer_type"] = _raw_layer_type

        asset_id = d.pop("asset_id", UNSET)
        if asset_id is None:
            asset_id = UNSET
            d["asset_id"] = None

        group_id = d.pop("group_id", UNSET)
        if group_id is None:
            group_id = UNSET
            d["group_id"] = None

        _raw_position = d.pop("position", UNSET)
        try:
            _position = _raw_position
            position: LayerPositionConfigForResponse | Unset
            if isinstance(_position, Unset):
                position = UNSET
            else:
                position = LayerPositionConfigForResponse.from_dict(_position)

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
            image_config: ImageLayerConfig | Unset
            if isinstance(_image_config, Unset):
                image_config = UNSET
            else:
                image_config = ImageLayerConfig.from_dict(_image_config)

        except (TypeError, ValueError, KeyError, AttributeError):
            image_config = UNSET
            d["image_config"] = _raw_image_config

        _raw_video_config = d.pop("video_config", UNSET)
        try:
            _video_config = _raw_video_config
            video_config: VideoLayerConfig | Unset
            if isinstance(_video_config, Unset):
                video_config = UNSET
            else:
                video_config = VideoLayerConfig.from_dict(_video_config)

        except (TypeError, ValueError, KeyError, AttributeError):
            video_config = UNSET
            d["video_config"] = _raw_video_config

        _raw_text_config = d.pop("text_config", UNSET)
        try:
            _text_config = _raw_text_config
            text_config: TextLayerConfig | Unset
            if isinstance(_text_config, Unset):
                text_config = UNSET
            else:
                text_config = TextLayerConfig.from_dict(_text_config)

        except (TypeError, ValueError, KeyError, AttributeError):
            text_config = UNSET
            d["text_config"] = _raw_text_config

        layer_config_for_response = cls(
            layer_type=layer_type,
            asset_id=asset_id,
            group_id=group_id,
            position=position,
            size=size,
            image_config=image_config,
            video_config=video_config,
            text_config=text_config,
        )

        layer_config_for_response.additional_properties = d
        return layer_config_for_response

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
