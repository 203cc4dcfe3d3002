"""LLM stage against a *synthetic* server (httpx.MockTransport): faults, re-asks, salvage, cache, log.

These answers are written by the tests, not recorded from a model; real model
traffic is replayed from cassettes in test_cassettes.py.
"""

from __future__ import annotations

import asyncio
import inspect
import json
import sqlite3

import httpx2 as httpx  # the HTTP client openai 3.x is built on
import openai
import pytest

from extract import LLMError, Settings, WorkReport, aparse_report, parse_report
from extract.llm import RETRYABLE_STATUS, default_mode, map_openai_error

TEXT = "一、工作回顾\n全年完成固定资产投资57.59亿元,同比增长65.92%。\n二、存在的问题\n产业转型升级压力还很大。\n"
# Verdicts by id (see extract/prompts/system.txt): Q1 = 57.59亿元, Q2 = 65.92%, C4 = 产业转型升级压力还很大.
AGREE = {"quantities": [], "clauses": []}
CORRECT = {
    "quantities": [{"id": "Q2", "role": "none"}, {"id": "Q1", "role": "value", "name": "固定资产投资", "kind": "target", "period": "全年"}],
    "clauses": [{"id": "C4", "label": "none"}, {"id": "C2", "label": "achievement"}],
}
INVENTED = {
    "quantities": [{"id": "Q9", "role": "value"}, {"id": "Q2", "role": "yoy", "of": "Q7"}, {"id": "Q1", "role": "value", "name": "地区生产总值"}],
    "clauses": [{"id": "C99", "label": "plan"}],
    "extra": [{"quote": "地区生产总值160亿元", "name": "地区生产总值", "value": 160, "unit": "亿元", "yoy_pct": None,
               "target_completion_pct": None, "kind": "actual", "period": None},
              {"quote": "全年完成固定资产投资57.59亿元", "name": "固定资产投资", "value": 75.59, "unit": "亿元", "yoy_pct": None,
               "target_completion_pct": None, "kind": "actual", "period": None}],
}
NOT_THE_SCHEMA = {"quantities": [{"id": "Q1", "role": "maybe"}], "clauses": []}


def completion(content: str) -> httpx.Response:
    return httpx.Response(200, json={
        "id": "synthetic", "object": "chat.completion", "created": 0, "model": "synthetic",
        "choices": [{"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": content}}],
        "usage": {"prompt_tokens": 100, "completion_tokens": 20, "total_tokens": 120},
    })


class SyntheticServer:
    """Answers each call with the next scripted response; records what it was sent."""

    def __init__(self, *script) -> None:
        self.script = list(script)
        self.requests: list[dict] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(json.loads(request.content))
        step = self.script.pop(0) if len(self.script) > 1 else self.script[0]
        if callable(step) and not isinstance(step, type):
            step = step(self.requests[-1])
        if isinstance(step, Exception):
            raise step
        if isinstance(step, httpx.Response):
            return step
        return completion(step if isinstance(step, str) else json.dumps(step, ensure_ascii=False))


def settings(**overrides) -> Settings:
    base = {"base_url": "http://127.0.0.1:9/v1", "model": "synthetic", "max_reasks": 1,
            "max_retries": 2, "retry_backoff_s": 0.001, "concurrency": 2}
    return Settings.resolve(base | overrides)


def run(server: SyntheticServer, text: str = TEXT, **overrides) -> WorkReport:
    client = httpx.AsyncClient(transport=httpx.MockTransport(server))
    return asyncio.run(aparse_report(text, settings(**overrides), http_client=client))


def offline(text: str = TEXT) -> WorkReport:
    return parse_report(text, Settings.resolve({"offline": True}))


def records(report: WorkReport) -> dict:
    return report.model_dump(include={"indicators", "achievements", "plans", "problems"})


def test_the_prompt_shows_ids_and_the_rules_reading() -> None:
    server = SyntheticServer(AGREE)
    run(server)
    prompt = server.requests[0]["messages"][-1]["content"]
    assert "〔Q1〕57.59亿元" in prompt and "〔Q2〕65.92%" in prompt and "〔C4〕产业转型升级压力还很大" in prompt
    assert "Q2 同比→Q1" in prompt and "C4 问题" in prompt


def test_a_model_that_agrees_gives_exactly_the_offline_records() -> None:
    report = run(SyntheticServer(AGREE))
    assert report.stats.backend == "hybrid" and not report.stats.partial
    assert report.stats.llm["calls"] == report.stats.chunks == 1
    assert records(report) == records(offline())


def test_verdicts_decide_the_output() -> None:
    report = run(SyntheticServer(CORRECT))
    [ind] = report.indicators
    assert (ind.value, ind.yoy_pct, ind.kind, ind.period) == (57.59, None, "target", "全年")
    assert report.problems == []
    assert [a.text for a in report.achievements] == ["全年完成固定资产投资57.59亿元"]
    assert report.stats.llm["changed_readings"] >= 2  # Q2 and C4; C2 is already the rules' achievement


@pytest.mark.parametrize(("trust", "kind", "problems"), [("none", "actual", 1), ("kind", "target", 1), ("problems", "actual", 0)])
def test_trust_says_which_verdicts_count(trust: str, kind: str, problems: int) -> None:
    report = run(SyntheticServer(CORRECT), trust=trust)
    assert report.indicators[0].kind == kind and len(report.problems) == problems
    if trust == "none":
        assert records(report) == records(offline())


def test_invented_ids_names_and_numbers_never_reach_the_output() -> None:
    report = run(SyntheticServer(INVENTED), max_reasks=0)
    assert records(report) == records(offline())
    assert report.stats.llm["dropped_verdicts"] == 6
    warnings = " ".join(report.stats.warnings)
    assert "no such number" in warnings and "not written in the chunk" in warnings and "not written in the quote" in warnings


def test_an_answer_off_the_schema_is_reasked_with_the_error_and_the_fix_kept() -> None:
    server = SyntheticServer(NOT_THE_SCHEMA, CORRECT)
    report = run(server)
    assert report.stats.llm["reasks"] == 1 and report.stats.llm["calls"] == 2
    reask = server.requests[1]["messages"]
    assert len(reask) == 4 and "maybe" in json.dumps(reask, ensure_ascii=False)
    assert report.indicators[0].kind == "target"


def test_malformed_json_is_reasked_then_the_rules_stand() -> None:
    report = run(SyntheticServer("this is not json {"))
    assert report.stats.llm["calls"] == 2 and report.stats.llm["reasks"] == 1
    assert records(report) == records(offline())


def test_a_truncated_answer_keeps_its_complete_verdicts() -> None:
    cut = json.dumps(CORRECT, ensure_ascii=False)[:-40]
    truncated = completion(cut)
    body = json.loads(truncated.content)
    body["choices"][0]["finish_reason"] = "length"
    report = run(SyntheticServer(httpx.Response(200, json=body)), max_reasks=0)
    assert report.stats.llm["truncated_answers"] == 1
    assert report.indicators[0].kind == "target"  # Q1's verdict was complete


def test_429_with_retry_after_is_retried_by_the_transport_layer_only() -> None:
    limited = httpx.Response(429, headers={"retry-after": "0.01"}, json={"error": {"message": "slow down"}})
    server = SyntheticServer(limited, CORRECT)
    report = run(server)
    assert len(server.requests) == 2 and report.stats.llm["calls"] == 1 and report.stats.llm.get("reasks", 0) == 0
    assert report.indicators[0].kind == "target"


LONG = TEXT + "\n".join(f"三、其他\n新增企业{n}家。" for n in range(10, 60)) + "\n"


def fails_where(fault, needle: str):
    def answer(request: dict):
        return fault if needle in request["messages"][-1]["content"] else AGREE
    return answer


@pytest.mark.parametrize("fault", [httpx.Response(500, json={"error": {"message": "boom"}}), httpx.ConnectError("refused"), httpx.ReadTimeout("slow")])
def test_persistent_transport_faults_mark_the_chunk_failed_and_keep_the_rest(fault) -> None:
    server = SyntheticServer(fails_where(fault, "57.59"))
    report = run(server, max_retries=2, chunk_chars=200, text=LONG)
    assert report.stats.chunks > 2 and len(server.requests) == report.stats.chunks + 2
    assert report.stats.partial and report.stats.llm["failed_chunks"] == 1
    assert records(report) == records(offline(LONG))
    assert any("failed" in w for w in report.stats.warnings)


def test_when_every_call_fails_the_run_fails() -> None:
    with pytest.raises(LLMError, match="every model call failed.*reach the endpoint"):
        run(SyntheticServer(httpx.ConnectError("refused")), max_retries=0, chunk_chars=200, text=LONG)


def test_a_refused_key_stops_the_run_with_one_clear_error() -> None:
    server = SyntheticServer(httpx.Response(401, json={"error": {"message": "bad key"}}))
    with pytest.raises(LLMError, match="API key"):
        run(server)
    assert len(server.requests) <= 2


def test_cache_makes_a_rerun_free(tmp_path) -> None:
    first = run(SyntheticServer(CORRECT), cache_dir=str(tmp_path))
    again_server = SyntheticServer(httpx.Response(500))
    again = run(again_server, cache_dir=str(tmp_path))
    assert again_server.requests == []
    assert again.stats.llm["cache_hits"] == first.stats.chunks
    assert again.indicators == first.indicators
    other_trust = run(again_server, cache_dir=str(tmp_path), trust="none")
    assert again_server.requests == [] and records(other_trust) == records(offline())  # trust costs no calls
    fresh_server = SyntheticServer(CORRECT)
    run(fresh_server, cache_dir=str(tmp_path), use_cache=False)
    assert len(fresh_server.requests) == first.stats.chunks


def test_every_exchange_is_logged_without_the_key(tmp_path) -> None:
    run(SyntheticServer(NOT_THE_SCHEMA, CORRECT), cache_dir=str(tmp_path), api_key="sk-never-logged")
    rows = sqlite3.connect(tmp_path / "exchanges.sqlite3").execute("SELECT attempt, prompt_tokens, response, error FROM exchanges").fetchall()
    assert [r[0] for r in rows if r[2]] == [1, 2]
    assert any(r[3] and "ValidationError" in r[3] for r in rows)
    dump = (tmp_path / "exchanges.sqlite3").read_bytes()
    assert b"sk-never-logged" not in dump


def _instance(cls: type, request: httpx.Request) -> BaseException:
    """An instance of any openai exception class, whatever its constructor wants."""
    if issubclass(cls, openai.APIStatusError):
        status = getattr(cls, "status_code", None)
        response = httpx.Response(status if isinstance(status, int) else 418, request=request)
        try:
            return cls("m", response=response, body=None)
        except TypeError:
            return cls(response=response, body=None)
    attempts = (
        lambda: cls(request=request),
        lambda: cls(response=httpx.Response(200, request=request), body=None),
        lambda: cls("m", request=request, body=None),
        lambda: cls("m"),
        lambda: cls(),
    )
    for attempt in attempts:
        try:
            return attempt()
        except TypeError:
            continue
    return cls.__new__(cls)


def test_every_openai_exception_class_is_mapped() -> None:
    request = httpx.Request("POST", "http://x/v1/chat/completions")
    classes = [c for _, c in inspect.getmembers(openai, inspect.isclass) if issubclass(c, openai.OpenAIError)]
    assert len(classes) >= 15
    for cls in classes:
        exc = _instance(cls, request)
        error, retryable = map_openai_error(exc, chunk_index=3)
        assert isinstance(error, LLMError) and str(error), cls
        if isinstance(exc, openai.APIStatusError):
            assert retryable == (exc.status_code in RETRYABLE_STATUS), cls
        if isinstance(exc, (openai.APIConnectionError, openai.APITimeoutError)):
            assert retryable, cls
    with pytest.raises(TypeError):
        map_openai_error(ValueError("not openai"))


@pytest.mark.parametrize(
    ("base_url", "mode"),
    [(None, "tools"), ("https://api.openai.com/v1", "tools"), ("https://api.deepseek.com", "tools"),
     ("http://127.0.0.1:8080/v1", "json_schema"), ("http://localhost:11434/v1", "json_schema"), ("https://llm.example.org/v1", "tools")],
)
def test_default_mode_by_endpoint(base_url, mode) -> None:
    assert default_mode(Settings.resolve({"base_url": base_url})) == mode
    assert default_mode(Settings.resolve({"base_url": base_url, "mode": "md_json"})) == "md_json"
