"""Shared fixtures: YAML case loading and one cached extractor per configuration."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from checker.config import Config, parse_config
from checker.extract import Extractor
from checker.model import Claim, Document

CASES = Path(__file__).parent / "cases"
REPO = Path(__file__).parent.parent


def load_cases(folder: str) -> list[Any]:
    """Every case in tests/cases/<folder>/*.yaml, as pytest params with readable ids."""
    params = []
    for path in sorted((CASES / folder).glob("*.yaml")):
        for case in yaml.safe_load(path.read_text(encoding="utf-8")):
            params.append(pytest.param(case, id=f"{path.stem}/{case['id']}"))
    return params


def config_from(data: dict[str, Any] | None) -> Config:
    """A Config built from a claims.yaml snippet in a case."""
    return parse_config(yaml.safe_dump(data or {}), "case.yaml")


_EXTRACTORS: dict[str, Extractor] = {}


@pytest.fixture(scope="session")
def extract_text() -> Callable[..., list[Claim]]:
    """Extract claims from a text, with an optional claims.yaml snippet and document date."""

    def run(text: str, config: dict[str, Any] | None = None, date: dt.date | None = None) -> list[Claim]:
        key = yaml.safe_dump(config or {})
        if key not in _EXTRACTORS:
            _EXTRACTORS[key] = Extractor(config_from(config))
        return _EXTRACTORS[key].extract(Document("case.txt", text, date))

    return run
