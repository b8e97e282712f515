"""The claimcheck command line: the only module that prints or exits."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Any, TypeVar

import click

from checker import __version__
from checker.errors import CheckerError

F = TypeVar("F", bound=Callable[..., Any])
EXIT_CLEAN, EXIT_CONFLICTS, EXIT_ERROR = 0, 1, 2
FORMAT_BY_SUFFIX = {".md": "markdown", ".markdown": "markdown", ".json": "json", ".txt": "text",
                    ".sarif": "sarif", ".jsonl": "jsonl"}
CHECK_FORMATS = ("text", "markdown", "json", "jsonl", "github", "sarif")


def _fail(message: str) -> None:
    click.echo(f"claimcheck: error: {message}", err=True)
    sys.exit(EXIT_ERROR)


def friendly(func: F) -> F:
    """Turn CheckerError and unexpected failures into one line on stderr and exit code 2."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except CheckerError as exc:
            _fail(str(exc))
        except (click.exceptions.Exit, click.ClickException, SystemExit, KeyboardInterrupt):
            raise
        except Exception as exc:  # noqa: BLE001 - the promise is: never a traceback
            if os.environ.get("CLAIMCHECK_DEBUG"):
                raise
            _fail(f"internal error ({type(exc).__name__}: {exc}); set CLAIMCHECK_DEBUG=1 for details")

    return wrapper  # type: ignore[return-value]


def _config(option: str | None) -> Any:
    from checker.config import find_config, load_config

    chosen = option or os.environ.get("CLAIMCHECK_CONFIG")
    if chosen:
        return load_config(Path(chosen))
    found = find_config(Path.cwd())
    return load_config(Path(os.path.relpath(found)) if found else None)


def _corpus_paths(paths: tuple[str, ...], config: Any) -> list[str]:
    if paths:
        return list(paths)
    found = []
    for entry in config.corpus:
        full = Path(config.root) / entry
        found.append(os.path.relpath(full) if full.exists() else str(full))
    return found


def _cache(config: Any, no_cache: bool, cache_dir: str | None) -> Any:
    from checker.cache import Cache, default_dir

    if no_cache:
        return None
    return Cache(Path(cache_dir) if cache_dir else default_dir(config), config)


def _jobs(jobs: int) -> int:
    return jobs if jobs > 0 else os.cpu_count() or 1


def extraction_options(func: F) -> F:
    """--jobs, --no-cache and --cache-dir, shared by the commands that extract."""
    func = click.option("--cache-dir", metavar="DIR",
                        help="Where the extraction cache lives (default: .claimcheck_cache beside claims.yaml).")(func)
    func = click.option("--no-cache", is_flag=True, help="Neither read nor write the extraction cache.")(func)
    func = click.option("--jobs", "-j", type=click.IntRange(min=0), default=1, show_default=True,
                        help="Extract in this many processes (0: one per CPU).")(func)
    return func


def _write(path: str, text: str) -> None:
    try:
        Path(path).write_text(text, encoding="utf-8")
    except OSError as exc:
        raise CheckerError(f"cannot write output: {exc.strerror or exc}", path) from None


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="claimcheck")
def main() -> None:
    """Find the numeric claims in a folder of articles and flag the ones that disagree."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["jsonl", "json", "text", "shard"]), default="jsonl",
              show_default=True, help="Output format (shard: records for `check --claims-from`).")
@click.option("--config", "config_path", metavar="FILE", help="claims.yaml to use (default: found upward).")
@extraction_options
@friendly
def extract(paths: tuple[str, ...], fmt: str, config_path: str | None, jobs: int, no_cache: bool,
            cache_dir: str | None) -> None:
    """Print every numeric claim found in PATHS (files or folders), as each document is done."""
    from checker import records
    from checker.report.jsonout import claims_json, claims_jsonl
    from checker.report.text import claims_text
    from checker.run import extracted

    config = _config(config_path)
    collected = []
    errors = []
    if fmt == "shard":
        click.echo(records.header(config), nl=False)
    for info, claims in extracted(list(paths), config, jobs=_jobs(jobs), cache=_cache(config, no_cache, cache_dir)):
        status = info.status
        if status.status == "error":
            errors.append(status)
        elif status.status == "skipped":
            click.echo(f"claimcheck: skipped {status.doc}: {status.reason}", err=True)
        if fmt == "jsonl":
            click.echo(claims_jsonl(claims), nl=False)
        elif fmt == "shard":
            click.echo(records.document_lines(info, claims), nl=False)
        else:
            collected.extend(claims)
    if fmt == "json":
        click.echo(claims_json(collected), nl=False)
    elif fmt == "text":
        click.echo(claims_text(collected), nl=False)
    for status in errors:
        click.echo(f"claimcheck: error: {status.doc}: {status.reason}", err=True)
    if errors:
        sys.exit(EXIT_ERROR)


@main.command()
@click.argument("paths", nargs=-1)
@click.option("--config", "config_path", metavar="FILE", help="claims.yaml to use (default: found upward).")
@click.option("--format", "fmt", type=click.Choice(CHECK_FORMATS), default=None,
              help="Report format: of a plain --output FILE, else of stdout (default: text).")
@click.option("--output", "-o", "outputs", multiple=True, metavar="[FORMAT=]FILE",
              help="Also write a report to FILE (format from FORMAT= or the extension); repeatable.")
@click.option("--skip-errors", is_flag=True, help="Report unreadable documents but do not exit 2 for them.")
@click.option("--fail-on", type=click.Choice(["conflict", "warning", "never"]), default="conflict",
              show_default=True, help="Exit 1 on conflicts; on conflicts or not-comparable slots; or never.")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when conflicts are found (errors still exit 2).")
@click.option("--baseline", "baseline_path", metavar="FILE",
              help="Fail only on conflicts not in this baseline (see `claimcheck baseline`).")
@click.option("--prune", is_flag=True, help="With --baseline: drop fixed conflicts from the baseline file.")
@click.option("--warn-unused-ignores", is_flag=True, help="Warn about claimcheck-ignore comments that ignore nothing.")
@click.option("--claims-from", "shard_files", multiple=True, metavar="FILE",
              help="Also reconcile claims extracted elsewhere (`extract --format shard`); repeatable.")
@extraction_options
@friendly
def check(paths: tuple[str, ...], config_path: str | None, fmt: str | None, outputs: tuple[str, ...],
          skip_errors: bool, fail_on: str, exit_zero: bool, baseline_path: str | None, prune: bool,
          warn_unused_ignores: bool, shard_files: tuple[str, ...], jobs: int, no_cache: bool,
          cache_dir: str | None) -> None:
    """Check PATHS (default: the corpus claims.yaml names) and report conflicting figures.

    Exit codes: 0 no unresolved conflict, 1 conflicts, 2 usage, configuration or input error.
    """
    from checker.report import github, jsonout, markdown, sarif, text
    from checker.run import check as run_check
    from checker.run import read_shards

    config = _config(config_path)
    shards, warnings = read_shards(list(shard_files), config)
    for warning in warnings:
        click.echo(f"claimcheck: warning: {warning}", err=True)
    corpus = _corpus_paths(paths, config) if paths or not shard_files else []
    outcome = run_check(corpus, config, _progress(), _jobs(jobs), _cache(config, no_cache, cache_dir), shards)
    if baseline_path:
        from checker import baseline

        recorded = baseline.load(baseline_path)
        compared = baseline.compare(outcome, recorded)
        outcome = compared.outcome
        click.echo(f"baseline {baseline_path}: {len(compared.new)} new, {len(compared.known)} known, "
                   f"{len(compared.fixed)} fixed", err=True)
        if prune and compared.fixed:
            _write(baseline_path, baseline.pruned(recorded, compared.fixed))
    renderers: dict[str, Callable[[], str]] = {
        "text": lambda: text.render(outcome),
        "markdown": lambda: markdown.render(outcome),
        "json": lambda: jsonout.check_json(outcome),
        "jsonl": lambda: jsonout.findings_jsonl(outcome),
        "github": lambda: github.render(outcome),
        "sarif": lambda: sarif.render(outcome),
    }
    named = any(spec.partition("=")[0] in CHECK_FORMATS and "=" in spec for spec in outputs)
    targets = [_target(spec, None if named else fmt) for spec in outputs]
    for target_format, path, _ in targets:
        _write(path, renderers[target_format]())
    report = next((p for f, p, _ in targets if f == "markdown"), targets[0][1] if targets else None)
    plain = not named and any(is_plain for _, _, is_plain in targets)
    colour = sys.stdout.isatty() and not os.environ.get("NO_COLOR")
    if targets and (fmt is None or plain):
        click.echo(text.render(outcome, report_path=report, colour=colour), nl=False)
    elif (fmt or "text") == "text":
        click.echo(text.render(outcome, colour=colour), nl=False)
    else:
        click.echo(renderers[fmt or "text"](), nl=False)
    summary_file = os.environ.get("GITHUB_STEP_SUMMARY")
    if summary_file:
        _append(summary_file, markdown.step_summary(outcome, report))
    if warn_unused_ignores:
        used = {key for finding in outcome.findings for key in finding.ignored}
        for doc, ignore in outcome.ignores:
            if f"{doc}:{ignore.line}" not in used:
                click.echo(f"claimcheck: warning: {doc}:{ignore.line}: unused claimcheck-ignore", err=True)
    errors = [d.status for d in outcome.documents if d.status.status == "error"]
    for status in errors:
        click.echo(f"claimcheck: error: {status.doc}: {status.reason}", err=True)
    if errors and not skip_errors:
        sys.exit(EXIT_ERROR)
    failing = {"conflict": {"conflict"}, "warning": {"conflict", "not-comparable"}, "never": set()}[fail_on]
    found = any(f.status in failing for f in outcome.findings)
    sys.exit(EXIT_CONFLICTS if found and not exit_zero else EXIT_CLEAN)


@main.command()
@click.argument("finding_id")
@click.argument("paths", nargs=-1)
@click.option("--config", "config_path", metavar="FILE", help="claims.yaml to use (default: found upward).")
@friendly
def explain(finding_id: str, paths: tuple[str, ...], config_path: str | None) -> None:
    """Print the full reasoning behind one finding (its id, or a unique prefix of it)."""
    from checker.report import explain as explain_report
    from checker.run import check as run_check

    config = _config(config_path)
    outcome = run_check(_corpus_paths(paths, config), config)
    matches = [f for f in outcome.findings if f.id.startswith(finding_id)]
    if len(matches) != 1:
        known = ", ".join(f.id for f in outcome.findings[:10]) or "none"
        problem = "no finding" if not matches else f"{len(matches)} findings"
        raise CheckerError(f"{problem} with id {finding_id!r} (findings: {known})")
    click.echo(explain_report.render(matches[0], outcome), nl=False)


@main.command(name="baseline")
@click.argument("paths", nargs=-1)
@click.option("--config", "config_path", metavar="FILE", help="claims.yaml to use (default: found upward).")
@click.option("--output", "-o", "output", default="claimcheck-baseline.json", show_default=True, metavar="FILE",
              help="Where to write the baseline.")
@friendly
def baseline_command(paths: tuple[str, ...], config_path: str | None, output: str) -> None:
    """Record today's conflicts so that `check --baseline` fails only on new ones."""
    from checker import baseline
    from checker.run import check as run_check

    config = _config(config_path)
    outcome = run_check(_corpus_paths(paths, config), config)
    previous = baseline.load(output) if Path(output).exists() else []
    _write(output, baseline.render(outcome, previous))
    count = sum(1 for f in outcome.findings if f.status == "conflict")
    click.echo(f"claimcheck: wrote {count} conflicts to {output}")


@main.command()
@click.option("--config", "config_path", metavar="FILE",
              help="claims.yaml whose cache to delete (default: found upward).")
@click.option("--cache-dir", metavar="DIR",
              help="The cache folder to delete (default: .claimcheck_cache beside claims.yaml).")
@friendly
def clean(config_path: str | None, cache_dir: str | None) -> None:
    """Delete the extraction cache."""
    from checker.cache import clean as clean_cache
    from checker.cache import default_dir

    folder = Path(cache_dir) if cache_dir else default_dir(_config(config_path))
    if not folder.exists():
        click.echo(f"claimcheck: no cache at {folder}")
        return
    removed = clean_cache(folder)
    click.echo(f"claimcheck: removed {folder} ({removed} cached documents)")


def _progress() -> Callable[[int, int], None] | None:
    """A progress line on stderr for long runs; off when stderr is not a terminal or CI is set."""
    if not sys.stderr.isatty() or os.environ.get("CI"):
        return None

    def show(done: int, total: int) -> None:
        if total >= 50 and (done % 25 == 0 or done == total - 1):
            end = "\n" if done == total - 1 else ""
            click.echo(f"\rclaimcheck: {done + 1}/{total} documents", err=True, nl=False)
            if end:
                click.echo("", err=True)

    return show


def _target(spec: str, fmt: str | None) -> tuple[str, str, bool]:
    """An --output value, its format and whether it was a plain path.

    "sarif=out.sarif" names its format. A plain path takes --format when no output names its format
    (then stdout gets the short summary), else the format its extension names.
    """
    name, sep, path = spec.partition("=")
    if sep and name in CHECK_FORMATS:
        return name, path, False
    return fmt or FORMAT_BY_SUFFIX.get(Path(spec).suffix.lower(), "text"), spec, True


def _append(path: str, text: str) -> None:
    try:
        with open(path, "a", encoding="utf-8") as handle:
            handle.write(text)
    except OSError as exc:
        raise CheckerError(f"cannot write the step summary: {exc.strerror or exc}", path) from None


@main.group()
def config() -> None:
    """Validate or show the effective claims.yaml."""


@config.command(name="check")
@click.option("--config", "config_path", metavar="FILE", help="claims.yaml to check (default: found upward).")
@friendly
def config_check(config_path: str | None) -> None:
    """Validate claims.yaml; exit 2 with file and line on the first problem."""
    loaded = _config(config_path)
    where = loaded.path or "no claims.yaml found; defaults"
    click.echo(f"claimcheck: {where}: ok ({len(loaded.entities)} entities, {len(loaded.measures)} measures, "
               f"{len(loaded.documents)} documents, {len(loaded.accepted)} accepted)")


@config.command(name="show")
@click.option("--config", "config_path", metavar="FILE", help="claims.yaml to show (default: found upward).")
@friendly
def config_show(config_path: str | None) -> None:
    """Print the effective configuration (defaults filled in) as YAML."""
    import dataclasses

    import yaml

    loaded = _config(config_path)
    click.echo(yaml.safe_dump(dataclasses.asdict(loaded), sort_keys=False, allow_unicode=True), nl=False)


@config.command(name="schema")
def config_schema() -> None:
    """Print the JSON Schema of claims.yaml (also shipped as checker/claims.schema.json)."""
    import json

    from checker.config import json_schema

    click.echo(json.dumps(json_schema(), indent=2))
