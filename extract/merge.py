"""Stage 8, merge: one list per record type, de-duplicated, in document order.

By now every record is decided (the rules' reading, or the verdicts', see
verdicts.py) and grounded. What is left is saying each thing once: two
indicators with the same number (value, or the rate of a rate-only record) and
unit whose quotes overlap are one record (unless the quote names two metrics, one each), the earlier kept and the later only
filling fields it left empty (yoy_pct, target_completion_pct, period, value_max,
qualifier) — a number only where the kept record's quote writes it, so no merge ever
puts a number in a record whose quote does not show it; two statements overlapping by half the later one's length are one.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import TypeVar

from extract.schemas import Achievement, Indicator, Plan, Problem, quote_shows_number

__all__ = ["merge_indicators", "merge_statements"]

T = TypeVar("T", Achievement, Plan, Problem)

_FILLABLE = ("yoy_pct", "target_completion_pct", "period", "value_max", "qualifier")
_NUMERIC = frozenset({"yoy_pct", "target_completion_pct", "value_max"})  # filled only where the kept quote shows them


def _key(ind: Indicator) -> tuple:
    return (ind.value, ind.unit if ind.value is not None else None, ind.yoy_pct if ind.value is None else None)


def _twins(a: Indicator, b: Indicator) -> bool:
    """Overlapping quotes with the same number are one record, unless the quote names two metrics, one each
    (固定资产投资、工业投资均增长12%; 城镇和农村居民人均可支配收入均增长8%): names that differ, neither holding the
    other, each opening with words the quotes write."""
    if not (a.evidence.start < b.evidence.end and b.evidence.start < a.evidence.end):
        return False
    if a.name in b.name or b.name in a.name:
        return True
    quote = a.evidence.quote + b.evidence.quote
    return not (a.name[:2] in quote and b.name[:2] in quote)


def merge_indicators(records: Sequence[Indicator]) -> list[Indicator]:
    """Records in document order, a later duplicate only filling the fields its twin left empty."""
    merged: list[Indicator] = []
    by_key: dict[tuple, tuple[list[int], list[int]]] = {}  # key -> (sorted starts, indices into merged)
    longest = 0
    for record in records:
        starts, indices = by_key.setdefault(_key(record), ([], []))
        low = bisect.bisect_left(starts, record.evidence.start - longest)
        high = bisect.bisect_left(starts, record.evidence.end)
        twin = next((indices[i] for i in range(low, high) if _twins(merged[indices[i]], record)), None)
        if twin is None:
            at = bisect.bisect_left(starts, record.evidence.start)
            starts.insert(at, record.evidence.start)
            indices.insert(at, len(merged))
            merged.append(record)
            longest = max(longest, record.evidence.end - record.evidence.start)
            continue
        kept = merged[twin]
        fill = {
            f: getattr(record, f)
            for f in _FILLABLE
            if getattr(kept, f) is None and getattr(record, f) is not None
            and (f not in _NUMERIC or quote_shows_number(kept.evidence.quote, getattr(record, f)))
        }
        if fill:
            merged[twin] = merged[twin].model_copy(update=fill)
    return sorted(merged, key=lambda r: (r.evidence.start, r.evidence.end))


def merge_statements(records: Sequence[T]) -> list[T]:
    """Statements in document order; one overlapping an earlier one by half its own length is a duplicate."""
    merged: list[T] = []
    starts: list[int] = []  # sorted starts of `ordered`, for a bounded neighbourhood search
    ordered: list[T] = []
    longest = 0
    for record in records:
        s, e = record.evidence.start, record.evidence.end
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
