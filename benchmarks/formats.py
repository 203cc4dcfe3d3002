"""Inputs beyond text: each seed as a web page, a Word file and a PDF (printed by headless Chromium),
indicator F1 against the seed's gold next to the plain text's, and reading speed.

    python benchmarks/formats.py

Prints, per seed and format, F1 and its ratio to the plain-text F1 and the ungrounded count against the
emitted text; then files/s for HTML and DOCX and pages/s for PDF (conversion only, median of 3 runs).
"""

from __future__ import annotations

import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from pydantic import ValidationError  # noqa: E402

from extract import Settings, WorkReport, parse_report  # noqa: E402
from extract.formats import convert  # noqa: E402
from extract.pipeline import read_source  # noqa: E402
from helpers import SEEDS  # noqa: E402
from test_formats import gov_page, indicator_f1  # noqa: E402

OFFLINE = Settings.resolve({"offline": True})
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def make(seed: Path, folder: Path) -> dict[str, Path]:
    from docx import Document

    files = {"html": folder / f"{seed.stem}.html"}
    files["html"].write_text(gov_page(seed, running=True), encoding="utf-8")
    document = Document()
    for line in seed.read_text(encoding="utf-8").splitlines():
        if line.strip():
            document.add_paragraph(line)
    files["docx"] = folder / f"{seed.stem}.docx"
    document.save(str(files["docx"]))
    if CHROMIUM:
        files["pdf"] = folder / f"{seed.stem}.pdf"
        subprocess.run(
            [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
             "--disable-component-update", "--disable-sync", f"--user-data-dir={folder / 'profile'}",
             f"--print-to-pdf={files['pdf']}", files["html"].as_uri()],
            check=True, capture_output=True, timeout=120,
        )
    return files


def ungrounded(report: WorkReport, text: str) -> int:
    data = json.loads(report.model_dump_json())
    bad = 0
    for section in ("indicators", "achievements", "plans", "problems"):
        for record in data[section]:
            try:
                type(getattr(report, section)[0]).model_validate(record, context={"source": text})
            except ValidationError:
                bad += 1
    return bad


def main() -> None:
    folder = Path(tempfile.mkdtemp())
    timings: dict[str, list[float]] = {"html": [], "docx": [], "pdf": []}
    pages = 0
    for seed in SEEDS:
        plain = indicator_f1(parse_report(seed, OFFLINE), seed.read_text(encoding="utf-8"), seed)
        for fmt, path in make(seed, folder).items():
            report = parse_report(path, OFFLINE)
            text = read_source(path)[0].text
            f1 = indicator_f1(report, text, seed)
            print(f"{seed.name[:3]} {fmt:<4} indicators F1 {f1:.3f} (plain {plain:.3f}, ratio {f1 / plain:.3f}); "
                  f"ungrounded {ungrounded(report, text)}" + (f"; {report.source.pages} pages" if report.source.pages else ""))
            data = path.read_bytes()
            runs = []
            for _ in range(3):
                began = time.perf_counter()
                convert(data)
                runs.append(time.perf_counter() - began)
            timings[fmt].append(statistics.median(runs))
            pages += report.source.pages or 0
    for fmt in ("html", "docx"):
        print(f"{fmt}: {len(timings[fmt]) / sum(timings[fmt]):.1f} files/s (conversion, median of 3 per file)")
    if timings["pdf"]:
        print(f"pdf: {pages / sum(timings['pdf']):.1f} pages/s ({pages} pages)")


if __name__ == "__main__":
    main()
