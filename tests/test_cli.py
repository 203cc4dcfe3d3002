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
    result = invoke("run", "--offline", str(SEEDS[0]), str(bad), str(SEEDS[1]), "-o", f"{out}/")
    assert result.exit_code == 2
    assert sorted(p.name for p in out.iterdir()) == sorted([s.stem + ".json" for s in SEEDS[:2]] + ["run-summary.json"])
    failed = [line for line in result.stderr.splitlines() if line.startswith("extract: failed")]
    assert failed == ["extract: failed: scan.txt: a damaged PDF (PdfStreamError); download or export it again"]
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


def test_every_command_and_option_has_help_and_flags_show_no_value_placeholder() -> None:
    command = get_command(app)
    assert {"run", "eval", "show", "schema"} <= set(command.commands)
    for name, sub in command.commands.items():
        assert sub.help, name
        for param in sub.params:
            assert getattr(param, "help", None), f"{name} {param.name}"
        text = invoke(name, "--help").stdout
        for param in sub.params:
            if getattr(param, "is_flag", False):
                line = next(line for line in text.splitlines() if param.opts[-1] in line)
                assert "<" not in line.split(param.opts[-1], 1)[1].split("  ")[0], line


def test_version() -> None:
    from extract import __version__

    result = invoke("--version")
    assert result.exit_code == 0 and result.stdout == f"extract {__version__}\n"


def test_stdin_equals_the_path_but_for_its_name(seed_path) -> None:
    from_path = json.loads(invoke("run", "-q", str(seed_path)).stdout)
    piped = runner.invoke(app, ["run", "-q", "-"], input=seed_path.read_bytes())
    assert piped.exit_code == 0, piped.output
    from_stdin = json.loads(piped.stdout)
    assert from_stdin["source"].pop("name") == "<stdin>" and from_path["source"].pop("name") == seed_path.name
    for report in (from_path, from_stdin):
        report["stats"].pop("timings_ms")
    assert from_stdin == from_path


def test_quiet_prints_nothing_but_errors(seed_path, tmp_path) -> None:
    assert invoke("run", "-q", str(seed_path)).stderr == ""
    assert invoke("run", "-q", str(seed_path), str(SEEDS[1]), "-o", f"{tmp_path}/out/").stderr == ""
    failed = invoke("run", "-q", "missing.txt")
    assert failed.exit_code == 2 and failed.stderr == "extract: failed: missing.txt: no such file\n"


def test_a_trailing_slash_or_an_existing_folder_is_always_a_folder(tmp_path, seed_path) -> None:
    one = invoke("run", "-q", str(seed_path), "-o", f"{tmp_path}/new/")
    assert one.exit_code == 0 and (tmp_path / "new" / f"{seed_path.stem}.json").is_file()
    (tmp_path / "there").mkdir()
    csv = invoke("run", "-q", "-f", "csv", str(SEEDS[0]), str(SEEDS[1]), "-o", str(tmp_path / "there"))
    assert csv.exit_code == 0 and (tmp_path / "there" / "indicators.csv").is_file()
    again = invoke("run", "-q", str(seed_path), "-o", str(tmp_path / "there"), "--overwrite")
    assert again.exit_code == 0, again.stderr
    as_file = invoke("run", "-q", "-f", "csv", str(SEEDS[0]), str(SEEDS[1]), "-o", str(tmp_path / "table.csv"))
    assert as_file.exit_code == 0 and (tmp_path / "table.csv").read_text(encoding="utf-8-sig").startswith("source,name")


def test_a_folder_without_o_goes_to_stdout_in_any_format(tmp_path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for seed in SEEDS[:2]:
        (folder / seed.name.upper()).write_bytes(seed.read_bytes())  # R.TXT counts as a .txt file
    result = invoke("run", "-q", "-f", "jsonl", str(folder))
    assert result.exit_code == 0 and len(result.stdout.splitlines()) == 2


def test_eval_says_when_no_predictions_are_found(tmp_path) -> None:
    from helpers import GOLD, ROOT

    (tmp_path / "empty").mkdir()
    result = invoke("eval", str(GOLD), str(ROOT / "seeds"), "--pred", str(tmp_path / "empty"))
    assert result.exit_code == 2 and "no predictions found" in result.stderr


def test_show_keeps_whole_names_when_piped(tmp_path, seed_path) -> None:
    out = tmp_path / "r.json"
    invoke("run", "-q", str(seed_path), "-o", str(out))
    names = [ind["name"] for ind in json.loads(out.read_text(encoding="utf-8"))["indicators"]]
    shown = invoke("show", str(out)).stdout
    assert all(name in shown for name in names)


@pytest.mark.loopback
def test_a_run_whose_every_model_call_fails_is_an_error(seed_path, monkeypatch) -> None:
    monkeypatch.setenv("EXTRACT_MAX_RETRIES", "0")
    result = invoke("run", str(seed_path), "--base-url", "http://127.0.0.1:9/v1")
    assert result.exit_code == 4 and result.stdout == ""
    assert "every model call failed" in result.stderr and "reach the endpoint" in result.stderr
    assert "extract: model gpt-4o-mini at http://127.0.0.1:9/v1" in result.stderr  # which endpoint a run pays for


def test_an_exported_key_alone_is_said_to_switch_on_a_hosted_model(monkeypatch, capsys) -> None:
    from extract import Settings
    from extract.cli import _say_backend

    monkeypatch.setenv("OPENAI_API_KEY", "sk-for-other-tools")
    _say_backend(Settings.resolve(), offline=False)
    said = capsys.readouterr().err
    assert "model gpt-4o-mini at https://api.openai.com/v1" in said and "--offline" in said and "sk-" not in said
