"""The operations of Xmov 魔珐星云 数字人视频生成 API, one attribute per tag, for the client objects to extend.

Each tag's class is imported when its attribute is first used, so building a client object stays cheap.
"""

from collections.abc import Mapping
from contextlib import AbstractContextManager
from functools import cached_property
from typing import TYPE_CHECKING, Any, Protocol

import httpx

from ..client import Client

if TYPE_CHECKING:
    from .video_synthesis_task import AsyncVideoSynthesisTask, VideoSynthesisTask

__all__ = ["AsyncResources", "Owner", "Resources", "next_page"]


class Owner(Protocol):
    """What a resource needs of its client object."""

    @property
    def client(self) -> Client: ...

    def request_options(
        self,
        timeout: float | httpx.Timeout | None,
        retries: int | None,
        extra_headers: Mapping[str, str] | None,
    ) -> AbstractContextManager[None]:
        """A context in which the requests made carry these per-call options."""
        ...


class Resources:
    """The synchronous operations, one attribute per tag."""

    client: Client

    def request_options(
        self,
        timeout: float | httpx.Timeout | None,
        retries: int | None,
        extra_headers: Mapping[str, str] | None,
    ) -> AbstractContextManager[None]:
        raise NotImplementedError

    @cached_property
    def video_synthesis_task(self) -> "VideoSynthesisTask":
        """5 operations of tag `video_synthesis_task`."""
        from .video_synthesis_task import VideoSynthesisTask

        return VideoSynthesisTask(self)


class AsyncResources:
    """The asynchronous operations, one attribute per tag."""

    client: Client

    def request_options(
        self,
        timeout: float | httpx.Timeout | None,
        retries: int | None,
        extra_headers: Mapping[str, str] | None,
    ) -> AbstractContextManager[None]:
        raise NotImplementedError

    @cached_property
    def video_synthesis_task(self) -> "AsyncVideoSynthesisTask":
        """5 operations of tag `video_synthesis_task`."""
        from .video_synthesis_task import AsyncVideoSynthesisTask

        return AsyncVideoSynthesisTask(self)


def next_page(page: object, items: str, count: str | None, offset: int, limit: object) -> tuple[list[Any], int | None]:
    """The items of one page and the offset of the next page, or None after the last one: an empty page, a page
    shorter than `limit`, or the page that reaches the total the answer's `count` field gives."""
    found = getattr(page, items, None)
    listed = list(found) if isinstance(found, list) else []
    following = offset + len(listed)
    total = getattr(page, count, None) if count else None
    if not listed or (isinstance(limit, int) and len(listed) < limit):
        return listed, None
    if isinstance(total, int | float) and not isinstance(total, bool) and following >= total:
        return listed, None
    return listed, following
