"""ruff and mypy stay clean (both come with the test extras)."""

from __future__ import annotations

import subprocess
import sys

import pytest
from conftest import REPO


@pytest.mark.parametrize(
    "tool",
    [
        ["ruff", "check", "checker", "tests", "bench"],
        ["mypy"],
    ],
    ids=["ruff", "mypy"],
)
def test_tool_is_clean(tool: list[str]) -> None:
    pytest.importorskip(tool[0])
    run = subprocess.run([sys.executable, "-m", *tool], cwd=REPO, capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stdout + run.stderr
