"""Stage 6, verdicts: the rules' reading of every candidate, overridden where the model's verdict is trusted.

For each chunk the model answered, every candidate starts from the rules' reading
(its hint) and takes the model's verdict on each field the settings trust
(`Settings.trust`): which numbers are indicator values and which value each rate
belongs to (`indicators`), the metric `name`, `kind` and `period`, and which
clauses are achievements, plans or problems. Records are then rebuilt from the
readings, with quotes and offsets taken from the candidates' spans, so every
record is grounded by construction. Where the reading of a record is the rules'
own, the rules' record is kept as it was (same quote, same fields), so trusting
nothing, or a model that agrees, gives exactly the offline output.

Chunks the model could not answer (failed after retries and re-asks) keep the
rules' records. A rebuilt record that fails validation is dropped and counted
with its reason; it never fails the report.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from pydantic import ValidationError

from extract.schemas import Achievement, Evidence, Indicator, IndicatorKind, Plan, Problem

from .candidates import STATEMENT_SECTIONS, ChunkCandidates, ClauseLabel, QuantityCandidate, QuantityRole, record_numbers
from .rules import RuleFindings
from .sections import Outline

if TYPE_CHECKING:
    from .settings import Settings

__all__ = ["ChunkAnswer", "ClauseReading", "Decided", "QuantityReading", "decide"]


@dataclass(frozen=True)
class QuantityReading:
    """What a quantity is: None in a field means the model said nothing about it (the hint stands)."""

    role: QuantityRole | None = None
    of: str | None = None
    name: str | None = None
    kind: IndicatorKind | None = None
    period: str | None = None
    negative: bool | None = None


@dataclass(frozen=True)
class ClauseReading:
    label: ClauseLabel


@dataclass
class ChunkAnswer:
    """A chunk's checked verdicts, by candidate id, plus free-text indicators no candidate covered."""

    quantities: dict[str, QuantityReading] = field(default_factory=dict)
    clauses: dict[str, ClauseReading] = field(default_factory=dict)
    extra: list[Indicator] = field(default_factory=list)


@dataclass
class Decided:
    indicators: list[Indicator] = field(default_factory=list)
    achievements: list[Achievement] = field(default_factory=list)
    plans: list[Plan] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)
    changed: int = 0


@dataclass
class _Reading:
    """A quantity's final reading, hint and verdict combined."""

    candidate: QuantityCandidate
    role: QuantityRole
    of: str | None
    name: str | None
    kind: IndicatorKind | None
    period: str | None
    negative: bool


def decide(
    text: str,
    rules: RuleFindings,
    outline: Outline,
    chunks: Sequence[ChunkCandidates],
    answers: dict[int, ChunkAnswer],
    settings: Settings,
) -> Decided:
    """All records of the report: the rules' in unanswered chunks, the readings' in answered ones."""
    out = Decided()
    kept_rule_indicators = set(range(len(rules.indicators)))
    kept_statements: dict[str, set[int]] = {s: set(range(len(getattr(rules, s)))) for s in STATEMENT_SECTIONS.values()}
    for candidates in chunks:
        answer = answers.get(candidates.chunk.index)
        if answer is None:
            continue
        _decide_indicators(text, rules, candidates, answer, settings, kept_rule_indicators, out)
        _decide_statements(text, rules, outline, candidates, answer, settings, kept_statements, out)
        if settings.trusts("indicators"):
            out.indicators.extend(answer.extra)
    out.indicators.extend(rules.indicators[i] for i in sorted(kept_rule_indicators))
    out.indicators.sort(key=lambda r: (r.evidence.start, r.evidence.end))
    for section in STATEMENT_SECTIONS.values():
        records = getattr(out, section)
        records.extend(getattr(rules, section)[i] for i in sorted(kept_statements[section]))
        records.sort(key=lambda r: r.evidence.start)
    return out


# ---------------------------------------------------------------- indicators


def _decide_indicators(
    text: str,
    rules: RuleFindings,
    candidates: ChunkCandidates,
    answer: ChunkAnswer,
    settings: Settings,
    kept: set[int],
    out: Decided,
) -> None:
    readings = {q.id: _reading(q, rules, candidates, answer.quantities.get(q.id), settings) for q in candidates.quantities}
    groups: dict[str, list[_Reading]] = {}  # the id of a value (or of a rate standing alone) -> its numbers
    for reading in readings.values():
        if reading.role == "value":
            groups.setdefault(reading.candidate.id, []).insert(0, reading)
        elif reading.role in ("yoy", "target"):
            owner = readings.get(reading.of) if reading.of else None
            other_rate = owner is not None and owner.role in ("yoy", "target") and owner.role != reading.role and owner.of is None
            if owner is not None and (owner.role == "value" or other_rate):  # a value's rate, or a rate paired with a rate
                groups.setdefault(owner.candidate.id, []).append(reading)
            else:
                groups.setdefault(reading.candidate.id, []).insert(0, replace(reading, of=None))
    for numbers in groups.values():
        record = _record(text, rules, candidates, numbers, kept)
        if isinstance(record, str):
            out.dropped.append(record)
            continue
        if record is not None:
            out.indicators.append(record)
    # Rules' records of this chunk that no group took over are what the verdicts removed.
    for q in candidates.quantities:
        if q.record is not None and q.record in kept and _record_in_chunk(rules.indicators[q.record], candidates):
            kept.discard(q.record)
            out.changed += 1


def _reading(
    q: QuantityCandidate, rules: RuleFindings, candidates: ChunkCandidates, verdict: QuantityReading | None, settings: Settings
) -> _Reading:
    record = rules.indicators[q.record] if q.record is not None else None
    owner_value = None
    if q.hint in ("yoy", "target") and record is not None and record.value is not None:
        owner_value = next((o.id for o in candidates.quantities if o.record == q.record and o.hint == "value"), None)
    elif q.hint in ("yoy", "target") and record is not None:  # 同比增长30%,完成年度计划的21.1%: two rates, one record
        first = next((o for o in candidates.quantities if o.record == q.record), None)
        owner_value = first.id if first is not None and first.id != q.id else None
    hint = _Reading(
        candidate=q,
        role=q.hint,
        of=owner_value,
        name=record.name if record else None,
        kind=record.kind if record else None,
        period=record.period if record else None,
        negative=bool(record and q.hint == "yoy" and record.yoy_pct is not None and record.yoy_pct < 0),
    )
    if verdict is None:
        return hint
    trusted = replace(hint)
    if settings.trusts("indicators") and verdict.role is not None:
        trusted.role, trusted.of = verdict.role, verdict.of
        if verdict.negative is not None:
            trusted.negative = verdict.negative
    for name in ("name", "kind", "period"):
        if settings.trusts(name) and getattr(verdict, name) is not None:
            setattr(trusted, name, getattr(verdict, name) or None)
    return trusted


def _record(
    text: str, rules: RuleFindings, candidates: ChunkCandidates, numbers: list[_Reading], kept: set[int]
) -> Indicator | str | None:
    """One indicator from its numbers; the rules' record itself when it holds exactly these numbers."""
    head = numbers[0]
    q = head.candidate.quantity
    fields: dict[str, object] = {"value": None, "value_max": None, "unit": None, "qualifier": None, "yoy_pct": None, "target_completion_pct": None}
    if head.role == "value":
        fields |= {"value": q.value, "value_max": q.value_max, "unit": head.candidate.unit, "qualifier": q.qualifier}
    for reading in numbers:
        if reading.role == "yoy" and fields["yoy_pct"] is None:
            number = reading.candidate.quantity.value
            fields["yoy_pct"] = -number if reading.negative else number
        elif reading.role == "target" and fields["target_completion_pct"] is None:
            fields["target_completion_pct"] = reading.candidate.quantity.value
    source = _rules_record(rules, numbers)
    if source is not None:
        kept.discard(source)
        base = rules.indicators[source]
        start, end = base.evidence.start, base.evidence.end
        if fields["value"] is not None and base.value == fields["value"]:
            fields["unit"] = base.unit  # as the report writes it (3.1万套（间）, 億元), not as the view reads it
    else:
        start = _clause_start(candidates, head.candidate)
        end = max(r.candidate.quantity.end for r in numbers)
    start = min([start, *(r.candidate.quantity.start for r in numbers)])
    end = max([end, *(r.candidate.quantity.end for r in numbers)])
    name = head.name or text[start:end]
    try:
        return Indicator(
            name=name,
            kind=head.kind or "actual",
            period=head.period,
            evidence=Evidence(quote=text[start:end], start=start, end=end),
            **fields,  # type: ignore[arg-type]
        )
    except ValidationError as exc:
        return f"indicator at {start}: {exc.errors()[0]['msg']}"


def _rules_record(rules: RuleFindings, numbers: list[_Reading]) -> int | None:
    """The rules' record these numbers were, when the verdicts kept them together as they were."""
    owners = {r.candidate.record for r in numbers}
    index = owners.pop() if len(owners) == 1 else None
    if index is None:
        return None
    wanted = {(r.role, r.candidate.quantity.value) for r in numbers}
    return index if wanted == record_numbers(rules.indicators[index]) else None


def _clause_start(candidates: ChunkCandidates, q: QuantityCandidate) -> int:
    """Where the clause holding a number starts: the quote of a record the rules did not make."""
    at = q.quantity.start
    starts = [c.start for c in candidates.clauses if c.start <= at < c.end]
    return max(starts) if starts else at


def _record_in_chunk(record: Indicator, candidates: ChunkCandidates) -> bool:
    return candidates.chunk.start <= record.evidence.start < candidates.chunk.end


# ---------------------------------------------------------------- statements


_MODELS: dict[str, Callable[..., Achievement | Plan | Problem]] = {"achievements": Achievement, "plans": Plan, "problems": Problem}


def _decide_statements(
    text: str,
    rules: RuleFindings,
    outline: Outline,
    candidates: ChunkCandidates,
    answer: ChunkAnswer,
    settings: Settings,
    kept: dict[str, set[int]],
    out: Decided,
) -> None:
    for clause in candidates.clauses:
        verdict = answer.clauses.get(clause.id)
        if verdict is None or verdict.label == clause.hint:
            continue
        old = STATEMENT_SECTIONS.get(clause.hint)
        new = STATEMENT_SECTIONS.get(verdict.label)
        if (old and not settings.trusts(old)) or (new and not settings.trusts(new)):
            continue
        for section, index in clause.records:  # the rules' reading of this clause is overruled
            kept[section].discard(index)
        out.changed += 1
        if new is None:
            continue
        quote = text[clause.start : clause.end]
        path = outline.path_at(clause.start)
        category = path[-2] if len(path) > 1 else (path[-1] if path else None)
        getattr(out, new).append(
            _MODELS[new](text=quote, category=category, evidence=Evidence(quote=quote, start=clause.start, end=clause.end))
        )
