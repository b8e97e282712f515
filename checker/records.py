"""Extraction results as JSON Lines records, and back: the cache's entries and `--claims-from` shards.

A shard is what `claimcheck extract --format shard` prints: a header, then for every document one
"document" record followed by one "claim" record per claim. Unlike the contract's claim lines, the
records keep every field the reconciler reads, so a shard reconciles exactly as a single run would.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import hashlib
import json
import types
import typing
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

from checker import __version__
from checker.config import Config
from checker.errors import CheckerError
from checker.model import Claim, DocInfo

SHARD_FORMAT = 1
T = TypeVar("T")


def config_hash(config: Config) -> str:
    """A short digest of everything in a configuration (its repr is deterministic: frozen data only)."""
    return hashlib.sha256(repr(config).encode("utf-8")).hexdigest()[:16]


def to_plain(value: Any, positional: bool = False) -> Any:
    """A dataclass tree as JSON-ready data: dataclasses to dicts, tuples to lists, dates to ISO strings.

    With `positional`, a dataclass is a list of its fields in order instead (the cache's packed form).
    """
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields = dataclasses.fields(value)
        if positional:
            return [to_plain(getattr(value, f.name), True) for f in fields]
        return {f.name: to_plain(getattr(value, f.name)) for f in fields}
    if isinstance(value, tuple | list):
        return [to_plain(v, positional) for v in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def from_plain(cls: type[T], data: Any, positional: bool = False) -> T:
    """Rebuild a dataclass from to_plain's output, guided by its type hints (TypeError on a mismatch)."""
    build: Callable[[Any], Any] = _builder(typing.cast(Any, cls), positional)
    return typing.cast(T, build(data))


@functools.cache
def _builder(hint: Any, positional: bool) -> Callable[[Any], Any]:
    """A function that rebuilds values of one type hint; made once per hint, as type hints are slow to read.

    `positional`: dataclasses come as lists of their fields in order, else as objects (see to_plain).
    """
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        inner = _builder(next(a for a in args if a is not type(None)), positional)
        return lambda data: None if data is None else inner(data)
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        item = _builder(args[0], positional)
        return lambda data: tuple(map(item, _sequence(data)))
    if origin is tuple:
        items = [_builder(a, positional) for a in args]
        return lambda data: tuple(f(v) for f, v in zip(items, _sequence(data), strict=True))
    if hint is dt.date:
        return lambda data: dt.date.fromisoformat(_exactly(str, data))
    if hint is float:
        return lambda data: float(data if isinstance(data, int | float) and not isinstance(data, bool)
                                   else _exactly(float, data))
    if hint in (str, int, bool):
        return lambda data: _exactly(hint, data)
    if dataclasses.is_dataclass(hint):
        return _dataclass_builder(hint, positional)
    raise TypeError(f"cannot rebuild {hint!r}")


_PLAIN, _FLOAT, _BUILT = 0, 1, 2  # how a field is checked: its exact type; any JSON number; its own builder


_ANY_JSON = frozenset({str, int, float, bool, list, dict, type(None)})


def _dataclass_builder(hint: Any, positional: bool) -> Callable[[Any], Any]:
    """Rebuild one dataclass from a plan read once.

    Plain str/int/bool fields are only checked, floats taken from any JSON number (None too where
    the field is optional), the rest built by their own builders. This is hot (440,000 records in a
    cached run of 50,000 documents): a row whose plain fields all have their exact types is checked
    in one pass (`allowed`), and only the others go field by field, to convert or to say what is wrong.
    """
    names = typing.get_type_hints(hint)
    plan: list[tuple[str, int, Any, bool]] = []
    for f in dataclasses.fields(hint):
        if not f.init:
            continue
        field_hint = names[f.name]
        args = [a for a in typing.get_args(field_hint) if a is not type(None)]
        optional = typing.get_origin(field_hint) in (typing.Union, types.UnionType) and len(args) == 1
        plain = args[0] if optional else field_hint
        if plain in (str, int, bool, float):
            plan.append((f.name, _FLOAT if plain is float else _PLAIN, plain, optional))
        else:
            plan.append((f.name, _BUILT, _builder(field_hint, positional), optional))
    make = typing.cast(Callable[..., Any], hint)
    shape, shape_name = (list, "a list") if positional else (dict, "an object")
    allowed = [_ANY_JSON if how == _BUILT else frozenset({arg, type(None)} if optional else {arg})
               for _, how, arg, optional in plan]
    built = [(i, arg) for i, (_, how, arg, _) in enumerate(plan) if how == _BUILT]
    exact = frozenset.__contains__

    def each(given: list[Any]) -> list[Any]:
        values = []
        for (name, how, arg, optional), value in zip(plan, given, strict=True):
            if how == _BUILT:
                value = arg(value)
            elif optional and value is None:
                pass
            elif how == _FLOAT and type(value) is int:
                value = float(value)
            elif type(value) is not arg:
                wanted = "a number" if how == _FLOAT else arg.__name__
                raise TypeError(f"{name}: expected {wanted}, got {type(value).__name__}")
            values.append(value)
        return values

    def build(data: Any) -> Any:
        if type(data) is not shape:
            raise TypeError(f"expected {shape_name} for {hint.__name__}, got {type(data).__name__}")
        if positional and len(data) != len(plan):
            raise TypeError(f"expected {len(plan)} fields for {hint.__name__}, got {len(data)}")
        given: list[Any] = typing.cast(list[Any], data) if positional else [
            typing.cast(dict[str, Any], data)[name] for name, _, _, _ in plan]
        if not all(map(exact, allowed, map(type, given))):
            return make(*each(given))
        values = list(given)
        for i, builder in built:
            values[i] = builder(values[i])
        return make(*values)

    return build


def _exactly(kind: type, data: Any) -> Any:
    if type(data) is not kind:
        raise TypeError(f"expected {kind.__name__}, got {type(data).__name__}")
    return data


def _sequence(data: Any) -> list[Any]:
    if not isinstance(data, list):
        raise TypeError(f"expected a list, got {type(data).__name__}")
    return data


def header(config: Config) -> str:
    """The first line of a shard: format, tool version and configuration digest."""
    return _line({"record": "shard", "format": SHARD_FORMAT, "version": __version__, "config": config_hash(config)})


def document_lines(info: DocInfo, claims: Iterable[Claim]) -> str:
    """One document's records: the document, then its claims."""
    lines = [_line({"record": "document", **to_plain(info)})]
    lines.extend(_line({"record": "claim", **to_plain(claim)}) for claim in claims)
    return "".join(lines)


def pack(info: DocInfo, claims: Iterable[Claim]) -> str:
    """One document's extraction as a single positional JSON line.

    The cache's entries: about half the size of document_lines and twice as fast to read back.
    """
    return json.dumps([to_plain(info, True), [to_plain(c, True) for c in claims]], ensure_ascii=False) + "\n"


def unpack(text: str) -> tuple[DocInfo, list[Claim]]:
    """What pack wrote; ValueError or TypeError for anything else."""
    data = json.loads(text)
    if type(data) is not list or len(data) != 2 or type(data[1]) is not list:
        raise ValueError("not a packed document")
    info = from_plain(DocInfo, data[0], True)
    claims = [from_plain(Claim, row, True) for row in data[1]]
    if any(claim.doc != info.status.doc for claim in claims):
        raise ValueError("a claim of another document")
    return info, claims


def _line(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n"


def read_documents(lines: Iterable[str], source: str) -> Iterator[tuple[DocInfo, list[Claim], dict[str, Any]]]:
    """Each document of a shard with its claims; the header (if any) is passed along as the third item.

    Raises CheckerError naming `source` and the line for anything that is not a record we wrote.
    """
    head: dict[str, Any] = {}
    current: tuple[DocInfo, list[Claim]] | None = None
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            kind = record.pop("record")
            if kind == "shard":
                if record.get("format") != SHARD_FORMAT:
                    raise ValueError(f"shard format {record.get('format')!r}, expected {SHARD_FORMAT}")
                head = record
            elif kind == "document":
                if current:
                    yield current[0], current[1], head
                current = (from_plain(DocInfo, record), [])
            elif kind == "claim":
                if current is None:
                    raise ValueError("claim before any document record")
                claim = from_plain(Claim, record)
                if claim.doc != current[0].status.doc:
                    raise ValueError(f"claim of {claim.doc} under document {current[0].status.doc}")
                current[1].append(claim)
            else:
                raise ValueError(f"unknown record {kind!r}")
        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            detail = f"missing field {exc}" if isinstance(exc, KeyError) else str(exc)
            raise CheckerError(f"not a claimcheck shard record ({detail})", source, number) from None
    if current:
        yield current[0], current[1], head
