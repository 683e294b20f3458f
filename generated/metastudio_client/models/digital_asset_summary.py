from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.digital_asset_summary_asset_state import DigitalAssetSummaryAssetState
from ..models.digital_asset_summary_asset_type import DigitalAssetSummaryAssetType
from ..types import UNSET, Unset

T = TypeVar("T", bound="DigitalAssetSummary")


@_attrs_define
class DigitalAssetSummary:
    """表 4-162 DigitalAssetSummary

    Attributes:
        asset_id (str | Unset): 资产ID。
        asset_name (str | Unset): 资产名称。
        asset_state (DigitalAssetSummaryAssetState | Unset): 资产状态。 CREATING: 资产创建中, 主文件尚未上传 FAILED: 主文件上传失败 UNACTIVED:
            主文件上传成功, 资产未激活, 资产不可用于其他业务 (用户可更新状态) ACTIVED: 主文件上传成功, 资产激活, 资产可用于其他业务 (用户可更新状态) DELETING: 资产删除中, 资产不可用, 资产可恢复
            DELETED: 资产文件已删除, 资产不可用, 资产不可恢复 BLOCK: 资产被冻结, 资产不可用, 不可查看文件。 WAITING_DELETE: 资产将被下线
        asset_type (DigitalAssetSummaryAssetType | Unset): 资产类型。 公共资产类型: VOICE_MODEL: 音色模型 (仅系统管理员可上传, 普通租户仅可查询) VIDEO:
            视频文件 IMAGE: 图片文件 PPT: 幻灯片文件 MUSIC: 音乐 AUDIO: 音频 COMMON_FILE: 通用文件 分身数字人资产: HUMAN_MODEL_2D: 分身数字人模型
            BUSINESS_CARD_TEMPLAT: 数字人名片模板 3D数字人资产: HUMAN_MODEL: 3D数字人模型 SCENE: 场景模型 ANIMATION: 动作动画 MATERIAL: 风格化素材
            NORMAL_MODEL: 普通模型
        cover_url (str | Unset): 封面图片路径。
        thumbnail_url (str | Unset): 缩略图路径。
    """

    asset_id: str | Unset = UNSET
    asset_name: str | Unset = UNSET
    asset_state: DigitalAssetSummaryAssetState | Unset = UNSET
    asset_type: DigitalAssetSummaryAssetType | Unset = UNSET
    cover_url: str | Unset = UNSET
    thumbnail_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset_id = self.asset_id

        asset_name = self.asset_name

        asset_state: str | Unset = UNSET
        if not isinstance(self.asset_state, Unset):
            asset_state = self.asset_state.value

        asset_type: str | Unset = UNSET
        if not isinstance(self.asset_type, Unset):
            asset_type = self.asset_type.value

        cover_url = self.cover_url

        thumbnail_url = self.thumbnail_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if asset_id is not UNSET:
            field_dict["asset_id"] = asset_id
        if asset_name is not UNSET:
            field_dict["asset_name"] = asset_name
        if asset_state is not UNSET:
            field_dict["asset_state"] = asset_state
        if asset_type is not UNSET:
            field_dict["asset_type"] = asset_type
        if cover_url is not UNSET:
            field_dict["cover_url"] = cover_url
        if thumbnail_url is not UNSET:
            field_dict["thumbnail_url"] = thumbnail_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        asset_id = d.pop("asset_id", UNSET)
        if asset_id is None:
            asset_id = UNSET
            d["asset_id"] = None

        asset_name = d.pop("asset_name", UNSET)
        if asset_name is None:
            asset_name = UNSET
            d["asset_name"] = None

        _raw_asset_state = d.pop("asset_state", UNSET)
        try:
            _asset_state = _raw_asset_state
            asset_state: DigitalAssetSummaryAssetState | Unset
            if isinstance(_asset_state, Unset):
                asset_state = UNSET
            else:
                asset_state = DigitalAssetSummaryAssetState(_asset_state)

        except (TypeError, ValueError, KeyError, AttributeError):
            asset_state = UNSET
            d["asset_state"] = _raw_asset_state

        _raw_asset_type = d.pop("asset_type", UNSET)
        try:
            _asset_type = _raw_asset_type
            asset_type: DigitalAssetSummaryAssetType | Unset
            if isinstance(_asset_type, Unset):
                asset_type = UNSET
            else:
                asset_type = DigitalAssetSummaryAssetType(_asset_type)

        except (TypeError, ValueError, KeyError, AttributeError):
            asset_type = UNSET
            d["asset_type"] = _raw_asset_type

        cover_url = d.pop("cover_url", UNSET)
        if cover_url is None:
            cover_url = UNSET
            d["cover_url"] = None

        thumbnail_url = d.pop("thumbnail_url", UNSET)
        if thumbnail_url is None:
            thumbnail_url = UNSET
            d["thumbnail_url"] = None

        digital_asset_summary = cls(
            asset_id=asset_id,
            asset_name=asset_name,
            asset_state=asset_state,
            asset_type=asset_type,
            cover_url=cover_url,
            thumbnail_url=thumbnail_url,
        )

        digital_asset_summary.additional_properties = d
        return digital_asset_summary

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
