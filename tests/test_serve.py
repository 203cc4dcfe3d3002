"""`extract serve`: the real server (uvicorn in a subprocess on a free loopback port), driven over HTTP."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx2 as httpx
import pytest

from extract import Settings
from extract.batch import run_batch
from helpers import SEEDS

pytestmark = pytest.mark.loopback
EXTRACT = str(Path(sys.executable).with_name("extract"))


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Server:
    def __init__(self, data_dir: Path, **env: str) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        environ = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "EXTRACT_"))} | env
        self.process = subprocess.Popen(
            [EXTRACT, "serve", "--offline", "--port", str(self.port), "--data-dir", str(data_dir)],
            env=environ, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
        )
        deadline = time.time() + 60
        while time.time() < deadline:
            try:
                if httpx.get(f"{self.url}/healthz", timeout=2).status_code == 200:
                    return
            except httpx.HTTPError:
                time.sleep(0.1)
            if self.process.poll() is not None:
                raise RuntimeError(f"the server exited: {self.process.stderr.read() if self.process.stderr else ''}")
        raise RuntimeError("the server did not come up in 60 s")

    def stop(self, sig: int = signal.SIGTERM) -> None:
        self.process.send_signal(sig)
        self.process.wait(timeout=30)


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Server]:
    running = Server(tmp_path / "data")
    yield running
    running.stop()


def run_json(path: Path) -> dict:
    done = subprocess.run([EXTRACT, "run", "--offline", "-q", str(path)], capture_output=True, text=True, check=True)
    return without_timings(json.loads(done.stdout))


def without_timings(report: dict) -> dict:
    report["stats"].pop("timings_ms")
    return report


def is_problem(response: httpx.Response, status: int) -> dict:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    body = response.json()
    assert body["status"] == status and body["detail"] and "Traceback" not in response.text
    return body


def test_one_report_three_ways_is_what_extract_run_writes(server: Server) -> None:
    seed = SEEDS[3]
    expected = run_json(seed)
    raw = httpx.post(f"{server.url}/v1/extract", params={"name": seed.name}, content=seed.read_bytes(),
                     headers={"content-type": "text/plain"}, timeout=60)
    as_json = httpx.post(f"{server.url}/v1/extract", json={"text": seed.read_text(encoding="utf-8"), "name": seed.name}, timeout=60)
    upload = httpx.post(f"{server.url}/v1/extract", files={"file": (seed.name, seed.read_bytes(), "text/plain")}, timeout=60)
    for response in (raw, as_json, upload):
        assert response.status_code == 200, response.text
        assert without_timings(response.json()) == expected
    table = httpx.post(f"{server.url}/v1/extract", params={"format": "csv"}, content=seed.read_bytes(), timeout=60)
    assert table.headers["content-type"].startswith("text/csv") and table.text.startswith("\ufeffsource,name")


def test_bad_input_is_a_problem_with_the_right_status(tmp_path: Path) -> None:
    server = Server(tmp_path / "data", EXTRACT_MAX_UPLOAD_BYTES="4096")
    try:
        post = lambda body, **kw: httpx.post(f"{server.url}/v1/extract", content=body, timeout=30, **kw)  # noqa: E731
        assert "empty" in is_problem(post(b"   \n"), 400)["detail"]
        assert "damaged PDF" in is_problem(post(b"%PDF-1.4 binary"), 400)["detail"]
        assert "PNG" in is_problem(post(b"\x89PNG\r\n\x1a\n...."), 415)["detail"]
        is_problem(post(b"\x89PNG\r\n\x1a\n....", headers={"content-type": "image/png"}), 415)
        is_problem(post("一、工作回顾\n新增企业12家。\n".encode() * 400), 413)
        is_problem(post(b"x", params={"format": "xml"}), 422)
        is_problem(httpx.post(f"{server.url}/v1/extract", json={"txt": "no"}, timeout=30), 422)
        is_problem(httpx.get(f"{server.url}/v1/jobs/nope", timeout=30), 404)
    finally:
        server.stop()


def test_a_token_guards_every_route_but_healthz(tmp_path: Path) -> None:
    server = Server(tmp_path / "data", EXTRACT_API_TOKEN="s3cret")
    try:
        assert httpx.get(f"{server.url}/healthz").status_code == 200
        for path in ("/metrics", "/openapi.json"):
            assert httpx.get(f"{server.url}{path}").status_code == 401
        is_problem(httpx.post(f"{server.url}/v1/extract", content="完成投资10亿元。".encode()), 401)
        is_problem(httpx.post(f"{server.url}/v1/extract", content="完成投资10亿元。".encode(),
                              headers={"authorization": "Bearer wrong"}), 401)
        ok = httpx.post(f"{server.url}/v1/extract", content="完成投资10亿元。".encode(), headers={"authorization": "Bearer s3cret"})
        assert ok.status_code == 200 and ok.json()["indicators"][0]["value"] == 10
    finally:
        server.stop()


def test_without_a_token_only_loopback_is_served(tmp_path: Path) -> None:
    done = subprocess.run([EXTRACT, "serve", "--host", "0.0.0.0", "--data-dir", str(tmp_path)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 3 and "EXTRACT_API_TOKEN" in done.stderr and "Traceback" not in done.stderr


def test_a_full_queue_says_503_with_retry_after(tmp_path: Path) -> None:
    server = Server(tmp_path / "data", EXTRACT_MAX_CONCURRENT="1", EXTRACT_MAX_QUEUE="0")
    big = b"".join(seed.read_bytes() for seed in SEEDS) * 6
    try:
        with ThreadPoolExecutor(8) as pool:
            responses = list(pool.map(lambda _: httpx.post(f"{server.url}/v1/extract", content=big, timeout=120), range(8)))
        statuses = sorted(r.status_code for r in responses)
        assert 200 in statuses and 503 in statuses and set(statuses) <= {200, 503}
        assert all(r.headers.get("retry-after") == "1" for r in responses if r.status_code == 503)
        metrics = httpx.get(f"{server.url}/metrics").text
        assert 'extract_requests_total{route="/v1/extract",status="503"}' in metrics
    finally:
        server.stop()


def wait_for_job(url: str, job: str, seconds: float = 120) -> dict:
    deadline = time.time() + seconds
    while time.time() < deadline:
        status = httpx.get(f"{url}/v1/jobs/{job}", timeout=30).json()
        if status["status"] in ("done", "failed"):
            return status
        time.sleep(0.2)
    raise AssertionError(f"job {job} did not finish: {status}")


def test_a_job_runs_many_reports_and_serves_each(server: Server) -> None:
    files = [("files", (seed.name, seed.read_bytes(), "text/plain")) for seed in SEEDS[:3]]
    submitted = httpx.post(f"{server.url}/v1/jobs", files=files, timeout=60)
    assert submitted.status_code == 202
    status = wait_for_job(server.url, submitted.json()["id"])
    assert status["status"] == "done" and [f["status"] for f in status["files"]] == ["done"] * 3
    for seed in SEEDS[:3]:
        got = httpx.get(f"{server.url}/v1/jobs/{status['id']}/reports/{seed.stem}", timeout=30)
        assert without_timings(got.json()) == run_json(seed)


def test_a_server_killed_mid_job_finishes_it_when_restarted(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    for i in range(120):
        (inputs / f"r{i:03d}.txt").write_text(f"第{i}份报告\n" + SEEDS[i % len(SEEDS)].read_text(encoding="utf-8"), encoding="utf-8")
    reference = tmp_path / "reference"
    run_batch(sorted(inputs.iterdir()), reference, Settings.resolve({"offline": True}))
    data = tmp_path / "data"
    server = Server(data)
    files = [("files", (p.name, p.read_bytes(), "text/plain")) for p in sorted(inputs.iterdir())]
    job = httpx.post(f"{server.url}/v1/jobs", files=files, timeout=60).json()["id"]
    out = data / "jobs" / job / "out"
    deadline = time.time() + 60
    while time.time() < deadline and len(list(out.glob("r*.json"))) < 20:
        time.sleep(0.02)
    server.stop(signal.SIGKILL)
    written = len(list(out.glob("r*.json")))
    assert 0 < written < 120, "the kill must land mid-job"
    restarted = Server(data)
    try:
        status = wait_for_job(restarted.url, job)
    finally:
        restarted.stop()
    assert status["status"] == "done" and status["files_finished"] == 120
    summary = json.loads((out / "run-summary.json").read_text(encoding="utf-8"))
    assert summary["counts"]["done"] + summary["counts"]["skipped"] == 120 and summary["counts"]["skipped"] >= written
    for path in sorted(inputs.iterdir()):
        name = f"{path.stem}.json"
        assert without_timings(json.loads((out / name).read_text("utf-8"))) == without_timings(
            json.loads((reference / name).read_text("utf-8"))
        )
    assert not list(out.glob(".*.tmp"))


@pytest.mark.skipif(shutil.which("schemathesis") is None and not Path(sys.executable).with_name("schemathesis").exists(),
                    reason="schemathesis is not installed")
def test_the_openapi_schema_holds_under_generated_requests(server: Server, tmp_path: Path) -> None:
    done = subprocess.run(
        [str(Path(sys.executable).with_name("schemathesis")), "run", f"{server.url}/openapi.json",
         "--checks", "not_a_server_error", "--max-examples", "25", "--seed", "1"],
        capture_output=True, text=True, timeout=600, cwd=tmp_path,  # its cache stays out of the checkout
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]


def test_a_chunked_body_over_the_limit_and_a_foreign_host_are_refused(tmp_path: Path) -> None:
    server = Server(tmp_path / "data", EXTRACT_MAX_UPLOAD_BYTES="4096")
    try:
        def chunks():
            for _ in range(64):
                yield "一、工作回顾\n新增企业12家。\n".encode() * 10

        is_problem(httpx.post(f"{server.url}/v1/extract", content=chunks(), timeout=30), 413)
        files = {"files": ("big.txt", b"x" * 10_000, "text/plain")}
        is_problem(httpx.post(f"{server.url}/v1/jobs", files=files, timeout=30), 413)
        is_problem(httpx.post(f"{server.url}/v1/extract", content="完成投资10亿元。".encode(), headers={"host": "evil.example"}), 403)
        is_problem(httpx.post(f"{server.url}/v1/extract", content="完成投资10亿元。".encode(), headers={"origin": "https://evil.example"}), 403)
    finally:
        server.stop()


def test_a_client_that_goes_away_does_not_free_its_extractions_slot() -> None:
    """The gate in-process: the work (a thread in the server) keeps its slot after the request is cancelled."""
    import asyncio
    import threading

    from extract.serve import Problem, _Gate

    async def scenario() -> list[str]:
        gate = _Gate(running=1, waiting=0)
        release = threading.Event()

        async def slow() -> str:
            await asyncio.to_thread(release.wait, 10)
            return "done"

        async def quick() -> str:
            return "quick"

        first = asyncio.ensure_future(gate.run(slow))
        await asyncio.sleep(0.05)
        first.cancel()  # the client disconnects
        await asyncio.sleep(0.05)
        seen = []
        try:
            await gate.run(quick)
        except Problem as problem:
            seen.append(f"busy {problem.status}")
        release.set()
        for _ in range(100):
            await asyncio.sleep(0.02)
            if gate.inside == 0:
                break
        seen.append(await gate.run(quick))
        return seen

    assert asyncio.run(scenario()) == ["busy 503", "quick"]
