from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.card_item import CardItem


T = TypeVar("T", bound="GenerateCardsRequest")


@_attrs_define
class GenerateCardsRequest:
    """000 视频批量生成 请求参数

    Attributes:
        meta_human_id (int): 需要生成视频的数字人 id
        items (list[CardItem]): 生成视频的数组（表格类型写 object，示例是数组，见 ERRATA）
    """

    meta_human_id: int
    items: list[CardItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        meta_human_id = self.meta_human_id

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "meta_human_id": meta_human_id,
                "items": items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.card_item import CardItem  # noqa: PLC0415

        d = dict(src_dict)
        meta_human_id = d.pop("meta_human_id")

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = CardItem.from_dict(items_item_data)

            items.append(items_item)

        generate_cards_request = cls(
            meta_human_id=meta_human_id,
            items=items,
        )

        generate_cards_request.additional_properties = d
        return generate_cards_request

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
