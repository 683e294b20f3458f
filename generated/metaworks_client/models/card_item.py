from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CardItem")


@_attrs_define
class CardItem:
    """000 视频批量生成 请求参数 items 的元素

    Attributes:
        tpl_id (int): 应用的动作模板 id (附模板配置)。模板配置 动作: 模板 id (女)/(男): 打招呼 152/159, 不理解 153/160, 可爱卖萌 154/161, 鼓掌 155/162, 思考
            156/163, OK 157/164, 待机 158/165。
        tts_text (str): 生成的配音文案
        bg_url (str): 视频背景图 url
    """

    tpl_id: int
    tts_text: str
    bg_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tpl_id = self.tpl_id

        tts_text = self.tts_text

        bg_url = self.bg_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tpl_id": tpl_id,
                "tts_text": tts_text,
                "bg_url": bg_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        tpl_id = d.pop("tpl_id")

        tts_text = d.pop("tts_text")

        bg_url = d.pop("bg_url")

        card_item = cls(
            tpl_id=tpl_id,
            tts_text=tts_text,
            bg_url=bg_url,
        )

        card_item.additional_properties = d
        return card_item

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
