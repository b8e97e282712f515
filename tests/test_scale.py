"""Incremental and distributed runs: the extraction cache, --jobs, and --claims-from shards.

Each gives exactly what one plain run gives; the cache is invalidated by content, tool version and
configuration, and only for the documents that changed.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import REPO

from checker import cache as cache_module
from checker import records
from checker.cache import Cache
from checker.cli import main
from checker.config import load_config
from checker.corpus import Candidate
from checker.run import Worker, extracted


@pytest.fixture()
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The bundled corpus and claims.yaml in a folder of their own, plus copies to make it 20 documents."""
    shutil.copytree(REPO / "corpus", tmp_path / "corpus")
    shutil.copy(REPO / "claims.yaml", tmp_path / "claims.yaml")
    for n, source in enumerate(sorted((REPO / "corpus").glob("*.txt")) * 3):
        text = source.read_text(encoding="utf-8").replace("Meta", f"Rival{n}")
        (tmp_path / "corpus" / f"copy-{n:02d}.txt").write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _check(*args: str) -> tuple[int, str]:
    run = CliRunner().invoke(main, ["check", "--format", "json", *args])
    return run.exit_code, run.stdout


class Counting(Worker):
    """A Worker that counts how often it really extracts (cache misses)."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.extracted: list[str] = []

    def _extract(self, candidate: Candidate, raw: bytes):  # type: ignore[no-untyped-def]
        self.extracted.append(candidate.path)
        return super()._extract(candidate, raw)


def _run(worker: Worker, folder: Path) -> list[object]:
    paths = sorted(str(p) for p in (folder / "corpus").glob("*.txt"))
    return [worker(Candidate(p, True)) for p in paths]


def test_cached_run_gives_identical_output(project: Path) -> None:
    first = _check()
    assert (project / ".claimcheck_cache" / "CACHEDIR.TAG").is_file()
    assert len(list((project / ".claimcheck_cache").glob("*/*.json"))) == 20
    assert _check() == first
    assert _check("--no-cache") == first
    assert first[0] == 1 and json.loads(first[1])["summary"]["conflicts"] >= 2


def test_cache_is_invalidated_by_content_version_and_config(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = load_config(project / "claims.yaml")
    folder = project / ".claimcheck_cache"
    first = Counting(config, Cache(folder, config))
    baseline = _run(first, project)
    assert len(first.extracted) == 20

    again = Counting(config, Cache(folder, config))
    assert _run(again, project) == baseline
    assert again.extracted == []  # unchanged: every document from the cache

    changed = project / "corpus" / "copy-00.txt"
    changed.write_text(changed.read_text(encoding="utf-8") + "\nRival0 also ordered 5,000 GPUs.\n", encoding="utf-8")
    content = Counting(config, Cache(folder, config))
    _run(content, project)
    assert content.extracted == [str(changed)]  # only the edited document

    yaml_text = (project / "claims.yaml").read_text(encoding="utf-8")
    (project / "claims.yaml").write_text(yaml_text.replace("default_currency: USD", "default_currency: EUR"),
                                         encoding="utf-8")
    edited = load_config(project / "claims.yaml")
    by_config = Counting(edited, Cache(folder, edited))
    _run(by_config, project)
    assert len(by_config.extracted) == 20  # another claims.yaml: everything again

    monkeypatch.setattr(cache_module, "__version__", "999.0")
    by_version = Counting(edited, Cache(folder, edited))
    _run(by_version, project)
    assert len(by_version.extracted) == 20  # another claimcheck version: everything again


@pytest.mark.parametrize("damage", [
    '{"record": "document", "status": 3}\n',  # an old-format entry
    "[[1], []]\n",  # too few fields
    '[["x", 1, null, null, []], [1]]\n',  # wrong types
    "[",  # cut short
    "\udcff",  # not UTF-8 once written with surrogateescape
])
def test_damaged_cache_entry_is_a_miss(project: Path, damage: str) -> None:
    first = _check()
    for entry in (project / ".claimcheck_cache").glob("*/*.json"):
        entry.write_text(damage, encoding="utf-8", errors="surrogateescape")
    assert _check() == first


def test_packed_entry_of_another_document_is_refused(project: Path) -> None:
    config = load_config(project / "claims.yaml")
    (a_info, a_claims), (b_info, _) = list(extracted([str(REPO / "corpus")], config))[:2]
    assert records.unpack(records.pack(a_info, a_claims)) == (a_info, a_claims)
    with pytest.raises(ValueError, match="another document"):
        records.unpack(records.pack(b_info, a_claims))


def test_clean_removes_the_cache(project: Path) -> None:
    _check()
    run = CliRunner().invoke(main, ["clean"])
    assert run.exit_code == 0
    assert "20 cached documents" in run.stdout
    assert not (project / ".claimcheck_cache").exists()
    assert "no cache" in CliRunner().invoke(main, ["clean"]).stdout


def test_clean_refuses_a_folder_that_is_not_a_cache(project: Path) -> None:
    run = CliRunner().invoke(main, ["clean", "--cache-dir", "corpus"])
    assert run.exit_code == 2
    assert "not a claimcheck cache folder" in run.stderr
    assert (project / "corpus").is_dir()


def test_jobs_give_the_same_report(project: Path) -> None:
    single = _check("--no-cache")
    assert _check("--no-cache", "--jobs", "2") == single
    assert _check("--no-cache", "-j", "0") == single


def test_jobs_account_for_every_document(project: Path) -> None:
    (project / "corpus" / "binary.txt").write_bytes(b"\x00\x01\x02")
    config = load_config(project / "claims.yaml")
    statuses = [info.status.status for info, _ in extracted(["corpus"], config, jobs=2)]
    assert len(statuses) == 21 and statuses.count("skipped") == 1


def test_shards_reconcile_exactly_as_one_run(project: Path) -> None:
    single = _check("--no-cache")
    files = sorted(p.name for p in (project / "corpus").glob("*.txt"))
    for n, part in enumerate((files[:7], files[7:15], files[15:])):
        run = CliRunner().invoke(main, ["extract", "--format", "shard", "--no-cache",
                                        *(f"corpus/{name}" for name in part)])
        assert run.exit_code == 0
        (project / f"shard-{n}.jsonl").write_text(run.stdout, encoding="utf-8")
    merged = _check("--claims-from", "shard-2.jsonl", "--claims-from", "shard-0.jsonl",
                    "--claims-from", "shard-1.jsonl")
    assert merged == single


def test_shards_and_paths_combine(project: Path) -> None:
    single = _check("--no-cache", "corpus")
    files = sorted(p.name for p in (project / "corpus").glob("*.txt"))
    run = CliRunner().invoke(main, ["extract", "--format", "shard", *(f"corpus/{name}" for name in files[:10])])
    (project / "part.jsonl").write_text(run.stdout, encoding="utf-8")
    for name in files[:10]:
        (project / "corpus" / name).rename(project / name)
    assert _check("--no-cache", "--claims-from", "part.jsonl", "corpus") == single


def test_a_document_in_two_shards_is_an_error(project: Path) -> None:
    run = CliRunner().invoke(main, ["extract", "--format", "shard", "corpus/001_84bf4fdac161f7a5.txt"])
    (project / "a.jsonl").write_text(run.stdout, encoding="utf-8")
    code, _ = _check("--claims-from", "a.jsonl", "--claims-from", "a.jsonl")
    assert code == 2


@pytest.mark.parametrize(("content", "message"), [
    ('{"record": "shard", "format": 1}\n{"record": "claim", "doc": "x"}\n', "bad.jsonl:2: not a claimcheck shard"),
    ('{"record": "document"}\n', "bad.jsonl:1: not a claimcheck shard record (missing field 'status')"),
    ("not json\n", "bad.jsonl:1: not a claimcheck shard record"),
    ('{"record": "shard", "format": 7}\n', "shard format 7"),
], ids=["claim-before-document", "missing-field", "not-json", "future-format"])
def test_bad_shard_is_a_one_line_error(project: Path, content: str, message: str) -> None:
    (project / "bad.jsonl").write_text(content, encoding="utf-8")
    run = CliRunner().invoke(main, ["check", "--claims-from", "bad.jsonl"])
    assert run.exit_code == 2
    assert message in run.stderr
    assert "Traceback" not in run.stderr


def test_shard_from_another_config_warns(project: Path) -> None:
    run = CliRunner().invoke(main, ["extract", "--format", "shard", "corpus/001_84bf4fdac161f7a5.txt"])
    (project / "a.jsonl").write_text(run.stdout, encoding="utf-8")
    (project / "claims.yaml").write_text("entities:\n  Meta: {}\n", encoding="utf-8")
    run = CliRunner().invoke(main, ["check", "--claims-from", "a.jsonl"])
    assert "warning: a.jsonl: extracted by claimcheck" in run.stderr


def test_extract_jsonl_is_unchanged_by_cache_and_jobs(project: Path) -> None:
    plain = CliRunner().invoke(main, ["extract", "--no-cache", "corpus"]).stdout
    assert CliRunner().invoke(main, ["extract", "corpus"]).stdout == plain
    assert CliRunner().invoke(main, ["extract", "corpus"]).stdout == plain
    assert CliRunner().invoke(main, ["extract", "-j", "2", "--no-cache", "corpus"]).stdout == plain
    assert all(json.loads(line)["doc"] for line in plain.splitlines())


def test_records_round_trip_every_field(project: Path) -> None:
    config = load_config(project / "claims.yaml")
    items = list(extracted([str(REPO / "corpus"), str(REPO / "tests" / "corpus" / "robustness")], config))
    text = records.header(config) + "".join(records.document_lines(info, claims) for info, claims in items)
    back = list(records.read_documents(text.splitlines(keepends=True), "x.jsonl"))
    assert [(info, claims) for info, claims, _ in back] == items
    assert [records.unpack(records.pack(info, claims)) for info, claims in items] == items
    assert back[0][2]["config"] == records.config_hash(config)


def test_cache_is_invalidated_by_a_change_to_claimcheck_itself(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = load_config(project / "claims.yaml")
    folder = project / ".claimcheck_cache"
    _run(Counting(config, Cache(folder, config)), project)
    monkeypatch.setattr(cache_module, "code_digest", lambda: "edited-extractor")
    edited = Counting(config, Cache(folder, config))
    _run(edited, project)
    assert len(edited.extracted) == 20


@pytest.mark.parametrize(("path", "bad", "message"), [
    (("start",), "12", "start: expected int, got str"),
    (("quantity", "low"), True, "low: expected a number, got bool"),
    (("quantity", "value"), "5", "value: expected a number, got str"),
    (("subject",), 7, "subject: expected str, got int"),
    (("period",), 5, "expected an object for Period, got int"),
], ids=["int-as-text", "bool-as-number", "text-as-number", "number-as-name", "number-as-period"])
def test_shard_field_of_the_wrong_type_is_a_one_line_error(project: Path, path: tuple[str, ...], bad: object,
                                                           message: str) -> None:
    run = CliRunner().invoke(main, ["extract", "--format", "shard", "corpus/001_84bf4fdac161f7a5.txt"])
    lines = run.stdout.splitlines()
    number = next(n for n, line in enumerate(lines) if '"record": "claim"' in line)
    record = json.loads(lines[number])
    target = record
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = bad
    lines[number] = json.dumps(record)
    (project / "bad.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    checked = CliRunner().invoke(main, ["check", "--claims-from", "bad.jsonl"])
    assert checked.exit_code == 2
    assert f"bad.jsonl:{number + 1}: not a claimcheck shard record" in checked.stderr
    assert message in checked.stderr
    assert "Traceback" not in checked.stderr
