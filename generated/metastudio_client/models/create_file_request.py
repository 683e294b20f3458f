from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_file_request_asset_file_category import CreateFileRequestAssetFileCategory

T = TypeVar("T", bound="CreateFileRequest")


@_attrs_define
class CreateFileRequest:
    """表 4-178 请求 Body 参数

    Attributes:
        file_name (str): 参数解释： 文件名。 约束限制： 不区分大小写。 取值范围： 字符长度1-256位。 默认取值： 不涉及
        file_md5 (str): 参数解释： 文件内容MD5值。按照RFC 1864标准计算出消息体的MD5摘要字符串，即消息体128-bit MD5值经过base64编码后得到的字符串。 md5值获取详情请参考
            使用Java代码生成文件内容的MD5值 。 约束限制： 不涉及 取值范围： 字符长度24位。 默认取值： 不涉及
        file_size (int): 参数解释： 文件总的大小。 约束限制： 最大支持5GB 默认取值： 不涉及 取值范围： 1-5368709120
        file_type (str): 参数解释: 文件类型 约束限制: 不涉及 取值范围: 字符长度1-64位。 默认取值: 默认提取文件后缀。
        asset_id (str): 参数解释: 本平台资产ID。 约束限制: 不涉及 取值范围: 字符长度1-64位。 默认取值: 不涉及
        asset_file_category (CreateFileRequestAssetFileCategory): 参数解释： 文件在资产中的分类。每种资产类型包含的文件分类不同。 • MAIN: 主文件 • COVER:
            封面文件 • PAGE: PPT内容页图片文件 • SAMPLE: 样例音频或样例动作文件 • OTHER: 其他文件 • WHOLE_MODEL: 全模型文件 (3D数字人) • USER_MODIFIED_MODEL:
            用户上传模型 (3D数字人) • TEMPORARY: 临时文件夹 (用于文件替换时上传新文件) 说明 • 资产类型为SCENE、ANIMATION、VIDEO、IMAGE、MATERIAL时,
            包含MAIN、COVER和OTHER • 资产类型为PPT时, 包含MAIN、COVER、PAGE和OTHER • 资产类型为HUMAN_MODEL时,
            包含MAIN、COVER、WHOLE_MODEL、USER_MODIFIED_MODEL和OTHER • 资产类型为VOICE_MODEL时, 包含MAIN、SAMPLE(样例音频文件)和OTHER •
            资产类型为HUMAN_MODEL_2D时, 包含MAIN、COVER、SAMPLE(动作样例)和OTHER • 资产类型为BUSINESS_CARD_TEMPLAT时, 包含MAIN和COVER(名片效果图) •
            资产类型为IMAGE时, 包含MAIN • 资产类型为VIDEO时, 包含MAIN、COVER 约束限制： 一个资产中MAIN文件只有一个, 且必须有一个 取值范围: 字符长度1-128位。 默认取值: 不涉及
    """

    file_name: str
    file_md5: str
    file_size: int
    file_type: str
    asset_id: str
    asset_file_category: CreateFileRequestAssetFileCategory
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_name = self.file_name

        file_md5 = self.file_md5

        file_size = self.file_size

        file_type = self.file_type

        asset_id = self.asset_id

        asset_file_category = self.asset_file_category.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file_name": file_name,
                "file_md5": file_md5,
                "file_size": file_size,
                "file_type": file_type,
                "asset_id": asset_id,
                "asset_file_category": asset_file_category,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file_name = d.pop("file_name")

        file_md5 = d.pop("file_md5")

        file_size = d.pop("file_size")

        file_type = d.pop("file_type")

        asset_id = d.pop("asset_id")

        asset_file_category = CreateFileRequestAssetFileCategory(d.pop("asset_file_category"))

        create_file_request = cls(
            file_name=file_name,
            file_md5=file_md5,
            file_size=file_size,
            file_type=file_type,
            asset_id=asset_id,
            asset_file_category=asset_file_category,
        )

        create_file_request.additional_properties = d
        return create_file_request

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
