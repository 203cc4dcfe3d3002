"""Quality on the development corpus (tests/corpus), offline and, with --base-url, with a model.

    python benchmarks/corpus.py                                  # the rules alone
    python benchmarks/corpus.py --base-url URL [--model NAME]    # + the endpoint, field by field (extract eval)

Prints P/R/F1 per section and field agreement, as `extract eval` computes them, plus the offline
throughput on the corpus (median of --repeat runs).
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from extract import Settings, parse_report
from extract.evaluate import compare, evaluate

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "corpus"


def show(title: str, summary: dict) -> None:
    sections = [k for k in ("indicators", "achievements", "plans", "problems") if k in summary]
    print(title)
    for section in sections:
        p, r, f = summary[section]
        print(f"  {section:<13} P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
    fields = ", ".join(f"{k} {v:.3f}" for k, v in summary["indicator_fields_given_match"].items())
    print(f"  fields given a match: {fields}; ungrounded {summary['ungrounded']} of {summary['predicted_records']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base-url")
    parser.add_argument("--model", default="perfect")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    offline = Settings.resolve({"offline": True})
    show(f"offline, {len(list(CORPUS.glob('*.json')))} passages", evaluate(CORPUS, CORPUS, None, offline)["summary"])
    texts = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
    times = []
    for _ in range(args.repeat):
        began = time.perf_counter()
        for text in texts:
            parse_report(text, offline)
        times.append(time.perf_counter() - began)
    chars = sum(map(len, texts))
    print(f"  offline throughput: {chars / statistics.median(times) / 1e3:.0f} k chars/s (median of {args.repeat})")
    if args.base_url:
        result = compare(CORPUS, CORPUS, Settings.resolve({"base_url": args.base_url, "model": args.model}))
        show("model trusted on everything", result["model"])
        show(f"with the measured trust ({result['recommended_trust']})", result["with_recommended_trust"])


if __name__ == "__main__":
    main()
