"""Building a client does no work a request would do: the spec is read, the SSL context made and the network
transports (and asyncio, aiohttp) imported on the first request, not before. A fresh interpreter shows it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PROBE = """
import json, sys
from digihuman import metastudio
from digihuman.openapi import api

client = metastudio.client(region="cn-north-4", ak="AK", sk="SK", project="p")
built = {
    "spec read": "spec" in api("metastudio").__dict__,
    "asyncio": "asyncio" in sys.modules,
    "token auth": "digihuman.auth.token" in sys.modules,
    "sync transport": "digihuman.policy.network_sync" in sys.modules,
    "async transport": "digihuman.policy.network_async" in sys.modules,
    "aiohttp": "aiohttp" in sys.modules,
}
api("metastudio").by_id  # the first thing a request asks for
built["spec read after use"] = "spec" in api("metastudio").__dict__
print(json.dumps(built))
"""


def test_a_client_is_built_without_reading_the_spec_or_importing_its_transports() -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("HUAWEICLOUD_", "METASTUDIO_"))}
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, cwd=ROOT, env=env, check=True)
    assert json.loads(done.stdout) == {
        "spec read": False,
        "asyncio": False,
        "token auth": False,
        "sync transport": False,
        "async transport": False,
        "aiohttp": False,
        "spec read after use": True,
    }
