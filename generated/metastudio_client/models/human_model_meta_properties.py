from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="HumanModelMetaProperties")


@_attrs_define
class HumanModelMetaProperties:
    """表 4-7 HumanModelMetaProperties

    Attributes:
        whole_model_base_file_id (str | Unset): 参数解释: 用于生成WHOLE_MODEL的模型file_id 约束限制: 如果当前记录的信息与MAIN文件的file_id一致,
            那就认为已经生成过, 无需再进行全模型导出 取值范围: 字符长度0-64位。 默认取值: 不涉及。
        load_model_file_id (str | Unset): 参数解释: 当前用于渲染加载的模型file_id 约束限制: 若为空或未匹配到, 则使用MAIN文件 取值范围: 字符长度0-64位。 默认取值: 不涉及。
    """

    whole_model_base_file_id: str | Unset = UNSET
    load_model_file_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        whole_model_base_file_id = self.whole_model_base_file_id

        load_model_file_id = self.load_model_file_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if whole_model_base_file_id is not UNSET:
            field_dict["whole_model_base_file_id"] = whole_model_base_file_id
        if load_model_file_id is not UNSET:
            field_dict["load_model_file_id"] = load_model_file_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        whole_model_base_file_id = d.pop("whole_model_base_file_id", UNSET)
        if whole_model_base_file_id is None:
            whole_model_base_file_id = UNSET
            d["whole_model_base_file_id"] = None

        load_model_file_id = d.pop("load_model_file_id", UNSET)
        if load_model_file_id is None:
            load_model_file_id = UNSET
            d["load_model_file_id"] = None

        human_model_meta_properties = cls(
            whole_model_base_file_id=whole_model_base_file_id,
            load_model_file_id=load_model_file_id,
        )

        human_model_meta_properties.additional_properties = d
        return human_model_meta_properties

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
