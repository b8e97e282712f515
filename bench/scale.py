#!/usr/bin/env python3
"""`claimcheck check` at newsroom scale: time and peak memory from 1k to 50k generated documents.

    python bench/scale.py [--sizes 1000,5000,20000,50000] [--jobs 2] [--runs 1] [--folder DIR]

The corpus is generated from the bundled seed articles, deterministically. Each story is one company
(about 20 articles about it, as in a real archive) with its own figures and year; each document is a
seed article rewritten for its story: companies and people renamed, figures scaled by the story's
factor, years shifted by the story's offset. One article in 20 misreports (its figures off by 25%).

Each size runs `check --jobs N --no-cache` (a cold run), then `check` twice more
with the cache (the first fills it, the second is the incremental run), then changes one document and
runs again. Peak memory is the largest summed resident size of the process tree, sampled every 50 ms.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NAMES = ["Meta", "Facebook", "Microsoft", "OpenAI", "Nvidia", "Google", "Amazon", "Apple", "Oracle", "xAI",
         "Instagram", "Scale AI"]
PROJECTS = ["Hyperion", "Prometheus", "RSC", "Stargate", "Reality Labs", "Llama", "Talent-Dense Team"]
PEOPLE = ["Mark Zuckerberg", "Zuckerberg", "Sam Altman", "Jensen Huang", "Satya Nadella"]
_NAME = re.compile(r"\b(?:" + "|".join(sorted(NAMES + PEOPLE, key=len, reverse=True)) + r")\b")
_PROJECT = re.compile(r"\b(?:" + "|".join(sorted(PROJECTS, key=len, reverse=True)) + r")\b")
_FIGURE = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d,])|(?<![\d.,])[1-9]\d{0,2}(?:\.\d+)?(?![\d.,])")
_YEAR = re.compile(r"\b20(2[0-9])\b")
_SYLLABLES = ["nor", "vel", "ta", "ri", "co", "lum", "ex", "ar", "bo", "zen", "qui", "mar", "sol", "dra", "fen"]
_SUFFIXES = ["Systems", "Labs", "Group", "Holdings", "Networks", "Energy", "AI", "Dynamics"]


def company(rng: random.Random) -> str:
    word = "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()
    return f"{word} {rng.choice(_SUFFIXES)}"


def generate(folder: Path, count: int, seed: int = 7) -> int:
    """Write `count` documents (unless already there); returns the corpus size in bytes."""
    marker = folder / ".complete"
    if marker.exists():
        return int(marker.read_text())
    folder.mkdir(parents=True, exist_ok=True)
    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").glob("*.txt"))]
    rng = random.Random(seed)
    stories = [company(rng) for _ in range(max(50, count // 20))]  # about 20 articles per company
    people = [f"{rng.choice(['Ana', 'Ben', 'Chen', 'Dara', 'Eli', 'Femi'])} {company(rng).split()[0]}"
              for _ in range(len(stories))]
    factors = [rng.choice([0.5, 0.75, 1.0, 1.5, 2.0, 3.0]) for _ in stories]
    shifts = [rng.choice([-2, -1, 0, 1]) for _ in stories]
    size = 0
    for n in range(count):
        story = rng.randrange(len(stories))
        text = seeds[n % len(seeds)]
        text = _NAME.sub(lambda m, s=story: people[s] if m.group(0) in PEOPLE else stories[s], text)
        text = _PROJECT.sub(lambda m, s=story: f"{m.group(0)} {stories[s].split()[0]}", text)
        factor = factors[story] * (1.25 if rng.random() < 0.05 else 1.0)
        text = _FIGURE.sub(lambda m, f=factor: _scaled(m.group(0), f), text)
        text = _YEAR.sub(lambda m, d=shifts[story]: str(2000 + int(m.group(1)) + d), text)
        path = folder / f"{n // 1000:03d}" / f"doc-{n:06d}.txt"
        path.parent.mkdir(exist_ok=True)
        data = text.encode("utf-8")
        path.write_bytes(data)
        size += len(data)
    marker.write_text(str(size))
    return size


def _scaled(figure: str, factor: float) -> str:
    if factor == 1.0:
        return figure
    if "," in figure:
        return f"{round(int(figure.replace(',', '')) * factor):,}"
    value = float(figure) * factor
    return f"{value:.1f}" if "." in figure else str(round(value))


def measured(args: list[str], cwd: Path) -> tuple[float, float, int]:
    """Wall time (s), peak summed RSS of the process tree (MB), exit code."""
    start = time.perf_counter()
    process = subprocess.Popen(args, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peak = 0
    while process.poll() is None:
        peak = max(peak, _tree_rss(process.pid))
        time.sleep(0.05)
    return time.perf_counter() - start, peak / 1024, process.returncode


def _tree_rss(pid: int) -> int:
    """Resident kB of a process and all its descendants (Linux /proc)."""
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        try:
            status = Path(f"/proc/{current}/status").read_text()
            total += int(re.search(r"VmRSS:\s+(\d+)", status).group(1)) if "VmRSS" in status else 0  # type: ignore[union-attr]
            for task in Path(f"/proc/{current}/task").iterdir():
                todo.extend(int(c) for c in (task / "children").read_text().split())
        except (OSError, ValueError):
            continue
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="1000,5000,20000,50000")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--runs", type=int, default=1, help="cold runs per size (median reported)")
    parser.add_argument("--folder", default=os.path.join(os.environ.get("TMPDIR", "/tmp"), "claimcheck-scale"))
    args = parser.parse_args()
    base = Path(args.folder)
    command = [sys.executable, "-m", "checker", "check", "corpus", "--format", "json", "--output", "report.json",
               "--exit-zero", "--jobs", str(args.jobs)]
    print(f"{'docs':>7} {'MB':>7} {'cold s':>7} {'MB/s':>6} {'peak MB':>8} {'cached s':>9} {'ratio':>6} "
          f"{'1 edit s':>9} {'claims':>8}")
    for count in (int(s) for s in args.sizes.split(",")):
        work = base / str(count)
        size = generate(work / "corpus", count)
        (work / ".git").mkdir(exist_ok=True)  # stop the claims.yaml search here: zero configuration
        env_command = [*command]
        colds = [measured([*env_command, "--no-cache"], work) for _ in range(args.runs)]
        cold = statistics.median(c[0] for c in colds)
        peak = max(c[1] for c in colds)
        subprocess.run([sys.executable, "-m", "checker", "clean"], cwd=work, capture_output=True, check=False)
        measured(env_command, work)  # fills the cache
        cached, _, _ = measured(env_command, work)
        edited = work / "corpus" / "000" / "doc-000000.txt"
        original = edited.read_bytes()
        edited.write_bytes(original + b"\nThe company also said it had 12,345 employees.\n")
        one_edit, _, _ = measured(env_command, work)
        edited.write_bytes(original)
        claims = _claims(work / "report.json")
        print(f"{count:>7} {size / 1e6:>7.1f} {cold:>7.1f} {size / 1e6 / cold:>6.2f} {peak:>8.0f} {cached:>9.1f} "
              f"{cached / cold:>6.0%} {one_edit:>9.1f} {claims:>8}", flush=True)


def _claims(report: Path) -> int:
    import json

    return int(json.loads(report.read_text(encoding="utf-8"))["summary"]["claims"])


if __name__ == "__main__":
    main()
