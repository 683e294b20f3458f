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
    name: str  # spec/<name>.yaml, and spec/<name>-messages/*.yaml for inbound messages
    package: str  # generated/<package>
    models_package: str | None = None  # generated/<models_package>, pydantic models of the messages
    # openapi-python-client names a nullable object schema's model `<Name>Type0`; give it back its name
    class_overrides: tuple[tuple[str, str, str], ...] = ()  # (generated name, class name, module name)

    def spec_path(self, spec_dir: Path) -> Path:
        return spec_dir / f"{self.name}.yaml"

    def messages_dir(self, spec_dir: Path) -> Path:
        return spec_dir / f"{self.name}-messages"


VENDORS = (
    Vendor("xingyun", "xingyun_client"),
    Vendor("metaworks", "metaworks_client"),
    Vendor(
        "metastudio",
        "metastudio_client",
        "metastudio_models",
        class_overrides=(("ErrorInfoType0", "ErrorInfo", "error_info"),),
    ),
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
                    "class_overrides": {
                        generated: {"class_name": name, "module_name": module}
                        for generated, name, module in vendor.class_overrides
                    },
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


def message_components(schema_path: Path) -> dict[str, Any]:
    """A message file (JSON Schema with `$defs`) as an OpenAPI 3.1 document whose components are its defs.

    Fed as plain JSON Schema, datamodel-codegen also turns the document root into a `RootModel[Any]`
    named after the title; as components, every def becomes a model and nothing else does."""
    with schema_path.open(encoding="utf-8") as f:
        doc: dict[str, Any] = yaml.safe_load(f)
    defs = json.loads(json.dumps(doc["$defs"], ensure_ascii=False).replace('"#/$defs/', '"#/components/schemas/'))
    return {
        "openapi": "3.1.0",
        "info": {"title": doc.get("title", schema_path.stem), "version": "1"},
        "paths": {},
        "components": {"schemas": defs},
    }


def generate_models(messages_dir: Path, out_dir: Path) -> list[str]:
    """One pydantic v2 module per message file; returns the module names."""
    out_dir.mkdir(parents=True)
    modules = []
    with tempfile.TemporaryDirectory(prefix="digihuman-dmc-") as tmp:
        for schema_path in sorted(messages_dir.glob("*.yaml")):
            source = Path(tmp) / f"{schema_path.stem}.json"
            source.write_text(json.dumps(message_components(schema_path), ensure_ascii=False), encoding="utf-8")
            out = run(
                [
                    str(BIN / "datamodel-codegen"),
                    "--input",
                    str(source),
                    "--input-file-type",
                    "openapi",
                    "--output-model-type",
                    "pydantic_v2.BaseModel",
                    "--field-constraints",
                    "--deserialize-default-values",
                    "enum",
                    "--disable-timestamp",
                    "--formatters",
                    "builtin",
                    "--output",
                    str(source.with_suffix(".py")),
                ]
            )
            # Written inside the temporary directory: datamodel-codegen reads formatting options from any
            # pyproject.toml above its output, which would make the bytes depend on where we generate.
            shutil.copyfile(source.with_suffix(".py"), out_dir / f"{schema_path.stem}.py")
            if "warning" in out.lower():
                raise GenerationError(f"datamodel-codegen warned about {schema_path.name}:\n{out}")
            modules.append(schema_path.stem)
    listing = "\n".join(f"- `{m}`: spec/{messages_dir.name}/{m}.yaml" for m in modules)
    (out_dir / "__init__.py").write_text(f'"""Pydantic models of inbound and outbound messages.\n\n{listing}\n"""\n')
    return modules


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
        from generator.objects import write_resources  # (it reads what was just generated)

        write_resources(spec, vendor.package, pkg)
        format_tree(pkg / "resources")
        (pkg / "py.typed").write_text("")  # PEP 561: the package ships its types
        if not quiet:
            print(f"generated/{vendor.package} <- spec/{spec_path.name}")
        messages = vendor.messages_dir(spec_dir)
        if vendor.models_package and messages.is_dir():
            models = target / vendor.models_package
            if models.exists():
                shutil.rmtree(models)
            generate_models(messages, models)
            format_tree(models)
            (models / "py.typed").write_text("")
            if not quiet:
                print(f"generated/{vendor.models_package} <- spec/{messages.name}/")


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
