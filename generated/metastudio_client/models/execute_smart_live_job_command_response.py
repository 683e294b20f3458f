from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.execute_smart_live_job_command_response_command import ExecuteSmartLiveJobCommandResponseCommand
from ..types import UNSET, Unset

T = TypeVar("T", bound="ExecuteSmartLiveJobCommandResponse")


@_attrs_define
class ExecuteSmartLiveJobCommandResponse:
    """表 6-316 响应 Body 参数

    Attributes:
        command_id (str | Unset): 控制命令ID
        command (ExecuteSmartLiveJobCommandResponseCommand | Unset): 命令名称。 INSERT_PLAY_SCRIPT: 插入表演脚本。用于互动回复。数字人不变,
            背景不变。params结构定义: ShootScript。 REWRITE_PLAY_SCRIPT: 动态编辑未播放剧本。params结构定义: scene_scripts。 INSERT_PLAY_AUDIO:
            插入驱动音频。用于音频直接驱动。数字人不变, 背景不变。params结构定义: PlayAudioInfo。 GET_CURRENT_PLAYING_SCRIPTS:
            查询本轮剧本列表。响应为LivePlayingScriptList结构。 REFRESH_OUTPUT_URL: 更新当前任务的rtmp推流信息。params结构定义: RefreshOutputUrlConfig。
            REWRITE_INTERACTION_RULES: 动态修改互动规则。params结构定义: interaction_rules。 GET_LIVE_JOB_CONFIG_INFO:
            获取任务中的房间信息。params结构定义: SmartLiveRoomInfo。 CLEAN_UP_INSERT_COMMAND: 清理未播放的插入命令。params结构定义: CleanUpInsertCommand
        result (str | Unset): 命令执行结果
    """

    command_id: str | Unset = UNSET
    command: ExecuteSmartLiveJobCommandResponseCommand | Unset = UNSET
    result: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        command_id = self.command_id

        command: str | Unset = UNSET
        if not isinstance(self.command, Unset):
            command = self.command.value

        result = self.result

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if command_id is not UNSET:
            field_dict["command_id"] = command_id
        if command is not UNSET:
            field_dict["command"] = command
        if result is not UNSET:
            field_dict["result"] = result

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        command_id = d.pop("command_id", UNSET)
        if command_id is None:
            command_id = UNSET
            d["command_id"] = None

        _raw_command = d.pop("command", UNSET)
        try:
            _command = _raw_command
            command: ExecuteSmartLiveJobCommandResponseCommand | Unset
            if isinstance(_command, Unset):
                command = UNSET
            else:
                command = ExecuteSmartLiveJobCommandResponseCommand(_command)

        except (TypeError, ValueError, KeyError, AttributeError):
            command = UNSET
            d["command"] = _raw_command

        result = d.pop("result", UNSET)
        if result is None:
            result = UNSET
            d["result"] = None

        execute_smart_live_job_command_response = cls(
            command_id=command_id,
            command=command,
            result=result,
        )

        execute_smart_live_job_command_response.additional_properties = d
        return execute_smart_live_job_command_response

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
