#!/usr/bin/env python3
"""Pair recall, false alarms and precision of `check` on the story corpora (tests/stories/), no claims.yaml.

    python bench/stories.py

Each story holds several articles on one event with one misreport and lookalikes; the expected pairs
are in tests/cases/stories/stories.yaml. Prints one row per story and the total, and every pair
flagged that the expectations do not list as a conflict.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from stories import EXPECT, flagged_pairs, outcome, pair, score  # noqa: E402


def main() -> None:
    results = [outcome(story) for story in EXPECT]
    print("| story | conflicts caught | consistent pairs flagged | pairs flagged | precision |")
    print("|---|---:|---:|---:|---:|")
    for story, result in zip(EXPECT, results, strict=True):
        s = score([story], [result])
        print(f"| {story['id']} | {s.caught}/{s.conflicts} | {s.false_alarms}/{s.consistent} | {s.flagged} "
              f"| {s.precision:.0%} |")
    total = score(EXPECT, results)
    print(f"| **all** | {total.caught}/{total.conflicts} ({total.recall:.0%}) "
          f"| {total.false_alarms}/{total.consistent} ({total.false_alarm_rate:.0%}) | {total.flagged} "
          f"| {total.precision:.0%} |")
    for story, result in zip(EXPECT, results, strict=True):
        expected = {pair(c) for c in story["conflicts"]}
        for found in sorted(flagged_pairs(result) - expected, key=sorted):
            print(f"unexpected flag in {story['id']}: {' vs '.join(sorted(found))}")


if __name__ == "__main__":
    main()
