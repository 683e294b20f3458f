from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RenderTaskSegment")


@_attrs_define
class RenderTaskSegment:
    """One item of the returned `segment` (DEMO示例 2).

    Attributes:
        text (str | Unset): 片段文本
        media_id (int | Unset): 素材ID
        media_url (str | Unset): 素材URL
    """

    text: str | Unset = UNSET
    media_id: int | Unset = UNSET
    media_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        media_id = self.media_id

        media_url = self.media_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if text is not UNSET:
            field_dict["text"] = text
        if media_id is not UNSET:
            field_dict["media_id"] = media_id
        if media_url is not UNSET:
            field_dict["media_url"] = media_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        text = d.pop("text", UNSET)
        if text is None:
            text = UNSET
            d["text"] = None

        media_id = d.pop("media_id", UNSET)
        if media_id is None:
            media_id = UNSET
            d["media_id"] = None

        media_url = d.pop("media_url", UNSET)
        if media_url is None:
            media_url = UNSET
            d["media_url"] = None

        render_task_segment = cls(
            text=text,
            media_id=media_id,
            media_url=media_url,
        )

        render_task_segment.additional_properties = d
        return render_task_segment

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
