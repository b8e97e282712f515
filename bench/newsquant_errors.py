#!/usr/bin/env python3
"""List the extractor's misses and false positives on a NewsQuant-format test set, for error analysis.

    python bench/newsquant_errors.py [NewsQuant.json|currency-model.json] [--shared PATH] [--as-written]

Runs the extractor in-process and scores it with newsquant/score.py's own matching. With
--as-written, physical quantities keep the number as written ("35 miles" -> 35) instead of our
contract's SI base units ("35 miles" -> 56,327 m): NewsQuant's gold is written that way and its
scorer only accepts SI-prefix conversions (km -> m), so this shows how much of the gap is that
convention rather than extraction. It is a what-if for analysis, not a mode of the tool.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checker import numbers, units  # noqa: E402
from checker.config import Config  # noqa: E402
from checker.extract import Extractor  # noqa: E402
from checker.model import Document  # noqa: E402
from checker.report.jsonout import claim_record  # noqa: E402

KEEP_SI = ("percent", "power", "energy", "information", "frequency")


def _as_written() -> None:
    """Make physical units keep the written number (SI prefixes are still applied)."""
    original = units.convert.__wrapped__

    def convert(kind: str, pint_unit: str) -> units.Unit:
        unit = original(kind, pint_unit)
        return unit if kind in KEEP_SI else units.Unit(unit.kind, unit.unit, 1.0, 0.0)

    units.__dict__["convert"] = convert
    numbers.__dict__["physical_unit"].__globals__["convert"] = convert


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("testset", nargs="?", default="NewsQuant.json")
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--as-written", action="store_true")
    parser.add_argument("--quiet", action="store_true", help="print the scores only")
    args = parser.parse_args()
    folder = args.shared / "peer-suites" / "newsquant"
    spec = importlib.util.spec_from_file_location("nq_score", folder / "score.py")
    assert spec and spec.loader
    scorer: Any = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    if args.as_written:
        _as_written()
    cases = json.loads((folder / args.testset).read_text(encoding="utf-8"))
    extractor = Extractor(Config())
    preds = [[claim_record(c) for c in extractor.extract(Document("x.txt", case["text"] + "\n"))] for case in cases]
    print(json.dumps({k: dict(zip("PRF", v, strict=True)) for k, v in scorer.score(cases, preds).items()}))
    if args.quiet:
        return
    for case, found in zip(cases, preds, strict=True):
        used: set[int] = set()
        missed = []
        for gold in case["quantities"]:
            hit = next((i for i, p in enumerate(found) if i not in used and scorer.same_value(gold, p)), None)
            if hit is None:
                missed.append(gold)
            else:
                used.add(hit)
        extra = [p for i, p in enumerate(found) if i not in used]
        if missed or extra:
            print("TEXT", case["text"][:200])
            for gold in missed:
                print("   MISS", gold["value"], gold.get("normalized_unit"), gold.get("change"))
            for p in extra:
                print("   FP  ", repr(p["text"]), p["value"], p["low"], p["high"], p["unit"])


if __name__ == "__main__":
    main()
