#!/usr/bin/env python3
"""Extraction and check throughput on the bundled corpus (or given files), median of several runs.

    python bench/throughput.py [--runs 5] [--repeat 20] [PATH ...]

Each run extracts every document `--repeat` times (end to end: decode, extract, serialise to JSON)
and then reconciles all claims once. Prints MB/s of text and claims/s, median over the runs.
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
from checker.reconcile import reconcile  # noqa: E402
from checker.report.jsonout import claims_jsonl  # noqa: E402


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


if __name__ == "__main__":
    main()
