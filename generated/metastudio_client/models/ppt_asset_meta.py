from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ppt_asset_meta_ppt_analysis_status import PPTAssetMetaPptAnalysisStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_info import ErrorInfo
    from ..models.ppt_page_info import PPTPageInfo


T = TypeVar("T", bound="PPTAssetMeta")


@_attrs_define
class PPTAssetMeta:
    """表 4-11 PPTAssetMeta

    Attributes:
        auto_analysis (bool | Unset): 参数解释: PPT是否需要自动解析。 约束限制: 部分过于复杂的PPT或压缩比过高的PPT可能无法解析。 超过50页PPT仅转换50页
            转换的图片无法保证完全还原,需要自行确认。 取值范围: • true: 自动解析 • false: 无需解析 默认取值: false Default: False.
        ppt_analysis_status (PPTAssetMetaPptAnalysisStatus | Unset): 参数解释: PPT解析状态。 约束限制: 不涉及 取值范围: • INITIALIZE: 初始 •
            WAITING: 等待 • CONVERTING: 解析中 • FAILED: 失败 • SUCCEEDED: 成功 • CANCELED: 取消 默认取值: 不涉及
        error_info (ErrorInfo | None | Unset): 表 4-23 / 5-115 / 5-154 … ErrorResponse, as the field error_info of
            assets, videos, live rooms and jobs and chat jobs; null when there is no error (the documents' examples return
            null, see spec/ERRATA.md "error_info").
        page_count (int | Unset): 参数解释: PPT页面总数。 约束限制: 不涉及 取值范围: 0-256 默认取值: 0 Default: 0.
        pages (list[PPTPageInfo] | Unset): PPT页面图片。
    """

    auto_analysis: bool | Unset = False
    ppt_analysis_status: PPTAssetMetaPptAnalysisStatus | Unset = UNSET
    error_info: ErrorInfo | None | Unset = UNSET
    page_count: int | Unset = 0
    pages: list[PPTPageInfo] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.error_info import ErrorInfo  # noqa: PLC0415

        auto_analysis = self.auto_analysis

        ppt_analysis_status: str | Unset = UNSET
        if not isinstance(self.ppt_analysis_status, Unset):
            ppt_analysis_status = self.ppt_analysis_status.value

        error_info: dict[str, Any] | None | Unset
        if isinstance(self.error_info, Unset):
            error_info = UNSET
        elif isinstance(self.error_info, ErrorInfo):
            error_info = self.error_info.to_dict()
        else:
            error_info = self.error_info

        page_count = self.page_count

        pages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.pages, Unset):
            pages = []
            for pages_item_data in self.pages:
                pages_item = pages_item_data.to_dict()
                pages.append(pages_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if auto_analysis is not UNSET:
            field_dict["auto_analysis"] = auto_analysis
        if ppt_analysis_status is not UNSET:
            field_dict["ppt_analysis_status"] = ppt_analysis_status
        if error_info is not UNSET:
            field_dict["error_info"] = error_info
        if page_count is not UNSET:
            field_dict["page_count"] = page_count
        if pages is not UNSET:
            field_dict["pages"] = pages

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.error_info import ErrorInfo  # noqa: PLC0415
        from ..models.ppt_page_info import PPTPageInfo  # noqa: PLC0415

        d = dict(src_dict)
        auto_analysis = d.pop("auto_analysis", UNSET)
        if auto_analysis is None:
            auto_analysis = UNSET
            d["auto_analysis"] = None

        _raw_ppt_analysis_status = d.pop("ppt_analysis_status", UNSET)
        try:
            _ppt_analysis_status = _raw_ppt_analysis_status
            ppt_analysis_status: PPTAssetMetaPptAnalysisStatus | Unset
            if isinstance(_ppt_analysis_status, Unset):
                ppt_analysis_status = UNSET
            else:
                ppt_analysis_status = PPTAssetMetaPptAnalysisStatus(_ppt_analysis_status)

        except (TypeError, ValueError, KeyError, AttributeError):
            ppt_analysis_status = UNSET
            d["ppt_analysis_status"] = _raw_ppt_analysis_status

        _raw_error_info = d.pop("error_info", UNSET)
        try:

            def _parse_error_info(data: object) -> ErrorInfo | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_error_info_type_0 = ErrorInfo.from_dict(data)

                    return componentsschemas_error_info_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(ErrorInfo | None | Unset, data)

            error_info = _parse_error_info(_raw_error_info)

        except (TypeError, ValueError, KeyError, AttributeError):
            error_info = UNSET
            d["error_info"] = _raw_error_info

        page_count = d.pop("page_count", UNSET)
        if page_count is None:
            page_count = UNSET
            d["page_count"] = None

        _raw_pages = d.pop("pages", UNSET)
        try:
            _pages = _raw_pages
            pages: list[PPTPageInfo] | Unset = UNSET
            if _pages is not UNSET:
                pages = []
                for pages_item_data in _pages:
                    pages_item = PPTPageInfo.from_dict(pages_item_data)

                    pages.append(pages_item)

        except (TypeError, ValueError, KeyError, AttributeError):
            pages = UNSET
            d["pages"] = _raw_pages

        ppt_asset_meta = cls(
            auto_analysis=auto_analysis,
            ppt_analysis_status=ppt_analysis_status,
            error_info=error_info,
            page_count=page_count,
            pages=pages,
        )

        ppt_asset_meta.additional_properties = d
        return ppt_asset_meta

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
