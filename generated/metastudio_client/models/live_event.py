from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LiveEvent")


@_attrs_define
class LiveEvent:
    """表 6-342 LiveEvent

    Attributes:
        timestamp (int): 参数解释: 事件戳。从1970-01-01 00:00:00:000开始的毫秒数 取值范围: 0-4102415999000
        type_ (int | Unset): 参数解释: 事件类型。 • 1 弹幕信息 • 2 用户入场 • 3 用户点赞 • 4 用户送礼 • 5 用户订阅\\关注 • 6 房间观看人数 取值范围: 0-100
        content (str | Unset): 事件内容。 事件类型不同，content内容也不同，定义如下所示： • type=1 弹幕信息 content定义： - user:用户，json - content:
            string,弹幕内容 user定义： - userId: 用户id，string - name: 用户姓名，string - level: 用户平台等级，int - badge: 用户牌子名称，string -
            badgeLevel: 牌子等级，int 举例： { "timestamp": 1694481224245, "type": 1, "content":
            "{\\"user\\":{\\"userId\\":\\"2027271526\\",\\"name\\":\\"***\\",\\"level\\"
            :\\"17\\",\\"badge\\":\\"\\",\\"badgeLevel\\":\\"0\\"},\\"content\\":\\"***
            \\"}" } • type=2 用户入场 content定义： - user:用户，json 举例： { "timestamp": 1694481227655, "type": 2, "content":
            "{\\"user\\":{\\"userId\\":\\"2978899271\\",\\"name\\":\\"***\\",\\"level\\"
            :\\"1\\",\\"badge\\":\\"\\",\\"badgeLevel\\":\\"0\\"}" } • type=3 用户点赞 content定义： - user: 用户，json 举例： {
            "timestamp": 1694481227655, "type": 2, "content":
            "{\\"user\\":{\\"userId\\":\\"2978899271\\",\\"name\\":\\"***\\",\\"level\\"
            :\\"1\\",\\"badge\\":\\"\\",\\"badgeLevel\\":\\"0\\"}" } • type=4 用户送礼 content定义： - user: 用户，json - gift:
            礼物信息,jsongift定义: - giftName: 礼物名称, string - giftNum: 礼物数量, int - totalValue: 此处礼物总价值, int - giftValue: 单个礼物价值,
            int举例: { "timestamp": 1690531652862, "type": 4, "content": "{\\"gift\\":{\\"giftName\\": \\"小星星\\",
            \\"giftNum\\": 10, \\"totalValue\\": 10, \\"giftValue\\": 3}, \\"user\\":{\\"userId\\":
            \\"douyin_95882940927\\", \\"name\\": \\"纯爱战士熙熙\\", \\"level\\": 2, \\"badge\\": \\"\\", \\"badgeLevel\\": 0}}"
            • type=5 用户订阅 暂未使用 • type=6 房间观看人数 content定义: - numberOfViewers: 房间观看人数, int举例: { "timestamp": 1694481236886,
            "type": 6, "content": "{\\"numberOfViewers\\": 5466}" }
    """

    timestamp: int
    type_: int | Unset = UNSET
    content: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        timestamp = self.timestamp

        type_ = self.type_

        content = self.content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "timestamp": timestamp,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if content is not UNSET:
            field_dict["content"] = content

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        timestamp = d.pop("timestamp")

        type_ = d.pop("type", UNSET)
        if type_ is None:
            type_ = UNSET
            d["type"] = None

        content = d.pop("content", UNSET)
        if content is None:
            content = UNSET
            d["content"] = None

        live_event = cls(
            timestamp=timestamp,
            type_=type_,
            content=content,
        )

        live_event.additional_properties = d
        return live_event

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
