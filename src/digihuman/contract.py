"""The contract suite: schemathesis drives cases from the spec, our signed httpx client sends them, and
schemathesis' checks plus the vendor's envelope rules judge the answers.

Used by `tests/contract` (pytest), by `digihuman contract` and by `digihuman run` (a quick pass).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, cast

import httpx
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from digihuman.envelopes import error_shape
from digihuman.errors import SigningError
from digihuman.openapi import api
from digihuman.policy import RAW

INVALID_PREFIX = "invalid request: "


@dataclass(frozen=True)
class EnvelopeRules:
    """How a vendor reports success and failure inside its 200 responses."""

    code_field: str
    auth_codes: frozenset[int]
    parameter_codes: frozenset[int]  # codes that always mean "the request was malformed"

    def code(self, response: httpx.Response) -> int | None:
        try:
            body = response.json()
        except ValueError:
            return None
        value = body.get(self.code_field) if isinstance(body, dict) else None
        return value if isinstance(value, int) else None

    def says_malformed(self, response: httpx.Response) -> bool:
        code = self.code(response)
        reason = response.headers.get("x-mock-reason", "")
        try:
            body = response.json()
            reason = reason or str(body.get("error_reason", ""))
        except ValueError:
            pass
        return code in self.parameter_codes or reason.startswith(INVALID_PREFIX)


def rules(vendor: str) -> EnvelopeRules:
    shape = error_shape(vendor)
    return EnvelopeRules(shape.code_field, shape.codes_with(401, 403), shape.codes_with(400))


RULES = {vendor: rules(vendor) for vendor in ("xingyun", "metaworks")}


@dataclass
class OperationReport:
    operation_id: str
    method: str
    path: str
    positive: int = 0
    negative: int = 0
    failures: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failures


def _httpx_files(files: Any) -> Any:
    """requests accepts any value as a file's content; httpx wants bytes, so negative values become text."""
    items = files.items() if isinstance(files, dict) else files
    out = []
    for name, value in items:
        if isinstance(value, tuple):
            filename, content, *rest = value
            if not isinstance(content, bytes | str):
                content = json.dumps(content, default=str)
            value = (filename, content, *rest)
        elif not isinstance(value, bytes | str):
            value = json.dumps(value, default=str)
        out.append((name, value))
    return out


def _send(client: httpx.Client, kwargs: dict[str, Any]) -> httpx.Response:
    """Send a case serialized by schemathesis (requests-style keyword arguments) with our httpx client, as a
    raw probe: signed and rate-limited, but neither validated, retried nor turned into typed errors."""
    body: dict[str, Any] = {}
    if "json" in kwargs:
        body["content"] = json.dumps(kwargs["json"]).encode()
    elif isinstance(kwargs.get("data"), bytes | str) and not kwargs.get("files"):
        data = kwargs["data"]
        body["content"] = data.encode() if isinstance(data, str) else data
    else:
        if kwargs.get("files"):
            body["files"] = _httpx_files(kwargs["files"])
        if kwargs.get("data"):
            body["data"] = kwargs["data"]
    headers = dict(kwargs.get("headers") or {})
    if "json" in kwargs:
        headers.setdefault("Content-Type", "application/json")
    url = httpx.URL(kwargs["url"])
    request = client.build_request(
        kwargs["method"],
        url.raw_path.decode("ascii"),
        params=kwargs.get("params"),
        headers=headers,
        extensions={RAW: True},
        **body,
    )
    return client.send(request)


def _negative_where_sent(case: Any) -> bool:
    """Whether a negative case is invalid in a part of the request that reaches the server unchanged."""
    meta = case.meta
    if meta is None:
        return True
    return any(
        str(location.value) in ("body", "query", "path") and info.mode.name == "NEGATIVE"
        for location, info in meta.components.items()
    )


def _case_label(case: Any) -> str:
    try:
        return str(case.as_curl_command())
    except Exception:  # noqa: BLE001 - the label is only for the report
        return repr(case)


def run_contract(
    vendor: str,
    client: httpx.Client,
    examples: int = 25,
    negative: bool = True,
    read_only: bool = False,
    progress: Callable[[OperationReport], None] | None = None,
) -> list[OperationReport]:
    """Positive (and negative) cases for every operation of `vendor`'s spec through `client`."""
    import schemathesis
    from schemathesis.specs.openapi.checks import (
        content_type_conformance,
        response_schema_conformance,
        status_code_conformance,
    )

    spec = api(vendor).spec
    rules = RULES[vendor]
    schema = schemathesis.openapi.from_dict(spec)
    checks = [status_code_conformance, content_type_conformance, response_schema_conformance]
    reports = []
    for result in schema.get_all_operations():
        operation = cast(Any, result).ok()
        op_spec = spec["paths"][operation.path][operation.method.lower()]
        report = OperationReport(op_spec["operationId"], operation.method.upper(), operation.path)
        if read_only and operation.method.upper() != "GET":
            reports.append(report)
            continue
        modes = [schemathesis.GenerationMode.POSITIVE]
        if negative:
            modes.append(schemathesis.GenerationMode.NEGATIVE)
        for mode in modes:
            _exercise(operation, mode, client, rules, checks, report, examples)

        reports.append(report)
        if progress is not None:
            progress(report)
    return reports


def _exercise(
    operation: Any,
    mode: Any,
    client: httpx.Client,
    rules: EnvelopeRules,
    checks: list[Any],
    report: OperationReport,
    examples: int,
) -> None:
    """Draw `examples` cases of one generation mode for one operation, send them, judge the answers."""
    import schemathesis

    positive = mode == schemathesis.GenerationMode.POSITIVE

    @settings(
        max_examples=examples,
        deadline=None,
        database=None,
        derandomize=True,
        phases=[Phase.explicit, Phase.generate],
        suppress_health_check=list(HealthCheck),
        report_multiple_bugs=False,
    )
    @given(data=st.data())
    def exercise(data: st.DataObject) -> None:
        case = data.draw(operation.as_strategy(generation_mode=mode))
        if not positive and not _negative_where_sent(case):
            return  # only the auth headers were mutated, and our signer overwrites those
        label = f"{report.operation_id} {'positive' if positive else 'negative'}"
        try:
            response = _send(client, case.as_transport_kwargs(base_url=str(client.base_url)))
        except (SigningError, TypeError, ValueError) as exc:
            if positive:
                report.failures.append(f"{label}: the client could not send a valid case: {exc}\n{_case_label(case)}")
            else:
                report.negative += 1  # refused before the network: as good as a rejection
            return
        try:
            case.validate_response(response, checks=checks)
        except Exception as exc:  # noqa: BLE001 - schemathesis raises a group of failures
            report.failures.append(f"{label}: {exc}\n{_case_label(case)}")
            return
        code = rules.code(response)
        if code is None:
            report.failures.append(f"{label}: no integer {rules.code_field} in {response.text[:200]}")
        elif code in rules.auth_codes:
            report.failures.append(f"{label}: signature rejected ({code}): {response.text[:200]}")
        elif positive and rules.says_malformed(response):
            report.failures.append(f"{label}: valid request rejected: {response.text[:300]}\n{_case_label(case)}")
        elif not positive and code == 0:
            report.failures.append(f"{label}: invalid request accepted\n{_case_label(case)}")
        if positive:
            report.positive += 1
        else:
            report.negative += 1

    try:
        exercise()
    except Exception as exc:  # noqa: BLE001 - an unsatisfiable strategy, for instance
        report.failures.append(f"{report.operation_id}: could not generate cases: {exc}")


def format_report(vendor: str, reports: list[OperationReport]) -> str:
    lines = [f"{vendor}: {len(reports)} operations"]
    for r in reports:
        status = "ok" if r.ok else f"{len(r.failures)} FAILED"
        lines.append(
            f"  {r.operation_id:<36} {r.method:<6} positive {r.positive:>4}  negative {r.negative:>4}  {status}"
        )
    return "\n".join(lines)
