"""Safe, strict YAML loading that keeps the line of every value for error messages."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import yaml

from checker.errors import CheckerError

MAX_NODES = 100_000
MAX_DEPTH = 64

_SCALAR_TAGS = {
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
    "tag:yaml.org,2002:timestamp",
}


@dataclass(frozen=True)
class Located:
    """A loaded YAML value with the 1-based line it starts on."""

    value: Any
    line: int


class _Builder:
    """Turns a composed node tree into Located values, refusing anything unsafe."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.count = 0
        self.constructor = yaml.SafeLoader("")

    def build(self, node: yaml.Node, depth: int = 0) -> Located:
        line = node.start_mark.line + 1
        self.count += 1
        if self.count > MAX_NODES:
            raise CheckerError(f"too many YAML nodes (more than {MAX_NODES}; alias bomb?)", self.path, line)
        if depth > MAX_DEPTH:
            raise CheckerError(f"YAML nested deeper than {MAX_DEPTH} levels", self.path, line)
        if isinstance(node, yaml.ScalarNode):
            if node.tag not in _SCALAR_TAGS:
                raise CheckerError(f"unsupported YAML tag {node.tag}", self.path, line)
            return Located(self.constructor.construct_object(node, deep=True), line)
        if isinstance(node, yaml.SequenceNode):
            if node.tag != "tag:yaml.org,2002:seq":
                raise CheckerError(f"unsupported YAML tag {node.tag}", self.path, line)
            return Located([self.build(item, depth + 1) for item in node.value], line)
        if isinstance(node, yaml.MappingNode):
            if node.tag != "tag:yaml.org,2002:map":
                raise CheckerError(f"unsupported YAML tag {node.tag}", self.path, line)
            out: dict[Any, Located] = {}
            for key_node, value_node in node.value:
                key = self.build(key_node, depth + 1)
                if not isinstance(key.value, str | int | float | bool | dt.date):
                    raise CheckerError("mapping keys must be plain scalars", self.path, key.line)
                if key.value in out:
                    raise CheckerError(f"duplicate key '{key.value}'", self.path, key.line)
                value = self.build(value_node, depth + 1)
                out[key.value] = Located(value.value, key.line)  # errors point at the key's line
            return Located(out, line)
        raise CheckerError("unsupported YAML node", self.path, line)  # pragma: no cover


def load_located(text: str, path: str) -> Located | None:
    """Parse YAML text into Located values; None for an empty document."""
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except RecursionError:
        raise CheckerError("YAML nested far too deeply", path) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        raise CheckerError(f"invalid YAML: {exc.problem or exc.context}", path, line) from None
    except yaml.YAMLError as exc:
        raise CheckerError(f"invalid YAML: {exc}", path) from None
    if node is None:
        return None
    return _Builder(path).build(node)
