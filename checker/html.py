"""Visible text of an HTML page, kept at the same character offsets as the page itself.

Tags, comments, scripts and styles are blanked with spaces (newlines kept, and a newline where a
block element starts), so offsets into the result are offsets into the file: a claim's
`text == document[start:end]` holds for the raw HTML too. Scripts, styles and attributes never
yield claims because they are never visible text.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
_HIDDEN = frozenset({"script", "style", "noscript", "template", "head", "title", "svg"})
_BLOCKS = frozenset(
    "p div br li ul ol h1 h2 h3 h4 h5 h6 tr td th table section article header footer blockquote pre "
    "figcaption hr dd dt".split()
)
_NOT_NEWLINE = re.compile(r"[^\n]")


class _Visible(HTMLParser):
    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=False)
        self.text = text
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
        self.spans: list[tuple[int, int]] = []
        self.breaks: list[int] = []
        self.hidden = 0

    def _offset(self) -> int:
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        del attrs
        if tag in _HIDDEN:
            self.hidden += 1
        if tag in _BLOCKS:
            self.breaks.append(self._offset())

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN and self.hidden:
            self.hidden -= 1
        if tag in _BLOCKS:
            self.breaks.append(self._offset())

    def handle_data(self, data: str) -> None:
        if not self.hidden and data.strip():
            start = self._offset()
            if self.text.startswith(data, start):
                self.spans.append((start, start + len(data)))


def visible_text(text: str) -> str:
    """The page with everything but its visible text blanked out, at unchanged offsets."""
    parser = _Visible(text)
    parser.feed(text)
    parser.close()
    out: list[str] = []
    position = 0
    for start, end in sorted(parser.spans):
        if start < position:
            continue
        out.append(_NOT_NEWLINE.sub(" ", text[position:start]))
        out.append(text[start:end])
        position = end
    out.append(_NOT_NEWLINE.sub(" ", text[position:]))
    masked = list("".join(out))
    for offset in parser.breaks:
        if 0 <= offset < len(masked) and masked[offset] == " ":
            masked[offset] = "\n"
    return "".join(masked)
