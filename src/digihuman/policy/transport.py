"""The httpx transport that runs `Call`, for sync and async clients alike: the same steps, once with
blocking I/O and once with asyncio. One object serves both, because the generated client builds its
httpx.Client and httpx.AsyncClient from the same arguments."""

from __future__ import annotations

import time
from typing import TypeGuard

import httpx

from digihuman.auth.base import SigningAuth
from digihuman.errors import ConfigurationError, ResponseTooLargeError
from digihuman.policy.call import Call, Policy
from digihuman.policy.network import CALL_ENDS


class PolicyTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """`deadline`: seconds a call may take in all, its retries and the waits between them included (None:
    no limit but each attempt's). Each attempt over the network ends within its longest timeout, and within
    the call's deadline (`network.attempt_ends`)."""

    def __init__(
        self,
        policy: Policy,
        inner: httpx.BaseTransport,
        async_inner: httpx.AsyncBaseTransport,
        deadline: float | None = None,
    ) -> None:
        self.policy = policy
        self.inner = inner
        self.async_inner = async_inner
        self.deadline = deadline

    def _start(self, request: httpx.Request) -> Call:
        call = Call(self.policy, request)
        if self.deadline is not None:
            call.give_up_at = time.monotonic() + self.deadline
        return call

    # -- sync -----------------------------------------------------------------------------
    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        call = self._start(request)
        ends = CALL_ENDS.set(call.give_up_at)
        try:
            return self._attempts(call)
        finally:
            CALL_ENDS.reset(ends)

    def _attempts(self, call: Call) -> httpx.Response:
        while True:
            self._sleep(call.rate_limit_wait())
            response = None
            try:
                response = self.inner.handle_request(self._signed(call))
                if call.wants_body:
                    response.read()
            except httpx.TransportError as exc:
                if response is not None:
                    response.close()
                self._sleep(call.after_error(exc))
                continue
            except ResponseTooLargeError as exc:
                if response is not None:
                    response.close()
                call.too_large(exc)
            delay = call.after_response(response)
            if delay is None:
                return response
            response.close()
            self._sleep(delay)

    def _signed(self, call: Call) -> httpx.Request:
        request = call.outgoing()
        auth = self.policy.auth
        if auth is None or not call.ours:
            return request
        if _signs_in_one_step(auth):
            auth.sign(request)  # what its auth flow does, without the generator
            return request
        flow = auth.sync_auth_flow(request)
        signed = next(flow)
        flow.close()
        return signed

    def _sleep(self, seconds: float) -> None:
        if seconds > 0:
            self.policy.retry.sleep(seconds)

    def close(self) -> None:
        self.inner.close()

    # -- async ----------------------------------------------------------------------------
    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        call = self._start(request)
        ends = CALL_ENDS.set(call.give_up_at)
        try:
            return await self._async_attempts(call)
        finally:
            CALL_ENDS.reset(ends)

    async def _async_attempts(self, call: Call) -> httpx.Response:
        while True:
            wait = await call.async_rate_limit_wait()
            if wait > 0:
                await self.policy.retry.async_sleep(wait)
            auth = self.policy.auth
            if auth is not None and call.ours and not _signs_in_one_step(auth):
                outgoing = await self._async_signed(call)
            else:
                outgoing = self._signed(call)  # no auth flow to run: the same steps as the sync side
            response = None
            try:
                response = await self.async_inner.handle_async_request(outgoing)
                if call.wants_body:
                    if isinstance(response.stream, httpx.ByteStream):
                        response.read()  # all in memory already: read it without the async machinery
                    else:
                        await response.aread()
            except httpx.TransportError as exc:
                if response is not None:
                    await response.aclose()
                await self._async_sleep(call.after_error(exc))
                continue
            except ResponseTooLargeError as exc:
                if response is not None:
                    await response.aclose()
                call.too_large(exc)
            delay = call.after_response(response)
            if delay is None:
                return response
            await response.aclose()
            await self._async_sleep(delay)

    async def _async_signed(self, call: Call) -> httpx.Request:
        request = call.outgoing()
        assert self.policy.auth is not None
        flow = self.policy.auth.async_auth_flow(request)
        signed = await flow.__anext__()
        await flow.aclose()
        return signed

    async def _async_sleep(self, seconds: float) -> None:
        if seconds > 0:
            await self.policy.retry.async_sleep(seconds)

    async def aclose(self) -> None:
        await self.async_inner.aclose()


def _signs_in_one_step(auth: httpx.Auth) -> TypeGuard[SigningAuth]:
    """Our signers' flow is `sign(request)`, then yield it: a subclass that keeps that flow can be run as one
    call (`requires_request_body` holds, and the body is read before the flow starts)."""
    cls = type(auth)
    return (
        isinstance(auth, SigningAuth)
        and cls.auth_flow is SigningAuth.auth_flow
        and cls.sync_auth_flow is httpx.Auth.sync_auth_flow
        and cls.async_auth_flow is httpx.Auth.async_auth_flow
    )


class NoAsyncTransport(httpx.AsyncBaseTransport):
    """Stands in when only a sync transport was given, so that async calls fail loudly instead of going
    to the network by another route."""

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        raise ConfigurationError("this client was given a sync transport only; pass async_transport for async calls")
