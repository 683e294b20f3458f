"""Independent implementations of the signatures, written from the documents, never from our code.

`generate_x_token` is the vendor's own demo function (seed 002, DEMO示例 1.2), reformatted only.
`aw_authorization` follows shared/reference/metaworks-aw-signing.md step by step.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time


def generate_x_token(data, secret, api_path, method, timestamp=None):  # type: ignore[no-untyped-def]
    lower_api_path = api_path.lower()
    lower_method = method.lower()
    sort_json_str = json.dumps(dict(data), sort_keys=True).replace(" ", "")
    x_timestamp = str(int(timestamp or time.time()))
    sign_str = f"{lower_api_path}{lower_method}{sort_json_str}{secret}{x_timestamp}"
    return hashlib.md5(sign_str.encode("utf-8")).hexdigest()


def aw_authorization(app_key: str, app_secret: str, app_name: str, timestamp: int) -> str:
    ts = str(timestamp)
    raw = hmac.new(app_secret.encode(), (ts + ":" + app_key + ":" + app_name).encode(), hashlib.sha256).digest()
    return "AW " + app_key + ":" + base64.b64encode(ts.encode() + b":" + raw).decode()
