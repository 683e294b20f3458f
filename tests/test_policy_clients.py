"""The httpx clients of the configured clients build the requests httpx builds (the URL of a repeated path and
query is kept, not rebuilt), and store the cookies httpx stores; an answer's parsed JSON is handed over once."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from digihuman import metastudio, policy, xingyun
from digihuman.policy.answers import ParsedResponse
from digihuman.policy.call import query_pairs
from digihuman.policy.clients import URLS_KEPT, Cookies

BASE = "https://api.example.test/prefix"
values = st.one_of(
    st.text(max_size=5),
    st.integers(-3, 3),
    st.booleans(),
    st.floats(allow_nan=False, width=16),
    st.none(),
    st.lists(st.integers(0, 2), max_size=2),
)
params = st.none() | st.dictionaries(st.sampled_from(["a", "b", "é", "x y"]), values, max_size=3)
paths = st.sampled_from(["/v1/jobs", "v1/jobs/", "/v1/a%20b", "/v1/你好", "https://other.test/x?q=1"])


def plain(client: httpx.Client, method: str, url: str, params: Any) -> httpx.Request:
    return httpx.Client.build_request(client, method, url, params=params)


def same(ours: httpx.Request, theirs: httpx.Request) -> None:
    assert (ours.method, str(ours.url), ours.url.raw_path, ours.headers.raw) == (
        theirs.method,
        str(theirs.url),
        theirs.url.raw_path,
        theirs.headers.raw,
    )


@settings(max_examples=300, deadline=None)
@given(calls=st.lists(st.tuples(paths, params), min_size=1, max_size=6))
def test_requests_are_those_httpx_builds(calls: list[tuple[str, Any]]) -> None:
    client = policy.HttpClient(base_url=BASE)
    for path, query in calls + calls:  # each one twice: built, then from the memo
        same(client.build_request("GET", path, params=query), plain(client, "GET", path, query))


def test_values_equal_in_python_but_sent_differently_are_told_apart() -> None:
    client = policy.HttpClient(base_url=BASE)
    for value in (False, 0, True, 1, 0.0, -0.0, 1.0):
        built = client.build_request("GET", "/x", params={"v": value})
        assert built.url == plain(client, "GET", "/x", {"v": value}).url


def test_a_new_base_url_or_client_parameters_are_used() -> None:
    client = policy.HttpClient(base_url=BASE)
    client.build_request("GET", "/x", params={"a": 1})
    client.base_url = httpx.URL("https://elsewhere.test/")
    assert str(client.build_request("GET", "/x", params={"a": 1}).url) == "https://elsewhere.test/x?a=1"
    client.params = httpx.QueryParams({"k": "v"})
    assert str(client.build_request("GET", "/x", params={"a": 1}).url) == "https://elsewhere.test/x?k=v&a=1"


def test_the_memo_is_bounded() -> None:
    client = policy.HttpClient(base_url=BASE)
    for n in range(URLS_KEPT * 2 + 1):
        assert client.build_request("GET", f"/jobs/{n}").url.path == f"/prefix/jobs/{n}"
    assert len(client._urls._built) <= URLS_KEPT


async def test_the_async_client_builds_the_same() -> None:
    expected = plain(httpx.Client(base_url=BASE), "GET", "/x", {"a": True})
    async with policy.AsyncHttpClient(base_url=BASE) as client:
        for _ in range(2):
            same(client.build_request("GET", "/x", params={"a": True}), expected)


def test_configured_clients_use_them() -> None:
    client = xingyun.client()
    assert isinstance(client.get_httpx_client(), policy.HttpClient)
    assert isinstance(client.get_async_httpx_client(), policy.AsyncHttpClient)
    ms = metastudio.client(region="cn-north-4", ak="AK", sk="SK", project="p")
    assert isinstance(ms.with_headers({"X-A": "1"}).get_httpx_client(), policy.HttpClient)  # copies too


def answering(headers: list[tuple[str, str]]) -> httpx.MockTransport:
    return httpx.MockTransport(lambda request: httpx.Response(200, headers=headers, json={}))


@pytest.mark.parametrize("name", ["Set-Cookie", "set-cookie"])
def test_cookies_are_stored_when_an_answer_sets_them(name: str) -> None:
    for cls in (httpx.Client, policy.HttpClient):
        client = cls(transport=answering([(name, "session=abc; Path=/")]), cookies={"given": "1"})
        client.get("https://api.example.test/x")
        assert dict(client.cookies) == {"given": "1", "session": "abc"}
        assert isinstance(client.cookies, Cookies) == (cls is policy.HttpClient)


def test_answers_without_cookies_leave_the_store_alone() -> None:
    client = policy.HttpClient(transport=answering([("X-Other", "1")]), cookies={"given": "1"})
    client.get("https://api.example.test/x")
    client.cookies = {"set": "2"}
    client.get("https://api.example.test/x")
    assert dict(client.cookies) == {"set": "2"} and isinstance(client.cookies, Cookies)


async def test_async_cookies_are_stored() -> None:
    transport = httpx.MockTransport(lambda request: httpx.Response(200, headers=[("Set-Cookie", "s=1")]))
    async with policy.AsyncHttpClient(transport=transport) as client:
        await client.get("https://api.example.test/x")
        assert dict(client.cookies) == {"s": "1"}


def test_parsed_json_is_handed_over_once() -> None:
    body = {"a": [1, 2], "b": "c"}
    response = ParsedResponse(200, content=json.dumps(body).encode())
    handed: dict[str, Any] = {"a": [1, 2], "b": "c"}
    response.hand_json(handed)
    assert response.json() is handed
    again = response.json()
    assert again == body and again is not handed
    response.hand_json(handed)
    assert response.json(parse_int=str) == {"a": ["1", "2"], "b": "c"}  # arguments: parsed as asked


@given(st.lists(st.tuples(st.text(max_size=3), st.text(max_size=3)), max_size=4))
def test_query_pairs_are_httpx_params(pairs: list[tuple[str, str]]) -> None:
    url = httpx.URL("https://h/x", params=pairs)
    assert list(query_pairs(url.query)) == url.params.multi_items()
