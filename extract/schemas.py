"""The output contract of workreport-extract: a `WorkReport` and its records.

Other tools read this JSON, so field names and meanings are stable and follow
GOLD_SPEC.md. Every record carries `Evidence`: the exact quote and its character
offsets into the decoded source text (line ends read as ``\\n``, BOM dropped).

Grounding is enforced here, not trusted: validate with the source text in the
validation context (``WorkReport.model_validate(data, context={"source": text})``)
and a quote that is not the source's text at its offsets, or an indicator number
that its quote does not show, is a validation error.
"""

from __future__ import annotations

from enum import Enum
from functools import lru_cache
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator, model_validator

from extract.metrics import canonical_metric
from extract.numbers import standardize
from extract.chars import simplified

__all__ = [
    "Achievement",
    "DocumentInfo",
    "DocumentType",
    "Evidence",
    "Grounding",
    "Indicator",
    "IndicatorKind",
    "Plan",
    "Problem",
    "RunStats",
    "SourceFormat",
    "SourceInfo",
    "Stated",
    "WorkReport",
    "number_forms",
    "quote_shows_number",
    "workreport_json_schema",
]

@lru_cache(maxsize=4096)  # a report checks the same few numbers against many quotes
def number_forms(value: float) -> frozenset[str]:
    """Ways a number can be written in a report: 61.05, 9, 1,463, 1463.0 (the forms the judge's scorer accepts, no more)."""
    v = abs(float(value))
    forms = {f"{v:g}", repr(v)}
    if v.is_integer():
        forms |= {str(int(v)), f"{int(v):,}"}
    return frozenset(forms)


def quote_shows_number(quote: str, value: float) -> bool:
    """True when `value` is written in `quote` as the judge reads it: a full-width ９ or a scraped "36. 8" shows no
    number there, so a record resting on one would count as ungrounded and is not made."""
    return any(form in quote for form in number_forms(value))


class Grounding(str, Enum):
    """How a quote was tied to the source: found verbatim, or re-aligned to the source's own text."""

    exact = "exact"
    recovered = "recovered"


class Evidence(BaseModel):
    """Where a record stands in the source: ``source[start:end] == quote`` always holds."""

    model_config = ConfigDict(extra="forbid")

    quote: str = Field(min_length=1, description="exact substring of the source text")
    start: int = Field(ge=0, description="offset of the quote's first character")
    end: int = Field(gt=0, description="offset one past the quote's last character")
    grounding: Grounding = Grounding.exact
    page: int | None = Field(default=None, ge=1, description="for a PDF, the page the quote starts on")

    @model_validator(mode="after")
    def _offsets_match_quote(self, info: ValidationInfo) -> Evidence:
        if self.end - self.start != len(self.quote):
            raise ValueError(f"span {self.start}:{self.end} does not have the quote's length {len(self.quote)}")
        source = (info.context or {}).get("source")
        if source is not None and source[self.start : self.end] != self.quote:
            raise ValueError(f"quote {self.quote[:30]!r} is not the source text at {self.start}:{self.end}")
        return self


IndicatorKind = Literal["actual", "target"]


class Indicator(BaseModel):
    """A quantitative statement: a metric name plus at least one number, as the report writes it."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(description="the metric as the text names it")
    value: float | None = Field(default=None, description="the number in the unit written; null when only a rate is given")
    value_max: float | None = Field(default=None, description="upper bound when the text gives a range (8-10%)")
    unit: str | None = Field(default=None, description="unit as written: 亿元, 个, %, 个百分点, 位 ...")
    qualifier: str | None = Field(default=None, description="approximation or bound as written: 约, 近, 余, 以上, 以内 ...")
    yoy_pct: float | None = Field(default=None, description="year-on-year change in percent, negative for a fall")
    target_completion_pct: float | None = Field(default=None, description="share of the target reached, in percent")
    kind: IndicatorKind = "actual"
    period: str | None = Field(default=None, description="period the figure refers to when the text says it")
    metric: str | None = Field(default=None, description="canonical metric key (data/metrics.toml), or null when none fits; derived")
    metric_alias: str | None = Field(default=None, description="the alias of the metric the name matched; derived")
    value_std: float | None = Field(default=None, description="the value in its base unit (亿元 -> 元, 万人 -> 人); derived")
    unit_std: str | None = Field(default=None, description="the base unit of value_std (元, 美元, 人, 平方米 …); derived")
    evidence: Evidence

    @model_validator(mode="after")
    def _derived(self) -> Indicator:
        """metric, value_std and unit_std always follow name, value and unit (a saved report's are recomputed)."""
        unit = simplified(self.unit) if self.unit else None  # a report in traditional script writes 億元
        standard = standardize(self.value, unit) if self.value is not None else None
        matched = canonical_metric(simplified(self.name), unit)
        object.__setattr__(self, "value_std", standard[0] if standard else None)
        object.__setattr__(self, "unit_std", standard[1] if standard else None)
        object.__setattr__(self, "metric", matched[0] if matched else None)
        object.__setattr__(self, "metric_alias", matched[1] if matched else None)
        return self

    @model_validator(mode="after")
    def _numbers_in_quote(self) -> Indicator:
        numbers = {
            "value": self.value,
            "value_max": self.value_max,
            "yoy_pct": self.yoy_pct,
            "target_completion_pct": self.target_completion_pct,
        }
        if all(v is None for v in numbers.values()):
            raise ValueError("an indicator needs a value or a rate")
        for field, v in numbers.items():
            if v is not None and not quote_shows_number(self.evidence.quote, v):
                raise ValueError(f"{field}={v:g} does not appear in the quote {self.evidence.quote[:40]!r}")
        return self


class _Statement(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, description="the statement, as the report words it")
    category: str | None = Field(default=None, description="section heading the statement stands under")
    evidence: Evidence

    @field_validator("text")
    @classmethod
    def _not_blank(cls, text: str) -> str:
        if not text.strip():
            raise ValueError("text is blank")
        return text


class Achievement(_Statement):
    """Something the reporting body reports as done in the period under review."""


class Plan(_Statement):
    """A task, measure or goal for the coming period (一是… / (一)… items of a plan section)."""


class Problem(_Statement):
    """A shortcoming, risk or difficulty of the reporting body itself."""


SourceFormat = Literal["text", "html", "docx", "pdf"]
DocumentType = Literal["年度总结", "半年总结", "工作计划", "讲话", "汇报", "政府工作报告", "other"]


class Stated(BaseModel):
    """A fact about the document, with the words of the text that state it."""

    model_config = ConfigDict(extra="forbid")

    value: str
    evidence: Evidence


class DocumentInfo(BaseModel):
    """What the document is and which periods it covers; null where the text does not say."""

    model_config = ConfigDict(extra="forbid")

    body: Stated | None = Field(default=None, description="the reporting body (铜仁高新区, 常德经开区): the zone or place named most")
    title: Stated | None = Field(default=None, description="the title line, when the document opens with one")
    date: Stated | None = Field(default=None, description="the date written or published, as the text writes it")
    type: DocumentType = Field(default="other", description="the genre the document names itself by")
    type_evidence: Evidence | None = Field(default=None, description="the words that name the genre")
    period_reviewed: Stated | None = Field(default=None, description="the period whose results it reports, e.g. 2023年")
    period_planned: Stated | None = Field(default=None, description="the period it plans for, e.g. 2024年")


class SourceInfo(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(description="file name, or '<text>' for text given directly")
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$", description="hash of the raw input bytes")
    chars: int = Field(ge=0, description="length of the decoded text the offsets index")
    encoding: str = Field(description="detected encoding of the raw bytes (utf-8 for text extracted from a document)")
    format: SourceFormat = Field(
        default="text", description="what the input was; for html, docx and pdf the offsets index the extracted text"
    )
    pages: int | None = Field(default=None, description="a PDF's page count")


class RunStats(BaseModel):
    """How the report was produced; `partial` is true when some part failed and was skipped."""

    model_config = ConfigDict(extra="forbid")

    backend: Literal["rules", "hybrid"] = "rules"
    chunks: int = 0
    sections: int = 0
    timings_ms: dict[str, float] = Field(default_factory=dict)
    warnings: list[str] = Field(default_factory=list)
    partial: bool = False
    settings_fingerprint: str | None = Field(default=None, description="hash of the settings that decide the content")
    llm: dict[str, int] = Field(default_factory=dict, description="calls, re-asks, tokens, failures of the LLM path")


class WorkReport(BaseModel):
    """Everything extracted from one report, each record grounded in `source`."""

    model_config = ConfigDict(extra="forbid")

    schema_version: Literal["1"] = "1"
    source: SourceInfo
    document: DocumentInfo = Field(default_factory=lambda: DocumentInfo())
    indicators: list[Indicator] = Field(default_factory=list)
    achievements: list[Achievement] = Field(default_factory=list)
    plans: list[Plan] = Field(default_factory=list)
    problems: list[Problem] = Field(default_factory=list)
    stats: RunStats = Field(default_factory=lambda: RunStats())



def workreport_json_schema() -> str:
    """The published, language-neutral contract: a WorkReport as JSON Schema (schemas/workreport.schema.json)."""
    import json

    schema = WorkReport.model_json_schema(mode="serialization")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://github.com/workreport-extract/workreport-extract/schemas/workreport.schema.json"
    return json.dumps(schema, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
