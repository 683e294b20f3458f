from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.call_back_config_auth_type import CallBackConfigAuthType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CallBackConfig")


@_attrs_define
class CallBackConfig:
    """表 5-142 CallBackConfig

    Attributes:
        callback_url (str): 回调URL。 回调请求body为json格式，带参数如下： result: SUCCEED或FAILED asset_id: 资产ID job_id: 任务
        auth_type (CallBackConfigAuthType | Unset): 认证类型。 NONE。URL中自带认证。
            MSS_A。HMACSHA256签名模式，在URL中追加参数:secret,time_stamp。取值方式： secret=hmac_sha256(key, URI ( callback_url ) +
            time_stamp)&time_stamp=hex(timestamp) 默认取值： NONE Default: CallBackConfigAuthType.NONE.
        key (str | Unset): 密钥Key
    """

    callback_url: str
    auth_type: CallBackConfigAuthType | Unset = CallBackConfigAuthType.NONE
    key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        callback_url = self.callback_url

        auth_type: str | Unset = UNSET
        if not isinstance(self.auth_type, Unset):
            auth_type = self.auth_type.value

        key = self.key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "callback_url": callback_url,
            }
        )
        if auth_type is not UNSET:
            field_dict["auth_type"] = auth_type
        if key is not UNSET:
            field_dict["key"] = key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        callback_url = d.pop("callback_url")

        _raw_auth_type = d.pop("auth_type", UNSET)
        try:
            _auth_type = _raw_auth_type
            auth_type: CallBackConfigAuthType | Unset
            if isinstance(_auth_type, Unset):
                auth_type = UNSET
            else:
                auth_type = CallBackConfigAuthType(_auth_type)

        except (TypeError, ValueError, KeyError, AttributeError):
            auth_type = UNSET
            d["auth_type"] = _raw_auth_type

        key = d.pop("key", UNSET)
        if key is None:
            key = UNSET
            d["key"] = None

        call_back_config = cls(
            callback_url=callback_url,
            auth_type=auth_type,
            key=key,
        )

        call_back_config.additional_properties = d
        return call_back_config

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
