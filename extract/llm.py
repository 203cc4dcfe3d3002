"""Stage 5c, LLM: the model judges the chunk's candidates by id; every answer is checked before it counts.

The prompt shows a chunk with a marker before each candidate (candidates.py) and
the rules' reading of each as a hint. The model answers only by id: what a number
is (an indicator value, a yoy or target-completion rate of which value, or none),
the metric's name, kind and period; whether a clause is an achievement, plan,
problem or none. It never copies quotes or numbers, so answers are short and
grounding holds by construction. A figure no candidate covers may come as free
text (`extra`), validated against the source as before.

Layers, each retrying one thing only (the openai client's own retries are off):

- transport: tenacity retries a single HTTP call on connection errors, timeouts
  and the statuses in `RETRYABLE_STATUS`, honouring Retry-After, with
  exponential backoff and jitter otherwise;
- validation: instructor re-asks, at most `max_reasks` times, when the answer is
  not the JSON the schema asks for;
- checking: each verdict of a well-formed answer is checked on its own (known id,
  a rate's value is a number of the chunk, a name the chunk writes); a bad one is
  dropped and counted with its reason, never failing the chunk.

A chunk whose calls still fail is marked failed and keeps the rules' reading; when
every call of a run fails, the run fails (`LLMError`). Third-party errors are
translated to `LLMError` here and nowhere else (`map_openai_error`). Prompts are
Jinja templates in ``prompts/``, rendered by instructor with the chunk as a
variable, so report text is never parsed as a template.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections import Counter
from dataclasses import dataclass, field
from importlib.resources import files
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, Field, ValidationError, ValidationInfo, model_validator

from extract.schemas import Indicator, quote_shows_number

from .candidates import ChunkCandidates, render_candidates
from .chunks import Chunk
from .clean import fold_width
from .errors import ConfigError, LLMError
from .ground import locate_quote
from .numbers import KNOWN_UNITS, find_quantities
from .rules import RuleFindings
from .settings import Settings
from .store import ExchangeStore, request_key
from .verdicts import ChunkAnswer, ClauseReading, QuantityReading
from .chars import CJK

if TYPE_CHECKING:
    import openai

__all__ = [
    "RETRYABLE_STATUS",
    "ChunkVerdicts",
    "LLMRun",
    "check_answer",
    "default_mode",
    "extract_chunks",
    "map_openai_error",
]

RETRYABLE_STATUS = frozenset({408, 409, 429, 500, 502, 503, 504})
_MAX_QUOTE_CHARS = 120
_MAX_NAME_CHARS = 40
_MAX_RETRY_AFTER_S = 60.0
# Endpoint host -> instructor mode. Hosted APIs speak tool calls; local servers (llama.cpp, vLLM,
# Ollama) constrain output with a JSON schema grammar, which small models follow far better.
_MODE_BY_HOST: tuple[tuple[str, str], ...] = (
    ("api.openai.com", "tools"),
    ("api.deepseek.com", "tools"),
    ("dashscope", "tools"),
    ("127.0.0.1", "json_schema"),
    ("localhost", "json_schema"),
    ("[::1]", "json_schema"),
)


# ---------------------------------------------------------------- response model


def _context(info: ValidationInfo) -> dict[str, Any]:
    if not info.context or "source" not in info.context:
        raise ValueError("validation needs the source text in the validation context")
    return info.context


class FreeFigure(BaseModel):
    """A figure no candidate covers, as free text (checked later, one by one, as an `LLMIndicator`)."""

    quote: str = Field(description="the clause holding every number of this record, copied verbatim")
    name: str = Field(description="metric name as the text names it")
    value: float | None = Field(description="number in the unit written; null when only a rate is given")
    unit: str | None = Field(description="unit as written, e.g. 亿元, 个, %; null for rate-only records")
    yoy_pct: float | None = Field(description="year-on-year change in percent, negative for a fall")
    target_completion_pct: float | None = Field(description="share of the target reached, in percent")
    kind: Literal["actual", "target"] = Field(description="actual for achieved figures, target for goals")
    period: str | None = Field(description="period the text names, e.g. 2021年")


class LLMIndicator(FreeFigure):
    """A free-text figure that must be grounded: its quote in the chunk, every number written in it."""

    @model_validator(mode="after")
    def _grounded(self, info: ValidationInfo) -> LLMIndicator:
        ctx = _context(info)
        if len(self.quote) > _MAX_QUOTE_CHARS:
            raise ValueError(f"quote is {len(self.quote)} characters; copy one clause of at most {_MAX_QUOTE_CHARS}")
        evidence = locate_quote(self.quote, ctx["source"], ctx["start"], ctx["end"])
        if evidence is None:
            raise ValueError(f"quote {self.quote[:40]!r} is not in the text")
        if self.value is None and self.yoy_pct is None and self.target_completion_pct is None:
            raise ValueError("an indicator needs a value or a rate")
        if self.unit is not None and self.unit not in KNOWN_UNITS:
            raise ValueError(f"unit {self.unit!r} is not a known unit")
        if self.value is not None and not _written_quantity(evidence.quote, self.value, self.unit):
            raise ValueError(f"value {self.value:g} {self.unit or ''} is not written in the quote {evidence.quote[:40]!r}")
        for name in ("yoy_pct", "target_completion_pct"):
            number = getattr(self, name)
            if number is not None and not quote_shows_number(evidence.quote, number):
                raise ValueError(f"{name} {number:g} is not written in the quote {evidence.quote[:40]!r}")
        return self


def _written_quantity(quote: str, value: float, unit: str | None) -> bool:
    """The value must be a quantity the deterministic layer reads in the quote, with the same unit."""
    folded = fold_width(quote)
    if unit == "位":
        return any(f"{p}{value:g}" in folded for p in ("第", "前"))
    return any(q.value == value and (unit is None or q.unit == unit) for q in find_quantities(folded))


class QuantityVerdict(BaseModel):
    """What number `id` is; fields left out keep the rules' reading."""

    id: str = Field(description="a number's id, e.g. Q3")
    role: Literal["value", "yoy", "target", "none"] = Field(
        description="value: an indicator's value; yoy: year-on-year change of value `of`; target: target completion of `of`; none: not an indicator"
    )
    of: str | None = Field(default=None, description="for yoy/target: the id of the value it qualifies; null when it stands alone")
    name: str | None = Field(default=None, description="metric name as the text writes it")
    kind: Literal["actual", "target"] | None = Field(default=None, description="actual: achieved; target: a goal")
    period: str | None = Field(default=None, description="period the figure refers to, e.g. 2021年")
    negative: bool | None = Field(default=None, description="for yoy: true when it is a fall (下降/减少)")


class ClauseVerdict(BaseModel):
    id: str = Field(description="a clause's id, e.g. C4")
    label: Literal["achievement", "plan", "problem", "none"]


class ChunkVerdicts(BaseModel):
    """The model's answer for one chunk: only the candidates whose hint is wrong need a verdict."""

    quantities: list[QuantityVerdict] = Field(default_factory=list)
    clauses: list[ClauseVerdict] = Field(default_factory=list)
    extra: list[FreeFigure] = Field(default_factory=list, description="figures with no Q id, rarely needed")


# ---------------------------------------------------------------- results


@dataclass
class LLMRun:
    """Checked verdicts per answered chunk, plus the counts that go into `stats.llm`."""

    answers: dict[int, ChunkAnswer] = field(default_factory=dict)
    counts: Counter[str] = field(default_factory=Counter)
    first_failure: str | None = None
    _warnings: list[tuple[int, str]] = field(default_factory=list)

    def warn(self, chunk: Chunk, message: str) -> None:
        self._warnings.append((chunk.index, f"chunk {chunk.index}: {message}"))

    @property
    def warnings(self) -> list[str]:
        """In chunk order, whatever order the concurrent calls finished in (reports must be reproducible)."""
        return [message for _, message in sorted(self._warnings, key=lambda w: w[0])]

    @property
    def partial(self) -> bool:
        return self.counts["failed_chunks"] > 0


def default_mode(settings: Settings) -> str:
    """The instructor mode: the setting if given, else by endpoint host (tools for unknown hosts)."""
    if settings.mode:
        return settings.mode
    host = (settings.base_url or "https://api.openai.com/v1").split("//", 1)[-1].split("/", 1)[0]
    return next((mode for needle, mode in _MODE_BY_HOST if needle in host), "tools")


def _prompt(name: str) -> str:
    return files("extract.prompts").joinpath(name).read_text(encoding="utf-8")


# ---------------------------------------------------------------- errors


def map_openai_error(exc: BaseException, chunk_index: int | None = None) -> tuple[LLMError, bool]:
    """Translate an openai exception into (LLMError, retryable). The one boundary for third-party errors."""
    import openai

    if isinstance(exc, openai.APITimeoutError):
        return LLMError("the model did not answer in time; raise --timeout or lower --concurrency", chunk_index=chunk_index), True
    if isinstance(exc, openai.APIConnectionError):
        return LLMError(f"cannot reach the endpoint ({exc}); is the server running and OPENAI_BASE_URL right?", chunk_index=chunk_index), True
    if isinstance(exc, openai.AuthenticationError):
        return LLMError("the endpoint refused the API key (401); check OPENAI_API_KEY"), False
    if isinstance(exc, openai.PermissionDeniedError):
        return LLMError("the endpoint denied access (403); check the key's permissions"), False
    if isinstance(exc, openai.NotFoundError):
        return LLMError("the endpoint does not know this model or path (404); check --model and OPENAI_BASE_URL"), False
    if isinstance(exc, openai.APIStatusError):
        retryable = exc.status_code in RETRYABLE_STATUS
        return LLMError(f"the endpoint answered {exc.status_code}: {exc.message[:200]}", chunk_index=chunk_index), retryable
    if isinstance(exc, openai.LengthFinishReasonError):
        return LLMError("the answer hit the token limit; raise --max-tokens or lower --chunk-chars", chunk_index=chunk_index), False
    if isinstance(exc, openai.ContentFilterFinishReasonError):
        return LLMError("the endpoint's content filter stopped the answer", chunk_index=chunk_index), False
    if isinstance(exc, openai.APIResponseValidationError):
        return LLMError("the endpoint's response was not valid OpenAI JSON", chunk_index=chunk_index), False
    if isinstance(exc, openai.OpenAIError):
        return LLMError(f"{type(exc).__name__}: {exc}", chunk_index=chunk_index), False
    raise TypeError(f"not an openai error: {exc!r}")


def _fatal(exc: LLMError) -> bool:
    """Errors that every other chunk would hit too: stop the run instead of failing chunk by chunk."""
    return exc.chunk_index is None


# ---------------------------------------------------------------- calls


class _Caller:
    """One configured client: transport retries inside, instructor re-asks around, store beside."""

    def __init__(self, settings: Settings, store: ExchangeStore, http_client: Any = None) -> None:
        try:
            import instructor
            import openai
        except ImportError as exc:  # pragma: no cover - both are dependencies
            raise ConfigError(f"the LLM path needs openai and instructor installed ({exc})") from None
        self.settings = settings
        self.store = store
        self.mode = default_mode(settings)
        self._instructor_mode = {
            "tools": instructor.Mode.TOOLS,
            "json_schema": instructor.Mode.JSON_SCHEMA,
            "json": instructor.Mode.JSON,
            "md_json": instructor.Mode.MD_JSON,
        }[self.mode]
        self.client = openai.AsyncOpenAI(
            api_key=settings.api_key.get_secret_value() if settings.api_key else "unused",
            base_url=settings.base_url,
            max_retries=0,
            timeout=settings.timeout_s,
            http_client=http_client,
        )
        self.create = instructor.patch(create=self._create_with_transport_retries, mode=self._instructor_mode)
        self.system = _prompt("system.txt")
        self.user = _prompt("user.txt")
        self.schema = ChunkVerdicts.model_json_schema()

    async def _create_with_transport_retries(self, **kwargs: Any) -> Any:
        from tenacity import AsyncRetrying, retry_if_exception, stop_after_attempt

        async for attempt in AsyncRetrying(
            stop=stop_after_attempt(self.settings.max_retries + 1),
            retry=retry_if_exception(self._retryable),
            wait=self._wait,
            reraise=True,
        ):
            with attempt:
                return await self.client.chat.completions.create(**kwargs)
        raise AssertionError("unreachable")  # pragma: no cover

    @staticmethod
    def _retryable(exc: BaseException) -> bool:
        import openai

        return isinstance(exc, openai.OpenAIError) and map_openai_error(exc)[1]

    def _wait(self, retry_state: Any) -> float:
        import openai
        from tenacity import wait_exponential_jitter

        exc = retry_state.outcome.exception() if retry_state.outcome else None
        retry_after = exc.response.headers.get("retry-after") if isinstance(exc, openai.APIStatusError) else None
        if retry_after is not None:
            try:
                return min(max(float(retry_after), 0.0), _MAX_RETRY_AFTER_S)
            except ValueError:
                pass  # an HTTP date: fall back to backoff
        initial = self.settings.retry_backoff_s
        return wait_exponential_jitter(multiplier=initial, max=initial * 30, jitter=initial)(retry_state)

    def messages(self) -> list[dict[str, str]]:
        return [{"role": "system", "content": self.system}, {"role": "user", "content": self.user}]

    def key(self, prompt: dict[str, str]) -> str:
        """What decides the answer: model, mode, prompts, the rendered chunk and hints, schema, budget."""
        return request_key(
            model=self.settings.model,
            mode=self.mode,
            base_url=self.settings.base_url,
            messages=self.messages(),
            prompt=prompt,
            schema=self.schema,
            max_tokens=self.settings.max_tokens,
        )


async def extract_chunks(
    text: str, chunks: list[ChunkCandidates], rules: RuleFindings, settings: Settings, http_client: Any = None
) -> LLMRun:
    """Ask the model about every chunk, at most `settings.concurrency` at once; check what it says."""
    store = ExchangeStore(settings.cache_dir / "exchanges.sqlite3")
    try:
        caller = _Caller(settings, store, http_client)
        run = LLMRun()
        gate = asyncio.Semaphore(settings.concurrency)

        async def one(candidates: ChunkCandidates) -> None:
            async with gate:
                marked, hints = render_candidates(text, candidates, rules)
                data = await _ask(caller, candidates.chunk, {"marked": marked, "hints": hints or "（无）"}, run)
            if data is not None:
                run.answers[candidates.chunk.index] = check_answer(data, text, candidates, run)

        try:
            await asyncio.gather(*(one(c) for c in chunks))
        finally:
            await caller.client.close()
        asked = run.counts["failed_chunks"] + len(run.answers)
        if chunks and run.counts["failed_chunks"] == asked:
            raise LLMError(f"every model call failed; the first: {run.first_failure}")
        return run
    finally:
        store.close()


async def _ask(caller: _Caller, chunk: Chunk, prompt: dict[str, str], run: LLMRun) -> dict | None:
    """The model's answer for one chunk as plain data (cached), or None when its calls failed."""
    from instructor.core.exceptions import IncompleteOutputException, InstructorRetryException
    from instructor.core.hooks import Hooks

    settings = caller.settings
    key = caller.key(prompt)
    if settings.use_cache and (hit := caller.store.cached(key)):
        run.counts["cache_hits"] += 1
        return json.loads(hit)
    run.counts["cache_misses"] += 1
    hooks = Hooks()
    attempt = _Attempt()

    def on_kwargs(*_: Any, **__: Any) -> None:
        attempt.n += 1
        attempt.began = time.perf_counter()

    def on_response(response: Any) -> None:
        usage = getattr(response, "usage", None)
        run.counts["calls"] += 1
        run.counts["prompt_tokens"] += getattr(usage, "prompt_tokens", 0) or 0
        run.counts["completion_tokens"] += getattr(usage, "completion_tokens", 0) or 0
        caller.store.log(
            model=settings.model, key=key, chunk_index=chunk.index, attempt=attempt.n,
            prompt_tokens=getattr(usage, "prompt_tokens", None), completion_tokens=getattr(usage, "completion_tokens", None),
            latency_ms=(time.perf_counter() - attempt.began) * 1000, response=_answer_text(response), error=None,
        )

    def on_error(error: Exception, *_: Any, **__: Any) -> None:
        caller.store.log(
            model=settings.model, key=key, chunk_index=chunk.index, attempt=attempt.n, prompt_tokens=None,
            completion_tokens=None, latency_ms=(time.perf_counter() - attempt.began) * 1000, response=None,
            error=f"{type(error).__name__}: {str(error)[:500]}",
        )

    hooks.on("completion:kwargs", on_kwargs)
    hooks.on("completion:response", on_response)
    hooks.on("completion:error", on_error)
    hooks.on("parse:error", on_error)
    try:
        result: ChunkVerdicts = await caller.create(  # type: ignore[misc]
            response_model=ChunkVerdicts,
            messages=caller.messages(),
            model=settings.model,
            context=prompt,
            max_retries=settings.max_reasks,
            hooks=hooks,
            max_tokens=settings.max_tokens,
            temperature=0,
        )
    except IncompleteOutputException as exc:
        run.counts["reasks"] += max(0, attempt.n - 1)
        run.counts["truncated_answers"] += 1
        data = _partial_json(exc.last_completion, run, chunk)
    except InstructorRetryException as exc:
        run.counts["reasks"] += max(0, attempt.n - 1)
        cause = exc.__cause__
        import openai

        if isinstance(cause, openai.OpenAIError):
            error, _ = map_openai_error(cause, chunk.index)
            if _fatal(error):
                raise error from cause
            run.counts["failed_chunks"] += 1
            run.first_failure = run.first_failure or str(error)
            run.warn(chunk, f"failed: {error}")
            return None
        data = _partial_json(exc.last_completion, run, chunk)
    else:
        run.counts["reasks"] += max(0, attempt.n - 1)
        data = result.model_dump()
    caller.store.remember(key, settings.model, json.dumps(data, ensure_ascii=False))  # a re-run asks nothing
    return data


@dataclass
class _Attempt:
    """Which attempt (first answer, re-asks) of a chunk is in flight, and since when."""

    n: int = 0
    began: float = 0.0


def _answer_text(response: Any) -> str | None:
    """The model's raw answer: message content, or the first tool call's arguments."""
    try:
        message = response.choices[0].message
    except (AttributeError, IndexError):
        return None
    if getattr(message, "tool_calls", None):
        return message.tool_calls[0].function.arguments
    return message.content


def _partial_json(completion: Any, run: LLMRun, chunk: Chunk) -> dict:
    """The last answer after the re-asks ran out, read as far as it goes; its verdicts are checked one by one."""
    import jiter

    raw = _answer_text(completion) if completion is not None else None
    try:
        data = jiter.from_json(raw.encode(), partial_mode="trailing-strings") if raw else {}
    except ValueError:
        run.warn(chunk, "the last answer was not JSON; the rules' reading stands")
        return {}
    return data if isinstance(data, dict) else {}


# ---------------------------------------------------------------- checking


def check_answer(data: dict, text: str, candidates: ChunkCandidates, run: LLMRun) -> ChunkAnswer:
    """Keep each verdict that refers to real candidates and says something possible; count the rest."""
    chunk = candidates.chunk
    answer = ChunkAnswer()
    chunk_text = fold_width(text[chunk.start : chunk.end])

    def drop(what: str, why: str) -> None:
        run.counts["dropped_verdicts"] += 1
        run.warn(chunk, f"dropped a verdict on {what}: {why}")

    for item in _items(data, "quantities"):
        try:
            verdict = QuantityVerdict.model_validate(item)
        except ValidationError as exc:
            drop("a number", exc.errors()[0]["msg"][:120])
            continue
        if candidates.quantity(verdict.id) is None:
            drop(verdict.id, "no such number in this chunk")
            continue
        of = verdict.of if verdict.role in ("yoy", "target") else None
        if of is not None and (of == verdict.id or candidates.quantity(of) is None):
            drop(verdict.id, f"{of} is not another number of this chunk")
            continue
        name = (verdict.name or "").strip() or None
        if name is not None and (len(name) > _MAX_NAME_CHARS or not _written_name(name, chunk_text)):
            drop(verdict.id, f"name {name[:20]!r} is not written in the chunk")
            name = None
        period = (verdict.period or "").strip() or None
        if period is not None and not _written_name(period, chunk_text):
            drop(verdict.id, f"period {period[:12]!r} is not written in the chunk")
            period = None
        answer.quantities[verdict.id] = QuantityReading(
            role=verdict.role, of=of, name=name, kind=verdict.kind, period=period, negative=verdict.negative,
        )
    for item in _items(data, "clauses"):
        try:
            clause = ClauseVerdict.model_validate(item)
        except ValidationError as exc:
            drop("a clause", exc.errors()[0]["msg"][:120])
            continue
        if candidates.clause(clause.id) is None:
            drop(clause.id, "no such clause in this chunk")
            continue
        answer.clauses[clause.id] = ClauseReading(label=clause.label)
    context = {"source": text, "start": chunk.start, "end": chunk.end}
    for item in _items(data, "extra"):
        try:
            extra = LLMIndicator.model_validate(item, context=context)
            evidence = locate_quote(extra.quote, text, chunk.start, chunk.end)
            if evidence is None:
                raise ValueError("quote not in the chunk")
            fields = extra.model_dump(exclude={"quote"})
            if fields["value"] is None:
                fields["unit"] = None
            answer.extra.append(Indicator(**fields, evidence=evidence))
        except (ValidationError, ValueError) as exc:
            reason = exc.errors()[0]["msg"] if isinstance(exc, ValidationError) else str(exc)
            drop("a free-text figure", reason[:160])
    return answer


def _items(data: dict, key: str) -> list:
    items = data.get(key) if isinstance(data, dict) else None
    return items if isinstance(items, list) else []


def _written_name(name: str, chunk_text: str) -> bool:
    """A metric name is made of the report's own words: cut greedily into the longest pieces the chunk
    writes, at most two of them may be single characters (梵能…项目 + 总投资 is fine; 地区生产总值 from nowhere is not)."""
    folded = fold_width(name)
    singles, at = 0, 0
    while at < len(folded):
        length = 1
        while at + length < len(folded) and folded[at : at + length + 1] in chunk_text:
            length += 1
        if length == 1 and CJK.match(folded[at]):
            if folded[at] not in chunk_text:
                return False
            singles += 1
        at += length
    return singles <= 2
