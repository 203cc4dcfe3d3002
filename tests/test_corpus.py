"""The development corpus (tests/corpus): hand-annotated passages the rules were not written from.

Its gold is checked like the shared gold (every quote exact, every number in its quote), and the
offline extractor is scored on it as a whole, with floors just under today's figures so that a change
that fits the seeds at the corpus's cost fails here.
"""

from __future__ import annotations

import json
import re
import runpy
from pathlib import Path

import pytest

from extract import Settings, parse_report
from extract.evaluate import evaluate
from extract.schemas import quote_shows_number
from helpers import ROOT

CORPUS = ROOT / "tests" / "corpus"
GOLD_FILES = sorted(CORPUS.glob("*.json"))


def test_the_corpus_is_large_and_varied_enough() -> None:
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in GOLD_FILES]
    assert len(golds) >= 30 and sum(len(g["indicators"]) for g in golds) >= 300
    assert sum(1 for g in golds if g.get("achievements")) >= 10
    assert len({g["source"]["genre"] for g in golds}) >= 5 and len({g["source"].get("province") for g in golds}) >= 6


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=lambda p: p.stem[:3])
def test_every_gold_record_is_grounded_in_its_passage(gold_path: Path) -> None:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    text = (CORPUS / gold["doc"]).read_text(encoding="utf-8")
    assert gold["source"]["where"]
    for section in ("indicators", "achievements", "plans", "problems"):
        for record in gold.get(section, []):
            assert record["quote"] in text, (section, record["quote"])
    for record in gold["indicators"]:
        for field in ("value", "yoy_pct", "target_completion_pct"):
            if record.get(field) is not None:
                assert quote_shows_number(re.sub(r"\s", "", record["quote"]), record[field]), (field, record)  # as check_gold reads it


def test_the_readmes_table_lists_every_passage_as_its_gold_counts_them() -> None:
    table = runpy.run_path(str(ROOT / "scripts" / "corpus_table.py"))
    readme = (CORPUS / "README.md").read_text(encoding="utf-8")
    start, end = table["table_in_readme"](readme)
    assert readme.splitlines()[start:end] == table["table"](CORPUS), "run python scripts/corpus_table.py --write"


def test_offline_scores_on_the_corpus_hold() -> None:
    summary = evaluate(CORPUS, CORPUS, None, Settings.resolve({"offline": True}))["summary"]
    assert summary["ungrounded"] == 0
    # a little under the corpus figures (1,019 passages: 0.970 / 0.773 / 0.794 / 0.829; on the 696 held before the held-out rounds
    # ca-cf they rose from 0.970 / 0.779 / 0.796 / 0.845 to 0.971 / 0.781 / 0.797 / 0.848: the 302 excerpts read blind since
    # brought achievements and problems down, cm1's 194 clause-by-clause problems most of all)
    floors = {"indicators": 0.96, "achievements": 0.77, "plans": 0.79, "problems": 0.82}
    for section, floor in floors.items():
        assert summary[section][2] >= floor, (section, summary[section])
    fields = summary["indicator_fields_given_match"]
    assert fields["kind"] >= 0.97 and fields["target_completion_pct"] >= 0.99 and fields["name"] >= 0.93
    assert fields["yoy_pct"] >= 0.98


def test_masked_figures_never_become_indicators() -> None:
    for path in sorted(CORPUS.glob("*.txt")):
        for indicator in parse_report(path, Settings.resolve({"offline": True})).indicators:
            quote = indicator.evidence.quote
            for number in (indicator.value, indicator.yoy_pct, indicator.target_completion_pct):
                if number is not None:
                    assert not any(f"{mask}{abs(number):g}" in quote for mask in ("x", "X", "×")), (path.name, quote)
