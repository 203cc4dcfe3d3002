"""`extract eval` and `extract show`: the same figures as the shared scorer, and readable reports."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from extract.cli import app
from helpers import GOLD, ROOT, SEEDS

runner = CliRunner()
SHARED_SCORER = ROOT.parent / "shared" / "eval" / "score.py"


def test_eval_json_equals_the_shared_scorer_on_the_same_predictions(tmp_path) -> None:
    pred = tmp_path / "pred"
    result = runner.invoke(app, ["run", "--offline", *map(str, SEEDS), "-o", f"{pred}/"])
    assert result.exit_code == 0, result.output
    ours = runner.invoke(app, ["eval", str(GOLD), str(ROOT / "seeds"), "--pred", str(pred), "--json"])
    assert ours.exit_code == 0
    ours_json = json.loads(ours.stdout)
    if SHARED_SCORER.exists():
        shared = subprocess.run([sys.executable, str(SHARED_SCORER), str(GOLD), str(pred), str(ROOT / "seeds"), "--json"], capture_output=True, text=True, check=True)
        assert ours_json == json.loads(shared.stdout)
    assert ours_json["summary"]["ungrounded"] == 0
    assert ours_json["summary"]["indicators"][2] >= 0.96


def test_eval_without_predictions_extracts_now_and_prints_a_table() -> None:
    result = runner.invoke(app, ["eval", str(GOLD), str(ROOT / "seeds"), "--offline"])
    assert result.exit_code == 0, result.output
    assert "indicators P/R/F1" in result.stdout and "ungrounded records: 0" in result.stdout


@pytest.mark.parametrize(("args", "says"), [(["eval", "/nonexistent", "."], "no gold"), (["show", "README.md"], "not a WorkReport")])
def test_bad_arguments_get_one_line(args, says) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code == 2 and says in result.stderr and "Traceback" not in result.output


def test_show_renders_a_saved_report(tmp_path, seed_path) -> None:
    out = tmp_path / "r.json"
    runner.invoke(app, ["run", "--offline", str(seed_path), "-o", str(out)])
    result = runner.invoke(app, ["show", str(out)])
    assert result.exit_code == 0
    assert re.search(r"\d+ indicators", result.stdout) and "61.05" in result.stdout and "亿元" in result.stdout and "plans" in result.stdout
