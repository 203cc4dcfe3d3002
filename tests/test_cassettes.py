"""Real model traffic, replayed: cassettes recorded from Qwen2.5-Coder-0.5B on llama.cpp (scripts/record_cassettes.py).

Network is blocked and vcr runs in record mode "none": a request the recording
does not hold fails the test. `-m regression` selects the whole-report replays,
which are compared with golden snapshots and scored against the gold files.
"""

from __future__ import annotations

import asyncio
import json
import os

import pytest

import statistics

import yaml

from extract import Settings, WorkReport, aparse_report
from extract.evaluate import compare
from helpers import GOLD, ROOT
from recording import CASES, CASSETTES, make_vcr, manifest

SNAPSHOTS = ROOT / "tests" / "snapshots"
CASE = {c.name: c for c in CASES}


def replay(name: str) -> WorkReport:
    recorded = manifest()
    settings = Settings.resolve(
        {**recorded["settings"], "base_url": recorded["base_url"], "model": recorded["model"], "use_cache": False,
         "max_retries": 0}  # a request the cassette lacks fails at once instead of being retried
    )
    with make_vcr("none").use_cassette(f"{name}.yaml"):
        return asyncio.run(aparse_report(CASE[name].text, settings))


def grounded(report: WorkReport, text: str) -> None:
    WorkReport.model_validate_json(report.model_dump_json(), context={"source": text})


def test_every_case_has_a_cassette_without_secrets() -> None:
    for case in CASES:
        cassette = CASSETTES / f"{case.name}.yaml"
        assert cassette.exists(), case.name
        body = cassette.read_text(encoding="utf-8").lower()
        assert "authorization" not in body and "bearer" not in body and "sk-" not in body


def test_heading_without_figures_gets_no_figures() -> None:
    report = replay("heading_only")
    assert report.indicators == [] and report.plans == [] and report.problems == []
    assert report.stats.llm["calls"] >= 1
    grounded(report, CASE["heading_only"].text)


def test_prompt_injection_yields_only_grounded_records() -> None:
    report = replay("injection")
    grounded(report, CASE["injection"].text)
    assert report.stats.llm["calls"] >= 1


def test_masked_template_yields_no_numbers() -> None:
    report = replay("masked")
    assert report.indicators == []
    grounded(report, CASE["masked"].text)


def _snapshot_view(report: WorkReport) -> dict:
    data = json.loads(report.model_dump_json())
    data["stats"].pop("timings_ms")
    return data


SEED_NAMES = [c.name for c in CASES if c.name.startswith("seed_")]


@pytest.mark.regression
@pytest.mark.parametrize("name", SEED_NAMES)
def test_recorded_seed_matches_its_snapshot(name: str) -> None:
    report = replay(name)
    grounded(report, CASE[name].text)
    assert report.stats.llm.get("failed_chunks", 0) == 0
    snapshot = SNAPSHOTS / f"{name}.json"
    if os.environ.get("UPDATE_SNAPSHOTS"):
        snapshot.parent.mkdir(exist_ok=True)
        snapshot.write_text(json.dumps(_snapshot_view(report), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    assert _snapshot_view(report) == json.loads(snapshot.read_text(encoding="utf-8"))


@pytest.mark.regression
def test_with_the_measured_trust_the_recorded_model_never_scores_below_the_rules(tmp_path) -> None:
    """Every seed replayed into the exchange cache, then `extract eval`'s comparison run on the cache alone:
    the trust it measures is the manifest's, and under it no section or field scores below the rules."""
    recorded = manifest()
    settings = Settings.resolve(
        {**recorded["settings"], "base_url": recorded["base_url"], "model": recorded["model"], "cache_dir": str(tmp_path), "max_retries": 0}
    )
    for name in SEED_NAMES:
        with make_vcr("none").use_cassette(f"{name}.yaml"):
            asyncio.run(aparse_report(CASE[name].text, settings))
    result = compare(GOLD, ROOT / "seeds", settings)  # cache hits only: vcr is off and the network blocked
    assert result["recommended_trust"] == recorded["trust"]
    offline, hybrid = result["offline"], result["with_recommended_trust"]
    for section in ("indicators", "achievements", "plans", "problems"):
        assert hybrid[section][2] >= offline[section][2], section
    for field in ("name", "kind", "yoy_pct", "target_completion_pct"):
        assert hybrid["indicator_fields_given_match"][field] >= offline["indicator_fields_given_match"][field], field
    assert hybrid["ungrounded"] == 0


@pytest.mark.regression
def test_the_recorded_model_answers_by_id_within_the_budget() -> None:
    """The judge protocol's cost on the 0.5B model, from its real answers (see benchmarks/llm.py)."""
    completions, calls, prompt_tokens, chars = [], [], 0, 0
    for name in SEED_NAMES:
        cassette = yaml.safe_load((CASSETTES / f"{name}.yaml").read_text(encoding="utf-8"))
        usages = [json.loads(i["response"]["body"]["string"])["usage"] for i in cassette["interactions"]]
        completions += [u["completion_tokens"] for u in usages]
        prompt_tokens += sum(u["prompt_tokens"] for u in usages)
        calls.append(len(usages))
        chars += len(CASE[name].text)
    assert statistics.median(completions) <= 150
    assert prompt_tokens / chars <= 1.5
    assert max(calls) <= 25
