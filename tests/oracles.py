"""Independent implementations of the signatures, written from the documents, never from our code.

`generate_x_token` is the vendor's own demo function (seed 002, DEMO示例 1.2), reformatted only.
`aw_authorization` follows shared/reference/metaworks-aw-signing.md step by step.
`official_sdk_hmac` drives Huawei's own signer (`huaweicloudsdkcore`, a test-only dependency) unchanged.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
from dataclasses import dataclass

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkcore.sdk_request import SdkRequest


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


@dataclass
class OfficialSigned:
    authorization: str
    uri: str  # resource path and query as the SDK would send them
    headers: dict[str, str]  # every header the SDK would send, with the values it would send


def official_sdk_hmac(
    method: str,
    host: str,
    resource_path: str,
    query: list[tuple[str, object]],
    headers: dict[str, str],
    body: bytes,
    ak: str,
    sk: str,
    project_id: str | None,
) -> OfficialSigned:
    """Huawei's SDK signing a request the way its own client does: `BasicCredentials.sign_request`, which
    adds `X-Project-Id` and runs `Signer`. The SDK takes the resource path already percent-encoded (its
    client quotes path parameters before signing), decoded query pairs, and header values as text; an
    `X-Sdk-Date` header given here is the date it signs with."""
    request = SdkRequest(
        method=method,
        schema="https",
        host=host,
        resource_path=resource_path,
        query_params=list(query),
        header_params=dict(headers),
        body=body or None,
    )
    BasicCredentials(ak, sk, project_id).sign_request(request)
    return OfficialSigned(request.header_params["Authorization"], request.uri, dict(request.header_params))
