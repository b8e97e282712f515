#!/usr/bin/env python3
"""Score the extractor on every peer suite in ../shared/peer-suites and print a table.

    python bench/accuracy.py [--shared PATH] [--json]

Runs the suites' own scorers (predict.py + score.py, and newsquant/score.py) over
`python -m checker extract {dir} --format jsonl`, and scores the peers' stored predictions
(anchors/) with the same scorer, so every figure in a row comes from the same run.
CQE's figures are the published ones (newsquant/published-scores-*.csv).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SUITES = (  # (file, --kinds auto?)
    ("recognizers-currency", True),
    ("recognizers-number", False),
    ("recognizers-number-range", False),
    ("recognizers-percent", True),
    ("recognizers-dimension", True),
    ("quantulum3-quantities", False),
)
ANCHORS = {"quantulum3": "quantulum3-0.10.0", "Recognizers-Text": "recognizers-text-1.0.2a2"}
TARGETS = {  # issue 3: what each suite must reach (f1, value_acc, unit_acc)
    "recognizers-currency": (0.97, 0.97, 0.97),
    "recognizers-number": (0.95, 0.95, None),
    "recognizers-number-range": (0.95, 0.95, None),
    "recognizers-dimension": (0.90, None, None),
    "quantulum3-quantities": (0.90, None, None),
}


def _run(args: list[str], cwd: Path) -> str:
    out = subprocess.run(args, cwd=cwd, capture_output=True, text=True, check=False)
    if out.returncode != 0:
        sys.exit(f"failed: {' '.join(args)}\n{out.stderr[-2000:]}")
    return out.stdout


def _score(peer: Path, suite: str, predictions: Path, kinds: bool) -> dict[str, float]:
    args = [sys.executable, "score.py", f"{suite}.jsonl", str(predictions), "--json"]
    if kinds:
        args[4:4] = ["--kinds", "auto"]
    return json.loads(_run(args, peer))  # type: ignore[no-any-return]


def jsonl_suites(peer: Path, command: str) -> list[dict[str, object]]:
    """Our scores and the anchors' on the JSON Lines suites."""
    rows: list[dict[str, object]] = []
    with tempfile.TemporaryDirectory() as tmp:
        for suite, kinds in SUITES:
            predictions = Path(tmp) / f"{suite}.pred.jsonl"
            predictions.write_text(
                _run([sys.executable, "predict.py", f"{suite}.jsonl", "--cmd", command], peer), encoding="utf-8"
            )
            rows.append({"suite": suite, "tool": "claimcheck", **_score(peer, suite, predictions, kinds)})
            for tool, folder in ANCHORS.items():
                anchor = peer / "anchors" / folder / f"{suite}.pred.jsonl"
                if anchor.exists():
                    rows.append({"suite": suite, "tool": tool, **_score(peer, suite, anchor, kinds)})
    return rows


def newsquant(peer: Path, command: str) -> list[dict[str, object]]:
    """Our NewsQuant-format scores and CQE's published ones."""
    rows: list[dict[str, object]] = []
    folder = peer / "newsquant"
    for testset, published in (("NewsQuant.json", "published-scores-NewsQuant.csv"),
                               ("currency-model.json", "published-scores-currency-model.csv")):
        ours = json.loads(_run([sys.executable, "score.py", testset, "--cmd", command, "--json"], folder))
        rows.append({"suite": testset, "tool": "claimcheck", **{k: v["F"] for k, v in ours.items()}})
        with open(folder / published, encoding="utf-8") as handle:
            for line in csv.DictReader(handle, delimiter="\t"):
                if line["model"] in ("CQE-Numparser", "quantulum3"):
                    rows.append({"suite": testset, "tool": line["model"], line["type"]: float(line["F1"])})
    return rows


def _fmt(x: object) -> str:
    return "–" if x is None else (f"{x:.3f}" if isinstance(x, float) and x <= 1.0 else str(x))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--json", action="store_true", help="print the rows as JSON")
    args = parser.parse_args()
    peer = args.shared / "peer-suites"
    if not peer.is_dir():
        sys.exit(f"no peer suites at {peer}: pass --shared PATH")
    command = f"{sys.executable} -m checker extract {{dir}} --format jsonl"
    # the scorers run the command from the suites' folders: it must import this checkout's checker, not one
    # installed elsewhere (an editable install of another checkout would score that checkout's code)
    os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
    rows = jsonl_suites(peer, command)
    nq = newsquant(peer, command)
    if args.json:
        print(json.dumps(rows + nq, indent=1))
        return
    print("| suite | tool | P | R | F1 | value acc | unit acc | negatives with output | target (F1/value/unit) |")
    print("|---|---|---:|---:|---:|---:|---:|---:|---|")
    for row in rows:
        target = TARGETS.get(str(row["suite"]).removesuffix(".jsonl")) if row["tool"] == "claimcheck" else None
        goal = "/".join(_fmt(t) for t in target) if target else ""
        negatives = f"{row['negative_cases_with_output']}/{row['negative_cases']}"
        print(f"| {row['suite']} | {row['tool']} | {_fmt(row['precision'])} | {_fmt(row['recall'])} "
              f"| {_fmt(row['f1'])} | {_fmt(row['value_acc'])} | {_fmt(row['unit_acc'])} | {negatives} | {goal} |")
    print()
    print("| test set | tool | value F1 | value+change F1 | value+unit F1 |")
    print("|---|---|---:|---:|---:|")
    merged: dict[tuple[str, str], dict[str, object]] = {}
    for row in nq:
        merged.setdefault((str(row["suite"]), str(row["tool"])), {}).update(row)
    for (suite, tool), row in merged.items():
        unit = row.get("value+unit (money, %)", row.get("value+unit"))
        print(f"| {suite} | {tool} | {_fmt(row.get('value'))} | {_fmt(row.get('value+change'))} | {_fmt(unit)} |")


if __name__ == "__main__":
    main()
