"""Every ```python block of README.md and docs/*.md runs, so that no snippet rots: the blocks of one file in
order, in one namespace, with the environment `digihuman mock --print-env` prints pointing every vendor's
client at a mock served on loopback for the test."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from digihuman.mock.demo import serve_mocks

ROOT = Path(__file__).resolve().parent.parent
BLOCK = re.compile(r"^```python\n(.*?)^```", flags=re.S | re.M)


def blocks(path: Path) -> list[tuple[int, str]]:
    """(line number, code) of each python block."""
    text = path.read_text(encoding="utf-8")
    return [(text.count("\n", 0, m.start()) + 2, m.group(1)) for m in BLOCK.finditer(text)]


DOCUMENTS = [p for p in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))] if blocks(p)]


def test_the_readme_and_the_docs_have_code_to_run() -> None:
    assert ROOT / "README.md" in DOCUMENTS and len(DOCUMENTS) >= 3


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda p: p.name)
def test_the_python_blocks_run_against_the_mocks(
    document: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # what a block writes stays in the test's directory
    with serve_mocks() as env:
        for name, value in env.items():
            monkeypatch.setenv(name, value)
        namespace: dict[str, object] = {"__name__": f"docs.{document.stem}"}
        for line, code in blocks(document):
            where = f"{document.relative_to(ROOT)}:{line}"
            exec(compile(code, where, "exec"), namespace)  # noqa: S102 — the documentation's own code
