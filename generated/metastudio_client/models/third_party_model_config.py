from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ThirdPartyModelConfig")


@_attrs_define
class ThirdPartyModelConfig:
    """表 7-128 ThirdPartyModelConfig

    Attributes:
        app_id (str | Unset): 第三方语言模型应用ID。
        app_key (str | Unset): 第三方语言模型应用密钥。
        llm_url (str | Unset): 第三方语言模型地址。
        is_stream (bool | Unset): 是否采用流式响应。 默认取值: false Default: False.
        chat_rounds (int | Unset): 支持的多轮对话数量，取值大于1时，请求第三方语言模型时将携带历史对话信息。 取值范围: 1-10 默认取值: 1 Default: 1.
        sis_region (int | Unset): SIS所在区域 取值范围: 0-32
        sis_project_id (str | Unset): SIS所在区域的projectId
    """

    app_id: str | Unset = UNSET
    app_key: str | Unset = UNSET
    llm_url: str | Unset = UNSET
    is_stream: bool | Unset = False
    chat_rounds: int | Unset = 1
    sis_region: int | Unset = UNSET
    sis_project_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_id = self.app_id

        app_key = self.app_key

        llm_url = self.llm_url

        is_stream = self.is_stream

        chat_rounds = self.chat_rounds

        sis_region = self.sis_region

        sis_project_id = self.sis_project_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if app_id is not UNSET:
            field_dict["app_id"] = app_id
        if app_key is not UNSET:
            field_dict["app_key"] = app_key
        if llm_url is not UNSET:
            field_dict["llm_url"] = llm_url
        if is_stream is not UNSET:
            field_dict["is_stream"] = is_stream
        if chat_rounds is not UNSET:
            field_dict["chat_rounds"] = chat_rounds
        if sis_region is not UNSET:
            field_dict["sis_region"] = sis_region
        if sis_project_id is not UNSET:
            field_dict["sis_project_id"] = sis_project_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        app_id = d.pop("app_id", UNSET)
        if app_id is None:
            app_id = UNSET
            d["app_id"] = None

        app_key = d.pop("app_key", UNSET)
        if app_key is None:
            app_key = UNSET
            d["app_key"] = None

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

        sis_region = d.pop("sis_region", UNSET)
        if sis_region is None:
            sis_region = UNSET
            d["sis_region"] = None

        sis_project_id = d.pop("sis_project_id", UNSET)
        if sis_project_id is None:
            sis_project_id = UNSET
            d["sis_project_id"] = None

        third_party_model_config = cls(
            app_id=app_id,
            app_key=app_key,
            llm_url=llm_url,
            is_stream=is_stream,
            chat_rounds=chat_rounds,
            sis_region=sis_region,
            sis_project_id=sis_project_id,
        )

        third_party_model_config.additional_properties = d
        return third_party_model_config

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
