"""`python -m generator [--check] [--quiet]`: spec/*.yaml -> generated/ and docs/operations.md (see
docs/internals.md, "Regenerating")."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from generator.build import ROOT, build_all, diff_trees
from generator.objects import INDEX, operations_index


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    parser.add_argument("--check", action="store_true", help="fail with a diff when generated/ is stale")
    parser.add_argument("--quiet", action="store_true", help="print nothing on success")
    args = parser.parse_args()
    target = ROOT / "generated"
    index = ROOT / INDEX
    if not args.check:
        build_all(target, quiet=args.quiet)
        index.parent.mkdir(exist_ok=True)
        index.write_text(operations_index(ROOT / "spec"), encoding="utf-8")
        if not args.quiet:
            print(f"{INDEX} <- spec/")
        return 0
    import tempfile

    with tempfile.TemporaryDirectory(prefix="digihuman-gen-") as tmp:
        fresh = Path(tmp) / "generated"
        build_all(fresh, quiet=True)
        diff = diff_trees(target, fresh)
    if not index.exists() or index.read_text(encoding="utf-8") != operations_index(ROOT / "spec"):
        diff += f"{INDEX} differs from the one the specs give\n"
    if diff:
        if not args.quiet:
            print(diff, end="")
            print(f"generated/ or {INDEX} is stale: run `make generate` and commit the result.", file=sys.stderr)
        return 1
    if not args.quiet:
        print("generated/ is up to date.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
