"""Offline batch throughput over generated copies of the seeds.

    python benchmarks/batch.py [--copies 300] [--repeat 3] [--jobs 1 2]

Each run extracts every copy into a fresh folder (no skipping) through the same
`run_batch` the CLI uses, with atomic writes and the run summary; prints the
median files/s and chars/s per --jobs value, and the time of a rerun that finds
everything up to date.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from extract import Settings
from extract.batch import run_batch

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    work = Path(tempfile.mkdtemp(prefix="extract-bench-"))
    inputs, chars = [], 0
    for i in range(args.copies):
        text = f"第{i}份报告\n" + seeds[i % len(seeds)].read_text(encoding="utf-8")
        path = work / "in" / f"r{i:04d}.txt"
        path.parent.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
        inputs.append(path)
        chars += len(text)
    settings = Settings.resolve({"offline": True})
    for jobs in args.jobs:
        times = []
        for run in range(args.repeat):
            out = work / f"out-{jobs}-{run}"
            began = time.perf_counter()
            result = run_batch(inputs, out, settings, jobs=jobs)
            times.append(time.perf_counter() - began)
            assert not result.failed
        median = statistics.median(times)
        print(f"jobs {jobs}: {args.copies} files, {chars:,} chars: median {median:.2f} s "
              f"({args.copies / median:.0f} files/s, {chars / median:,.0f} chars/s; {args.repeat} runs)")
    began = time.perf_counter()
    rerun = run_batch(inputs, work / f"out-{args.jobs[0]}-0", settings)
    print(f"rerun with every output up to date: {time.perf_counter() - began:.2f} s "
          f"({sum(f.status == 'skipped' for f in rerun.files)} skipped)")


if __name__ == "__main__":
    main()
