"""Stage 7, merge: one list per record type, de-duplicated, in document order.

Precedence when two records describe the same thing (same span and number for
indicators, overlapping spans for statements): the rule record wins, because a
rule's number is read straight off the text; a model record fills only fields the
rule record left empty (name, yoy_pct, target_completion_pct, period). Model
records the rules did not find are added as they are; they were grounded first.
The rules' reading of a number binds every source: a model record whose value
is written in its quote only where the rules read something else — part of a
name (an ordinal, a 5000万元以上 threshold, a 40万吨 capacity) or a rate of
another metric (完成全年目标任务的135.67%, 同比增长86.98%) — is dropped.
A plan or problem inside an item or block the rules already turned into a record
is that item said again, and is dropped too.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Mapping, Sequence
from typing import TypeVar

from extract.schemas import Achievement, Indicator, Plan, Problem

from .clean import fold_width
from .numbers import find_quantities

__all__ = ["merge_indicators", "merge_statements"]

T = TypeVar("T", Achievement, Plan, Problem)

_FILLABLE = ("yoy_pct", "target_completion_pct", "period", "value_max", "qualifier")


def _key(ind: Indicator) -> tuple:
    return (ind.value, ind.unit if ind.value is not None else None, ind.yoy_pct if ind.value is None else None)


def _overlaps(a: Indicator, b: Indicator) -> bool:
    return a.evidence.start < b.evidence.end and b.evidence.start < a.evidence.end


_VALUE_ROLES = frozenset({"value", "rank"})


def merge_indicators(
    *sources: Sequence[Indicator], text: str = "", number_roles: Mapping[tuple[int, int], str] | None = None
) -> list[Indicator]:
    """Union of indicator lists in precedence order; a later duplicate only fills empty fields."""
    roles = number_roles or {}
    merged: list[Indicator] = []
    by_key: dict[tuple, tuple[list[int], list[int]]] = {}  # key -> (sorted starts, indices into merged)
    longest = 0
    for rank, records in enumerate(sources):
        for record in records:
            if rank and roles and _contradicts_rules(record, text, roles):
                continue
            starts, indices = by_key.setdefault(_key(record), ([], []))
            low = bisect.bisect_left(starts, record.evidence.start - longest)
            high = bisect.bisect_left(starts, record.evidence.end)
            twin = next((indices[i] for i in range(low, high) if _overlaps(merged[indices[i]], record)), None)
            if twin is None:
                at = bisect.bisect_left(starts, record.evidence.start)
                starts.insert(at, record.evidence.start)
                indices.insert(at, len(merged))
                merged.append(record)
                longest = max(longest, record.evidence.end - record.evidence.start)
                continue
            fill = {f: getattr(record, f) for f in _FILLABLE if getattr(merged[twin], f) is None and getattr(record, f) is not None}
            if fill:
                merged[twin] = merged[twin].model_copy(update=fill)
    return sorted(merged, key=lambda r: (r.evidence.start, r.evidence.end))


def _contradicts_rules(record: Indicator, text: str, roles: Mapping[tuple[int, int], str]) -> bool:
    """The record's value stands in its quote only where the rules read it as something other than a value."""
    if record.value is None:
        return False
    start = record.evidence.start
    places = [
        (start + q.num_start, start + q.num_end)
        for q in find_quantities(fold_width(text[start : record.evidence.end]))
        if q.value == record.value
    ]
    readings = [roles.get(place) for place in places]
    return bool(readings) and all(r is not None and r not in _VALUE_ROLES for r in readings)


def merge_statements(*sources: Sequence[T], covered: Sequence[tuple[int, int]] = ()) -> list[T]:
    """Union of statement lists; a record overlapping an earlier one by half its length is a duplicate,
    and a later source's record inside a `covered` span (an item the first source already recorded) too."""
    spans = sorted(covered)
    span_starts = [s for s, _ in spans]
    reach = list(itertools.accumulate((e for _, e in spans), max))  # furthest end among spans starting so far
    merged: list[T] = []
    starts: list[int] = []  # sorted starts of `merged`, for a bounded neighbourhood search
    ordered: list[T] = []
    longest = 0
    for rank, records in enumerate(sources):
        for record in records:
            s, e = record.evidence.start, record.evidence.end
            at = bisect.bisect_right(span_starts, s)
            if rank and at and reach[at - 1] >= e:
                continue  # inside a covered span: some span starting at or before s ends at or after e
            low = bisect.bisect_left(starts, s - longest)
            high = bisect.bisect_left(starts, e)
            if any(min(e, m.evidence.end) - max(s, m.evidence.start) >= (e - s) / 2 for m in ordered[low:high]):
                continue
            at = bisect.bisect_left(starts, s)
            starts.insert(at, s)
            ordered.insert(at, record)
            longest = max(longest, e - s)
            merged.append(record)
    return sorted(merged, key=lambda r: r.evidence.start)

