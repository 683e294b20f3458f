"""Operations of tag `products`: `Products` (sync), `AsyncProducts` (asyncio) and their
`with_raw_response` twins, which return the `httpx.Response` as received."""

from collections.abc import AsyncIterator, Iterator, Mapping
from functools import cached_property

import httpx

from ..api.products import configure_product_assets as _configure_product_assets
from ..api.products import create_product as _create_product
from ..api.products import delete_product as _delete_product
from ..api.products import list_products as _list_products
from ..api.products import show_product as _show_product
from ..api.products import update_product as _update_product
from ..models.configure_product_assets_request import ConfigureProductAssetsRequest
from ..models.create_product_request import CreateProductRequest
from ..models.create_product_response import CreateProductResponse
from ..models.list_products_response import ListProductsResponse
from ..models.list_products_sort_dir import ListProductsSortDir
from ..models.list_products_sort_key import ListProductsSortKey
from ..models.product_detail_info import ProductDetailInfo
from ..models.show_product_response import ShowProductResponse
from ..models.update_product_request import UpdateProductRequest
from ..types import UNSET, Unset
from . import Owner, next_page

__all__ = ["AsyncProducts", "AsyncProductsWithRawResponse", "Products", "ProductsWithRawResponse"]


class Products:
    """Operations of tag `products`: one method per operation id."""

    def __init__(self, owner: Owner) -> None:
        self._owner = owner

    @cached_property
    def with_raw_response(self) -> "ProductsWithRawResponse":
        """The same operations returning the `httpx.Response` as received (errors are raised as usual)."""
        return ProductsWithRawResponse(self._owner)

    def list_products(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 10,
        sort_key: ListProductsSortKey | Unset = UNSET,
        sort_dir: ListProductsSortDir | Unset = ListProductsSortDir.ASC,
        create_until: str | Unset = UNSET,
        create_since: str | Unset = UNSET,
        name: str | Unset = UNSET,
        tag: str | Unset = UNSET,
        state: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ListProductsResponse:
        """List products

        查询商品列表。

        Args:
            offset: 偏移量，表示从此偏移量开始查询。 取值范围： 0-2147483647 默认取值： 0
            limit: 每页显示的条目数量。 取值范围： 1-100 默认取值： 10
            sort_key: 排序字段，支持的排序方式有： 按创建时间排序： create_time 按更新时间排序： update_time 按资产排序：asset_order
            sort_dir: 排序方式。 asc: 升序 desc: 降序 默认asc升序。
            create_until: 过滤创建时间<=输入时间的记录。
            create_since: 过滤创建时间>=输入时间的记录。
            name: 按名称模糊查询。
            tag: 按标签模糊查询。
            state: 按状态查询，多状态使用英文逗号分割。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _list_products.sync(
                self._owner.project_id,
                offset=offset,
                limit=limit,
                sort_key=sort_key,
                sort_dir=sort_dir,
                create_until=create_until,
                create_since=create_since,
                name=name,
                tag=tag,
                state=state,
                client=self._owner.client,
            )

    def iter_list_products(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 10,
        sort_key: ListProductsSortKey | Unset = UNSET,
        sort_dir: ListProductsSortDir | Unset = ListProductsSortDir.ASC,
        create_until: str | Unset = UNSET,
        create_since: str | Unset = UNSET,
        name: str | Unset = UNSET,
        tag: str | Unset = UNSET,
        state: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Iterator[ProductDetailInfo]:
        """Every item of `list_products` (`products`), page after page from `offset`, until `count` is reached or a page
        comes back short.

        查询商品列表。

        Args:
            offset: 偏移量，表示从此偏移量开始查询。 取值范围： 0-2147483647 默认取值： 0
            limit: 每页显示的条目数量。 取值范围： 1-100 默认取值： 10
            sort_key: 排序字段，支持的排序方式有： 按创建时间排序： create_time 按更新时间排序： update_time 按资产排序：asset_order
            sort_dir: 排序方式。 asc: 升序 desc: 降序 默认asc升序。
            create_until: 过滤创建时间<=输入时间的记录。
            create_since: 过滤创建时间>=输入时间的记录。
            name: 按名称模糊查询。
            tag: 按标签模糊查询。
            state: 按状态查询，多状态使用英文逗号分割。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        _offset: int = offset if isinstance(offset, int) else 0
        while True:
            _page = self.list_products(
                offset=_offset,
                limit=limit,
                sort_key=sort_key,
                sort_dir=sort_dir,
                create_until=create_until,
                create_since=create_since,
                name=name,
                tag=tag,
                state=state,
                timeout=timeout,
                retries=retries,
                extra_headers=extra_headers,
            )
            _items, _next = next_page(_page, "products", "count", _offset, limit)
            yield from _items
            if _next is None:
                return
            _offset = _next

    def create_product(
        self,
        *,
        body: CreateProductRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CreateProductResponse:
        """Create a product

        创建商品。Create product

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _create_product.sync(self._owner.project_id, body=body, client=self._owner.client)

    def show_product(
        self,
        product_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ShowProductResponse:
        """Show a product

        查询商品详情。Show product

        Args:
            product_id: 商品ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _show_product.sync(self._owner.project_id, product_id, client=self._owner.client)

    def update_product(
        self,
        product_id: str,
        *,
        body: UpdateProductRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Update a product

        更新商品。Update product

        Args:
            product_id: 商品ID。
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _update_product.sync(self._owner.project_id, product_id, body=body, client=self._owner.client)

    def delete_product(
        self,
        product_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete a product

        删除商品。

        Args:
            product_id: 商品ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _delete_product.sync(self._owner.project_id, product_id, client=self._owner.client)

    def configure_product_assets(
        self,
        product_id: str,
        *,
        body: ConfigureProductAssetsRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Link or unlink an asset or text to a product

        商品资产组合配置。

        Args:
            product_id: 商品ID。
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return _configure_product_assets.sync(
                self._owner.project_id, product_id, body=body, client=self._owner.client
            )


class ProductsWithRawResponse:
    """Operations of tag `products` returning the `httpx.Response` as received."""

    def __init__(self, owner: Owner) -> None:
        self._owner = owner

    def list_products(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 10,
        sort_key: ListProductsSortKey | Unset = UNSET,
        sort_dir: ListProductsSortDir | Unset = ListProductsSortDir.ASC,
        create_until: str | Unset = UNSET,
        create_since: str | Unset = UNSET,
        name: str | Unset = UNSET,
        tag: str | Unset = UNSET,
        state: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """List products

        查询商品列表。

        Args:
            offset: 偏移量，表示从此偏移量开始查询。 取值范围： 0-2147483647 默认取值： 0
            limit: 每页显示的条目数量。 取值范围： 1-100 默认取值： 10
            sort_key: 排序字段，支持的排序方式有： 按创建时间排序： create_time 按更新时间排序： update_time 按资产排序：asset_order
            sort_dir: 排序方式。 asc: 升序 desc: 降序 默认asc升序。
            create_until: 过滤创建时间<=输入时间的记录。
            create_since: 过滤创建时间>=输入时间的记录。
            name: 按名称模糊查询。
            tag: 按标签模糊查询。
            state: 按状态查询，多状态使用英文逗号分割。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_list_products._get_kwargs(
                    self._owner.project_id,
                    offset=offset,
                    limit=limit,
                    sort_key=sort_key,
                    sort_dir=sort_dir,
                    create_until=create_until,
                    create_since=create_since,
                    name=name,
                    tag=tag,
                    state=state,
                )
            )

    def create_product(
        self,
        *,
        body: CreateProductRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Create a product

        创建商品。Create product

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_create_product._get_kwargs(self._owner.project_id, body=body)
            )

    def show_product(
        self,
        product_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Show a product

        查询商品详情。Show product

        Args:
            product_id: 商品ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_show_product._get_kwargs(self._owner.project_id, product_id)
            )

    def update_product(
        self,
        product_id: str,
        *,
        body: UpdateProductRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Update a product

        更新商品。Update product

        Args:
            product_id: 商品ID。
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_update_product._get_kwargs(self._owner.project_id, product_id, body=body)
            )

    def delete_product(
        self,
        product_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Delete a product

        删除商品。

        Args:
            product_id: 商品ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_delete_product._get_kwargs(self._owner.project_id, product_id)
            )

    def configure_product_assets(
        self,
        product_id: str,
        *,
        body: ConfigureProductAssetsRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Link or unlink an asset or text to a product

        商品资产组合配置。

        Args:
            product_id: 商品ID。
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return self._owner.client.get_httpx_client().request(
                **_configure_product_assets._get_kwargs(self._owner.project_id, product_id, body=body)
            )


class AsyncProducts:
    """Operations of tag `products` (asyncio): one method per operation id."""

    def __init__(self, owner: Owner) -> None:
        self._owner = owner

    @cached_property
    def with_raw_response(self) -> "AsyncProductsWithRawResponse":
        """The same operations returning the `httpx.Response` as received (errors are raised as usual)."""
        return AsyncProductsWithRawResponse(self._owner)

    async def list_products(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 10,
        sort_key: ListProductsSortKey | Unset = UNSET,
        sort_dir: ListProductsSortDir | Unset = ListProductsSortDir.ASC,
        create_until: str | Unset = UNSET,
        create_since: str | Unset = UNSET,
        name: str | Unset = UNSET,
        tag: str | Unset = UNSET,
        state: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ListProductsResponse:
        """List products

        查询商品列表。

        Args:
            offset: 偏移量，表示从此偏移量开始查询。 取值范围： 0-2147483647 默认取值： 0
            limit: 每页显示的条目数量。 取值范围： 1-100 默认取值： 10
            sort_key: 排序字段，支持的排序方式有： 按创建时间排序： create_time 按更新时间排序： update_time 按资产排序：asset_order
            sort_dir: 排序方式。 asc: 升序 desc: 降序 默认asc升序。
            create_until: 过滤创建时间<=输入时间的记录。
            create_since: 过滤创建时间>=输入时间的记录。
            name: 按名称模糊查询。
            tag: 按标签模糊查询。
            state: 按状态查询，多状态使用英文逗号分割。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _list_products.asyncio(
                self._owner.project_id,
                offset=offset,
                limit=limit,
                sort_key=sort_key,
                sort_dir=sort_dir,
                create_until=create_until,
                create_since=create_since,
                name=name,
                tag=tag,
                state=state,
                client=self._owner.client,
            )

    async def iter_list_products(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 10,
        sort_key: ListProductsSortKey | Unset = UNSET,
        sort_dir: ListProductsSortDir | Unset = ListProductsSortDir.ASC,
        create_until: str | Unset = UNSET,
        create_since: str | Unset = UNSET,
        name: str | Unset = UNSET,
        tag: str | Unset = UNSET,
        state: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncIterator[ProductDetailInfo]:
        """Every item of `list_products` (`products`), page after page from `offset`, until `count` is reached or a page
        comes back short.

        查询商品列表。

        Args:
            offset: 偏移量，表示从此偏移量开始查询。 取值范围： 0-2147483647 默认取值： 0
            limit: 每页显示的条目数量。 取值范围： 1-100 默认取值： 10
            sort_key: 排序字段，支持的排序方式有： 按创建时间排序： create_time 按更新时间排序： update_time 按资产排序：asset_order
            sort_dir: 排序方式。 asc: 升序 desc: 降序 默认asc升序。
            create_until: 过滤创建时间<=输入时间的记录。
            create_since: 过滤创建时间>=输入时间的记录。
            name: 按名称模糊查询。
            tag: 按标签模糊查询。
            state: 按状态查询，多状态使用英文逗号分割。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        _offset: int = offset if isinstance(offset, int) else 0
        while True:
            _page = await self.list_products(
                offset=_offset,
                limit=limit,
                sort_key=sort_key,
                sort_dir=sort_dir,
                create_until=create_until,
                create_since=create_since,
                name=name,
                tag=tag,
                state=state,
                timeout=timeout,
                retries=retries,
                extra_headers=extra_headers,
            )
            _items, _next = next_page(_page, "products", "count", _offset, limit)
            for _item in _items:
                yield _item
            if _next is None:
                return
            _offset = _next

    async def create_product(
        self,
        *,
        body: CreateProductRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CreateProductResponse:
        """Create a product

        创建商品。Create product

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _create_product.asyncio(self._owner.project_id, body=body, client=self._owner.client)

    async def show_product(
        self,
        product_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ShowProductResponse:
        """Show a product

        查询商品详情。Show product

        Args:
            product_id: 商品ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _show_product.asyncio(self._owner.project_id, product_id, client=self._owner.client)

    async def update_product(
        self,
        product_id: str,
        *,
        body: UpdateProductRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Update a product

        更新商品。Update product

        Args:
            product_id: 商品ID。
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _update_product.asyncio(
                self._owner.project_id, product_id, body=body, client=self._owner.client
            )

    async def delete_product(
        self,
        product_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete a product

        删除商品。

        Args:
            product_id: 商品ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _delete_product.asyncio(self._owner.project_id, product_id, client=self._owner.client)

    async def configure_product_assets(
        self,
        product_id: str,
        *,
        body: ConfigureProductAssetsRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Link or unlink an asset or text to a product

        商品资产组合配置。

        Args:
            product_id: 商品ID。
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await _configure_product_assets.asyncio(
                self._owner.project_id, product_id, body=body, client=self._owner.client
            )


class AsyncProductsWithRawResponse:
    """Operations of tag `products` (asyncio) returning the `httpx.Response` as received."""

    def __init__(self, owner: Owner) -> None:
        self._owner = owner

    async def list_products(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 10,
        sort_key: ListProductsSortKey | Unset = UNSET,
        sort_dir: ListProductsSortDir | Unset = ListProductsSortDir.ASC,
        create_until: str | Unset = UNSET,
        create_since: str | Unset = UNSET,
        name: str | Unset = UNSET,
        tag: str | Unset = UNSET,
        state: str | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """List products

        查询商品列表。

        Args:
            offset: 偏移量，表示从此偏移量开始查询。 取值范围： 0-2147483647 默认取值： 0
            limit: 每页显示的条目数量。 取值范围： 1-100 默认取值： 10
            sort_key: 排序字段，支持的排序方式有： 按创建时间排序： create_time 按更新时间排序： update_time 按资产排序：asset_order
            sort_dir: 排序方式。 asc: 升序 desc: 降序 默认asc升序。
            create_until: 过滤创建时间<=输入时间的记录。
            create_since: 过滤创建时间>=输入时间的记录。
            name: 按名称模糊查询。
            tag: 按标签模糊查询。
            state: 按状态查询，多状态使用英文逗号分割。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_list_products._get_kwargs(
                    self._owner.project_id,
                    offset=offset,
                    limit=limit,
                    sort_key=sort_key,
                    sort_dir=sort_dir,
                    create_until=create_until,
                    create_since=create_since,
                    name=name,
                    tag=tag,
                    state=state,
                )
            )

    async def create_product(
        self,
        *,
        body: CreateProductRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Create a product

        创建商品。Create product

        Args:
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_create_product._get_kwargs(self._owner.project_id, body=body)
            )

    async def show_product(
        self,
        product_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Show a product

        查询商品详情。Show product

        Args:
            product_id: 商品ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_show_product._get_kwargs(self._owner.project_id, product_id)
            )

    async def update_product(
        self,
        product_id: str,
        *,
        body: UpdateProductRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Update a product

        更新商品。Update product

        Args:
            product_id: 商品ID。
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_update_product._get_kwargs(self._owner.project_id, product_id, body=body)
            )

    async def delete_product(
        self,
        product_id: str,
        *,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Delete a product

        删除商品。

        Args:
            product_id: 商品ID。
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_delete_product._get_kwargs(self._owner.project_id, product_id)
            )

    async def configure_product_assets(
        self,
        product_id: str,
        *,
        body: ConfigureProductAssetsRequest,
        timeout: float | httpx.Timeout | None = None,
        retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """Link or unlink an asset or text to a product

        商品资产组合配置。

        Args:
            product_id: 商品ID。
            body: The request body.
            timeout, retries, extra_headers: options of this call (seconds or an `httpx.Timeout`, retries
                instead of the client's, headers to add).

        Returns:
            The `httpx.Response`, its body read; its `X-Request-Id` header names the request.
        """
        with self._owner.request_options(timeout, retries, extra_headers):
            return await self._owner.client.get_async_httpx_client().request(
                **_configure_product_assets._get_kwargs(self._owner.project_id, product_id, body=body)
            )
