"""The batch ledger: one SQLite file (WAL) holding every line's state, written before and after each step, so
that a run killed at any point resumes where it was and several processes share the work.

    planned ──claim──► sending ──answer──► created(job id) ──wait──► done(URL)
                          │                                    └──► failed(reason)
                          ├──clear error──► failed(reason)
                          └──no answer / killed──► uncertain ──reconcile──► created | planned | failed

A line is claimed in one `BEGIN IMMEDIATE` transaction (SQLite's write lock), which also writes its next
state and its owner, so no two workers ever hold the same line. The owner is `host:pid:token` with a lease
that its process renews; a line whose owner is gone (its process on this host no longer exists, or its
lease ran out) is claimed by another worker: a `sending` one as uncertain (its create may have reached the
vendor), a `created` one to wait for its job.
"""

from __future__ import annotations

import json
import os
import socket
import sqlite3
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from digihuman.errors import ConfigurationError

PLANNED, SENDING, CREATED, DONE, FAILED, UNCERTAIN = "planned", "sending", "created", "done", "failed", "uncertain"
ELSEWHERE = "elsewhere"  # claimed through Redis by another ledger (another machine's run of the same file)
STATES = (PLANNED, SENDING, CREATED, DONE, FAILED, UNCERTAIN, ELSEWHERE)
FINISHED = (DONE, FAILED, ELSEWHERE)
LEASE_SECONDS = 30.0

SCHEMA = """
CREATE TABLE IF NOT EXISTS batch (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS lines (
    line INTEGER PRIMARY KEY,      -- 1-based line number in the input file
    request TEXT NOT NULL,         -- the create's JSON body, as sent
    state TEXT NOT NULL,
    job_id TEXT,
    url TEXT,
    reason TEXT,
    owner TEXT,                    -- host:pid:token of the worker holding the line
    lease_until REAL,
    sent_at REAL,                  -- Unix time the create was (last) sent: reconciliation looks around it
    retry_at REAL,                 -- an undecided reconciliation is tried again from then
    creates INTEGER NOT NULL DEFAULT 0,  -- how many times a create was sent for the line
    updated_at REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS lines_state ON lines (state);
"""


@dataclass(frozen=True)
class Line:
    line: int
    request: dict[str, Any]
    state: str
    job_id: str | None
    url: str | None
    reason: str | None
    sent_at: float | None
    creates: int

    @classmethod
    def of(cls, row: sqlite3.Row) -> Line:
        return cls(
            row["line"],
            json.loads(row["request"]),
            row["state"],
            row["job_id"],
            row["url"],
            row["reason"],
            row["sent_at"],
            row["creates"],
        )


@dataclass(frozen=True)
class Claim:
    """A line a worker now holds, and what it is to do with it: `send`, `reconcile` or `wait`."""

    line: Line
    step: str


def owner_token() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


class Ledger:
    """One connection per thread (SQLite's rule); every method is a short transaction."""

    def __init__(self, path: Path, owner: str | None = None) -> None:
        self.path = path
        self.owner = owner or owner_token()
        self._local = threading.local()
        self.db.executescript(SCHEMA)  # (its own transaction: every statement is IF NOT EXISTS)
        with self._write() as db:
            db.execute("INSERT OR IGNORE INTO batch VALUES ('ledger_id', ?)", (uuid.uuid4().hex,))
            self.ledger_id: str = db.execute("SELECT value FROM batch WHERE key='ledger_id'").fetchone()[0]

    @property
    def db(self) -> sqlite3.Connection:
        found: sqlite3.Connection | None = getattr(self._local, "db", None)
        if found is None:
            try:
                found = sqlite3.connect(self.path, timeout=60, isolation_level=None)
                found.row_factory = sqlite3.Row
                found.execute("PRAGMA journal_mode=WAL")  # the first read: a file that is no database fails here
                found.execute("PRAGMA synchronous=FULL")  # a state written is on disk before the next step
            except sqlite3.Error as exc:
                raise ConfigurationError(f"cannot open the ledger {self.path}: {exc}") from None
            self._local.db = found
        return found

    def _write(self) -> _Transaction:
        return _Transaction(self.db)

    # -- the batch ------------------------------------------------------------------------
    def describe(self, facts: dict[str, str]) -> None:
        """Record what the batch is (vendor, file digest), or check that it is the batch already recorded."""
        with self._write() as db:
            known = dict(db.execute("SELECT key, value FROM batch").fetchall())
            if not any(key in known for key in facts):
                db.executemany("INSERT INTO batch VALUES (?, ?)", sorted(facts.items()))
                return
        different = [k for k, v in facts.items() if known.get(k) != v]
        if different:
            raise ConfigurationError(
                f"the ledger {self.path} belongs to another batch ({', '.join(different)} differ); "
                "pass --ledger with a new path"
            )

    def facts(self) -> dict[str, str]:
        return dict(self.db.execute("SELECT key, value FROM batch").fetchall())

    def plan(self, requests: list[tuple[int, dict[str, Any]]]) -> None:
        now = time.time()
        with self._write() as db:
            db.executemany(
                "INSERT OR IGNORE INTO lines (line, request, state, updated_at) VALUES (?, ?, ?, ?)",
                [(n, json.dumps(body, ensure_ascii=False, sort_keys=True), PLANNED, now) for n, body in requests],
            )

    # -- claiming ---------------------------------------------------------------------------
    def claim(self, gate: Callable[[int], bool] | None = None) -> Claim | None:
        """The next line for this worker, held from now on; None when nothing is left to do right now.
        `gate(line)`, when given, must also grant a planned line before it is sent (a claim shared through
        Redis with other ledgers); a line it refuses is another ledger's: `elsewhere`."""
        now = time.time()
        with self._write() as db:
            rows = db.execute(
                "SELECT * FROM lines WHERE state IN (?, ?, ?, ?) ORDER BY line", (SENDING, UNCERTAIN, CREATED, PLANNED)
            ).fetchall()
            orphans = [r for r in rows if r["state"] != PLANNED and self._free(r, now)]
            # uncertain lines first: nothing new is created while one may still hide a job
            for row in orphans:
                if row["state"] in (SENDING, UNCERTAIN) and (row["retry_at"] or 0) <= now:
                    self._hold(db, row["line"], UNCERTAIN, now)
                    return Claim(Line.of(row), "reconcile")
            for row in orphans:
                if row["state"] == CREATED:
                    self._hold(db, row["line"], CREATED, now)
                    return Claim(Line.of(row), "wait")
            if any(r["state"] == UNCERTAIN or (r["state"] == SENDING and self._free(r, now)) for r in rows):
                return None
            planned = None
            for row in rows:
                if row["state"] != PLANNED:
                    continue
                if gate is None or gate(row["line"]):
                    planned = row
                    break
                db.execute("UPDATE lines SET state=?, updated_at=? WHERE line=?", (ELSEWHERE, now, row["line"]))
            if planned is None:
                return None
            db.execute(
                "UPDATE lines SET state=?, owner=?, lease_until=?, sent_at=?, creates=creates+1, updated_at=? "
                "WHERE line=?",
                (SENDING, self.owner, now + LEASE_SECONDS, now, now, planned["line"]),
            )
            row = db.execute("SELECT * FROM lines WHERE line=?", (planned["line"],)).fetchone()
            return Claim(Line.of(row), "send")

    def _free(self, row: sqlite3.Row, now: float) -> bool:
        """Whether a line in progress has no living owner."""
        owner = row["owner"]
        if owner is None:
            return True
        if owner == self.owner:
            return False
        if (row["lease_until"] or 0) < now:
            return True
        host, _, rest = owner.partition(":")
        pid = rest.partition(":")[0]
        return host == socket.gethostname() and pid.isdigit() and not _alive(int(pid))

    def _hold(self, db: sqlite3.Connection, line: int, state: str, now: float) -> None:
        db.execute(
            "UPDATE lines SET state=?, owner=?, lease_until=?, updated_at=? WHERE line=?",
            (state, self.owner, now + LEASE_SECONDS, now, line),
        )

    def renew(self) -> None:
        """Extend the lease of every line this worker holds (its heartbeat)."""
        now = time.time()
        with self._write() as db:
            db.execute("UPDATE lines SET lease_until=? WHERE owner=?", (now + LEASE_SECONDS, self.owner))

    def pending(self) -> int:
        """Lines not yet finished (done, failed, or another ledger's)."""
        row = self.db.execute("SELECT COUNT(*) FROM lines WHERE state NOT IN (?, ?, ?)", FINISHED).fetchone()
        return int(row[0])

    # -- recording ----------------------------------------------------------------------------
    def created(self, line: int, job_id: str) -> None:
        self._set(line, CREATED, job_id=job_id, retry_at=None)

    def done(self, line: int, url: str) -> None:
        self._set(line, DONE, url=url, release=True)

    def failed(self, line: int, reason: str) -> None:
        self._set(line, FAILED, reason=reason, release=True)

    def uncertain(self, line: int, reason: str, retry_at: float | None = None) -> None:
        self._set(line, UNCERTAIN, reason=reason, retry_at=retry_at, release=True)

    def release(self, line: int) -> None:
        """Let go of a line in its current state (a created job not yet waited for to its end)."""
        self._set(line, CREATED, release=True)

    def replan(self, line: int, reason: str) -> None:
        """The vendor's answers prove no job was created: the line may be sent again."""
        self._set(line, PLANNED, reason=reason, retry_at=None, release=True)

    def _set(self, line: int, state: str, *, release: bool = False, **fields: Any) -> None:
        names = ["state", "updated_at", *fields]
        values = [state, time.time(), *fields.values()]
        if release:
            names += ["owner", "lease_until"]
            values += [None, None]
        assignments = ", ".join(f"{name}=?" for name in names)
        with self._write() as db:
            updated = db.execute(
                f"UPDATE lines SET {assignments} WHERE line=? AND owner=?",  # noqa: S608 - column names are ours
                (*values, line, self.owner),
            ).rowcount
        if updated != 1:
            raise ConfigurationError(f"line {line} of {self.path} is no longer held by this worker")

    # -- reading ------------------------------------------------------------------------------
    def lines(self) -> list[Line]:
        return [Line.of(r) for r in self.db.execute("SELECT * FROM lines ORDER BY line")]

    def counts(self) -> dict[str, int]:
        found = dict(self.db.execute("SELECT state, COUNT(*) FROM lines GROUP BY state").fetchall())
        return {state: int(found.get(state, 0)) for state in STATES}

    def close(self) -> None:
        found: sqlite3.Connection | None = getattr(self._local, "db", None)
        if found is not None:
            found.close()
            self._local.db = None


class _Transaction:
    """`BEGIN IMMEDIATE` … `COMMIT`: takes SQLite's write lock at once, so a read-then-write is atomic."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def __enter__(self) -> sqlite3.Connection:
        self.db.execute("BEGIN IMMEDIATE")
        return self.db

    def __exit__(self, kind: object, *_: object) -> None:
        self.db.execute("ROLLBACK" if kind is not None else "COMMIT")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
