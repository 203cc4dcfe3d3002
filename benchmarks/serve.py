"""Load on `extract serve` over loopback: 200 seed reports from 20 concurrent clients, offline.

    python benchmarks/serve.py [--requests 200] [--clients 20]

Starts the real server (uvicorn in a subprocess on a free port), sends the seeds round-robin as
text/plain from a thread pool, and prints p50/p99 latency, throughput relative to in-process
`parse_report` on the same inputs, the error count, and the server's resident memory after the
first 20 requests and at the end.
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx2 as httpx

from extract import Settings, parse_report

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--clients", type=int, default=20)
    args = parser.parse_args()
    bodies = [p.read_bytes() for p in SEEDS]
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "EXTRACT_"))}
    server = subprocess.Popen(
        [str(Path(sys.executable).with_name("extract")), "serve", "--offline", "--port", str(port), "--data-dir", tempfile.mkdtemp()],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                httpx.get(f"{url}/healthz", timeout=1)
                break
            except httpx.HTTPError:
                time.sleep(0.1)
        client = httpx.Client(timeout=120, limits=httpx.Limits(max_connections=args.clients))

        def one(i: int) -> tuple[float, int]:
            began = time.perf_counter()
            status = client.post(f"{url}/v1/extract", content=bodies[i % len(bodies)], headers={"content-type": "text/plain"}).status_code
            return time.perf_counter() - began, status

        with ThreadPoolExecutor(args.clients) as pool:
            list(pool.map(one, range(20)))
            warm = rss_mb(server.pid)
            began = time.perf_counter()
            results = list(pool.map(one, range(args.requests)))
            wall = time.perf_counter() - began
        end = rss_mb(server.pid)
        latencies = sorted(r[0] for r in results)
        errors = sum(1 for _, status in results if status != 200)
        offline = Settings.resolve({"offline": True})
        began = time.perf_counter()
        for i in range(args.requests):
            parse_report(bodies[i % len(bodies)], offline)
        in_process = time.perf_counter() - began
        print(f"{args.requests} requests, {args.clients} clients: {args.requests / wall:.1f} req/s; "
              f"p50 {statistics.median(latencies) * 1000:.0f} ms, p99 {latencies[int(0.99 * (len(latencies) - 1))] * 1000:.0f} ms; "
              f"errors {errors}")
        print(f"throughput vs in-process parse_report (one thread): {in_process / wall:.2f}x ({args.requests / in_process:.1f} reports/s in process)")
        print(f"server memory: {warm:.0f} MB after 20 requests, {end:.0f} MB after {args.requests} more ({(end / warm - 1) * 100:+.1f}%)")
    finally:
        server.terminate()
        server.wait(timeout=30)


if __name__ == "__main__":
    main()
