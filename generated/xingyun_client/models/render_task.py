from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.synth_state import SynthState
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.render_task_segment import RenderTaskSegment


T = TypeVar("T", bound="RenderTask")


@_attrs_define
class RenderTask:
    """002 §2.2 查询视频结果 返回参数 data. The table lists task_id, synth_state, render_image_oss, render_video_oss,
    synth_start_time, synth_finish_time, error_reason; the DEMO示例 2 response shows `id` instead of `task_id` and more
    fields, transcribed from the example (see ERRATA).

        Attributes:
            task_id (int | Unset): 视频任务ID（表格）
            id (int | Unset): 视频任务ID（DEMO示例 2 的字段名）
            synth_state (SynthState | Unset): 任务状态。not_send:排队中 waiting:处理中 processing:进行中 finished:已完成 error:合成失败
                cancel:合成取消
            render_image_oss (None | str | Unset): 成片预览图。含义：成片的oss图片链接；当星云任务状态为生成成功该字段才有数值
            render_video_oss (None | str | Unset): 成片视频。含义：成片的oss视频链接；当星云任务状态为生成成功该字段才有数值
            synth_start_time (datetime.datetime | None | Unset): 成片开始时间。视频渲染开始时间
            synth_finish_time (datetime.datetime | None | Unset): 成片完成时间。含义：视频渲染完成时间；当星云任务状态为生成成功该字段才有数值
            error_reason (None | str | Unset): 错误日志。含义：创建星云任务后，记录的日志信息。如：解析ppt文件报错；创建合成任务报错；检验限流报错；创建有言任务报错
            create_time (datetime.datetime | Unset): 创建时间（DEMO示例 2）
            update_time (datetime.datetime | Unset): 更新时间（DEMO示例 2）
            enable (bool | Unset): （DEMO示例 2）
            name (str | Unset): 任务名（DEMO示例 2）
            video_name (str | Unset): 视频名称（DEMO示例 2）
            output_resolution (str | Unset): 输出分辨率（DEMO示例 2，如 540P）
            look_name (str | Unset): 形象名（DEMO示例 2）
            tts_vcn_name (str | Unset): 音色（DEMO示例 2）
            studio_name (str | Unset): 演播室（DEMO示例 2）
            sub_title (str | Unset): 是否开启字幕（DEMO示例 2）
            segment (list[RenderTaskSegment] | Unset): SSML脚本片段（DEMO示例 2）
    """

    task_id: int | Unset = UNSET
    id: int | Unset = UNSET
    synth_state: SynthState | Unset = UNSET
    render_image_oss: None | str | Unset = UNSET
    render_video_oss: None | str | Unset = UNSET
    synth_start_time: datetime.datetime | None | Unset = UNSET
    synth_finish_time: datetime.datetime | None | Unset = UNSET
    error_reason: None | str | Unset = UNSET
    create_time: datetime.datetime | Unset = UNSET
    update_time: datetime.datetime | Unset = UNSET
    enable: bool | Unset = UNSET
    name: str | Unset = UNSET
    video_name: str | Unset = UNSET
    output_resolution: str | Unset = UNSET
    look_name: str | Unset = UNSET
    tts_vcn_name: str | Unset = UNSET
    studio_name: str | Unset = UNSET
    sub_title: str | Unset = UNSET
    segment: list[RenderTaskSegment] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_id = self.task_id

        id = self.id

        synth_state: str | Unset = UNSET
        if not isinstance(self.synth_state, Unset):
            synth_state = self.synth_state.value

        render_image_oss: None | str | Unset
        if isinstance(self.render_image_oss, Unset):
            render_image_oss = UNSET
        else:
            render_image_oss = self.render_image_oss

        render_video_oss: None | str | Unset
        if isinstance(self.render_video_oss, Unset):
            render_video_oss = UNSET
        else:
            render_video_oss = self.render_video_oss

        synth_start_time: None | str | Unset
        if isinstance(self.synth_start_time, Unset):
            synth_start_time = UNSET
        elif isinstance(self.synth_start_time, datetime.datetime):
            synth_start_time = self.synth_start_time.isoformat()
        else:
            synth_start_time = self.synth_start_time

        synth_finish_time: None | str | Unset
        if isinstance(self.synth_finish_time, Unset):
            synth_finish_time = UNSET
        elif isinstance(self.synth_finish_time, datetime.datetime):
            synth_finish_time = self.synth_finish_time.isoformat()
        else:
            synth_finish_time = self.synth_finish_time

        error_reason: None | str | Unset
        if isinstance(self.error_reason, Unset):
            error_reason = UNSET
        else:
            error_reason = self.error_reason

        create_time: str | Unset = UNSET
        if not isinstance(self.create_time, Unset):
            create_time = self.create_time.isoformat()

        update_time: str | Unset = UNSET
        if not isinstance(self.update_time, Unset):
            update_time = self.update_time.isoformat()

        enable = self.enable

        name = self.name

        video_name = self.video_name

        output_resolution = self.output_resolution

        look_name = self.look_name

        tts_vcn_name = self.tts_vcn_name

        studio_name = self.studio_name

        sub_title = self.sub_title

        segment: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.segment, Unset):
            segment = []
            for segment_item_data in self.segment:
                segment_item = segment_item_data.to_dict()
                segment.append(segment_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if task_id is not UNSET:
            field_dict["task_id"] = task_id
        if id is not UNSET:
            field_dict["id"] = id
        if synth_state is not UNSET:
            field_dict["synth_state"] = synth_state
        if render_image_oss is not UNSET:
            field_dict["render_image_oss"] = render_image_oss
        if render_video_oss is not UNSET:
            field_dict["render_video_oss"] = render_video_oss
        if synth_start_time is not UNSET:
            field_dict["synth_start_time"] = synth_start_time
        if synth_finish_time is not UNSET:
            field_dict["synth_finish_time"] = synth_finish_time
        if error_reason is not UNSET:
            field_dict["error_reason"] = error_reason
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if update_time is not UNSET:
            field_dict["update_time"] = update_time
        if enable is not UNSET:
            field_dict["enable"] = enable
        if name is not UNSET:
            field_dict["name"] = name
        if video_name is not UNSET:
            field_dict["video_name"] = video_name
        if output_resolution is not UNSET:
            field_dict["output_resolution"] = output_resolution
        if look_name is not UNSET:
            field_dict["look_name"] = look_name
        if tts_vcn_name is not UNSET:
            field_dict["tts_vcn_name"] = tts_vcn_name
        if studio_name is not UNSET:
            field_dict["studio_name"] = studio_name
        if sub_title is not UNSET:
            field_dict["sub_title"] = sub_title
        if segment is not UNSET:
            field_dict["segment"] = segment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.render_task_segment import RenderTaskSegment  # noqa: PLC0415

        d = dict(src_dict)
        task_id = d.pop("task_id", UNSET)
        if task_id is None:
            task_id = UNSET
            d["task_id"] = None

        id = d.pop("id", UNSET)
        if id is None:
            id = UNSET
            d["id"] = None

        _raw_synth_state = d.pop("synth_state", UNSET)
        try:
            _synth_state = _raw_synth_state
            synth_state: SynthState | Unset
            if isinstance(_synth_state, Unset):
                synth_state = UNSET
            else:
                synth_state = SynthState(_synth_state)

        except (TypeError, ValueError, KeyError, AttributeError):
            synth_state = UNSET
            d["synth_state"] = _raw_synth_state

        _raw_render_image_oss = d.pop("render_image_oss", UNSET)
        try:

            def _parse_render_image_oss(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            render_image_oss = _parse_render_image_oss(_raw_render_image_oss)

        except (TypeError, ValueError, KeyError, AttributeError):
            render_image_oss = UNSET
            d["render_image_oss"] = _raw_render_image_oss

        _raw_render_video_oss = d.pop("render_video_oss", UNSET)
        try:

            def _parse_render_video_oss(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            render_video_oss = _parse_render_video_oss(_raw_render_video_oss)

        except (TypeError, ValueError, KeyError, AttributeError):
            render_video_oss = UNSET
            d["render_video_oss"] = _raw_render_video_oss

        _raw_synth_start_time = d.pop("synth_start_time", UNSET)
        try:

            def _parse_synth_start_time(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    synth_start_time_type_0 = datetime.datetime.fromisoformat(data)

                    return synth_start_time_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None | Unset, data)

            synth_start_time = _parse_synth_start_time(_raw_synth_start_time)

        except (TypeError, ValueError, KeyError, AttributeError):
            synth_start_time = UNSET
            d["synth_start_time"] = _raw_synth_start_time

        _raw_synth_finish_time = d.pop("synth_finish_time", UNSET)
        try:

            def _parse_synth_finish_time(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    synth_finish_time_type_0 = datetime.datetime.fromisoformat(data)

                    return synth_finish_time_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None | Unset, data)

            synth_finish_time = _parse_synth_finish_time(_raw_synth_finish_time)

        except (TypeError, ValueError, KeyError, AttributeError):
            synth_finish_time = UNSET
            d["synth_finish_time"] = _raw_synth_finish_time

        _raw_error_reason = d.pop("error_reason", UNSET)
        try:

            def _parse_error_reason(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            error_reason = _parse_error_reason(_raw_error_reason)

        except (TypeError, ValueError, KeyError, AttributeError):
            error_reason = UNSET
            d["error_reason"] = _raw_error_reason

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

        enable = d.pop("enable", UNSET)
        if enable is None:
            enable = UNSET
            d["enable"] = None

        name = d.pop("name", UNSET)
        if name is None:
            name = UNSET
            d["name"] = None

        video_name = d.pop("video_name", UNSET)
        if video_name is None:
            video_name = UNSET
            d["video_name"] = None

        output_resolution = d.pop("output_resolution", UNSET)
        if output_resolution is None:
            output_resolution = UNSET
            d["output_resolution"] = None

        look_name = d.pop("look_name", UNSET)
        if look_name is None:
            look_name = UNSET
            d["look_name"] = None

        tts_vcn_name = d.pop("tts_vcn_name", UNSET)
        if tts_vcn_name is None:
            tts_vcn_name = UNSET
            d["tts_vcn_name"] = None

        studio_name = d.pop("studio_name", UNSET)
        if studio_name is None:
            studio_name = UNSET
            d["studio_name"] = None

        sub_title = d.pop("sub_title", UNSET)
        if sub_title is None:
            sub_title = UNSET
            d["sub_title"] = None

        _raw_segment = d.pop("segment", UNSET)
        try:
            _segment = _raw_segment
            segment: list[RenderTaskSegment] | Unset = UNSET
            if _segment is not UNSET:
                segment = []
                for segment_item_data in _segment:
                    segment_item = RenderTaskSegment.from_dict(segment_item_data)

                    segment.append(segment_item)

        except (TypeError, ValueError, KeyError, AttributeError):
            segment = UNSET
            d["segment"] = _raw_segment

        render_task = cls(
            task_id=task_id,
            id=id,
            synth_state=synth_state,
            render_image_oss=render_image_oss,
            render_video_oss=render_video_oss,
            synth_start_time=synth_start_time,
            synth_finish_time=synth_finish_time,
            error_reason=error_reason,
            create_time=create_time,
            update_time=update_time,
            enable=enable,
            name=name,
            video_name=video_name,
            output_resolution=output_resolution,
            look_name=look_name,
            tts_vcn_name=tts_vcn_name,
            studio_name=studio_name,
            sub_title=sub_title,
            segment=segment,
        )

        render_task.additional_properties = d
        return render_task

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
