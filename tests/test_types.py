"""The package type-checks (it ships py.typed, so its annotations are part of its public surface)."""

import shutil
import subprocess
import sys

import pytest

import extract


def test_mypy_finds_no_errors() -> None:
    if shutil.which("mypy") is None and subprocess.run([sys.executable, "-m", "mypy", "--version"], capture_output=True).returncode:
        pytest.skip("mypy is not installed")
    package = extract.__path__[0]
    result = subprocess.run([sys.executable, "-m", "mypy", "--ignore-missing-imports", package], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout
