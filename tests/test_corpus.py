"""The bundled corpus: the seed conflicts are flagged and the lookalikes are not."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner
from conftest import CASES, REPO

from checker.cli import main

EXPECT = yaml.safe_load((CASES / "corpus.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    import os

    old = Path.cwd()
    os.chdir(REPO)
    try:
        run = CliRunner().invoke(main, ["check", "--format", "json"])
    finally:
        os.chdir(old)
    assert run.exit_code == 1, run.output
    data: dict[str, Any] = json.loads(run.stdout)
    return data


def _pairs(result: dict[str, Any]) -> list[tuple[dict[str, Any], dict[str, Any], dict[str, Any]]]:
    claims = {c["id"]: c for c in result["claims"]}
    return [(f, claims[a], claims[b]) for f in result["findings"] if f["status"] == "conflict"
            for a, b in f["disagree"]]


@pytest.mark.parametrize("case", EXPECT["must_flag"], ids=[c["id"] for c in EXPECT["must_flag"]])
def test_must_flag(case: dict[str, Any], result: dict[str, Any]) -> None:
    hits = [(f, a, b) for f, a, b in _pairs(result) if {a["text"], b["text"]} == set(case["pair"])]
    assert hits, f"no conflict between {case['pair']}"
    finding, a, b = hits[0]
    for key, value in case["slot"].items():
        assert finding["slot"][key] == value
    assert {a["doc"], b["doc"]} == set(case["docs"])
    if "code" in case:
        assert finding["code"] == case["code"]
    if "conversion" in case:
        assert any(case["conversion"] in (c["conversion"] or "") for c in finding["comparisons"])


@pytest.mark.parametrize("case", EXPECT["must_not_flag"], ids=[c["id"] for c in EXPECT["must_not_flag"]])
def test_must_not_flag(case: dict[str, Any], result: dict[str, Any]) -> None:
    for _, a, b in _pairs(result):
        assert {a["text"], b["text"]} != set(case["pair"])


def test_every_document_is_accounted_for(result: dict[str, Any]) -> None:
    seeds = sorted(p.name for p in (REPO / "corpus").iterdir())
    assert sorted(Path(d["doc"]).name for d in result["documents"]) == seeds
    assert all(d["status"] == "ok" and d["date"] for d in result["documents"])


def test_extract_emits_contract_fields_with_true_offsets() -> None:
    import os

    old = Path.cwd()
    os.chdir(REPO)
    try:
        run = CliRunner().invoke(main, ["extract", "corpus", "--format", "jsonl"])
    finally:
        os.chdir(old)
    assert run.exit_code == 0, run.output
    fields = {"doc", "start", "end", "text", "kind", "unit", "value", "low", "high", "approx", "change",
              "subject", "object", "period"}
    records = [json.loads(line) for line in run.stdout.splitlines()]
    assert len(records) > 20
    texts = {}
    for record in records:
        assert fields <= set(record)
        if record["doc"] not in texts:
            texts[record["doc"]] = (REPO / record["doc"]).read_text(encoding="utf-8")
        assert texts[record["doc"]][record["start"] : record["end"]] == record["text"]
