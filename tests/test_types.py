"""The package type-checks (it ships py.typed, so its annotations are part of its public surface)."""

import subprocess
import sys
from pathlib import Path

import pytest

import extract



def test_mypy_finds_no_errors(tmp_path) -> None:
    if subprocess.run([sys.executable, "-m", "mypy", "--version"], capture_output=True).returncode:
        pytest.skip("mypy is not installed")
    # -p checks the installed package (from a scratch folder, so no source tree shadows it); an editable
    # install is not findable that way, and is checked as the source tree instead.
    installed = "site-packages" in Path(extract.__file__).parts
    target = ["-p", "extract"] if installed else [str(Path(extract.__file__).parent)]
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--ignore-missing-imports", "--cache-dir", str(tmp_path / ".mypy"), *target],
        capture_output=True, text=True, cwd=tmp_path if installed else Path(extract.__file__).parent.parent,
    )
    assert result.returncode == 0, result.stdout
