"""Bad input: one line on stderr naming the file, exit code 2, never a traceback, nothing lost."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from checker.cli import main


@pytest.fixture()
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "good.txt").write_text("Acme sold 5,000 robots in 2024.", encoding="utf-8")
    return tmp_path


def _one_line_error(output: str) -> str:
    lines = output.strip().splitlines()
    assert len(lines) == 1, output
    assert "Traceback" not in output
    return lines[0]


@pytest.mark.parametrize("command", ["check", "extract"])
def test_missing_path(here: Path, command: str) -> None:
    run = CliRunner().invoke(main, [command, "nope.txt"])
    assert run.exit_code == 2
    assert _one_line_error(run.stderr) == "claimcheck: error: nope.txt: no such file or directory"


def test_malformed_claims_yaml(here: Path) -> None:
    (here / "claims.yaml").write_text("entities:\n  Meta: {aliases: [a, b}\n", encoding="utf-8")
    run = CliRunner().invoke(main, ["check", "good.txt"])
    assert run.exit_code == 2
    assert _one_line_error(run.stderr).startswith("claimcheck: error: claims.yaml:2: invalid YAML")


def test_missing_config_file(here: Path) -> None:
    run = CliRunner().invoke(main, ["check", "good.txt", "--config", "absent.yaml"])
    assert run.exit_code == 2
    assert _one_line_error(run.stderr) == "claimcheck: error: absent.yaml: config file not found"


def test_binary_file_named_is_an_error_but_others_are_checked(here: Path) -> None:
    (here / "blob.bin").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    run = CliRunner().invoke(main, ["check", "good.txt", "blob.bin", "--format", "json"])
    assert run.exit_code == 2
    assert _one_line_error(run.stderr) == "claimcheck: error: blob.bin: binary file (contains NUL bytes)"
    docs = {d["doc"]: d for d in json.loads(run.stdout)["documents"]}
    assert docs["good.txt"]["status"] == "ok"
    assert docs["blob.bin"]["status"] == "error"


def test_skip_errors_keeps_the_exit_code_for_conflicts(here: Path) -> None:
    (here / "blob.bin").write_bytes(b"\x00\x01")
    run = CliRunner().invoke(main, ["check", "good.txt", "blob.bin", "--skip-errors"])
    assert run.exit_code == 0
    assert "claimcheck: error: blob.bin: binary file" in run.stderr


def test_binary_file_in_a_folder_is_skipped_with_reason(here: Path) -> None:
    folder = here / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text("Acme sold 5,000 robots in 2024.", encoding="utf-8")
    (folder / "b.txt").write_bytes(b"\x00\x01\x02binary")
    (folder / "c.png").write_bytes(b"\x89PNG")
    run = CliRunner().invoke(main, ["check", "corpus", "--format", "json"])
    assert run.exit_code == 0
    docs = {d["doc"]: d for d in json.loads(run.stdout)["documents"]}
    assert docs["corpus/a.txt"]["status"] == "ok"
    assert docs["corpus/b.txt"] == {**docs["corpus/b.txt"], "status": "skipped",
                                    "reason": "binary file (contains NUL bytes)"}
    assert docs["corpus/c.png"]["status"] == "skipped"
    assert "not a text document" in docs["corpus/c.png"]["reason"]


def test_legacy_encoding_is_detected_and_said(here: Path) -> None:
    text = "Le caf\xe9 a vendu 5 000 robots \u2014 soit 12 % de plus qu\u2019en 2023, selon la soci\xe9t\xe9."
    (here / "cp1252.txt").write_bytes(text.encode("cp1252"))
    run = CliRunner().invoke(main, ["check", "cp1252.txt", "--format", "json"])
    assert run.exit_code == 0, run.stderr
    data = json.loads(run.stdout)
    (doc,) = data["documents"]
    assert doc["status"] == "ok" and doc["reason"].startswith("decoded as ")
    assert [c["text"] for c in data["claims"]] == ["5 000", "12 %"]


def test_html_visible_text_only_with_true_offsets(here: Path) -> None:
    page = (
        "<html><head><title>5 GW title</title><script>var x = 900;</script>"
        "<style>.a{width:300px}</style></head><body><p data-n=\"77\">Acme sold 5,000 robots.</p>"
        "<p>It plans a 2 GW plant.</p><!-- 42 --></body></html>"
    )
    (here / "page.html").write_text(page, encoding="utf-8")
    run = CliRunner().invoke(main, ["extract", "page.html"])
    records = [json.loads(line) for line in run.stdout.splitlines()]
    assert [r["text"] for r in records] == ["5,000", "2 GW"]
    assert all(page[r["start"] : r["end"]] == r["text"] for r in records)


def test_file_order_does_not_change_the_output(here: Path) -> None:
    (here / "b.txt").write_text("Acme sold 7,000 robots in 2024.", encoding="utf-8")
    one = CliRunner().invoke(main, ["check", "good.txt", "b.txt", "--format", "json"]).stdout
    two = CliRunner().invoke(main, ["check", "b.txt", "good.txt", "--format", "json"]).stdout
    assert one == two


def test_one_line_of_megabytes_is_read(here: Path) -> None:
    (here / "long.txt").write_text("filler " * 400_000 + "Acme sold 5,000 robots.", encoding="utf-8")
    run = CliRunner().invoke(main, ["extract", "long.txt"])
    assert run.exit_code == 0
    assert [json.loads(line)["text"] for line in run.stdout.splitlines()] == ["5,000"]


def test_utf8_bom_and_utf16_are_read(here: Path) -> None:
    (here / "bom.txt").write_bytes("\ufeffAcme sold 5,000 robots.".encode())
    (here / "u16.txt").write_bytes("Acme sold 7,000 robots.".encode("utf-16"))
    run = CliRunner().invoke(main, ["extract", "bom.txt", "u16.txt"])
    assert run.exit_code == 0
    texts = [json.loads(line)["text"] for line in run.stdout.splitlines()]
    assert texts == ["5,000", "7,000"]


def test_front_matter_date_and_dateline(here: Path) -> None:
    (here / "fm.md").write_text("---\ndate: 2024-02-02\n---\nAcme sold 5,000 robots by the end of the year.\n",
                                encoding="utf-8")
    (here / "dl.txt").write_text("Robots\n\n  • March 3, 2023\n\nAcme sold 5,000 robots last year.\n",
                                 encoding="utf-8")
    run = CliRunner().invoke(main, ["check", "fm.md", "dl.txt", "--format", "json"])
    data = json.loads(run.stdout)
    docs = {d["doc"]: d for d in data["documents"]}
    assert (docs["fm.md"]["date"], docs["fm.md"]["date_source"]) == ("2024-02-02", "front matter")
    assert (docs["dl.txt"]["date"], docs["dl.txt"]["date_source"]) == ("2023-03-03", "dateline (line 3)")
    periods = {c["doc"]: c["period"] for c in data["claims"]}
    assert periods == {"fm.md": "end of 2024", "dl.txt": "2022 (last year)"}
