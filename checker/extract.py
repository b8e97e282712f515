"""Pull numeric claims out of a Document with spaCy's blank English pipeline and our patterns.

The only module that imports spaCy.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from dataclasses import replace
from functools import lru_cache
from typing import Any

import spacy
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex, filter_spans

from checker.attribution import Antecedents, Mention, Namer, Tok, object_for, subject_for
from checker.config import Config
from checker.dates import MONTHS
from checker.model import Claim, Document, Quantity
from checker.numbers import Amount, read_amount
from checker.patterns import (
    CHANGE_AFTER,
    CHANGE_BEFORE,
    HEDGES,
    MAX_HEDGE_WORDS,
    SCALES,
    TOKEN_PATTERNS,
    UNIT_TOKENS,
    token_class,
)
from checker.periods import PeriodMention, find_periods, period_for
from checker.segment import may_hold_number, sentences

CARRY_SENTENCES = 3
_SUFFIX_UNITS = sorted({*SCALES, *UNIT_TOKENS} - {"%", "t", "g"}, key=len, reverse=True)
_PREFIX_CURRENCIES = ["US\\$", "U\\.S\\.\\$", "A\\$", "AU\\$", "C\\$", "CA\\$", "HK\\$", "S\\$", "NZ\\$", "R\\$",
                      "~", "€", "£", "¥", "₹", "₩", "₽", "₺", "₪"]

qc_class = lru_cache(maxsize=65536)(token_class)


class NumericSpans:
    """Pipeline component: marks candidate figures (number, scale, currency, unit, range) in doc.spans."""

    def __init__(self, nlp: Language) -> None:
        self.matcher = Matcher(nlp.vocab)
        for entry in TOKEN_PATTERNS:
            self.matcher.add(entry["label"], [entry["pattern"]], greedy="LONGEST")

    def __call__(self, doc: Doc) -> Doc:
        """Set doc.spans["numbers"] to the longest non-overlapping matches."""
        spans = [Span(doc, s, e) for _, s, e in self.matcher(doc)]
        doc.spans["numbers"] = filter_spans(spans)
        return doc


@Language.factory("numeric_spans")
def make_numeric_spans(nlp: Language, name: str) -> NumericSpans:
    """SpaCy factory for the NumericSpans component."""
    del name
    return NumericSpans(nlp)


def build_nlp() -> Language:
    """SpaCy's blank English pipeline with our tokenizer rules and the numeric_spans component."""
    if not Token.has_extension("qc"):
        Token.set_extension("qc", getter=lambda t: qc_class(t.text))
    nlp = spacy.blank("en")
    defaults: Any = nlp.Defaults
    tokenizer: Any = nlp.tokenizer
    suffixes = [
        *defaults.suffixes,
        r"(?<=[0-9])(?:" + "|".join(_SUFFIX_UNITS) + r")",
        r"(?<=[0-9][A-Za-z])\.",
        r"(?<=[0-9][A-Za-z]{2})\.",
    ]
    infixes = [*defaults.infixes, r"(?<=[0-9])[-–—](?=[0-9])"]
    prefixes = [*defaults.prefixes, *_PREFIX_CURRENCIES]
    tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    tokenizer.prefix_search = compile_prefix_regex(prefixes).search
    nlp.add_pipe("numeric_spans")
    return nlp


class Extractor:
    """Finds and attributes the numeric claims of documents, for one configuration."""

    def __init__(self, config: Config) -> None:
        self.config = config
        self.nlp = build_nlp()
        self.namer = Namer(config.entities)

    def extract(self, document: Document) -> list[Claim]:
        """Every claim in a document, in text order."""
        return list(self._claims(document))

    def _claims(self, document: Document) -> Iterator[Claim]:
        text = document.text
        line_starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]
        antecedents = Antecedents(CARRY_SENTENCES)
        for start, end in sentences(text):
            sentence = text[start:end]
            mentions = self.namer.mentions(sentence)
            if may_hold_number(sentence):
                for claim in self._in_sentence(document, sentence, start, mentions, antecedents.current()):
                    line = bisect.bisect_right(line_starts, claim.start)
                    yield replace(claim, line=line)
            antecedents.update(mentions)

    def _in_sentence(self, document: Document, sentence: str, offset: int, mentions: list[Mention],
                     carried: str | None) -> Iterator[Claim]:
        doc = self.nlp(sentence)
        toks = [Tok(t.text, t.idx, t.idx + len(t.text)) for t in doc]
        texts = [t.text for t in toks]
        periods = find_periods(sentence)
        for span in doc.spans["numbers"]:
            amount = read_amount(texts[span.start :], self.config.default_currency)
            if amount is None:
                continue
            first, last = span.start + amount.first, span.start + amount.used
            if _is_distractor(texts, first, last, amount):
                continue
            yield self._claim(document, sentence, offset, toks, first, last, amount, mentions, carried, periods)

    def _claim(self, document: Document, sentence: str, offset: int, toks: list[Tok], first: int, last: int,
               amount: Amount, mentions: list[Mention], carried: str | None,
               periods: list[PeriodMention]) -> Claim:
        texts = [t.text for t in toks]
        bound, approx, hedge_first = _hedge(texts, first)
        kind = amount.unit.kind if amount.unit else "count"
        obj = object_for(sentence, toks, hedge_first, last, kind, amount.scaled and amount.unit is None)
        if amount.unit is None and obj is None:
            kind = "number"
        value, low, high = amount.value, amount.low, amount.high
        if bound == "low" and value is not None:
            value, high = None, None
        elif bound == "high" and value is not None:
            value, low = None, None
        quantity = Quantity(
            kind=kind,
            unit=amount.unit.unit if amount.unit else None,
            value=value,
            low=low,
            high=high,
            approx=approx or amount.approx,
            change=_change(texts, hedge_first, last),
            precision=amount.precision,
        )
        start, end = toks[first].start, toks[last - 1].end
        skip = (toks[obj.first].start, toks[obj.last - 1].end) if obj else (end, end)
        return Claim(
            doc=document.path,
            start=offset + start,
            end=offset + end,
            text=sentence[start:end],
            quantity=quantity,
            sentence=sentence,
            sentence_start=offset,
            line=0,
            subject=subject_for(sentence, mentions, toks[hedge_first].start, skip, carried, self.namer),
            object=obj.text if obj else None,
            period=period_for(sentence, toks[hedge_first].start, max(end, skip[1]), document.date, periods),
        )


def _hedge(texts: list[str], first: int) -> tuple[str | None, bool, int]:
    """The hedge just before a figure: which bound it sets, whether approximate, where it starts."""
    for n in range(MAX_HEDGE_WORDS, 0, -1):
        if first - n < 0:
            continue
        phrase = " ".join(t.lower() for t in texts[first - n : first])
        if phrase in HEDGES:
            bound, approx = HEDGES[phrase]
            return bound, approx, first - n
    return None, False, first


def _change(texts: list[str], first: int, last: int) -> str | None:
    """Up or down when the figure is a change ("rose 12%", "fell by $3bn", "a 25% increase")."""
    k = first - 1
    if k >= 0 and texts[k].lower() == "by":
        k -= 1
    if k >= 0 and texts[k].lower() in CHANGE_BEFORE:
        return CHANGE_BEFORE[texts[k].lower()]
    if last < len(texts) and texts[last].lower() in CHANGE_AFTER and texts[last].lower() != "more":
        return CHANGE_AFTER[texts[last].lower()]
    return None


def _is_distractor(texts: list[str], first: int, last: int, amount: Amount) -> bool:
    """Years, dates, times, ages, model names and section numbers are not claims."""
    if not amount.bare_digits and not (amount.unit is None and not amount.scaled):
        return False
    head = texts[first]
    prev = texts[first - 1] if first > 0 else ""
    nxt = texts[last] if last < len(texts) else ""
    after = " ".join(t.lower() for t in texts[last : last + 4])
    plain = head.replace(",", "")
    if amount.bare_digits and plain.isdigit() and len(plain) == 4 and "," not in head and 1800 <= int(plain) <= 2100:
        return True
    if prev.lower().rstrip(".") in MONTHS or nxt.lower().rstrip(".") in MONTHS:
        return True
    if nxt in (":", "/") or after.startswith(("- year - old", "year - old", "years old", "- year")):
        return True
    if prev.lower() in ("aged", "age", "no.", "number", "#", "section", "chapter", "page", "room", "row"):
        return True
    if prev[:1].isupper() and prev.isalpha() and prev.lower() not in HEDGES and first - 1 > 0:
        return True
    return head.lower() in ("one", "a", "an") and amount.unit is None and not amount.scaled
