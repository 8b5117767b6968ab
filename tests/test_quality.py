"""The code base is mypy --strict and ruff clean, and the public API is tidy."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import newsthread

ROOT = Path(__file__).resolve().parent.parent


def tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed")
    return found


def test_mypy_strict():
    result = subprocess.run([tool("mypy")], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("args", [["check"], ["format", "--check"]])
def test_ruff(args):
    result = subprocess.run(
        [tool("ruff"), *args, "src", "tests", "benchmarks", "examples"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_public_api_is_sorted_and_importable():
    assert newsthread.__all__ == sorted(newsthread.__all__)
    for name in newsthread.__all__:
        assert getattr(newsthread, name).__doc__, f"{name} has no docstring"


def test_package_is_typed():
    assert (Path(newsthread.__file__).parent / "py.typed").exists()
