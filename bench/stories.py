#!/usr/bin/env python3
"""Pair recall, false alarms and precision of `check` on the story corpora (tests/stories/), no claims.yaml.

    python bench/stories.py [--together]

Each story holds several articles on one event with one misreport and lookalikes; the expected pairs
are in tests/cases/stories/stories.yaml. Prints one row per story and the total, and every pair
flagged that the expectations do not list as a conflict. With --together, all stories' articles are
checked in one folder instead, as a corpus mixing stories about the same companies would be, and the
pairs flagged across stories are counted and listed.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from stories import (  # noqa: E402
    EXPECT,
    TOGETHER,
    flagged_pairs,
    outcome,
    outcome_together,
    pair,
    pair_together,
    score,
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--together", action="store_true", help="all stories' articles in one folder")
    if parser.parse_args().together:
        together()
        return
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


def together() -> None:
    """Check every story's articles in one folder (named STORY__FILE) and score the listed pairs.

    A pair across stories is a real conflict when tests/cases/stories/together.yaml lists it under
    `across` (a story's misreport against another story stating the same fact); every other pair
    across stories counts as a false alarm. The strict precision counts them all so.
    """
    with tempfile.TemporaryDirectory() as tmp:
        result, story_of = outcome_together(EXPECT, Path(tmp))
    found = flagged_pairs(result)
    conflicts = {pair_together(s, c) for s in EXPECT for c in s["conflicts"]}
    consistent = {pair_together(s, c) for s in EXPECT for c in s["consistent"]}
    real_across = {pair(c) for mix in TOGETHER for c in mix.get("across", [])}
    across = sorted((p for p in found if len({story_of[x.split(": ")[0]] for x in p}) > 1), key=sorted)
    caught = len(found & conflicts)
    real = caught + len(found & real_across)
    print(f"all stories in one folder: conflicts flagged {caught}/{len(conflicts)} "
          f"({caught / len(conflicts):.0%}), consistent pairs flagged {len(found & consistent)}/{len(consistent)}, "
          f"pairs flagged {len(found)} (precision {real / max(1, len(found)):.0%}, "
          f"strict {caught / max(1, len(found)):.0%}), {len(across)} of them across stories, "
          f"{len(found & real_across)} of those real (listed in together.yaml)")
    for p in across:
        print(f"across stories{' (real)' if p in real_across else ''}: {' vs '.join(sorted(p))}")


if __name__ == "__main__":
    main()
