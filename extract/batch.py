"""Batch runs: many reports into one folder, safe to interrupt and to resume.

- Inputs are files and folders (every ``*.txt`` below a folder, any case, hidden files skipped).
- Each input gets ``OUTDIR/<stem>.json``, written to a temp file, fsynced, renamed:
  a run killed at any moment leaves the old file or the new one, never half of one.
  Stale temp files of an earlier killed run are removed when the next run starts.
- An input whose output already holds the same source hash and settings
  fingerprint is skipped, so a rerun picks up where the last one stopped.
- Only files the tool wrote may be replaced or skipped: ``run-summary.json`` keeps the
  sha256 of every file a run wrote, and a file in OUTDIR whose content is not what
  a run wrote (hand-edited, or someone else's) is refused unless ``overwrite``.
- ``fmt`` adds one combined file for the batch (indicators.csv / .xlsx, reports.jsonl,
  reports.md) or one evidence page per report (<stem>.html) next to its JSON.
- A file that fails is recorded with its reason and the batch goes on;
  ``OUTDIR/run-summary.json`` lists every input with status and counts.
- `stop` (set on the first Ctrl-C) lets running files finish and starts no new ones.
- `jobs` files at once: in worker processes offline (CPU-bound), in threads with a model (I/O-bound).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import signal
import threading
import time
from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_COMPLETED, Executor, Future, ProcessPoolExecutor, ThreadPoolExecutor, wait
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Literal

from .errors import ExtractError, InputError, OutputError
from .output import write_atomic
from .pipeline import parse_report_and_text, read_source
from .render import Format, render
from .settings import Settings

__all__ = ["COMBINED_NAMES", "BatchResult", "FileResult", "Ledger", "SUMMARY_NAME", "expand_inputs", "run_batch"]

SUMMARY_NAME = "run-summary.json"
# What a folder stands for: reports as text, web pages, Word files and PDFs (their content decides how they are read).
READABLE_SUFFIXES = frozenset({".txt", ".html", ".htm", ".docx", ".pdf"})
JOURNAL_NAME = ".extract-written.jsonl"
Status = Literal["done", "skipped", "failed"]


@dataclass(frozen=True)
class FileResult:
    input: str
    output: str | None
    status: Status
    reason: str | None = None
    exit_code: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    output_sha256: str | None = None
    text_sha256: str | None = None  # the <stem>.txt a web page, Word file or PDF was read as


@dataclass
class BatchResult:
    files: list[FileResult]
    interrupted: bool

    @property
    def failed(self) -> list[FileResult]:
        return [f for f in self.files if f.status == "failed"]


def expand_inputs(paths: Iterable[Path], exclude: Path | None = None) -> list[Path]:
    """Files as given; folders replaced by the reports below them (.txt, .html, .htm, .docx, .pdf, any case), in
    name order, leaving out what a batch into `exclude` wrote (its <stem>.txt texts and <stem>.html pages):
    the whole folder when it lies inside an input folder, the files its runs recorded when it is one."""
    skip = exclude.resolve() if exclude is not None else None
    ours = {(skip / name) for name in _recorded_names(skip)} if skip is not None else set()
    expanded: list[Path] = []
    for path in paths:
        if path.is_dir():
            root = path.resolve()
            expanded.extend(
                p
                for p in sorted(path.rglob("*"))
                if p.suffix.lower() in READABLE_SUFFIXES and p.is_file()
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
                and not (skip is not None and skip != root and skip in p.resolve().parents)
                and p.resolve() not in ours
            )
        else:
            expanded.append(path)
    return expanded


def _recorded_names(outdir: Path) -> set[str]:
    """Names of the files earlier runs wrote into `outdir`, whether or not its summary is ours."""
    return set(_read_ledger(outdir)[0])


def _read_ledger(outdir: Path) -> tuple[dict[str, str], bool]:
    """What runs recorded writing into `outdir` (name -> sha256), from its summary and journal, and whether a
    summary that exists there is one of ours (a summary we did not write must not be replaced)."""
    written: dict[str, str] = {}
    ours = True
    try:
        recorded = json.loads((outdir / SUMMARY_NAME).read_text(encoding="utf-8"))["written"]
        written = {str(k): str(v) for k, v in recorded.items()}
    except FileNotFoundError:
        pass
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        ours = False
    try:
        for line in (outdir / JOURNAL_NAME).read_text(encoding="utf-8").splitlines():
            with contextlib.suppress(ValueError, TypeError):
                name, digest = json.loads(line)
                written[str(name)] = str(digest)
    except OSError:
        pass
    return written, ours


def _append_journal(journal: Path, name: str, digest: str) -> None:
    """One line per file a run writes, appended (and fsynced) before the file takes its place."""
    with journal.open("a", encoding="utf-8") as handle:
        handle.write(json.dumps([name, digest], ensure_ascii=False) + "\n")
        handle.flush()
        os.fsync(handle.fileno())


class Ledger:
    """What runs wrote into OUTDIR (name -> sha256): the run summary's record, plus a journal appended
    after every write, so a batch killed before its summary still knows its own files when resumed."""

    def __init__(self, outdir: Path, overwrite: bool) -> None:
        self.outdir = outdir
        self.overwrite = overwrite
        self.journal = outdir / JOURNAL_NAME
        self.written, ours = _read_ledger(outdir)
        if not ours and not overwrite:
            summary = outdir / SUMMARY_NAME
            raise OutputError(f"{summary}: exists and was not written by extract; pass --overwrite or choose another folder")

    def record(self, name: str, digest: str) -> None:
        """Note a written file at once (one appended line, fsynced): it survives a kill -9 of the batch."""
        self.written[name] = digest
        _append_journal(self.journal, name, digest)

    def close(self) -> None:
        """The summary now holds everything the journal did."""
        self.journal.unlink(missing_ok=True)

    def owns(self, path: Path) -> bool:
        """True when `path` is absent or holds exactly what a run of this tool wrote there."""
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            return True
        except OSError:
            return False
        return self.written.get(path.name) == hashlib.sha256(data).hexdigest()

    def may_write(self, path: Path) -> bool:
        return self.overwrite or self.owns(path)

    def write(self, path: Path, content: str | bytes, protected: frozenset[Path] = frozenset()) -> None:
        if not self.may_write(path):
            raise OutputError(f"{path}: exists and was not written by extract; pass --overwrite to replace it")
        write_atomic(path, content, overwrite=True, protected=protected, before_replace=lambda d: self.record(path.name, d))


def run_batch(
    inputs: list[Path],
    outdir: Path,
    settings: Settings,
    *,
    jobs: int = 1,
    stop: threading.Event | None = None,
    on_result: Callable[[FileResult], None] = lambda result: None,
    overwrite: bool = False,
    fmt: Format = "json",
) -> BatchResult:
    """Extract every input into `outdir`; see the module docstring for the guarantees."""
    stop = stop or threading.Event()
    try:
        outdir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"{outdir}: cannot create the output folder ({exc.strerror})") from None
    if not outdir.is_dir():
        raise InputError(f"{outdir}: not a folder; give an output folder for several reports")
    _remove_stale_temp_files(outdir)
    ledger = Ledger(outdir, overwrite)
    fingerprint = settings.fingerprint()
    protected = frozenset(p.resolve() for p in inputs)
    planned, results = _plan(inputs, outdir)
    began = datetime.now(timezone.utc)
    interrupted = False
    with _pool(settings, jobs) as pool:
        pending: dict[Future[FileResult], Path] = {}
        queue = list(planned)
        while queue or pending:
            while queue and len(pending) < max(1, jobs) and not stop.is_set():
                source, target = queue.pop(0)
                text_target = target.with_suffix(".txt")  # where a web page's, Word file's or PDF's text goes
                owned = ledger.owns(target) and (source.suffix.lower() == ".txt" or ledger.owns(text_target))
                pending[pool.submit(_one, source, target, settings, fingerprint, protected, owned, overwrite, ledger.journal)] = source
            if stop.is_set() and queue:
                interrupted = True
                queue.clear()
            if not pending:
                break
            done, _ = wait(pending, timeout=0.2, return_when=FIRST_COMPLETED)
            for future in done:
                pending.pop(future)
                result = future.result()
                if result.status == "done" and result.output and result.output_sha256:  # the worker journaled them
                    ledger.written[Path(result.output).name] = result.output_sha256
                    if result.text_sha256:
                        ledger.written[Path(result.output).with_suffix(".txt").name] = result.text_sha256
                results.append(result)
                on_result(result)
    order = {str(p): i for i, p in enumerate(inputs)}
    results.sort(key=lambda r: order.get(r.input, len(order)))
    try:
        _write_extras(ledger, results, fmt)
    finally:
        _write_summary(ledger, results, fingerprint, began, interrupted)
    return BatchResult(files=results, interrupted=interrupted)


COMBINED_NAMES: dict[str, str] = {"csv": "indicators.csv", "xlsx": "indicators.xlsx", "jsonl": "reports.jsonl", "md": "reports.md"}


def _write_extras(ledger: Ledger, results: list[FileResult], fmt: Format) -> None:
    """The batch's combined table, or one evidence page per report next to its JSON."""
    from extract.schemas import WorkReport

    finished = [(Path(r.input), Path(r.output)) for r in results if r.output]
    if fmt in COMBINED_NAMES:
        reports = [WorkReport.model_validate_json(output.read_bytes()) for _, output in finished]
        ledger.write(ledger.outdir / COMBINED_NAMES[fmt], render(reports, fmt))
    elif fmt == "html":
        for source, output in finished:
            report = WorkReport.model_validate_json(output.read_bytes())
            emitted = output.with_suffix(".txt")  # a web page's, Word file's or PDF's text, extracted once already
            text = emitted.read_text(encoding="utf-8") if report.source.format != "text" else read_source(source)[0].text
            ledger.write(output.with_suffix(".html"), render([report], "html", [text]))


def _pool(settings: Settings, jobs: int) -> Executor:
    """Offline extraction is CPU-bound Python: processes use every core. Model calls wait on the network:
    threads are enough. Workers ignore Ctrl-C; the batch's own `stop` decides what finishes."""
    if jobs > 1 and not settings.llm_configured:
        return ProcessPoolExecutor(max_workers=jobs, initializer=_ignore_interrupts)
    return ThreadPoolExecutor(max_workers=max(1, jobs), thread_name_prefix="extract")


def _ignore_interrupts() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _plan(inputs: list[Path], outdir: Path) -> tuple[list[tuple[Path, Path]], list[FileResult]]:
    """Pair inputs with outputs; a second input with the same file stem fails instead of overwriting the first."""
    planned: list[tuple[Path, Path]] = []
    refused: list[FileResult] = []
    owners: dict[str, Path] = {}
    for path in inputs:
        name = path.stem + ".json"
        if name == SUMMARY_NAME:
            refused.append(FileResult(str(path), None, "failed", f"{path}: its output name is the run summary's; rename it", 2))
            continue
        if name in owners:
            refused.append(FileResult(str(path), None, "failed", f"{path}: its output {name} is already used by {owners[name]}; rename one", 2))
            continue
        owners[name] = path
        planned.append((path, outdir / name))
    return planned, refused


def _one(
    source: Path, target: Path, settings: Settings, fingerprint: str, protected: frozenset[Path], owned: bool, overwrite: bool,
    journal: Path,
) -> FileResult:
    """One input: skipped when its output (ours) is up to date, refused when the output is not ours."""
    began = time.perf_counter()
    try:
        data = source.read_bytes()
    except OSError as exc:
        return FileResult(str(source), None, "failed", f"{source}: {exc.strerror or exc}", 2)
    if not owned and not overwrite:
        reason = f"{target}: exists and was not written by extract; pass --overwrite to replace it"
        return FileResult(str(source), None, "failed", reason, OutputError.exit_code)
    if owned and _up_to_date(target, hashlib.sha256(data).hexdigest(), fingerprint):
        return FileResult(str(source), str(target), "skipped", "up to date", 0, _counts_of(target), 0.0, _sha256_of(target))

    def journaled(path: Path) -> Callable[[str], None]:
        return lambda digest: _append_journal(journal, path.name, digest)

    try:
        report, text = parse_report_and_text(source, settings)
        text_digest = None
        if report.source.format != "text":  # the text the offsets index, beside the JSON
            text_target = target.with_suffix(".txt")
            text_digest = write_atomic(text_target, text, overwrite=True, protected=protected, before_replace=journaled(text_target))
        digest = write_atomic(target, render([report], "json"), overwrite=True, protected=protected, before_replace=journaled(target))
    except ExtractError as exc:
        return FileResult(str(source), None, "failed", str(exc), exc.exit_code, seconds=time.perf_counter() - began)
    except Exception as exc:  # a bug: reported for this file, the batch goes on (the summary keeps its reason)
        reason = f"{source}: internal error ({type(exc).__name__}: {exc}); please report it"
        return FileResult(str(source), None, "failed", reason, 1, seconds=time.perf_counter() - began)
    counts = {k: len(getattr(report, k)) for k in ("indicators", "achievements", "plans", "problems")}
    status_reason = "partial: some chunks failed" if report.stats.partial else None
    return FileResult(
        str(source), str(target), "done", status_reason, 0, counts, round(time.perf_counter() - began, 3), digest, text_digest
    )


def _sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _up_to_date(target: Path, sha256: str, fingerprint: str) -> bool:
    try:
        saved = json.loads(target.read_text(encoding="utf-8"))
        return saved["source"]["sha256"] == sha256 and saved["stats"]["settings_fingerprint"] == fingerprint and not saved["stats"]["partial"]
    except (OSError, ValueError, KeyError, TypeError):
        return False


def _counts_of(target: Path) -> dict[str, int]:
    saved = json.loads(target.read_text(encoding="utf-8"))
    return {k: len(saved.get(k, [])) for k in ("indicators", "achievements", "plans", "problems")}


def _remove_stale_temp_files(outdir: Path) -> None:
    for stale in outdir.glob(".*.tmp"):
        stale.unlink(missing_ok=True)


def _write_summary(ledger: Ledger, results: list[FileResult], fingerprint: str, began: datetime, interrupted: bool) -> None:
    tally = {status: sum(1 for r in results if r.status == status) for status in ("done", "skipped", "failed")}
    summary = {
        "started": began.isoformat(timespec="seconds"),
        "finished": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "settings_fingerprint": fingerprint,
        "interrupted": interrupted,
        "counts": tally,
        "files": [asdict(r) for r in results],
        "written": dict(sorted(ledger.written.items())),
    }
    # The Ledger refused to start over a summary that is not ours, so this replaces only our own.
    write_atomic(ledger.outdir / SUMMARY_NAME, json.dumps(summary, ensure_ascii=False, indent=1) + "\n", overwrite=True)
    ledger.close()
