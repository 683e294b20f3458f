from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.show_robot_response_language import ShowRobotResponseLanguage
from ..models.show_robot_response_robot_type import ShowRobotResponseRobotType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ShowRobotResponse")


@_attrs_define
class ShowRobotResponse:
    """表 7-143 响应 Body 参数

    Attributes:
        robot_id (str | Unset): 应用ID。
        name (str | Unset): 应用名称。
        room_id (str | Unset): 智能交互对话房间ID。
        app_id (str | Unset): 第三方应用ID。
        app_type (int | Unset): 对接第三方应用厂商类型。 说明 0: 科大讯飞AIUI; 1: 华为云CBS; 2: 科大讯飞星火交互认知大模型; 5: 第三方驱动; 6: 第三方语言模型; 8: 奇妙问
            取值范围: 0-32
        app_key (str | Unset): 应用的AccessKey或帐号。
        robot_type (ShowRobotResponseRobotType | Unset): 交互对接类型 • LIVE:直播交互 • CHAT:智能交互
        language (ShowRobotResponseLanguage | Unset): 智能交互语言 • zh_CN:简体中文 • en_US:英语
        create_time (datetime.datetime | Unset): 创建时间, 格式遵循: RFC 3339 如 "2021-01-10T08:43:17Z"。
        update_time (datetime.datetime | Unset): 更新时间, 格式遵循: RFC 3339 如 "2021-01-10T08:43:17Z"。
        region (int | Unset): CBS所在区域 取值范围: 0-32
        cbs_project_id (str | Unset): CBS所在区域的projectId
        llm_url (str | Unset): 第三方语言模型地址。
        is_stream (bool | Unset): 是否采用流式响应。 默认取值: false Default: False.
        chat_rounds (int | Unset): 支持的多轮对话数量, 取值大于1时, 请求第三方语言模型时将携带历史对话信息。 取值范围: 1-10 默认取值: 1 Default: 1.
        is_ifly_product (bool | Unset): 是否为正式环境 默认取值: false Default: False.
        tail_silence_time (int | Unset): 语音识别后端点静音时长默认500ms 取值范围: 0-3000 Default: 500.
        role_id (str | Unset): 奇妙问角色ID。
        sis_region (int | Unset): SIS所在区域 取值范围: 0-32
        sis_project_id (str | Unset): SIS所在区域的projectId
        enable_hot_words (bool | Unset): 是否开启热词
        enable_question_audit (bool | Unset): 是否开启提问文本审核开关
    """

    robot_id: str | Unset = UNSET
    name: str | Unset = UNSET
    room_id: str | Unset = UNSET
    app_id: str | Unset = UNSET
    app_type: int | Unset = UNSET
    app_key: str | Unset = UNSET
    robot_type: ShowRobotResponseRobotType | Unset = UNSET
    language: ShowRobotResponseLanguage | Unset = UNSET
    create_time: datetime.datetime | Unset = UNSET
    update_time: datetime.datetime | Unset = UNSET
    region: int | Unset = UNSET
    cbs_project_id: str | Unset = UNSET
    llm_url: str | Unset = UNSET
    is_stream: bool | Unset = False
    chat_rounds: int | Unset = 1
    is_ifly_product: bool | Unset = False
    tail_silence_time: int | Unset = 500
    role_id: str | Unset = UNSET
    sis_region: int | Unset = UNSET
    sis_project_id: str | Unset = UNSET
    enable_hot_words: bool | Unset = UNSET
    enable_question_audit: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        robot_id = self.robot_id

        name = self.name

        room_id = self.room_id

        app_id = self.app_id

        app_type = self.app_type

        app_key = self.app_key

        robot_type: str | Unset = UNSET
        if not isinstance(self.robot_type, Unset):
            robot_type = self.robot_type.value

        language: str | Unset = UNSET
        if not isinstance(self.language, Unset):
            language = self.language.value

        create_time: str | Unset = UNSET
        if not isinstance(self.create_time, Unset):
            create_time = self.create_time.isoformat()

        update_time: str | Unset = UNSET
        if not isinstance(self.update_time, Unset):
            update_time = self.update_time.isoformat()

        region = self.region

        cbs_project_id = self.cbs_project_id

        llm_url = self.llm_url

        is_stream = self.is_stream

        chat_rounds = self.chat_rounds

        is_ifly_product = self.is_ifly_product

        tail_silence_time = self.tail_silence_time

        role_id = self.role_id

        sis_region = self.sis_region

        sis_project_id = self.sis_project_id

        enable_hot_words = self.enable_hot_words

        enable_question_audit = self.enable_question_audit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if robot_id is not UNSET:
            field_dict["robot_id"] = robot_id
        if name is not UNSET:
            field_dict["name"] = name
        if room_id is not UNSET:
            field_dict["room_id"] = room_id
        if app_id is not UNSET:
            field_dict["app_id"] = app_id
        if app_type is not UNSET:
            field_dict["app_type"] = app_type
        if app_key is not UNSET:
            field_dict["app_key"] = app_key
        if robot_type is not UNSET:
            field_dict["robot_type"] = robot_type
        if language is not UNSET:
            field_dict["language"] = language
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if update_time is not UNSET:
            field_dict["update_time"] = update_time
        if region is not UNSET:
            field_dict["region"] = region
        if cbs_project_id is not UNSET:
            field_dict["cbs_project_id"] = cbs_project_id
        if llm_url is not UNSET:
            field_dict["llm_url"] = llm_url
        if is_stream is not UNSET:
            field_dict["is_stream"] = is_stream
        if chat_rounds is not UNSET:
            field_dict["chat_rounds"] = chat_rounds
        if is_ifly_product is not UNSET:
            field_dict["is_ifly_product"] = is_ifly_product
        if tail_silence_time is not UNSET:
            field_dict["tail_silence_time"] = tail_silence_time
        if role_id is not UNSET:
            field_dict["role_id"] = role_id
        if sis_region is not UNSET:
            field_dict["sis_region"] = sis_region
        if sis_project_id is not UNSET:
            field_dict["sis_project_id"] = sis_project_id
        if enable_hot_words is not UNSET:
            field_dict["enable_hot_words"] = enable_hot_words
        if enable_question_audit is not UNSET:
            field_dict["enable_question_audit"] = enable_question_audit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        robot_id = d.pop("robot_id", UNSET)
        if robot_id is None:
            robot_id = UNSET
            d["robot_id"] = None

        name = d.pop("name", UNSET)
        if name is None:
            name = UNSET
            d["name"] = None

        room_id = d.pop("room_id", UNSET)
        if room_id is None:
            room_id = UNSET
            d["room_id"] = None

        app_id = d.pop("app_id", UNSET)
        if app_id is None:
            app_id = UNSET
            d["app_id"] = None

        app_type = d.pop("app_type", UNSET)
        if app_type is None:
            app_type = UNSET
            d["app_type"] = None

        app_key = d.pop("app_key", UNSET)
        if app_key is None:
            app_key = UNSET
            d["app_key"] = None

        _raw_robot_type = d.pop("robot_type", UNSET)
        try:
            _robot_type = _raw_robot_type
            robot_type: ShowRobotResponseRobotType | Unset
            if isinstance(_robot_type, Unset):
                robot_type = UNSET
            else:
                robot_type = ShowRobotResponseRobotType(_robot_type)

        except (TypeError, ValueError, KeyError, AttributeError):
            robot_type = UNSET
            d["robot_type"] = _raw_robot_type

        _raw_language = d.pop("language", UNSET)
        try:
            _language = _raw_language
            language: ShowRobotResponseLanguage | Unset
            if isinstance(_language, Unset):
                language = UNSET
            else:
                language = ShowRobotResponseLanguage(_language)

        except (TypeError, ValueError, KeyError, AttributeError):
            language = UNSET
            d["language"] = _raw_language

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

        region = d.pop("region", UNSET)
        if region is None:
            region = UNSET
            d["region"] = None

        cbs_project_id = d.pop("cbs_project_id", UNSET)
        if cbs_project_id is None:
            cbs_project_id = UNSET
            d["cbs_project_id"] = None

        llm_url = d.pop("llm_url", UNSET)
        if llm_url is None:
            llm_url = UNSET
            d["llm_url"] = None

        is_stream = d.pop("is_stream", UNSET)
        if is_stream is None:
            is_stream = UNSET
            d["is_stream"] = None

        chat_rounds = d.pop("chat_rounds", UNSET)
        if chat_rounds is None:
            chat_rounds = UNSET
            d["chat_rounds"] = None

        is_ifly_product = d.pop("is_ifly_product", UNSET)
        if is_ifly_product is None:
            is_ifly_product = UNSET
            d["is_ifly_product"] = None

        tail_silence_time = d.pop("tail_silence_time", UNSET)
        if tail_silence_time is None:
            tail_silence_time = UNSET
            d["tail_silence_time"] = None

        role_id = d.pop("role_id", UNSET)
        if role_id is None:
            role_id = UNSET
            d["role_id"] = None

        sis_region = d.pop("sis_region", UNSET)
        if sis_region is None:
            sis_region = UNSET
            d["sis_region"] = None

        sis_project_id = d.pop("sis_project_id", UNSET)
        if sis_project_id is None:
            sis_project_id = UNSET
            d["sis_project_id"] = None

        enable_hot_words = d.pop("enable_hot_words", UNSET)
        if enable_hot_words is None:
            enable_hot_words = UNSET
            d["enable_hot_words"] = None

        enable_question_audit = d.pop("enable_question_audit", UNSET)
        if enable_question_audit is None:
            enable_question_audit = UNSET
            d["enable_question_audit"] = None

        show_robot_response = cls(
            robot_id=robot_id,
            name=name,
            room_id=room_id,
            app_id=app_id,
            app_type=app_type,
            app_key=app_key,
            robot_type=robot_type,
            language=language,
            create_time=create_time,
            update_time=update_time,
            region=region,
            cbs_project_id=cbs_project_id,
            llm_url=llm_url,
            is_stream=is_stream,
            chat_rounds=chat_rounds,
            is_ifly_product=is_ifly_product,
            tail_silence_time=tail_silence_time,
            role_id=role_id,
            sis_region=sis_region,
            sis_project_id=sis_project_id,
            enable_hot_words=enable_hot_words,
            enable_question_audit=enable_question_audit,
        )

        show_robot_response.additional_properties = d
        return show_robot_response

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
