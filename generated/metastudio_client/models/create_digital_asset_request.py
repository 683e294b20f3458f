from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_digital_asset_request_asset_type import CreateDigitalAssetRequestAssetType
from ..models.create_digital_asset_request_supported_service_item import CreateDigitalAssetRequestSupportedServiceItem
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.asset_extra_meta import AssetExtraMeta
    from ..models.asset_shared_config import AssetSharedConfig
    from ..models.review_config import ReviewConfig
    from ..models.system_property import SystemProperty


T = TypeVar("T", bound="CreateDigitalAssetRequest")


@_attrs_define
class CreateDigitalAssetRequest:
    """表 4-3 请求 Body 参数

    Attributes:
        asset_name (str): 参数解释: 资产名称。 约束限制: 不涉及。 取值范围: 只能使用中英文字符, 字符长度 0-256位。 默认取值: 不涉及。
        asset_type (CreateDigitalAssetRequestAssetType): 参数解释： 资产类型。 约束限制： VOICE_MODEL, HUMAN_MODEL_2D 普通用户均无法上传。 取值范围：
            公共资产类型： ● VOICE_MODEL: 音色模型 ● VIDEO: 视频文件 ● IMAGE: 图片文件 ● PPT: 幻灯片文件 ● MUSIC: 音乐 ● AUDIO: 音频 ● COMMON_FILE: 通用文件
            分身数字人资产： ● HUMAN_MODEL_2D: 分身数字人模型 ● BUSINESS_CARD_TEMPLAT: 数字人名片模板 3D数字人资产： ● HUMAN_MODEL: 3D数字人模型 ● SCENE:
            场景模型 ● ANIMATION: 动作动画 ● MATERIAL: 风格化素材 ● NORMAL_MODEL: 普通模型。 默认取值： 不涉及。
        asset_description (str | Unset): 参数解释: 资产描述。 约束限制: 不涉及。 取值范围: 只能使用中英文字符, 字符长度 0-4096位。 默认取值: 不涉及。
        review_config (ReviewConfig | Unset): 表 4-4 ReviewConfig; 表 5-8 ReviewConfig（同 表 5-46、表 5-74、表 5-141）; 表 6-31
            ReviewConfig; 表 6-314 ReviewConfig (same table: 表 6-343); 表 7-14 ReviewConfig
        tags (list[str] | Unset): 参数解释: 标签列表。 说明 分身形象系统资产的tag定义如下: • 行业:
            NEWS,BUSINESS,E_COMMERCE,MARKETING,KNOWLEDGE,EDUCATION,MEDICAL,SPORTS • 性别: MALE,FEMALE • 姿势:
            FULL_BODY,HALF_BODY,STANDING,SITTING,FRONT_PHOTO,SIDE_PHOTO • 区域: ASIAN,WESTERN,MIDDLE_EASTERNER,AFRICAN,LATINO
            约束限制: 不涉及 取值范围: 标签个数最大为50个。 标签内容为中英文, 字符长度 0-128位。 默认取值: 不涉及
        asset_extra_meta (AssetExtraMeta | Unset): 表 4-5 AssetExtraMeta
        system_properties (list[SystemProperty] | Unset): 参数解释: 设置系统属性。内部参数，普通用户无需设置。 约束限制: 不涉及 取值范围: 个数最大为50个。 默认取值:
            不涉及
        shared_config (AssetSharedConfig | Unset): 表 4-25 AssetSharedConfig
        is_need_generate_cover (bool | Unset): 参数解释: 是否需要生成封面。 约束限制: 仅用于视频类资产。 取值范围: • true: 自动生成封面。 • false: 不自动生成封面。
            默认取值: false Default: False.
        asset_order (int | Unset): 参数解释: 用于console控制台展示顺序。 如果取值相同, 则默认最新的排在前面。 约束限制: 不涉及 默认取值: 不涉及 取值范围: 0-32767
        supported_service (list[CreateDigitalAssetRequestSupportedServiceItem] | Unset): 支持的业务类型。: • VIDEO_2D: 分身数字人视频制作
            • LIVE_2D: 分身数字人直播 • CHAT_2D: 分身数字人智能交互
    """

    asset_name: str
    asset_type: CreateDigitalAssetRequestAssetType
    asset_description: str | Unset = UNSET
    review_config: ReviewConfig | Unset = UNSET
    tags: list[str] | Unset = UNSET
    asset_extra_meta: AssetExtraMeta | Unset = UNSET
    system_properties: list[SystemProperty] | Unset = UNSET
    shared_config: AssetSharedConfig | Unset = UNSET
    is_need_generate_cover: bool | Unset = False
    asset_order: int | Unset = UNSET
    supported_service: list[CreateDigitalAssetRequestSupportedServiceItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset_name = self.asset_name

        asset_type = self.asset_type.value

        asset_description = self.asset_description

        review_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.review_config, Unset):
            review_config = self.review_config.to_dict()

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        asset_extra_meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.asset_extra_meta, Unset):
            asset_extra_meta = self.asset_extra_meta.to_dict()

        system_properties: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.system_properties, Unset):
            system_properties = []
            for system_properties_item_data in self.system_properties:
                system_properties_item = system_properties_item_data.to_dict()
                system_properties.append(system_properties_item)

        shared_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shared_config, Unset):
            shared_config = self.shared_config.to_dict()

        is_need_generate_cover = self.is_need_generate_cover

        asset_order = self.asset_order

        supported_service: list[str] | Unset = UNSET
        if not isinstance(self.supported_service, Unset):
            supported_service = []
            for supported_service_item_data in self.supported_service:
                supported_service_item = supported_service_item_data.value
                supported_service.append(supported_service_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asset_name": asset_name,
                "asset_type": asset_type,
            }
        )
        if asset_description is not UNSET:
            field_dict["asset_description"] = asset_description
        if review_config is not UNSET:
            field_dict["review_config"] = review_config
        if tags is not UNSET:
            field_dict["tags"] = tags
        if asset_extra_meta is not UNSET:
            field_dict["asset_extra_meta"] = asset_extra_meta
        if system_properties is not UNSET:
            field_dict["system_properties"] = system_properties
        if shared_config is not UNSET:
            field_dict["shared_config"] = shared_config
        if is_need_generate_cover is not UNSET:
            field_dict["is_need_generate_cover"] = is_need_generate_cover
        if asset_order is not UNSET:
            field_dict["asset_order"] = asset_order
        if supported_service is not UNSET:
            field_dict["supported_service"] = supported_service

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.asset_extra_meta import AssetExtraMeta  # noqa: PLC0415
        from ..models.asset_shared_config import AssetSharedConfig  # noqa: PLC0415
        from ..models.review_config import ReviewConfig  # noqa: PLC0415
        from ..models.system_property import SystemProperty  # noqa: PLC0415

        d = dict(src_dict)
        asset_name = d.pop("asset_name")

        asset_type = CreateDigitalAssetRequestAssetType(d.pop("asset_type"))

        asset_description = d.pop("asset_description", UNSET)
        if asset_description is None:
            asset_description = UNSET
            d["asset_description"] = None

        _raw_review_config = d.pop("review_config", UNSET)
        try:
            _review_config = _raw_review_config
            review_config: ReviewConfig | Unset
            if isinstance(_review_config, Unset):
                review_config = UNSET
            else:
                review_config = ReviewConfig.from_dict(_review_config)

        except (TypeError, ValueError, KeyError, AttributeError):
            review_config = UNSET
            d["review_config"] = _raw_review_config

        tags = d.pop("tags", UNSET)
        if not isinstance(tags, Unset | list):
            d["tags"] = tags
            tags = UNSET

        _raw_asset_extra_meta = d.pop("asset_extra_meta", UNSET)
        try:
            _asset_extra_meta = _raw_asset_extra_meta
            asset_extra_meta: AssetExtraMeta | Unset
            if isinstance(_asset_extra_meta, Unset):
                asset_extra_meta = UNSET
            else:
                asset_extra_meta = AssetExtraMeta.from_dict(_asset_extra_meta)

        except (TypeError, ValueError, KeyError, AttributeError):
            asset_extra_meta = UNSET
            d["asset_extra_meta"] = _raw_asset_extra_meta

        _raw_system_properties = d.pop("system_properties", UNSET)
        try:
            _system_properties = _raw_system_properties
            system_properties: list[SystemProperty] | Unset = UNSET
            if _system_properties is not UNSET:
                system_properties = []
                for system_properties_item_data in _system_properties:
                    system_properties_item = SystemProperty.from_dict(system_properties_item_data)

                    system_properties.append(system_properties_item)

        except (TypeError, ValueError, KeyError, AttributeError):
            system_properties = UNSET
            d["system_properties"] = _raw_system_properties

        _raw_shared_config = d.pop("shared_config", UNSET)
        try:
            _shared_config = _raw_shared_config
            shared_config: AssetSharedConfig | Unset
            if isinstance(_shared_config, Unset):
                shared_config = UNSET
            else:
                shared_config = AssetSharedConfig.from_dict(_shared_config)

        except (TypeError, ValueError, KeyError, AttributeError):
            shared_config = UNSET
            d["shared_config"] = _raw_shared_config

        is_need_generate_cover = d.pop("is_need_generate_cover", UNSET)
        if is_need_generate_cover is None:
            is_need_generate_cover = UNSET
            d["is_need_generate_cover"] = None

        asset_order = d.pop("asset_order", UNSET)
        if asset_order is None:
            asset_order = UNSET
            d["asset_order"] = None

        _raw_supported_service = d.pop("supported_service", UNSET)
        try:
            _supported_service = _raw_supported_service
            supported_service: list[CreateDigitalAssetRequestSupportedServiceItem] | Unset = UNSET
            if _supported_service is not UNSET:
                supported_service = []
                for supported_service_item_data in _supported_service:
                    supported_service_item = CreateDigitalAssetRequestSupportedServiceItem(supported_service_item_data)

                    supported_service.append(supported_service_item)

        except (TypeError, ValueError, KeyError, AttributeError):
            supported_service = UNSET
            d["supported_service"] = _raw_supported_service

        create_digital_asset_request = cls(
            asset_name=asset_name,
            asset_type=asset_type,
            asset_description=asset_description,
            review_config=review_config,
            tags=tags,
            asset_extra_meta=asset_extra_meta,
            system_properties=system_properties,
            shared_config=shared_config,
            is_need_generate_cover=is_need_generate_cover,
            asset_order=asset_order,
            supported_service=supported_service,
        )

        create_digital_asset_request.additional_properties = d
        return create_digital_asset_request

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
