from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.asset_action_result_ret_status import AssetActionResultRetStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_info import ErrorInfo


T = TypeVar("T", bound="AssetActionResult")


@_attrs_define
class AssetActionResult:
    """表 4-153 AssetActionResult

    Attributes:
        ret_status (AssetActionResultRetStatus | Unset): 处理状态。 • SUCCESS: 成功 • FAILED: 失败
        asset_ids (list[str] | Unset): 资产ID列表
        error_info (ErrorInfo | None | Unset): 表 4-23 / 5-115 / 5-154 … ErrorResponse, as the field error_info of
            assets, videos, live rooms and jobs and chat jobs; null when there is no error (the documents' examples return
            null, see spec/ERRATA.md "error_info").
    """

    ret_status: AssetActionResultRetStatus | Unset = UNSET
    asset_ids: list[str] | Unset = UNSET
    error_info: ErrorInfo | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.error_info import ErrorInfo  # noqa: PLC0415

        ret_status: str | Unset = UNSET
        if not isinstance(self.ret_status, Unset):
            ret_status = self.ret_status.value

        asset_ids: list[str] | Unset = UNSET
        if not isinstance(self.asset_ids, Unset):
            asset_ids = self.asset_ids

        error_info: dict[str, Any] | None | Unset
        if isinstance(self.error_info, Unset):
            error_info = UNSET
        elif isinstance(self.error_info, ErrorInfo):
            error_info = self.error_info.to_dict()
        else:
            error_info = self.error_info

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ret_status is not UNSET:
            field_dict["ret_status"] = ret_status
        if asset_ids is not UNSET:
            field_dict["asset_ids"] = asset_ids
        if error_info is not UNSET:
            field_dict["error_info"] = error_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.error_info import ErrorInfo  # noqa: PLC0415

        d = dict(src_dict)
        _raw_ret_status = d.pop("ret_status", UNSET)
        try:
            _ret_status = _raw_ret_status
            ret_status: AssetActionResultRetStatus | Unset
            if isinstance(_ret_status, Unset):
                ret_status = UNSET
            else:
                ret_status = AssetActionResultRetStatus(_ret_status)

        except (TypeError, ValueError, KeyError, AttributeError):
            ret_status = UNSET
            d["ret_status"] = _raw_ret_status

        asset_ids = d.pop("asset_ids", UNSET)
        if not isinstance(asset_ids, Unset | list):
            d["asset_ids"] = asset_ids
            asset_ids = UNSET

        _raw_error_info = d.pop("error_info", UNSET)
        try:

            def _parse_error_info(data: object) -> ErrorInfo | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_error_info_type_0 = ErrorInfo.from_dict(data)

                    return componentsschemas_error_info_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(ErrorInfo | None | Unset, data)

            error_info = _parse_error_info(_raw_error_info)

        except (TypeError, ValueError, KeyError, AttributeError):
            error_info = UNSET
            d["error_info"] = _raw_error_info

        asset_action_result = cls(
            ret_status=ret_status,
            asset_ids=asset_ids,
            error_info=error_info,
        )

        asset_action_result.additional_properties = d
        return asset_action_result

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
