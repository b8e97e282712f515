"""Whose figure a list label says it is, where only the corpus knows its opening word for a name.

A blog about Merck lists "- Ohtuvayre sales in the second quarter: $130 million". Read alone, its label
opens like "- Data centre sales:", a common noun, and the figure goes to the blog's main subject as
"ohtuvayre sales". A wire in the same corpus reports Ohtuvayre's sales with Ohtuvayre as the subject,
writing the word as a name (capitalised inside a sentence, never in lower case): the label's opening
word is that name, and the figure is Ohtuvayre's sales. So "- Informatica revenue:" in a blog about
Salesforce is Informatica's revenue, and "- Stabroek output:" the Stabroek block's. A label naming an
agreement with its other side ("- Azure compute commitment:") stays the holder's.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace

from checker.model import Claim
from checker.patterns import AGREEMENT_NOUNS, TITLED_DEALS

_BULLETS = " -•*–"
# A label's last word that names a deal with another side: "- Azure compute commitment:" is a commitment to Azure
_WITH_OTHER_SIDE = frozenset({*AGREEMENT_NOUNS, *TITLED_DEALS, "commitment", "order", "bet"})


def _label_word(claim: Claim) -> str | None:
    """The capitalised word a list item's label opens on, where its object is that word, lower case, and more."""
    words = (claim.object or "").split()
    if len(words) < 2 or not all(w.isalpha() and w.islower() for w in words) or words[-1] in _WITH_OTHER_SIDE:
        return None
    label = claim.sentence.lstrip(_BULLETS)
    word = label.split(" ", 1)[0]
    return word if len(label) < len(claim.sentence) and word[:1].isupper() and word.lower() == words[0] else None


def _written_as_name(word: str, sentences: list[str]) -> bool:
    """Whether sentences write a word capitalised inside a sentence and never in lower case."""
    inside = re.compile(rf"[^\s\-•*–]\s+{re.escape(word)}\b")
    lower = re.compile(rf"\b{re.escape(word.lower())}\b")
    return any(inside.search(s) for s in sentences) and not any(lower.search(s) for s in sentences)


def owned(claims: list[Claim]) -> list[Claim]:
    """The claims, each list label that opens on a subject's name told of that subject (see the module)."""
    words = {c: w for c in claims if (w := _label_word(c)) is not None}
    if not words:
        return claims
    wanted = set(words.values())
    about: dict[str, set[str]] = defaultdict(set)  # per one-word subject a label opens on, the sentences about it
    docs: dict[str, set[str]] = defaultdict(set)  # and per document, its sentences
    for c in claims:
        docs[c.doc].add(c.sentence)
        if c.subject in wanted:
            about[c.subject].add(c.sentence)
    found = []
    for claim in claims:
        word = words.get(claim)
        if word is not None and word != claim.subject and about.get(word) \
                and _written_as_name(word, sorted(about[word] | docs[claim.doc])):
            claim = replace(claim, subject=word, object=(claim.object or "").split(" ", 1)[1])
        found.append(claim)
    return found
