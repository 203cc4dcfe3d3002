"""The pipeline, top to bottom: decode → clean → sections → chunks → rules (+ LLM) → ground → merge.

Each stage is one module with typed inputs and outputs; data flows one way and
every offset indexes the decoded source text. `parse_report` and
`aparse_report` are the library's entry points; the CLI only wraps them.
"""

from __future__ import annotations

import asyncio
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
from .errors import InputError
from .ground import ground_records
from .merge import merge_indicators, merge_statements
from .rules import RuleFindings, extract_rules
from .sections import outline as build_outline
from .settings import Settings

if TYPE_CHECKING:
    import httpx2

    from .llm import LLMRun

__all__ = ["aparse_report", "parse_report", "read_source"]

# A str longer than this, or holding a line break, is report text, never a path.
_MAX_PATH_CHARS = 1024
_FILE_EXTENSION = re.compile(r"\.[A-Za-z][A-Za-z0-9]{0,4}$")
_CJK = re.compile(r"[\u4e00-\u9fff]")


def _names_a_file(source: str) -> bool:
    """A short one-line str that exists as a file, or looks like a path (report.txt, a/b without Chinese), is a path."""
    if "\n" in source or len(source) > _MAX_PATH_CHARS or not source.strip():
        return False
    if Path(source).exists() or _FILE_EXTENSION.search(source):
        return True
    return bool(re.search(r"[/\\]", source)) and not _CJK.search(source)  # 35微克/立方米 is text


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
    try:
        return decode_bytes(data), name
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
    settings = settings or Settings.resolve()
    if settings.llm_configured:
        return asyncio.run(aparse_report(source, settings, name=name))
    timings: dict[str, float] = {}
    with _timed(timings, "decode"):
        decoded, shown = read_source(source, name)
    return _assemble(_prepare(decoded, shown, settings, timings), None, timings, settings)


async def aparse_report(
    source: str | Path | bytes,
    settings: Settings | None = None,
    *,
    name: str | None = None,
    http_client: httpx2.AsyncClient | None = None,
) -> WorkReport:
    """`parse_report` for asyncio callers; `http_client` lets you bring your own (proxies, certificates)."""
    settings = settings or Settings.resolve()
    if not settings.llm_configured:
        return await asyncio.to_thread(parse_report, source, settings, name=name)
    from .llm import extract_chunks

    timings: dict[str, float] = {}
    with _timed(timings, "decode"):
        decoded, shown = read_source(source, name)
    prepared = _prepare(decoded, shown, settings, timings)
    with _timed(timings, "llm"):
        llm_run = await extract_chunks(decoded.text, prepared.chunks, settings, http_client)
    return _assemble(prepared, llm_run, timings, settings)


@dataclass(frozen=True)
class _Prepared:
    decoded: Decoded
    name: str
    chunks: list[Chunk]
    sections: int
    rules: RuleFindings


def _prepare(decoded: Decoded, name: str, settings: Settings, timings: dict[str, float]) -> _Prepared:
    """The deterministic stages: clean, sections, chunks, rules."""
    with _timed(timings, "clean"):
        try:
            cleaned = clean(decoded.text)
        except InputError as exc:
            raise type(exc)(f"{name}: {exc}") from None
    with _timed(timings, "sections"):
        tree = build_outline(cleaned.view)
    with _timed(timings, "chunks"):
        chunks = make_chunks(cleaned.view, tree, settings.chunk_chars)
    with _timed(timings, "rules"):
        found = extract_rules(decoded.text, cleaned.view, tree)
    return _Prepared(decoded=decoded, name=name, chunks=chunks, sections=len(tree.sections), rules=found)


def _assemble(prepared: _Prepared, llm_run: LLMRun | None, timings: dict[str, float], settings: Settings) -> WorkReport:
    """Ground every record, then merge rules first and model records after (see merge.py)."""
    text = prepared.decoded.text
    warnings = list(prepared.decoded.warnings)
    sources: dict[str, list[list]] = {
        "indicators": [prepared.rules.indicators],
        "achievements": [prepared.rules.achievements],
        "plans": [prepared.rules.plans],
        "problems": [prepared.rules.problems],
    }
    if llm_run is not None:
        for kind in sources:
            sources[kind].append(getattr(llm_run, kind))
        warnings.extend(llm_run.warnings)
    with _timed(timings, "ground"):
        kept: dict[str, list[list]] = {}
        for kind, lists in sources.items():
            kept[kind] = []
            for records in lists:
                result = ground_records(records, text)
                warnings.extend(f"dropped ungrounded {reason}" for reason in result.dropped)
                kept[kind].append(result.kept)
    with _timed(timings, "merge"):
        report = WorkReport(
            source=SourceInfo(
                name=prepared.name, sha256=prepared.decoded.sha256, chars=len(text), encoding=prepared.decoded.encoding
            ),
            indicators=merge_indicators(*kept["indicators"], text=text, number_roles=prepared.rules.number_roles),
            achievements=merge_statements(*kept["achievements"]),
            plans=merge_statements(*kept["plans"], covered=prepared.rules.covered["plans"]),
            problems=merge_statements(*kept["problems"], covered=prepared.rules.covered["problems"]),
            stats=RunStats(
                backend="hybrid" if llm_run is not None else "rules",
                chunks=len(prepared.chunks),
                sections=prepared.sections,
                warnings=warnings,
                partial=bool(llm_run and llm_run.partial),
                settings_fingerprint=settings.fingerprint(),
                llm=dict(llm_run.counts) if llm_run is not None else {},
            ),
        )
    report.stats.timings_ms.update(timings)
    return report


@contextmanager
def _timed(timings: dict[str, float], stage: str) -> Iterator[None]:
    began = time.perf_counter()
    try:
        yield
    finally:
        timings[stage] = round((time.perf_counter() - began) * 1000, 3)
