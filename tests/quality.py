"""Score reports with the project's copy of shared/eval/score.py, exactly as the judge computes it."""

from __future__ import annotations

import json
from pathlib import Path

from extract import scoring as score
from helpers import GOLD, ROOT


def score_reports(reports: dict[str, str], tmp_path: Path) -> dict:
    """`reports` maps a seed name (000_….txt) to its WorkReport JSON; returns score.py's summary."""
    pred = tmp_path / "pred"
    pred.mkdir(parents=True, exist_ok=True)
    for name, payload in reports.items():
        (pred / (Path(name).stem + ".json")).write_text(payload, encoding="utf-8")
    gold = tmp_path / "gold"
    gold.mkdir(parents=True, exist_ok=True)
    for name in reports:  # score only the documents given
        (gold / (Path(name).stem + ".json")).write_bytes((GOLD / (Path(name).stem + ".json")).read_bytes())
    return score.main(str(gold), str(pred), str(ROOT / "seeds"), as_json=True)


def load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))
