"""What the three vendors' client objects share (`metastudio.MetaStudio`, `xingyun.Xingyun`, ...): holding a
configured generated client, per-call options, and closing the client's connections as context managers.

The operations themselves (one attribute per tag, one method per operation id) are generated from the spec,
in `<package>.resources`; the vendor modules put the two together."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from contextlib import AbstractContextManager
from typing import Any, ClassVar, Self, TypeVar

import httpx

from digihuman.policy.options import request_options

C = TypeVar("C")


class ClientObject:
    """A configured generated client (`.client`) with the vendor's operations as methods."""

    vendor: ClassVar[str]
    client: Any

    def request_options(
        self,
        timeout: float | httpx.Timeout | None,
        retries: int | None,
        extra_headers: Mapping[str, str] | None,
    ) -> AbstractContextManager[None]:
        """The context in which a method's requests carry its per-call options (`digihuman.policy.options`)."""
        return request_options(timeout, retries, extra_headers)

    def __repr__(self) -> str:
        project = getattr(self, "project_id", None)
        shown = f", project_id={project!r}" if project is not None else ""
        return f"{type(self).__name__}(base_url={str(self.client._base_url)!r}{shown})"


class SyncClientObject(ClientObject):
    def __enter__(self) -> Self:
        self.client.__enter__()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.client.__exit__(*exc_info)


class AsyncClientObject(ClientObject):
    async def __aenter__(self) -> Self:
        await self.client.__aenter__()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.client.__aexit__(*exc_info)


def configured(
    ready: C | None, factory: Callable[..., C], factory_kwargs: Mapping[str, Any], kept: tuple[str, ...] = ()
) -> C:
    """The client given (`client=`), else the vendor factory's with the keyword arguments. Beside a ready client
    only the arguments in `kept` may be given (MetaStudio's project id): the others would be silently ignored."""
    if ready is None:
        return factory(**factory_kwargs)
    unused = sorted(set(factory_kwargs) - set(kept))
    if unused:
        raise TypeError(f"client= is already configured; {', '.join(unused)} would be ignored")
    return ready
