"""Suppression comments: ignore the next line, disable a block, disable the file; unused ignores."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from checker.cli import main
from checker.suppress import find


@pytest.fixture()
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "claims.yaml").write_text("entities:\n  Meta: {}\n", encoding="utf-8")
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "b.txt").write_text("Meta said it had 600,000 GPUs in 2024.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _check(folder: Path, text: str, *flags: str) -> tuple[int, dict[str, object], str]:
    (folder / "corpus" / "a.txt").write_text(text, encoding="utf-8")
    run = CliRunner().invoke(main, ["check", "--format", "json", *flags])
    return run.exit_code, json.loads(run.stdout), run.stderr


def test_conflict_without_comments(folder: Path) -> None:
    code, _, _ = _check(folder, "Meta bought 350,000 GPUs in 2024.\n")
    assert code == 1


def test_ignore_next_line_with_code_and_reason(folder: Path) -> None:
    code, data, _ = _check(folder, "<!-- claimcheck-ignore CC001: H100s only -->\nMeta bought 350,000 GPUs in 2024.\n")
    assert code == 0
    (finding,) = [f for f in data["findings"] if f["code"] == "CC001"]
    assert finding["status"] == "accepted"
    assert finding["reason"] == "claimcheck-ignore at corpus/a.txt:1: H100s only"


def test_ignore_for_another_code_does_not_apply(folder: Path) -> None:
    code, _, _ = _check(folder, "<!-- claimcheck-ignore CC002: money only -->\nMeta bought 350,000 GPUs in 2024.\n")
    assert code == 1


def test_disabled_block_yields_no_claims(folder: Path) -> None:
    text = "<!-- claimcheck-disable -->\nMeta bought 350,000 GPUs in 2024.\n<!-- claimcheck-enable -->\n"
    code, data, _ = _check(folder, text)
    assert code == 0
    assert [c["doc"] for c in data["claims"]] == ["corpus/b.txt"]


def test_disabled_file_is_skipped_and_accounted_for(folder: Path) -> None:
    code, data, _ = _check(folder, "<!-- claimcheck-disable-file -->\nMeta bought 350,000 GPUs in 2024.\n")
    assert code == 0
    docs = {d["doc"]: d for d in data["documents"]}
    assert docs["corpus/a.txt"]["status"] == "skipped" and docs["corpus/a.txt"]["reason"] == "claimcheck-disable-file"


def test_warn_unused_ignores(folder: Path) -> None:
    _, _, stderr = _check(folder, "<!-- claimcheck-ignore: nothing here -->\nNo figures on this line.\n",
                          "--warn-unused-ignores")
    assert "claimcheck: warning: corpus/a.txt:1: unused claimcheck-ignore" in stderr


def test_unclosed_disable_runs_to_the_end() -> None:
    text = "a\n<!-- claimcheck-disable -->\nb\n"
    found = find(text)
    assert found.disabled == ((text.index("-->") + 3, len(text)),)
