from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ListCardsRequest")


@_attrs_define
class ListCardsRequest:
    """000 视频生成状态查询 请求参数

    Attributes:
        meta_human_id (int): 查询使用该数字人 id 生成的视频 (0 代表不使用数字人 id 查询,全量查询)
        task_list (list[int]): 查询对应视频 id 生成状态（空代表全量查询）（表格类型写 object，示例是整数数组，见 ERRATA）
    """

    meta_human_id: int
    task_list: list[int]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        meta_human_id = self.meta_human_id

        task_list = self.task_list

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "meta_human_id": meta_human_id,
                "task_list": task_list,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        meta_human_id = d.pop("meta_human_id")

        task_list = cast(list[int], d.pop("task_list"))

        list_cards_request = cls(
            meta_human_id=meta_human_id,
            task_list=task_list,
        )

        list_cards_request.additional_properties = d
        return list_cards_request

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
