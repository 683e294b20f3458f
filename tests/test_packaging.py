"""The wheel as a user installs it: its packages, typing markers, specs and licence; and user code type-checked
with `mypy --strict` against it (installed into a virtual environment of its own), as a user's IDE sees it."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import sysconfig
import tomllib
import venv
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("digihuman", "metastudio_client", "xingyun_client", "metaworks_client", "metastudio_models")
SPECS = ("metastudio_client", "xingyun_client", "metaworks_client")
USER_CODE = Path(__file__).parent / "user_code"


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    source = tmp_path_factory.mktemp("source") / "digihuman"  # a copy: the build leaves build/ behind
    source.mkdir()
    for part in ("pyproject.toml", "README.md", "LICENSE"):
        shutil.copy2(ROOT / part, source / part)
    for part in ("src", "generated"):
        shutil.copytree(ROOT / part, source / part, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--wheel-dir", str(out), str(source)],
        check=True,
        capture_output=True,
        timeout=600,
    )
    (built,) = out.glob("digihuman-*.whl")
    return built


def test_the_wheel_holds_every_package_typed_with_its_spec_and_the_licence(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    top = {name.split("/")[0] for name in names if not name.startswith("digihuman-")}
    assert top == set(PACKAGES)
    for package in PACKAGES:
        assert f"{package}/__init__.py" in names and f"{package}/py.typed" in names, package
    for package in SPECS:
        assert f"{package}/openapi.json" in names, package
    (licence,) = [n for n in names if re.fullmatch(r"digihuman-[^/]+\.dist-info/licenses/LICENSE", n)]
    text = zipfile.ZipFile(wheel).read(licence).decode()
    assert "Apache License" in text and "Version 2.0, January 2004" in text
    metadata = zipfile.ZipFile(wheel).read(next(n for n in names if n.endswith(".dist-info/METADATA"))).decode()
    assert "License-Expression: Apache-2.0" in metadata
    requirements = [line for line in metadata.splitlines() if line.startswith("Requires-Dist:")]
    assert requirements and not [line for line in requirements if "==" in line.split(";")[0]]  # ranges, not pins


def test_constraints_pin_every_requirement_within_its_range() -> None:
    """`make setup` installs with constraints.txt: the exact versions the tests ran with, each inside the range
    pyproject.toml declares (after changing a range or adding a dependency: pip freeze again)."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    extras = {name: reqs for name, reqs in project["optional-dependencies"].items() if name != "bench"}  # make bench
    declared = [Requirement(r) for r in project["dependencies"] + [r for reqs in extras.values() for r in reqs]]
    pins = {}
    for line in (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, _, version = line.partition("==")
            pins[canonicalize_name(name)] = Version(version)
    for requirement in declared:
        name = canonicalize_name(requirement.name)
        if name == "digihuman":
            continue
        assert name in pins, f"{requirement} has no line in constraints.txt"
        assert requirement.specifier.contains(pins[name], prereleases=True), f"{name}=={pins[name]}: {requirement}"


@pytest.fixture(scope="module")
def user_python(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A virtual environment with the wheel installed (its dependencies visible from the test environment's
    site-packages: the editable install there is an import hook, which type checkers do not follow)."""
    home = tmp_path_factory.mktemp("user-venv")
    venv.create(home, with_pip=False)
    python = home / "bin" / "python"
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    Path(purelib, "dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet", "--no-deps", str(wheel)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    yield python


def readme_snippets() -> str:
    """Every ```python block of the README, in order, as one module (the way a user pastes them)."""
    blocks = re.findall(r"^```python\n(.*?)^```", (ROOT / "README.md").read_text(), flags=re.S | re.M)
    return "\n\n".join(blocks)


def test_user_code_passes_mypy_strict_against_the_installed_wheel(user_python: Path, tmp_path: Path) -> None:
    files = []
    for source in sorted(USER_CODE.glob("*.py")):
        files.append(tmp_path / source.name)
        files[-1].write_text(source.read_text())
    files.append(tmp_path / "readme_snippets.py")
    files[-1].write_text(readme_snippets())
    found = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--python-executable", str(user_python)]
        + [str(f) for f in files],
        capture_output=True,
        text=True,
        cwd=tmp_path,  # not the checkout: its src/ and generated/ must not stand in for the wheel
        timeout=600,
    )
    assert found.returncode == 0, found.stdout + found.stderr
    located = subprocess.run(
        [str(user_python), "-c", "import digihuman, metastudio_client; print(digihuman.__file__)"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert str(ROOT) not in located.stdout  # the wheel's copy was checked, not the checkout's
