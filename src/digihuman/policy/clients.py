"""The httpx clients a configured generated client builds (its `httpx_client_class` and
`async_httpx_client_class`): httpx's own, without two costs it pays on every request for nothing.

- The URL: httpx builds each request's URL from the client's base URL, the path and the query parameters,
  parsing and validating it three times on the way (~45 µs of the ~250 µs of CPU a small request costs in
  all), and a client that polls a job asks for the same URL again and again. These clients keep the URL
  httpx built, by path and parameters, and give it to httpx as the URL of the next request to the same
  path and parameters, which httpx then takes as it is: the request is the one httpx would have built.
- JSON bodies: a signer that signs one encoding of the data more cheaply than it signs httpx's (X-TOKEN
  signs `json.dumps(data, sort_keys=True)`, which httpx's encoding would make it parse and render again)
  gets that encoding sent (`SigningAuth.json_body`), the bytes object named in the request's `JSON_BODY`
  extension (when the body is declared as JSON) so that the signer knows them.
- Cookies: httpx hands every answer to its cookie store, whose standard-library machinery costs ~12 µs even
  when the answer sets no cookie. Here it is handed only the answers that have a `Set-Cookie` header.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import httpx

from digihuman.auth.base import JSON_BODY
from digihuman.policy.call import check_path_values

# Query values whose text httpx derives from their type and value alone, so that (type, value) stands for
# one text. Not floats (0.0 == -0.0, but their texts differ), nor anything else.
PLAIN_VALUES = (str, int, bool)
URLS_KEPT = 256  # per client; when full, the memo starts afresh
COOKIE_HEADERS = frozenset({b"set-cookie", b"set-cookie2"})  # what `http.cookiejar` reads from an answer


class Cookies(httpx.Cookies):
    def extract_cookies(self, response: httpx.Response) -> None:
        if any(name.lower() in COOKIE_HEADERS for name, _ in response.headers.raw):
            super().extract_cookies(response)


class Urls:
    """The URLs a client built, by (path, parameters), with the base URL each was built on."""

    def __init__(self) -> None:
        self._built: dict[tuple[object, ...], tuple[httpx.URL, httpx.URL]] = {}

    def build(
        self,
        client: httpx.Client | httpx.AsyncClient,
        build: Callable[..., httpx.Request],
        method: str,
        url: httpx.URL | str,
        params: Any,
        kwargs: dict[str, Any],
    ) -> httpx.Request:
        """`build(method, url, params=params, **kwargs)` (the client's `build_request`), with the URL it gave
        for the same path and parameters on the same base URL before, when there is one."""
        key = self._key(client, url, params)
        if key is None:
            return build(method, url, params=params, **kwargs)
        base = client.base_url  # a new base URL is a new object (httpx.URL is immutable)
        found = self._built.get(key)
        if found is not None and found[0] is base:
            return build(method, found[1], **kwargs)
        request = build(method, url, params=params, **kwargs)
        if len(self._built) >= URLS_KEPT:
            self._built.clear()
        self._built[key] = (base, request.url)
        return request

    @staticmethod
    def _key(client: httpx.Client | httpx.AsyncClient, url: object, params: object) -> tuple[object, ...] | None:
        if type(url) is not str or client.params:  # (parameters of the client's own: ours have none)
            return None
        if params is None:
            return (url, None)
        if type(params) is not dict:
            return None
        items = tuple((name, type(value), value) for name, value in params.items())
        if not all(type(name) is str and kind in PLAIN_VALUES for name, kind, _ in items):
            return None
        return (url, items)


def signers_json(auth: object, kwargs: dict[str, Any]) -> dict[str, Any]:
    """`build_request`'s arguments with a `json=` body as the signer's `json_body` renders it, when it has one."""
    data = kwargs.get("json")
    render = getattr(auth, "json_body", None)
    if data is None or render is None or any(kwargs.get(key) is not None for key in ("content", "data", "files")):
        return kwargs
    body = render(data)
    if body is None:
        return kwargs
    headers = httpx.Headers(kwargs.get("headers"))
    headers.setdefault("Content-Type", "application/json")  # as httpx sets it for `json=`
    sent = {**kwargs, "json": None, "content": body, "headers": headers}
    if headers["Content-Type"].startswith("application/json"):  # declared as JSON: signed as these bytes render it
        sent["extensions"] = {**(kwargs.get("extensions") or {}), JSON_BODY: body}
    return sent


# The mixin reads as what it is mixed into; at run time it is a plain class before httpx's in the bases.
if TYPE_CHECKING:
    _Client = httpx.Client
else:
    _Client = object


class _Ours(_Client):
    """What `HttpClient` and `AsyncHttpClient` change of httpx's clients (their methods are otherwise httpx's)."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._urls = Urls()
        self.cookies = kwargs.get("cookies")

    @property
    def cookies(self) -> httpx.Cookies:
        return self._our_cookies

    @cookies.setter
    def cookies(self, cookies: Any) -> None:
        self._our_cookies = Cookies(cookies)

    def build_request(self, method: str, url: httpx.URL | str, *, params: Any = None, **kwargs: Any) -> httpx.Request:
        policy = getattr(self._transport, "policy", None)  # the policy's check of path values (see there)
        if policy is not None:
            check_path_values(policy.api, method, url, kwargs.get("extensions"))
        return self._urls.build(self, super().build_request, method, url, params, signers_json(self.auth, kwargs))


class HttpClient(_Ours, httpx.Client):
    pass


class AsyncHttpClient(_Ours, httpx.AsyncClient):  # type: ignore[misc]  # (the mixin is typed as the sync client)
    pass
