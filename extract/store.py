"""The exchange store: every model call logged, and validated chunk results cached, in one SQLite file.

Like `llm`'s logs.db, each exchange (one HTTP round trip, re-asks included) is a
row: model, request hash, chunk, attempt, tokens, latency, the response text or
the error. Request headers are never stored, so the API key cannot leak here.
A chunk's validated result is cached under the hash of model, mode, messages,
chunk and response schema, so re-running a report costs no calls.
"""

from __future__ import annotations

import hashlib
import json
import logging
import sqlite3
import threading
import time
from pathlib import Path

__all__ = ["ExchangeStore", "request_key"]

# One line per exchange; `extract run -v` shows them on stderr (as `llm logs` would list them).
exchange_log = logging.getLogger("extract.exchanges")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS exchanges (
    id INTEGER PRIMARY KEY,
    created REAL NOT NULL,
    model TEXT NOT NULL,
    request_key TEXT NOT NULL,
    chunk_index INTEGER,
    attempt INTEGER,
    prompt_tokens INTEGER,
    completion_tokens INTEGER,
    latency_ms REAL,
    response TEXT,
    error TEXT
);
CREATE TABLE IF NOT EXISTS results (
    request_key TEXT PRIMARY KEY,
    created REAL NOT NULL,
    model TEXT NOT NULL,
    result TEXT NOT NULL
);
"""


def request_key(**parts: object) -> str:
    """Stable hash of everything that decides a model's answer."""
    return hashlib.sha256(json.dumps(parts, ensure_ascii=False, sort_keys=True, default=str).encode()).hexdigest()


class ExchangeStore:
    """Thread-safe log and cache; one connection, serialised writes."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._lock = threading.Lock()
        self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.executescript(_SCHEMA)

    def log(self, *, model: str, key: str, chunk_index: int | None, attempt: int, prompt_tokens: int | None,
            completion_tokens: int | None, latency_ms: float, response: str | None, error: str | None) -> None:
        exchange_log.info(
            "model=%s chunk=%s attempt=%s latency=%.0fms prompt_tokens=%s completion_tokens=%s %s",
            model, chunk_index, attempt, latency_ms, prompt_tokens, completion_tokens,
            f"error={error}" if error else f"answer={(response or '')[:300]!r}",
        )
        with self._lock:
            self._db.execute(
                "INSERT INTO exchanges (created, model, request_key, chunk_index, attempt, prompt_tokens,"
                " completion_tokens, latency_ms, response, error) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (time.time(), model, key, chunk_index, attempt, prompt_tokens, completion_tokens, latency_ms, response, error),
            )

    def cached(self, key: str) -> str | None:
        with self._lock:
            row = self._db.execute("SELECT result FROM results WHERE request_key = ?", (key,)).fetchone()
        return row[0] if row else None

    def remember(self, key: str, model: str, result: str) -> None:
        with self._lock:
            self._db.execute(
                "INSERT OR REPLACE INTO results (request_key, created, model, result) VALUES (?, ?, ?, ?)",
                (key, time.time(), model, result),
            )

    def exchanges(self) -> list[dict]:
        with self._lock:
            cursor = self._db.execute("SELECT * FROM exchanges ORDER BY id")
            names = [c[0] for c in cursor.description]
            return [dict(zip(names, row)) for row in cursor.fetchall()]

    def close(self) -> None:
        with self._lock:
            self._db.close()
