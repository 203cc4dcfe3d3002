"""Stage 4, chunks: contiguous spans of the report sized for one model call.

A chunk never crosses a section boundary (so it has one section path and role;
a bare heading joins the text under it),
is cut at a paragraph end where it can, else at a sentence end, else at a clause
break, and never inside a number or a “quotation”. Chunks are spans, not copies:
``text[chunk.start:chunk.end]`` is the chunk's text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .sections import Outline, Role, paragraphs

__all__ = ["Chunk", "make_chunks"]

_CUTS = (re.compile(r"\n"), re.compile(r"[。！!？?；;]"), re.compile(r"[,，、:：]"))


@dataclass(frozen=True)
class Chunk:
    index: int
    start: int
    end: int
    section_path: tuple[str, ...]
    role: Role


def make_chunks(view: str, outline: Outline, max_chars: int) -> list[Chunk]:
    """Pack the paragraphs of each section into chunks of at most `max_chars` characters."""
    if max_chars < 50:
        raise ValueError("max_chars must be at least 50")
    spans: list[tuple[int, int]] = []
    for group_start, group_end in _section_groups(view, outline):
        for span in _pack(view, group_start, group_end, max_chars):
            if spans and _heading_only(view, outline, spans[-1]) and span[1] - spans[-1][0] <= max_chars:
                spans[-1] = (spans[-1][0], span[1])  # a bare heading rides with the text under it
            else:
                spans.append(span)
    return [
        Chunk(index=i, start=s, end=e, section_path=outline.path_at(s), role=outline.role_at(s))
        for i, (s, e) in enumerate(spans)
    ]


def _heading_only(view: str, outline: Outline, span: tuple[int, int]) -> bool:
    """A span that is nothing but heading lines: worth no model call on its own."""
    titles = [s for s in outline.starting_within(span[0], span[1]) if s.level < 4]
    body = view[span[0] : span[1]]
    for section in titles:
        body = body.replace(view[section.start : section.title_end], "", 1)
    return bool(titles) and len(body.strip(" \n。.:：")) == 0


def _section_groups(view: str, outline: Outline) -> list[tuple[int, int]]:
    """Runs of paragraphs that share their deepest heading (level 1-3)."""
    groups: list[tuple[int, int]] = []
    owner_of_group = None
    for start, end in paragraphs(view):
        heading = outline.heading_at(start)
        owner = heading.start if heading else None
        if groups and owner == owner_of_group:
            groups[-1] = (groups[-1][0], end)
        else:
            groups.append((start, end))
            owner_of_group = owner
    return groups


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
