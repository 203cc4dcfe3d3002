"""The pipeline, top to bottom: decode → clean → sections → chunks → rules (+ LLM) → ground → merge.

Each stage is one module with typed inputs and outputs; data flows one way and
every offset indexes the decoded source text. `parse_report` and
`aparse_report` are the library's entry points; the CLI only wraps them.
"""

from __future__ import annotations

import asyncio
import time
from contextlib import contextmanager
from collections.abc import Iterator
from pathlib import Path

from extract.schemas import RunStats, SourceInfo, WorkReport

from .chunks import make_chunks
from .clean import clean
from .decode import Decoded, decode_bytes
from .errors import InputError
from .ground import ground_records
from .merge import merge_indicators, merge_statements
from .rules import extract_rules
from .sections import outline as build_outline
from .settings import Settings

__all__ = ["aparse_report", "parse_report", "read_source"]

# A str longer than this, or holding a line break, is report text, never a path.
_MAX_PATH_CHARS = 1024


def read_source(source: str | Path | bytes) -> tuple[Decoded, str]:
    """Decode a path, raw bytes or text; return it with the name to report it under."""
    if isinstance(source, bytes):
        return decode_bytes(source), "<bytes>"
    if isinstance(source, str) and ("\n" in source or len(source) > _MAX_PATH_CHARS or not Path(source).is_file()):
        return decode_bytes(source.encode("utf-8")), "<text>"
    path = Path(source)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory; give report files (.txt)") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    try:
        return decode_bytes(data), path.name
    except InputError as exc:
        raise type(exc)(f"{path.name}: {exc}") from None


def parse_report(source: str | Path | bytes, settings: Settings | None = None) -> WorkReport:
    """Extract a WorkReport from a report given as text, raw bytes or a path.

    A str is treated as a path when it names an existing file and has no line
    break; otherwise it is the report text. Raises `extract.errors.InputError`
    for input that cannot be read as a report.
    """
    settings = settings or Settings.resolve()
    timings: dict[str, float] = {}
    with _timed(timings, "decode"):
        decoded, name = read_source(source)
    return _extract(decoded, name, settings, timings)


async def aparse_report(source: str | Path | bytes, settings: Settings | None = None) -> WorkReport:
    """`parse_report` for asyncio callers; the CPU-bound rule stages run in a worker thread."""
    return await asyncio.to_thread(parse_report, source, settings)


def _extract(decoded: Decoded, name: str, settings: Settings, timings: dict[str, float]) -> WorkReport:
    text = decoded.text
    with _timed(timings, "clean"):
        try:
            cleaned = clean(text)
        except InputError as exc:
            raise type(exc)(f"{name}: {exc}") from None
    with _timed(timings, "sections"):
        tree = build_outline(cleaned.view)
    with _timed(timings, "chunks"):
        chunks = make_chunks(cleaned.view, tree, settings.chunk_chars)
    with _timed(timings, "rules"):
        found = extract_rules(text, cleaned.view, tree)
    warnings = list(decoded.warnings)
    with _timed(timings, "ground"):
        grounded = {
            kind: ground_records(records, text)
            for kind, records in (
                ("indicators", found.indicators),
                ("achievements", found.achievements),
                ("plans", found.plans),
                ("problems", found.problems),
            )
        }
        for result in grounded.values():
            warnings.extend(f"dropped ungrounded {reason}" for reason in result.dropped)
    with _timed(timings, "merge"):
        report = WorkReport(
            source=SourceInfo(name=name, sha256=decoded.sha256, chars=len(text), encoding=decoded.encoding),
            indicators=merge_indicators(grounded["indicators"].kept),
            achievements=merge_statements(grounded["achievements"].kept),
            plans=merge_statements(grounded["plans"].kept),
            problems=merge_statements(grounded["problems"].kept),
            stats=RunStats(backend="rules", chunks=len(chunks), sections=len(tree.sections), warnings=warnings),
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
