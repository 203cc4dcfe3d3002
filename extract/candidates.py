"""Stage 5b, candidates: what a model is asked to judge in one chunk, and how the rules read it.

The model never copies text or numbers. Code lists, per chunk, every quantity the
rules' number reader found (`Q1`, `Q2` … with its span, value and unit) and every
clause that could be a plan, problem or achievement (`C1`, `C2` … with its span),
each with the rules' reading as a hint. The model answers by id (see `llm.py`), so
quotes and offsets come from the ids and grounding holds by construction.

The prompt shows the chunk with a marker in front of each candidate
(〔C3〕完成规模以上工业总产值〔Q1〕61.05亿元), then the hints, one line each.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Literal

from extract.schemas import Indicator

from .chunks import Chunk
from .numbers import Quantity
from .rules import LEADING_MARKER, RuleFindings
from .chars import CJK

__all__ = [
    "ChunkCandidates",
    "ClauseCandidate",
    "ClauseLabel",
    "QuantityCandidate",
    "QuantityRole",
    "STATEMENT_SECTIONS",
    "build_candidates",
    "record_numbers",
    "render_candidates",
]

QuantityRole = Literal["value", "yoy", "target", "none"]
ClauseLabel = Literal["achievement", "plan", "problem", "none"]
# A clause label and the WorkReport list it fills.
STATEMENT_SECTIONS: dict[ClauseLabel, str] = {"achievement": "achievements", "plan": "plans", "problem": "problems"}
_LABEL_OF: dict[str, ClauseLabel] = {section: label for label, section in STATEMENT_SECTIONS.items()}

_RULE_ROLE: dict[str, QuantityRole] = {
    "value": "value", "rank": "value", "planned": "value", "yoy": "yoy", "target_done": "target", "name": "none",
}
_CLAUSE = re.compile(r"[^,，;；:：。！!？?\n]+")
_CLAUSE_STOP = re.compile(r"[,，;；:：。！!？?\n]")
_SENTENCE = re.compile(r"[^。！!？?；;\n]+[。！!？?；;]?")
_MIN_CLAUSE_CJK = 4
_ROLE_WORDS = {"value": "指标", "yoy": "同比", "target": "完成率", "none": "非指标"}
_LABEL_WORDS = {"achievement": "成绩", "plan": "计划", "problem": "问题"}


@dataclass(frozen=True)
class QuantityCandidate:
    """A number of the chunk; `record` is the rules' indicator (index into `RuleFindings.indicators`) it is part of."""

    id: str
    quantity: Quantity
    unit: str
    hint: QuantityRole
    record: int | None


@dataclass(frozen=True)
class ClauseCandidate:
    """A clause of the chunk; `records` are the rules' statements ((section, index)) that start inside it."""

    id: str
    start: int
    end: int
    hint: ClauseLabel
    records: tuple[tuple[str, int], ...]


@dataclass(frozen=True)
class ChunkCandidates:
    chunk: Chunk
    quantities: tuple[QuantityCandidate, ...]
    clauses: tuple[ClauseCandidate, ...]

    def quantity(self, cid: str) -> QuantityCandidate | None:
        return next((q for q in self.quantities if q.id == cid), None)

    def clause(self, cid: str) -> ClauseCandidate | None:
        return next((c for c in self.clauses if c.id == cid), None)


def build_candidates(view: str, chunks: list[Chunk], rules: RuleFindings) -> list[ChunkCandidates]:
    """Candidates of every chunk, with the rules' reading of each as its hint."""
    owners = _quantity_owners(rules)  # (number span) -> (the rules' record, the role the number plays in it)
    starts = [q.start for _, q in rules.quantities]
    statements = _statement_starts(rules)
    statement_starts = [s for s, _ in statements]
    result = []
    for chunk in chunks:
        lo, hi = bisect.bisect_left(starts, chunk.start), bisect.bisect_left(starts, chunk.end)
        quantities = tuple(
            QuantityCandidate(
                id=f"Q{n}",
                quantity=q,
                unit="位" if reading == "rank" else q.unit,
                hint=owner[1] if owner else _RULE_ROLE[reading],
                record=owner[0] if owner else None,
            )
            for n, (reading, q) in enumerate(rules.quantities[lo:hi], start=1)
            if q.end <= chunk.end
            for owner in [owners.get((q.num_start, q.num_end))]
        )
        lo, hi = bisect.bisect_left(statement_starts, chunk.start), bisect.bisect_left(statement_starts, chunk.end)
        result.append(ChunkCandidates(chunk, quantities, _clauses(view, chunk, statements[lo:hi], starts)))
    return result


def _quantity_owners(rules: RuleFindings) -> dict[tuple[int, int], tuple[int, QuantityRole]]:
    """Which rules' indicator each number belongs to, and as what: its value, its yoy or its target completion.
    The record decides the role, not the number's first reading: in 分别增长7.4%和9% the 9% was read as a
    value and the record made it a rate."""
    numbers = [(q.num_start, q.num_end, q.value, reading) for reading, q in rules.quantities]
    starts = [n[0] for n in numbers]
    owners: dict[tuple[int, int], tuple[int, QuantityRole]] = {}
    for index, record in enumerate(rules.indicators):
        wanted = record_numbers(record)
        lo = bisect.bisect_left(starts, record.evidence.start)
        hi = bisect.bisect_left(starts, record.evidence.end)
        inside = [n for n in numbers[lo:hi] if (n[0], n[1]) not in owners]
        for exact in (True, False):  # a number read as the role it plays first, then one read otherwise
            for num_start, num_end, value, reading in inside:
                role = _RULE_ROLE[reading]
                played: QuantityRole | None = role if exact else next((r for r, v in sorted(wanted) if v == value and role != "none"), None)
                if played is not None and (played, value) in wanted and (num_start, num_end) not in owners:
                    owners[(num_start, num_end)] = (index, played)
                    wanted.discard((played, value))
    return owners


def record_numbers(record: Indicator) -> set[tuple[QuantityRole, float]]:
    """An indicator's numbers as (role, value) pairs: value, yoy (unsigned, as written), target."""
    numbers: set[tuple[QuantityRole, float]] = set()
    if record.value is not None:
        numbers.add(("value", record.value))
    if record.yoy_pct is not None:
        numbers.add(("yoy", abs(record.yoy_pct)))
    if record.target_completion_pct is not None:
        numbers.add(("target", record.target_completion_pct))
    return numbers


def _statement_starts(rules: RuleFindings) -> list[tuple[int, tuple[str, int]]]:
    found = [
        (record.evidence.start, (section, index))
        for section in ("achievements", "plans", "problems")
        for index, record in enumerate(getattr(rules, section))
    ]
    return sorted(found)


def _clauses(
    view: str, chunk: Chunk, statements: list[tuple[int, tuple[str, int]]], numbers: list[int]
) -> tuple[ClauseCandidate, ...]:
    """Clauses that could be a statement (item markers such as 一是 / （一） left out): the first clause of
    every sentence, and every clause of a sentence without figures (problems are said a clause each, while
    the later clauses of a sentence of figures are figures); a rules' statement opens where it starts."""
    spans: list[tuple[int, int]] = []
    for sentence in _SENTENCE.finditer(view, chunk.start, chunk.end):
        has_figures = bisect.bisect_left(numbers, sentence.start()) < bisect.bisect_left(numbers, sentence.end())
        for match in _CLAUSE.finditer(view, sentence.start(), sentence.end()):
            start, end = match.start(), match.end()
            while start < end and view[start].isspace():
                start += 1
            marker = LEADING_MARKER.match(view, start, end)
            if marker:
                start = marker.end()
            while end > start and view[end - 1].isspace():
                end -= 1
            if len(CJK.findall(view, start, end)) >= _MIN_CLAUSE_CJK:
                spans.append((start, end))
                if has_figures:
                    break
    for at, _ in statements:  # a statement must fall in some clause, whatever its punctuation
        if not any(s <= at < e for s, e in spans):
            stop = _CLAUSE_STOP.search(view, at + 1, chunk.end)
            spans.append((at, stop.start() if stop else chunk.end))
    spans.sort()
    clauses = []
    for n, (start, end) in enumerate(spans, start=1):
        records = tuple(ref for at, ref in statements if start <= at < end)
        hint: ClauseLabel = _LABEL_OF[records[0][0]] if records else "none"
        clauses.append(ClauseCandidate(id=f"C{n}", start=start, end=end, hint=hint, records=records))
    return tuple(clauses)


def render_candidates(text: str, candidates: ChunkCandidates, rules: RuleFindings) -> tuple[str, str]:
    """(the chunk with a marker before each candidate, the rules' hints one per line) for the prompt."""
    chunk = candidates.chunk
    marks = sorted(
        [(c.start, 0, f"〔{c.id}〕") for c in candidates.clauses] + [(q.quantity.start, 1, f"〔{q.id}〕") for q in candidates.quantities]
    )
    pieces, at = [], chunk.start
    for offset, _, mark in marks:
        pieces.append(text[at:offset])
        pieces.append(mark)
        at = offset
    pieces.append(text[at : chunk.end])
    value_of = {q.record: q.id for q in candidates.quantities if q.hint == "value" and q.record is not None}
    lines = []
    for q in candidates.quantities:
        record = rules.indicators[q.record] if q.record is not None else None
        if q.hint in ("yoy", "target") and q.record in value_of:
            lines.append(f"{q.id} {_ROLE_WORDS[q.hint]}→{value_of[q.record]}")
            continue
        line = q.id if q.hint == "value" else f"{q.id} {_ROLE_WORDS[q.hint]}"
        if record is not None:  # only what differs from the default (actual, no period) is said
            line += f" {record.name}" + ("，目标" if record.kind == "target" else "") + (f"，{record.period}" if record.period else "")
        lines.append(line)
    lines.extend(f"{c.id} {_LABEL_WORDS[c.hint]}" for c in candidates.clauses if c.hint != "none")
    return "".join(pieces), "\n".join(lines)
