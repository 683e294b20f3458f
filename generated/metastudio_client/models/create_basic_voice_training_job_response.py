from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.segment_uploading_url import SegmentUploadingUrl


T = TypeVar("T", bound="CreateBasicVoiceTrainingJobResponse")


@_attrs_define
class CreateBasicVoiceTrainingJobResponse:
    """表 9-4 响应 Body 参数

    Attributes:
        job_id (str | Unset): 任务id。
        training_data_uploading_url (str | Unset): 上传训练数据的地址。训练数据需打包成zip文件后，上传至该url。 create_type取值为package时设置。 说明
            通过该obs地址上传时，需设置content-type为application/zip。
        segment_uploading_url (SegmentUploadingUrl | Unset): 表 9-5 segment_uploading_url
        authorization_letter_uploading_url (str | Unset): 授权书的上传地址。
    """

    job_id: str | Unset = UNSET
    training_data_uploading_url: str | Unset = UNSET
    segment_uploading_url: SegmentUploadingUrl | Unset = UNSET
    authorization_letter_uploading_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_id = self.job_id

        training_data_uploading_url = self.training_data_uploading_url

        segment_uploading_url: dict[str, Any] | Unset = UNSET
        if not isinstance(self.segment_uploading_url, Unset):
            segment_uploading_url = self.segment_uploading_url.to_dict()

        authorization_letter_uploading_url = self.authorization_letter_uploading_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if job_id is not UNSET:
            field_dict["job_id"] = job_id
        if training_data_uploading_url is not UNSET:
            field_dict["training_data_uploading_url"] = training_data_uploading_url
        if segment_uploading_url is not UNSET:
            field_dict["segment_uploading_url"] = segment_uploading_url
        if authorization_letter_uploading_url is not UNSET:
            field_dict["authorization_letter_uploading_url"] = authorization_letter_uploading_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.segment_uploading_url import SegmentUploadingUrl  # noqa: PLC0415

        d = dict(src_dict)
        job_id = d.pop("job_id", UNSET)
        if job_id is None:
            job_id = UNSET
            d["job_id"] = None

        training_data_uploading_url = d.pop("training_data_uploading_url", UNSET)
        if training_data_uploading_url is None:
            training_data_uploading_url = UNSET
            d["training_data_uploading_url"] = None

        _raw_segment_uploading_url = d.pop("segment_uploading_url", UNSET)
        try:
            _segment_uploading_url = _raw_segment_uploading_url
            segment_uploading_url: SegmentUploadingUrl | Unset
            if isinstance(_segment_uploading_url, Unset):
                segment_uploading_url = UNSET
            else:
                segment_uploading_url = SegmentUploadingUrl.from_dict(_segment_uploading_url)

        except (TypeError, ValueError, KeyError, AttributeError):
            segment_uploading_url = UNSET
            d["segment_uploading_url"] = _raw_segment_uploading_url

        authorization_letter_uploading_url = d.pop("authorization_letter_uploading_url", UNSET)
        if authorization_letter_uploading_url is None:
            authorization_letter_uploading_url = UNSET
            d["authorization_letter_uploading_url"] = None

        create_basic_voice_training_job_response = cls(
            job_id=job_id,
            training_data_uploading_url=training_data_uploading_url,
            segment_uploading_url=segment_uploading_url,
            authorization_letter_uploading_url=authorization_letter_uploading_url,
        )

        create_basic_voice_training_job_response.additional_properties = d
        return create_basic_voice_training_job_response

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
