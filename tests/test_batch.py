"""Batch runs: resume, atomic outputs, bad files, interrupts (real subprocesses for kill -9 and Ctrl-C)."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from extract import Settings
from extract.batch import SUMMARY_NAME, expand_inputs, run_batch
from helpers import SEEDS

OFFLINE = Settings.resolve({"offline": True})


def corpus(folder: Path, copies: int) -> list[Path]:
    """`copies` distinct reports made from the seeds (each with its own first line)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(copies):
        seed = SEEDS[i % len(SEEDS)]
        path = folder / f"r{i:04d}.txt"
        path.write_text(f"第{i}份报告\n" + seed.read_text(encoding="utf-8"), encoding="utf-8")
        paths.append(path)
    return paths


def without_timings(path: Path) -> dict:
    data = json.loads(path.read_text(encoding="utf-8"))
    data["stats"].pop("timings_ms")
    return data


def summary(outdir: Path) -> dict:
    return json.loads((outdir / SUMMARY_NAME).read_text(encoding="utf-8"))


def test_folders_expand_to_their_txt_files(tmp_path) -> None:
    corpus(tmp_path / "in" / "sub", 2)
    (tmp_path / "in" / "notes.md").write_text("x")
    (tmp_path / "in" / ".hidden").mkdir()
    (tmp_path / "in" / ".hidden" / "x.txt").write_text("x")
    assert [p.name for p in expand_inputs([tmp_path / "in"])] == ["r0000.txt", "r0001.txt"]


def test_rerun_skips_up_to_date_outputs_and_redoes_changed_inputs(tmp_path) -> None:
    inputs = corpus(tmp_path / "in", 4)
    out = tmp_path / "out"
    first = run_batch(inputs, out, OFFLINE)
    assert [f.status for f in first.files] == ["done"] * 4
    inputs[1].write_text("一、工作回顾\n新增企业12家。\n", encoding="utf-8")
    second = run_batch(inputs, out, OFFLINE)
    assert [f.status for f in second.files] == ["skipped", "done", "skipped", "skipped"]
    assert json.loads((out / "r0001.json").read_text(encoding="utf-8"))["indicators"][0]["value"] == 12
    model_settings = Settings.resolve({"base_url": "http://127.0.0.1:9/v1"})
    assert model_settings.fingerprint() != OFFLINE.fingerprint()  # a model run's outputs are not the rules' outputs


def test_bad_files_are_listed_and_do_not_stop_the_batch(tmp_path) -> None:
    inputs = corpus(tmp_path / "in", 2)
    pdf = tmp_path / "in" / "scan.txt"
    pdf.write_bytes(b"%PDF-1.4 ...")
    empty = tmp_path / "in" / "empty.txt"
    empty.write_bytes(b"")
    twin = tmp_path / "other" / "r0000.txt"
    twin.parent.mkdir()
    shutil.copy(inputs[0], twin)
    result = run_batch([*inputs, pdf, empty, twin, tmp_path / "missing.txt"], tmp_path / "out", OFFLINE)
    status = {Path(f.input).name + ("@other" if "other" in f.input else ""): (f.status, f.reason) for f in result.files}
    assert status["r0000.txt"][0] == status["r0001.txt"][0] == "done"
    assert "damaged PDF" in status["scan.txt"][1]
    assert "empty" in status["empty.txt"][1]
    assert "already used by" in status["r0000.txt@other"][1]
    assert "missing.txt" in status["missing.txt"][1]
    recorded = summary(tmp_path / "out")
    assert recorded["counts"] == {"done": 2, "skipped": 0, "failed": 4}
    assert len(recorded["files"]) == 6 and all("status" in f and "counts" in f for f in recorded["files"])


def test_stale_temp_files_of_a_killed_run_are_removed(tmp_path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / ".r0000.json.abc123.tmp").write_text("{half a")
    run_batch(corpus(tmp_path / "in", 1), out, OFFLINE)
    assert not list(out.glob(".*.tmp"))


def test_a_stop_request_finishes_running_files_and_starts_no_more(tmp_path) -> None:
    inputs = corpus(tmp_path / "in", 6)
    stop = threading.Event()
    result = run_batch(inputs, tmp_path / "out", OFFLINE, stop=stop, on_result=lambda r: stop.set())
    assert result.interrupted
    assert [f.status for f in result.files] == ["done"]
    assert summary(tmp_path / "out")["interrupted"] is True


def _extract(*args: str) -> list[str]:
    """The installed console script, as a user runs it."""
    return [str(Path(sys.executable).with_name("extract")), "run", *args]


def test_kill_9_mid_batch_then_resume_equals_an_uninterrupted_run(tmp_path) -> None:
    inputs_dir = tmp_path / "in"
    inputs = corpus(inputs_dir, 150)
    reference = tmp_path / "reference"
    subprocess.run(_extract("--offline", str(inputs_dir), "-o", f"{reference}/"), check=True, capture_output=True)
    out = tmp_path / "out"
    process = subprocess.Popen(_extract("--offline", str(inputs_dir), "-o", f"{out}/"), stderr=subprocess.DEVNULL)
    deadline = time.time() + 60
    while time.time() < deadline and len(list(out.glob("r*.json"))) < 30:
        time.sleep(0.01)
    process.kill()
    process.wait()
    written = len(list(out.glob("r*.json")))
    assert 0 < written < len(inputs), "the kill must land mid-batch"
    for path in out.glob("r*.json"):
        json.loads(path.read_text(encoding="utf-8"))  # every file there is whole
    rerun = subprocess.run(_extract("--offline", str(inputs_dir), "-o", f"{out}/"), capture_output=True, text=True)
    assert rerun.returncode == 0, rerun.stderr
    assert f"{len(inputs) - written} extracted, {written} up to date" in rerun.stderr
    assert not list(out.glob(".*.tmp"))
    for path in inputs:
        name = path.stem + ".json"
        assert without_timings(out / name) == without_timings(reference / name), name


@pytest.mark.skipif(os.name != "posix", reason="signals")
def test_ctrl_c_stops_cleanly_and_a_second_one_quits(tmp_path) -> None:
    inputs_dir = tmp_path / "in"
    corpus(inputs_dir, 400)
    out = tmp_path / "out"
    process = subprocess.Popen(_extract("--offline", str(inputs_dir), "-o", f"{out}/"), stderr=subprocess.PIPE, text=True)
    started = process.stderr.readline()
    assert started.startswith("[1/400]")
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130, stderr
    assert "stopping after the files in progress" in stderr and "Traceback" not in stderr
    assert summary(out)["interrupted"] is True
    assert len(list(out.glob("r*.json"))) < 400
    for path in out.glob("r*.json"):
        json.loads(path.read_text(encoding="utf-8"))
    slow_dir = tmp_path / "slow"  # files that take about a second each keep one in flight for the second Ctrl-C
    slow_dir.mkdir()
    big = "".join(p.read_text(encoding="utf-8") for p in SEEDS) * 20
    for i in range(4):
        (slow_dir / f"big{i}.txt").write_text(f"第{i}份\n" + big, encoding="utf-8")
    out = tmp_path / "slow-out"
    again = subprocess.Popen(_extract("--offline", str(slow_dir), "-o", f"{out}/"), stderr=subprocess.PIPE, text=True)
    lines = [again.stderr.readline()]  # the batch is running once it reports its first file
    again.send_signal(signal.SIGINT)
    lines.append(again.stderr.readline())
    while "stopping after" not in lines[-1]:
        lines.append(again.stderr.readline())
    again.send_signal(signal.SIGINT)
    rest = again.stderr.read()
    again.wait(timeout=60)
    assert again.returncode == 130
    assert "quitting now" in rest
    for path in out.glob("r*.json"):
        json.loads(path.read_text(encoding="utf-8"))


def test_parallel_workers_write_the_same_outputs(tmp_path) -> None:
    inputs = corpus(tmp_path / "in", 12)
    serial = run_batch(inputs, tmp_path / "serial", OFFLINE, jobs=1)
    parallel = run_batch(inputs, tmp_path / "parallel", OFFLINE, jobs=2)
    assert [f.status for f in parallel.files] == ["done"] * 12
    assert [f.input for f in parallel.files] == [f.input for f in serial.files]
    for path in inputs:
        name = path.stem + ".json"
        assert without_timings(tmp_path / "parallel" / name) == without_timings(tmp_path / "serial" / name)


def test_a_batch_never_replaces_a_file_it_did_not_write(tmp_path) -> None:
    inputs = corpus(tmp_path / "in", 3)
    out = tmp_path / "out"
    run_batch(inputs, out, OFFLINE)
    edited = out / "r0001.json"
    edited.write_text(edited.read_text(encoding="utf-8").replace('"indicators"', '"indicators" ', 1), encoding="utf-8")
    hand_edit = edited.read_bytes()
    stranger = out / "r0002.json"
    stranger.write_text("my own notes\n", encoding="utf-8")
    inputs[0].write_text("一、工作回顾\n新增企业12家。\n", encoding="utf-8")  # changed: ours, so redone
    second = run_batch(inputs, out, OFFLINE)
    assert [f.status for f in second.files] == ["done", "failed", "failed"]
    assert all("not written by extract" in (f.reason or "") for f in second.files[1:])
    assert edited.read_bytes() == hand_edit and stranger.read_text(encoding="utf-8") == "my own notes\n"
    third = run_batch(inputs, out, OFFLINE, overwrite=True)
    assert [f.status for f in third.files] == ["skipped", "done", "done"]
    assert [f.status for f in run_batch(inputs, out, OFFLINE).files] == ["skipped"] * 3  # now ours again


def test_a_summary_the_tool_did_not_write_is_refused(tmp_path) -> None:
    from extract.errors import OutputError

    out = tmp_path / "out"
    out.mkdir()
    (out / SUMMARY_NAME).write_text("not ours", encoding="utf-8")
    with pytest.raises(OutputError, match="not written by extract"):
        run_batch(corpus(tmp_path / "in", 1), out, OFFLINE)
    assert (out / SUMMARY_NAME).read_text(encoding="utf-8") == "not ours"


def test_settings_without_effect_offline_do_not_redo_a_batch(tmp_path) -> None:
    inputs = corpus(tmp_path / "in", 2)
    out = tmp_path / "out"
    run_batch(inputs, out, OFFLINE)
    again = run_batch(inputs, out, Settings.resolve({"offline": True, "chunk_chars": 900}))
    assert [f.status for f in again.files] == ["skipped", "skipped"]


def test_an_output_folder_inside_or_equal_to_the_input_folder_is_never_read_as_input(tmp_path) -> None:
    inputs = corpus(tmp_path / "in", 2)
    for outdir in (tmp_path / "in" / "out", tmp_path / "in"):
        for _ in range(2):  # twice: the second run must skip, not read its own outputs
            result = subprocess.run(_extract("--offline", str(tmp_path / "in"), "-o", f"{outdir}/"), capture_output=True, text=True)
            assert result.returncode == 0, result.stderr
        assert {p.name for p in outdir.glob("*.json")} >= {f"{p.stem}.json" for p in inputs}
