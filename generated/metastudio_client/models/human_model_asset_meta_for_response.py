from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.human_model_asset_meta_for_response_modeling_type import HumanModelAssetMetaForResponseModelingType
from ..models.human_model_asset_meta_for_response_style_id import HumanModelAssetMetaForResponseStyleId
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.component_info_for_response import ComponentInfoForResponse
    from ..models.human_model_meta_properties import HumanModelMetaProperties


T = TypeVar("T", bound="HumanModelAssetMetaForResponse")


@_attrs_define
class HumanModelAssetMetaForResponse:
    """表 4-36 HumanModelAssetMeta

    Attributes:
        style_id (HumanModelAssetMetaForResponseStyleId | Unset): 参数解释: 数字人模型风格ID。 约束限制: 当前仅支持系统提供的几种风格。 取值范围: ●
            system_male_001: 男性风格01 ● system_female_001: 女性风格01 ● system_male_002: 男性风格02 ● system_female_002: 女性风格02 默认取值:
            不涉及
        modeling_type (HumanModelAssetMetaForResponseModelingType | Unset): 参数解释: 数字人模型建模类型。 约束限制: 不涉及 取值范围: ● UPLOADED:
            租户上传的模型 ● PICTURE_MODELING: 照片建模生成的模型 ● CHARACTER_CUSTOMIZATION_MODELING: 捏脸生成的模型 默认取值: UPLOADED Default:
            HumanModelAssetMetaForResponseModelingType.UPLOADED.
        modeling_job_id (str | Unset): 参数解释: 建模任务ID。 约束限制: 仅由MetaStudio服务生成的模型系统自行填写 取值范围: 字符长度0-64位。 默认取值: 不涉及。
        model_properties (HumanModelMetaProperties | Unset): 表 4-7 HumanModelMetaProperties
        components (list[ComponentInfoForResponse] | Unset): 可替换组件列表。
    """

    style_id: HumanModelAssetMetaForResponseStyleId | Unset = UNSET
    modeling_type: HumanModelAssetMetaForResponseModelingType | Unset = (
        HumanModelAssetMetaForResponseModelingType.UPLOADED
    )
    modeling_job_id: str | Unset = UNSET
    model_properties: HumanModelMetaProperties | Unset = UNSET
    components: list[ComponentInfoForResponse] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        style_id: str | Unset = UNSET
        if not isinstance(self.style_id, Unset):
            style_id = self.style_id.value

        modeling_type: str | Unset = UNSET
        if not isinstance(self.modeling_type, Unset):
            modeling_type = self.modeling_type.value

        modeling_job_id = self.modeling_job_id

        model_properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.model_properties, Unset):
            model_properties = self.model_properties.to_dict()

        components: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.components, Unset):
            components = []
            for components_item_data in self.components:
                components_item = components_item_data.to_dict()
                components.append(components_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if style_id is not UNSET:
            field_dict["style_id"] = style_id
        if modeling_type is not UNSET:
            field_dict["modeling_type"] = modeling_type
        if modeling_job_id is not UNSET:
            field_dict["modeling_job_id"] = modeling_job_id
        if model_properties is not UNSET:
            field_dict["model_properties"] = model_properties
        if components is not UNSET:
            field_dict["components"] = components

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.component_info_for_response import ComponentInfoForResponse  # noqa: PLC0415
        from ..models.human_model_meta_properties import HumanModelMetaProperties  # noqa: PLC0415

        d = dict(src_dict)
        _raw_style_id = d.pop("style_id", UNSET)
        try:
            _style_id = _raw_style_id
            style_id: HumanModelAssetMetaForResponseStyleId | Unset
            if isinstance(_style_id, Unset):
                style_id = UNSET
            else:
                style_id = HumanModelAssetMetaForResponseStyleId(_style_id)

        except (TypeError, ValueError, KeyError, AttributeError):
            style_id = UNSET
            d["style_id"] = _raw_style_id

        _raw_modeling_type = d.pop("modeling_type", UNSET)
        try:
            _modeling_type = _raw_modeling_type
            modeling_type: HumanModelAssetMetaForResponseModelingType | Unset
            if isinstance(_modeling_type, Unset):
                modeling_type = UNSET
            else:
                modeling_type = HumanModelAssetMetaForResponseModelingType(_modeling_type)

        except (TypeError, ValueError, KeyError, AttributeError):
            modeling_type = UNSET
            d["modeling_type"] = _raw_modeling_type

        modeling_job_id = d.pop("modeling_job_id", UNSET)
        if modeling_job_id is None:
            modeling_job_id = UNSET
            d["modeling_job_id"] = None

        _raw_model_properties = d.pop("model_properties", UNSET)
        try:
            _model_properties = _raw_model_properties
            model_properties: HumanModelMetaProperties | Unset
            if isinstance(_model_properties, Unset):
                model_properties = UNSET
            else:
                model_properties = HumanModelMetaProperties.from_dict(_model_properties)

        except (TypeError, ValueError, KeyError, AttributeError):
            model_properties = UNSET
            d["model_properties"] = _raw_model_properties

        _raw_components = d.pop("components", UNSET)
        try:
            _components = _raw_components
            components: list[ComponentInfoForResponse] | Unset = UNSET
            if _components is not UNSET:
                components = []
                for components_item_data in _components:
                    components_item = ComponentInfoForResponse.from_dict(components_item_data)

                    components.append(components_item)

        except (TypeError, ValueError, KeyError, AttributeError):
            components = UNSET
            d["components"] = _raw_components

        human_model_asset_meta_for_response = cls(
            style_id=style_id,
            modeling_type=modeling_type,
            modeling_job_id=modeling_job_id,
            model_properties=model_properties,
            components=components,
        )

        human_model_asset_meta_for_response.additional_properties = d
        return human_model_asset_meta_for_response

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
