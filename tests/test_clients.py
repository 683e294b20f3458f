"""Configured clients: clear errors for missing settings, HTTPS only, secrets never shown."""

from __future__ import annotations

import pytest

from digihuman import metaworks, xingyun
from digihuman.errors import ConfigurationError
from digihuman.secret import Secret


def test_metaworks_requires_a_base_url() -> None:
    with pytest.raises(ConfigurationError, match="METAWORKS_BASE_URL is not set"):
        metaworks.client()


def test_xingyun_defaults_to_the_documented_host() -> None:
    client = xingyun.client()
    assert client.get_httpx_client().base_url == "https://nebula-agent.xingyun3d.com"


def test_live_base_urls_must_be_https() -> None:
    with pytest.raises(ConfigurationError, match="not HTTPS"):
        xingyun.client(base_url="http://nebula-agent.xingyun3d.com")
    assert xingyun.client(base_url="http://example.test", allow_http=True)
    assert xingyun.client(base_url="http://127.0.0.1:9")


def test_secrets_never_show(caplog: pytest.LogCaptureFixture) -> None:
    auth = xingyun.auth(app_secret="s3cr3t-value")
    aw = metaworks.auth(app_secret="an0ther-s3cret")
    shown = " ".join([repr(auth), str(auth), repr(aw), repr(Secret("s3cr3t-value")), f"{Secret('s3cr3t-value')}"])
    assert "s3cr3t-value" not in shown and "an0ther-s3cret" not in shown
    with pytest.raises(ValueError):
        Secret("")


def test_missing_secret_error_names_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("METAWORKS_APP_NAME")
    with pytest.raises(ConfigurationError, match="METAWORKS_APP_NAME"):
        metaworks.auth()
