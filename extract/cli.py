"""The `extract` command line: a thin wrapper over `parse_report`.

Only the project's own errors are caught: each prints one line on stderr and
exits with its family's code (2 input, 3 config, 4 model, 5 output, 1 other).
Anything else is a bug and keeps its traceback.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Annotated, Optional

import typer

from .errors import ExtractError, InputError
from .render import FORMATS, render
from .settings import Settings

app = typer.Typer(
    help="Turn Chinese government work reports into structured, source-grounded data.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

_SUFFIX = {"json": ".json", "jsonl": ".jsonl", "csv": ".csv", "md": ".md"}


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
    fmt: Annotated[str, typer.Option("--format", "-f", help=f"output format: {', '.join(FORMATS)}")] = "json",
    offline: Annotated[bool, typer.Option("--offline", help="rules only; never call a model")] = False,
    base_url: Annotated[Optional[str], typer.Option(help="OpenAI-compatible endpoint [env: OPENAI_BASE_URL]")] = None,
    model: Annotated[Optional[str], typer.Option(help="model name [env: OPENAI_MODEL]")] = None,
    mode: Annotated[Optional[str], typer.Option(help="instructor mode: tools, json_schema, json, md_json")] = None,
    concurrency: Annotated[Optional[int], typer.Option(help="model calls in flight at once")] = None,
    chunk_chars: Annotated[Optional[int], typer.Option(help="largest chunk for the model, in characters")] = None,
    max_reasks: Annotated[Optional[int], typer.Option(help="re-asks after invalid model output, per chunk")] = None,
    timeout: Annotated[Optional[float], typer.Option(help="seconds before one model call times out")] = None,
    max_tokens: Annotated[Optional[int], typer.Option(help="completion token budget per call")] = None,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="ignore cached model responses")] = False,
    overwrite: Annotated[bool, typer.Option("--overwrite", help="replace output files that already exist")] = False,
) -> None:
    """Extract every FILE and write its WorkReport as JSON (or jsonl, csv, md)."""
    try:
        if fmt not in FORMATS:
            raise InputError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
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
        failures = _run_files(files, output, fmt, settings, overwrite)
    except ExtractError as exc:
        typer.echo(f"extract: error: {exc}", err=True)
        raise typer.Exit(exc.exit_code) from None
    if failures:
        for _, exc in failures:
            typer.echo(f"extract: failed: {exc}", err=True)
        raise typer.Exit(max(exc.exit_code for _, exc in failures))


def _run_files(files: list[Path], output: Path | None, fmt: str, settings: Settings, overwrite: bool) -> list[tuple[str, ExtractError]]:
    """Extract each file; a file that fails is reported at the end and does not stop the others."""
    from .output import write_atomic
    from .pipeline import parse_report

    if output is not None and len(files) > 1 and output.exists() and not output.is_dir():
        raise InputError(f"{output}: several inputs need an output folder, not a file")
    protected = frozenset(f.resolve() for f in files)
    reports, failures = [], []
    for path in files:
        try:
            report = parse_report(path, settings)
        except ExtractError as exc:
            failures.append((str(path), exc))
            continue
        if output is not None and len(files) > 1:
            write_atomic(output / (path.stem + _SUFFIX[fmt]), render([report], fmt), overwrite=overwrite, protected=protected)
        else:
            reports.append(report)
    if reports:
        text = render(reports, fmt)
        if output is None:
            typer.echo(text, nl=False)
        else:
            write_atomic(output, text, overwrite=overwrite, protected=protected)
    return failures
