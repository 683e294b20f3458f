from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.batch_action_digital_assets_request_action import BatchActionDigitalAssetsRequestAction
from ..types import UNSET, Unset

T = TypeVar("T", bound="BatchActionDigitalAssetsRequest")


@_attrs_define
class BatchActionDigitalAssetsRequest:
    """表 4-150 请求 Body 参数

    Attributes:
        action (BatchActionDigitalAssetsRequestAction): 批量操作命令。 DELETE: 删除 DELETE_FORCE: 强制删除，该模式会立即删除资产 RESTORE: 恢复
            UNACTIVE: 取消激活 ACTIVE: 激活 SHARE: 共享 UNSHARE: 取消共享
        asset_ids (list[str]): 资产ID列表
        params (str | Unset): 操作参数
    """

    action: BatchActionDigitalAssetsRequestAction
    asset_ids: list[str]
    params: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action.value

        asset_ids = self.asset_ids

        params = self.params

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "asset_ids": asset_ids,
            }
        )
        if params is not UNSET:
            field_dict["params"] = params

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = BatchActionDigitalAssetsRequestAction(d.pop("action"))

        asset_ids = cast(list[str], d.pop("asset_ids"))

        params = d.pop("params", UNSET)
        if params is None:
            params = UNSET
            d["params"] = None

        batch_action_digital_assets_request = cls(
            action=action,
            asset_ids=asset_ids,
            params=params,
        )

        batch_action_digital_assets_request.additional_properties = d
        return batch_action_digital_assets_request

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
