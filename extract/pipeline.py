"""The pipeline, top to bottom: decode → clean → sections → document → chunks → rules → (candidates → LLM → verdicts) → ground → merge.

Each stage is one module with typed inputs and outputs; data flows one way and
every offset indexes the decoded source text. `parse_report` and
`aparse_report` are the library's entry points; the CLI only wraps them.
"""

from __future__ import annotations

import asyncio
import bisect
import hashlib
import re
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from extract.schemas import RunStats, SourceInfo, WorkReport

from .chunks import Chunk, make_chunks
from .clean import clean
from .decode import Decoded, decode_bytes
from .formats import convert
from .document import DocumentFacts, is_plan_document, is_summary_document, read_document
from .errors import InputError
from .ground import ground_records
from .merge import merge_indicators, merge_statements
from .rules import RuleFindings, extract_rules
from .sections import Outline
from .sections import outline as build_outline
from .settings import Settings
from .chars import CJK

if TYPE_CHECKING:
    import httpx2

    from .llm import LLMRun
    from .verdicts import Decided

__all__ = ["aparse_report", "aparse_report_and_text", "parse_report", "parse_report_and_text", "read_source"]

# A str longer than this, or holding a line break, is report text, never a path.
_MAX_PATH_CHARS = 1024
_FILE_EXTENSION = re.compile(r"\.[A-Za-z][A-Za-z0-9]{0,4}$")


def _names_a_file(source: str) -> bool:
    """A short one-line str that exists as a file, or looks like a path (report.txt, a/b without Chinese), is a path."""
    if "\n" in source or len(source) > _MAX_PATH_CHARS or not source.strip():
        return False
    try:
        exists = Path(source).exists()
    except OSError:  # a name too long for the file system is no file name: report text on one line
        return False
    if exists or _FILE_EXTENSION.search(source):
        return True
    return bool(re.search(r"[/\\]", source)) and not CJK.search(source)  # 35微克/立方米 is text


def read_source(source: str | Path | bytes, name: str | None = None) -> tuple[Decoded, str]:
    """Decode a path, raw bytes or text; return it with the name to report it under."""
    if isinstance(source, bytes):
        return _decode_named(source, name or "<bytes>")
    if isinstance(source, str) and not _names_a_file(source):
        return _decode_named(source.encode("utf-8"), name or "<text>")
    path = Path(source)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory; give report files (.txt)") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    return _decode_named(data, name or path.name)


def _decode_named(data: bytes, name: str) -> tuple[Decoded, str]:
    """A web page, Word file or PDF becomes its text (formats.py); anything else is decoded as text."""
    try:
        converted = convert(data)
        if converted is None:
            return decode_bytes(data), name
        digest = hashlib.sha256(data).hexdigest()
        return Decoded(converted.text, "utf-8", digest, [], converted.format, converted.pages), name
    except InputError as exc:
        raise type(exc)(f"{name}: {exc}") from None


def parse_report(source: str | Path | bytes, settings: Settings | None = None, *, name: str | None = None) -> WorkReport:
    """Extract a WorkReport from a report given as text, raw bytes or a path.

    A one-line str is a path when it names an existing file or looks like one
    (has a slash, or ends in an extension such as .txt); otherwise it is the
    report text. Offline (no model configured) only
    the rules run; with a model, chunks go to it concurrently and its records are
    merged with the rules'. Raises `InputError` for input that cannot be read as
    a report and `LLMError` when the endpoint refuses every call (bad key, model).
    Inside a running event loop, use `aparse_report`. `name` is what
    `source.name` says (default: the file name, ``<text>`` or ``<bytes>``).
    """
    return parse_report_and_text(source, settings, name=name)[0]


def parse_report_and_text(
    source: str | Path | bytes, settings: Settings | None = None, *, name: str | None = None
) -> tuple[WorkReport, str]:
    """`parse_report`, and the text its offsets index: a web page's, Word file's or PDF's is extracted once,
    so a caller that writes or shows it (--emit-text, a batch's <stem>.txt, the evidence page) never reads
    the source twice."""
    settings = settings or Settings.resolve()
    if settings.llm_configured:
        return asyncio.run(_aparse(source, settings, name, None))
    timings: dict[str, float] = {}
    with _timed(timings, "decode"):
        decoded, shown = read_source(source, name)
    return _assemble(_prepare(decoded, shown, settings, timings), None, timings, settings), decoded.text


async def aparse_report(
    source: str | Path | bytes,
    settings: Settings | None = None,
    *,
    name: str | None = None,
    http_client: httpx2.AsyncClient | None = None,
) -> WorkReport:
    """`parse_report` for asyncio callers; `http_client` lets you bring your own (proxies, certificates)."""
    return (await aparse_report_and_text(source, settings, name=name, http_client=http_client))[0]


async def aparse_report_and_text(
    source: str | Path | bytes,
    settings: Settings | None = None,
    *,
    name: str | None = None,
    http_client: httpx2.AsyncClient | None = None,
) -> tuple[WorkReport, str]:
    """`aparse_report`, and the text its offsets index (see `parse_report_and_text`)."""
    settings = settings or Settings.resolve()
    if not settings.llm_configured:
        return await asyncio.to_thread(parse_report_and_text, source, settings, name=name)
    return await _aparse(source, settings, name, http_client)


async def _aparse(
    source: str | Path | bytes, settings: Settings, name: str | None, http_client: httpx2.AsyncClient | None
) -> tuple[WorkReport, str]:
    """The model path: the deterministic stages, the model, the verdicts; CPU-bound parts off the event loop."""
    from .candidates import build_candidates
    from .llm import extract_chunks
    from .verdicts import decide

    timings: dict[str, float] = {}

    def before_the_model() -> tuple[_Prepared, list]:  # CPU-bound: off the event loop, so a server stays responsive
        with _timed(timings, "decode"):
            decoded, shown = read_source(source, name)
        prepared = _prepare(decoded, shown, settings, timings)
        with _timed(timings, "candidates"):
            return prepared, build_candidates(prepared.view, prepared.chunks, prepared.rules)

    prepared, candidates = await asyncio.to_thread(before_the_model)
    text = prepared.decoded.text
    with _timed(timings, "llm"):
        llm_run = await extract_chunks(text, candidates, prepared.rules, settings, http_client)

    def after_the_model() -> WorkReport:
        with _timed(timings, "verdicts"):
            decided = decide(text, prepared.rules, prepared.outline, candidates, llm_run.answers, settings)
        return _assemble(prepared, (llm_run, decided), timings, settings)

    return await asyncio.to_thread(after_the_model), text


@dataclass(frozen=True)
class _Prepared:
    decoded: Decoded
    name: str
    view: str
    outline: Outline
    chunks: list[Chunk]
    document: DocumentFacts
    rules: RuleFindings


def _prepare(decoded: Decoded, name: str, settings: Settings, timings: dict[str, float]) -> _Prepared:
    """The deterministic stages: clean, sections, chunks, rules."""
    with _timed(timings, "clean"):
        try:
            cleaned = clean(decoded.text)
        except InputError as exc:
            raise type(exc)(f"{name}: {exc}") from None
    with _timed(timings, "sections"):
        tree = build_outline(cleaned.view, plan_document=is_plan_document(cleaned.view), summary_document=is_summary_document(cleaned.view))
    with _timed(timings, "chunks"):
        chunks = make_chunks(cleaned.view, settings.chunk_chars)
    with _timed(timings, "document"):
        document = read_document(decoded.text, cleaned.view, tree)
    with _timed(timings, "rules"):
        found = extract_rules(decoded.text, cleaned.view, tree, document)
    return _Prepared(decoded=decoded, name=name, view=cleaned.view, outline=tree, chunks=chunks, document=document, rules=found)


def _assemble(
    prepared: _Prepared, model: tuple[LLMRun, Decided] | None, timings: dict[str, float], settings: Settings
) -> WorkReport:
    """Ground every record, then merge: the rules' records offline, the verdicts' records with a model (merge.py)."""
    text = prepared.decoded.text
    warnings = list(prepared.decoded.warnings)
    rules = prepared.rules
    records: dict[str, list] = {
        "indicators": rules.indicators, "achievements": rules.achievements, "plans": rules.plans, "problems": rules.problems,
    }
    counts: dict[str, int] = {}
    if model is not None:
        llm_run, decided = model
        records = {k: getattr(decided, k) for k in records}
        warnings.extend(llm_run.warnings)
        warnings.extend(f"dropped a rebuilt {reason}" for reason in decided.dropped)
        counts = dict(llm_run.counts) | {"changed_readings": decided.changed, "dropped_records": len(decided.dropped)}
    with _timed(timings, "ground"):
        kept: dict[str, list] = {}
        for kind, found in records.items():
            result = ground_records(found, text)
            warnings.extend(f"dropped ungrounded {reason}" for reason in result.dropped)
            kept[kind] = result.kept
    with _timed(timings, "merge"):
        report = WorkReport(
            source=SourceInfo(
                name=prepared.name, sha256=prepared.decoded.sha256, chars=len(text), encoding=prepared.decoded.encoding,
                format=prepared.decoded.format, pages=len(prepared.decoded.pages) or None,
            ),
            document=prepared.document.info,
            indicators=_paged(merge_indicators(kept["indicators"]), prepared.decoded.pages),
            achievements=_paged(merge_statements(kept["achievements"]), prepared.decoded.pages),
            plans=_paged(merge_statements(kept["plans"]), prepared.decoded.pages),
            problems=_paged(merge_statements(kept["problems"]), prepared.decoded.pages),
            stats=RunStats(
                backend="hybrid" if model is not None else "rules",
                chunks=len(prepared.chunks),
                sections=len(prepared.outline.sections),
                warnings=warnings,
                partial=bool(model and model[0].partial),
                settings_fingerprint=settings.fingerprint(),
                llm=counts,
            ),
        )
    report.stats.timings_ms.update(timings)
    return report


def _paged(records: list, pages: tuple[int, ...]) -> list:
    """A PDF's records say which page (from 1) their quote starts on."""
    if not pages:
        return records
    return [r.model_copy(update={"evidence": r.evidence.model_copy(update={"page": bisect.bisect_right(pages, r.evidence.start)})}) for r in records]


@contextmanager
def _timed(timings: dict[str, float], stage: str) -> Iterator[None]:
    began = time.perf_counter()
    try:
        yield
    finally:
        timings[stage] = round((time.perf_counter() - began) * 1000, 3)
