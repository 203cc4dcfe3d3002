"""Stage 6, ground: tie every record to the source text, or drop it with a reason.

A record is kept only when its evidence is the source's own text at its offsets
and every number of an indicator is written in its quote. A quote that is not
found verbatim (a model re-typed punctuation, widths or spaces) is *recovered*:
aligned to the source slice that matches it once widths, spaces and punctuation
are folded, and the source's text replaces the model's. Nothing else is repaired.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pydantic import ValidationError

from extract.schemas import Evidence, Grounding, Indicator

from .clean import fold_width

__all__ = ["Grounded", "ground_records", "locate_quote"]

_LOOSE = re.compile(r"[\s,，、。；;:：!！?？\"“”'‘’()（）]")


@dataclass
class Grounded:
    kept: list = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)


def locate_quote(quote: str, text: str, start: int = 0, end: int | None = None) -> Evidence | None:
    """Evidence for `quote` inside text[start:end]: exact if verbatim, recovered if equal after folding."""
    end = len(text) if end is None else end
    quote = quote.strip()
    if not quote:
        return None
    at = text.find(quote, start, end)
    if at >= 0:
        return Evidence(quote=quote, start=at, end=at + len(quote))
    span = _loose_find(quote, text, start, end)
    if span is None:
        return None
    s, e = span
    return Evidence(quote=text[s:e], start=s, end=e, grounding=Grounding.recovered)


def _loose_find(quote: str, text: str, start: int, end: int) -> tuple[int, int] | None:
    """Find `quote` ignoring width, spacing and punctuation; map the hit back to source offsets."""
    kept_positions = []
    loose_chars = []
    for i, char in enumerate(fold_width(text[start:end]), start):
        if not _LOOSE.match(char):
            kept_positions.append(i)
            loose_chars.append(char)
    needle = _LOOSE.sub("", fold_width(quote))
    if len(needle) < 2:
        return None
    at = "".join(loose_chars).find(needle)
    if at < 0:
        return None
    return kept_positions[at], kept_positions[at + len(needle) - 1] + 1


def ground_records(records: list, text: str) -> Grounded:
    """Re-validate each record against the source; keep the grounded, explain the rest."""
    result = Grounded()
    for record in records:
        try:
            type(record).model_validate(record.model_dump(), context={"source": text})
        except ValidationError as exc:
            kind = "indicator" if isinstance(record, Indicator) else type(record).__name__.lower()
            reason = exc.errors()[0]["msg"]
            result.dropped.append(f"{kind} at {record.evidence.start}: {reason}")
            continue
        result.kept.append(record)
    return result
