"""`extract eval`: measure the extractor on annotated reports, exactly as the shared scorer does."""

from __future__ import annotations

import contextlib
import io
import json
import tempfile
from pathlib import Path

from . import scoring
from .errors import ExtractError, InputError
from .pipeline import parse_report
from .settings import Settings

__all__ = ["evaluate"]


def evaluate(gold_dir: Path, docs_dir: Path, pred_dir: Path | None, settings: Settings) -> dict:
    """Score predictions (given, or made now from DOCS_DIR) against GOLD_DIR; returns {"docs": [...], "summary": {...}}."""
    gold_files = sorted(gold_dir.glob("*.json"))
    if not gold_files:
        raise InputError(f"{gold_dir}: no gold .json files")
    for gold in gold_files:
        try:
            doc = json.loads(gold.read_text(encoding="utf-8"))["doc"]
        except (OSError, ValueError, KeyError) as exc:
            raise InputError(f"{gold}: not a gold annotation file ({exc})") from None
        if not (docs_dir / doc).is_file():
            raise InputError(f"{gold.name} annotates {doc}, which is not in {docs_dir}")
    if pred_dir is not None:
        stems = [json.loads(g.read_text(encoding="utf-8"))["doc"] for g in gold_files]
        if not any((pred_dir / (Path(doc).stem + ".json")).is_file() for doc in stems):
            raise InputError(f"{pred_dir}: no predictions found for any gold file (expected <name>.json, as `extract run -o DIR/` writes)")
    with tempfile.TemporaryDirectory(prefix="extract-eval-") as scratch:
        if pred_dir is None:
            pred_dir = Path(scratch)
            for gold in gold_files:
                doc = json.loads(gold.read_text(encoding="utf-8"))["doc"]
                try:
                    report = parse_report(docs_dir / doc, settings)
                except ExtractError:
                    continue  # scored as an empty prediction, as the scorer does for a missing one
                (pred_dir / (Path(doc).stem + ".json")).write_text(report.model_dump_json(), encoding="utf-8")
        printed = io.StringIO()
        with contextlib.redirect_stdout(printed):
            scoring.main(str(gold_dir), str(pred_dir), str(docs_dir), as_json=True)
    return json.loads(printed.getvalue())
