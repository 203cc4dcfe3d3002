"""LLM-path figures: calls per report, prompt tokens per source character, median completion tokens per
call, re-ask rate, cache hit rate, recorded wall time per seed, and the wall-time ratio of concurrent to
sequential calls.

    python benchmarks/llm.py                         # replay the recorded seeds (no server needed)
    python benchmarks/llm.py --base-url URL [--model NAME] [--chunks 6]   # + live concurrency ratio

Replay figures come from the cassettes (real traffic of the recorded model). The
live part sends the first N chunks of a seed to the endpoint twice, with
concurrency 1 and with concurrency 2, cache off, and prints the median wall
times of --repeat runs and their ratio.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from extract import Settings, aparse_report  # noqa: E402
from extract.llm import extract_chunks  # noqa: E402
from recording import CASES, make_vcr, manifest  # noqa: E402


def replay_figures() -> None:
    recorded = manifest()
    cache = Path(tempfile.mkdtemp())
    base = {**recorded["settings"], "base_url": recorded["base_url"], "model": recorded["model"], "cache_dir": str(cache)}
    totals = {"reports": 0, "chars": 0, "calls": 0, "reasks": 0, "chunks": 0, "prompt_tokens": 0}
    completions: list[int] = []
    calls: list[int] = []
    for case in CASES:
        if not case.name.startswith("seed_"):
            continue
        with make_vcr("none").use_cassette(f"{case.name}.yaml") as cassette:
            report = asyncio.run(aparse_report(case.text, Settings.resolve(base)))
            completions += [json.loads(r["body"]["string"])["usage"]["completion_tokens"] for r in cassette.responses]
        again = asyncio.run(aparse_report(case.text, Settings.resolve(base)))  # same cache dir: should be all hits
        llm = report.stats.llm
        totals["reports"] += 1
        totals["chars"] += len(case.text)
        totals["chunks"] += report.stats.chunks
        calls.append(llm.get("calls", 0))
        for key in ("calls", "reasks", "prompt_tokens"):
            totals[key] += llm.get(key, 0)
        wall = recorded.get("wall_seconds", {}).get(case.name)
        print(f"{case.name}: {len(case.text)} chars, {report.stats.chunks} chunks, {llm.get('calls', 0)} calls, "
              f"{llm.get('reasks', 0)} re-asks, {llm.get('dropped_verdicts', 0)} verdicts dropped, "
              f"{llm.get('changed_readings', 0)} readings changed, {llm.get('failed_chunks', 0)} chunks failed; "
              f"recorded wall {wall} s at concurrency {recorded['settings']['concurrency']}; "
              f"re-run: {again.stats.llm.get('cache_hits', 0)}/{again.stats.chunks} cache hits, {again.stats.llm.get('calls', 0)} calls")
    walls = [w for name, w in recorded.get("wall_seconds", {}).items() if name.startswith("seed_")]
    print(f"calls per report: mean {statistics.mean(calls):.1f}, max {max(calls)}")
    print(f"prompt tokens per source character: {totals['prompt_tokens'] / totals['chars']:.2f}")
    print(f"completion tokens per call: median {statistics.median(completions):.0f}, mean {statistics.mean(completions):.0f}")
    print(f"re-ask rate: {totals['reasks'] / totals['chunks']:.2f} re-asks per chunk ({totals['reasks']}/{totals['chunks']})")
    if walls:
        print(f"wall per seed report (recorded, {recorded.get('machine', '?')}): median {statistics.median(walls):.0f} s, max {max(walls):.0f} s")
    print(f"trust measured on the seeds' gold for this model: {recorded.get('trust', '?')}")


def live_ratio(base_url: str, model: str, n_chunks: int, repeat: int) -> None:
    from extract.candidates import build_candidates
    from extract.pipeline import _prepare, read_source

    text = next(c.text for c in CASES if c.name == "seed_000")
    decoded, name = read_source(text)
    prepared = _prepare(decoded, name, Settings.resolve({"offline": True, "chunk_chars": 1200}), {})
    chunks = build_candidates(prepared.view, prepared.chunks, prepared.rules)[1 : 1 + n_chunks]
    times: dict[int, list[float]] = {1: [], 2: []}
    for _ in range(repeat):
        for concurrency in (1, 2):
            settings = Settings.resolve({"base_url": base_url, "model": model, "concurrency": concurrency, "use_cache": False,
                                         "max_reasks": 0, "max_tokens": 256, "timeout_s": 600, "cache_dir": tempfile.mkdtemp()})
            began = time.perf_counter()
            asyncio.run(extract_chunks(text, chunks, prepared.rules, settings))
            times[concurrency].append(time.perf_counter() - began)
    sequential, concurrent = statistics.median(times[1]), statistics.median(times[2])
    print(f"live, {len(chunks)} chunks: sequential median {sequential:.1f} s, concurrency 2 median {concurrent:.1f} s, "
          f"ratio concurrent/sequential {concurrent / sequential:.2f} ({repeat} runs each)")


def main() -> None:
    logging.getLogger("instructor").setLevel(logging.CRITICAL)  # every exchange is in the exchange store already
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base-url", help="live endpoint for the concurrency ratio")
    parser.add_argument("--model", default="qwen2.5-coder-0.5b-instruct-q4_k_m")
    parser.add_argument("--chunks", type=int, default=6)
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    replay_figures()
    if args.base_url:
        live_ratio(args.base_url, args.model, args.chunks, args.repeat)


if __name__ == "__main__":
    main()
