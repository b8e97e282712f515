"""The pre-commit hook and the GitHub Action are well-formed and run the whole corpus."""

from __future__ import annotations

import yaml
from conftest import REPO


def test_pre_commit_hook_runs_the_whole_corpus_serially() -> None:
    (hook,) = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hook["id"] == "claimcheck"
    assert hook["entry"] == "claimcheck check"
    assert hook["pass_filenames"] is False and hook["require_serial"] is True


def test_action_is_composite_and_annotates() -> None:
    action = yaml.safe_load((REPO / "action.yml").read_text(encoding="utf-8"))
    assert action["runs"]["using"] == "composite"
    run_steps = " ".join(step.get("run", "") for step in action["runs"]["steps"])
    assert "--format github" in run_steps and "sarif=claimcheck.sarif" in run_steps
    assert any("upload-sarif" in step.get("uses", "") for step in action["runs"]["steps"])
