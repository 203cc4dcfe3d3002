import json

import pytest
from typer.main import get_command
from typer.testing import CliRunner

from extract.cli import app

from helpers import SEEDS

runner = CliRunner()


def invoke(*args: str):
    return runner.invoke(app, list(args))


def test_run_prints_a_work_report_and_says_offline_once(seed_path) -> None:
    result = invoke("run", str(seed_path))
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["source"]["name"] == seed_path.name and report["indicators"]
    assert result.stderr.count("running offline") == 1


def test_offline_flag_is_quiet(seed_path) -> None:
    result = invoke("run", "--offline", str(seed_path))
    assert result.exit_code == 0 and result.stderr == ""


@pytest.mark.parametrize(("fmt", "check"), [("jsonl", lambda s: len(s.splitlines()) == 2), ("csv", lambda s: s.startswith("\ufeffsource,name")), ("md", lambda s: "## Indicators" in s)])
def test_formats_for_several_files(fmt: str, check) -> None:
    result = invoke("run", "--offline", "-f", fmt, str(SEEDS[0]), str(SEEDS[1]))
    assert result.exit_code == 0 and check(result.stdout)


def test_json_for_several_files_is_an_array() -> None:
    result = invoke("run", "--offline", str(SEEDS[0]), str(SEEDS[1]))
    assert [r["source"]["name"] for r in json.loads(result.stdout)] == [SEEDS[0].name, SEEDS[1].name]


def test_output_file_is_written_and_never_overwritten_silently(tmp_path, seed_path) -> None:
    out = tmp_path / "report.json"
    assert invoke("run", "--offline", str(seed_path), "-o", str(out)).exit_code == 0
    first = out.read_text(encoding="utf-8")
    again = invoke("run", "--offline", str(seed_path), "-o", str(out))
    assert again.exit_code == 5 and "--overwrite" in again.stderr
    assert out.read_text(encoding="utf-8") == first
    assert invoke("run", "--offline", str(seed_path), "-o", str(out), "--overwrite").exit_code == 0
    assert not list(tmp_path.glob(".*.tmp"))


def test_an_input_file_is_never_the_output(tmp_path, seed_path) -> None:
    copy = tmp_path / "r.txt"
    copy.write_bytes(seed_path.read_bytes())
    result = invoke("run", "--offline", str(copy), "-o", str(copy), "--overwrite")
    assert result.exit_code == 5 and "input file" in result.stderr
    assert copy.read_bytes() == seed_path.read_bytes()


def test_several_files_into_a_folder_and_a_bad_one_does_not_stop_the_rest(tmp_path) -> None:
    bad = tmp_path / "scan.txt"
    bad.write_bytes(b"%PDF-1.4 binary")
    out = tmp_path / "out"
    result = invoke("run", "--offline", str(SEEDS[0]), str(bad), str(SEEDS[1]), "-o", str(out))
    assert result.exit_code == 2
    assert sorted(p.name for p in out.iterdir()) == sorted([s.stem + ".json" for s in SEEDS[:2]] + ["run-summary.json"])
    failed = [line for line in result.stderr.splitlines() if line.startswith("extract: failed")]
    assert failed == ["extract: failed: scan.txt: not a text file: it looks like a PDF file; convert it to plain text (.txt) first"]
    assert "[2/3] failed:" in result.stderr and "2 extracted, 0 up to date, 1 failed" in result.stderr


@pytest.mark.parametrize(
    ("args", "code", "says"),
    [
        (["run", "--offline", "missing.txt"], 2, "no such file"),
        (["run", "--offline", "-f", "xml", "x.txt"], 2, "unknown format"),
        (["run", "--chunk-chars", "5", "x.txt"], 3, "chunk_chars"),
    ],
)
def test_errors_are_one_line_with_a_family_exit_code(args: list[str], code: int, says: str) -> None:
    result = invoke(*args)
    assert result.exit_code == code
    errors = [line for line in result.stderr.splitlines() if line.startswith("extract: ") and "running offline" not in line]
    assert len(errors) == 1 and says in errors[0]
    assert "Traceback" not in result.output


def test_every_command_and_option_has_help() -> None:
    command = get_command(app)
    assert command.commands
    for name, sub in command.commands.items():
        assert sub.help, name
        assert sub.params, name
        for param in sub.params:
            assert getattr(param, "help", None), f"{name} {param.name}"
