"""`extract serve`: the extraction service over HTTP (FastAPI on uvicorn).

- ``POST /v1/extract``: one report as ``text/plain`` (any encoding the CLI reads), a JSON body
  ``{"text": …, "name": …}`` or a multipart upload (``file``) → exactly what ``extract run`` writes
  for it (``?format=csv|md|html|jsonl`` for the other formats).
- ``POST /v1/jobs`` (multipart, many ``files``) → 202 and a job id at once; ``GET /v1/jobs/{id}``
  for its status and per-file progress; ``GET /v1/jobs/{id}/reports/{name}`` for each result.
  Jobs live under the data folder (a SQLite table of jobs, the uploaded files, and a batch output
  folder each) and run through `batch.run_batch`, so a server killed mid-job finishes it when
  restarted, skipping what was done and writing nothing twice.
- Errors are RFC 9457 problem JSON with the status of the error family (`ExtractError.http_status`):
  400 unreadable, 413 too large, 415 not a text report, 422 invalid parameters, 502 the model
  endpoint failed, 503 with Retry-After when the queue is full; never a stack trace.
- With ``EXTRACT_API_TOKEN`` set every route but ``/healthz`` needs ``Authorization: Bearer <token>``
  (constant-time compare); without it the CLI refuses to bind anything but loopback.
- Work is bounded: at most ``max_concurrent`` extractions run at once and ``max_queue`` wait; a
  request beyond that gets 503 at once rather than joining an unbounded backlog.
- ``/healthz``; ``/metrics`` in Prometheus text format.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import re
import sqlite3
import threading
import time
import uuid
from collections.abc import Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Histogram, generate_latest

from extract.schemas import WorkReport

from . import __version__
from .batch import SUMMARY_NAME, run_batch
from .errors import ExtractError
from .output import write_atomic
from .pipeline import aparse_report_and_text
from .render import render
from .settings import Settings

__all__ = ["LOOPBACK_HOSTS", "create_app"]

LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})
_MEDIA = {"json": "application/json", "jsonl": "application/x-ndjson", "csv": "text/csv; charset=utf-8",
          "md": "text/markdown; charset=utf-8", "html": "text/html; charset=utf-8"}
_SAFE_NAME = re.compile(r"[^\w.\-\u4e00-\u9fff]+")
_OPEN_ROUTES = frozenset({"/healthz"})
_MAX_NAME_BYTES = 120


class Problem(Exception):
    """An HTTP problem raised inside a route (RFC 9457)."""

    def __init__(self, status: int, title: str, detail: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(detail)
        self.status, self.title, self.detail, self.headers = status, title, detail, headers or {}


def _problem(status: int, title: str, detail: str, headers: dict[str, str] | None = None) -> JSONResponse:
    body = {"type": "about:blank", "title": title, "status": status, "detail": detail}
    return JSONResponse(body, status_code=status, media_type="application/problem+json", headers=headers)


@dataclass
class _Metrics:
    registry: CollectorRegistry = field(default_factory=CollectorRegistry)

    def __post_init__(self) -> None:
        self.requests = Counter("extract_requests_total", "HTTP requests", ["route", "status"], registry=self.registry)
        self.latency = Histogram("extract_request_seconds", "HTTP request latency", ["route"], registry=self.registry)
        self.model_calls = Counter("extract_model_calls_total", "model calls made", registry=self.registry)
        self.tokens = Counter("extract_model_tokens_total", "model tokens", ["kind"], registry=self.registry)
        self.errors = Counter("extract_errors_total", "errors answered, by kind", ["kind"], registry=self.registry)

    def report(self, report: WorkReport) -> None:
        self.model_calls.inc(report.stats.llm.get("calls", 0))
        self.tokens.labels("prompt").inc(report.stats.llm.get("prompt_tokens", 0))
        self.tokens.labels("completion").inc(report.stats.llm.get("completion_tokens", 0))


class _Gate:
    """At most `running` extractions at once and `waiting` queued; beyond that, 503 at once."""

    def __init__(self, running: int, waiting: int) -> None:
        self.semaphore = asyncio.Semaphore(running)
        self.limit = running + waiting
        self.inside = 0

    async def run(self, work: Callable[[], Awaitable[Any]]) -> Any:
        """The work keeps its slot until it ends, even when the client that asked for it goes away: its thread
        runs on, and freeing the slot early would let more extractions run than the gate allows."""
        if self.inside >= self.limit:
            raise Problem(503, "Busy", "too many reports in progress; retry shortly", {"Retry-After": "1"})
        self.inside += 1
        try:
            await self.semaphore.acquire()
        except BaseException:
            self.inside -= 1
            raise
        task = asyncio.ensure_future(work())
        task.add_done_callback(self._leave)
        return await asyncio.shield(task)

    def _leave(self, task: asyncio.Future[Any]) -> None:
        self.inside -= 1
        self.semaphore.release()
        if not task.cancelled():
            task.exception()  # retrieved here when the client that awaited it has gone


class _Jobs:
    """Batch jobs in a SQLite table under the data folder, run one at a time by a worker thread."""

    def __init__(self, data_dir: Path, settings: Settings) -> None:
        self.root = data_dir / "jobs"
        self.root.mkdir(parents=True, exist_ok=True)
        self.settings = settings
        self.db_path = data_dir / "jobs.sqlite3"
        with self._db() as db:
            db.execute(
                "CREATE TABLE IF NOT EXISTS jobs (id TEXT PRIMARY KEY, created REAL NOT NULL, status TEXT NOT NULL,"
                " files INTEGER NOT NULL, error TEXT)"
            )
        self.wake = threading.Event()
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._work, name="extract-jobs", daemon=True)

    def _db(self) -> sqlite3.Connection:
        return sqlite3.connect(self.db_path, isolation_level=None, timeout=30)

    def start(self) -> None:
        with self._db() as db:  # a job a killed server left running is queued again: the batch resumes it
            db.execute("UPDATE jobs SET status = 'queued' WHERE status = 'running'")
        self.thread.start()
        self.wake.set()

    def close(self) -> None:
        self.stop.set()
        self.wake.set()
        self.thread.join(timeout=30)

    def submit(self, files: list[tuple[str, bytes]]) -> str:
        job = uuid.uuid4().hex[:16]
        inputs = self.root / job / "in"
        inputs.mkdir(parents=True)
        for name, data in files:
            write_atomic(inputs / name, data, overwrite=False)
        with self._db() as db:
            db.execute("INSERT INTO jobs VALUES (?, ?, 'queued', ?, NULL)", (job, time.time(), len(files)))
        self.wake.set()
        return job

    def status(self, job: str) -> dict[str, Any]:
        with self._db() as db:
            row = db.execute("SELECT status, files, error, created FROM jobs WHERE id = ?", (job,)).fetchone()
        if row is None:
            raise Problem(404, "Not Found", f"no job {job}")
        status, count, error, created = row
        out = self.root / job / "out"
        summary = _read_json(out / SUMMARY_NAME)
        by_input = {Path(f["input"]).name: f for f in summary.get("files", [])} if summary else {}
        files = []
        for path in sorted((self.root / job / "in").iterdir()):
            done = by_input.get(path.name)
            if done is not None:
                files.append({"name": path.name, "status": done["status"], "reason": done["reason"], "counts": done["counts"]})
            else:
                ready = (out / f"{path.stem}.json").is_file() and status != "queued"
                files.append({"name": path.name, "status": "done" if ready else "pending", "reason": None, "counts": {}})
        finished = sum(1 for f in files if f["status"] != "pending")
        return {"id": job, "status": status, "created": created, "files_total": count, "files_finished": finished,
                "error": error, "files": files}

    def report_path(self, job: str, name: str) -> Path:
        self.status(job)  # 404 for an unknown job
        path = self.root / job / "out" / f"{Path(name).stem}.json"
        if not path.is_file():
            raise Problem(404, "Not Found", f"job {job} has no report {name} (yet)")
        return path

    def _next(self) -> str | None:
        with self._db() as db:
            row = db.execute("SELECT id FROM jobs WHERE status = 'queued' ORDER BY created LIMIT 1").fetchone()
            if row:
                db.execute("UPDATE jobs SET status = 'running' WHERE id = ?", row)
        return row[0] if row else None

    def _work(self) -> None:
        while not self.stop.is_set():
            job = self._next()
            if job is None:
                self.wake.wait(timeout=1.0)
                self.wake.clear()
                continue
            inputs = sorted((self.root / job / "in").iterdir())
            try:
                result = run_batch(inputs, self.root / job / "out", self.settings, stop=self.stop)
                status, error = ("interrupted" if result.interrupted else "done"), None
            except ExtractError as exc:
                status, error = "failed", str(exc)
            except Exception as exc:  # a bug fails this job, never the worker: later jobs still run
                status, error = "failed", f"internal error ({type(exc).__name__}); please report it"
            if status == "interrupted":
                status = "queued"  # the server is stopping; the next start finishes it
            with self._db() as db:
                db.execute("UPDATE jobs SET status = ?, error = ? WHERE id = ?", (status, error, job))


def _read_json(path: Path) -> dict[str, Any] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def _safe_name(name: str | None, index: int) -> str:
    """An uploaded file's name, reduced to a plain file name (no folders, no dots first)."""
    base = _SAFE_NAME.sub("_", Path(name or "").name).lstrip(".")
    if len(base.encode("utf-8")) > _MAX_NAME_BYTES:  # file systems allow 255 bytes; keep the extension
        suffix = Path(base).suffix[:10]
        base = base.encode("utf-8")[: _MAX_NAME_BYTES - len(suffix)].decode("utf-8", "ignore") + suffix
    return base or f"report-{index}.txt"


def create_app(settings: Settings) -> FastAPI:
    """The service for `settings` (the CLI's, from flags and environment)."""
    metrics = _Metrics()
    jobs = _Jobs(settings.data_dir, settings)
    gates: dict[str, _Gate] = {}
    token = settings.api_token.get_secret_value() if settings.api_token else None

    @asynccontextmanager
    async def lifespan(app: FastAPI):  # type: ignore[no-untyped-def]
        gates["extract"] = _Gate(settings.max_concurrent, settings.max_queue)
        jobs.start()
        yield
        jobs.close()

    app = FastAPI(
        title="workreport-extract",
        version=__version__,
        summary="Structured, source-grounded data from Chinese government work reports",
        lifespan=lifespan,
    )

    app.add_middleware(_BodyLimit, limit=settings.max_upload_bytes)

    @app.middleware("http")
    async def guard(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        """Auth, size limit, metrics; a route's own problems pass through, anything else is a plain 500."""
        route = request.url.path if request.url.path in {"/healthz", "/metrics", "/v1/extract", "/v1/jobs"} else "other"
        began = time.perf_counter()
        response: Response
        if token is None and not _local(request):  # without a token only this machine's own pages may call
            metrics.requests.labels(route, "403").inc()
            return _problem(403, "Forbidden", "without EXTRACT_API_TOKEN the service answers loopback requests only")
        if token is not None and request.url.path not in _OPEN_ROUTES:
            given = request.headers.get("authorization", "")
            if not hmac.compare_digest(given.encode(), f"Bearer {token}".encode()):
                response = _problem(401, "Unauthorized", "send Authorization: Bearer <EXTRACT_API_TOKEN>", {"WWW-Authenticate": "Bearer"})
                metrics.requests.labels(route, "401").inc()
                return response
        length = request.headers.get("content-length")
        if length and length.isdigit() and int(length) > settings.max_upload_bytes:
            response = _problem(413, "Content Too Large", f"the body has {length} bytes; the limit is {settings.max_upload_bytes}")
        else:
            try:
                response = await call_next(request)
            except Exception:  # a bug: logged by uvicorn, never shown to the client
                metrics.errors.labels("internal").inc()
                response = _problem(500, "Internal Server Error", "the server failed; the request may be retried")
        metrics.requests.labels(route, str(response.status_code)).inc()
        metrics.latency.labels(route).observe(time.perf_counter() - began)
        return response

    @app.exception_handler(Problem)
    async def on_problem(request: Request, exc: Problem) -> JSONResponse:
        metrics.errors.labels(str(exc.status)).inc()
        return _problem(exc.status, exc.title, exc.detail, exc.headers)

    @app.exception_handler(ExtractError)
    async def on_extract_error(request: Request, exc: ExtractError) -> JSONResponse:
        metrics.errors.labels(type(exc).__name__).inc()
        return _problem(exc.http_status, type(exc).__name__, str(exc))

    @app.exception_handler(RequestValidationError)
    async def on_invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        metrics.errors.labels("invalid").inc()
        detail = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
        return _problem(422, "Unprocessable Content", detail)

    @app.get("/healthz", summary="liveness")
    async def healthz() -> dict[str, str]:
        return {"status": "ok", "version": __version__}

    @app.get("/metrics", summary="Prometheus metrics", response_class=Response)
    async def prometheus() -> Response:
        return Response(generate_latest(metrics.registry), media_type=CONTENT_TYPE_LATEST)

    @app.post(
        "/v1/extract",
        summary="extract one report",
        openapi_extra={"requestBody": {"required": True, "content": {
            "text/plain": {"schema": {"type": "string"}},
            "application/json": {"schema": {"type": "object", "required": ["text"],
                                            "properties": {"text": {"type": "string"}, "name": {"type": "string"}}}},
            "multipart/form-data": {"schema": {"type": "object", "required": ["file"],
                                               "properties": {"file": {"type": "string", "format": "binary"}}}},
        }}},
        responses={200: {"description": "the WorkReport (or the asked format)"}},
    )
    async def extract(request: Request, format: Literal["json", "jsonl", "csv", "md", "html"] = "json", name: str | None = None) -> Response:
        data, given_name = await _read_report(request, settings.max_upload_bytes)
        shown = name or given_name

        async def work() -> tuple[WorkReport, str]:
            return await aparse_report_and_text(data, settings, name=shown)

        report, text = await gates["extract"].run(work)
        metrics.report(report)
        return Response(render([report], format, [text] if format == "html" else []), media_type=_MEDIA[format])

    @app.post(
        "/v1/jobs",
        status_code=202,
        summary="start a batch of reports",
        openapi_extra={"requestBody": {"required": True, "content": {"multipart/form-data": {"schema": {
            "type": "object", "required": ["files"],
            "properties": {"files": {"type": "array", "items": {"type": "string", "format": "binary"}}}}}}}},
    )
    async def submit(request: Request) -> JSONResponse:
        form = await _form(request)
        uploads = [item for key, item in form.multi_items() if key == "files" and hasattr(item, "read")]
        if not uploads:
            raise Problem(422, "Unprocessable Content", "send the reports as multipart form fields named 'files'")
        files: list[tuple[str, bytes]] = []
        seen: set[str] = set()
        for index, upload in enumerate(uploads):
            name = _safe_name(upload.filename, index)
            if Path(name).suffix.lower() != ".txt":
                name += ".txt"
            if Path(name).stem in seen:
                raise Problem(422, "Unprocessable Content", f"two files named {name}; names must differ")
            seen.add(Path(name).stem)
            files.append((name, await upload.read()))
        job = await asyncio.to_thread(jobs.submit, files)
        return JSONResponse({"id": job, "status_url": f"/v1/jobs/{job}"}, status_code=202)

    @app.get("/v1/jobs/{job}", summary="a job's status and per-file progress")
    async def job_status(job: str) -> dict[str, Any]:
        return await asyncio.to_thread(jobs.status, job)

    @app.get("/v1/jobs/{job}/reports/{name}", summary="one report of a job")
    async def job_report(job: str, name: str) -> FileResponse:
        return FileResponse(await asyncio.to_thread(jobs.report_path, job, name), media_type="application/json")

    return app


def _local(request: Request) -> bool:
    """A request addressed to loopback (Host) and, from a browser, sent by a loopback page (Origin): a web page
    elsewhere cannot make the user's browser post reports to a token-less local service."""
    host = (request.headers.get("host") or "").rsplit(":", 1)[0].strip("[]")
    origin = request.headers.get("origin")
    origin_host = re.sub(r"^[a-z]+://", "", origin or "").split("/")[0].rsplit(":", 1)[0].strip("[]")
    return host in LOOPBACK_HOSTS and (origin is None or origin_host in LOOPBACK_HOSTS)


class _BodyLimit:
    """ASGI middleware: a body larger than `limit` is refused with 413 whether or not it says its length
    (a chunked upload is counted as it arrives, and never read past the limit)."""

    def __init__(self, app: Any, limit: int) -> None:
        self.app, self.limit = app, limit

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        messages, size = [], 0
        while True:
            message = await receive()
            messages.append(message)
            size += len(message.get("body", b""))
            if size > self.limit:
                response = _problem(413, "Content Too Large", f"the body has more than {self.limit} bytes; the limit is {self.limit}")
                await response(scope, receive, send)
                return
            if message["type"] != "http.request" or not message.get("more_body"):
                break
        replay = iter(messages)

        async def replayed() -> dict[str, Any]:
            return next(replay, None) or await receive()

        await self.app(scope, replayed, send)


async def _form(request: Request) -> Any:
    try:
        return await request.form()
    except Exception as exc:  # starlette's multipart errors have no common base
        raise Problem(400, "Bad Request", f"not a readable multipart form ({type(exc).__name__})") from None


async def _read_report(request: Request, limit: int) -> tuple[bytes, str | None]:
    """The report's bytes and name from a text/plain body, a JSON {"text"} body or a multipart 'file'."""
    kind = request.headers.get("content-type", "text/plain").split(";")[0].strip().lower()
    if kind == "multipart/form-data":
        form = await _form(request)
        upload = form.get("file")
        if upload is None or not hasattr(upload, "read"):
            raise Problem(422, "Unprocessable Content", "send the report as a multipart form field named 'file'")
        data = await upload.read()
        name: str | None = upload.filename
    else:
        data = await request.body()
        name = None
        if kind == "application/json":
            try:
                body = json.loads(data)
            except ValueError:
                raise Problem(400, "Bad Request", "the body is not JSON; send {\"text\": \"…\"}") from None
            if not isinstance(body, dict) or not isinstance(body.get("text"), str):
                raise Problem(422, "Unprocessable Content", "the JSON body needs a string field 'text'")
            data, name = body["text"].encode("utf-8"), body.get("name") if isinstance(body.get("name"), str) else None
        elif kind not in ("text/plain", "application/octet-stream", ""):
            raise Problem(415, "Unsupported Media Type", f"{kind} is not a report; send text/plain, JSON {{\"text\"}} or multipart 'file'")
    if len(data) > limit:
        raise Problem(413, "Content Too Large", f"the report has {len(data)} bytes; the limit is {limit}")
    return data, name
