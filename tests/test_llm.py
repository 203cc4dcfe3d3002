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

from extract import LLMError, Settings, WorkReport, aparse_report
from extract.llm import RETRYABLE_STATUS, default_mode, map_openai_error

TEXT = "一、工作回顾\n全年完成固定资产投资57.59亿元,同比增长65.92%。\n二、存在的问题\n产业转型升级压力还很大。\n"
GOOD = {
    "indicators": [
        {"quote": "全年完成固定资产投资57.59亿元,同比增长65.92%", "name": "固定资产投资", "value": 57.59, "unit": "亿元",
         "yoy_pct": 65.92, "target_completion_pct": None, "kind": "actual", "period": None}
    ],
    "plans": [], "problems": [], "achievements": [],
}
INVENTED = {
    "indicators": [
        {"quote": "全年完成固定资产投资57.59亿元", "name": "固定资产投资", "value": 75.59, "unit": "亿元",
         "yoy_pct": None, "target_completion_pct": None, "kind": "actual", "period": None},
        {"quote": "地区生产总值160亿元", "name": "地区生产总值", "value": 160, "unit": "亿元",
         "yoy_pct": None, "target_completion_pct": None, "kind": "actual", "period": None},
    ],
    "plans": [], "problems": [], "achievements": [],
}


EMPTY = {"indicators": [], "plans": [], "problems": [], "achievements": []}


def good_where_it_applies(request: dict) -> dict:
    """GOOD for the chunk that holds its quote, nothing for the others."""
    prompt = request["messages"][-1]["content"]
    return GOOD if GOOD["indicators"][0]["quote"] in prompt else EMPTY


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
    base = {"base_url": "http://127.0.0.1:9/v1", "model": "synthetic", "chunk_chars": 600, "max_reasks": 1,
            "max_retries": 2, "retry_backoff_s": 0.001, "concurrency": 2}
    return Settings.resolve(base | overrides)


def run(server: SyntheticServer, text: str = TEXT, **overrides) -> WorkReport:
    client = httpx.AsyncClient(transport=httpx.MockTransport(server))
    return asyncio.run(aparse_report(text, settings(**overrides), http_client=client))


def test_valid_answer_is_merged_with_the_rules() -> None:
    server = SyntheticServer(good_where_it_applies)
    report = run(server)
    assert report.stats.backend == "hybrid" and not report.stats.partial
    assert report.stats.llm["calls"] == report.stats.chunks == len(server.requests)
    assert report.stats.llm["prompt_tokens"] == 100 * report.stats.chunks
    [ind] = report.indicators
    assert (ind.value, ind.yoy_pct) == (57.59, 65.92)
    assert report.problems[0].text == "产业转型升级压力还很大"


def test_invented_numbers_and_quotes_never_reach_the_output() -> None:
    report = run(SyntheticServer(INVENTED), max_reasks=0)
    assert [i.value for i in report.indicators] == [57.59]  # the rules' record only
    assert report.stats.llm["dropped_records"] >= 2
    assert any("not written in the quote" in w for w in report.stats.warnings)
    assert any("not in the text" in w for w in report.stats.warnings)


def test_a_reask_carries_the_error_and_a_fixed_answer_is_kept() -> None:
    server = SyntheticServer(INVENTED, GOOD)
    report = run(server, chunk_chars=600, text=TEXT.split("二、")[0])
    assert report.stats.llm["reasks"] == 1 and report.stats.llm["calls"] == 2
    reask = server.requests[1]["messages"]
    assert len(reask) == 4 and "75.59" in json.dumps(reask, ensure_ascii=False)
    assert report.indicators[0].yoy_pct == 65.92


def test_malformed_json_is_reasked_then_dropped_not_fatal() -> None:
    report = run(SyntheticServer("this is not json {"), text=TEXT.split("二、")[0])
    assert report.stats.llm["calls"] == 2 and report.stats.llm["reasks"] == 1
    assert [i.value for i in report.indicators] == [57.59]


def test_429_with_retry_after_is_retried_by_the_transport_layer_only() -> None:
    limited = httpx.Response(429, headers={"retry-after": "0.01"}, json={"error": {"message": "slow down"}})
    server = SyntheticServer(limited, GOOD)
    report = run(server, text=TEXT.split("二、")[0])
    assert len(server.requests) == 2 and report.stats.llm["calls"] == 1 and report.stats.llm.get("reasks", 0) == 0
    assert report.indicators[0].yoy_pct == 65.92


@pytest.mark.parametrize("fault", [httpx.Response(500, json={"error": {"message": "boom"}}), httpx.ConnectError("refused"), httpx.ReadTimeout("slow")])
def test_persistent_transport_faults_mark_the_chunk_failed_and_keep_the_rest(fault) -> None:
    server = SyntheticServer(fault)
    report = run(server, max_retries=2)
    assert len(server.requests) == 3 * report.stats.chunks
    assert report.stats.partial and report.stats.llm["failed_chunks"] == report.stats.chunks
    assert [i.value for i in report.indicators] == [57.59]
    assert any("failed" in w for w in report.stats.warnings)


def test_a_refused_key_stops_the_run_with_one_clear_error() -> None:
    server = SyntheticServer(httpx.Response(401, json={"error": {"message": "bad key"}}))
    with pytest.raises(LLMError, match="API key"):
        run(server)
    assert len(server.requests) <= 2


def test_cache_makes_a_rerun_free(tmp_path) -> None:
    first = run(SyntheticServer(good_where_it_applies), cache_dir=str(tmp_path))
    again_server = SyntheticServer(httpx.Response(500))
    again = run(again_server, cache_dir=str(tmp_path))
    assert again_server.requests == []
    assert again.stats.llm["cache_hits"] == first.stats.chunks
    assert again.indicators == first.indicators
    fresh_server = SyntheticServer(good_where_it_applies)
    run(fresh_server, cache_dir=str(tmp_path), use_cache=False)
    assert len(fresh_server.requests) == first.stats.chunks


def test_every_exchange_is_logged_without_the_key(tmp_path) -> None:
    run(SyntheticServer(INVENTED, GOOD), cache_dir=str(tmp_path), api_key="sk-never-logged", text=TEXT.split("二、")[0])
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
