#!/usr/bin/env python3
"""A longer fuzz run of the extractor than the test suite's bounded one.

    python bench/fuzz.py [--examples 20000]

Feeds hypothesis-generated text (token soup from number, unit, currency and hedge words, and
arbitrary Unicode) to the extractor. It checks that extraction never raises, that
`text == document[start:end]`, and that `low <= high`. The test suite runs the same properties
with a few hundred examples (tests/test_properties.py).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

import test_properties  # noqa: E402
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--examples", type=int, default=20000)
    args = parser.parse_args()
    options = settings(max_examples=args.examples, deadline=None, suppress_health_check=list(HealthCheck))
    soup = st.lists(st.sampled_from(test_properties.PIECES), max_size=30).map(" ".join)
    unicode_text = st.text(alphabet=st.characters(codec="utf-8"), max_size=400)
    for name, strategy in (("token soup", soup), ("unicode", unicode_text)):
        start = time.perf_counter()
        options(given(strategy)(test_properties._check))()
        print(f"{name}: {args.examples} examples passed in {time.perf_counter() - start:.0f} s")


if __name__ == "__main__":
    main()
