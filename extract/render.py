"""Output formats for WorkReports: json, jsonl, csv and xlsx (indicators, one row each), md, html.

CSV is UTF-8 with a BOM so that Excel reads Chinese text; several reports give one
table with a source column. HTML is one page per report and needs the source text.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from typing import Literal

from extract.schemas import WorkReport

from .errors import OutputError

__all__ = ["FORMATS", "Format", "render"]

Format = Literal["json", "jsonl", "csv", "xlsx", "md", "html"]
FORMATS: tuple[str, ...] = ("json", "jsonl", "csv", "xlsx", "md", "html")
BINARY_FORMATS = frozenset({"xlsx"})

_CSV_COLUMNS = (
    "source", "name", "value", "value_max", "unit", "qualifier", "yoy_pct", "target_completion_pct",
    "kind", "period", "quote", "start", "end",
)


def render(reports: Sequence[WorkReport], fmt: Format, texts: Sequence[str] = ()) -> str | bytes:
    """Render one or more reports; json gives an object for one report and an array for several.

    html renders one report and needs its source text in `texts`; xlsx returns bytes.
    """
    if fmt == "html":
        from .html import render_html

        if len(reports) != 1 or len(texts) != 1:
            raise OutputError("html is one page per report: give one file, or -o DIR with a batch")
        return render_html(reports[0], texts[0])
    if fmt == "xlsx":
        return _xlsx(reports)
    if fmt == "json":
        if len(reports) == 1:
            return reports[0].model_dump_json(indent=2) + "\n"
        return "[\n" + ",\n".join(r.model_dump_json(indent=2) for r in reports) + "\n]\n"
    if fmt == "jsonl":
        return "".join(r.model_dump_json() + "\n" for r in reports)
    if fmt == "csv":
        return _csv(reports)
    return "\n".join(_markdown(r) for r in reports)


def _rows(reports: Sequence[WorkReport]) -> list[list]:
    """One row per indicator, typed (numbers stay numbers for xlsx)."""
    return [
        [
            report.source.name, ind.name, ind.value, ind.value_max, ind.unit or "", ind.qualifier or "", ind.yoy_pct,
            ind.target_completion_pct, ind.kind, ind.period or "", ind.evidence.quote, ind.evidence.start, ind.evidence.end,
        ]
        for report in reports
        for ind in report.indicators
    ]


def _csv(reports: Sequence[WorkReport]) -> str:
    buffer = io.StringIO()
    buffer.write("\ufeff")  # Excel needs the BOM to read UTF-8 Chinese text
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(_CSV_COLUMNS)
    for row in _rows(reports):
        writer.writerow(["" if cell is None else _num(cell) if isinstance(cell, float) else cell for cell in row])
    return buffer.getvalue()


def _xlsx(reports: Sequence[WorkReport]) -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "indicators"
    sheet.append(list(_CSV_COLUMNS))
    for row in _rows(reports):
        sheet.append(row)
    sheet.freeze_panes = "A2"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _num(value: float | None) -> str:
    return "" if value is None else f"{value:g}"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _markdown(report: WorkReport) -> str:
    lines = [f"# {report.source.name}", ""]
    lines.append(
        f"{len(report.indicators)} indicators, {len(report.plans)} plans, {len(report.problems)} problems, "
        f"{len(report.achievements)} achievements ({report.stats.backend})."
    )
    if report.stats.partial:
        lines.append("\n**Partial result:** some chunks failed; see stats.warnings.")
    lines += ["", "## Indicators", "", "| name | value | unit | yoy % | target % | kind | period | offsets |", "|---|---|---|---|---|---|---|---|"]
    for ind in report.indicators:
        lines.append(
            f"| {_cell(ind.name)} | {_num(ind.value)} | {ind.unit or ''} | {_num(ind.yoy_pct)} | "
            f"{_num(ind.target_completion_pct)} | {ind.kind} | {ind.period or ''} | {ind.evidence.start}-{ind.evidence.end} |"
        )
    for title, records in (("Plans", report.plans), ("Problems", report.problems)):
        lines += ["", f"## {title}", ""]
        lines += [f"- {_cell(r.text)} ({r.evidence.start}-{r.evidence.end})" for r in records] or ["- (none found)"]
    return "\n".join(lines) + "\n"
