"""claims.yaml validation: every mistake is one line with file and line, exit code 2."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner
from conftest import CASES, REPO

from checker.cli import main
from checker.config import find_config, load_config

ERRORS = yaml.safe_load((CASES / "config_errors.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", ERRORS, ids=[c["id"] for c in ERRORS])
def test_config_error(case: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "claims.yaml").write_text(case["yaml"], encoding="utf-8")
    (tmp_path / "a.txt").write_text("Meta bought 600,000 GPUs.", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    run = CliRunner().invoke(main, ["check", "a.txt"])
    assert run.exit_code == 2
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1, run.stderr
    assert re.search(case["error"], lines[0]), lines[0]
    assert "Traceback" not in run.output


def test_bundled_config_is_valid() -> None:
    config = load_config(REPO / "claims.yaml")
    assert {"Meta", "Microsoft", "Amazon"} <= {e.name for e in config.entities}
    assert all(d.date for d in config.documents)


def test_config_found_in_parent(tmp_path: Path) -> None:
    (tmp_path / "claims.yaml").write_text("version: 1\n", encoding="utf-8")
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    assert find_config(deep) == (tmp_path / "claims.yaml").resolve()


def test_explicit_config_and_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cfg = tmp_path / "other.yaml"
    cfg.write_text("entities:\n  Acme: {aliases: [Acme Corp]}\n", encoding="utf-8")
    doc = tmp_path / "a.txt"
    doc.write_text("Acme Corp sold 5,000 robots.", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    run = CliRunner().invoke(main, ["extract", "a.txt", "--config", str(cfg)])
    assert '"subject": "Acme"' in run.stdout
    monkeypatch.setenv("CLAIMCHECK_CONFIG", str(cfg))
    run = CliRunner().invoke(main, ["extract", "a.txt"])
    assert '"subject": "Acme"' in run.stdout
