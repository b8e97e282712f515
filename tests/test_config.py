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


def test_config_check_and_show(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(REPO)
    run = CliRunner().invoke(main, ["config", "check"])
    assert run.exit_code == 0
    assert run.stdout.startswith("claimcheck: claims.yaml: ok (")
    shown = yaml.safe_load(CliRunner().invoke(main, ["config", "show"]).stdout)
    assert shown["default_currency"] == "USD"
    assert shown["tolerance"]["approx"] == 0.1
    assert any(e["name"] == "Meta" for e in shown["entities"])


def test_config_check_reports_errors(tmp_path: Path) -> None:
    bad = tmp_path / "claims.yaml"
    bad.write_text("tolerance:\n  relativ: 0.1\n", encoding="utf-8")
    run = CliRunner().invoke(main, ["config", "check", "--config", str(bad)])
    assert run.exit_code == 2
    assert "claims.yaml:2: unknown key 'relativ'" in run.stderr and "did you mean 'relative'" in run.stderr


def test_shipped_json_schema_matches_the_loader_and_accepts_the_bundled_config() -> None:
    import json

    import jsonschema

    from checker.config import json_schema

    shipped = json.loads((REPO / "checker" / "claims.schema.json").read_text(encoding="utf-8"))
    assert shipped == json_schema(), "regenerate with: claimcheck config schema > checker/claims.schema.json"
    data = yaml.safe_load((REPO / "claims.yaml").read_text(encoding="utf-8"))
    for doc in data["documents"].values():
        doc["date"] = doc["date"].isoformat()
    jsonschema.validate(data, shipped)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"entites": {}}, shipped)


def test_config_search_stops_at_the_repository_root(tmp_path: Path) -> None:
    (tmp_path / "claims.yaml").write_text("version: 1\n", encoding="utf-8")
    repo = tmp_path / "repo"
    (repo / ".git").mkdir(parents=True)
    (repo / "sub").mkdir()
    assert find_config(repo / "sub") is None


def test_pathologically_deep_yaml_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "claims.yaml").write_text("a: " + "[" * 20000 + "]" * 20000 + "\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    run = CliRunner().invoke(main, ["config", "check"])
    assert run.exit_code == 2
    assert run.stderr.strip().splitlines() == ["claimcheck: error: claims.yaml: YAML nested far too deeply"]
