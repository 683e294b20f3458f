"""Stateful mock servers, one per vendor: real ASGI apps that verify signatures as the vendor does.

Each mock's logic is a synchronous `handle(Request) -> Reply`; `asgi.py` serves it as an ASGI app
(over loopback with uvicorn, or in-process with httpx.ASGITransport) and as a sync httpx transport.
"""

from __future__ import annotations

from digihuman.mock.base import MockApp, Reply, Request

__all__ = ["MockApp", "Reply", "Request", "create"]


def create(vendor: str, **options: object) -> MockApp:
    """A fresh mock for `vendor` (`xingyun`, `metaworks`, `metastudio`); options go to its constructor."""
    if vendor == "xingyun":
        from digihuman.mock.xingyun import XingyunMock

        return XingyunMock(**options)  # type: ignore[arg-type]
    if vendor == "metaworks":
        from digihuman.mock.metaworks import MetaworksMock

        return MetaworksMock(**options)  # type: ignore[arg-type]
    if vendor == "metastudio":
        from digihuman.mock.metastudio import MetaStudioMock

        return MetaStudioMock(**options)  # type: ignore[arg-type]
    raise ValueError(f"no mock for vendor {vendor!r}")
