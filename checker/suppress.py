"""Suppression comments in documents: ignore the next line, disable a block, or disable the file.

<!-- claimcheck-ignore CC001: the 2023 figure is quoted, not claimed -->   (the next line)
<!-- claimcheck-disable --> ... <!-- claimcheck-enable -->                 (a block)
<!-- claimcheck-disable-file -->                                           (the whole document)
"""

from __future__ import annotations

import re

from checker.model import Ignore, Suppressions

_DIRECTIVE = re.compile(
    r"<!--\s*claimcheck-(?P<verb>ignore|disable-file|disable|enable)\b(?P<rest>.*?)-->", re.S | re.I
)
_CODES = re.compile(r"\s*(?P<codes>(?:CC\d{3}\s*,?\s*)*)(?::\s*(?P<reason>.*))?$", re.S)


def _line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def find(text: str) -> Suppressions:
    """The suppressions a document's comments declare (an unclosed disable runs to the end)."""
    if "claimcheck-" not in text:
        return Suppressions()
    disabled: list[tuple[int, int]] = []
    ignores: list[Ignore] = []
    block_start: int | None = None
    whole = False
    for m in _DIRECTIVE.finditer(text):
        verb = m["verb"].lower()
        if verb == "disable-file":
            whole = True
        elif verb == "disable" and block_start is None:
            block_start = m.end()
        elif verb == "enable" and block_start is not None:
            disabled.append((block_start, m.start()))
            block_start = None
        elif verb == "ignore":
            parsed = _CODES.match(m["rest"])
            codes = tuple(re.findall(r"CC\d{3}", parsed["codes"])) if parsed else ()
            reason = (parsed["reason"] or "").strip() if parsed else ""
            line_end = text.find("\n", m.end())
            start = len(text) if line_end < 0 else line_end + 1
            end = text.find("\n", start)
            ignores.append(Ignore(start, len(text) if end < 0 else end, codes, reason, _line_of(text, m.start())))
    if block_start is not None:
        disabled.append((block_start, len(text)))
    return Suppressions(whole, tuple(disabled), tuple(ignores))
