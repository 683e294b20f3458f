"""The `digihuman` command: sign, mock, contract, run, video, chat, ops, batch."""

from __future__ import annotations

import argparse
import difflib
import json
import math
import os
import shlex
import sys
from pathlib import Path
from typing import NoReturn

import httpx

from digihuman.errors import DigihumanError

VENDORS = ("xingyun", "metaworks", "metastudio")
MOCK_PORTS = {"metastudio": 8900, "xingyun": 8901, "metaworks": 8902}  # one each, so all three can run at once


class Parser(argparse.ArgumentParser):
    """Bad input ends in one line that says what to do, and exit status 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: {message} (see {self.prog} --help)\n")


# -- argument types: each rejects what the command could not use, with what it accepts ------------------


def port(text: str) -> int:
    if not text.isdigit() or int(text) > 65535:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port: give 1 to 65535, or 0 for a free one")
    return int(text)


def count(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a count: give a whole number of at least 1")
    return int(text)


def seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not (math.isfinite(value) and value > 0):
        raise argparse.ArgumentTypeError(f"{text!r} is not a duration: give a number of seconds above 0")
    return value


def unix_time(text: str) -> int:
    if not text.isdigit():
        raise argparse.ArgumentTypeError(f"{text!r} is not a time: give Unix seconds (a whole number, 0 or more)")
    return int(text)


def region(text: str) -> str:
    """A MetaStudio region the spec names; for another, a close name as a hint."""
    from digihuman.metastudio import regions

    known = regions()
    if text in known:
        return text
    close = difflib.get_close_matches(text, known, n=1)
    hint = f"did you mean {close[0]}? " if close else ""
    raise argparse.ArgumentTypeError(
        f"{text!r} is not a MetaStudio region: {hint}the regions are {', '.join(known)}"
        " (METASTUDIO_ENDPOINT reaches another endpoint)"
    )


def text_file(path: str) -> str:
    """The text of a UTF-8 file, or of stdin for `-`."""
    try:
        text = sys.stdin.read() if path == "-" else Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise argparse.ArgumentTypeError(f"cannot read {path}: {getattr(error, 'strerror', None) or error}") from None
    return text


def body_file(path: str) -> bytes:
    try:
        with open(path, "rb") as file:
            return file.read()
    except OSError as error:
        raise argparse.ArgumentTypeError(f"cannot read {path}: {error.strerror}") from None


def check_region_variable(args: argparse.Namespace) -> None:
    """A MetaStudio command against the live API takes its region from HUAWEICLOUD_SDK_REGION: check it as
    `--region` is checked, unless METASTUDIO_ENDPOINT names the endpoint."""
    if getattr(args, "region", None) and args.vendor != "metastudio":
        raise DigihumanError(f"--region is MetaStudio's; {args.vendor} has one endpoint: leave --region out")
    uses_region = getattr(args, "vendor", None) == "metastudio" and args.command in ("video", "contract")
    if not uses_region or getattr(args, "mock", False) or getattr(args, "region", None):
        return
    value = os.environ.get("HUAWEICLOUD_SDK_REGION")
    if value and not os.environ.get("METASTUDIO_ENDPOINT"):
        try:
            region(value)
        except argparse.ArgumentTypeError as error:
            raise DigihumanError(f"HUAWEICLOUD_SDK_REGION: {error}") from None


def region_env(args: argparse.Namespace) -> dict[str, str] | None:
    """The environment with `--region` in it, or None (the process environment) without one."""
    chosen = getattr(args, "region", None)
    return {**os.environ, "HUAWEICLOUD_SDK_REGION": chosen} if chosen else None


# -- commands ------------------------------------------------------------------------------------------


def _auth(vendor: str, time: int | None) -> httpx.Auth:
    clock = (lambda: float(time)) if time is not None else None
    if vendor == "xingyun":
        from digihuman import xingyun

        return xingyun.auth(clock=clock)
    if vendor == "metaworks":
        from digihuman import metaworks

        return metaworks.auth(clock=clock)
    from digihuman.auth import sdk_hmac

    return sdk_hmac.from_env(clock=clock)


def declares_json(content_type: str) -> bool:
    media = content_type.split(";")[0].strip().lower()
    return media == "application/json" or media.endswith("+json")


def sign(args: argparse.Namespace) -> int:
    """Build the request as the client would, run the auth hook on it, print what it signed and sent."""
    from digihuman.auth import SdkHmacAuth, SigningAuth
    from digihuman.auth.sdk_hmac import canonical_request_of
    from digihuman.errors import ConfigurationError

    headers = httpx.Headers()
    for line in args.header:
        name, sep, value = line.partition(":")
        if not sep or not name.strip():
            raise DigihumanError(f"--header {line!r} is not 'Name: value'")
        headers[name.strip()] = value.strip()
    body: bytes = args.body.encode() if args.body is not None else args.body_file or b""
    if body and "content-type" not in headers:
        headers["Content-Type"] = "application/json"
    if body and declares_json(headers["content-type"]):
        try:
            json.loads(body)
        except ValueError:
            raise DigihumanError(
                f"the body is not JSON, yet the request declares Content-Type {headers['content-type']}:"
                " pass a JSON body, or --header 'Content-Type: …' with its real type"
            ) from None
    try:
        auth = _auth(args.vendor, args.time)
    except ConfigurationError as error:
        raise DigihumanError(
            f'{error} (the mock\'s demo credentials: eval "$(digihuman mock --print-env --vendor {args.vendor})")'
        ) from None
    assert isinstance(auth, SigningAuth)
    if not _absolute_http(args.url):
        raise DigihumanError(f"--url {args.url!r} is not an absolute http(s) URL")
    with httpx.Client() as client:
        try:
            request = client.build_request(args.method.upper(), args.url, headers=headers, content=body)
        except (httpx.InvalidURL, httpx.UnsupportedProtocol) as error:
            raise DigihumanError(f"--url {args.url!r}: {error}") from None
    string_to_sign = auth.sign(request)
    shown: dict[str, object] = {"url": str(request.url)}
    if isinstance(auth, SdkHmacAuth):
        # The string to sign holds only the canonical request's hash; a mismatch is found by comparing this.
        shown["canonical_request"] = canonical_request_of(request)
    shown |= {"string_to_sign": string_to_sign, "headers": dict(request.headers)}
    print(json.dumps(shown, ensure_ascii=False, indent=2))
    return 0


def print_env(vendors: list[str], ports: dict[str, int]) -> None:
    from digihuman.mock.demo import demo_env

    for vendor in vendors:
        print(f"# the {vendor} mock (digihuman mock --vendor {vendor}); demo credentials, not secrets")
        for name, value in demo_env(vendor, f"http://127.0.0.1:{ports[vendor]}").items():
            print(f"export {name}={shlex.quote(value)}")


def mock(args: argparse.Namespace) -> int:
    vendors = [args.vendor] if args.vendor else list(MOCK_PORTS)
    if args.port is not None and not args.vendor:
        raise DigihumanError("--port needs --vendor: each vendor's mock has a port of its own (8900, 8901, 8902)")
    ports = {vendor: args.port if args.port is not None else MOCK_PORTS[vendor] for vendor in vendors}
    if args.print_env:
        if 0 in ports.values():
            raise DigihumanError("--print-env needs the port the mock listens on: give --port 1 to 65535")
        print_env(vendors, ports)
        return 0
    import threading
    from contextlib import ExitStack

    from digihuman.mock import create
    from digihuman.mock.demo import accepting
    from digihuman.mock.server import serve_in_thread

    accepted: dict[str, list[str]] = {}
    with ExitStack() as stack:
        for vendor in vendors:  # every port is taken before any is announced
            options, accepted[vendor] = accepting(vendor, os.environ)  # the demo credentials, and the environment's
            app = create(vendor, step_seconds=args.step_seconds, seed=args.seed, **options)
            url = stack.enter_context(serve_in_thread(app, ports[vendor], access_log=True))
            ports[vendor] = int(url.rsplit(":", 1)[1])
        for vendor in vendors:
            said = " and ".join(accepted[vendor])
            print(f"{vendor} mock on http://127.0.0.1:{ports[vendor]}; accepts {said}", file=sys.stderr)
        print('point a client at it: eval "$(digihuman mock --print-env)"; stop with Ctrl-C', file=sys.stderr)
        try:
            threading.Event().wait()
        except KeyboardInterrupt:
            pass
    return 0


def _absolute_http(url: str) -> bool:
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, ValueError):
        return False
    return parsed.scheme in ("http", "https") and bool(parsed.host)


def contract(args: argparse.Namespace) -> int:
    from contextlib import ExitStack

    from digihuman.contract import format_report, run_contract, vendor_client
    from digihuman.mock.demo import ENV, demo_mock
    from digihuman.mock.server import serve_in_thread

    with ExitStack() as stack:
        env = region_env(args)  # None: the caller's environment
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

    return main(examples=args.examples, verbose=args.verbose)


def parser() -> argparse.ArgumentParser:
    top = Parser(prog="digihuman", description=__doc__)
    sub = top.add_subparsers(dest="command", required=True)

    p = sub.add_parser("sign", help="show the string to sign and the headers of a request, without sending it")
    p.add_argument("vendor", choices=VENDORS)
    p.add_argument("--method", required=True, choices=("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"), type=str.upper)
    p.add_argument("--url", required=True)
    group = p.add_mutually_exclusive_group()
    group.add_argument("--body", help="the body, sent byte for byte (JSON unless --header sets another type)")
    group.add_argument("--body-file", type=body_file, help="a file whose bytes are the body")
    p.add_argument("--header", action="append", default=[], help="'Name: value', repeatable")
    p.add_argument("--time", type=unix_time, help="Unix seconds to sign with instead of now")
    p.set_defaults(func=sign)

    p = sub.add_parser("mock", help="serve the vendors' mocks on loopback (all three unless --vendor)")
    p.add_argument("--vendor", choices=VENDORS, help="one vendor's mock only")
    ports = "default: metastudio 8900, xingyun 8901, metaworks 8902; 0: a free one"
    p.add_argument("--port", type=port, help=f"with --vendor ({ports})")
    p.add_argument("--print-env", action="store_true", help="print the export lines that point a client at the mock")
    p.add_argument("--step-seconds", type=seconds, default=2.0, help="how long each job state lasts")
    p.add_argument("--seed", type=int, default=None)
    p.set_defaults(func=mock)

    p = sub.add_parser(
        "contract", help="run the contract suite against a base URL (credentials from the environment) or the mock"
    )
    p.add_argument("--vendor", choices=VENDORS, required=True)
    target = p.add_mutually_exclusive_group()
    target.add_argument("--base-url")
    target.add_argument("--mock", action="store_true", help="against the embedded mock (demo credentials)")
    p.add_argument("--region", type=region, help="MetaStudio's region (default: HUAWEICLOUD_SDK_REGION)")
    p.add_argument("--examples", type=count, default=25, help="cases per operation and mode (at least 1)")
    p.add_argument("--read-only", action="store_true", help="GET operations only, positive cases only")
    p.add_argument("--allow-http", action="store_true")
    p.set_defaults(func=contract)

    p = sub.add_parser("run", help="a video job per vendor and the contract suite, against the embedded mocks")
    p.add_argument("--examples", type=count, default=3, help="contract cases per operation and mode")
    p.add_argument("-v", "--verbose", action="store_true", help="every state, every operation's contract line")
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
        check_region_variable(args)
        code: int = args.func(args)
    except DigihumanError as exc:
        print(f"digihuman: {' '.join(str(exc).split())}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # `digihuman … | head`: the reader has gone; say nothing more (as the Python docs advise)
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    return code


if __name__ == "__main__":
    sys.exit(main())
