"""Check MetaStudio draft parts against CONVENTIONS.md (run with .venv/bin/python). Usage: check_part.py PART.yaml [PART2.yaml ...]"""
import copy
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml
from openapi_schema_validator import OAS30Validator
from openapi_spec_validator import validate
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4

HERE = Path(__file__).parent
TAGS = set(
    "digital_assets files video_scripts video_jobs video smart_live_rooms smart_live_jobs products "
    "smart_chat_rooms smart_chat_jobs robots once_codes active_codes knowledge_skills knowledge_intents "
    "knowledge_questions welcome_speeches hot_questions hot_words agencies training_jobs "
    "voice_training_jobs tts_audition tenants".split()
)
COMMON = {"x-auth-token", "authorization", "x-sdk-date", "x-project-id", "x-app-userid"}
problems: list[str] = []


def merge(parts):
    base = yaml.safe_load((HERE / "00-base.yaml").read_text())
    for p in parts:
        doc = yaml.safe_load(Path(p).read_text())
        for path, item in (doc.get("paths") or {}).items():
            if path in base["paths"]:
                for m, op in item.items():
                    if m in base["paths"][path]:
                        problems.append(f"{m.upper()} {path} defined twice")
                    base["paths"][path][m] = op
            else:
                base["paths"][path] = item
        for kind, entries in (doc.get("components") or {}).items():
            tgt = base["components"].setdefault(kind, {})
            for name, val in entries.items():
                if name in tgt and tgt[name] != val:
                    problems.append(f"component {kind}/{name} defined twice with different content")
                tgt[name] = val
    return base


def walk_schema(name, s, where):
    if not isinstance(s, dict):
        return
    if "$ref" in s and len(s) > 1:
        problems.append(f"{where}: $ref with sibling keys {sorted(set(s) - {'$ref'})}")
    if s.get("additionalProperties") is False:
        problems.append(f"{where}: additionalProperties: false is not allowed")
    for pname, p in (s.get("properties") or {}).items():
        if "$ref" not in p and not p.get("description"):
            problems.append(f"{where}.{pname}: property without description")
        walk_schema(name, p, f"{where}.{pname}")
    if "items" in s:
        walk_schema(name, s["items"], f"{where}[]")
    for r in s.get("required", []):
        if r not in (s.get("properties") or {}):
            problems.append(f"{where}: required field {r!r} is not a property")


def main():
    parts = sys.argv[1:]
    spec = merge(parts)
    try:
        validate(spec)
    except Exception as e:  # noqa: BLE001
        problems.append(f"openapi-spec-validator: {str(e)[:2000]}")
    registry = Registry().with_resource("urn:spec", Resource(contents=spec, specification=DRAFT4))
    ids = set()
    for path, item in spec["paths"].items():
        for method, op in item.items():
            w = f"{method.upper()} {path}"
            oid = op.get("operationId", "")
            if not re.fullmatch(r"[a-z][a-z0-9_]*", oid):
                problems.append(f"{w}: operationId {oid!r} is not snake_case")
            if oid in ids:
                problems.append(f"{w}: duplicate operationId {oid}")
            ids.add(oid)
            tags = op.get("tags", [])
            if len(tags) != 1 or tags[0] not in TAGS:
                problems.append(f"{w}: tags {tags} must be exactly one of the brief's tags")
            for k in ("summary", "description", "x-doc-source", "x-doc-section"):
                if not op.get(k):
                    problems.append(f"{w}: missing {k}")
            if not re.fullmatch(r"\d+(\.\d+)+", str(op.get("x-doc-section", ""))):
                problems.append(f"{w}: x-doc-section must be a section number like 4.1.1")
            for prm in op.get("parameters", []):
                if "$ref" in prm:
                    continue
                if prm.get("in") == "header" and prm["name"].lower() in COMMON:
                    problems.append(f"{w}: common header {prm['name']} must not be transcribed")
                if not prm.get("description"):
                    problems.append(f"{w}: parameter {prm.get('name')} without description")
            bodies = []
            rb = op.get("requestBody")
            if rb:
                bodies.append(("request", rb.get("content", {})))
            for st, resp in op.get("responses", {}).items():
                bodies.append((f"response {st}", resp.get("content", {})))
            for label, content in bodies:
                for mt, media in content.items():
                    schema = media.get("schema", {})
                    for exname, ex in (media.get("examples") or {}).items():
                        v = OAS30Validator(
                            {"$ref": "urn:spec#" + schema["$ref"][1:]} if "$ref" in schema else schema,
                            registry=registry,
                        )
                        for err in v.iter_errors(ex.get("value")):
                            path_ = "/".join(map(str, err.absolute_path))
                            problems.append(f"{w}: {label} example {exname!r} invalid at /{path_}: {err.message[:200]}")
    for name, s in spec["components"].get("schemas", {}).items():
        walk_schema(name, s, name)
    with tempfile.TemporaryDirectory() as tmp:
        spec_path = Path(tmp) / "spec.yaml"
        spec_path.write_text(yaml.safe_dump(spec, allow_unicode=True, sort_keys=False))
        cfg = Path(tmp) / "cfg.yaml"
        cfg.write_text("project_name_override: out\npackage_name_override: out\npost_hooks: []\n")
        r = subprocess.run(
            [str(Path(sys.executable).parent / "openapi-python-client"), "generate", "--path", str(spec_path),
             "--config", str(cfg), "--output-path", str(Path(tmp) / "out"), "--meta", "none"],
            capture_output=True, text=True,
        )
        out = r.stdout + r.stderr
        if r.returncode != 0 or "Warning" in out or "warning" in out.lower() and "0 warnings" not in out:
            problems.append("openapi-python-client:\n" + out[-4000:])
    if problems:
        print("\n".join(problems))
        print(f"FAILED: {len(problems)} problem(s)")
        sys.exit(1)
    print(f"OK: {len(ids)} operations, {len(spec['components'].get('schemas', {}))} schemas")


main()
