#!/usr/bin/env python3
"""A perfect-model double: an OpenAI-compatible server on loopback that answers from gold annotations.

    python scripts/perfect_model.py GOLD_DIR DOCS_DIR --port 8765
    extract eval GOLD_DIR DOCS_DIR --base-url http://127.0.0.1:8765/v1

It speaks the prompts' protocol (extract/prompts, extract/candidates.py): it finds the
chunk of the prompt in one of the annotated documents, then answers every numbered
candidate with exactly what the gold file says of it — each number's role, the value a
rate belongs to, the metric's name, kind and period; each clause's label — and gold
figures that no candidate covers as free text. So `extract` with this endpoint shows
the ceiling of the model stage on any annotated folder (gold in shared/eval/gold format).
It is a scripted test double, not a model: its token counts are character counts.

Standard library only, so it runs from any working directory without the project installed.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

MARK = re.compile(r"〔([QC])([0-9]+)〕")
NUMBER = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?")
CLAUSE_END = re.compile(r"[,，;；:：。！!？?\n]")
PROMPT = re.compile(r"片段：\n(?P<marked>.*?)\n\n规则读法：", re.S)
SECTIONS = {"achievements": "achievement", "plans": "plan", "problems": "problem"}


class Gold:
    """The annotated documents: their texts and gold records placed at offsets."""

    def __init__(self, gold_dir: Path, docs_dir: Path) -> None:
        self.docs: list[tuple[str, dict]] = []
        for path in sorted(gold_dir.glob("*.json")):
            gold = json.loads(path.read_text(encoding="utf-8"))
            doc = docs_dir / gold["doc"]
            if doc.is_file():
                text = doc.read_text(encoding="utf-8-sig")  # universal newlines, BOM dropped: extract's offsets
                self.docs.append((text, self._place(gold, text)))
        if not self.docs:
            raise SystemExit(f"no gold file in {gold_dir} annotates a document in {docs_dir}")

    @staticmethod
    def _place(gold: dict, text: str) -> dict:
        """Every gold record with its span: its given offsets, else the first occurrence of its quote that no
        earlier record of the same section and number already holds (新开工项目33个 said twice is two places)."""
        placed: dict[str, list[tuple[int, int, dict]]] = {}
        for section in ("indicators", "achievements", "plans", "problems"):
            placed[section] = []
            for record in gold.get(section, []):
                quote = record.get("quote") or ""
                if not quote:
                    continue
                start = record.get("start")
                if not (isinstance(start, int) and text[start : start + len(quote)] == quote):
                    start = Gold._free_occurrence(text, quote, record, placed[section])
                if start >= 0:
                    placed[section].append((start, start + len(quote), record))
        return placed

    @staticmethod
    def _free_occurrence(text: str, quote: str, record: dict, taken: list[tuple[int, int, dict]]) -> int:
        first = text.find(quote)
        at = first
        while at >= 0:
            clash = any(
                s < at + len(quote) and at < e and other.get("value") == record.get("value") and other.get("yoy_pct") == record.get("yoy_pct")
                for s, e, other in taken
            )
            if not clash:
                return at
            at = text.find(quote, at + 1)
        return first

    def locate(self, chunk: str) -> tuple[str, dict, int] | None:
        for text, placed in self.docs:
            at = text.find(chunk)
            if at >= 0:
                return text, placed, at
        return None


def answer(gold: Gold, prompt: str) -> dict:
    """The verdicts the gold implies for the prompt's chunk."""
    match = PROMPT.search(prompt)
    if not match:
        return {"quantities": [], "clauses": []}
    plain, marks = [], []
    at = 0
    marked = match.group("marked")
    for m in MARK.finditer(marked):
        plain.append(marked[at : m.start()])
        marks.append((sum(map(len, plain)), m.group(1) + m.group(2)))
        at = m.end()
    plain.append(marked[at:])
    chunk = "".join(plain)
    found = gold.locate(chunk)
    if found is None:
        return {"quantities": [], "clauses": []}
    text, placed, base = found
    end = base + len(chunk)
    numbers: list[tuple[str, int, int, float]] = []  # id, start, end of the digits, value
    clauses: list[tuple[str, int, int]] = []
    for offset, cid in marks:
        where = base + offset
        if cid[0] == "Q":
            digits = NUMBER.search(text, where, min(end, where + 8))
            if digits:
                numbers.append((cid, digits.start(), digits.end(), float(digits.group().replace(",", ""))))
        else:
            stop = CLAUSE_END.search(text, where, end)
            clauses.append((cid, where, stop.start() if stop else end))
    verdicts: dict[str, dict] = {cid: {"id": cid, "role": "none"} for cid, *_ in numbers}
    extra = []
    for start, stop, record in placed["indicators"]:
        if not (base <= start and stop <= end):
            continue
        inside = [n for n in numbers if start <= n[1] < stop]

        def take(value: float | None, role: str) -> str | None:
            if value is None:
                return None
            for cid, _, _, number in inside:
                if abs(number - abs(value)) < 1e-9 and verdicts[cid]["role"] == "none":
                    verdicts[cid]["role"] = role
                    return cid
            return ""

        fields = {"name": record.get("name"), "kind": record.get("kind"), "period": record.get("period")}
        value_id = take(record.get("value"), "value")
        rates = [(key, role, take(record.get(key), role)) for key, role in (("yoy_pct", "yoy"), ("target_completion_pct", "target"))]
        taken = [cid for cid in [value_id, *(r[2] for r in rates)] if cid]
        if "" in (value_id, *(r[2] for r in rates)) or not taken:
            for cid in taken:  # a number of this record is no candidate: the whole record goes as free text
                verdicts[cid] = {"id": cid, "role": "none"}
            extra.append({k: record.get(k) for k in ("name", "value", "unit", "yoy_pct", "target_completion_pct", "kind", "period")}
                         | {"quote": record["quote"]})
            continue
        if value_id:
            verdicts[value_id].update(fields)
        for key, role, rate_id in rates:
            if rate_id:
                verdicts[rate_id]["of"] = value_id or None
                if role == "yoy":
                    verdicts[rate_id]["negative"] = record[key] < 0
                if not value_id:
                    verdicts[rate_id].update(fields)
    labels: dict[str, str] = {cid: "none" for cid, *_ in clauses}
    for section, label in SECTIONS.items():
        for start, stop, _ in placed[section]:
            if not (base <= start < end):
                continue
            best = max(clauses, key=lambda c: min(stop, c[2]) - max(start, c[1]), default=None)
            if best and min(stop, best[2]) - max(start, best[1]) > 0 and labels[best[0]] == "none":
                labels[best[0]] = label
    return {
        "quantities": list(verdicts.values()),
        "clauses": [{"id": cid, "label": label} for cid, label in labels.items()],
        "extra": extra,
    }


def make_handler(gold: Gold) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:  # quiet
            pass

        def _send(self, status: int, body: dict) -> None:
            data = json.dumps(body, ensure_ascii=False).encode()
            self.send_response(status)
            self.send_header("content-type", "application/json")
            self.send_header("content-length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self) -> None:
            if self.path.rstrip("/").endswith("/models"):
                self._send(200, {"object": "list", "data": [{"id": "perfect-model", "object": "model"}]})
            else:
                self._send(404, {"error": {"message": "not found"}})

        def do_POST(self) -> None:
            if not self.path.rstrip("/").endswith("/chat/completions"):
                self._send(404, {"error": {"message": "not found"}})
                return
            request = json.loads(self.rfile.read(int(self.headers.get("content-length", 0))))
            prompt = request["messages"][-1]["content"]
            content = json.dumps(answer(gold, prompt), ensure_ascii=False)
            message: dict = {"role": "assistant", "content": content}
            if request.get("tools"):
                name = request["tools"][0]["function"]["name"]
                message = {"role": "assistant", "content": None, "tool_calls": [
                    {"id": "call_0", "type": "function", "function": {"name": name, "arguments": content}}]}
            elif (request.get("response_format") or {}).get("type") not in ("json_schema", "json_object"):
                message["content"] = f"```json\n{content}\n```"
            prompt_chars = sum(len(m.get("content") or "") for m in request["messages"])
            self._send(200, {
                "id": "perfect", "object": "chat.completion", "created": 0, "model": request.get("model", "perfect-model"),
                "choices": [{"index": 0, "finish_reason": "tool_calls" if request.get("tools") else "stop", "message": message}],
                "usage": {"prompt_tokens": prompt_chars, "completion_tokens": len(content), "total_tokens": prompt_chars + len(content)},
            })

    return Handler


def serve(gold_dir: Path, docs_dir: Path, port: int) -> ThreadingHTTPServer:
    """Start the double on 127.0.0.1:port (0: any free port) in a background thread."""
    server = ThreadingHTTPServer(("127.0.0.1", port), make_handler(Gold(gold_dir, docs_dir)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def main() -> None:
    parser = argparse.ArgumentParser(description="Serve gold annotations as a perfect OpenAI-compatible model.")
    parser.add_argument("gold_dir", type=Path)
    parser.add_argument("docs_dir", type=Path)
    parser.add_argument("--port", type=int, default=8765)
    args = parser.parse_args()
    server = serve(args.gold_dir.resolve(), args.docs_dir.resolve(), args.port)
    print(f"perfect model on http://127.0.0.1:{server.server_address[1]}/v1", flush=True)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        server.shutdown()
        sys.exit(0)


if __name__ == "__main__":
    main()
