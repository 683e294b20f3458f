from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.file_extra_meta_video_transcoding_status import FileExtraMetaVideoTranscodingStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="FileExtraMeta")


@_attrs_define
class FileExtraMeta:
    """表 4-57 FileExtraMeta

    Attributes:
        video_transcoding_status (FileExtraMetaVideoTranscodingStatus | Unset): 视频转码状态。 ● WAITING: 等待 ● TRANSCODING: 转码中
            ● FAILED: 失败 ● SUCCEEDED: 成功
    """

    video_transcoding_status: FileExtraMetaVideoTranscodingStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        video_transcoding_status: str | Unset = UNSET
        if not isinstance(self.video_transcoding_status, Unset):
            video_transcoding_status = self.video_transcoding_status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if video_transcoding_status is not UNSET:
            field_dict["video_transcoding_status"] = video_transcoding_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _raw_video_transcoding_status = d.pop("video_transcoding_status", UNSET)
        try:
            _video_transcoding_status = _raw_video_transcoding_status
            video_transcoding_status: FileExtraMetaVideoTranscodingStatus | Unset
            if isinstance(_video_transcoding_status, Unset):
                video_transcoding_status = UNSET
            else:
                video_transcoding_status = FileExtraMetaVideoTranscodingStatus(_video_transcoding_status)

        except (TypeError, ValueError, KeyError, AttributeError):
            video_transcoding_status = UNSET
            d["video_transcoding_status"] = _raw_video_transcoding_status

        file_extra_meta = cls(
            video_transcoding_status=video_transcoding_status,
        )

        file_extra_meta.additional_properties = d
        return file_extra_meta

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
