from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rtc_user_info_user_type import RTCUserInfoUserType
from ..types import UNSET, Unset

T = TypeVar("T", bound="RTCUserInfo")


@_attrs_define
class RTCUserInfo:
    """表 6-265 RTCUserInfo (same table: 表 6-279, 6-295, 6-328); 表 7-104 RTCUserInfo

    Attributes:
        user_type (RTCUserInfoUserType | Unset): 用户类型。 ● CAPTURE: 直播助手, 将摄像头获取视频流推送到RTC房间 ● ANIMATION: VDS服务,
            从RTC房间拉视频流生成动作数据 ● RENDER: 渲染服务, 将动作数据渲染成数字人动画 ● PLAYER: 普通观看方, 可选择原始视频流或者数字人动画视频流观看 ● INFERENCE_USER:
            数字人推理端用户。从RTC房间接收音频流, 并推送视频流到RTC房间 ● END_USER: 端侧用户。从推送音频流到RTC房间, 并从RTC房间接收视频流
        user_id (str | Unset): RTC用户ID。
        signature (str | Unset): RTC鉴权token。
        ctime (int | Unset): 有效期。时间戳, 单位: 秒。 取值范围: 0-4294967295
    """

    user_type: RTCUserInfoUserType | Unset = UNSET
    user_id: str | Unset = UNSET
    signature: str | Unset = UNSET
    ctime: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_type: str | Unset = UNSET
        if not isinstance(self.user_type, Unset):
            user_type = self.user_type.value

        user_id = self.user_id

        signature = self.signature

        ctime = self.ctime

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user_type is not UNSET:
            field_dict["user_type"] = user_type
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if signature is not UNSET:
            field_dict["signature"] = signature
        if ctime is not UNSET:
            field_dict["ctime"] = ctime

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _raw_user_type = d.pop("user_type", UNSET)
        try:
            _user_type = _raw_user_type
            user_type: RTCUserInfoUserType | Unset
            if isinstance(_user_type, Unset):
                user_type = UNSET
            else:
                user_type = RTCUserInfoUserType(_user_type)

        except (TypeError, ValueError, KeyError, AttributeError):
            user_type = UNSET
            d["user_type"] = _raw_user_type

        user_id = d.pop("user_id", UNSET)
        if user_id is None:
            user_id = UNSET
            d["user_id"] = None

        signature = d.pop("signature", UNSET)
        if signature is None:
            signature = UNSET
            d["signature"] = None

        ctime = d.pop("ctime", UNSET)
        if ctime is None:
            ctime = UNSET
            d["ctime"] = None

        rtc_user_info = cls(
            user_type=user_type,
            user_id=user_id,
            signature=signature,
            ctime=ctime,
        )

        rtc_user_info.additional_properties = d
        return rtc_user_info

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
