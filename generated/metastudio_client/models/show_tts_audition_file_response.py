from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audition_file import AuditionFile


T = TypeVar("T", bound="ShowTtsAuditionFileResponse")


@_attrs_define
class ShowTtsAuditionFileResponse:
    """表 10-9 响应 Body 参数

    Attributes:
        is_file_complete (bool | Unset): 试听文件是否已生成完成。该标记为false时，应该每隔5秒再次调用本接口获取试听文件。
        message (str | Unset): 异常信息。
        files (list[AuditionFile] | Unset): 试听文件列表。
    """

    is_file_complete: bool | Unset = UNSET
    message: str | Unset = UNSET
    files: list[AuditionFile] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_file_complete = self.is_file_complete

        message = self.message

        files: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.files, Unset):
            files = []
            for files_item_data in self.files:
                files_item = files_item_data.to_dict()
                files.append(files_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_file_complete is not UNSET:
            field_dict["is_file_complete"] = is_file_complete
        if message is not UNSET:
            field_dict["message"] = message
        if files is not UNSET:
            field_dict["files"] = files

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audition_file import AuditionFile  # noqa: PLC0415

        d = dict(src_dict)
        is_file_complete = d.pop("is_file_complete", UNSET)
        if is_file_complete is None:
            is_file_complete = UNSET
            d["is_file_complete"] = None

        message = d.pop("message", UNSET)
        if message is None:
            message = UNSET
            d["message"] = None

        _raw_files = d.pop("files", UNSET)
        try:
            _files = _raw_files
            files: list[AuditionFile] | Unset = UNSET
            if _files is not UNSET:
                files = []
                for files_item_data in _files:
                    files_item = AuditionFile.from_dict(files_item_data)

                    files.append(files_item)

        except (TypeError, ValueError, KeyError, AttributeError):
            files = UNSET
            d["files"] = _raw_files

        show_tts_audition_file_response = cls(
            is_file_complete=is_file_complete,
            message=message,
            files=files,
        )

        show_tts_audition_file_response.additional_properties = d
        return show_tts_audition_file_response

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
