"""Offline throughput and CLI start-up time.

    python benchmarks/offline.py [--repeat 15]

Prints chars/s for in-process extraction of all seeds (median of repeated runs),
the per-stage median timings, and the median wall time of `extract --help` and of
`extract run --offline` on one seed, each in a fresh process.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from extract import Settings, parse_report

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    texts = [s.read_text(encoding="utf-8") for s in seeds]
    chars = sum(len(t) for t in texts)
    settings = Settings.resolve({"offline": True})
    parse_report(texts[0], settings)  # warm imports and regex caches
    runs, stages = [], {}
    for _ in range(args.repeat):
        began = time.perf_counter()
        for text in texts:
            report = parse_report(text, settings)
            for stage, ms in report.stats.timings_ms.items():
                stages.setdefault(stage, []).append(ms)
        runs.append(time.perf_counter() - began)
    median = statistics.median(runs)
    print(f"offline, {len(seeds)} seeds, {chars} chars: median {median * 1000:.1f} ms per pass "
          f"({chars / median:,.0f} chars/s; min {min(runs) * 1000:.1f} ms, max {max(runs) * 1000:.1f} ms; {args.repeat} runs)")
    print("per-stage median ms per report: " + ", ".join(f"{k} {statistics.median(v):.2f}" for k, v in stages.items()))
    exe = shutil.which("extract") or str(Path(sys.executable).with_name("extract"))
    for label, cmd in (("extract --help", [exe, "--help"]), ("extract run --offline (one seed)", [exe, "run", "--offline", str(seeds[0])])):
        times = []
        for _ in range(max(5, args.repeat // 3)):
            began = time.perf_counter()
            subprocess.run(cmd, check=True, capture_output=True)
            times.append(time.perf_counter() - began)
        print(f"{label}: median {statistics.median(times) * 1000:.0f} ms over {len(times)} runs")


if __name__ == "__main__":
    main()
