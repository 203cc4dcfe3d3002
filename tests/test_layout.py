"""The repository imports the same way installed, editable, under `python -m pytest` and in a REPL at its root."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from extract.schemas import workreport_json_schema
from helpers import ROOT

PROBE = "import extract, extract.schemas, extract.prompts; from extract import parse_report; print(extract.__file__)"


def python(code: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], cwd=cwd, capture_output=True, text=True, timeout=120)


def test_a_repl_in_the_repository_root_imports_the_source_tree() -> None:
    done = python(PROBE, ROOT)
    assert done.returncode == 0, done.stderr
    assert Path(done.stdout.strip()).resolve() == (ROOT / "extract" / "__init__.py").resolve()


def test_the_installed_package_imports_from_anywhere(tmp_path: Path) -> None:
    done = python(PROBE + "; print(extract.parse_report(open(%r, encoding='utf-8').read()).indicators[0].name)" % str(ROOT / "seeds" / "003_79fffe570bc6bca6.txt"), tmp_path)
    assert done.returncode == 0, done.stderr


def test_python_m_pytest_collects_from_the_root() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "--collect-only", "-q", "tests/test_schemas.py"], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_prompts_at_the_top_are_the_packaged_prompts() -> None:
    assert (ROOT / "prompts" / "system.txt").read_bytes() == (ROOT / "extract" / "prompts" / "system.txt").read_bytes()


def test_the_published_json_schema_equals_the_models() -> None:
    published = (ROOT / "schemas" / "workreport.schema.json").read_text(encoding="utf-8")
    assert published == workreport_json_schema(), "regenerate: extract schema > schemas/workreport.schema.json"
    assert json.loads(published)["title"] == "WorkReport"
