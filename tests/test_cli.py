"""The command line through click's runner: subcommands, formats, outputs and exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import REPO

from checker import __version__
from checker.cli import main
from checker.reconcile import CODES

CONFLICTING = "Meta bought 350,000 GPUs in 2024.\n"
AGREEING = "Meta said it had 600,000 GPUs in 2024.\n"


@pytest.fixture()
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "claims.yaml").write_text(
        "entities:\n  Meta: {}\nmeasures:\n  GPUs: {kind: count, terms: [GPU]}\n", encoding="utf-8")
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "a.txt").write_text(CONFLICTING, encoding="utf-8")
    (tmp_path / "corpus" / "b.txt").write_text(AGREEING, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_version() -> None:
    run = CliRunner().invoke(main, ["--version"])
    assert run.exit_code == 0
    assert __version__ in run.output


def test_check_defaults_to_the_corpus_claims_yaml_names(folder: Path) -> None:
    run = CliRunner().invoke(main, ["check"])
    assert run.exit_code == 1
    assert "1 conflicts" in run.stdout
    assert "CONFLICT CC001 value-conflict: Meta / GPUs / 2024" in run.stdout


def test_check_clean_corpus_exits_zero(folder: Path) -> None:
    (folder / "corpus" / "a.txt").write_text(AGREEING, encoding="utf-8")
    run = CliRunner().invoke(main, ["check"])
    assert run.exit_code == 0
    assert "0 conflicts" in run.stdout


def test_check_json_has_disagree_pairs(folder: Path) -> None:
    run = CliRunner().invoke(main, ["check", "corpus", "--format", "json"])
    data = json.loads(run.stdout)
    assert [d["status"] for d in data["documents"]] == ["ok", "ok"]
    conflict = next(f for f in data["findings"] if f["status"] == "conflict")
    ids = {c["id"]: c for c in data["claims"]}
    (a, b), = conflict["disagree"]
    assert {ids[a]["text"], ids[b]["text"]} == {"350,000", "600,000"}
    assert set(conflict) >= {"id", "code", "status", "slot", "claims", "disagree", "message"}


def test_output_file_gets_the_report_and_stdout_the_summary(folder: Path) -> None:
    run = CliRunner().invoke(main, ["check", "--output", "report.md"])
    assert run.exit_code == 1
    report = (folder / "report.md").read_text(encoding="utf-8")
    assert report.startswith("# claimcheck discrepancy report")
    assert "| 1 | [corpus/a.txt:1](corpus/a.txt#L1) | 350,000 |" in report
    assert "Meta bought **350,000** GPUs in 2024." in report
    assert "Full report: report.md" in run.stdout
    assert len(run.stdout.splitlines()) < 25


def test_output_format_follows_extension_unless_given(folder: Path) -> None:
    CliRunner().invoke(main, ["check", "--output", "out.json"])
    assert json.loads((folder / "out.json").read_text(encoding="utf-8"))["findings"]
    CliRunner().invoke(main, ["check", "--output", "out.json", "--format", "markdown"])
    assert (folder / "out.json").read_text(encoding="utf-8").startswith("# claimcheck")


def test_unwritable_output_is_exit_2(folder: Path) -> None:
    run = CliRunner().invoke(main, ["check", "--output", "no/such/dir/report.md"])
    assert run.exit_code == 2
    assert run.stderr.startswith("claimcheck: error: no/such/dir/report.md: cannot write output")


def test_extract_formats(folder: Path) -> None:
    jsonl = CliRunner().invoke(main, ["extract", "corpus/a.txt"])
    assert json.loads(jsonl.stdout.splitlines()[0])["text"] == "350,000"
    as_json = CliRunner().invoke(main, ["extract", "corpus", "--format", "json"])
    assert [c["text"] for c in json.loads(as_json.stdout)] == ["350,000", "600,000"]
    text = CliRunner().invoke(main, ["extract", "corpus/a.txt", "--format", "text"])
    assert text.stdout.startswith("corpus/a.txt:1: '350,000' count 350,000 | who: Meta | what: GPUs | when: 2024")


def test_reports_are_deterministic(folder: Path) -> None:
    outputs = []
    for _ in range(2):
        for fmt in ("json", "markdown"):
            outputs.append(CliRunner().invoke(main, ["check", "--format", fmt]).stdout)
    assert outputs[0] == outputs[2]
    assert outputs[1] == outputs[3]


def test_python_dash_m_checker() -> None:
    run = subprocess.run([sys.executable, "-m", "checker", "--version"], capture_output=True, text=True,
                         cwd=REPO, check=False)
    assert run.returncode == 0
    assert __version__ in run.stdout


def test_github_annotations_one_per_disagreeing_claim(folder: Path) -> None:
    run = CliRunner().invoke(main, ["check", "--format", "github"])
    assert run.exit_code == 1
    lines = run.stdout.splitlines()
    assert lines == [
        "::error file=corpus/a.txt,line=1,col=13,title=CC001 value-conflict::"
        "Meta / GPUs / 2024: 350,000 disagrees with 600,000 (corpus/b.txt:1)",
        "::error file=corpus/b.txt,line=1,col=18,title=CC001 value-conflict::"
        "Meta / GPUs / 2024: 600,000 disagrees with 350,000 (corpus/a.txt:1)",
    ]


@pytest.mark.parametrize(
    "flags,code",
    [([], 1), (["--exit-zero"], 0), (["--fail-on", "never"], 0), (["--fail-on", "warning"], 1)],
)
def test_exit_code_options(folder: Path, flags: list[str], code: int) -> None:
    assert CliRunner().invoke(main, ["check", *flags]).exit_code == code


def test_output_file_never_changes_the_exit_code(folder: Path) -> None:
    plain = CliRunner().invoke(main, ["check"]).exit_code
    written = CliRunner().invoke(main, ["check", "--output", "r.json"]).exit_code
    assert plain == written == 1


def test_sarif_is_valid_against_the_oasis_schema(folder: Path) -> None:
    import jsonschema

    schema = json.loads((Path(__file__).parent / "data" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    run = CliRunner().invoke(main, ["check", "--format", "sarif"])
    log = json.loads(run.stdout)
    jsonschema.validate(log, schema)
    results = log["runs"][0]["results"]
    assert [r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in results] == [
        "corpus/a.txt", "corpus/b.txt"]
    first = results[0]
    assert first["ruleId"] == "CC001"
    assert first["locations"][0]["physicalLocation"]["region"]["startColumn"] == 13
    assert first["relatedLocations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "corpus/b.txt"
    assert first["partialFingerprints"]["claimcheck/v1"].startswith("CC001-")
    conflict_codes = {code for code, (_, status) in CODES.items() if status == "conflict"}
    assert {r["id"] for r in log["runs"][0]["tool"]["driver"]["rules"]} == conflict_codes


def test_several_outputs_in_one_run(folder: Path) -> None:
    run = CliRunner().invoke(main, ["check", "--format", "github", "--output", "sarif=out.sarif",
                                    "--output", "markdown=report.md", "--output", "findings.jsonl"])
    assert run.exit_code == 1
    assert run.stdout.startswith("::error file=corpus/a.txt")
    assert json.loads((folder / "out.sarif").read_text(encoding="utf-8"))["version"] == "2.1.0"
    assert (folder / "report.md").read_text(encoding="utf-8").startswith("# claimcheck discrepancy report")
    (line,) = (folder / "findings.jsonl").read_text(encoding="utf-8").splitlines()
    assert json.loads(line)["status"] == "conflict"


def test_github_step_summary_is_appended(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    summary = folder / "summary.md"
    summary.write_text("earlier step\n", encoding="utf-8")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    CliRunner().invoke(main, ["check", "--output", "report.md"])
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("earlier step\n### claimcheck")
    assert "| Meta · GPUs · 2024 `CC001` | 350,000, 600,000 |" in text
    assert "Full report: `report.md`" in text
    assert len(text.encode()) < 1024 * 1024


def test_baseline_round_trip(folder: Path) -> None:
    run = CliRunner().invoke(main, ["baseline"])
    assert run.exit_code == 0 and "wrote 1 conflicts" in run.stdout
    data = json.loads((folder / "claimcheck-baseline.json").read_text(encoding="utf-8"))
    assert data["format"] == 1 and data["findings"][0]["files"] == ["corpus/a.txt", "corpus/b.txt"]
    assert CliRunner().invoke(main, ["check", "--baseline", "claimcheck-baseline.json"]).exit_code == 0
    # an edit that does not touch the disputed figures keeps the fingerprint
    (folder / "corpus" / "a.txt").write_text("Reported today. " + CONFLICTING, encoding="utf-8")
    assert CliRunner().invoke(main, ["check", "--baseline", "claimcheck-baseline.json"]).exit_code == 0
    # changing a disputed figure makes a new conflict
    (folder / "corpus" / "a.txt").write_text("Meta bought 370,000 GPUs in 2024.\n", encoding="utf-8")
    run = CliRunner().invoke(main, ["check", "--baseline", "claimcheck-baseline.json", "--format", "json"])
    assert run.exit_code == 1
    assert "1 new, 0 known, 1 fixed" in run.stderr
    # --prune drops the fixed entry
    CliRunner().invoke(main, ["check", "--baseline", "claimcheck-baseline.json", "--prune"])
    assert json.loads((folder / "claimcheck-baseline.json").read_text(encoding="utf-8"))["findings"] == []


def test_missing_baseline_is_exit_2(folder: Path) -> None:
    run = CliRunner().invoke(main, ["check", "--baseline", "none.json"])
    assert run.exit_code == 2
    assert run.stderr.strip().endswith("none.json: baseline file not found (create it with `claimcheck baseline`)")


def test_markdown_has_a_chart_of_the_values(folder: Path) -> None:
    report = CliRunner().invoke(main, ["check", "--format", "markdown"]).stdout
    assert "```mermaid\nxychart-beta\n" in report
    assert '    x-axis ["a.txt:1", "b.txt:1"]' in report
    assert "    bar [350000, 600000]" in report


def test_text_colour_only_when_asked(folder: Path) -> None:
    from checker.config import load_config
    from checker.report import text
    from checker.run import check

    outcome = check(["corpus"], load_config(folder / "claims.yaml"))
    assert "\x1b[31;1mCONFLICT\x1b[0m" in text.render(outcome, colour=True)
    assert "\x1b[" not in text.render(outcome)
    assert "\x1b[" not in CliRunner().invoke(main, ["check"]).stdout


def test_progress_is_told_each_document(folder: Path) -> None:
    from checker.config import load_config
    from checker.run import check

    seen: list[tuple[int, int]] = []
    check(["corpus"], load_config(folder / "claims.yaml"), lambda done, total: seen.append((done, total)))
    assert seen == [(0, 2), (1, 2)]


def test_explain_prints_the_reasoning(folder: Path) -> None:
    finding = json.loads(CliRunner().invoke(main, ["check", "--format", "json"]).stdout)["findings"][0]
    run = CliRunner().invoke(main, ["explain", finding["id"][:9]])
    assert run.exit_code == 0
    out = run.stdout
    assert out.startswith(f"{finding['id']}  CC001 value-conflict  status: conflict")
    assert "[1] corpus/a.txt:1:13  '350,000'" in out
    assert "compared as: 345,000 – 355,000" in out
    assert "[1] vs [2]: intervals do not overlap; gap 240,000" in out


def test_explain_unknown_id_is_exit_2(folder: Path) -> None:
    run = CliRunner().invoke(main, ["explain", "CC999"])
    assert run.exit_code == 2
    assert "no finding with id 'CC999'" in run.stderr


def test_sarif_has_a_rule_for_every_conflict_code() -> None:
    from checker.reconcile import CODES
    from checker.report.sarif import RULES

    assert {code for code, (_, status) in CODES.items() if status == "conflict"} == set(RULES)
