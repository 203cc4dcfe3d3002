"""Stage 5b, LLM: fill a chunk-level schema with a model, check every record against the source.

Layers, each retrying one thing only (the openai client's own retries are off):

- transport: tenacity retries a single HTTP call on connection errors, timeouts
  and the statuses in `RETRYABLE_STATUS`, honouring Retry-After, with
  exponential backoff and jitter otherwise;
- validation: instructor re-asks with the validation error, at most
  `max_reasks` times. Validators get the source and the chunk's span through
  instructor's validation context: a quote must be found in the chunk (verbatim,
  or re-aligned to the source's own text), every number must be a quantity the
  quote writes, units come from a closed list, kind is an enum;
- salvage: after the last re-ask, records of the last answer are validated one
  by one; the valid are kept and the invalid counted with their reasons.

A chunk whose calls still fail is marked failed; the report keeps the rest.
Third-party errors are translated to `LLMError` here and nowhere else
(`map_openai_error`). Prompts are Jinja templates in ``prompts/``, rendered by
instructor with the chunk as a variable, so report text is never parsed as a template.
"""

from __future__ import annotations

import asyncio
import json
import re
import time
from collections import Counter
from dataclasses import dataclass, field
from importlib.resources import files
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, Field, ValidationError, ValidationInfo, model_validator

from extract.schemas import Achievement, Evidence, Indicator, Plan, Problem, quote_shows_number

from .chunks import Chunk
from .clean import fold_width
from .errors import ConfigError, LLMError
from .ground import locate_quote
from .numbers import KNOWN_UNITS, find_quantities
from .settings import Settings
from .store import ExchangeStore, request_key

if TYPE_CHECKING:
    import openai

__all__ = [
    "RETRYABLE_STATUS",
    "ChunkExtraction",
    "LLMRun",
    "default_mode",
    "extract_chunks",
    "map_openai_error",
]

RETRYABLE_STATUS = frozenset({408, 409, 429, 500, 502, 503, 504})
_MAX_QUOTE_CHARS = 120
# A plan outside the plan sections, or an achievement outside the review, is a misreading.
_ROLES_FOR = {
    "plans": frozenset({"plan"}),
    "problems": frozenset({"problems", "review", "outlook", "plan", "other"}),
    "achievements": frozenset({"review"}),
}
# Outside a problems section, a problem has to say what falls short.
_SHORTFALL = re.compile(r"不足|短板|差距|瓶颈|薄弱|滞后|有待|亟待|不强|不高|不够|不多|尚未|不到位|压力|困难|矛盾|制约|隐患|难度|不容低估|不容忽视|突出")
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


def _locate(quote: str, info: ValidationInfo) -> Evidence:
    ctx = _context(info)
    if len(quote) > _MAX_QUOTE_CHARS:
        raise ValueError(f"quote is {len(quote)} characters; copy one clause of at most {_MAX_QUOTE_CHARS}")
    evidence = locate_quote(quote, ctx["source"], ctx["start"], ctx["end"])
    if evidence is None:
        raise ValueError(f"quote {quote[:40]!r} is not in the text; copy it character for character from the fragment")
    return evidence


class LLMStatement(BaseModel):
    quote: str = Field(description="the statement copied verbatim from the fragment, one clause")

    @model_validator(mode="after")
    def _grounded(self, info: ValidationInfo) -> LLMStatement:
        _locate(self.quote, info)
        return self


class LLMIndicator(BaseModel):
    """Every field is required (nullable ones may be null) so a grammar-constrained model has to state each."""

    quote: str = Field(description="the clause holding every number of this record, copied verbatim")
    name: str = Field(description="metric name as the text names it")
    value: float | None = Field(description="number in the unit written; null when only a rate is given")
    unit: str | None = Field(description="unit as written, e.g. 亿元, 个, %; null for rate-only records")
    yoy_pct: float | None = Field(description="year-on-year change in percent, negative for a fall")
    target_completion_pct: float | None = Field(description="share of the target reached, in percent")
    kind: Literal["actual", "target"] = Field(description="actual for achieved figures, target for goals")
    period: str | None = Field(description="period the text names, e.g. 2021年")

    @model_validator(mode="after")
    def _grounded(self, info: ValidationInfo) -> LLMIndicator:
        evidence = _locate(self.quote, info)
        if self.value is None and self.yoy_pct is None and self.target_completion_pct is None:
            raise ValueError("an indicator needs a value or a rate")
        if self.unit is not None and self.unit not in KNOWN_UNITS:
            raise ValueError(f"unit {self.unit!r} is not a known unit; write the unit exactly as the text does")
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


class ChunkExtraction(BaseModel):
    """What the model returns for one chunk."""

    indicators: list[LLMIndicator] = Field(default_factory=list)
    plans: list[LLMStatement] = Field(default_factory=list)
    problems: list[LLMStatement] = Field(default_factory=list)
    achievements: list[LLMStatement] = Field(default_factory=list)


# ---------------------------------------------------------------- results


@dataclass
class LLMRun:
    """Records from all chunks plus the counts that go into `stats.llm`."""

    indicators: list[Indicator] = field(default_factory=list)
    achievements: list[Achievement] = field(default_factory=list)
    plans: list[Plan] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    counts: Counter[str] = field(default_factory=Counter)
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
        self.schema = ChunkExtraction.model_json_schema()

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

    def key(self, chunk: Chunk, text: str) -> str:
        return request_key(
            model=self.settings.model,
            mode=self.mode,
            messages=self.messages(),
            chunk=text[chunk.start : chunk.end],
            path=chunk.section_path,
            role=chunk.role,
            schema=self.schema,
            max_tokens=self.settings.max_tokens,
        )


async def extract_chunks(text: str, chunks: list[Chunk], settings: Settings, http_client: Any = None) -> LLMRun:
    """Run every chunk through the model, at most `settings.concurrency` at once."""
    store = ExchangeStore(settings.cache_dir / "exchanges.sqlite3")
    try:
        caller = _Caller(settings, store, http_client)
        run = LLMRun()
        gate = asyncio.Semaphore(settings.concurrency)

        async def one(chunk: Chunk) -> tuple[Chunk, dict | None]:
            async with gate:
                return chunk, await _extract_chunk(caller, text, chunk, run)

        try:
            results = await asyncio.gather(*(one(c) for c in chunks))
        finally:
            await caller.client.close()
        for chunk, result in results:
            if result is not None:
                _collect(run, text, chunk, result)
        return run
    finally:
        store.close()


async def _extract_chunk(caller: _Caller, text: str, chunk: Chunk, run: LLMRun) -> dict | None:
    from instructor.core.exceptions import IncompleteOutputException, InstructorRetryException
    from instructor.core.hooks import Hooks

    settings = caller.settings
    key = caller.key(chunk, text)
    if settings.use_cache and (hit := caller.store.cached(key)):
        run.counts["cache_hits"] += 1
        return json.loads(hit)
    run.counts["cache_misses"] += 1
    context = {
        "source": text,
        "start": chunk.start,
        "end": chunk.end,
        "chunk_text": text[chunk.start : chunk.end],
        "section_path": " > ".join(chunk.section_path) or "（无）",
        "role": chunk.role,
    }
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
        result: ChunkExtraction = await caller.create(  # type: ignore[misc]
            response_model=ChunkExtraction,
            messages=caller.messages(),
            model=settings.model,
            context=context,
            max_retries=settings.max_reasks,
            hooks=hooks,
            max_tokens=settings.max_tokens,
            temperature=0,
        )
    except IncompleteOutputException as exc:
        run.counts["reasks"] += max(0, attempt.n - 1)
        run.counts["truncated_answers"] += 1
        salvaged = _salvage(exc.last_completion, context, run, chunk)
    except InstructorRetryException as exc:
        run.counts["reasks"] += max(0, attempt.n - 1)
        cause = exc.__cause__
        import openai

        if isinstance(cause, openai.OpenAIError):
            error, _ = map_openai_error(cause, chunk.index)
            if _fatal(error):
                raise error from cause
            run.counts["failed_chunks"] += 1
            run.warn(chunk, f"failed: {error}")
            return None
        salvaged = _salvage(exc.last_completion, context, run, chunk)
    else:
        run.counts["reasks"] += max(0, attempt.n - 1)
        salvaged = result.model_dump()
    caller.store.remember(key, settings.model, json.dumps(salvaged, ensure_ascii=False))  # a re-run asks nothing
    return salvaged


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


def _salvage(completion: Any, context: dict[str, Any], run: LLMRun, chunk: Chunk) -> dict:
    """Keep the valid records of the last answer after the re-asks ran out; count the rest by reason.

    An answer cut off by the token limit is read as far as it goes (complete records only).
    """
    import jiter

    raw = _answer_text(completion) if completion is not None else None
    try:
        data = jiter.from_json(raw.encode(), partial_mode="on") if raw else {}
    except ValueError:
        run.counts["dropped_records"] += 1
        run.warn(chunk, "the last answer was not JSON; nothing kept")
        return {}
    kept: dict[str, list] = {}
    models: dict[str, type[BaseModel]] = {
        "indicators": LLMIndicator, "plans": LLMStatement, "problems": LLMStatement, "achievements": LLMStatement,
    }
    for section, model in models.items():
        kept[section] = []
        for item in data.get(section, []) if isinstance(data, dict) else []:
            try:
                kept[section].append(model.model_validate(item, context=context).model_dump())
            except ValidationError as exc:
                run.counts["dropped_records"] += 1
                run.warn(chunk, f"dropped a model {section[:-1]}: {exc.errors()[0]['msg'][:160]}")
    return kept


def _collect(run: LLMRun, text: str, chunk: Chunk, data: dict) -> None:
    """Turn validated chunk records into grounded schema records."""
    category = chunk.section_path[-1] if chunk.section_path else None
    for item in data.get("indicators", []):
        evidence = locate_quote(item["quote"], text, chunk.start, chunk.end)
        if evidence is None:
            continue
        fields = {k: item.get(k) for k in ("name", "value", "unit", "yoy_pct", "target_completion_pct", "kind", "period")}
        if fields["value"] is None:
            fields["unit"] = None
        run.indicators.append(Indicator(**fields, evidence=evidence))
    targets: tuple[tuple[str, type[Plan | Problem | Achievement], list], ...] = (
        ("plans", Plan, run.plans),
        ("problems", Problem, run.problems),
        ("achievements", Achievement, run.achievements),
    )
    for section, model, target in targets:
        if chunk.role not in _ROLES_FOR[section]:
            run.counts["dropped_records"] += len(data.get(section, []))
            continue
        for item in data.get(section, []):
            evidence = locate_quote(item["quote"], text, chunk.start, chunk.end)
            if evidence is None:
                continue
            if section == "problems" and chunk.role != "problems" and not _SHORTFALL.search(evidence.quote):
                run.counts["dropped_records"] += 1
                continue
            target.append(model(text=evidence.quote, category=category, evidence=evidence))
