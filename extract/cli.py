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

from .errors import ConfigError, ExtractError, InputError
from .render import BINARY_FORMATS, FORMATS, Format, render
from .settings import Settings

if TYPE_CHECKING:
    from rich.console import Console

    from .batch import FileResult

app = typer.Typer(
    help="Turn Chinese government work reports into structured, source-grounded data.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,  # plain click help: flags show no value placeholders such as <bool>
)

STDIN = "-"


def _version(value: bool) -> None:
    if value:
        from . import __version__

        typer.echo(f"extract {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="print the version and exit")
    ] = False,
) -> None:
    """Extract indicators, achievements, plans and problems with their evidence."""


@app.command()
def run(
    files: Annotated[
        list[Path],
        typer.Argument(
            help="reports (.txt in UTF-8, GB18030 or UTF-16; .html, .docx, .pdf), folders of them, or - for stdin",
            show_default=False, metavar="FILE...",
        ),
    ],
    output: Annotated[
        Optional[str],  # a str, not a Path: Path("out/") drops the slash that says "a folder"
        typer.Option(
            "--output", "-o", metavar="PATH",
            help="output file; an existing folder or a path ending in / is a folder: one <stem>.json per report (default: stdout)",
        ),
    ] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", metavar="FORMAT", help=f"output format: {', '.join(FORMATS)} (xlsx needs -o)")] = "json",
    offline: Annotated[bool, typer.Option("--offline", help="rules only; never call a model")] = False,
    base_url: Annotated[Optional[str], typer.Option(metavar="URL", help="OpenAI-compatible endpoint (env: OPENAI_BASE_URL)")] = None,
    model: Annotated[Optional[str], typer.Option(metavar="NAME", help="model name (env: OPENAI_MODEL)")] = None,
    mode: Annotated[Optional[str], typer.Option(metavar="MODE", help="instructor mode: tools, json_schema, json, md_json")] = None,
    concurrency: Annotated[Optional[int], typer.Option(metavar="N", help="model calls in flight at once")] = None,
    chunk_chars: Annotated[Optional[int], typer.Option(metavar="N", help="largest chunk for the model, in characters")] = None,
    max_reasks: Annotated[Optional[int], typer.Option(metavar="N", help="re-asks after invalid model output, per chunk")] = None,
    timeout: Annotated[Optional[float], typer.Option(metavar="SECONDS", help="seconds before one model call times out")] = None,
    max_tokens: Annotated[Optional[int], typer.Option(metavar="N", help="completion token budget per call")] = None,
    trust: Annotated[
        Optional[str],
        typer.Option(metavar="FIELDS", help="which fields the model decides, e.g. 'name,kind' or 'all' or 'none' (env: EXTRACT_TRUST)"),
    ] = None,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="ignore cached model responses")] = False,
    overwrite: Annotated[bool, typer.Option("--overwrite", help="replace output files that already exist")] = False,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, max=64, metavar="N", help="files processed at once in a batch")] = 1,
    emit_text: Annotated[
        Optional[Path],
        typer.Option(metavar="PATH", help="also write the text the offsets index (a web page's, Word file's or PDF's) to PATH"),
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="print nothing on stderr but errors")] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="log every model exchange on stderr")] = False,
) -> None:
    """Extract every FILE (or every .txt under a folder) as a WorkReport: JSON, or jsonl, csv, xlsx, md, html.

    With -o OUTDIR/ (an existing folder, or a path ending in /) it runs as a batch: one OUTDIR/<stem>.json
    per input, up-to-date outputs skipped, a bad file reported without stopping the rest, and
    OUTDIR/run-summary.json listing every input. Without -o, or with -o FILE, all reports go to one
    output (a JSON array, one table, one jsonl stream). Ctrl-C lets running files finish; a second quits.
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
                "trust": trust,
            }
        )
        _configure_logging(verbose)
        if not quiet:
            _say_backend(settings, offline)
        target = Path(output) if output is not None else None
        if target is not None and (output.endswith(("/", os.sep)) or target.is_dir()):  # type: ignore[union-attr]
            if STDIN in map(str, files):
                raise InputError("stdin (-) cannot go into a batch folder; give -o FILE or no -o")
            failures = _run_batch(files, target, chosen, settings, jobs, overwrite, quiet)
        else:
            failures = _run_files(files, target, chosen, settings, overwrite, quiet, emit_text)
    except ExtractError as exc:
        typer.echo(f"extract: error: {exc}", err=True)
        raise typer.Exit(exc.exit_code) from None
    if failures:
        for _, error in failures:
            typer.echo(f"extract: failed: {error}", err=True)
        raise typer.Exit(max(error.exit_code for _, error in failures))


def _configure_logging(verbose: bool) -> None:
    """Every model exchange is in the exchange store; -v also prints each on stderr. instructor's own logs are noise."""
    logging.getLogger("instructor").setLevel(logging.CRITICAL)
    if verbose:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("extract: exchange %(message)s"))
        log = logging.getLogger("extract.exchanges")
        log.addHandler(handler)
        log.setLevel(logging.INFO)


def _say_backend(settings: Settings, offline: bool) -> None:
    """Say which endpoint and model a run pays for: an OPENAI_API_KEY exported for other tools switches it on."""
    if settings.llm_configured:
        endpoint = settings.base_url or "https://api.openai.com/v1"
        typer.echo(f"extract: model {settings.model} at {endpoint} (trust: {settings.trust}); --offline for rules only", err=True)
    elif not offline:
        typer.echo("extract: no model configured (OPENAI_BASE_URL / OPENAI_API_KEY); running offline, rules only", err=True)


def _run_files(
    files: list[Path], output: Path | None, fmt: Format, settings: Settings, overwrite: bool, quiet: bool,
    emit_text: Path | None = None,
) -> list[tuple[str, ExtractError]]:
    """Extract each input (folders expanded, - read from stdin) into one output; a failing file does not stop the others."""
    from .batch import expand_inputs
    from .output import write_atomic
    from .pipeline import parse_report_and_text

    if fmt in BINARY_FORMATS and output is None:
        raise InputError(f"{fmt} is a binary format; give -o FILE.{fmt}")
    inputs = _expand(files, expand_inputs)
    if emit_text is not None and len(inputs) != 1:
        raise InputError("--emit-text writes one report's text; give one file (a batch with -o DIR/ writes <stem>.txt itself)")
    protected = frozenset(Path(f).resolve() for f in inputs if f != STDIN)
    reports, texts, failures = [], [], []
    for item in inputs:
        source: Path | bytes = sys.stdin.buffer.read() if item == STDIN else Path(item)
        name = "<stdin>" if item == STDIN else None
        try:
            report, text = parse_report_and_text(source, settings, name=name)
        except ExtractError as exc:
            failures.append((item, exc))
            continue
        reports.append(report)
        texts.append(text)
        if emit_text is not None:
            try:
                write_atomic(emit_text, text, overwrite=overwrite, protected=protected)
            except ExtractError as exc:
                failures.append((item, exc))
    _warn_partial(reports, quiet)
    if reports:
        rendered = render(reports, fmt, texts if fmt == "html" else [])
        if output is None:
            typer.echo(rendered, nl=False)
        else:
            write_atomic(output, rendered, overwrite=overwrite, protected=protected)
    return failures


def _expand(files: list[Path], expand_inputs: Callable[[list[Path]], list[Path]]) -> list[str]:
    """Folders become their .txt files (refused when they hold none); - stays stdin."""
    inputs: list[str] = []
    for f in files:
        if str(f) == STDIN:
            inputs.append(STDIN)
        elif f.is_dir():
            found = expand_inputs([f])
            if not found:
                raise InputError(f"no .txt files found in {f}")
            inputs.extend(map(str, found))
        else:
            inputs.append(str(f))
    return inputs


def _warn_partial(reports: list, quiet: bool) -> None:
    """A run where some model calls failed is said out loud, not only marked in the JSON."""
    for report in reports:
        failed = report.stats.llm.get("failed_chunks", 0)
        if failed and not quiet:
            typer.echo(
                f"extract: warning: {report.source.name}: {failed} of {report.stats.chunks} chunks failed at the model;"
                " the rules filled them (stats.partial is true)",
                err=True,
            )


def _run_batch(
    files: list[Path], output: Path, fmt: Format, settings: Settings, jobs: int, overwrite: bool, quiet: bool
) -> list[tuple[str, ExtractError]]:
    """A resumable batch into a folder, with progress on stderr and a clean first Ctrl-C."""
    from .batch import SUMMARY_NAME, expand_inputs, run_batch

    inputs = expand_inputs(files, exclude=output)
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
        with _progress(len(inputs), quiet) as report_result:
            result = run_batch(
                inputs, output, settings, jobs=jobs, stop=stop, on_result=report_result, overwrite=overwrite, fmt=fmt
            )
    finally:
        signal.signal(signal.SIGINT, previous)
    done = sum(1 for f in result.files if f.status == "done")
    skipped = sum(1 for f in result.files if f.status == "skipped")
    if not quiet:
        typer.echo(
            f"extract: {done} extracted, {skipped} up to date, {len(result.failed)} failed; summary in {output / SUMMARY_NAME}",
            err=True,
        )
    if result.interrupted:
        raise typer.Exit(130)
    return [(f.input, _BatchFailure(f.reason or "failed", f.exit_code)) for f in result.failed]


class _BatchFailure(ExtractError):
    def __init__(self, message: str, exit_code: int) -> None:
        super().__init__(message)
        self.exit_code = exit_code


@contextmanager
def _progress(total: int, quiet: bool) -> Iterator[Callable[[FileResult], None]]:
    """A rich progress bar on a terminal; one plain line per file otherwise (logs, CI, pipes); nothing with -q."""
    if quiet:
        yield lambda result: None
        return
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
    pred: Annotated[Optional[Path], typer.Option(metavar="DIR", help="score these WorkReport .json files instead of extracting now")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="print only the JSON result")] = False,
    offline: Annotated[bool, typer.Option("--offline", help="rules only; never call a model")] = False,
    base_url: Annotated[Optional[str], typer.Option(metavar="URL", help="score this endpoint next to the rules (env: OPENAI_BASE_URL)")] = None,
    model: Annotated[Optional[str], typer.Option(metavar="NAME", help="model name (env: OPENAI_MODEL)")] = None,
    mode: Annotated[Optional[str], typer.Option(metavar="MODE", help="instructor mode: tools, json_schema, json, md_json")] = None,
    concurrency: Annotated[Optional[int], typer.Option(metavar="N", help="model calls in flight at once")] = None,
    chunk_chars: Annotated[Optional[int], typer.Option(metavar="N", help="largest chunk for the model, in characters")] = None,
) -> None:
    """Precision, recall and F1 per section, field accuracies and ungrounded records (the project's scorer, extract/scoring.py).

    With a model configured it scores the endpoint next to the rules, measures per field whether the model's
    verdict beats the rules, and prints the EXTRACT_TRUST setting under which the model never makes it worse.
    """
    from .evaluate import compare, evaluate

    try:
        settings = Settings.resolve(
            {"offline": offline or None, "base_url": base_url, "model": model, "mode": mode, "concurrency": concurrency,
             "chunk_chars": chunk_chars}
        )
        if settings.llm_configured and pred is None:
            _configure_logging(False)
            comparison = compare(gold_dir, docs_dir, settings)
        else:
            result = evaluate(gold_dir, docs_dir, pred, settings)
    except ExtractError as exc:
        typer.echo(f"extract: error: {exc}", err=True)
        raise typer.Exit(exc.exit_code) from None
    if settings.llm_configured and pred is None:
        _print_comparison(comparison, as_json)
        return
    if as_json:
        typer.echo(json.dumps(result, ensure_ascii=False, indent=1))
        return
    _print_scores(result)


def _print_scores(result: dict) -> None:
    from rich.table import Table

    sections = [k for k in ("indicators", "achievements", "plans", "problems") if k in result["summary"]]
    table = Table(title="extract eval", show_lines=False)
    table.add_column("document")
    for section in sections:
        table.add_column(f"{section} P/R/F1")
    for row in result["docs"]:
        table.add_row(row["doc"], *(" / ".join(f"{x:.3f}" for x in row[k]) if k in row else "" for k in sections))
    summary = result["summary"]
    table.add_row("all", *(" / ".join(f"{x:.3f}" for x in summary[k]) for k in sections), style="bold")
    console = _console()
    console.print(table)
    fields = ", ".join(f"{k} {v:.3f}" for k, v in summary["indicator_fields_given_match"].items())
    console.print(f"indicator fields agreeing, given a match: {fields}")
    console.print(f"ungrounded records: {summary['ungrounded']} of {summary['predicted_records']}")


def _print_comparison(comparison: dict, as_json: bool) -> None:
    if as_json:
        typer.echo(json.dumps(comparison, ensure_ascii=False, indent=1))
        return
    from rich.table import Table

    table = Table(title="rules vs model, each field trusted alone")
    for column in ("field", "rules", "model", "decides"):
        table.add_column(column)
    chosen = set(comparison["recommended_trust"].split(","))
    for field, scores in comparison["fields"].items():
        table.add_row(field, f"{scores['rules']:.3f}", f"{scores['model']:.3f}", "model" if field in chosen else "rules")
    console = _console()
    console.print(table)
    whole = comparison["with_recommended_trust"]
    sections = [k for k in ("indicators", "achievements", "plans", "problems") if k in whole]
    console.print("with that trust, F1: " + ", ".join(f"{k} {whole[k][2]:.3f} (rules {comparison['offline'][k][2]:.3f})" for k in sections))
    console.print("trusted on everything, F1: " + ", ".join(f"{k} {comparison['model'][k][2]:.3f}" for k in sections))
    typer.echo(f"export EXTRACT_TRUST={comparison['recommended_trust']}")


def _console() -> Console:
    from rich.console import Console

    return Console(width=None if sys.stdout.isatty() else 10_000)  # piped: whole names, never cut


@app.command()
def table(
    sources: Annotated[list[Path], typer.Argument(help="folders of WorkReport .json files (extract run -o DIR/), or files", show_default=False, metavar="DIR...")],
    output: Annotated[Optional[Path], typer.Option("--output", "-o", metavar="PATH", help="panel.csv, .xlsx, .parquet, .sqlite or index.html (default: JSON lines on stdout)")] = None,
    overwrite: Annotated[bool, typer.Option("--overwrite", help="replace the output file if it exists")] = False,
) -> None:
    """One panel across saved reports: a row per indicator with the report's body, type, periods and file."""
    from .panel import load_reports, to_json_rows, write_panel

    try:
        reports = load_reports(sources)
        if output is None:
            typer.echo(to_json_rows(reports), nl=False)
        else:
            write_panel(reports, output, overwrite)
    except ExtractError as exc:
        typer.echo(f"extract: error: {exc}", err=True)
        raise typer.Exit(exc.exit_code) from None


@app.command()
def serve(
    host: Annotated[str, typer.Option(metavar="HOST", help="address to bind; anything but loopback needs EXTRACT_API_TOKEN")] = "127.0.0.1",
    port: Annotated[int, typer.Option(metavar="PORT", min=0, max=65535, help="port to listen on")] = 8000,
    data_dir: Annotated[Optional[Path], typer.Option(metavar="DIR", help="where jobs live (env: EXTRACT_DATA_DIR)")] = None,
    offline: Annotated[bool, typer.Option("--offline", help="rules only; never call a model")] = False,
) -> None:
    """Serve the extraction API over HTTP (POST /v1/extract, /v1/jobs; /healthz, /metrics, /docs)."""
    try:
        settings = Settings.resolve({"offline": offline or None, "data_dir": data_dir})
        from .serve import LOOPBACK_HOSTS, create_app

        if settings.api_token is None and host not in LOOPBACK_HOSTS:
            raise ConfigError(f"refusing to serve on {host} without EXTRACT_API_TOKEN; set it, or bind 127.0.0.1")
        import uvicorn

        _configure_logging(False)
        _say_backend(settings, offline)
        application = create_app(settings)
    except ExtractError as exc:
        typer.echo(f"extract: error: {exc}", err=True)
        raise typer.Exit(exc.exit_code) from None
    uvicorn.run(application, host=host, port=port, log_level="warning")


@app.command()
def schema() -> None:
    """Print the JSON Schema of a WorkReport (the published contract, also in schemas/workreport.schema.json)."""
    from extract.schemas import workreport_json_schema

    typer.echo(workreport_json_schema(), nl=False)


@app.command()
def show(
    report_file: Annotated[Path, typer.Argument(help="a WorkReport .json written by `extract run`", show_default=False)],
) -> None:
    """Show a saved report in the terminal: indicators, achievements, plans and problems as tables."""
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
    console = _console()
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
    for title, records in (("achievements", report.achievements), ("plans", report.plans), ("problems", report.problems)):
        table = Table(title=f"{len(records)} {title}")
        table.add_column("text")
        table.add_column("at")
        for record in records:
            table.add_row(record.text, str(record.evidence.start))
        console.print(table)


def _fmt(value: float | None) -> str:
    return "" if value is None else f"{value:g}"
