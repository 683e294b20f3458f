"""`digihuman ops [--vendor V] [TEXT]`: search the operations of the packaged specs (docs/operations.md)."""

from __future__ import annotations

import argparse
from typing import Any

from digihuman.errors import DigihumanError
from digihuman.operations import VENDORS, line, packaged


def ops(args: argparse.Namespace) -> int:
    if args.vendor is not None and args.vendor not in VENDORS:
        raise DigihumanError(f"unknown vendor {args.vendor!r}: use one of {', '.join(VENDORS)}")
    text = " ".join(args.text)
    found = [e for e in packaged([args.vendor] if args.vendor else VENDORS) if e.matches(text)]
    for entry in found:
        print(line(entry))
    if not found:
        print(f"no operation matches {text!r}")
        return 1
    return 0


def register(sub: Any) -> None:
    p = sub.add_parser("ops", help="search the operations (method, path, client-object call, section, marks)")
    p.add_argument("--vendor", help=f"one of {', '.join(VENDORS)}")
    p.add_argument("text", nargs="*", help="words every listed operation contains (case-insensitive)")
    p.set_defaults(func=ops)
