"""The contract suite: schemathesis draws cases from the spec, our signed httpx client sends them, and
schemathesis' checks plus the vendor's rules judge the answers.

Every answer must match the spec (a documented status, its content type, its schema). Per operation:

- **positive** cases (valid by the spec) must be accepted: Xmov and Metaworks answer without a
  malformed-request code in their envelope, MetaStudio with a 2xx status;
- **negative** cases must be rejected: the vendor's error envelope, or for MetaStudio an error status
  with an `MSS.` body. A case counts as negative only when the spec's validator (`Api.check_request`, the
  one the policy runs) finds a problem in the request as it goes out: schemathesis also "breaks" cases by
  adding undeclared query parameters or by changing a credential header our signer overwrites, and those
  are counted as not sent. An operation whose spec constrains nothing (no body; path ids and optional
  query strings without any limit) has no negative case at all, and the report says so;
- **unknown id** cases (MetaStudio) are positive cases whose ids name no item: they must be rejected.

Ids (MetaStudio, `Items`): the ids a positive case names (path parameters, a query parameter or body
field with the id's name, the id list of a batch delete) are pointed at items that exist, in the resource
families `digihuman.mock.resources` reads off the spec's paths. With writes allowed the items are
created through the family's create operation with a positive case of it (enclosing items first): one
per family shared by the cases that read or update it, and a new one for each case that acts on or
deletes its item (delete, cancel, stop, submit, …; a restore first deletes it). Read-only, the item is
the first one the family's list operation returns, and a case for which there is none is sent as an
unknown-id case instead. `project_id` is always the configured project.

Used by `tests/contract` (pytest), by `digihuman contract` and by `digihuman run` (a quick pass).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol, cast
from urllib.parse import quote

import httpx

from digihuman.cross_field import for_generators
from digihuman.envelopes import error_shape
from digihuman.errors import SigningError
from digihuman.extras import require
from digihuman.mock.resources import Family, Layout
from digihuman.openapi import Api, Operation, api
from digihuman.policy import RAW, credential_headers

require("contract", "the contract suite")  # names the extra to install, before the imports below fail

from hypothesis import HealthCheck, Phase, given, seed, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

INVALID_PREFIX = "invalid request: "
POSITIVE, NEGATIVE, UNKNOWN_ID = "positive", "negative", "unknown id"
NEGATIVE_ROUNDS = 4  # rounds of drawing negative cases, while some drawn were valid as sent


def reproducible(examples: int, round_seed: int = 0) -> Callable[[Callable[..., None]], Callable[..., None]]:
    """Hypothesis settings for drawing cases: `examples` of them, the same ones on every run and whatever the
    test's source (a seed, not the source's digest), generated but never shrunk, none checked for health."""

    def apply(test: Callable[..., None]) -> Callable[..., None]:
        configured = settings(
            max_examples=examples,
            deadline=None,
            database=None,
            phases=[Phase.explicit, Phase.generate],
            suppress_health_check=list(HealthCheck),
            report_multiple_bugs=False,
        )(test)
        return seed(round_seed)(configured)

    return apply


# -- judging answers -------------------------------------------------------------------------


class Rules(Protocol):
    def judge(self, response: httpx.Response, accept: bool) -> str | None:
        """None when `response` is the answer the case deserves (accepted, or rejected), else what is wrong."""


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

    def judge(self, response: httpx.Response, accept: bool) -> str | None:
        code = self.code(response)
        if code is None:
            return f"no integer {self.code_field} in {response.text[:200]}"
        if code in self.auth_codes:
            return f"signature rejected ({code}): {response.text[:200]}"
        if accept and self.says_malformed(response):
            return f"valid request rejected: {response.text[:300]}"
        if not accept and code == 0:
            return "invalid request accepted"
        return None


MSS_CODE = re.compile(r"MSS\.\d+")


@dataclass(frozen=True)
class StatusRules:
    """MetaStudio: the HTTP status says accepted or rejected; errors are `{"error_code": "MSS.…", "error_msg"}`
    (the gateway's own 401 carries an `APIG.` code)."""

    def judge(self, response: httpx.Response, accept: bool) -> str | None:
        status = response.status_code
        if status in (401, 403):
            return f"credentials rejected ({status}): {response.text[:200]}"
        if accept:
            return None if 200 <= status < 300 else f"valid request rejected ({status}): {response.text[:300]}"
        if 200 <= status < 300:
            return f"invalid request accepted ({status})"
        try:
            body = response.json()
        except ValueError:
            body = None
        code = body.get("error_code") if isinstance(body, dict) else None
        if not (isinstance(code, str) and MSS_CODE.fullmatch(code) and isinstance(body.get("error_msg"), str)):
            return f"rejected ({status}) without an MSS error body: {response.text[:200]}"
        return None


def envelope_rules(vendor: str) -> EnvelopeRules:
    shape = error_shape(vendor)
    return EnvelopeRules(shape.code_field, shape.codes_with(401, 403), shape.codes_with(400))


RULES: dict[str, Rules] = {
    "xingyun": envelope_rules("xingyun"),
    "metaworks": envelope_rules("metaworks"),
    "metastudio": StatusRules(),
}


# Answers the spec gives no status for, although the service cannot avoid them. A case of such a kind whose
# only fault is an undocumented status is counted as hitting the gap (and judged by the rules all the same);
# the contract tests check that each gap still occurs, so that a corrected spec retires its entry.
SPEC_GAPS = {
    ("delete_file", UNKNOWN_ID): "004 §4.2.2 documents 200, 401 and 500 only: no status for a file that does not exist",
    ("show_agency", NEGATIVE): "004 §7.1.12.1 documents 200 only: no status for an invalid role_type",
}


# -- the report ------------------------------------------------------------------------------


@dataclass
class OperationReport:
    operation_id: str
    method: str
    path: str
    planned: tuple[str, ...] = ()  # the kinds of case this run sends for the operation
    positive: int = 0  # positive cases sent ...
    accepted: int = 0  # ... and accepted with an answer that matches the spec
    negative: int = 0
    rejected: int = 0
    unknown_id: int = 0
    unknown_id_rejected: int = 0
    not_negative: int = 0  # cases schemathesis drew as negative that are valid as sent: not sent
    spec_gaps: int = 0  # cases answered with a status the spec does not document, a known gap (SPEC_GAPS)
    nothing_to_violate: bool = False  # negative cases were asked for, but the spec constrains no input
    failures: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failures


def _count(sent: int, good: int, word: str) -> str:
    return f"{sent:>3} sent {good:>3} {word}" if sent else f"{'-':>3}{'':<{len(word) + 9}}"


def _status(r: OperationReport) -> str:
    if not r.planned:
        return "not run (read-only)"
    status = "ok" if r.ok else f"{len(r.failures)} FAILED"
    if r.spec_gaps:
        status += f"; {r.spec_gaps} answered with an undocumented status (known spec gap)"
    if r.not_negative:
        status += f"; {r.not_negative} drawn as negative were valid as sent"
    if r.nothing_to_violate:
        status += "; no negative case: the spec constrains none of its inputs"
    return status


def format_report(vendor: str, reports: list[OperationReport]) -> str:
    """One line per operation (cases sent, answered as they should be, failures) and a total line."""
    lines = [f"{vendor}: {len(reports)} operations"]
    for r in reports:
        lines.append(
            f"  {r.operation_id:<45} {r.method:<6}"
            f" positive {_count(r.positive, r.accepted, 'accepted')}"
            f"  negative {_count(r.negative, r.rejected, 'rejected')}"
            f"  unknown id {_count(r.unknown_id, r.unknown_id_rejected, 'rejected')}  {_status(r)}"
        )
    lines.append(total_line(vendor, reports))
    return "\n".join(lines)


def total_line(vendor: str, reports: list[OperationReport]) -> str:
    def total(name: str) -> int:
        return sum(int(getattr(r, name)) for r in reports)

    run = sum(1 for r in reports if r.planned)
    gaps = sorted({r.operation_id for r in reports if r.spec_gaps})
    return (
        f"{vendor} total: {run} of {len(reports)} operations run;"
        f" positive {total('positive')} sent, {total('accepted')} accepted;"
        f" negative {total('negative')} sent, {total('rejected')} rejected"
        f" (none possible for {total('nothing_to_violate')} operations: the spec constrains none of their inputs;"
        f" {total('not_negative')} drawn as negative were valid as sent and not sent);"
        f" unknown id {total('unknown_id')} sent, {total('unknown_id_rejected')} rejected;"
        f" {total('spec_gaps')} answers with a status the spec does not document"
        f" (known gaps: {', '.join(gaps) or 'none'});"
        f" {sum(len(r.failures) for r in reports)} failures"
    )


# -- what runs -------------------------------------------------------------------------------


def violable(spec: Api, operation: Operation, fixed: Mapping[str, str] = {}) -> bool:
    """Whether the spec constrains an input of `operation` that a negative case could break: a body, a
    required query parameter, or a parameter (other than the `fixed` ones) whose schema says more than
    "a string"."""
    if operation.media_types:
        return True
    for param in operation.parameters:
        if param["name"] in fixed:
            continue
        schema = spec.resolve(param.get("schema", {}))
        plain_string = schema.get("type") == "string" and not set(schema) - {"type", "description", "example"}
        if not plain_string or (param["in"] == "query" and param.get("required")):
            return True
    return False


def plan(
    spec: Api, operation: Operation, read_only: bool, negative: bool = True, fixed: Mapping[str, str] = {}
) -> tuple[str, ...]:
    """The kinds of case sent for `operation`. Read-only (a live run without ALLOW_WRITES=1): positive cases
    of GET operations only, never an `x-paid-job` operation; otherwise positive cases of every operation and
    negative ones where the spec constrains something. (`run_contract` adds unknown-id cases where `Items`
    makes up ids.)"""
    if read_only:
        return (POSITIVE,) if operation.method == "GET" and not operation.extension("x-paid-job") else ()
    return (POSITIVE, NEGATIVE) if negative and violable(spec, operation, fixed) else (POSITIVE,)


# -- sending ---------------------------------------------------------------------------------


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


def _build(client: httpx.Client, kwargs: dict[str, Any], dropped: frozenset[str]) -> httpx.Request:
    """A case serialized by schemathesis (requests-style keyword arguments) as a raw probe of our httpx
    client: signed and rate-limited when sent, but neither validated, retried nor turned into typed errors.
    Credential headers schemathesis made up (`dropped`) are left out: our auth supplies the real ones."""
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
    headers = {k: v for k, v in (kwargs.get("headers") or {}).items() if k.lower() not in dropped}
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
    request.read()
    return request


def _problems(spec: Api, request: httpx.Request) -> list[str]:
    """What the spec's validator finds wrong with `request` as it goes out."""
    query = list(request.url.params.multi_items())
    checked = spec.check_request(request.method, request.url.path, query, request.headers, request.content)
    return ["no operation matches"] if checked is None else checked.problems


def _case_label(case: Any) -> str:
    try:
        return str(case.as_curl_command())
    except Exception:  # noqa: BLE001 - the label is only for the report
        return repr(case)


class Sender:
    """Sends schemathesis cases through one client with the configured path parameters (`project_id`)."""

    def __init__(self, spec: Api, client: httpx.Client, fixed: Mapping[str, str]) -> None:
        self.spec = spec
        self.client = client
        self.fixed = dict(fixed)
        self.dropped = credential_headers(spec)

    def request(self, case: Any) -> httpx.Request:
        for name in self.fixed.keys() & set(case.path_parameters or {}):
            case.path_parameters[name] = self.fixed[name]
        return _build(self.client, case.as_transport_kwargs(base_url=str(self.client.base_url)), self.dropped)

    def send(self, case: Any) -> httpx.Response:
        return self.client.send(self.request(case))


# -- items that ids name (MetaStudio) --------------------------------------------------------

ITEM_ROLES = ("show", "update", "delete", "action", "batch_delete")
PREPARE = {
    # 004 §4.1.6 恢复被删除的资产: only an asset in the recycle bin (deleted without mode=force) can be restored.
    "restore_digital_asset": "delete_digital_asset",
}


def layout_of(vendor: str) -> Layout | None:
    """The resource families of a vendor whose paths name items by id."""
    if vendor != "metastudio":
        return None
    from digihuman.mock.metastudio import layout

    return layout(api(vendor))


class NoItem(Exception):
    """An item a positive case needs could not be created or found."""


class Items:
    """Points the ids of positive cases at items that exist (see the module's docstring)."""

    def __init__(self, layout: Layout, operations: Mapping[str, Any], sender: Sender, read_only: bool) -> None:
        self.layout = layout
        self.operations = operations  # schemathesis operations by operationId
        self.sender = sender
        self.read_only = read_only
        self.shared: dict[tuple[str, str | None], dict[str, str]] = {}

    def names_generated_ids(self, operation_id: str) -> bool:
        """Whether the operation's path or query names an item by an id that schemathesis makes up (of its own
        family, or an enclosing item): such operations get unknown-id cases too."""
        role = self.layout.roles[operation_id]
        if role.family is None:
            return False
        family = self.layout.families[role.family]
        names = set(family.parent_ids)
        if role.name in ITEM_ROLES and not family.client_named:
            names.add(family.id_name)
        return self._names(operation_id, names)

    def _names(self, operation_id: str, ids: Iterable[str]) -> bool:
        """Whether the operation has a path or query parameter for one of `ids`."""
        parameters = self.sender.spec.by_id[operation_id].parameters
        return any(p["name"] in ids and p["in"] in ("path", "query") for p in parameters)

    def point(self, operation_id: str, case: Any, draw: Callable[[Any], Any]) -> None:
        """Point the ids `case` names at items that exist. Raises NoItem."""
        role = self.layout.roles[operation_id]
        if role.family is None:
            return
        family = self.layout.families[role.family]
        if role.name in ITEM_ROLES:
            named = case.path_parameters.get(family.id_name) if family.client_named else None
            method = self.sender.spec.by_id[operation_id].method
            consumes = role.name in ("delete", "batch_delete") or (role.name == "action" and method != "GET")
            ids = self._item(family, draw, named, shared=not consumes)
        elif family.parent is not None and self._names(operation_id, family.parent_ids):
            ids = self._item(self.layout.families[family.parent], draw)
        else:
            return
        for param in self.sender.spec.by_id[operation_id].parameters:
            name = param["name"]
            if name in ids and param["in"] == "path":
                case.path_parameters[name] = ids[name]
            elif name in ids and param["in"] == "query":
                case.query = {**(case.query or {}), name: ids[name]}
        if role.name == "batch_delete":
            case.body = [ids[family.id_name]]
        elif role.name in ITEM_ROLES:
            case.body = _with_id(case.body, family.id_name, ids[family.id_name])
        prepare = PREPARE.get(operation_id)
        if prepare is not None:
            response = self._send_plain(prepare, {**self.sender.fixed, **ids})
            if not 200 <= response.status_code < 300:
                raise NoItem(f"{prepare} before the case: {response.status_code} {response.text[:300]}")

    def _item(
        self, family: Family, draw: Callable[[Any], Any], named: str | None = None, shared: bool = True
    ) -> dict[str, str]:
        """The path ids of an item of `family` (its enclosing items' ids and its own): one shared by the
        cases that only read or update it, or one of the case's own (cases that act on it or delete it)."""
        if shared and (family.name, named) in self.shared:
            return self.shared[family.name, named]
        ids = self._item(self.layout.families[family.parent], draw) if family.parent else {}
        if self.read_only:
            found = {**ids, family.id_name: named if named is not None else self._listed(family, ids)}
        else:
            found = self._created(family, draw, ids, named)
        if shared:
            self.shared[family.name, named] = found
        return found

    def _created(
        self, family: Family, draw: Callable[[Any], Any], ids: dict[str, str], named: str | None
    ) -> dict[str, str]:
        """A new item of `family`, made by a positive case of its create operation."""
        create_id = family_operation(self.sender.spec, family, "create")
        if create_id is None:
            raise NoItem(f"{family.name} has no create operation")
        create = self.operations[create_id]
        fixed = {**self.sender.fixed, **ids, **({family.id_name: named} if named is not None else {})}
        created = draw(create.as_strategy(path_parameters=fixed))
        response = self.sender.send(created)
        label = f"creating a {family.name} item for the case"
        if not 200 <= response.status_code < 300:
            raise NoItem(f"{label}: {response.status_code} {response.text[:300]}\n{_case_label(created)}")
        if named is None:
            body = response.json()
            named = body.get(family.id_name) if isinstance(body, dict) else None
            if not isinstance(named, str):
                raise NoItem(f"{label}: the answer has no {family.id_name}: {response.text[:300]}")
        return {**ids, family.id_name: named}

    def _listed(self, family: Family, ids: dict[str, str]) -> str:
        """The id of the first item the family's list operation returns."""
        listing = family_operation(self.sender.spec, family, "list")
        if listing is None:
            raise NoItem(f"{family.name} has no list operation to find an item with")
        response = self._send_plain(listing, {**self.sender.fixed, **ids})
        body = response.json() if response.status_code == 200 else None
        for value in body.values() if isinstance(body, dict) else ():
            if isinstance(value, list) and value and isinstance(value[0], dict) and family.id_name in value[0]:
                return str(value[0][family.id_name])
        raise NoItem(f"no {family.name} item was found to point the case at")

    def _send_plain(self, operation_id: str, path_parameters: Mapping[str, str]) -> httpx.Response:
        """`operation_id` with nothing but its path parameters (no query, no body)."""
        op = self.sender.spec.by_id[operation_id]
        path = op.path.format(**{name: quote(value, safe="") for name, value in path_parameters.items()})
        client = self.sender.client
        return client.send(client.build_request(op.method, path, extensions={RAW: True}))


def family_operation(spec: Api, family: Family, role: str) -> str | None:
    """The operation of `family` for `role`: the one at the family's own paths, else the first joined one."""
    ids = [op_id for op_id, r in family.operations.items() if r == role]
    own = [op_id for op_id in ids if spec.by_id[op_id].path in (family.collection, family.item)]
    return next(iter(own + ids), None)


def _with_id(body: Any, name: str, key: str) -> Any:
    """`body` with every field called `name` (at any depth) set to `key`."""
    if isinstance(body, dict):
        return {k: key if k == name else _with_id(v, name, key) for k, v in body.items()}
    if isinstance(body, list):
        return [_with_id(v, name, key) for v in body]
    return body


# -- running ---------------------------------------------------------------------------------

COUNTERS = {
    POSITIVE: ("positive", "accepted"),
    NEGATIVE: ("negative", "rejected"),
    UNKNOWN_ID: ("unknown_id", "unknown_id_rejected"),
}


def run_contract(
    vendor: str,
    client: httpx.Client,
    examples: int = 25,
    negative: bool = True,
    read_only: bool = False,
    progress: Callable[[OperationReport], None] | None = None,
    path_parameters: Mapping[str, str] | None = None,
    unknown_ids: int = 1,
) -> list[OperationReport]:
    """Cases for every operation of `vendor`'s spec through `client`: `examples` positive and as many negative
    ones per operation, `unknown_ids` unknown-id ones where ids are made up. `path_parameters` fixes
    parameters such as `project_id` in every case. `read_only`: see `plan`."""
    import schemathesis

    spec = api(vendor)
    schema = schemathesis.openapi.from_dict(for_generators(spec.spec))  # valid cases obey the cross-field rules
    operations = {}
    for result in schema.get_all_operations():
        operation = cast(Any, result).ok()
        operations[spec.spec["paths"][operation.path][operation.method.lower()]["operationId"]] = operation
    sender = Sender(spec, client, path_parameters or {})
    layout = layout_of(vendor)
    items = Items(layout, operations, sender, read_only) if layout is not None else None
    run = Run(sender, RULES[vendor], items)
    reports = []
    for operation_id, operation in operations.items():
        op = spec.by_id[operation_id]
        report = OperationReport(operation_id, op.method, op.path, plan(spec, op, read_only, negative, sender.fixed))
        report.nothing_to_violate = negative and not read_only and not violable(spec, op, sender.fixed)
        if report.planned and items is not None and items.names_generated_ids(operation_id) and unknown_ids:
            report.planned += (UNKNOWN_ID,)
        for kind in report.planned:
            run.exercise(operation, kind, report, unknown_ids if kind == UNKNOWN_ID else examples)
        reports.append(report)
        if progress is not None:
            progress(report)
    return reports


@dataclass
class Run:
    """Draws, sends and judges the cases of one contract run."""

    sender: Sender
    rules: Rules
    items: Items | None

    def exercise(self, operation: Any, kind: str, report: OperationReport, examples: int) -> None:
        """Draw `examples` cases of one kind for one operation, send them, judge the answers. A case drawn as
        negative that is valid as sent is not sent (`not_negative`): further rounds draw for those missing."""
        import schemathesis

        mode = schemathesis.GenerationMode.NEGATIVE if kind == NEGATIVE else schemathesis.GenerationMode.POSITIVE
        for round_seed in range(NEGATIVE_ROUNDS if kind == NEGATIVE else 1):
            wanted = examples - report.negative if kind == NEGATIVE else examples
            if wanted <= 0:
                return

            @reproducible(wanted, round_seed)
            @given(data=st.data())
            def exercise(data: st.DataObject) -> None:
                self.one_case(data.draw(operation.as_strategy(generation_mode=mode)), kind, report, data.draw)

            try:
                exercise()
            except Exception as exc:  # noqa: BLE001 - an unsatisfiable strategy, for instance
                report.failures.append(f"{report.operation_id} {kind}: could not generate cases: {exc}")
                return

    def one_case(self, case: Any, kind: str, report: OperationReport, draw: Callable[[Any], Any]) -> None:
        from schemathesis.core.failures import Failure, FailureGroup
        from schemathesis.openapi.checks import UndefinedStatusCode
        from schemathesis.specs.openapi.checks import (
            content_type_conformance,
            response_schema_conformance,
            status_code_conformance,
        )

        if kind == POSITIVE and self.items is not None:
            try:
                self.items.point(report.operation_id, case, draw)
            except NoItem as exc:
                if not self.items.read_only:
                    report.failures.append(f"{report.operation_id} {kind}: {exc}")
                    return
                kind = UNKNOWN_ID  # read-only and no item to name: the case asks for one that does not exist
        accept = kind == POSITIVE
        label = f"{report.operation_id} {kind}"
        sent, good = COUNTERS[kind]
        try:
            request = self.sender.request(case)
        except (TypeError, ValueError) as exc:  # httpx refuses it (a header that is not ASCII, say)
            _bump(report, sent)
            if accept:
                report.failures.append(f"{label}: the client could not build a valid case: {exc}\n{_case_label(case)}")
            else:
                _bump(report, good)  # refused before the network: as good as a rejection
            return
        if kind == NEGATIVE and not _problems(self.sender.spec, request):
            report.not_negative += 1
            return
        _bump(report, sent)
        try:
            response = self.sender.client.send(request)
        except SigningError as exc:
            if accept:
                report.failures.append(f"{label}: the client could not sign a valid case: {exc}\n{_case_label(case)}")
            else:
                _bump(report, good)
            return
        checks = [status_code_conformance, content_type_conformance, response_schema_conformance]
        try:
            case.validate_response(response, checks=checks)
        except (Failure, FailureGroup) as exc:
            found = list(exc.exceptions) if isinstance(exc, FailureGroup) else [exc]
            if (report.operation_id, kind) not in SPEC_GAPS or not all(
                isinstance(f, UndefinedStatusCode) for f in found
            ):
                report.failures.append(f"{label}: {exc}\n{_case_label(case)}")
                return
            report.spec_gaps += 1  # the documented gap, and only it: the answer is judged all the same
        wrong = self.rules.judge(response, accept)
        if wrong is not None:
            report.failures.append(f"{label}: {wrong}\n{_case_label(case)}")
            return
        _bump(report, good)


def _bump(report: OperationReport, counter: str) -> None:
    setattr(report, counter, getattr(report, counter) + 1)


# -- clients --------------------------------------------------------------------------------


def vendor_client(
    vendor: str,
    base_url: str | None = None,
    env: Mapping[str, str] | None = None,
    allow_http: bool = False,
    rate_limit: bool = True,
    transport: httpx.BaseTransport | None = None,
) -> tuple[Any, dict[str, str]]:
    """The vendor's configured client (credentials from `env`, else the environment), and the path
    parameters every case takes from the configuration: MetaStudio's `project_id`."""
    from digihuman import metastudio, metaworks, xingyun

    options: dict[str, Any] = {"base_url": base_url, "env": env, "allow_http": allow_http, "transport": transport}
    options["rate_limit"] = rate_limit
    options["strict_responses"] = True  # drift is a failure here, not a warning
    if vendor == "metastudio":
        return metastudio.client(**options), {"project_id": metastudio.project_id(env=env)}
    return (xingyun.client if vendor == "xingyun" else metaworks.client)(**options), {}


# -- live runs -------------------------------------------------------------------------------

LIVE_SETTINGS: dict[str, list[tuple[str, ...]]] = {
    "xingyun": [("XINGYUN_APP_ID",), ("XINGYUN_APP_SECRET",)],
    "metaworks": [("METAWORKS_APP_KEY",), ("METAWORKS_APP_SECRET",), ("METAWORKS_APP_NAME",), ("METAWORKS_BASE_URL",)],
    "metastudio": [
        ("HUAWEICLOUD_SDK_AK",),
        ("HUAWEICLOUD_SDK_SK",),
        ("HUAWEICLOUD_SDK_PROJECT_ID",),
        ("HUAWEICLOUD_SDK_REGION", "METASTUDIO_ENDPOINT"),
    ],
}


def missing_live_settings(vendor: str, env: Mapping[str, str]) -> list[str]:
    """The environment variables a live run against `vendor` needs and `env` lacks ("A or B": either will do)."""
    return [" or ".join(names) for names in LIVE_SETTINGS[vendor] if not any(env.get(name) for name in names)]
