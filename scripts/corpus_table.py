"""Print, or with --write put into tests/corpus/README.md, the corpus's table: one row per passage (genre, level,
province, year, gold records per section, source) and the totals. tests/test_corpus.py fails when the README's table
is not this one, so a batch added without its rows is caught.

    python scripts/corpus_table.py [--write]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "corpus"
README = CORPUS / "README.md"
SECTIONS = ("indicators", "achievements", "plans", "problems")
SOURCE_CHARS = 70  # of the source's "where", enough to find the page again


def table(corpus: Path = CORPUS) -> list[str]:
    rows: list[str] = []
    totals = [0] * len(SECTIONS)
    for path in sorted(corpus.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        source = gold["source"]
        counts = [len(gold[section]) for section in SECTIONS]
        totals = [a + b for a, b in zip(totals, counts)]
        year = "" if source.get("year") is None else source["year"]
        cells = [f"`{path.stem}`", source.get("genre") or "", source.get("level") or "", source.get("province") or "", year, *counts, (source.get("where") or "")[:SOURCE_CHARS]]
        rows.append("| " + " | ".join(str(cell) for cell in cells) + " |")
    bold = " | ".join(f"**{total}**" for total in totals)
    rows.append(f"| **total ({len(rows)} passages)** | | | | | {bold} | |")
    return rows


def table_in_readme(text: str) -> tuple[int, int]:
    """Line span (start, end) of the table's body rows in the README's lines."""
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("| `"))
    end = next(i for i, line in enumerate(lines) if line.startswith("| **total")) + 1
    return start, end


def main() -> None:
    rows = table()
    if "--write" not in sys.argv[1:]:
        print("\n".join(rows))
        return
    text = README.read_text(encoding="utf-8")
    start, end = table_in_readme(text)
    lines = text.splitlines()
    README.write_text("\n".join([*lines[:start], *rows, *lines[end:]]) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
