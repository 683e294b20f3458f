from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.admin_audit_result import AdminAuditResult
    from ..models.system_audit_result import SystemAuditResult


T = TypeVar("T", bound="ShowVoiceTrainingJobAuditResultResponse")


@_attrs_define
class ShowVoiceTrainingJobAuditResultResponse:
    """表 9-48 响应 Body 参数

    Attributes:
        system_audit_result (SystemAuditResult | Unset): 表 9-49 system_audit_result
        admin_audit_result (AdminAuditResult | Unset): 表 9-51 admin_audit_result
    """

    system_audit_result: SystemAuditResult | Unset = UNSET
    admin_audit_result: AdminAuditResult | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        system_audit_result: dict[str, Any] | Unset = UNSET
        if not isinstance(self.system_audit_result, Unset):
            system_audit_result = self.system_audit_result.to_dict()

        admin_audit_result: dict[str, Any] | Unset = UNSET
        if not isinstance(self.admin_audit_result, Unset):
            admin_audit_result = self.admin_audit_result.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if system_audit_result is not UNSET:
            field_dict["system_audit_result"] = system_audit_result
        if admin_audit_result is not UNSET:
            field_dict["admin_audit_result"] = admin_audit_result

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.admin_audit_result import AdminAuditResult  # noqa: PLC0415
        from ..models.system_audit_result import SystemAuditResult  # noqa: PLC0415

        d = dict(src_dict)
        _raw_system_audit_result = d.pop("system_audit_result", UNSET)
        try:
            _system_audit_result = _raw_system_audit_result
            system_audit_result: SystemAuditResult | Unset
            if isinstance(_system_audit_result, Unset):
                system_audit_result = UNSET
            else:
                system_audit_result = SystemAuditResult.from_dict(_system_audit_result)

        except (TypeError, ValueError, KeyError, AttributeError):
            system_audit_result = UNSET
            d["system_audit_result"] = _raw_system_audit_result

        _raw_admin_audit_result = d.pop("admin_audit_result", UNSET)
        try:
            _admin_audit_result = _raw_admin_audit_result
            admin_audit_result: AdminAuditResult | Unset
            if isinstance(_admin_audit_result, Unset):
                admin_audit_result = UNSET
            else:
                admin_audit_result = AdminAuditResult.from_dict(_admin_audit_result)

        except (TypeError, ValueError, KeyError, AttributeError):
            admin_audit_result = UNSET
            d["admin_audit_result"] = _raw_admin_audit_result

        show_voice_training_job_audit_result_response = cls(
            system_audit_result=system_audit_result,
            admin_audit_result=admin_audit_result,
        )

        show_voice_training_job_audit_result_response.additional_properties = d
        return show_voice_training_job_audit_result_response

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
