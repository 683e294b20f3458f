from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.smart_live_room_base_info_last_job_statuses import SmartLiveRoomBaseInfoLastJobStatuses
from ..models.smart_live_room_base_info_room_state import SmartLiveRoomBaseInfoRoomState
from ..models.smart_live_room_base_info_room_type import SmartLiveRoomBaseInfoRoomType
from ..models.smart_live_room_base_info_view_mode import SmartLiveRoomBaseInfoViewMode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_info import ErrorInfo
    from ..models.model_info import ModelInfo
    from ..models.shared_config import SharedConfig


T = TypeVar("T", bound="SmartLiveRoomBaseInfo")


@_attrs_define
class SmartLiveRoomBaseInfo:
    """表 6-46 SmartLiveRoomBaseInfo

    Attributes:
        room_id (str | Unset): 直播间ID
        project_id (str | Unset): 租户id
        room_name (str | Unset): 直播间名称
        room_type (SmartLiveRoomBaseInfoRoomType | Unset): 直播间类型。 • NORMAL: 普通直播间, 直播间一直存在, 可以反复开播 • TEMP: 临时直播间,
            直播任务结束后自动清理直播间。 • TEMPLATE: 直播间模板。 默认取值: NORMAL Default: SmartLiveRoomBaseInfoRoomType.NORMAL.
        room_state (SmartLiveRoomBaseInfoRoomState | Unset): 直播间配置状态。 • ENABLE: 直播间正常可用。 • DISABLE: 直播间不可用。不可用原因在
            error_info中说明。 • BLOCKED: 直播间被冻结。冻结原因在 error_info中说明。
        view_mode (SmartLiveRoomBaseInfoViewMode | Unset): 横竖屏类型。默认值为: VERTICAL。 • LANDSCAPE: 横屏。 • VERTICAL: 竖屏。 默认取值:
            VERTICAL Default: SmartLiveRoomBaseInfoViewMode.VERTICAL.
        error_info (ErrorInfo | None | Unset): 表 4-23 / 5-115 / 5-154 … ErrorResponse, as the field error_info of
            assets, videos, live rooms and jobs and chat jobs; null when there is no error (the documents' examples return
            null, see spec/ERRATA.md "error_info").
        shared_config (SharedConfig | Unset): 表 6-32 SharedConfig
        room_description (str | Unset): 直播间描述。
        cover_url (str | Unset): 直播间封面图URL
        thumbnail (str | Unset): 直播间封面图URL
        model_infos (list[ModelInfo] | Unset): 数字人模型信息
        create_time (datetime.datetime | Unset): 创建时间, 格式遵循: RFC 3339 如 “2021-01-10T08:43:17Z” 。
        update_time (datetime.datetime | Unset): 更新时间，格式遵循：RFC 3339 如“2021-01-10T08:43:17Z”。
        last_job_start_time (datetime.datetime | Unset): 开始直播时间，格式遵循：RFC 3339 如“2021-01-10T08:43:17Z”。
        last_job_end_time (datetime.datetime | Unset): 结束直播时间，格式遵循：RFC 3339 如“2021-01-10T08:43:17Z”。
        last_job_statuses (SmartLiveRoomBaseInfoLastJobStatuses | Unset): 当前直播状态 ● WAITING：任务等待执行 ● PROCESSING：任务执行中 ●
            SUCCEED：任务处理成功 ● FAILED：任务处理时变 ● CANCELED：任务取消 ● BLOCKED：任务被冻结
        priv_data (str | Unset): 私有数据，用户填写，原样带回。
    """

    room_id: str | Unset = UNSET
    project_id: str | Unset = UNSET
    room_name: str | Unset = UNSET
    room_type: SmartLiveRoomBaseInfoRoomType | Unset = SmartLiveRoomBaseInfoRoomType.NORMAL
    room_state: SmartLiveRoomBaseInfoRoomState | Unset = UNSET
    view_mode: SmartLiveRoomBaseInfoViewMode | Unset = SmartLiveRoomBaseInfoViewMode.VERTICAL
    error_info: ErrorInfo | None | Unset = UNSET
    shared_config: SharedConfig | Unset = UNSET
    room_description: str | Unset = UNSET
    cover_url: str | Unset = UNSET
    thumbnail: str | Unset = UNSET
    model_infos: list[ModelInfo] | Unset = UNSET
    create_time: datetime.datetime | Unset = UNSET
    update_time: datetime.datetime | Unset = UNSET
    last_job_start_time: datetime.datetime | Unset = UNSET
    last_job_end_time: datetime.datetime | Unset = UNSET
    last_job_statuses: SmartLiveRoomBaseInfoLastJobStatuses | Unset = UNSET
    priv_data: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.error_info import ErrorInfo  # noqa: PLC0415

        room_id = self.room_id

        project_id = self.project_id

        room_name = self.room_name

        room_type: str | Unset = UNSET
        if not isinstance(self.room_type, Unset):
            room_type = self.room_type.value

        room_state: str | Unset = UNSET
        if not isinstance(self.room_state, Unset):
            room_state = self.room_state.value

        view_mode: str | Unset = UNSET
        if not isinstance(self.view_mode, Unset):
            view_mode = self.view_mode.value

        error_info: dict[str, Any] | None | Unset
        if isinstance(self.error_info, Unset):
            error_info = UNSET
        elif isinstance(self.error_info, ErrorInfo):
            error_info = self.error_info.to_dict()
        else:
            error_info = self.error_info

        shared_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shared_config, Unset):
            shared_config = self.shared_config.to_dict()

        room_description = self.room_description

        cover_url = self.cover_url

        thumbnail = self.thumbnail

        model_infos: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.model_infos, Unset):
            model_infos = []
            for model_infos_item_data in self.model_infos:
                model_infos_item = model_infos_item_data.to_dict()
                model_infos.append(model_infos_item)

        create_time: str | Unset = UNSET
        if not isinstance(self.create_time, Unset):
            create_time = self.create_time.isoformat()

        update_time: str | Unset = UNSET
        if not isinstance(self.update_time, Unset):
            update_time = self.update_time.isoformat()

        last_job_start_time: str | Unset = UNSET
        if not isinstance(self.last_job_start_time, Unset):
            last_job_start_time = self.last_job_start_time.isoformat()

        last_job_end_time: str | Unset = UNSET
        if not isinstance(self.last_job_end_time, Unset):
            last_job_end_time = self.last_job_end_time.isoformat()

        last_job_statuses: str | Unset = UNSET
        if not isinstance(self.last_job_statuses, Unset):
            last_job_statuses = self.last_job_statuses.value

        priv_data = self.priv_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if room_id is not UNSET:
            field_dict["room_id"] = room_id
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if room_name is not UNSET:
            field_dict["room_name"] = room_name
        if room_type is not UNSET:
            field_dict["room_type"] = room_type
        if room_state is not UNSET:
            field_dict["room_state"] = room_state
        if view_mode is not UNSET:
            field_dict["view_mode"] = view_mode
        if error_info is not UNSET:
            field_dict["error_info"] = error_info
        if shared_config is not UNSET:
            field_dict["shared_config"] = shared_config
        if room_description is not UNSET:
            field_dict["room_description"] = room_description
        if cover_url is not UNSET:
            field_dict["cover_url"] = cover_url
        if thumbnail is not UNSET:
            field_dict["thumbnail"] = thumbnail
        if model_infos is not UNSET:
            field_dict["model_infos"] = model_infos
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if update_time is not UNSET:
            field_dict["update_time"] = update_time
        if last_job_start_time is not UNSET:
            field_dict["last_job_start_time"] = last_job_start_time
        if last_job_end_time is not UNSET:
            field_dict["last_job_end_time"] = last_job_end_time
        if last_job_statuses is not UNSET:
            field_dict["last_job_statuses"] = last_job_statuses
        if priv_data is not UNSET:
            field_dict["priv_data"] = priv_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.error_info import ErrorInfo  # noqa: PLC0415
        from ..models.model_info import ModelInfo  # noqa: PLC0415
        from ..models.shared_config import SharedConfig  # noqa: PLC0415

        d = dict(src_dict)
        room_id = d.pop("room_id", UNSET)
        if room_id is None:
            room_id = UNSET
            d["room_id"] = None

        project_id = d.pop("project_id", UNSET)
        if project_id is None:
            project_id = UNSET
            d["project_id"] = None

        room_name = d.pop("room_name", UNSET)
        if room_name is None:
            room_name = UNSET
            d["room_name"] = None

        _raw_room_type = d.pop("room_type", UNSET)
        try:
            _room_type = _raw_room_type
            room_type: SmartLiveRoomBaseInfoRoomType | Unset
            if isinstance(_room_type, Unset):
                room_type = UNSET
            else:
                room_type = SmartLiveRoomBaseInfoRoomType(_room_type)

        except (TypeError, ValueError, KeyError, AttributeError):
            room_type = UNSET
            d["room_type"] = _raw_room_type

        _raw_room_state = d.pop("room_state", UNSET)
        try:
            _room_state = _raw_room_state
            room_state: SmartLiveRoomBaseInfoRoomState | Unset
            if isinstance(_room_state, Unset):
                room_state = UNSET
            else:
                room_state = SmartLiveRoomBaseInfoRoomState(_room_state)

        except (TypeError, ValueError, KeyError, AttributeError):
            room_state = UNSET
            d["room_state"] = _raw_room_state

        _raw_view_mode = d.pop("view_mode", UNSET)
        try:
            _view_mode = _raw_view_mode
            view_mode: SmartLiveRoomBaseInfoViewMode | Unset
            if isinstance(_view_mode, Unset):
                view_mode = UNSET
            else:
                view_mode = SmartLiveRoomBaseInfoViewMode(_view_mode)

        except (TypeError, ValueError, KeyError, AttributeError):
            view_mode = UNSET
            d["view_mode"] = _raw_view_mode

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

        _raw_shared_config = d.pop("shared_config", UNSET)
        try:
            _shared_config = _raw_shared_config
            shared_config: SharedConfig | Unset
            if isinstance(_shared_config, Unset):
                shared_config = UNSET
            else:
                shared_config = SharedConfig.from_dict(_shared_config)

        except (TypeError, ValueError, KeyError, AttributeError):
            shared_config = UNSET
            d["shared_config"] = _raw_shared_config

        room_description = d.pop("room_description", UNSET)
        if room_description is None:
            room_description = UNSET
            d["room_description"] = None

        cover_url = d.pop("cover_url", UNSET)
        if cover_url is None:
            cover_url = UNSET
            d["cover_url"] = None

        thumbnail = d.pop("thumbnail", UNSET)
        if thumbnail is None:
            thumbnail = UNSET
            d["thumbnail"] = None

        _raw_model_infos = d.pop("model_infos", UNSET)
        try:
            _model_infos = _raw_model_infos
            model_infos: list[ModelInfo] | Unset = UNSET
            if _model_infos is not UNSET:
                model_infos = []
                for model_infos_item_data in _model_infos:
                    model_infos_item = ModelInfo.from_dict(model_infos_item_data)

                    model_infos.append(model_infos_item)

        except (TypeError, ValueError, KeyError, AttributeError):
            model_infos = UNSET
            d["model_infos"] = _raw_model_infos

        _raw_create_time = d.pop("create_time", UNSET)
        try:
            _create_time = _raw_create_time
            create_time: datetime.datetime | Unset
            if isinstance(_create_time, Unset):
                create_time = UNSET
            else:
                create_time = datetime.datetime.fromisoformat(_create_time)

        except (TypeError, ValueError, KeyError, AttributeError):
            create_time = UNSET
            d["create_time"] = _raw_create_time

        _raw_update_time = d.pop("update_time", UNSET)
        try:
            _update_time = _raw_update_time
            update_time: datetime.datetime | Unset
            if isinstance(_update_time, Unset):
                update_time = UNSET
            else:
                update_time = datetime.datetime.fromisoformat(_update_time)

        except (TypeError, ValueError, KeyError, AttributeError):
            update_time = UNSET
            d["update_time"] = _raw_update_time

        _raw_last_job_start_time = d.pop("last_job_start_time", UNSET)
        try:
            _last_job_start_time = _raw_last_job_start_time
            last_job_start_time: datetime.datetime | Unset
            if isinstance(_last_job_start_time, Unset):
                last_job_start_time = UNSET
            else:
                last_job_start_time = datetime.datetime.fromisoformat(_last_job_start_time)

        except (TypeError, ValueError, KeyError, AttributeError):
            last_job_start_time = UNSET
            d["last_job_start_time"] = _raw_last_job_start_time

        _raw_last_job_end_time = d.pop("last_job_end_time", UNSET)
        try:
            _last_job_end_time = _raw_last_job_end_time
            last_job_end_time: datetime.datetime | Unset
            if isinstance(_last_job_end_time, Unset):
                last_job_end_time = UNSET
            else:
                last_job_end_time = datetime.datetime.fromisoformat(_last_job_end_time)

        except (TypeError, ValueError, KeyError, AttributeError):
            last_job_end_time = UNSET
            d["last_job_end_time"] = _raw_last_job_end_time

        _raw_last_job_statuses = d.pop("last_job_statuses", UNSET)
        try:
            _last_job_statuses = _raw_last_job_statuses
            last_job_statuses: SmartLiveRoomBaseInfoLastJobStatuses | Unset
            if isinstance(_last_job_statuses, Unset):
                last_job_statuses = UNSET
            else:
                last_job_statuses = SmartLiveRoomBaseInfoLastJobStatuses(_last_job_statuses)

        except (TypeError, ValueError, KeyError, AttributeError):
            last_job_statuses = UNSET
            d["last_job_statuses"] = _raw_last_job_statuses

        priv_data = d.pop("priv_data", UNSET)
        if priv_data is None:
            priv_data = UNSET
            d["priv_data"] = None

        smart_live_room_base_info = cls(
            room_id=room_id,
            project_id=project_id,
            room_name=room_name,
            room_type=room_type,
            room_state=room_state,
            view_mode=view_mode,
            error_info=error_info,
            shared_config=shared_config,
            room_description=room_description,
            cover_url=cover_url,
            thumbnail=thumbnail,
            model_infos=model_infos,
            create_time=create_time,
            update_time=update_time,
            last_job_start_time=last_job_start_time,
            last_job_end_time=last_job_end_time,
            last_job_statuses=last_job_statuses,
            priv_data=priv_data,
        )

        smart_live_room_base_info.additional_properties = d
        return smart_live_room_base_info

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
