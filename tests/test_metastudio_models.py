"""Properties of the generated MetaStudio client over all 131 operations, with bodies and parameters drawn by
schemathesis from the spec (positive cases):

- every request model reachable from a request body round-trips: `Model.from_dict(m.to_dict()) == m` for
  each model instance inside each drawn body (the body model made with `from_dict` and all it contains);
- every request the generated endpoint function builds, through a client whose transport records it, fits
  the operation in the spec (method, path, query, headers and JSON body, checked by `Api.check_request`).

Cases come from the spec and from a "maximal" copy of it in which every property is required and every
array and map has an entry, so that each reachable model is built at least once; the test counts them.
"""

from __future__ import annotations

import copy
from typing import Any

import httpx
import schemathesis
from hypothesis import given
from hypothesis import strategies as st
from metastudio_client import Client

from digihuman.contract import reproducible
from digihuman.cross_field import for_generators
from tests.metastudio_calls import SPEC, arguments, endpoints, models_within, request_models

EXAMPLES = {"as specified": 4, "maximal": 1}


def maximal(spec: dict[str, Any]) -> dict[str, Any]:
    """A copy of `spec` whose request schemas leave nothing out: every property required, every array and
    map non-empty (valid values of it are valid values of the original)."""
    out = copy.deepcopy(spec)

    def fill(schema: dict[str, Any]) -> None:
        properties = schema.get("properties", {})
        if properties:
            schema["required"] = list(properties)
        for sub in properties.values():
            fill(sub)
        if isinstance(schema.get("items"), dict):
            if schema.get("maxItems", 1) >= 1:
                schema["minItems"] = max(1, schema.get("minItems", 0))
            fill(schema["items"])
        if isinstance(schema.get("additionalProperties"), dict):
            schema["minProperties"] = max(1, schema.get("minProperties", 0))
            fill(schema["additionalProperties"])

    for schema in out["components"]["schemas"].values():
        fill(schema)
    for item in out["paths"].values():
        for operation in item.values():
            for media in (operation.get("requestBody") or {}).get("content", {}).values():
                fill(media["schema"])
    return out


class Recorder:
    """A generated client whose transport keeps each request and answers 204 (no body, parsed as None)."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []
        transport = httpx.MockTransport(self.record)
        self.client = Client(base_url="https://metastudio.test", httpx_args={"transport": transport})

    def record(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(204)


def problems_of(request: httpx.Request, operation_id: str) -> list[str]:
    query = list(request.url.params.multi_items())
    checked = SPEC.check_request(request.method, request.url.path, query, request.headers, request.read())
    if checked is None:
        return [f"{request.method} {request.url.path} matches no operation"]
    if checked.operation.operation_id != operation_id:
        return [f"{request.method} {request.url.path} is {checked.operation.operation_id}, not {operation_id}"]
    return checked.problems


class Coverage:
    def __init__(self) -> None:
        self.round_tripped: set[type] = set()
        self.built: dict[str, int] = {}
        self.recorder = Recorder()

    def check(self, operation: Any, operation_id: str, examples: int) -> None:
        """Draw `examples` positive cases of one operation, round-trip their models, build their requests."""
        module = endpoints()[operation_id]

        @reproducible(examples)
        @given(data=st.data())
        def check(data: st.DataObject) -> None:
            case = data.draw(operation.as_strategy())
            kwargs = arguments(operation_id, case)
            body = kwargs.get("body")
            for model in models_within(body):
                assert type(model).from_dict(model.to_dict()) == model, type(model).__name__
                self.round_tripped.add(type(model))
            module.sync_detailed(client=self.recorder.client, **kwargs)
            request = self.recorder.requests[-1]
            assert problems_of(request, operation_id) == [], (operation_id, request.content[:500])
            self.built[operation_id] = self.built.get(operation_id, 0) + 1

        check()


def test_request_models_round_trip_and_built_requests_fit_the_spec() -> None:
    coverage = Coverage()
    for name, spec in {"as specified": for_generators(SPEC.spec), "maximal": maximal(SPEC.spec)}.items():
        for result in schemathesis.openapi.from_dict(spec).get_all_operations():
            operation = result.ok()
            operation_id = spec["paths"][operation.path][operation.method.lower()]["operationId"]
            coverage.check(operation, operation_id, EXAMPLES[name])
    reachable = set().union(*request_models().values())
    built = coverage.built
    print(
        f"round trip: {len(coverage.round_tripped)} of {len(reachable)} request models;"
        f" requests built by the generated functions, all valid: {sum(built.values())},"
        f" covering {len(built)} of {len(SPEC.operations)} operations"
    )
    assert sorted(c.__name__ for c in reachable - coverage.round_tripped) == []
    assert coverage.round_tripped <= reachable
    assert sorted(built) == sorted(SPEC.by_id)
