from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.asset_file_info_asset_file_category import AssetFileInfoAssetFileCategory
from ..models.asset_file_info_state import AssetFileInfoState
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.file_extra_meta import FileExtraMeta


T = TypeVar("T", bound="AssetFileInfo")


@_attrs_define
class AssetFileInfo:
    """表 4-56 AssetFileInfo

    Attributes:
        file_id (str | Unset): 文件ID。
        file_name (str | Unset): 文件名创建文件时候不区分大小写，最大长度256，最小长度1。
        file_md5 (str | Unset): 文件内容MD5值，固定24位。
        file_size (int | Unset): 文件总的大小，最小1，最大5368709120。 取值范围: 1-5368709120
        file_type (str | Unset): 文件类型（默认提取文件后缀）。
        asset_file_category (AssetFileInfoAssetFileCategory | Unset): 文件在资产中的分类。每种资产类型包含的文件分类不同。 ● MAIN: 主文件 ● COVER:
            封面文件 ● PAGE: 内容页图片 ● SAMPLE: 样例音频 ● OTHER: 其他文件 ● WHOLE_MODEL: 全模型 ● USER_MODIFIED_MODEL: 用户上传模型 ● TEMPORARY:
            临时文件夹（用于文件替换时上传新文件） 说明 ● 资产类型为SCENE、ANIMATION、VIDEO、IMAGE、MATERIAL时，包含MAIN、COVER和OTHER ●
            资产类型为PPT时，包含MAIN、COVER、PAGE和OTHER ● 资产类型为HUMAN_MODEL时，包含MAIN、COVER和OTHER ●
            资产类型为VOICE_MODEL时，包含MAIN、SAMPLE(样例音频文件)和OTHER ● 资产类型为HUMAN_MODEL_2D时，包含MAIN、COVER、SAMPLE(动作样例)和OTHER(遮罩文件) ●
            资产类型为BUSINESS_CARD_TEMPLAT时，包含MAIN和COVER(名片效果图)
        download_url (str | Unset): 文件下载URL，有效期为24小时。
        state (AssetFileInfoState | Unset): 文件状态枚举: ● CREATING: 文件上传中 ● CREATED: 文件已上传（自动审核通过） ● FAILED: 文件上传失败 ●
            CANCELLED: 文件上传已取消 ● DELETING: 文件删除中 ● DELETED: 文件已删除 ● UPLOADED: 文件已上传（尚未审核） ● REVIEW: 人工审核（文件已上传） ● BLOCK: 冻结
        reason (str | Unset): 审核失败原因
        file_extra_metadata (FileExtraMeta | Unset): 表 4-57 FileExtraMeta
    """

    file_id: str | Unset = UNSET
    file_name: str | Unset = UNSET
    file_md5: str | Unset = UNSET
    file_size: int | Unset = UNSET
    file_type: str | Unset = UNSET
    asset_file_category: AssetFileInfoAssetFileCategory | Unset = UNSET
    download_url: str | Unset = UNSET
    state: AssetFileInfoState | Unset = UNSET
    reason: str | Unset = UNSET
    file_extra_metadata: FileExtraMeta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_id = self.file_id

        file_name = self.file_name

        file_md5 = self.file_md5

        file_size = self.file_size

        file_type = self.file_type

        asset_file_category: str | Unset = UNSET
        if not isinstance(self.asset_file_category, Unset):
            asset_file_category = self.asset_file_category.value

        download_url = self.download_url

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        reason = self.reason

        file_extra_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.file_extra_metadata, Unset):
            file_extra_metadata = self.file_extra_metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if file_id is not UNSET:
            field_dict["file_id"] = file_id
        if file_name is not UNSET:
            field_dict["file_name"] = file_name
        if file_md5 is not UNSET:
            field_dict["file_md5"] = file_md5
        if file_size is not UNSET:
            field_dict["file_size"] = file_size
        if file_type is not UNSET:
            field_dict["file_type"] = file_type
        if asset_file_category is not UNSET:
            field_dict["asset_file_category"] = asset_file_category
        if download_url is not UNSET:
            field_dict["download_url"] = download_url
        if state is not UNSET:
            field_dict["state"] = state
        if reason is not UNSET:
            field_dict["reason"] = reason
        if file_extra_metadata is not UNSET:
            field_dict["file_extra_metadata"] = file_extra_metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.file_extra_meta import FileExtraMeta  # noqa: PLC0415

        d = dict(src_dict)
        file_id = d.pop("file_id", UNSET)
        if file_id is None:
            file_id = UNSET
            d["file_id"] = None

        file_name = d.pop("file_name", UNSET)
        if file_name is None:
            file_name = UNSET
            d["file_name"] = None

        file_md5 = d.pop("file_md5", UNSET)
        if file_md5 is None:
            file_md5 = UNSET
            d["file_md5"] = None

        file_size = d.pop("file_size", UNSET)
        if file_size is None:
            file_size = UNSET
            d["file_size"] = None

        file_type = d.pop("file_type", UNSET)
        if file_type is None:
            file_type = UNSET
            d["file_type"] = None

        _raw_asset_file_category = d.pop("asset_file_category", UNSET)
        try:
            _asset_file_category = _raw_asset_file_category
            asset_file_category: AssetFileInfoAssetFileCategory | Unset
            if isinstance(_asset_file_category, Unset):
                asset_file_category = UNSET
            else:
                asset_file_category = AssetFileInfoAssetFileCategory(_asset_file_category)

        except (TypeError, ValueError, KeyError, AttributeError):
            asset_file_category = UNSET
            d["asset_file_category"] = _raw_asset_file_category

        download_url = d.pop("download_url", UNSET)
        if download_url is None:
            download_url = UNSET
            d["download_url"] = None

        _raw_state = d.pop("state", UNSET)
        try:
            _state = _raw_state
            state: AssetFileInfoState | Unset
            if isinstance(_state, Unset):
                state = UNSET
            else:
                state = AssetFileInfoState(_state)

        except (TypeError, ValueError, KeyError, AttributeError):
            state = UNSET
            d["state"] = _raw_state

        reason = d.pop("reason", UNSET)
        if reason is None:
            reason = UNSET
            d["reason"] = None

        _raw_file_extra_metadata = d.pop("file_extra_metadata", UNSET)
        try:
            _file_extra_metadata = _raw_file_extra_metadata
            file_extra_metadata: FileExtraMeta | Unset
            if isinstance(_file_extra_metadata, Unset):
                file_extra_metadata = UNSET
            else:
                file_extra_metadata = FileExtraMeta.from_dict(_file_extra_metadata)

        except (TypeError, ValueError, KeyError, AttributeError):
            file_extra_metadata = UNSET
            d["file_extra_metadata"] = _raw_file_extra_metadata

        asset_file_info = cls(
            file_id=file_id,
            file_name=file_name,
            file_md5=file_md5,
            file_size=file_size,
            file_type=file_type,
            asset_file_category=asset_file_category,
            download_url=download_url,
            state=state,
            reason=reason,
            file_extra_metadata=file_extra_metadata,
        )

        asset_file_info.additional_properties = d
        return asset_file_info

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
