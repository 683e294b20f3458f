"""What the three vendors' client objects share (`metastudio.MetaStudio`, `xingyun.Xingyun`, ...): holding a
configured generated client, per-call options, and closing the client's connections as context managers.

The operations themselves (one attribute per tag, one method per operation id) are generated from the spec,
in `<package>.resources`; the vendor modules put the two together."""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable, Mapping
from contextlib import AbstractContextManager
from typing import Any, ClassVar, Generic, Self, TypeVar

import httpx

from digihuman.errors import ApiError, PaidJobUncertainError
from digihuman.policy.options import request_options
from digihuman.reconcile import (
    DEFAULT_SETTLE_SECONDS,
    FOUND,
    NOT_CREATED,
    AmbiguousJobError,
    JobNotCreatedError,
    Reconciled,
    ReconcileUnavailableError,
    find_job,
)

C = TypeVar("C")
G = TypeVar("G")  # the vendor's generated Client
T = TypeVar("T")
log = logging.getLogger("digihuman")


class ClientObject(Generic[G]):
    """A configured generated client (`.client`) with the vendor's operations as methods.

    `client=` wraps an already configured generated client; otherwise the keyword arguments go to the vendor's
    `client(...)` factory (arguments or the environment). `reconcile=True`: a paid create whose answer is lost
    is looked up before anything is raised (docs/fleet.md, "Paid jobs exactly once");
    `reconcile_settle_seconds` is how long after sending "no job listed" proves it."""

    vendor: ClassVar[str]
    client: Any
    reconcile: bool = False  # off by default: looking a job up costs list calls and up to a settle period
    reconcile_settle_seconds: float = DEFAULT_SETTLE_SECONDS

    def __init__(
        self,
        *,
        client: G | None = None,
        reconcile: bool = False,
        reconcile_settle_seconds: float | None = None,
        **factory_kwargs: Any,
    ) -> None:
        self._setup(client, factory_kwargs)
        self._reconcile_options(reconcile, reconcile_settle_seconds)

    def _setup(self, ready: G | None, factory_kwargs: dict[str, Any]) -> None:
        """Set `client` (and what else the vendor's object holds) from `ready` or the factory's arguments."""
        raise NotImplementedError

    def _reconcile_options(self, on: bool, settle_seconds: float | None) -> None:
        self.reconcile = on
        if settle_seconds is not None:
            self.reconcile_settle_seconds = settle_seconds

    def reconciling(self, operation_id: str, body: Any, call: Callable[[], T], build: Callable[[str], T]) -> T:
        """`call()`, a paid create with `x-reconcile`; when it ends uncertain and `reconcile` is on, the job it
        may have made is looked up (`digihuman.reconcile.find_job`) and the outcome settled (`_settled`).
        `build(job_id)` makes the create's success model from a found job's id."""
        sent_at = time.time()
        try:
            return call()
        except PaidJobUncertainError as uncertain:
            if not self.reconcile:
                raise
            found = self._looked_up(operation_id, body, sent_at)
            return self._settled(uncertain, operation_id, build, found, sent_at)

    async def reconciling_async(
        self, operation_id: str, body: Any, call: Callable[[], Awaitable[T]], build: Callable[[str], T]
    ) -> T:
        sent_at = time.time()
        try:
            return await call()
        except PaidJobUncertainError as uncertain:
            if not self.reconcile:
                raise
            # find_job is synchronous (it reads pages with the generated client's httpx.Client): in a thread
            import asyncio  # here, not at import: building a client imports no asyncio (test_lazy_construction)

            found = await asyncio.to_thread(self._looked_up, operation_id, body, sent_at)
            return self._settled(uncertain, operation_id, build, found, sent_at)

    def _looked_up(self, operation_id: str, body: Any, sent_at: float) -> Reconciled | Exception:
        """What `find_job` shows, or the error that kept it from showing anything."""
        plain = body.to_dict() if hasattr(body, "to_dict") else body
        try:
            return find_job(self, operation_id, plain, sent_at=sent_at, settle_seconds=self.reconcile_settle_seconds)
        except (ReconcileUnavailableError, AmbiguousJobError, ApiError) as failed:
            return failed

    def _settled(
        self,
        uncertain: PaidJobUncertainError,
        operation_id: str,
        build: Callable[[str], T],
        found: Reconciled | Exception,
        sent_at: float,
    ) -> T:
        """FOUND: the create's answer rebuilt from the listed job (only its job id); NOT_CREATED: proven, so
        `JobNotCreatedError`; UNDECIDED, or no way to look: the `PaidJobUncertainError` again, saying why."""
        if isinstance(found, Exception):
            _still_uncertain(uncertain, f"looking the job up did not settle it: {found}", None)
            raise uncertain
        if found.state == FOUND:
            log.warning("%s %s: the answer was lost; reconciled: %s", self.vendor, operation_id, found.evidence)
            return build(str(found.job_id))
        if found.state == NOT_CREATED:
            raise JobNotCreatedError(
                f"{self.vendor} {operation_id} made no job, proven: {found.evidence}. Creating it again is safe",
                operation_id=operation_id,
                reconciled=found,
            ) from uncertain
        again = f"digihuman.reconcile.find_job(..., sent_at={sent_at:.0f}) after {self.reconcile_settle_seconds:.0f} s"
        _still_uncertain(uncertain, f"{found.evidence}; look again later: {again}", found)
        raise uncertain

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


class SyncClientObject(ClientObject[G]):
    def __enter__(self) -> Self:
        self.client.__enter__()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.client.__exit__(*exc_info)


class AsyncClientObject(ClientObject[G]):
    async def __aenter__(self) -> Self:
        await self.client.__aenter__()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.client.__aexit__(*exc_info)
        if self.client._client is not None:  # the synchronous client reconciling opened
            self.client._client.close()


def _still_uncertain(error: PaidJobUncertainError, note: str, found: Reconciled | None) -> None:
    error.message = f"{error.message}. {note}"
    error.args = (error.message,)
    error.reconciled = found


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
