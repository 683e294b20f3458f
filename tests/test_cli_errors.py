"""Bad input to `digihuman`: exit status 2, one line on stderr that says what to do, no traceback, and nothing
sent or served. Each case is one a user met (issue 13's list), run as the installed command runs it."""

from __future__ import annotations

import socket
import subprocess
import sys
from pathlib import Path

import pytest

from digihuman.cli import main
from digihuman.mock.demo import ENV

NO_CREDENTIALS = {name: "" for names in ENV.values() for name in names}  # empty counts as unset
METASTUDIO = {**ENV["metastudio"], "METASTUDIO_ENDPOINT": ""}
BODY_URL = {
    "metastudio": "https://metastudio.cn-north-4.myhuaweicloud.com/v1/p/videos",
    "xingyun": "https://nebula-agent.xingyun3d.com/user/v1/video_synthesis_task/create_render_task",
    "metaworks": "https://open.metaworks.cn/card/generate",
}

CASES = [  # argv, environment, what the one line must say
    ("video create --vendor xingyun --text 你好", NO_CREDENTIALS, "set XINGYUN_APP_ID and XINGYUN_APP_SECRET"),
    ("video create --vendor metastudio --text 你好", NO_CREDENTIALS, "set HUAWEICLOUD_SDK_AK"),
    ("mock --port -1", {}, "give 1 to 65535, or 0 for a free one"),
    ("mock --vendor xingyun --port 70000", {}, "give 1 to 65535"),
    ("mock --port 8905", {}, "--port needs --vendor"),
    ("contract --vendor xingyun --mock --examples -1", {}, "at least 1"),
    ("contract --vendor metastudio --region mars-1", METASTUDIO, "the regions are ap-southeast-3, cn-east-3"),
    ("video create --vendor xingyun --mock --text x --timeout -1", {}, "seconds above 0"),
    ("video create --vendor xingyun --mock --text x --timeout nan", {}, "seconds above 0"),
    ("video create --vendor xingyun --mock --text-file /nonexistent/script.txt", {}, "cannot read"),
    ("video create --vendor metastudio --text x", {**METASTUDIO, "HUAWEICLOUD_SDK_REGION": "../evil"}, "regions are"),
    ("video status --vendor metastudio 1", {**METASTUDIO, "HUAWEICLOUD_SDK_REGION": "mars-1"}, "regions are"),
    ("video status --vendor metastudio 1", {**METASTUDIO, "HUAWEICLOUD_SDK_REGION": "cn-nort-4"}, "mean cn-north-4?"),
    ("video status --vendor metastudio --region ap-southeast-33 1", METASTUDIO, "mean ap-southeast-3?"),
    ("run --examples 0", {}, "at least 1"),
    ("video list --vendor metaworks --region cn-north-4", ENV["metaworks"], "leave --region out"),
    ("sign xingyun --method POST --url https://x.invalid/ --body {}", NO_CREDENTIALS, "XINGYUN_APP_ID is not set"),
    ("sign xingyun --method POST --url https://x.invalid/ --time -5", ENV["xingyun"], "Unix seconds"),
    *[
        (f"sign {vendor} --method POST --url {url} --body not-json", ENV[vendor], "the body is not JSON")
        for vendor, url in BODY_URL.items()
    ],
]


def one_line(err: str) -> str:
    assert "Traceback" not in err
    assert err.endswith("\n") and err.count("\n") == 1, err
    return err


@pytest.mark.parametrize(("argv", "env", "says"), CASES, ids=[" ".join(c[0].split()[:3]) for c in CASES])
def test_bad_input_exits_2_with_one_line_that_says_what_to_do(
    argv: str, env: dict[str, str], says: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    try:
        status = main(argv.split())
    except SystemExit as stop:  # the parser's own exit
        status = stop.code  # type: ignore[assignment]
    out, err = capsys.readouterr()
    assert status == 2 and out == ""
    assert says in one_line(err)


def test_the_installed_command_exits_2_without_a_traceback() -> None:
    """The same, from a shell: nothing is left to an exception's default handler."""
    for argv in (["mock", "--port", "-1"], ["contract", "--vendor", "xingyun", "--examples", "-1"]):
        done = subprocess.run([sys.executable, "-c", "from digihuman.cli import main; raise SystemExit(main())", *argv],
                              capture_output=True, text=True, timeout=120)  # fmt: skip
        assert done.returncode == 2 and done.stdout == ""
        one_line(done.stderr)


def test_a_second_mock_on_a_taken_port_fails_before_announcing(capsys: pytest.CaptureFixture[str]) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = str(taken.getsockname()[1])
        assert main(["mock", "--vendor", "metaworks", "--port", port]) == 2
    out, err = capsys.readouterr()
    assert out == "" and f"cannot listen on 127.0.0.1:{port}" in one_line(err) and "mock on" not in err


def test_print_env_points_a_client_at_each_mock_on_its_own_port(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["mock", "--print-env"]) == 0
    exports = [line for line in capsys.readouterr().out.splitlines() if not line.startswith("#")]
    assert all(line.startswith("export ") for line in exports)
    assert "export METASTUDIO_ENDPOINT=http://127.0.0.1:8900" in exports
    assert "export XINGYUN_BASE_URL=http://127.0.0.1:8901" in exports
    assert "export METAWORKS_BASE_URL=http://127.0.0.1:8902" in exports
    for vendor, names in ENV.items():
        for name, value in names.items():
            assert f"export {name}={value}" in exports, vendor
    assert main(["mock", "--vendor", "xingyun", "--port", "9000", "--print-env"]) == 0
    assert "export XINGYUN_BASE_URL=http://127.0.0.1:9000" in capsys.readouterr().out


def test_the_readme_sign_example_runs_as_written(tmp_path: Path) -> None:
    root = Path(__file__).resolve().parent.parent
    docs = [root / "README.md", root / "docs" / "cli.md"]
    text = next(t for t in (d.read_text(encoding="utf-8") for d in docs if d.exists()) if "digihuman sign xingyun" in t)
    lines = [line.split("  #")[0] for line in text.splitlines()]
    start = next(i for i, line in enumerate(lines) if "digihuman sign xingyun" in line)
    command = lines[start]
    while command.endswith("\\"):
        start += 1
        command = command[:-1] + lines[start]
    prelude = next(line for line in lines[:start] if "--print-env --vendor xingyun" in line)
    bin_dir = Path(sys.executable).parent
    done = subprocess.run(["bash", "-c", f"{prelude}\n{command}"], capture_output=True, text=True, timeout=120,
                          env={"PATH": f"{bin_dir}:/usr/bin:/bin"}, cwd=tmp_path)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert '"x-token"' in done.stdout and '"string_to_sign"' in done.stdout
