#!/usr/bin/env python3
"""Extraction and check throughput on the bundled corpus (or given files), median of several runs.

    python bench/throughput.py [--runs 5] [--repeat 20] [PATH ...]

Each run extracts every document `--repeat` times (end to end: decode, extract, serialise to JSON)
and then reconciles all claims once. Prints MB/s of text and claims/s, median over the runs.
When quantulum3 is installed (pip install ".[bench]"), it parses the same text in the same run
and the ratio is printed.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from checker.config import find_config, load_config  # noqa: E402
from checker.corpus import Candidate, load  # noqa: E402
from checker.extract import Extractor  # noqa: E402
from checker.report.jsonout import claims_jsonl  # noqa: E402
from checker.restate import reconcile  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("paths", nargs="*")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    root = Path(__file__).resolve().parent.parent
    paths = [Path(p) for p in args.paths] or sorted((root / "corpus").glob("*.txt"))
    config = load_config(find_config(root))
    extractor = Extractor(config)
    size = sum(p.stat().st_size for p in paths) * args.repeat
    extract_times, check_times, counts = [], [], []
    for _ in range(args.runs):
        start = time.perf_counter()
        claims, dates = [], {}
        for _ in range(args.repeat):
            for path in paths:
                document, _status = load(Candidate(str(path), True), config)
                assert document is not None
                found = extractor.extract(document)
                claims_jsonl(found)
                claims.extend(found)
                dates[document.path] = document.date
        extract_times.append(time.perf_counter() - start)
        start = time.perf_counter()
        reconcile(claims, config, dates)
        check_times.append(time.perf_counter() - start)
        counts.append(len(claims))
    t = statistics.median(extract_times)
    r = statistics.median(check_times)
    print(f"text: {size / 1e6:.2f} MB ({len(paths)} files x {args.repeat}), runs: {args.runs}")
    print(f"extract: {size / 1e6 / t:.2f} MB/s, {counts[0] / t:,.0f} claims/s (median {t:.2f} s)")
    print(f"reconcile: {counts[0] / r:,.0f} claims/s (median {r:.3f} s for {counts[0]} claims)")
    peer = quantulum3_speed(paths, args.runs)
    if peer:
        print(f"quantulum3 on the same files: {peer:.3f} MB/s (median of {args.runs}); "
              f"claimcheck is {size / 1e6 / t / peer:.0f}x faster")


def quantulum3_speed(paths: list[Path], runs: int) -> float | None:
    """quantulum3's MB/s on the same files, or None when it is not installed."""
    try:
        import warnings

        warnings.simplefilter("ignore")
        from quantulum3 import parser as q3  # type: ignore[import-not-found]
    except ImportError:
        print("quantulum3 not installed: pip install '.[bench]' to compare")
        return None
    texts = [p.read_text(encoding="utf-8") for p in paths]
    q3.parse("warm up 5 km")
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        for text in texts:
            q3.parse(text)
        times.append(time.perf_counter() - start)
    return sum(len(t.encode()) for t in texts) / 1e6 / statistics.median(times)


if __name__ == "__main__":
    main()
