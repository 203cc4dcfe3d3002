"""Stage 4, chunks: contiguous spans of the report sized for one model call.

Whole paragraphs are packed into a chunk up to `max_chars` (headings travel with
the text under them, so the model reads them in place); a longer paragraph is
cut at a sentence end where it can, else at a clause break, and never inside a
number or a “quotation”. Fewer, fuller chunks mean fewer calls and less prompt
repeated per call. Chunks are spans, not copies: ``text[chunk.start:chunk.end]``
is the chunk's text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .sections import paragraphs

__all__ = ["Chunk", "make_chunks"]

_CUTS = (re.compile(r"\n"), re.compile(r"[。！!？?；;]"), re.compile(r"[,，、:：]"))


@dataclass(frozen=True)
class Chunk:
    index: int
    start: int
    end: int


def make_chunks(view: str, max_chars: int) -> list[Chunk]:
    """Pack the paragraphs of the report into chunks of at most `max_chars` characters."""
    if max_chars < 50:
        raise ValueError("max_chars must be at least 50")
    spans: list[tuple[int, int]] = []
    for start, end in paragraphs(view):
        for span in _pack(view, start, end, max_chars):
            if spans and span[1] - spans[-1][0] <= max_chars:
                spans[-1] = (spans[-1][0], span[1])
            else:
                spans.append(span)
    return [Chunk(index=i, start=s, end=e) for i, (s, e) in enumerate(spans)]


def _pack(view: str, start: int, end: int, max_chars: int) -> list[tuple[int, int]]:
    spans = []
    while end - start > max_chars:
        cut = _best_cut(view, start, start + max_chars)
        spans.append(_strip(view, start, cut))
        start = cut
    spans.append(_strip(view, start, end))
    return [s for s in spans if s[1] > s[0]]


def _best_cut(view: str, start: int, limit: int) -> int:
    """The last safe cut at or before `limit`, preferring paragraph, then sentence, then clause ends."""
    floor = start + (limit - start) // 3
    for pattern in _CUTS:
        cuts = [m.end() for m in pattern.finditer(view, floor, limit) if _safe(view, start, m.end())]
        if cuts:
            return cuts[-1]
    cut = limit
    while cut > floor and not _safe(view, start, cut):
        cut -= 1
    return cut if cut > floor else limit


def _safe(view: str, start: int, cut: int) -> bool:
    """Not inside a number (digits on both sides) and not inside an open “quotation”."""
    if cut < len(view) and view[cut - 1 : cut + 1].replace(".", "0").replace(",", "0").isdigit():
        return False
    segment = view[start:cut]
    return segment.count("“") <= segment.count("”")


def _strip(view: str, start: int, end: int) -> tuple[int, int]:
    while start < end and view[start].isspace():
        start += 1
    while end > start and view[end - 1].isspace():
        end -= 1
    return start, end
