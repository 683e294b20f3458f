"""Credentials are checked as they are read (surrounding whitespace stripped, control characters refused,
the variable named and the value never shown), and no header value reaches an error, its repr or a log."""

from __future__ import annotations

import logging
import traceback
from typing import Any

import httpx
import pytest
from metastudio_client.api.video import show_2d_digital_human_video
from xingyun_client.api.video_synthesis_task import get_render_task

from digihuman import metastudio, policy, xingyun
from digihuman.auth import token as token_auth
from digihuman.auth.sdk_hmac import from_env as sdk_hmac_from_env
from digihuman.errors import ConfigurationError, NoResponseError
from digihuman.mock.demo import ENV
from digihuman.secret import Secret

TOKEN = "MIIEsecret-token-VALUE"  # noqa: S105 - made up


def test_surrounding_whitespace_is_stripped() -> None:
    auth = token_auth.from_env(env={"HUAWEICLOUD_SDK_TOKEN": f"  {TOKEN}\n", "HUAWEICLOUD_SDK_PROJECT_ID": "p\r\n"})
    assert isinstance(auth.source, Secret) and auth.source.reveal() == TOKEN
    assert auth.project_id == "p"
    signer = sdk_hmac_from_env(env={"HUAWEICLOUD_SDK_AK": " AK\n", "HUAWEICLOUD_SDK_SK": "SK\n"})
    assert signer.ak == "AK"
    assert signer._sk.reveal() == "SK"


@pytest.mark.parametrize("value", ["AK\x00X", "AK\nX", "a\x7fb", "a\x85b", "a\tb"])
def test_control_characters_are_refused_naming_the_variable_not_the_value(value: str) -> None:
    with pytest.raises(ConfigurationError) as raised:
        sdk_hmac_from_env(env={"HUAWEICLOUD_SDK_AK": "AK", "HUAWEICLOUD_SDK_SK": f"secret-{value}"})
    assert "HUAWEICLOUD_SDK_SK" in str(raised.value)
    assert "secret-" not in str(raised.value) + repr(raised.value)
    with pytest.raises(ConfigurationError, match="XINGYUN_APP_ID"):
        xingyun.auth(app_id=value)


def test_whitespace_only_counts_as_unset() -> None:
    with pytest.raises(ConfigurationError, match="HUAWEICLOUD_SDK_SK is not set"):
        sdk_hmac_from_env(env={"HUAWEICLOUD_SDK_AK": "AK", "HUAWEICLOUD_SDK_SK": " \n"})


def test_a_password_is_taken_as_given_but_never_with_a_control_character() -> None:
    env = {
        "HUAWEICLOUD_SDK_IAM_ENDPOINT": "https://iam.example.com",
        "HUAWEICLOUD_SDK_DOMAIN_NAME": "d",
        "HUAWEICLOUD_SDK_USER_NAME": "u",
        "HUAWEICLOUD_SDK_PROJECT_ID": "p",
    }
    auth = token_auth.from_env(env={**env, "HUAWEICLOUD_SDK_PASSWORD": " spaced pass "})
    assert isinstance(auth.source, token_auth.IamTokenSource)
    assert auth.source._password.reveal() == " spaced pass "
    with pytest.raises(ConfigurationError, match="HUAWEICLOUD_SDK_PASSWORD") as raised:
        token_auth.from_env(env={**env, "HUAWEICLOUD_SDK_PASSWORD": "pass-word\n"})
    assert "pass-word" not in str(raised.value)


def test_a_secret_refuses_control_characters_without_showing_them() -> None:
    with pytest.raises(ValueError, match="control characters") as raised:
        Secret(f"{TOKEN}\n")
    assert TOKEN not in str(raised.value)


def leaky_network(value: bytes) -> httpx.MockTransport:
    """A network whose HTTP library refuses a header value, quoting it as h11 does."""

    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.LocalProtocolError(f"Illegal header value {value!r}")

    return httpx.MockTransport(refuse)


def everything_shown(error: BaseException, caplog: pytest.LogCaptureFixture) -> str:
    return "".join(traceback.format_exception(error)) + str(error) + repr(error) + caplog.text


def test_no_header_value_in_a_connection_error(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, "digihuman")
    client = metastudio.client(
        env={"HUAWEICLOUD_SDK_TOKEN": TOKEN, "HUAWEICLOUD_SDK_PROJECT_ID": "p", "HUAWEICLOUD_SDK_REGION": "r"},
        transport=leaky_network(f"{TOKEN}\n".encode()),
    )
    with pytest.raises(NoResponseError) as raised:
        show_2d_digital_human_video.sync_detailed("p", "job-1", client=client)
    shown = everything_shown(raised.value, caplog)
    assert "Illegal header value" in shown  # what went wrong is still said
    assert TOKEN not in shown and TOKEN[:12] not in shown


def test_no_header_value_in_retry_logs(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, "digihuman")
    sent: list[Any] = []

    def drop(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        raise httpx.ReadError(f"connection reset while sending {request.headers['x-token']}")

    retry = policy.Retry(attempts=1, sleep=lambda seconds: None)
    client = xingyun.client(base_url="http://127.0.0.1:9", transport=httpx.MockTransport(drop), retries=retry)
    with pytest.raises(NoResponseError) as raised:
        get_render_task.sync_detailed(client=client, task_id=7)
    assert len(sent) == 2  # retried once, logged
    tokens = [r.headers["x-token"] for r in sent]
    shown = everything_shown(raised.value, caplog)
    assert "retry 1 of 1" in caplog.text
    assert not any(t in shown for t in tokens)
    assert ENV["xingyun"]["XINGYUN_APP_SECRET"] not in shown
