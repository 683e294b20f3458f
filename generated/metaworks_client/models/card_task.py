from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.card_task_state import CardTaskState
from ..types import UNSET, Unset

T = TypeVar("T", bound="CardTask")


@_attrs_define
class CardTask:
    """000 视频生成状态查询 返回参数 ret 的元素

    Attributes:
        task_id (int | Unset): 生成的视频 id
        meta_human_id (int | Unset): 生成视频的数字人 id
        play_url (str | Unset): 视频 url
        state (CardTaskState | Unset): 视频生成状态 (5: 生成中; 6: 生成成功; 7: 生成失败)
    """

    task_id: int | Unset = UNSET
    meta_human_id: int | Unset = UNSET
    play_url: str | Unset = UNSET
    state: CardTaskState | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_id = self.task_id

        meta_human_id = self.meta_human_id

        play_url = self.play_url

        state: int | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if task_id is not UNSET:
            field_dict["taskId"] = task_id
        if meta_human_id is not UNSET:
            field_dict["metaHumanId"] = meta_human_id
        if play_url is not UNSET:
            field_dict["playUrl"] = play_url
        if state is not UNSET:
            field_dict["state"] = state

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        task_id = d.pop("taskId", UNSET)
        if task_id is None:
            task_id = UNSET
            d["taskId"] = None

        meta_human_id = d.pop("metaHumanId", UNSET)
        if meta_human_id is None:
            meta_human_id = UNSET
            d["metaHumanId"] = None

        play_url = d.pop("playUrl", UNSET)
        if play_url is None:
            play_url = UNSET
            d["playUrl"] = None

        _raw_state = d.pop("state", UNSET)
        try:
            _state = _raw_state
            state: CardTaskState | Unset
            if isinstance(_state, Unset):
                state = UNSET
            else:
                state = CardTaskState(_state)

        except (TypeError, ValueError, KeyError, AttributeError):
            state = UNSET
            d["state"] = _raw_state

        card_task = cls(
            task_id=task_id,
            meta_human_id=meta_human_id,
            play_url=play_url,
            state=state,
        )

        card_task.additional_properties = d
        return card_task

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
