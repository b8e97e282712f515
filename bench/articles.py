#!/usr/bin/env python3
"""Issue 3's held-out measures on labelled articles (tests/articles/), extracted with no claims.yaml.

    python bench/articles.py [--quiet]

Prints one row per article and the total: claims found (recall), value and unit right, distractors
rejected, subject and object right. Then every label the extractor gets wrong and every claim
extracted over no label, for review (--quiet leaves those out).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from articles import LABELS, claims_of, figures, flagged_within, matched, wrong  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quiet", action="store_true", help="the table only")
    quiet = parser.parse_args().quiet
    names = list(figures([]).rates())
    print("| article | " + " | ".join(names) + " | unlabelled |")
    print("|---|" + "---:|" * (len(names) + 1))
    for article in [*LABELS, None]:
        chosen = LABELS if article is None else [article]
        f = figures(chosen)
        row = [f"{rate:.0%}" for rate in f.rates().values()]
        print(f"| {'**all**' if article is None else article['id']} | " + " | ".join(row) + f" | {f.unlabelled} |")
    totals = figures(LABELS)
    print(f"\n{totals.claims} claims, {totals.distractors} distractors, {len(LABELS)} articles")
    alarms = flagged_within()
    print(f"pairs flagged by check over the articles (each tells one story with no misreport): {len(alarms)}")
    for pair in sorted(alarms, key=sorted):
        print(f"   false alarm: {' vs '.join(sorted(pair))}")
    if quiet:
        return
    for article in LABELS:
        file, used = article["file"], set()
        for label in article["claims"]:
            claim = matched(file, label)
            used.add(claim.start if claim else None)
            bad = wrong(label, claim)
            if bad and claim is None:
                print(f"{file}: {label['text']!r} missed")
            elif bad:
                q = claim.quantity  # type: ignore[union-attr]
                print(f"{file}: {label['text']!r} wrong {', '.join(bad)}: read {claim.text!r} "  # type: ignore[union-attr]
                      f"value={q.value} low={q.low} high={q.high} unit={q.unit} change={q.change} "
                      f"subject={claim.subject!r} object={claim.object!r} "  # type: ignore[union-attr]
                      f"period={claim.period.key if claim.period else None!r}")  # type: ignore[union-attr]
        for distractor in article.get("distractors", []):
            hit = matched(file, distractor)
            if hit is not None:
                used.add(hit.start)
                print(f"{file}: distractor {distractor['text']!r} read as {hit.text!r}")
        for claim in claims_of(file):
            if claim.start not in used:
                print(f"{file}: unlabelled {claim.text!r} subject={claim.subject!r} object={claim.object!r}")


if __name__ == "__main__":
    main()
