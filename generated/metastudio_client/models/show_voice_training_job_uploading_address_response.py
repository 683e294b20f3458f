from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.package_url import PackageUrl
    from ..models.segment_url import SegmentUrl


T = TypeVar("T", bound="ShowVoiceTrainingJobUploadingAddressResponse")


@_attrs_define
class ShowVoiceTrainingJobUploadingAddressResponse:
    """表 9-43 响应 Body 参数

    Attributes:
        segment_url (SegmentUrl | Unset): 表 9-44 segment_url
        package_url (PackageUrl | Unset): 表 9-45 package_url
        authorization_letter_uploading_url (str | Unset): 授权书的上传地址。
    """

    segment_url: SegmentUrl | Unset = UNSET
    package_url: PackageUrl | Unset = UNSET
    authorization_letter_uploading_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        segment_url: dict[str, Any] | Unset = UNSET
        if not isinstance(self.segment_url, Unset):
            segment_url = self.segment_url.to_dict()

        package_url: dict[str, Any] | Unset = UNSET
        if not isinstance(self.package_url, Unset):
            package_url = self.package_url.to_dict()

        authorization_letter_uploading_url = self.authorization_letter_uploading_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if segment_url is not UNSET:
            field_dict["segment_url"] = segment_url
        if package_url is not UNSET:
            field_dict["package_url"] = package_url
        if authorization_letter_uploading_url is not UNSET:
            field_dict["authorization_letter_uploading_url"] = authorization_letter_uploading_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.package_url import PackageUrl  # noqa: PLC0415
        from ..models.segment_url import SegmentUrl  # noqa: PLC0415

        d = dict(src_dict)
        _raw_segment_url = d.pop("segment_url", UNSET)
        try:
            _segment_url = _raw_segment_url
            segment_url: SegmentUrl | Unset
            if isinstance(_segment_url, Unset):
                segment_url = UNSET
            else:
                segment_url = SegmentUrl.from_dict(_segment_url)

        except (TypeError, ValueError, KeyError, AttributeError):
            segment_url = UNSET
            d["segment_url"] = _raw_segment_url

        _raw_package_url = d.pop("package_url", UNSET)
        try:
            _package_url = _raw_package_url
            package_url: PackageUrl | Unset
            if isinstance(_package_url, Unset):
                package_url = UNSET
            else:
                package_url = PackageUrl.from_dict(_package_url)

        except (TypeError, ValueError, KeyError, AttributeError):
            package_url = UNSET
            d["package_url"] = _raw_package_url

        authorization_letter_uploading_url = d.pop("authorization_letter_uploading_url", UNSET)
        if authorization_letter_uploading_url is None:
            authorization_letter_uploading_url = UNSET
            d["authorization_letter_uploading_url"] = None

        show_voice_training_job_uploading_address_response = cls(
            segment_url=segment_url,
            package_url=package_url,
            authorization_letter_uploading_url=authorization_letter_uploading_url,
        )

        show_voice_training_job_uploading_address_response.additional_properties = d
        return show_voice_training_job_uploading_address_response

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
