"""The sync network: httpx's own `HTTPTransport`, one per proxy in use, each on a network backend that holds
every connect, read and write to the attempt's deadline (`network.attempt_ends`). httpx's timeouts apply to
each socket operation alone, so a server that sends a byte now and then would otherwise hold an attempt
for as long as it likes."""

from __future__ import annotations

import threading
import time
import typing
from contextvars import ContextVar

import httpcore
import httpx

from digihuman.policy.network import LIMITS, Network, attempt_ends

ATTEMPT_ENDS: ContextVar[float | None] = ContextVar("digihuman_attempt_ends", default=None)
"""The deadline of the attempt this thread is reading or writing for (the backend below reads it)."""


class NetworkTransport(httpx.BaseTransport):
    def __init__(self, network: Network) -> None:
        self.network = network
        self._transports: dict[str | None, httpx.HTTPTransport] = {}
        self._lock = threading.Lock()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """The answer, read whole within the attempt's deadline."""
        transport = self._transport(self.network.proxy_for(request.url))
        token = ATTEMPT_ENDS.set(attempt_ends(request))
        try:
            response = transport.handle_request(request)
            try:
                cap = self.network.cap(request, response)
                assert isinstance(response.stream, httpx.SyncByteStream)
                for chunk in response.stream:
                    cap.take(chunk)
            finally:
                response.close()
        finally:
            ATTEMPT_ENDS.reset(token)
        return self.network.answer(response, request, cap)

    def _transport(self, proxy: httpx.Proxy | None) -> httpx.HTTPTransport:
        key = None if proxy is None else repr((str(proxy.url), proxy.auth, proxy.headers.raw))
        transport = self._transports.get(key)
        if transport is None:
            with self._lock:
                transport = self._transports.get(key)
                if transport is None:
                    transport = self._transports[key] = self._make(proxy)
        return transport

    def _make(self, proxy: httpx.Proxy | None) -> httpx.HTTPTransport:
        transport = httpx.HTTPTransport(verify=self.network.ssl_context, proxy=proxy, limits=LIMITS, trust_env=False)
        pool = transport._pool  # httpx takes no network backend; its connection pool does
        pool._network_backend = DeadlineBackend(pool._network_backend)
        return transport

    def close(self) -> None:
        with self._lock:
            transports, self._transports = list(self._transports.values()), {}
        for transport in transports:
            transport.close()


def within(timeout: float | None, error: type[httpcore.TimeoutException]) -> float | None:
    """`timeout`, shortened to what is left of the attempt; `error` when nothing is left."""
    ends = ATTEMPT_ENDS.get()
    if ends is None:
        return timeout
    left = ends - time.monotonic()
    if left <= 0:
        raise error("the attempt's deadline passed")
    return left if timeout is None else min(timeout, left)


class DeadlineBackend(httpcore.NetworkBackend):
    def __init__(self, inner: httpcore.NetworkBackend) -> None:
        self.inner = inner

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: typing.Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        timeout = within(timeout, httpcore.ConnectTimeout)
        return DeadlineStream(self.inner.connect_tcp(host, port, timeout, local_address, socket_options))

    def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: typing.Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        timeout = within(timeout, httpcore.ConnectTimeout)
        return DeadlineStream(self.inner.connect_unix_socket(path, timeout, socket_options))

    def sleep(self, seconds: float) -> None:
        self.inner.sleep(seconds)


class DeadlineStream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self.inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self.inner.read(max_bytes, within(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self.inner.write(buffer, within(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self.inner.close()

    def start_tls(
        self, ssl_context: typing.Any, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        timeout = within(timeout, httpcore.ConnectTimeout)
        return DeadlineStream(self.inner.start_tls(ssl_context, server_hostname, timeout))

    def get_extra_info(self, info: str) -> typing.Any:
        return self.inner.get_extra_info(info)
