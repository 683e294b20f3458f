"""The operations index: docs/operations.md lists all 138 operations as the specs give them, each call it
names exists on the client objects, and `digihuman ops` searches it."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from digihuman.cli import main
from digihuman.operations import OBJECTS, VENDORS, packaged
from generator.objects import operations_index

ROOT = Path(__file__).resolve().parent.parent
INDEX = ROOT / "docs" / "operations.md"


def test_the_index_is_what_the_specs_give_and_lists_138_operations() -> None:
    text = INDEX.read_text(encoding="utf-8")
    assert text == operations_index(ROOT / "spec")
    rows = [line for line in text.splitlines() if re.match(r"\| (GET|POST|PUT|DELETE|PATCH) \|", line)]
    assert len(rows) == 138
    found = packaged()
    assert [e.vendor for e in found].count("metastudio") == 131
    assert [e.vendor for e in found].count("xingyun") == 5 and [e.vendor for e in found].count("metaworks") == 2
    create = next(e for e in found if e.operation_id == "create_2d_digital_human_video")
    assert create.paid and not create.idempotent and create.call == "ms.video.create_2d_digital_human_video(...)"
    paged = next(e for e in found if e.operation_id == "list_digital_assets")
    assert paged.paginated and paged.idempotent and paged.section == "4.1.2"
    assert next(e for e in found if e.operation_id == "get_render_task").job_poll


def test_every_call_in_the_index_exists_on_the_client_objects() -> None:
    import importlib

    for entry in packaged():
        resources = importlib.import_module(f"{OBJECTS[entry.vendor][2]}.resources")
        for base in (resources.Resources, resources.AsyncResources):
            name = getattr(base, entry.tag).func.__annotations__["return"].strip("'\"")
            module = importlib.import_module(f"{OBJECTS[entry.vendor][2]}.resources.{entry.tag}")
            assert hasattr(getattr(module, name), entry.operation_id)
        assert importlib.import_module(entry.module).sync


def test_ops_searches_by_vendor_and_words(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ops", "--vendor", "metastudio", "list", "assets"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out and all(line.startswith("metastudio") for line in out)
    assert any("ms.digital_assets.list_digital_assets(...)" in line and "paginated" in line for line in out)
    assert main(["ops", "paid"]) == 0
    vendors = {line.split()[0] for line in capsys.readouterr().out.splitlines()}
    assert vendors == set(VENDORS)
    assert main(["ops", "no such words anywhere"]) == 1


def test_an_unknown_vendor_is_one_line_and_exit_status_2() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "digihuman.cli", "ops", "--vendor", "mars", "video"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2
    assert len(done.stderr.strip().splitlines()) == 1 and "Traceback" not in done.stderr
    assert "metastudio" in done.stderr
