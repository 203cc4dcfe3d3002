"""The package type-checks (it ships py.typed, so its annotations are part of its public surface)."""

import subprocess
import sys

import pytest



def test_mypy_finds_no_errors(tmp_path) -> None:
    if subprocess.run([sys.executable, "-m", "mypy", "--version"], capture_output=True).returncode:
        pytest.skip("mypy is not installed")
    # -p checks the package the interpreter imports (run from a scratch folder so no source tree shadows it)
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--ignore-missing-imports", "--cache-dir", str(tmp_path / ".mypy"), "-p", "extract"],
        capture_output=True, text=True, cwd=tmp_path,
    )
    assert result.returncode == 0, result.stdout
