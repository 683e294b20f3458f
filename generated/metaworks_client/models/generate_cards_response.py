from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.generate_cards_data import GenerateCardsData


T = TypeVar("T", bound="GenerateCardsResponse")


@_attrs_define
class GenerateCardsResponse:
    """000 视频批量生成 返回参数

    Attributes:
        err_code (int | Unset): 返回 code: 0 成功; -10000 服务地址不存在; -10001 app_secret 有误; -10002 参数有误或缺少; -10003 签名已过期;
            -10004 签名错误; -10005 请求配额不足; -20001 系统出错, 无法导出指定的内容; -20002 导出任务不存在 (full catalogue in x-error-codes)
        last_modify (int | Unset): 时间戳
        data (GenerateCardsData | Unset): 000 视频批量生成 返回参数 data
    """

    err_code: int | Unset = UNSET
    last_modify: int | Unset = UNSET
    data: GenerateCardsData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        err_code = self.err_code

        last_modify = self.last_modify

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if err_code is not UNSET:
            field_dict["err_code"] = err_code
        if last_modify is not UNSET:
            field_dict["last_modify"] = last_modify
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.generate_cards_data import GenerateCardsData  # noqa: PLC0415

        d = dict(src_dict)
        err_code = d.pop("err_code", UNSET)
        if err_code is None:
            err_code = UNSET
            d["err_code"] = None

        last_modify = d.pop("last_modify", UNSET)
        if last_modify is None:
            last_modify = UNSET
            d["last_modify"] = None

        _raw_data = d.pop("data", UNSET)
        try:
            _data = _raw_data
            data: GenerateCardsData | Unset
            if isinstance(_data, Unset):
                data = UNSET
            else:
                data = GenerateCardsData.from_dict(_data)

        except (TypeError, ValueError, KeyError, AttributeError):
            data = UNSET
            d["data"] = _raw_data

        generate_cards_response = cls(
            err_code=err_code,
            last_modify=last_modify,
            data=data,
        )

        generate_cards_response.additional_properties = d
        return generate_cards_response

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
