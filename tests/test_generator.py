"""The generator is deterministic, and generate-check notices a spec change."""

from __future__ import annotations

import shutil
from pathlib import Path

import yaml

from generator.build import ROOT, build_all, diff_trees


def test_committed_generated_tree_is_fresh_and_a_description_change_is_noticed(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh"
    build_all(fresh, quiet=True)
    assert diff_trees(ROOT / "generated", fresh) == "", "generated/ is stale: run make generate"

    specs = tmp_path / "spec"
    shutil.copytree(ROOT / "spec", specs)
    path = specs / "xingyun.yaml"
    spec = yaml.safe_load(path.read_text(encoding="utf-8"))
    spec["paths"]["/user/v1/video_synthesis_task/get_render_task"]["get"]["description"] = "changed"
    path.write_text(yaml.safe_dump(spec, allow_unicode=True), encoding="utf-8")
    changed = tmp_path / "changed"
    build_all(changed, quiet=True, spec_dir=specs)
    diff = diff_trees(ROOT / "generated", changed)
    assert "get_render_task.py" in diff and "changed" in diff
