from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_robot_request_language import UpdateRobotRequestLanguage
from ..models.update_robot_request_robot_type import UpdateRobotRequestRobotType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.huawei_ei_cbs import HuaweiEiCbs
    from ..models.iflytek_aiui_config import IflytekAiuiConfig
    from ..models.iflytek_spark import IflytekSpark
    from ..models.mobvoi_config import MobvoiConfig
    from ..models.third_party_model_config import ThirdPartyModelConfig


T = TypeVar("T", bound="UpdateRobotRequest")


@_attrs_define
class UpdateRobotRequest:
    """表 7-147 请求 Body 参数

    Attributes:
        name (str | Unset): 应用名称。
        app_type (int | Unset): 对接第三方应用厂商类型。 说明 0: 科大讯飞AIUI; 1: 华为云CBS; 2: 科大讯飞星火交互认知大模型; 5: 第三方驱动; 6: 第三方语言模型; 8: 奇妙问
            取值范围: 0-32
        room_id (str | Unset): 智能交互对话房间ID。
        robot_type (UpdateRobotRequestRobotType | Unset): 交互对接类型 • LIVE:直播交互 • CHAT:智能交互
        language (UpdateRobotRequestLanguage | Unset): 智能交互语言 • zh_CN:简体中文 • en_US:英语
        tail_silence_time (int | Unset): 语音识别后端点静音时长默认500ms 取值范围: 0-3000 Default: 500.
        enable_question_audit (bool | Unset): 提问文本审核开关
        huawei_ei_cbs (HuaweiEiCbs | Unset): 表 7-125 HuaweiEiCbs
        iflytek_aiui_config (IflytekAiuiConfig | Unset): 表 7-126 IflytekAiuiConfig
        iflytek_spark (IflytekSpark | Unset): 表 7-127 IflytekSpark
        third_party_model_config (ThirdPartyModelConfig | Unset): 表 7-128 ThirdPartyModelConfig
        mobvoi_config (MobvoiConfig | Unset): 表 7-129 MobvoiConfig
    """

    name: str | Unset = UNSET
    app_type: int | Unset = UNSET
    room_id: str | Unset = UNSET
    robot_type: UpdateRobotRequestRobotType | Unset = UNSET
    language: UpdateRobotRequestLanguage | Unset = UNSET
    tail_silence_time: int | Unset = 500
    enable_question_audit: bool | Unset = UNSET
    huawei_ei_cbs: HuaweiEiCbs | Unset = UNSET
    iflytek_aiui_config: IflytekAiuiConfig | Unset = UNSET
    iflytek_spark: IflytekSpark | Unset = UNSET
    third_party_model_config: ThirdPartyModelConfig | Unset = UNSET
    mobvoi_config: MobvoiConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        app_type = self.app_type

        room_id = self.room_id

        robot_type: str | Unset = UNSET
        if not isinstance(self.robot_type, Unset):
            robot_type = self.robot_type.value

        language: str | Unset = UNSET
        if not isinstance(self.language, Unset):
            language = self.language.value

        tail_silence_time = self.tail_silence_time

        enable_question_audit = self.enable_question_audit

        huawei_ei_cbs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.huawei_ei_cbs, Unset):
            huawei_ei_cbs = self.huawei_ei_cbs.to_dict()

        iflytek_aiui_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.iflytek_aiui_config, Unset):
            iflytek_aiui_config = self.iflytek_aiui_config.to_dict()

        iflytek_spark: dict[str, Any] | Unset = UNSET
        if not isinstance(self.iflytek_spark, Unset):
            iflytek_spark = self.iflytek_spark.to_dict()

        third_party_model_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.third_party_model_config, Unset):
            third_party_model_config = self.third_party_model_config.to_dict()

        mobvoi_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mobvoi_config, Unset):
            mobvoi_config = self.mobvoi_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if app_type is not UNSET:
            field_dict["app_type"] = app_type
        if room_id is not UNSET:
            field_dict["room_id"] = room_id
        if robot_type is not UNSET:
            field_dict["robot_type"] = robot_type
        if language is not UNSET:
            field_dict["language"] = language
        if tail_silence_time is not UNSET:
            field_dict["tail_silence_time"] = tail_silence_time
        if enable_question_audit is not UNSET:
            field_dict["enable_question_audit"] = enable_question_audit
        if huawei_ei_cbs is not UNSET:
            field_dict["huawei_ei_cbs"] = huawei_ei_cbs
        if iflytek_aiui_config is not UNSET:
            field_dict["iflytek_aiui_config"] = iflytek_aiui_config
        if iflytek_spark is not UNSET:
            field_dict["iflytek_spark"] = iflytek_spark
        if third_party_model_config is not UNSET:
            field_dict["third_party_model_config"] = third_party_model_config
        if mobvoi_config is not UNSET:
            field_dict["mobvoi_config"] = mobvoi_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.huawei_ei_cbs import HuaweiEiCbs  # noqa: PLC0415
        from ..models.iflytek_aiui_config import IflytekAiuiConfig  # noqa: PLC0415
        from ..models.iflytek_spark import IflytekSpark  # noqa: PLC0415
        from ..models.mobvoi_config import MobvoiConfig  # noqa: PLC0415
        from ..models.third_party_model_config import ThirdPartyModelConfig  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)
        if name is None:
            name = UNSET
            d["name"] = None

        app_type = d.pop("app_type", UNSET)
        if app_type is None:
            app_type = UNSET
            d["app_type"] = None

        room_id = d.pop("room_id", UNSET)
        if room_id is None:
            room_id = UNSET
            d["room_id"] = None

        _raw_robot_type = d.pop("robot_type", UNSET)
        try:
            _robot_type = _raw_robot_type
            robot_type: UpdateRobotRequestRobotType | Unset
            if isinstance(_robot_type, Unset):
                robot_type = UNSET
            else:
                robot_type = UpdateRobotRequestRobotType(_robot_type)

        except (TypeError, ValueError, KeyError, AttributeError):
            robot_type = UNSET
            d["robot_type"] = _raw_robot_type

        _raw_language = d.pop("language", UNSET)
        try:
            _language = _raw_language
            language: UpdateRobotRequestLanguage | Unset
            if isinstance(_language, Unset):
                language = UNSET
            else:
                language = UpdateRobotRequestLanguage(_language)

        except (TypeError, ValueError, KeyError, AttributeError):
            language = UNSET
            d["language"] = _raw_language

        tail_silence_time = d.pop("tail_silence_time", UNSET)
        if tail_silence_time is None:
            tail_silence_time = UNSET
            d["tail_silence_time"] = None

        enable_question_audit = d.pop("enable_question_audit", UNSET)
        if enable_question_audit is None:
            enable_question_audit = UNSET
            d["enable_question_audit"] = None

        _raw_huawei_ei_cbs = d.pop("huawei_ei_cbs", UNSET)
        try:
            _huawei_ei_cbs = _raw_huawei_ei_cbs
            huawei_ei_cbs: HuaweiEiCbs | Unset
            if isinstance(_huawei_ei_cbs, Unset):
                huawei_ei_cbs = UNSET
            else:
                huawei_ei_cbs = HuaweiEiCbs.from_dict(_huawei_ei_cbs)

        except (TypeError, ValueError, KeyError, AttributeError):
            huawei_ei_cbs = UNSET
            d["huawei_ei_cbs"] = _raw_huawei_ei_cbs

        _raw_iflytek_aiui_config = d.pop("iflytek_aiui_config", UNSET)
        try:
            _iflytek_aiui_config = _raw_iflytek_aiui_config
            iflytek_aiui_config: IflytekAiuiConfig | Unset
            if isinstance(_iflytek_aiui_config, Unset):
                iflytek_aiui_config = UNSET
            else:
                iflytek_aiui_config = IflytekAiuiConfig.from_dict(_iflytek_aiui_config)

        except (TypeError, ValueError, KeyError, AttributeError):
            iflytek_aiui_config = UNSET
            d["iflytek_aiui_config"] = _raw_iflytek_aiui_config

        _raw_iflytek_spark = d.pop("iflytek_spark", UNSET)
        try:
            _iflytek_spark = _raw_iflytek_spark
            iflytek_spark: IflytekSpark | Unset
            if isinstance(_iflytek_spark, Unset):
                iflytek_spark = UNSET
            else:
                iflytek_spark = IflytekSpark.from_dict(_iflytek_spark)

        except (TypeError, ValueError, KeyError, AttributeError):
            iflytek_spark = UNSET
            d["iflytek_spark"] = _raw_iflytek_spark

        _raw_third_party_model_config = d.pop("third_party_model_config", UNSET)
        try:
            _third_party_model_config = _raw_third_party_model_config
            third_party_model_config: ThirdPartyModelConfig | Unset
            if isinstance(_third_party_model_config, Unset):
                third_party_model_config = UNSET
            else:
                third_party_model_config = ThirdPartyModelConfig.from_dict(_third_party_model_config)

        except (TypeError, ValueError, KeyError, AttributeError):
            third_party_model_config = UNSET
            d["third_party_model_config"] = _raw_third_party_model_config

        _raw_mobvoi_config = d.pop("mobvoi_config", UNSET)
        try:
            _mobvoi_config = _raw_mobvoi_config
            mobvoi_config: MobvoiConfig | Unset
            if isinstance(_mobvoi_config, Unset):
                mobvoi_config = UNSET
            else:
                mobvoi_config = MobvoiConfig.from_dict(_mobvoi_config)

        except (TypeError, ValueError, KeyError, AttributeError):
            mobvoi_config = UNSET
            d["mobvoi_config"] = _raw_mobvoi_config

        update_robot_request = cls(
            name=name,
            app_type=app_type,
            room_id=room_id,
            robot_type=robot_type,
            language=language,
            tail_silence_time=tail_silence_time,
            enable_question_audit=enable_question_audit,
            huawei_ei_cbs=huawei_ei_cbs,
            iflytek_aiui_config=iflytek_aiui_config,
            iflytek_spark=iflytek_spark,
            third_party_model_config=third_party_model_config,
            mobvoi_config=mobvoi_config,
        )

        update_robot_request.additional_properties = d
        return update_robot_request

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
