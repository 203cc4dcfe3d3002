"""Real model traffic, replayed: cassettes recorded from Qwen2.5-Coder-0.5B on llama.cpp (scripts/record_cassettes.py).

Network is blocked and vcr runs in record mode "none": a request the recording
does not hold fails the test. `-m regression` selects the whole-report replays,
which are compared with golden snapshots and scored against the gold files.
"""

from __future__ import annotations

import asyncio
import contextlib
import io
import json
import os

import pytest

from extract import Settings, WorkReport, aparse_report, parse_report
from helpers import ROOT
from quality import score_reports
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


def test_heading_without_figures_invented_numbers_are_rejected() -> None:
    report = replay("heading_only")
    assert report.indicators == [] and report.plans == [] and report.problems == []
    assert report.stats.llm["dropped_records"] > 0
    assert any("not in the text" in w for w in report.stats.warnings)


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


@pytest.mark.regression
@pytest.mark.parametrize("name", [c.name for c in CASES if c.name.startswith("seed_")])
def test_recorded_seed_matches_its_snapshot_and_beats_the_rules(name: str, tmp_path) -> None:
    report = replay(name)
    grounded(report, CASE[name].text)
    snapshot = SNAPSHOTS / f"{name}.json"
    if os.environ.get("UPDATE_SNAPSHOTS"):
        snapshot.parent.mkdir(exist_ok=True)
        snapshot.write_text(json.dumps(_snapshot_view(report), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    assert _snapshot_view(report) == json.loads(snapshot.read_text(encoding="utf-8"))
    seed = name.removeprefix("seed_")
    doc = next(p.name for p in (ROOT / "seeds").glob(f"{seed}_*.txt"))
    with contextlib.redirect_stdout(io.StringIO()):
        hybrid = score_reports({doc: report.model_dump_json()}, tmp_path / "hybrid")
        offline = score_reports({doc: parse_report(CASE[name].text, Settings.resolve({"offline": True})).model_dump_json()}, tmp_path / "offline")
    assert hybrid["ungrounded"] == 0
    for section in ("indicators", "plans", "problems"):
        assert hybrid[section][2] >= offline[section][2], (section, hybrid[section], offline[section])


@pytest.mark.regression
def test_a_recorded_reask_fixes_an_invalid_answer(tmp_path) -> None:
    """In the seed_000 recording the model's first answer to some chunk failed validation and its re-ask passed."""
    import sqlite3

    report = replay("seed_000")
    store = Settings.resolve({}).cache_dir / "exchanges.sqlite3"
    rows = sqlite3.connect(store).execute("SELECT chunk_index, attempt, response IS NOT NULL, error FROM exchanges").fetchall()
    by_chunk: dict[int, list[tuple[int, bool, str | None]]] = {}
    for chunk, attempt, answered, error in rows:
        by_chunk.setdefault(chunk, []).append((attempt, answered, error))
    fixed = [
        chunk for chunk, events in by_chunk.items()
        if any(a == 1 and e and "ValidationError" in e for a, _, e in events)
        and any(a == 2 and answered for a, answered, _ in events)
        and not any(a == 2 and e for a, _, e in events)
    ]
    assert fixed, "no chunk whose re-ask fixed the answer"
    assert report.stats.llm["reasks"] >= len(fixed)
