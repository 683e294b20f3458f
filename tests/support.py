"""What the tests share: scripted in-process servers, recorded sleeps, a fake clock, clients built on them."""

from __future__ import annotations

import asyncio
import copy
import json
from collections.abc import Callable
from typing import Any

import httpx
from metastudio_client import Client as MetaStudioClient
from metaworks_client import Client as MetaworksClient

from digihuman import metaworks, policy, xingyun
from digihuman.openapi import Api, api

Outcome = Callable[[httpx.Request], httpx.Response] | type[httpx.TransportError]
XINGYUN_TASK = {"error_code": 0, "error_reason": "", "data": {"task_id": 7, "synth_state": "finished"}}
METASTUDIO_TOKEN = "ms-t0ken-VALUE-789"  # noqa: S105 - a made-up token for the tests


def answer(status: int = 200, body: Any = None, headers: dict[str, str] | None = None) -> Outcome:
    """An outcome that answers `status` with a JSON `body` (bytes are sent as they are)."""

    def respond(request: httpx.Request) -> httpx.Response:
        content = body if isinstance(body, bytes) else json.dumps(body if body is not None else {}).encode()
        return httpx.Response(status, headers={"content-type": "application/json", **(headers or {})}, content=content)

    return respond


class Scripted:
    """An in-process server that plays `outcomes` in order (answers, or httpx errors to raise), then
    `then` for ever, and records every request it was sent."""

    def __init__(self, *outcomes: Outcome, then: Outcome | None = None) -> None:
        self.outcomes = list(outcomes)
        self.then = then or answer(200, XINGYUN_TASK)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        outcome = self.outcomes.pop(0) if self.outcomes else self.then
        if isinstance(outcome, type):
            raise outcome("injected", request=request)
        return outcome(request)

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self)


class Sleeps:
    """Recorded instead of slept, for sync and async waits alike."""

    def __init__(self) -> None:
        self.seconds: list[float] = []

    def sync(self, seconds: float) -> None:
        self.seconds.append(seconds)

    async def async_(self, seconds: float) -> None:
        self.seconds.append(seconds)

    def retry(self, attempts: int = 2, jitter: float = 0.5) -> policy.Retry:
        return policy.Retry(attempts=attempts, random=lambda: jitter, sleep=self.sync, async_sleep=self.async_)


def xingyun_client(server: Scripted, sleeps: Sleeps, **options: Any) -> Any:
    return xingyun.client(base_url="http://127.0.0.1", transport=server.transport(), retries=sleeps.retry(), **options)


def with_extension(vendor: str, operation_id: str, **extensions: Any) -> Api:
    """A copy of `vendor`'s packaged spec with extensions added to one operation (a test fixture)."""
    spec = copy.deepcopy(api(vendor).spec)
    for item in spec["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and operation.get("operationId") == operation_id:
                operation.update(extensions)
    return Api(spec, vendor)


def metaworks_client(spec: Api, transport: httpx.BaseTransport, retry: policy.Retry, **options: Any) -> Any:
    """A Metaworks client on a given spec (for fixture extensions), signed as the factory signs."""
    generated = MetaworksClient(base_url="http://127.0.0.1", httpx_args={"auth": metaworks.auth()})
    return policy.install(generated, spec, retries=retry, transport=transport, **options)


def metastudio_client(transport: httpx.BaseTransport, retry: policy.Retry, **options: Any) -> Any:
    """MetaStudio as its factory will be: the generated Client with a fixed X-Auth-Token, under the policy."""
    generated = MetaStudioClient(base_url="https://metastudio.test", headers={"X-Auth-Token": METASTUDIO_TOKEN})
    return policy.install(generated, api("metastudio"), retries=retry, transport=transport, **options)


class FakeTime:
    """One clock for a mock and the code waiting on it: sleeping moves it on, instantly."""

    def __init__(self, now: float = 1_700_000_000.0) -> None:
        self.now = now
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)


class AsgiTransport(httpx.BaseTransport):
    """A sync httpx transport onto an ASGI app, in-process (httpx.ASGITransport is async only)."""

    def __init__(self, app: Any) -> None:
        self.inner = httpx.ASGITransport(app=app)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        async def run() -> httpx.Response:
            copy = httpx.Request(request.method, request.url, headers=request.headers, content=request.read())
            answer = await self.inner.handle_async_request(copy)
            return httpx.Response(answer.status_code, headers=answer.headers, content=await answer.aread())

        return asyncio.run(run())
