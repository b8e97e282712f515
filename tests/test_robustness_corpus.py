"""The robustness corpus under tests/corpus/robustness: every file accounted for, as documented."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import REPO

from checker.cli import main

CORPUS = "tests/corpus/robustness"
EXPECTED = {  # file: (status, reason starts with, claims)
    "binary.txt": ("skipped", "binary file", 0),
    "broken-link.txt": ("skipped", "cannot read", 0),
    "café 日本.txt": ("ok", None, 1),
    "cp1252.txt": ("ok", "decoded as cp1252", 2),
    "crlf.txt": ("ok", None, 2),
    "empty.txt": ("ok", None, 0),
    "front-matter.md": ("ok", None, 1),
    "image.png": ("skipped", "not a text document", 0),
    "name with spaces.txt": ("ok", None, 1),
    "page.html": ("ok", None, 1),
    "suppressed.md": ("skipped", "claimcheck-disable-file", 0),
    "utf16-bom.txt": ("ok", None, 1),
    "utf8-bom.txt": ("ok", None, 1),
    "utf8.txt": ("ok", None, 1),
}


@pytest.fixture(scope="module")
def result() -> dict[str, object]:
    import os

    old = Path.cwd()
    os.chdir(REPO)
    try:
        run = CliRunner().invoke(main, ["check", CORPUS, "--format", "json"])
    finally:
        os.chdir(old)
    assert run.exit_code == 0, run.output
    data: dict[str, object] = json.loads(run.stdout)
    return data


def test_every_file_is_accounted_for(result: dict[str, object]) -> None:
    docs = {Path(d["doc"]).name: d for d in result["documents"]}
    assert set(docs) == set(EXPECTED)
    for name, (status, reason, claims) in EXPECTED.items():
        doc = docs[name]
        assert doc["status"] == status, name
        assert (doc["reason"] or "").startswith(reason or ""), (name, doc["reason"])
        assert doc["claims"] == claims, name


def test_offsets_are_true_in_every_encoding(result: dict[str, object]) -> None:
    from checker.corpus import decode
    from checker.html import visible_text

    for claim in result["claims"]:
        text, _ = decode((REPO / claim["doc"]).read_bytes())
        if claim["doc"].endswith(".html"):
            text = visible_text(text)
        assert text[claim["start"] : claim["end"]] == claim["text"]
