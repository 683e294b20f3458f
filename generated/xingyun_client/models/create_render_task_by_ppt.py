from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sub_title import SubTitle
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateRenderTaskByPpt")


@_attrs_define
class CreateRenderTaskByPpt:
    """002 §2.1 方式2：通过PPT发起渲染 创建渲染任务接口 请求参数

    Attributes:
        look_name (str): 形象名。含义：视频使用的角色名称
        tts_vcn_name (str): 音色。含义：视频使用的音色名称
        studio_name (str): 演播室。含义：视频使用的演播室名称
        parse_ppt_file_name (str): PPT文件解析名称。通过调用PPT解析接口获取
        video_name (str | Unset): 视频名称。含义：输出的视频名称=下载文件名；非必填项；视频名称生成规则为 时间
        sub_title (SubTitle | Unset): 是否开启字幕。含义：视频是否开启字幕效果；枚举值：on / off；非必填项；默认为 on
        if_aigc_mark (bool | Unset): 是否AI生成标识。true 表示在视频右下角标注字样“魔珐星云·AI生成”；false 视频去掉AI标识；默认是true
    """

    look_name: str
    tts_vcn_name: str
    studio_name: str
    parse_ppt_file_name: str
    video_name: str | Unset = UNSET
    sub_title: SubTitle | Unset = UNSET
    if_aigc_mark: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        look_name = self.look_name

        tts_vcn_name = self.tts_vcn_name

        studio_name = self.studio_name

        parse_ppt_file_name = self.parse_ppt_file_name

        video_name = self.video_name

        sub_title: str | Unset = UNSET
        if not isinstance(self.sub_title, Unset):
            sub_title = self.sub_title.value

        if_aigc_mark = self.if_aigc_mark

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "look_name": look_name,
                "tts_vcn_name": tts_vcn_name,
                "studio_name": studio_name,
                "parse_ppt_file_name": parse_ppt_file_name,
            }
        )
        if video_name is not UNSET:
            field_dict["video_name"] = video_name
        if sub_title is not UNSET:
            field_dict["sub_title"] = sub_title
        if if_aigc_mark is not UNSET:
            field_dict["if_aigc_mark"] = if_aigc_mark

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        look_name = d.pop("look_name")

        tts_vcn_name = d.pop("tts_vcn_name")

        studio_name = d.pop("studio_name")

        parse_ppt_file_name = d.pop("parse_ppt_file_name")

        video_name = d.pop("video_name", UNSET)
        if video_name is None:
            video_name = UNSET
            d["video_name"] = None

        _raw_sub_title = d.pop("sub_title", UNSET)
        try:
            _sub_title = _raw_sub_title
            sub_title: SubTitle | Unset
            if isinstance(_sub_title, Unset):
                sub_title = UNSET
            else:
                sub_title = SubTitle(_sub_title)

        except (TypeError, ValueError, KeyError, AttributeError):
            sub_title = UNSET
            d["sub_title"] = _raw_sub_title

        if_aigc_mark = d.pop("if_aigc_mark", UNSET)
        if if_aigc_mark is None:
            if_aigc_mark = UNSET
            d["if_aigc_mark"] = None

        create_render_task_by_ppt = cls(
            look_name=look_name,
            tts_vcn_name=tts_vcn_name,
            studio_name=studio_name,
            parse_ppt_file_name=parse_ppt_file_name,
            video_name=video_name,
            sub_title=sub_title,
            if_aigc_mark=if_aigc_mark,
        )

        create_render_task_by_ppt.additional_properties = d
        return create_render_task_by_ppt

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
