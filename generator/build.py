"""Turn each spec into its generated packages with the real tools, deterministically."""

from __future__ import annotations

import difflib
import json
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from openapi_spec_validator import validate

ROOT = Path(__file__).resolve().parent.parent
HERE = Path(__file__).resolve().parent
BIN = Path(sys.executable).parent
# Pinned formatter options: the output must not depend on where it is written or on ruff's defaults.
RUFF_OPTIONS = ["--isolated", "--line-length", "120", "--target-version", "py311"]


class GenerationError(RuntimeError):
    pass


@dataclass(frozen=True)
class Vendor:
    name: str  # spec/<name>.yaml
    package: str  # generated/<package>

    def spec_path(self, spec_dir: Path) -> Path:
        return spec_dir / f"{self.name}.yaml"


VENDORS = (
    Vendor("xingyun", "xingyun_client"),
    Vendor("metaworks", "metaworks_client"),
    Vendor("metastudio", "metastudio_client"),
)


def load_spec(path: Path) -> dict[str, Any]:
    with path.open(encoding="utf-8") as f:
        spec: dict[str, Any] = yaml.safe_load(f)
    try:
        validate(spec)
    except Exception as exc:  # the validator raises several unrelated types
        raise GenerationError(f"{path.name} is not a valid OpenAPI document: {exc}") from exc
    return spec


def run(cmd: list[str], cwd: Path | None = None) -> str:
    proc = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, check=False)
    out = proc.stdout + proc.stderr
    if proc.returncode != 0:
        raise GenerationError(f"{' '.join(cmd)} failed:\n{out}")
    return out


def generate_client(vendor: Vendor, spec_path: Path, out_dir: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="digihuman-opc-") as tmp:
        config = Path(tmp) / "config.yaml"
        config.write_text(
            yaml.safe_dump(
                {
                    "project_name_override": vendor.package,
                    "package_name_override": vendor.package,
                    "post_hooks": [],
                }
            )
        )
        out = run(
            [
                str(BIN / "openapi-python-client"),
                "generate",
                "--path",
                str(spec_path),
                "--config",
                str(config),
                *(["--custom-template-path", str(HERE / "templates")] if (HERE / "templates").is_dir() else []),
                "--meta",
                "none",
                "--output-path",
                str(out_dir),
            ]
        )
    if "Warning" in out or "warning" in out.lower():
        raise GenerationError(f"openapi-python-client warned about {spec_path.name}:\n{out}")


def write_spec_copy(spec: dict[str, Any], out_dir: Path) -> None:
    """The runtime (mocks, validation, rate limits, error catalogue) reads the spec from the package."""
    (out_dir / "openapi.json").write_text(json.dumps(spec, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def format_tree(path: Path) -> None:
    run([str(BIN / "ruff"), "check", *RUFF_OPTIONS, "--fix-only", "--select", "I,F401", "--quiet", str(path)])
    run([str(BIN / "ruff"), "format", *RUFF_OPTIONS, "--quiet", str(path)])


def build_all(target: Path, quiet: bool = False, spec_dir: Path = ROOT / "spec") -> None:
    target.mkdir(parents=True, exist_ok=True)
    for vendor in VENDORS:
        spec_path = vendor.spec_path(spec_dir)
        if not spec_path.exists():
            continue
        spec = load_spec(spec_path)
        pkg = target / vendor.package
        if pkg.exists():
            shutil.rmtree(pkg)
        generate_client(vendor, spec_path, pkg)
        write_spec_copy(spec, pkg)
        format_tree(pkg)
        (pkg / "py.typed").write_text("")  # PEP 561: the package ships its types
        if not quiet:
            print(f"generated/{vendor.package} <- spec/{spec_path.name}")


def _files(root: Path) -> dict[str, Path]:
    if not root.exists():
        return {}
    return {
        str(p.relative_to(root)): p for p in sorted(root.rglob("*")) if p.is_file() and "__pycache__" not in p.parts
    }


def diff_trees(committed: Path, fresh: Path, limit: int = 200) -> str:
    """A unified diff of two trees, empty when they are byte-identical."""
    old, new = _files(committed), _files(fresh)
    lines: list[str] = []
    for rel in sorted(old.keys() | new.keys()):
        a = old[rel].read_bytes() if rel in old else b""
        b = new[rel].read_bytes() if rel in new else b""
        if a == b:
            continue
        lines.extend(
            difflib.unified_diff(
                a.decode(errors="replace").splitlines(keepends=True),
                b.decode(errors="replace").splitlines(keepends=True),
                f"generated/{rel} (committed)",
                f"generated/{rel} (from spec)",
            )
        )
        if len(lines) > limit:
            lines = lines[:limit] + ["... (diff truncated)\n"]
            break
    return "".join(lines)
