"""Inputs too large or too strange to keep in the repository, generated at test time.

A 200 MB file, a single 50 MB line, 100,000 repetitions of the strings that trip regex engines,
pipes that would block a reader, files that cannot be read. None of these may crash the run, lose a
document or take more than linear time (a quadratic or backtracking path would not finish here).
"""

from __future__ import annotations

import builtins
import json
import os
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from checker import corpus
from checker.cli import main
from checker.config import Config
from checker.extract import Extractor
from checker.model import Document

CLAIM = "Meta bought 350,000 GPUs in 2024."
EXTRACTOR = Extractor(Config())


def _check_json(*args: str) -> tuple[int, dict[str, Any], str]:
    run = CliRunner().invoke(main, ["check", "--no-cache", "--format", "json", *args])
    return run.exit_code, json.loads(run.stdout) if run.stdout.startswith("{") else {}, run.stderr


@pytest.fixture()
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / ".git").mkdir()  # no claims.yaml above this folder is used
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_a_200_mb_file_is_read_whole(here: Path) -> None:
    prose = "Officials said the plan would change how the region works, and critics disagreed. " * 12
    block = (prose + "\n" + "\n" * 500 + " " * 49_000 + "\n").encode()
    with open(here / "big.txt", "wb") as handle:
        handle.write(f"{CLAIM}\n".encode())
        for _ in range(200_000_000 // len(block) + 1):
            handle.write(block)
        handle.write(b"At the end, Meta said it had 600,000 GPUs in 2024.\n")
    size = (here / "big.txt").stat().st_size
    assert size >= 200_000_000
    code, report, _ = _check_json("big.txt")
    assert code == 1  # the two figures at either end disagree
    assert [(d["doc"], d["status"]) for d in report["documents"]] == [("big.txt", "ok")]
    texts = [(c["text"], c["line"]) for c in report["claims"]]
    assert texts[0] == ("350,000", 1)
    assert texts[-1][0] == "600,000" and texts[-1][1] > 100_000
    with open(here / "big.txt", "rb") as handle:
        handle.seek(size - 200)
        assert b"600,000" in handle.read()


def test_a_single_50_mb_line(here: Path) -> None:
    line = f"{CLAIM} " + "=" * 50_000_000 + " Meta later said it had 600,000 GPUs in 2024."
    (here / "line.txt").write_text(line + "\n", encoding="utf-8")
    code, report, _ = _check_json("line.txt")
    assert code == 1
    claims = report["claims"]
    assert [c["text"] for c in claims] == ["350,000", "600,000"]
    assert all(c["line"] == 1 for c in claims)
    assert claims[1]["column"] == line.index("600,000") + 1


@pytest.mark.parametrize(("piece", "claims"), [
    ("1,", None), ("1 ", 100_000), ("$", 0), ("1.", None), ("-", 0), ("a ", 0),
    ("1-", None), ("one ", None), ("(", 0), ("\n", 0), (" ", 0),
], ids=["digit-comma", "digit-space", "dollar", "digit-dot", "hyphen", "article", "digit-hyphen",
        "number-word", "paren", "newline", "space"])
def test_100000_repetitions_finish(piece: str, claims: int | None) -> None:
    text = piece * 100_000
    found = EXTRACTOR.extract(Document("rep.txt", text))
    assert all(text[c.start : c.end] == c.text for c in found)
    assert all(c.quantity.low is None or c.quantity.high is None or c.quantity.low <= c.quantity.high
               for c in found)
    if claims is not None:
        assert len(found) == claims


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_is_refused_not_read(here: Path) -> None:
    (here / "corpus").mkdir()
    (here / "corpus" / "a.txt").write_text(CLAIM, encoding="utf-8")
    os.mkfifo(here / "corpus" / "pipe.txt")
    code, report, _ = _check_json("corpus")
    statuses = {d["doc"]: (d["status"], d["reason"]) for d in report["documents"]}
    assert statuses["corpus/a.txt"] == ("ok", None)
    assert statuses["corpus/pipe.txt"][0] == "skipped"
    assert "not a regular file" in statuses["corpus/pipe.txt"][1]
    code, _, stderr = _check_json("corpus/pipe.txt")
    assert code == 2 and "corpus/pipe.txt: not a regular file" in stderr


def test_an_unreadable_file_is_reported_and_the_others_checked(here: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (here / "a.txt").write_text(CLAIM, encoding="utf-8")
    (here / "secret.txt").write_text("Meta bought 600,000 GPUs in 2024.", encoding="utf-8")

    def guarded_open(file: Any, *args: Any, **kwargs: Any) -> Any:
        if str(file).endswith("secret.txt"):
            raise PermissionError(13, "Permission denied", str(file))
        return builtins.open(file, *args, **kwargs)

    monkeypatch.setattr(corpus, "open", guarded_open, raising=False)  # chmod 000 does not stop root
    code, report, stderr = _check_json("a.txt", "secret.txt")
    assert code == 2
    statuses = {d["doc"]: (d["status"], d["reason"]) for d in report["documents"]}
    assert statuses == {"a.txt": ("ok", None), "secret.txt": ("error", "cannot read: Permission denied")}
    assert "claimcheck: error: secret.txt: cannot read: Permission denied" in stderr
    assert "Traceback" not in stderr
    code, report, _ = _check_json("a.txt", "secret.txt", "--skip-errors")
    assert code == 0 and len(report["documents"]) == 2


@pytest.mark.skipif(os.geteuid() == 0 if hasattr(os, "geteuid") else True, reason="root reads any file")
def test_a_file_without_read_permission(here: Path) -> None:
    (here / "locked.txt").write_text(CLAIM, encoding="utf-8")
    (here / "locked.txt").chmod(0)
    code, report, _ = _check_json("locked.txt")
    assert code == 2
    assert report["documents"][0]["reason"] == "cannot read: Permission denied"
