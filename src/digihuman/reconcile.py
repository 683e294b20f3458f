"""After a paid create ended uncertain (`PaidJobUncertainError`): did it make a job? Look it up instead of
guessing, the way the spec's `x-reconcile` extension says (spec/CONVENTIONS.md rule 10):

    from digihuman import reconcile

    try:
        job_id = create(...)
    except PaidJobUncertainError:
        found = reconcile.find_job(client, "create_2d_digital_human_video", body, sent_at=sent_at)
        if found.state == reconcile.FOUND: job_id = found.job_id
        elif found.state == reconcile.NOT_CREATED: ...   # proven: safe to create it again
        else: ...                                        # UNDECIDED: look again later

The list operation is read, over every page, for jobs created in a window around `sent_at` (minutes wider
than needed, for clocks and the unstated time format: spec/ERRATA.md), and every listed job is matched on
the identifying fields the request carried. One match is the job. None is "not created" only once
`settle_seconds` have passed since the request was sent (so a request the server was still working on
has had time to show up); before that it is "undecided". Several matches, or a request that lacks an
identifying field, are errors: nothing is guessed. Operations without `x-reconcile` (every Xmov and
Metaworks create, MetaStudio TTS auditions) raise `ReconcileUnavailableError`.

The client objects do this themselves with `reconcile=True` (`digihuman.client_objects`): a found job comes
back as the create's answer, a proven absence as `JobNotCreatedError`.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from digihuman.errors import DigihumanError
from digihuman.openapi import Api, api

FOUND = "found"
NOT_CREATED = "not created"
UNDECIDED = "undecided"

DEFAULT_SETTLE_SECONDS = 60.0  # two of the policy's 30 s read timeouts: a request still being handled has ended
WINDOW_MARGIN_SECONDS = 600.0  # either side of the send time: clocks ten minutes apart still find the job
TIME_FORMAT = "%Y-%m-%dT%H:%M:%SZ"  # spec/ERRATA.md, "Format of the create_since / create_until filters"
MAX_PAGES = 1000


class ReconcileUnavailableError(DigihumanError):
    """The vendor's API offers no way to find the job an uncertain create may have made (or the request
    carried nothing to find it by). Check by hand, in the vendor's console, before creating it again."""


class AmbiguousJobError(DigihumanError):
    """More than one listed job matches the request's identifying fields: nothing is guessed."""


class JobNotCreatedError(DigihumanError):
    """An uncertain create made no job, and the vendor's answers prove it (its list shows no matching job
    once the request has had time to be handled): creating it again is safe. `reconciled` holds the
    evidence; the `PaidJobUncertainError` is the `__cause__`."""

    def __init__(self, message: str, *, operation_id: str, reconciled: Reconciled) -> None:
        super().__init__(message)
        self.operation_id = operation_id
        self.reconciled = reconciled


@dataclass(frozen=True)
class Reconciled:
    state: str  # FOUND, NOT_CREATED or UNDECIDED
    job_id: str | None
    evidence: str  # what the vendor's answers showed, for logs and ledgers


def can_reconcile(vendor: str, operation_id: str) -> bool:
    return bool(api(vendor).by_id[operation_id].extension("x-reconcile"))


def find_job(
    client: Any,
    operation_id: str,
    body: Mapping[str, Any],
    *,
    sent_at: float,
    vendor: str | None = None,
    project_id: str | None = None,
    settle_seconds: float = DEFAULT_SETTLE_SECONDS,
    clock: Callable[[], float] = time.time,
) -> Reconciled:
    """Look for the job that `body`, sent to `operation_id` at Unix time `sent_at`, may have created.
    `client` is a configured generated client or a client object (its `.client`, `.project_id`, `.vendor`)."""
    generated = getattr(client, "client", client)
    vendor = vendor or getattr(client, "vendor", None) or _vendor_of(generated)
    spec = api(vendor)
    create = spec.by_id.get(operation_id)
    if create is None:
        raise ReconcileUnavailableError(f"{vendor} has no operation {operation_id}")
    how: dict[str, Any] | None = create.extension("x-reconcile")
    if not how:
        raise ReconcileUnavailableError(
            f"{vendor} {operation_id}: the API offers no operation to find the job an uncertain create may have "
            "made; nothing is guessed. Check in the vendor's console before creating it again"
        )
    wanted = [(m, _at(body, m["request"])) for m in how["match"]]
    missing = [m["request"] for m, value in wanted if value is None]
    if missing:
        raise ReconcileUnavailableError(
            f"{vendor} {operation_id}: the request has no {', '.join(missing)}, the field(s) its job is found by"
        )
    looked_at = clock()
    query: dict[str, Any] = {
        how["created_since"]: _format(sent_at - WINDOW_MARGIN_SECONDS),
        how["created_until"]: _format(looked_at + WINDOW_MARGIN_SECONDS),
    }
    query |= {m["query"]: value for m, value in wanted if m.get("query")}
    items = _listed(generated, spec, how, query, project_id or getattr(client, "project_id", None))
    matches = [item for item in items if all(_at(item, m["item"]) == value for m, value in wanted)]
    shown = ", ".join(f"{m['request']}={value!r}" for m, value in wanted)
    if len(matches) > 1:
        ids = [str(_at(item, how["job_id"])) for item in matches]
        raise AmbiguousJobError(f"{vendor} {operation_id}: {len(matches)} jobs match {shown}: {', '.join(ids)}")
    if matches:
        job_id = _at(matches[0], how["job_id"])
        return Reconciled(FOUND, str(job_id), f"{how['operation']} lists job {job_id} with {shown}")
    listed = f"{how['operation']} lists no job with {shown} among {len(items)} created since the request"
    if looked_at - sent_at < settle_seconds:
        return Reconciled(UNDECIDED, None, f"{listed}, {looked_at - sent_at:.0f} s after sending: too early to tell")
    return Reconciled(NOT_CREATED, None, listed)


def _listed(generated: Any, spec: Api, how: Mapping[str, Any], query: dict[str, Any], project: str | None) -> list[Any]:
    """Every item of every page the list operation gives for `query` (offset/limit pages at their largest)."""
    operation = spec.by_id[how["operation"]]
    path = operation.path
    if "{project_id}" in path:
        if project is None:
            from digihuman import metastudio

            project = metastudio.project_id()
        path = path.replace("{project_id}", project)
    limit = next((p["schema"].get("maximum") for p in operation.parameters if p.get("name") == "limit"), None)
    http = generated.get_httpx_client()
    items: list[Any] = []
    for _ in range(MAX_PAGES):
        page_query = {**query, "offset": len(items), **({"limit": limit} if limit else {})}
        answer = http.request(operation.method.upper(), path, params=page_query)
        body = answer.json()
        page = body.get(how["items"]) if isinstance(body, dict) else None
        page = page if isinstance(page, list) else []
        items += page
        count = body.get("count") if isinstance(body, dict) else None
        if not page or (isinstance(count, int) and len(items) >= count) or (limit and len(page) < limit):
            return items
    raise ReconcileUnavailableError(f"{how['operation']}: more than {MAX_PAGES} pages; narrow the window")


def _at(value: Any, dotted: str) -> Any:
    for name in dotted.split("."):
        value = value.get(name) if isinstance(value, Mapping) else None
    return value


def _format(unix: float) -> str:
    return datetime.fromtimestamp(unix, UTC).strftime(TIME_FORMAT)


def _vendor_of(generated: Any) -> str:
    name = type(generated).__module__.split(".")[0]
    for vendor in ("metastudio", "xingyun", "metaworks"):
        if name.startswith(vendor):
            return vendor
    raise ReconcileUnavailableError(f"cannot tell which vendor a {type(generated).__name__} is for; pass vendor=")
