"""claims.yaml: discovery, strict validation against a schema, and the frozen Config."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from rapidfuzz import process

from checker.errors import CheckerError
from checker.units import CURRENCY_CODES, SYMBOLS, convert
from checker.yamlnodes import Located, load_located

CONFIG_NAME = "claims.yaml"
KINDS = ("money", "count", "number", "power", "energy", "percent", "length", "mass", "duration", "other")


@dataclass(frozen=True)
class Entity:
    """Who a claim can be about, with the names it goes by."""

    name: str
    aliases: tuple[str, ...] = ()
    part_of: str | None = None


@dataclass(frozen=True)
class Measure:
    """What can be counted or measured, with the words that name it."""

    name: str
    kind: str | None = None
    terms: tuple[str, ...] = ()
    part_of: str | None = None
    tolerance: float | None = None


@dataclass(frozen=True)
class DocumentMeta:
    """What claims.yaml says about one document."""

    path: str
    date: dt.date | None = None
    source: str | None = None
    title: str | None = None


@dataclass(frozen=True)
class Tolerance:
    """How far apart two figures may be before they conflict."""

    relative: float = 0.0
    percent_points: float = 0.0
    approx: float = 0.1
    implied_precision: bool = True
    kinds: tuple[tuple[str, float], ...] = ()

    def for_kind(self, kind: str) -> float:
        """The relative tolerance for one kind of quantity."""
        return dict(self.kinds).get(kind, self.relative)


@dataclass(frozen=True)
class Accepted:
    """A discrepancy a person has looked at and accepted, with the reason."""

    reason: str
    line: int
    subject: str | None = None
    measure: str | None = None
    period: str | None = None
    figures: tuple[str, ...] = ()


@dataclass(frozen=True)
class Fact:
    """A figure known from a trusted source: every claim in its slot is checked against it."""

    subject: str
    measure: str
    period: str
    kind: str  # count, money, percent, power...
    unit: str | None  # ISO code for money, SI base unit for physical kinds, % for percent
    value: float  # in `unit`
    line: int
    written: str  # as claims.yaml gives it: "600000", "67 billion USD"
    source: str | None = None


@dataclass(frozen=True)
class Config:
    """The effective configuration, from claims.yaml or defaults."""

    path: str | None = None
    root: str = "."
    corpus: tuple[str, ...] = ("corpus",)
    default_currency: str = "USD"
    default_date: dt.date | None = None
    entities: tuple[Entity, ...] = ()
    measures: tuple[Measure, ...] = ()
    documents: tuple[DocumentMeta, ...] = ()
    tolerance: Tolerance = field(default_factory=Tolerance)
    accepted: tuple[Accepted, ...] = ()
    facts: tuple[Fact, ...] = ()

    def document(self, path: str) -> DocumentMeta | None:
        """Metadata for a document, matched on its path relative to the config's folder."""
        if not self.documents:
            return None
        want = _norm_path(path, self.root)
        for meta in self.documents:
            if _norm_path(meta.path, self.root) == want:
                return meta
        return None


@lru_cache(maxsize=4096)
def _norm_path(path: str, root: str) -> str:
    p = Path(path)
    if not p.is_absolute():
        p = Path(root) / p
    return str(p.resolve())


# ----------------------------------------------------------------------------
# Schema: data describing every key, checked by one small walker.

@dataclass(frozen=True)
class Spec:
    """Expected shape of one YAML value."""

    type: str  # str, float, bool, int, date, list, map, dict, str_or_list
    fields: Mapping[str, Spec] | None = None
    required: tuple[str, ...] = ()
    item: Spec | None = None
    choices: tuple[str, ...] = ()


_STR = Spec("str")
_NUM = Spec("float")
_STRS = Spec("list", item=_STR)
_KIND = Spec("str", choices=KINDS)

SCHEMA = Spec(
    "map",
    fields={
        "version": Spec("int"),
        "corpus": Spec("str_or_list"),
        "default_currency": _STR,
        "default_date": Spec("date"),
        "entities": Spec(
            "dict",
            item=Spec("map", fields={"aliases": _STRS, "part_of": _STR}),
        ),
        "measures": Spec(
            "dict",
            item=Spec(
                "map",
                fields={"kind": _KIND, "terms": _STRS, "part_of": _STR, "tolerance": _NUM},
            ),
        ),
        "documents": Spec(
            "dict",
            item=Spec("map", fields={"date": Spec("date"), "source": _STR, "title": _STR}),
        ),
        "tolerance": Spec(
            "map",
            fields={
                "relative": _NUM,
                "percent_points": _NUM,
                "approx": _NUM,
                "implied_precision": Spec("bool"),
                "kinds": Spec("dict", item=_NUM),
            },
        ),
        "accepted": Spec(
            "list",
            item=Spec(
                "map",
                fields={"subject": _STR, "measure": _STR, "period": Spec("str_or_int"), "figures": _STRS,
                        "reason": _STR},
                required=("reason",),
            ),
        ),
        "facts": Spec(
            "list",
            item=Spec(
                "map",
                fields={"subject": _STR, "measure": _STR, "period": Spec("str_or_int"), "value": Spec("figure"),
                        "unit": _STR, "source": _STR},
                required=("subject", "measure", "period", "value"),
            ),
        ),
    },
)


def _type_ok(spec: Spec, value: Any) -> bool:
    checks: dict[str, bool] = {
        "str": isinstance(value, str),
        "int": isinstance(value, int) and not isinstance(value, bool),
        "float": isinstance(value, int | float) and not isinstance(value, bool),
        "bool": isinstance(value, bool),
        "date": isinstance(value, dt.date) and not isinstance(value, dt.datetime),
        "list": isinstance(value, list),
        "map": isinstance(value, dict),
        "dict": isinstance(value, dict),
        "str_or_list": isinstance(value, str) or isinstance(value, list),
        "str_or_int": isinstance(value, str | int) and not isinstance(value, bool),
        "figure": (isinstance(value, int | float) and not isinstance(value, bool)) or _figure(value) is not None,
    }
    return checks[spec.type]


_TYPE_WORDS = {
    "str": "a string", "int": "an integer", "float": "a number", "bool": "true or false",
    "date": "a date (YYYY-MM-DD)", "list": "a list", "map": "a mapping", "dict": "a mapping",
    "str_or_list": "a path or a list of paths", "str_or_int": "a string such as \"2025\"",
    "figure": "a number (600000, 6.5e10, \"65e9\", \"65,000,000,000\")",
}


def validate(node: Located, spec: Spec, where: str, path: str) -> None:
    """Raise CheckerError naming file and line for the first value that breaks the schema."""
    if not _type_ok(spec, node.value):
        raise CheckerError(f"{where} must be {_TYPE_WORDS[spec.type]}", path, node.line)
    if spec.choices and node.value not in spec.choices:
        raise CheckerError(f"{where} must be one of: {', '.join(spec.choices)}", path, node.line)
    if spec.type == "str_or_list" and isinstance(node.value, list):
        for item in node.value:
            validate(item, _STR, f"{where} item", path)
    if spec.type == "list" and spec.item:
        for i, item in enumerate(node.value):
            validate(item, spec.item, f"{where}[{i}]", path)
    if spec.type == "dict" and spec.item:
        for key, item in node.value.items():
            if not isinstance(key, str):
                raise CheckerError(f"{where} keys must be strings", path, item.line)
            validate(item, spec.item, f"{where}.{key}", path)
    if spec.type == "map" and spec.fields is not None:
        for key, item in node.value.items():
            if key not in spec.fields:
                raise CheckerError(_unknown_key(str(key), where, tuple(spec.fields)), path, item.line)
            validate(item, spec.fields[key], f"{where}.{key}" if where else str(key), path)
        for key in spec.required:
            if key not in node.value:
                raise CheckerError(f"{where or 'top level'} needs '{key}'", path, node.line)


def _unknown_key(key: str, where: str, allowed: tuple[str, ...]) -> str:
    best = process.extractOne(key, allowed, score_cutoff=60)
    hint = f"; did you mean '{best[0]}'?" if best else ""
    place = f" in {where}" if where else ""
    return f"unknown key '{key}'{place} (allowed: {', '.join(allowed)}){hint}"


# ----------------------------------------------------------------------------
# Building the frozen Config from validated, located values.

def _plain(node: Located | None) -> Any:
    if node is None:
        return None
    value = node.value
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def _currency(code: str, path: str, line: int) -> str:
    code = code.strip().upper()
    if len(code) != 3 or not code.isalpha():
        raise CheckerError(f"default_currency must be an ISO 4217 code such as USD, not '{code}'", path, line)
    return code


def parse_config(text: str, path: str) -> Config:
    """Validate claims.yaml text and build the Config; errors name file and line."""
    root = load_located(text, path)
    if root is None:
        return Config(path=path, root=str(Path(path).parent))
    validate(root, SCHEMA, "", path)
    top: dict[str, Located] = root.value
    data = {k: _plain(v) for k, v in top.items()}
    corpus = data.get("corpus", "corpus")
    entities = tuple(
        Entity(name, tuple(body.get("aliases") or ()), body.get("part_of"))
        for name, body in (data.get("entities") or {}).items()
    )
    measures = tuple(
        Measure(name, body.get("kind"), tuple(body.get("terms") or ()), body.get("part_of"), body.get("tolerance"))
        for name, body in (data.get("measures") or {}).items()
    )
    _check_references(top, {e.name for e in entities}, {m.name for m in measures}, path)
    documents = tuple(
        DocumentMeta(p, body.get("date"), body.get("source"), body.get("title"))
        for p, body in (data.get("documents") or {}).items()
    )
    tol = data.get("tolerance") or {}
    tolerance = Tolerance(
        relative=float(tol.get("relative", 0.0)),
        percent_points=float(tol.get("percent_points", 0.0)),
        approx=float(tol.get("approx", 0.1)),
        implied_precision=bool(tol.get("implied_precision", True)),
        kinds=tuple(sorted((k, float(v)) for k, v in (tol.get("kinds") or {}).items())),
    )
    accepted_nodes = top["accepted"].value if "accepted" in top else []
    accepted = tuple(
        Accepted(
            reason=item.value["reason"].value,
            line=item.line,
            subject=_plain(item.value.get("subject")),
            measure=_plain(item.value.get("measure")),
            period=None if "period" not in item.value else str(item.value["period"].value),
            figures=tuple(_plain(item.value.get("figures")) or ()),
        )
        for item in accepted_nodes
    )
    currency = "USD"
    if "default_currency" in top:
        currency = _currency(data["default_currency"], path, top["default_currency"].line)
    facts = tuple(_fact(item, path) for item in (top["facts"].value if "facts" in top else []))
    return Config(
        path=path,
        root=str(Path(path).parent),
        corpus=tuple([corpus] if isinstance(corpus, str) else corpus),
        default_currency=currency,
        default_date=data.get("default_date"),
        entities=entities,
        measures=measures,
        documents=documents,
        tolerance=tolerance,
        accepted=accepted,
        facts=facts,
    )


def _figure(value: object) -> float | None:
    """A number written as YAML text: "65e9" (YAML 1.1 reads it as a string), "65,000,000,000"."""
    if not isinstance(value, str):
        return None
    try:
        return float(value.replace(",", "").replace("_", ""))
    except ValueError:
        return None


def _fact(item: Located, path: str) -> Fact:
    """One entry of facts: its figure brought to the unit claims are compared in."""
    body = {k: v.value for k, v in item.value.items()}
    parsed, unit = _figure(body["value"]), body.get("unit")
    value = float(body["value"]) if parsed is None else parsed  # "0" parses to a falsy 0.0: test for None
    written = f"{value:,.15g}" + (f" {unit}" if unit else "")
    if unit is None:
        kind, base, scale = "count", None, 1.0
    elif unit in ("%", "percent"):
        kind, base, scale = "percent", "%", 1.0
    elif unit.upper() in CURRENCY_CODES:
        kind, base, scale = "money", unit.upper(), 1.0
    elif unit in SYMBOLS:
        converted = convert(*SYMBOLS[unit])
        kind, base, scale = converted.kind, converted.unit, converted.factor
    else:
        line = item.value["unit"].line
        raise CheckerError(f"facts: unknown unit '{unit}' (use an ISO currency code, %, or a unit symbol "
                           "such as GW, MWh, km)", path, line)
    return Fact(str(body["subject"]), str(body["measure"]), str(body["period"]), kind, base, value * scale,
                item.line, written, body.get("source"))


def _check_references(top: dict[str, Located], entities: set[str], measures: set[str], path: str) -> None:
    """part_of must name a declared entity or measure."""
    for section, names in (("entities", entities), ("measures", measures)):
        for name, body in (top[section].value if section in top else {}).items():
            parent = body.value.get("part_of")
            if parent is not None and parent.value not in names:
                raise CheckerError(f"{section}.{name}.part_of names unknown '{parent.value}'", path, parent.line)


def find_config(start: Path) -> Path | None:
    """claims.yaml in the folder or the nearest parent that has one, stopping at the repository root."""
    here = start.resolve()
    for folder in (here, *here.parents):
        candidate = folder / CONFIG_NAME
        if candidate.is_file():
            return candidate
        if (folder / ".git").exists():
            return None
    return None


def load_config(path: Path | None) -> Config:
    """Read and validate a claims.yaml; with None, the defaults rooted at the working directory."""
    if path is None:
        return Config(root=".")
    shown = str(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise CheckerError("config file not found", shown) from None
    except OSError as exc:
        raise CheckerError(f"cannot read config: {exc.strerror}", shown) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise CheckerError("config is not UTF-8 text", shown) from None
    return parse_config(text, shown)


_JSON_TYPES: dict[str, dict[str, Any]] = {
    "str": {"type": "string"}, "int": {"type": "integer"}, "float": {"type": "number"},
    "bool": {"type": "boolean"}, "date": {"type": "string", "format": "date"},
    "str_or_list": {"anyOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}]},
    "str_or_int": {"anyOf": [{"type": "string"}, {"type": "integer"}]},
    "figure": {"anyOf": [{"type": "number"}, {"type": "string", "pattern": "^[-+0-9.,_eE]+$"}]},
}


def _json_schema(spec: Spec) -> dict[str, Any]:
    if spec.type in _JSON_TYPES:
        out = dict(_JSON_TYPES[spec.type])
        if spec.choices:
            out["enum"] = list(spec.choices)
        return out
    if spec.type == "list":
        return {"type": "array", "items": _json_schema(spec.item) if spec.item else {}}
    if spec.type == "dict":
        return {"type": "object", "additionalProperties": _json_schema(spec.item) if spec.item else {}}
    fields = spec.fields or {}
    mapping: dict[str, Any] = {"type": "object", "additionalProperties": False,
                               "properties": {k: _json_schema(v) for k, v in fields.items()}}
    if spec.required:
        mapping["required"] = list(spec.required)
    return mapping


def json_schema() -> dict[str, Any]:
    """A JSON Schema for claims.yaml, made from the same SCHEMA the loader checks (editors can use it)."""
    return {
        "$schema": "http://json-schema.org/draft-07/schema#",
        "title": "claimcheck claims.yaml",
        **_json_schema(SCHEMA),
    }
