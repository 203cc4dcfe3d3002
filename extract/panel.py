"""`extract table`: many saved WorkReports as one panel an analyst can query and look at.

One row per indicator, with the report's body, type, periods and source file beside it, in csv (UTF-8 with
BOM), xlsx, parquet (pyarrow) or a SQLite file (sqlite-utils) whose tables — reports, indicators,
achievements, plans, problems — have keys and indexes, so ``sqlite3 panel.sqlite "select …"`` answers
"规上工业增加值增速 by zone and year" directly. ``-o index.html`` is a self-contained page: the reports
listed with links to their evidence pages, and per canonical metric a small inline-SVG chart across reports.
"""

from __future__ import annotations

import csv
import html
import io
import json
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from extract.schemas import WorkReport

from .batch import SUMMARY_NAME
from .errors import InputError, OutputError
from .output import write_atomic

__all__ = ["PANEL_FORMATS", "SavedReport", "load_reports", "write_panel"]

PANEL_FORMATS = ("csv", "xlsx", "parquet", "sqlite", "html")
_REPORT_COLUMNS = ("report_id", "file", "body", "type", "period_reviewed", "period_planned", "title", "date")
_INDICATOR_COLUMNS = (
    "metric", "name", "value", "unit", "value_std", "unit_std", "yoy_pct", "target_completion_pct", "kind", "period",
    "quote", "start", "end", "page",
)


@dataclass(frozen=True)
class SavedReport:
    path: Path
    report: WorkReport

    @property
    def row(self) -> dict[str, Any]:
        d = self.report.document
        return {
            "report_id": self.path.stem, "file": self.report.source.name, "body": d.body.value if d.body else None,
            "type": d.type, "period_reviewed": d.period_reviewed.value if d.period_reviewed else None,
            "period_planned": d.period_planned.value if d.period_planned else None,
            "title": d.title.value if d.title else None, "date": d.date.value if d.date else None,
        }


def load_reports(paths: list[Path]) -> list[SavedReport]:
    """WorkReport JSON files, given or found in folders (run-summary.json and other JSON left out)."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(p for p in sorted(path.glob("*.json")) if p.name != SUMMARY_NAME)
        elif path.is_file():
            files.append(path)
        else:
            raise InputError(f"{path}: no such file or folder")
    reports = []
    for path in files:
        try:
            reports.append(SavedReport(path, WorkReport.model_validate_json(path.read_bytes())))
        except ValueError:
            continue  # not a WorkReport: another tool's JSON in the folder
    if not reports:
        raise InputError(f"no WorkReport JSON files in {', '.join(map(str, paths))} (as `extract run -o DIR/` writes)")
    ids = [r.path.stem for r in reports]
    if len(set(ids)) != len(ids):
        raise InputError("two reports share a file name; give folders whose reports have distinct names")
    return reports


def _indicator_rows(reports: list[SavedReport]) -> list[dict[str, Any]]:
    rows = []
    for saved in reports:
        for ind in saved.report.indicators:
            rows.append(saved.row | {
                "metric": ind.metric, "name": ind.name, "value": ind.value, "unit": ind.unit, "value_std": ind.value_std,
                "unit_std": ind.unit_std, "yoy_pct": ind.yoy_pct, "target_completion_pct": ind.target_completion_pct,
                "kind": ind.kind, "period": ind.period, "quote": ind.evidence.quote, "start": ind.evidence.start,
                "end": ind.evidence.end, "page": ind.evidence.page,
            })
    return rows


def write_panel(reports: list[SavedReport], out: Path, overwrite: bool) -> None:
    fmt = out.suffix.lower().lstrip(".")
    if fmt not in PANEL_FORMATS:
        raise InputError(f"{out}: the panel is written as .{', .'.join(PANEL_FORMATS)}; name the file so")
    if out.exists() and not overwrite:
        raise OutputError(f"{out}: already exists; pass --overwrite to replace it")
    rows = _indicator_rows(reports)
    columns = (*_REPORT_COLUMNS, *_INDICATOR_COLUMNS)
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
        write_atomic(out, "\ufeff" + buffer.getvalue(), overwrite=True)
    elif fmt == "xlsx":
        write_atomic(out, _xlsx(rows, columns), overwrite=True)
    elif fmt == "parquet":
        write_atomic(out, _parquet(rows, columns), overwrite=True)
    elif fmt == "sqlite":
        _sqlite(reports, rows, out)
    else:
        write_atomic(out, _page(reports, out.parent), overwrite=True)


def _xlsx(rows: list[dict[str, Any]], columns: tuple[str, ...]) -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "indicators"
    sheet.append(list(columns))
    for row in rows:
        sheet.append([row[c] for c in columns])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _parquet(rows: list[dict[str, Any]], columns: tuple[str, ...]) -> bytes:
    import pyarrow as pa
    import pyarrow.parquet as pq

    numeric = {"value", "value_std", "yoy_pct", "target_completion_pct"}
    integer = {"start", "end", "page"}
    schema = pa.schema([(c, pa.float64() if c in numeric else pa.int64() if c in integer else pa.string()) for c in columns])
    table = pa.Table.from_pylist([{c: row[c] for c in columns} for row in rows], schema=schema)
    buffer = io.BytesIO()
    pq.write_table(table, buffer)
    return buffer.getvalue()


def _sqlite(reports: list[SavedReport], rows: list[dict[str, Any]], out: Path) -> None:
    """A real database file, built beside the target and renamed into place: never half a database."""
    import sqlite_utils

    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(dir=out.parent, prefix=f".{out.name}.", suffix=".tmp", delete=False) as handle:
        scratch = Path(handle.name)
    try:
        db = sqlite_utils.Database(scratch, recreate=True)
        db.table("reports").insert_all([r.row | {"chars": r.report.source.chars, "format": r.report.source.format} for r in reports], pk="report_id")
        indicator_columns = ("report_id", *_INDICATOR_COLUMNS)
        db.table("indicators").insert_all(
            [{c: row[c] for c in indicator_columns} for row in rows], pk="id", foreign_keys=[("report_id", "reports")],
            columns={"value": float, "value_std": float, "yoy_pct": float, "target_completion_pct": float},
        )
        for section in ("achievements", "plans", "problems"):
            records = [
                {"report_id": r.path.stem, "text": s.text, "category": s.category, "quote": s.evidence.quote,
                 "start": s.evidence.start, "end": s.evidence.end, "page": s.evidence.page}
                for r in reports for s in getattr(r.report, section)
            ]
            db.table(section).insert_all(records, pk="id", foreign_keys=[("report_id", "reports")])
            if db.table(section).exists():
                db.table(section).create_index(["report_id"], if_not_exists=True)
        if db.table("indicators").exists():
            db.table("indicators").create_index(["report_id"], if_not_exists=True)
            db.table("indicators").create_index(["metric"], if_not_exists=True)
        db.close()
        scratch.replace(out)
    except BaseException:
        scratch.unlink(missing_ok=True)
        raise


_CHART_WIDTH, _BAR_HEIGHT = 420, 18


def _page(reports: list[SavedReport], beside: Path) -> str:
    """The batch page: reports with links to their evidence pages, then one bar chart per canonical metric."""
    listing = []
    for saved in reports:
        row = saved.row
        evidence = saved.path.with_suffix(".html")
        link = f'<a href="{html.escape(evidence.name)}">evidence</a>' if evidence.exists() else ""
        counts = " / ".join(str(len(getattr(saved.report, k))) for k in ("indicators", "achievements", "plans", "problems"))
        listing.append(
            f"<tr><td>{html.escape(row['report_id'])}</td><td>{html.escape(row['body'] or '')}</td>"
            f"<td>{html.escape(row['period_reviewed'] or '')}</td><td>{html.escape(row['type'])}</td><td>{counts}</td><td>{link}</td></tr>"
        )
    charts = []
    for metric, points in _metric_points(reports).items():
        top = max(abs(v) for _, v, _ in points) or 1.0
        bars = []
        for i, (label, value, unit) in enumerate(points):
            width = max(1, round(abs(value) / top * (_CHART_WIDTH - 160)))
            y = i * (_BAR_HEIGHT + 4)
            bars.append(
                f'<g class="bar" data-report="{html.escape(label)}" data-value="{value:g}">'
                f'<text x="0" y="{y + 13}" font-size="11">{html.escape(label[:18])}</text>'
                f'<rect x="150" y="{y}" width="{width}" height="{_BAR_HEIGHT}" fill="#4a78b5"></rect>'
                f'<text x="{154 + width}" y="{y + 13}" font-size="11">{html.escape(_readable(value, unit))}</text></g>'
            )
        height = len(points) * (_BAR_HEIGHT + 4)
        charts.append(
            f'<section class="metric" data-metric="{html.escape(metric)}"><h3>{html.escape(metric)}</h3>'
            f'<svg width="{_CHART_WIDTH + 120}" height="{height}" role="img">{"".join(bars)}</svg></section>'
        )
    return (
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>extract: panel</title><style>"
        "body{font-family:'Noto Sans CJK SC',sans-serif;margin:1.5em}table{border-collapse:collapse}"
        "td,th{border:1px solid #ccc;padding:.2em .6em}section.metric{display:inline-block;vertical-align:top;margin:1em}"
        "</style></head><body><h1>Reports</h1><table id=\"reports\"><thead><tr><th>report</th><th>body</th><th>reviewed</th>"
        "<th>type</th><th>indicators / achievements / plans / problems</th><th></th></tr></thead><tbody>"
        + "".join(listing) + "</tbody></table><h2>Canonical metrics across reports</h2>" + "".join(charts) + "</body></html>\n"
    )


def _metric_points(reports: list[SavedReport]) -> dict[str, list[tuple[str, float, str]]]:
    """Per metric and standard unit (元 and 美元 are not one scale), each report's first actual figure;
    a report that gives none is left out."""
    from .metrics import taxonomy

    labels = {m.key: m.label for m in taxonomy()[0].values()}
    points: dict[str, list[tuple[str, float, str]]] = {}
    for saved in reports:
        seen: set[tuple[str, str]] = set()
        for ind in saved.report.indicators:
            if not (ind.metric and ind.kind == "actual" and ind.value_std is not None):
                continue
            unit = ind.unit_std or ""
            if (ind.metric, unit) in seen:
                continue
            seen.add((ind.metric, unit))
            title = f"{labels.get(ind.metric, ind.metric)} ({ind.metric}, {unit or '—'})"
            points.setdefault(title, []).append((saved.row["body"] or saved.path.stem, ind.value_std, unit))
    return dict(sorted(points.items()))


def _readable(value: float, unit: str) -> str:
    """1.25e9 元 -> 12.5亿元; 30000 人 -> 3万人."""
    for size, word in ((1e8, "亿"), (1e4, "万")):
        if abs(value) >= size and unit not in ("%", "个百分点"):
            return f"{value / size:.4g}{word}{unit}"
    return f"{value:g}{unit}"


def to_json_rows(reports: list[SavedReport]) -> str:
    """The panel's rows as JSON lines (for a quick look without a file)."""
    return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in _indicator_rows(reports))
