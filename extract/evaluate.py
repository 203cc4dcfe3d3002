"""`extract eval`: measure the extractor on annotated reports, exactly as the shared scorer does.

With a model configured, `compare` scores the endpoint next to the rules and measures,
field by field, whether trusting the model's verdict on that field alone beats the
rules (Settings.trust). Verdicts are cached, so every trust setting after the first
costs no model calls. The recommended trust is the set of fields that win; it is
checked once more as a whole and a field is given back to the rules while the whole
scores below the rules anywhere.
"""

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

__all__ = ["FIELD_MEASURES", "compare", "evaluate"]

# Which score says whether the model's verdict on a field helps: a section's F1, or a field's
# agreement given a matched indicator. `period` is not scored by the shared scorer.
FIELD_MEASURES: dict[str, tuple[str, str | None]] = {
    "indicators": ("indicators", None),
    "name": ("indicator_fields_given_match", "name"),
    "kind": ("indicator_fields_given_match", "kind"),
    "achievements": ("achievements", None),
    "plans": ("plans", None),
    "problems": ("problems", None),
}


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


def _measure(summary: dict, field: str) -> float:
    key, sub = FIELD_MEASURES[field]
    value = summary.get(key)
    if value is None:
        return 0.0
    return float(value[sub]) if sub else float(value[2])


def compare(gold_dir: Path, docs_dir: Path, settings: Settings) -> dict:
    """Rules alone, the model trusted on everything, and on each field alone; the trust that never loses."""
    offline = evaluate(gold_dir, docs_dir, None, settings.model_copy(update={"offline": True}))["summary"]
    model = evaluate(gold_dir, docs_dir, None, settings.model_copy(update={"trust": "all"}))["summary"]
    fields = {}
    for field in FIELD_MEASURES:
        alone = evaluate(gold_dir, docs_dir, None, settings.model_copy(update={"trust": field}))["summary"]
        fields[field] = {"rules": _measure(offline, field), "model": _measure(alone, field)}
    chosen = [f for f, m in fields.items() if m["model"] > m["rules"]]
    while True:
        trust = ",".join(chosen) or "none"
        combined = evaluate(gold_dir, docs_dir, None, settings.model_copy(update={"trust": trust}))["summary"]
        losing = [f for f in chosen if _measure(combined, f) < _measure(offline, f)]
        if not losing:
            break
        chosen.remove(min(losing, key=lambda f: fields[f]["model"] - fields[f]["rules"]))
    return {"offline": offline, "model": model, "fields": fields, "recommended_trust": trust, "with_recommended_trust": combined}
