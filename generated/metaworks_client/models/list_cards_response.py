from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.card_task import CardTask


T = TypeVar("T", bound="ListCardsResponse")


@_attrs_define
class ListCardsResponse:
    """000 视频生成状态查询 返回参数

    Attributes:
        err_code (int | Unset): 返回 code: 0 成功; -10000 服务地址不存在; -10001 app_secret 有误; -10002 参数有误或缺少; -10003 签名已过期;
            -10004 签名错误; -10005 请求配额不足; -20001 系统出错, 无法导出指定的内容; -20002 导出任务不存在 (full catalogue in x-error-codes)
        last_modify (int | Unset): 时间戳
        ret (list[CardTask] | Unset): 视频状态列表
    """

    err_code: int | Unset = UNSET
    last_modify: int | Unset = UNSET
    ret: list[CardTask] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        err_code = self.err_code

        last_modify = self.last_modify

        ret: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.ret, Unset):
            ret = []
            for ret_item_data in self.ret:
                ret_item = ret_item_data.to_dict()
                ret.append(ret_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if err_code is not UNSET:
            field_dict["err_code"] = err_code
        if last_modify is not UNSET:
            field_dict["last_modify"] = last_modify
        if ret is not UNSET:
            field_dict["ret"] = ret

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.card_task import CardTask  # noqa: PLC0415

        d = dict(src_dict)
        err_code = d.pop("err_code", UNSET)
        if err_code is None:
            err_code = UNSET
            d["err_code"] = None

        last_modify = d.pop("last_modify", UNSET)
        if last_modify is None:
            last_modify = UNSET
            d["last_modify"] = None

        _raw_ret = d.pop("ret", UNSET)
        try:
            _ret = _raw_ret
            ret: list[CardTask] | Unset = UNSET
            if _ret is not UNSET:
                ret = []
                for ret_item_data in _ret:
                    ret_item = CardTask.from_dict(ret_item_data)

                    ret.append(ret_item)

        except (TypeError, ValueError, KeyError, AttributeError):
            ret = UNSET
            d["ret"] = _raw_ret

        list_cards_response = cls(
            err_code=err_code,
            last_modify=last_modify,
            ret=ret,
        )

        list_cards_response.additional_properties = d
        return list_cards_response

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
