"""The `extract` command line: a thin wrapper over `parse_report`.

Only the project's own errors are caught: each prints one line on stderr and
exits with its family's code (2 input, 3 config, 4 model, 5 output, 1 other).
Anything else is a bug and keeps its traceback.
"""

from __future__ import annotations

import json
import logging
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional, cast

import typer

from .errors import ExtractError, InputError
from .render import BINARY_FORMATS, FORMATS, Format, render
from .settings import Settings

if TYPE_CHECKING:
    from .batch import BatchResult, FileResult

app = typer.Typer(
    help="Turn Chinese government work reports into structured, source-grounded data.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


@app.callback()
def main() -> None:
    """Extract indicators, plans, problems and achievements with their evidence."""


@app.command()
def run(
    files: Annotated[list[Path], typer.Argument(help="report files (.txt; UTF-8, GB18030 or UTF-16)", show_default=False)],
    output: Annotated[
        Optional[Path],
        typer.Option("--output", "-o", help="output file; a folder when several files are given (default: stdout)"),
    ] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help=f"output format: {', '.join(FORMATS)} (xlsx needs -o)")] = "json",
    offline: Annotated[bool, typer.Option("--offline", help="rules only; never call a model")] = False,
    base_url: Annotated[Optional[str], typer.Option(help="OpenAI-compatible endpoint (env: OPENAI_BASE_URL)")] = None,
    model: Annotated[Optional[str], typer.Option(help="model name (env: OPENAI_MODEL)")] = None,
    mode: Annotated[Optional[str], typer.Option(help="instructor mode: tools, json_schema, json, md_json")] = None,
    concurrency: Annotated[Optional[int], typer.Option(help="model calls in flight at once")] = None,
    chunk_chars: Annotated[Optional[int], typer.Option(help="largest chunk for the model, in characters")] = None,
    max_reasks: Annotated[Optional[int], typer.Option(help="re-asks after invalid model output, per chunk")] = None,
    timeout: Annotated[Optional[float], typer.Option(help="seconds before one model call times out")] = None,
    max_tokens: Annotated[Optional[int], typer.Option(help="completion token budget per call")] = None,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="ignore cached model responses")] = False,
    overwrite: Annotated[bool, typer.Option("--overwrite", help="replace output files that already exist")] = False,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, max=64, help="files processed at once in a batch")] = 1,
) -> None:
    """Extract every FILE (or every .txt under a folder) as a WorkReport: JSON, or jsonl, csv, xlsx, md, html.

    With a folder or several files and -o OUTDIR it runs as a batch: one OUTDIR/<stem>.json per input,
    up-to-date outputs skipped, a bad file reported without stopping the rest, and OUTDIR/run-summary.json
    listing every input. Ctrl-C lets running files finish; a second Ctrl-C quits at once.
    """
    try:
        if fmt not in FORMATS:
            raise InputError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
        chosen = cast(Format, fmt)
        settings = Settings.resolve(
            {
                "offline": offline or None, "base_url": base_url, "model": model, "mode": mode,
                "concurrency": concurrency, "chunk_chars": chunk_chars, "max_reasks": max_reasks,
                "timeout_s": timeout, "max_tokens": max_tokens, "use_cache": False if no_cache else None,
            }
        )
        # Every model exchange is in the exchange store; instructor's own error logging would only repeat it.
        logging.getLogger("instructor").setLevel(logging.CRITICAL)
        if not settings.llm_configured and not offline:
            typer.echo("extract: no model configured (OPENAI_BASE_URL / OPENAI_API_KEY); running offline, rules only", err=True)
        combined = fmt in ("csv", "xlsx", "jsonl", "md") and output is not None and not output.is_dir()
        if any(f.is_dir() for f in files) or (output is not None and len(files) > 1 and not combined):
            failures = _run_batch(files, output, chosen, settings, jobs)
        else:
            failures = _run_files(files, output, chosen, settings, overwrite)
    except ExtractError as exc:
        typer.echo(f"extract: error: {exc}", err=True)
        raise typer.Exit(exc.exit_code) from None
    if failures:
        for _, error in failures:
            typer.echo(f"extract: failed: {error}", err=True)
        raise typer.Exit(max(error.exit_code for _, error in failures))


def _run_files(files: list[Path], output: Path | None, fmt: Format, settings: Settings, overwrite: bool) -> list[tuple[str, ExtractError]]:
    """Extract each file into one output (stdout or a file); a failing file does not stop the others."""
    from .output import write_atomic
    from .pipeline import parse_report, read_source

    if fmt in BINARY_FORMATS and output is None:
        raise InputError(f"{fmt} is a binary format; give -o FILE.{fmt}")
    protected = frozenset(f.resolve() for f in files)
    reports, texts, failures = [], [], []
    for path in files:
        try:
            reports.append(parse_report(path, settings))
            if fmt == "html":
                texts.append(read_source(path)[0].text)
        except ExtractError as exc:
            failures.append((str(path), exc))
    if reports:
        text = render(reports, fmt, texts)
        if output is None:
            typer.echo(text, nl=False)
        else:
            write_atomic(output, text, overwrite=overwrite, protected=protected)
    return failures


def _run_batch(files: list[Path], output: Path | None, fmt: Format, settings: Settings, jobs: int) -> list[tuple[str, ExtractError]]:
    """A resumable batch into a folder, with progress on stderr and a clean first Ctrl-C."""
    from .batch import SUMMARY_NAME, expand_inputs, run_batch

    if output is None:
        raise InputError("a folder or several files with --output need -o OUTDIR: one JSON file per report goes there")
    if fmt not in ("json", "csv", "xlsx", "html"):
        raise InputError("a batch writes one JSON file per report, plus one combined table (-f csv, xlsx) or one page per report (-f html)")
    inputs = expand_inputs(files)
    if not inputs:
        raise InputError(f"no .txt files found in {', '.join(map(str, files))}")
    stop = threading.Event()
    interrupts = {"count": 0}

    def on_sigint(signum: int, frame: object) -> None:
        interrupts["count"] += 1
        if interrupts["count"] > 1:
            typer.echo("extract: interrupted again; quitting now (finished outputs are complete)", err=True)
            os._exit(130)
        stop.set()
        typer.echo("extract: stopping after the files in progress; Ctrl-C again to quit now", err=True)

    previous = signal.signal(signal.SIGINT, on_sigint)
    try:
        with _progress(len(inputs)) as report_result:
            result = run_batch(inputs, output, settings, jobs=jobs, stop=stop, on_result=report_result)
    finally:
        signal.signal(signal.SIGINT, previous)
    if fmt in ("csv", "xlsx"):
        _write_combined_table(result, output, fmt)
    if fmt == "html":
        _write_pages(result)
    done = sum(1 for f in result.files if f.status == "done")
    skipped = sum(1 for f in result.files if f.status == "skipped")
    typer.echo(f"extract: {done} extracted, {skipped} up to date, {len(result.failed)} failed; summary in {output / SUMMARY_NAME}", err=True)
    if result.interrupted:
        raise typer.Exit(130)
    return [(f.input, _BatchFailure(f.reason or "failed", f.exit_code)) for f in result.failed]


def _write_combined_table(result: BatchResult, outdir: Path, fmt: Format) -> None:
    """One indicators table for the whole batch, with a source column, next to the per-report JSON."""
    from extract.schemas import WorkReport

    from .output import write_atomic

    reports = [WorkReport.model_validate_json(Path(f.output).read_bytes()) for f in result.files if f.output]
    write_atomic(outdir / f"indicators.{fmt}", render(reports, fmt), overwrite=True)


def _write_pages(result: BatchResult) -> None:
    """One evidence page per report, next to its JSON (<stem>.html)."""
    from extract.schemas import WorkReport

    from .output import write_atomic
    from .pipeline import read_source

    for done in result.files:
        if done.output:
            report = WorkReport.model_validate_json(Path(done.output).read_bytes())
            text = read_source(Path(done.input))[0].text
            write_atomic(Path(done.output).with_suffix(".html"), render([report], "html", [text]), overwrite=True)


class _BatchFailure(ExtractError):
    def __init__(self, message: str, exit_code: int) -> None:
        super().__init__(message)
        self.exit_code = exit_code


@contextmanager
def _progress(total: int) -> Iterator[Callable[[FileResult], None]]:
    """A rich progress bar on a terminal; one plain line per file otherwise (logs, CI, pipes)."""
    if sys.stderr.isatty():
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

        columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), TimeRemainingColumn())
        with Progress(*columns, transient=False) as bar:
            task = bar.add_task("extracting", total=total)
            yield lambda result: bar.advance(task)
        return
    seen = {"n": 0}

    def line(result: FileResult) -> None:
        seen["n"] += 1
        detail = result.reason if result.status == "failed" else f"{result.counts.get('indicators', 0)} indicators"
        typer.echo(f"[{seen['n']}/{total}] {result.status}: {result.input} ({detail})", err=True)

    yield line


@app.command("eval")
def eval_command(
    gold_dir: Annotated[Path, typer.Argument(help="folder of gold annotation .json files (GOLD_SPEC.md)", show_default=False)],
    docs_dir: Annotated[Path, typer.Argument(help="folder holding the annotated report .txt files", show_default=False)],
    pred: Annotated[Optional[Path], typer.Option(help="score these WorkReport .json files instead of extracting now")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="print only the JSON result")] = False,
    offline: Annotated[bool, typer.Option("--offline", help="rules only; never call a model")] = False,
) -> None:
    """Precision, recall and F1 per section, field accuracies and ungrounded records, as shared/eval/score.py computes them."""
    from .evaluate import evaluate

    try:
        result = evaluate(gold_dir, docs_dir, pred, Settings.resolve({"offline": offline or None}))
    except ExtractError as exc:
        typer.echo(f"extract: error: {exc}", err=True)
        raise typer.Exit(exc.exit_code) from None
    if as_json:
        typer.echo(json.dumps(result, ensure_ascii=False, indent=1))
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title="extract eval", show_lines=False)
    for column in ("document", "indicators P/R/F1", "plans P/R/F1", "problems P/R/F1"):
        table.add_column(column)
    for row in result["docs"]:
        table.add_row(row["doc"], *(" / ".join(f"{x:.3f}" for x in row[k]) for k in ("indicators", "plans", "problems")))
    summary = result["summary"]
    table.add_row("all", *(" / ".join(f"{x:.3f}" for x in summary[k]) for k in ("indicators", "plans", "problems")), style="bold")
    console = Console()
    console.print(table)
    fields = ", ".join(f"{k} {v:.3f}" for k, v in summary["indicator_fields_given_match"].items())
    console.print(f"indicator fields agreeing, given a match: {fields}")
    console.print(f"ungrounded records: {summary['ungrounded']} of {summary['predicted_records']}")
    typer.echo(json.dumps(result, ensure_ascii=False))


@app.command()
def show(
    report_file: Annotated[Path, typer.Argument(help="a WorkReport .json written by `extract run`", show_default=False)],
) -> None:
    """Show a saved report in the terminal: indicators, plans and problems as tables."""
    from rich.console import Console
    from rich.table import Table

    from extract.schemas import WorkReport

    try:
        report = WorkReport.model_validate_json(report_file.read_bytes())
    except OSError as exc:
        typer.echo(f"extract: error: {report_file}: {exc.strerror}", err=True)
        raise typer.Exit(2) from None
    except ValueError as exc:
        typer.echo(f"extract: error: {report_file}: not a WorkReport JSON file ({str(exc).splitlines()[0]})", err=True)
        raise typer.Exit(2) from None
    console = Console()
    console.print(f"[bold]{report.source.name}[/] — {report.source.chars} chars, {report.source.encoding}, {report.stats.backend}"
                  + (" [red](partial)[/]" if report.stats.partial else ""))
    indicators = Table(title=f"{len(report.indicators)} indicators")
    for column in ("name", "value", "unit", "yoy %", "target %", "kind", "period", "at"):
        indicators.add_column(column)
    for ind in report.indicators:
        indicators.add_row(
            ind.name, _fmt(ind.value), ind.unit or "", _fmt(ind.yoy_pct), _fmt(ind.target_completion_pct),
            ind.kind, ind.period or "", f"{ind.evidence.start}",
        )
    console.print(indicators)
    for title, records in (("plans", report.plans), ("problems", report.problems)):
        table = Table(title=f"{len(records)} {title}")
        table.add_column("text")
        table.add_column("at")
        for record in records:
            table.add_row(record.text, str(record.evidence.start))
        console.print(table)


def _fmt(value: float | None) -> str:
    return "" if value is None else f"{value:g}"
