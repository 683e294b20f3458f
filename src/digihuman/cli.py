"""The `digihuman` command: sign, mock, contract, run, video, chat, ops, batch."""

from __future__ import annotations

import argparse
import json
import os
import shlex
import sys
from pathlib import Path
from typing import NoReturn

import httpx

from digihuman.errors import DigihumanError

VENDORS = ("xingyun", "metaworks", "metastudio")
DEFAULT_MOCK_PORTS = {"metastudio": 8900, "xingyun": 8901, "metaworks": 8902}


def _auth(vendor: str, time: int | None) -> httpx.Auth:
    clock = (lambda: float(time)) if time is not None else None
    if vendor == "xingyun":
        from digihuman import xingyun

        return xingyun.auth(clock=clock)
    if vendor == "metaworks":
        from digihuman import metaworks

        return metaworks.auth(clock=clock)
    if vendor == "metastudio":
        from digihuman.auth import sdk_hmac

        return sdk_hmac.from_env(clock=clock)
    raise DigihumanError(f"signing for {vendor!r} is not yet supported")


def sign(args: argparse.Namespace) -> int:
    """Build the request as the client would, run the auth hook on it, print what it signed and sent."""
    from digihuman.auth import SdkHmacAuth, SigningAuth
    from digihuman.auth.sdk_hmac import canonical_request_of

    auth = _auth(args.vendor, args.time)
    assert isinstance(auth, SigningAuth)
    headers = httpx.Headers()
    for line in args.header:
        name, sep, value = line.partition(":")
        if not sep:
            raise DigihumanError(f"--header {line!r} is not 'Name: value'")
        headers[name.strip()] = value.strip()
    body = args.body.encode() if args.body is not None else _read_body(args.body_file) if args.body_file else b""
    if body and "content-type" not in headers:
        headers["Content-Type"] = "application/json"
    url = httpx.URL(args.url) if _absolute_http(args.url) else None
    if url is None:
        raise DigihumanError(f"--url {args.url!r} is not an absolute http(s) URL")
    with httpx.Client() as client:
        request = client.build_request(args.method.upper(), url, headers=headers, content=body)
    string_to_sign = auth.sign(request)
    shown: dict[str, object] = {"url": str(request.url)}
    if isinstance(auth, SdkHmacAuth):
        # The string to sign holds only the canonical request's hash; a mismatch is found by comparing this.
        shown["canonical_request"] = canonical_request_of(request)
    shown |= {"string_to_sign": string_to_sign, "headers": dict(request.headers)}
    print(json.dumps(shown, ensure_ascii=False, indent=2))
    return 0


def _read_body(path: str) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise DigihumanError(f"cannot read --body-file {path}: {exc.strerror or exc}") from None


def _absolute_http(url: str) -> bool:
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, ValueError):
        return False
    return parsed.scheme in ("http", "https") and bool(parsed.host)


def mock(args: argparse.Namespace) -> int:
    from digihuman.mock import create
    from digihuman.mock.demo import accepting
    from digihuman.mock.server import serve_forever

    options, accepted = accepting(args.vendor, os.environ)
    app = create(args.vendor, step_seconds=args.step_seconds, seed=args.seed, **options)
    port = DEFAULT_MOCK_PORTS[args.vendor] if args.port is None else args.port
    print(f"{args.vendor} mock on http://127.0.0.1:{port}; accepts {' and '.join(accepted)}")
    if args.print_env:
        from digihuman.mock.demo import BASE_URL_NAMES, ENV, VIDEO_SETTINGS

        shown = {
            **ENV[args.vendor],
            **VIDEO_SETTINGS[args.vendor],
            BASE_URL_NAMES[args.vendor]: f"http://127.0.0.1:{port}",
        }
        print("\n".join(f"export {name}={shlex.quote(value)}" for name, value in shown.items()), flush=True)
    serve_forever(app, port)
    return 0


def contract(args: argparse.Namespace) -> int:
    from contextlib import ExitStack

    from digihuman.contract import format_report, run_contract, vendor_client
    from digihuman.mock.demo import ENV, demo_mock
    from digihuman.mock.server import serve_in_thread

    with ExitStack() as stack:
        env = None  # the caller's environment
        base_url = args.base_url
        if args.mock:
            base_url = stack.enter_context(serve_in_thread(demo_mock(args.vendor, step_seconds=3600)))
            env = ENV[args.vendor]
        client, fixed = vendor_client(args.vendor, base_url, env, args.allow_http, rate_limit=not args.mock)
        http = stack.enter_context(client.get_httpx_client())
        reports = run_contract(
            args.vendor,
            http,
            examples=args.examples,
            negative=not args.read_only,
            read_only=args.read_only,
            path_parameters=fixed,
        )
    print(format_report(args.vendor, reports))
    for r in reports:
        for failure in r.failures:
            print(failure)
    return 0 if all(r.ok for r in reports) else 1


def run(args: argparse.Namespace) -> int:
    from digihuman.run import main

    return main(examples=args.examples)


def _port(text: str) -> int:
    if not text.isdigit() or not 0 <= int(text) <= 65535:
        raise argparse.ArgumentTypeError(f"a TCP port is 0 to 65535, got {text!r}")
    return int(text)


class _Parser(argparse.ArgumentParser):
    """Bad arguments: one line on stderr and exit status 2 (argparse would print the usage first). The
    sub-commands' parsers are of this class too."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: {message}\n")


def parser() -> argparse.ArgumentParser:
    top: argparse.ArgumentParser = _Parser(prog="digihuman", description=__doc__)  # sub-commands: _Parser too
    sub = top.add_subparsers(dest="command", required=True)

    p = sub.add_parser("sign", help="show the string to sign and the headers of a request, without sending it")
    p.add_argument("vendor", choices=VENDORS)
    p.add_argument("--method", required=True)
    p.add_argument("--url", required=True)
    group = p.add_mutually_exclusive_group()
    group.add_argument("--body", help="the body, sent byte for byte as JSON")
    group.add_argument("--body-file", help="a file whose bytes are the body")
    p.add_argument("--header", action="append", default=[], help="'Name: value', repeatable")
    p.add_argument("--time", type=int, help="Unix seconds to sign with instead of now")
    p.set_defaults(func=sign)

    p = sub.add_parser("mock", help="serve a vendor mock on loopback")
    p.add_argument("--vendor", choices=VENDORS, required=True)
    p.add_argument("--port", type=_port, help="default: 8900 metastudio, 8901 xingyun, 8902 metaworks")
    p.add_argument("--step-seconds", type=float, default=2.0, help="how long each job state lasts")
    p.add_argument("--seed", type=int, default=None)
    p.add_argument(
        "--print-env", action="store_true", help="also print the variables that point a client at it (demo credentials)"
    )
    p.set_defaults(func=mock)

    p = sub.add_parser(
        "contract", help="run the contract suite against a base URL (credentials from the environment) or the mock"
    )
    p.add_argument("--vendor", choices=VENDORS, required=True)
    target = p.add_mutually_exclusive_group()
    target.add_argument("--base-url")
    target.add_argument("--mock", action="store_true", help="against the embedded mock (demo credentials)")
    p.add_argument("--examples", type=int, default=25)
    p.add_argument("--read-only", action="store_true", help="GET operations only, positive cases only")
    p.add_argument("--allow-http", action="store_true")
    p.set_defaults(func=contract)

    p = sub.add_parser("run", help="the main job against the embedded mocks")
    p.add_argument("--examples", type=int, default=3, help="contract cases per operation and mode")
    p.set_defaults(func=run)

    from digihuman import chat_command, video_command

    video_command.register(sub)
    chat_command.register(sub)

    from digihuman import ops_command

    ops_command.register(sub)

    from digihuman.batch import command as batch_command

    batch_command.register(sub)
    return top


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        code: int = args.func(args)
    except DigihumanError as exc:
        print(f"digihuman: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # `digihuman … | head`: the reader has gone; say nothing more (as the Python docs advise)
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    return code


if __name__ == "__main__":
    sys.exit(main())
