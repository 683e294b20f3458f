from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.show_product_response_state import ShowProductResponseState
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.product_cover_detail_info import ProductCoverDetailInfo
    from ..models.product_media_detail_info import ProductMediaDetailInfo
    from ..models.product_text_info import ProductTextInfo


T = TypeVar("T", bound="ShowProductResponse")


@_attrs_define
class ShowProductResponse:
    """表 6-382 响应 Body 参数

    Attributes:
        product_id (str | Unset): 商品ID
        name (str | Unset): 商品名称
        description (str | Unset): 商品描述
        tags (list[str] | Unset): 标签。单个标签16字节，多个用逗号分隔，最多50个。
        cover (ProductCoverDetailInfo | Unset): 表 6-365 ProductCoverDetailInfo (same table: 表 6-383)
        text_list (list[ProductTextInfo] | Unset): 文本列表
        asset_list (list[ProductMediaDetailInfo] | Unset): 素材资产列表
        create_time (datetime.datetime | Unset): 商品创建时间，格式遵循：RFC 3339。例“2020-07-30T10:43:17Z”。
        update_time (datetime.datetime | Unset): 商品更新时间，格式遵循：RFC 3339。例“2020-07-30T10:43:17Z”。
        state (ShowProductResponseState | Unset): 商品状态枚举 • ACTIVED: 已激活 • UNACTIVED: 未激活 • BLOCK: 被冻结，商品不可用 • DELETED:
            已删除
    """

    product_id: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    cover: ProductCoverDetailInfo | Unset = UNSET
    text_list: list[ProductTextInfo] | Unset = UNSET
    asset_list: list[ProductMediaDetailInfo] | Unset = UNSET
    create_time: datetime.datetime | Unset = UNSET
    update_time: datetime.datetime | Unset = UNSET
    state: ShowProductResponseState | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        product_id = self.product_id

        name = self.name

        description = self.description

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        cover: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cover, Unset):
            cover = self.cover.to_dict()

        text_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.text_list, Unset):
            text_list = []
            for text_list_item_data in self.text_list:
                text_list_item = text_list_item_data.to_dict()
                text_list.append(text_list_item)

        asset_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.asset_list, Unset):
            asset_list = []
            for asset_list_item_data in self.asset_list:
                asset_list_item = asset_list_item_data.to_dict()
                asset_list.append(asset_list_item)

        create_time: str | Unset = UNSET
        if not isinstance(self.create_time, Unset):
            create_time = self.create_time.isoformat()

        update_time: str | Unset = UNSET
        if not isinstance(self.update_time, Unset):
            update_time = self.update_time.isoformat()

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if product_id is not UNSET:
            field_dict["product_id"] = product_id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if tags is not UNSET:
            field_dict["tags"] = tags
        if cover is not UNSET:
            field_dict["cover"] = cover
        if text_list is not UNSET:
            field_dict["text_list"] = text_list
        if asset_list is not UNSET:
            field_dict["asset_list"] = asset_list
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if update_time is not UNSET:
            field_dict["update_time"] = update_time
        if state is not UNSET:
            field_dict["state"] = state

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.product_cover_detail_info import ProductCoverDetailInfo  # noqa: PLC0415
        from ..models.product_media_detail_info import ProductMediaDetailInfo  # noqa: PLC0415
        from ..models.product_text_info import ProductTextInfo  # noqa: PLC0415

        d = dict(src_dict)
        product_id = d.pop("product_id", UNSET)
        if product_id is None:
            product_id = UNSET
            d["product_id"] = None

        name = d.pop("name", UNSET)
        if name is None:
            name = UNSET
            d["name"] = None

        description = d.pop("description", UNSET)
        if description is None:
            description = UNSET
            d["description"] = None

        tags = d.pop("tags", UNSET)
        if not isinstance(tags, Unset | list):
            d["tags"] = tags
            tags = UNSET

        _raw_cover = d.pop("cover", UNSET)
        try:
            _cover = _raw_cover
            cover: ProductCoverDetailInfo | Unset
            if isinstance(_cover, Unset):
                cover = UNSET
            else:
                cover = ProductCoverDetailInfo.from_dict(_cover)

        except (TypeError, ValueError, KeyError, AttributeError):
            cover = UNSET
            d["cover"] = _raw_cover

        _raw_text_list = d.pop("text_list", UNSET)
        try:
            _text_list = _raw_text_list
            text_list: list[ProductTextInfo] | Unset = UNSET
            if _text_list is not UNSET:
                text_list = []
                for text_list_item_data in _text_list:
                    text_list_item = ProductTextInfo.from_dict(text_list_item_data)

                    text_list.append(text_list_item)

        except (TypeError, ValueError, KeyError, AttributeError):
            text_list = UNSET
            d["text_list"] = _raw_text_list

        _raw_asset_list = d.pop("asset_list", UNSET)
        try:
            _asset_list = _raw_asset_list
            asset_list: list[ProductMediaDetailInfo] | Unset = UNSET
            if _asset_list is not UNSET:
                asset_list = []
                for asset_list_item_data in _asset_list:
                    asset_list_item = ProductMediaDetailInfo.from_dict(asset_list_item_data)

                    asset_list.append(asset_list_item)

        except (TypeError, ValueError, KeyError, AttributeError):
            asset_list = UNSET
            d["asset_list"] = _raw_asset_list

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

        _raw_state = d.pop("state", UNSET)
        try:
            _state = _raw_state
            state: ShowProductResponseState | Unset
            if isinstance(_state, Unset):
                state = UNSET
            else:
                state = ShowProductResponseState(_state)

        except (TypeError, ValueError, KeyError, AttributeError):
            state = UNSET
            d["state"] = _raw_state

        show_product_response = cls(
            product_id=product_id,
            name=name,
            description=description,
            tags=tags,
            cover=cover,
            text_list=text_list,
            asset_list=asset_list,
            create_time=create_time,
            update_time=update_time,
            state=state,
        )

        show_product_response.additional_properties = d
        return show_product_response

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
