from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_digital_asset_response_asset_state import UpdateDigitalAssetResponseAssetState
from ..models.update_digital_asset_response_asset_type import UpdateDigitalAssetResponseAssetType
from ..models.update_digital_asset_response_fail_type import UpdateDigitalAssetResponseFailType
from ..models.update_digital_asset_response_supported_service_item import UpdateDigitalAssetResponseSupportedServiceItem
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.asset_extra_meta_for_update_response import AssetExtraMetaForUpdateResponse
    from ..models.asset_file_info import AssetFileInfo
    from ..models.system_property import SystemProperty


T = TypeVar("T", bound="UpdateDigitalAssetResponse")


@_attrs_define
class UpdateDigitalAssetResponse:
    """表 4-85 响应 Body 参数

    Attributes:
        project_id (str | Unset): 租户id
        asset_id (str | Unset): 资产ID。
        asset_name (str | Unset): 资产名称。
        asset_description (str | Unset): 资产描述。
        app_user_id (str | Unset): 第三方用户ID。 说明 即创建资产是通过X-App-UserId头域传入的值。
        create_time (str | Unset): 资产创建时间。
        update_time (str | Unset): 资产更新时间。
        asset_type (UpdateDigitalAssetResponseAssetType | Unset): 资产类型。 公共资产类型： ● VOICE_MODEL: 音色模型 ● VIDEO: 视频文件 ●
            IMAGE: 图片文件 ● PPT: 幻灯片文件 ● MUSIC: 音乐 ● AUDIO: 音频 ● COMMON_FILE: 通用文件 分身数字人资产类型： ● HUMAN_MODEL_2D: 分身数字人模型 ●
            BUSINESS_CARD_TEMPLAT: 数字人名片模板 3D数字人资产类型： ● HUMAN_MODEL: 3D数字人模型 ● SCENE: 场景模型 ● ANIMATION: 动作动画 ● MATERIAL:
            风格化素材 ● NORMAL_MODEL: 普通模型
        asset_state (UpdateDigitalAssetResponseAssetState | Unset): 资产状态。 ● CREATING: 资产创建中，主文件尚未上传 ● FAILED: 主文件上传失败 ●
            UNACTIVED: 主文件上传成功，资产未激活，资产不可用于其他业务（用户可更新状态） ● ACTIVED: 主文件上传成功，资产激活，资产可用于其他业务（用户可更新状态） ● DELETING:
            资产删除中，资产不可用，资产可恢复 ● DELETED: 资产文件已删除，资产不可用，资产不可恢复 ● BLOCK: 资产被冻结，资产不可用，不可查看文件。 ● WAITING_DELETE: 资产将被下线
        fail_type (UpdateDigitalAssetResponseFailType | Unset): 失败原因。 AUTOMATIC_REVIEW_REJECT: 自动审核失败
            MANUAL_REVIEW_REJECT: 人工审核失败 默认取值: AUTOMATIC_REVIEW_REJECT Default:
            UpdateDigitalAssetResponseFailType.AUTOMATIC_REVIEW_REJECT.
        reason (str | Unset): 冻结/解冻/失败 原因。
        tags (list[str] | Unset): 标签列表。 说明 分身形象系统资产的tag定义如下: 行业:
            NEWS,BUSINESS,E-COMMERCE,MARKETING,KNOWLEDGE,EDUCATION,SPORTS 性别: MALE,FEMALE 姿势: FULL-BODY,HALF-
            BODY,STANDING,SITTING,WALKING 区域: ASIAN,WESTERN,MIDDLE-EASTERNER,AFRICAN,LATINO
        asset_extra_meta (AssetExtraMetaForUpdateResponse | Unset): 表 4-86 AssetExtraMeta
        system_properties (list[SystemProperty] | Unset): 设置系统属性。
        files (list[AssetFileInfo] | Unset): 资产下的文件。
        asset_order (int | Unset): 展示顺序 取值范围： 0-32767
        supported_service (list[UpdateDigitalAssetResponseSupportedServiceItem] | Unset): 支持的业务类型。： • VIDEO_2D:
            分身数字人视频制作 • LIVE_2D: 分身数字人直播 • CHAT_2D: 分身数字人智能交互
    """

    project_id: str | Unset = UNSET
    asset_id: str | Unset = UNSET
    asset_name: str | Unset = UNSET
    asset_description: str | Unset = UNSET
    app_user_id: str | Unset = UNSET
    create_time: str | Unset = UNSET
    update_time: str | Unset = UNSET
    asset_type: UpdateDigitalAssetResponseAssetType | Unset = UNSET
    asset_state: UpdateDigitalAssetResponseAssetState | Unset = UNSET
    fail_type: UpdateDigitalAssetResponseFailType | Unset = UpdateDigitalAssetResponseFailType.AUTOMATIC_REVIEW_REJECT
    reason: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    asset_extra_meta: AssetExtraMetaForUpdateResponse | Unset = UNSET
    system_properties: list[SystemProperty] | Unset = UNSET
    files: list[AssetFileInfo] | Unset = UNSET
    asset_order: int | Unset = UNSET
    supported_service: list[UpdateDigitalAssetResponseSupportedServiceItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_id = self.project_id

        asset_id = self.asset_id

        asset_name = self.asset_name

        asset_description = self.asset_description

        app_user_id = self.app_user_id

        create_time = self.create_time

        update_time = self.update_time

        asset_type: str | Unset = UNSET
        if not isinstance(self.asset_type, Unset):
            asset_type = self.asset_type.value

        asset_state: str | Unset = UNSET
        if not isinstance(self.asset_state, Unset):
            asset_state = self.asset_state.value

        fail_type: str | Unset = UNSET
        if not isinstance(self.fail_type, Unset):
            fail_type = self.fail_type.value

        reason = self.reason

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

        files: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.files, Unset):
            files = []
            for files_item_data in self.files:
                files_item = files_item_data.to_dict()
                files.append(files_item)

        asset_order = self.asset_order

        supported_service: list[str] | Unset = UNSET
        if not isinstance(self.supported_service, Unset):
            supported_service = []
            for supported_service_item_data in self.supported_service:
                supported_service_item = supported_service_item_data.value
                supported_service.append(supported_service_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if asset_id is not UNSET:
            field_dict["asset_id"] = asset_id
        if asset_name is not UNSET:
            field_dict["asset_name"] = asset_name
        if asset_description is not UNSET:
            field_dict["asset_description"] = asset_description
        if app_user_id is not UNSET:
            field_dict["app_user_id"] = app_user_id
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if update_time is not UNSET:
            field_dict["update_time"] = update_time
        if asset_type is not UNSET:
            field_dict["asset_type"] = asset_type
        if asset_state is not UNSET:
            field_dict["asset_state"] = asset_state
        if fail_type is not UNSET:
            field_dict["fail_type"] = fail_type
        if reason is not UNSET:
            field_dict["reason"] = reason
        if tags is not UNSET:
            field_dict["tags"] = tags
        if asset_extra_meta is not UNSET:
            field_dict["asset_extra_meta"] = asset_extra_meta
        if system_properties is not UNSET:
            field_dict["system_properties"] = system_properties
        if files is not UNSET:
            field_dict["files"] = files
        if asset_order is not UNSET:
            field_dict["asset_order"] = asset_order
        if supported_service is not UNSET:
            field_dict["supported_service"] = supported_service

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.asset_extra_meta_for_update_response import AssetExtraMetaForUpdateResponse  # noqa: PLC0415
        from ..models.asset_file_info import AssetFileInfo  # noqa: PLC0415
        from ..models.system_property import SystemProperty  # noqa: PLC0415

        d = dict(src_dict)
        project_id = d.pop("project_id", UNSET)
        if project_id is None:
            project_id = UNSET
            d["project_id"] = None

        asset_id = d.pop("asset_id", UNSET)
        if asset_id is None:
            asset_id = UNSET
            d["asset_id"] = None

        asset_name = d.pop("asset_name", UNSET)
        if asset_name is None:
            asset_name = UNSET
            d["asset_name"] = None

        asset_description = d.pop("asset_description", UNSET)
        if asset_description is None:
            asset_description = UNSET
            d["asset_description"] = None

        app_user_id = d.pop("app_user_id", UNSET)
        if app_user_id is None:
            app_user_id = UNSET
            d["app_user_id"] = None

        create_time = d.pop("create_time", UNSET)
        if create_time is None:
            create_time = UNSET
            d["create_time"] = None

        update_time = d.pop("update_time", UNSET)
        if update_time is None:
            update_time = UNSET
            d["update_time"] = None

        _raw_asset_type = d.pop("asset_type", UNSET)
        try:
            _asset_type = _raw_asset_type
            asset_type: UpdateDigitalAssetResponseAssetType | Unset
            if isinstance(_asset_type, Unset):
                asset_type = UNSET
            else:
                asset_type = UpdateDigitalAssetResponseAssetType(_asset_type)

        except (TypeError, ValueError, KeyError, AttributeError):
            asset_type = UNSET
            d["asset_type"] = _raw_asset_type

        _raw_asset_state = d.pop("asset_state", UNSET)
        try:
            _asset_state = _raw_asset_state
            asset_state: UpdateDigitalAssetResponseAssetState | Unset
            if isinstance(_asset_state, Unset):
                asset_state = UNSET
            else:
                asset_state = UpdateDigitalAssetResponseAssetState(_asset_state)

        except (TypeError, ValueError, KeyError, AttributeError):
            asset_state = UNSET
            d["asset_state"] = _raw_asset_state

        _raw_fail_type = d.pop("fail_type", UNSET)
        try:
            _fail_type = _raw_fail_type
            fail_type: UpdateDigitalAssetResponseFailType | Unset
            if isinstance(_fail_type, Unset):
                fail_type = UNSET
            else:
                fail_type = UpdateDigitalAssetResponseFailType(_fail_type)

        except (TypeError, ValueError, KeyError, AttributeError):
            fail_type = UNSET
            d["fail_type"] = _raw_fail_type

        reason = d.pop("reason", UNSET)
        if reason is None:
            reason = UNSET
            d["reason"] = None

        tags = d.pop("tags", UNSET)
        if not isinstance(tags, Unset | list):
            d["tags"] = tags
            tags = UNSET

        _raw_asset_extra_meta = d.pop("asset_extra_meta", UNSET)
        try:
            _asset_extra_meta = _raw_asset_extra_meta
            asset_extra_meta: AssetExtraMetaForUpdateResponse | Unset
            if isinstance(_asset_extra_meta, Unset):
                asset_extra_meta = UNSET
            else:
                asset_extra_meta = AssetExtraMetaForUpdateResponse.from_dict(_asset_extra_meta)

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

        _raw_files = d.pop("files", UNSET)
        try:
            _files = _raw_files
            files: list[AssetFileInfo] | Unset = UNSET
            if _files is not UNSET:
                files = []
                for files_item_data in _files:
                    files_item = AssetFileInfo.from_dict(files_item_data)

                    files.append(files_item)

        except (TypeError, ValueError, KeyError, AttributeError):
            files = UNSET
            d["files"] = _raw_files

        asset_order = d.pop("asset_order", UNSET)
        if asset_order is None:
            asset_order = UNSET
            d["asset_order"] = None

        _raw_supported_service = d.pop("supported_service", UNSET)
        try:
            _supported_service = _raw_supported_service
            supported_service: list[UpdateDigitalAssetResponseSupportedServiceItem] | Unset = UNSET
            if _supported_service is not UNSET:
                supported_service = []
                for supported_service_item_data in _supported_service:
                    supported_service_item = UpdateDigitalAssetResponseSupportedServiceItem(supported_service_item_data)

                    supported_service.append(supported_service_item)

        except (TypeError, ValueError, KeyError, AttributeError):
            supported_service = UNSET
            d["supported_service"] = _raw_supported_service

        update_digital_asset_response = cls(
            project_id=project_id,
            asset_id=asset_id,
            asset_name=asset_name,
            asset_description=asset_description,
            app_user_id=app_user_id,
            create_time=create_time,
            update_time=update_time,
            asset_type=asset_type,
            asset_state=asset_state,
            fail_type=fail_type,
            reason=reason,
            tags=tags,
            asset_extra_meta=asset_extra_meta,
            system_properties=system_properties,
            files=files,
            asset_order=asset_order,
            supported_service=supported_service,
        )

        update_digital_asset_response.additional_properties = d
        return update_digital_asset_response

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
