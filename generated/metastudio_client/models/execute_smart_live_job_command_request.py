from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.execute_smart_live_job_command_request_command import ExecuteSmartLiveJobCommandRequestCommand
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.execute_smart_live_job_command_request_params import ExecuteSmartLiveJobCommandRequestParams
    from ..models.review_config import ReviewConfig


T = TypeVar("T", bound="ExecuteSmartLiveJobCommandRequest")


@_attrs_define
class ExecuteSmartLiveJobCommandRequest:
    """表 6-313 请求 Body 参数

    Attributes:
        command (ExecuteSmartLiveJobCommandRequestCommand): 参数解释: 命令名称。 约束限制: 不限制 取值范围: ● INSERT_PLAY_SCRIPT:
            插入表演脚本。用于互动回复。数字人不变, 背景不变。params结构定义: PlayTextInfo 。 ● INSERT_PLAY_AUDIO: 插入驱动音频。用于音频直接驱动。数字人不变,
            背景不变。params结构定义: PlayAudioInfo 。 ● REWRITE_PLAY_SCRIPT: 动态编辑未播放剧本。params结构定义: scene_scripts 。 ●
            REWRITE_INTERACTION_RULES: 动态修改互动规则。params结构定义: interaction_rules 。 ● GET_CURRENT_PLAYING_SCRIPTS: 查询本轮剧本列表。响应为:
            LivePlayingScriptList 结构。 ● SHOW_LAYER: 显示导播素材, 用于直播导播。params结构定义: LiveGuideRuleInfo 。 ● REFRESH_OUTPUT_URL:
            更新当前任务的rtmp推流信息。params结构定义: RefreshOutputUrlConfig 。 ● GET_LIVE_JOB_CONFIG_INFO: 获取任务中的房间信息。params结构定义: 与
            直播间详情响应体 一致。 ● CLEAN_UP_INSERT_COMMAND: 清理未播放的插入命令。params结构定义: CleanUpInsertCommand 默认取值: 不涉及
        params (ExecuteSmartLiveJobCommandRequestParams | Unset): 参数解释: 命令参数。 约束限制: 不限制 取值范围: 参考COMMNAD说明。 默认取值: 不涉及
        review_config (ReviewConfig | Unset): 表 4-4 ReviewConfig; 表 5-8 ReviewConfig（同 表 5-46、表 5-74、表 5-141）; 表 6-31
            ReviewConfig; 表 6-314 ReviewConfig (same table: 表 6-343); 表 7-14 ReviewConfig
    """

    command: ExecuteSmartLiveJobCommandRequestCommand
    params: ExecuteSmartLiveJobCommandRequestParams | Unset = UNSET
    review_config: ReviewConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        command = self.command.value

        params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.params, Unset):
            params = self.params.to_dict()

        review_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.review_config, Unset):
            review_config = self.review_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "command": command,
            }
        )
        if params is not UNSET:
            field_dict["params"] = params
        if review_config is not UNSET:
            field_dict["review_config"] = review_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.execute_smart_live_job_command_request_params import ExecuteSmartLiveJobCommandRequestParams  # noqa: PLC0415
        from ..models.review_config import ReviewConfig  # noqa: PLC0415

        d = dict(src_dict)
        command = ExecuteSmartLiveJobCommandRequestCommand(d.pop("command"))

        _raw_params = d.pop("params", UNSET)
        try:
            _params = _raw_params
            params: ExecuteSmartLiveJobCommandRequestParams | Unset
            if isinstance(_params, Unset):
                params = UNSET
            else:
                params = ExecuteSmartLiveJobCommandRequestParams.from_dict(_params)

        except (TypeError, ValueError, KeyError, AttributeError):
            params = UNSET
            d["params"] = _raw_params

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

        execute_smart_live_job_command_request = cls(
            command=command,
            params=params,
            review_config=review_config,
        )

        execute_smart_live_job_command_request.additional_properties = d
        return execute_smart_live_job_command_request

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
