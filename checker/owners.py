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

import functools
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace

from checker.model import Claim
from checker.patterns import AGREEMENT_NOUNS, MEASURE_ADJECTIVES, TITLED_DEALS
from checker.places import known_place

_BULLETS = " -•*–"
_WORD = re.compile(r"\b[a-z]+\b")
_POSSESSIVE = re.compile(r"([A-Z][\w&.-]*)['’]s")
# A label's last word that names a deal with another side: "- Azure compute commitment:" is a commitment to Azure
_WITH_OTHER_SIDE = frozenset({*AGREEMENT_NOUNS, *TITLED_DEALS, "commitment", "order", "bet"})


def _label_word(claim: Claim) -> tuple[str, str, bool] | None:
    """A list label's opening capitalised word, the figure's object if it is that name's, and whether a deal.

    Either the object is that word, lower case, and more ("- Ohtuvayre sales:" read as "ohtuvayre sales":
    sales), or the word is a possessive before the object ("- Tata's investment:": investment), or the word is
    the whole label and the object another's ("- Brookfield:" under "France's AI Pledges": pledge). A deal's
    label ("- Fluidstack deal:") opens on the other side, not on whose figure it is.
    """
    label = claim.sentence.lstrip(_BULLETS)
    word = label.split(" ", 1)[0]
    words = (claim.object or "").split()
    if word.endswith(":") and word[:1].isupper() and words and all(w.isalpha() and w.islower() for w in words) \
            and word[:-1].lower() not in MEASURE_ADJECTIVES and word[:-1].lower() not in words:
        return word[:-1], claim.object or "", False  # "- Brookfield: €10 billion" read as a pledge: Brookfield's
    if words and words[0] == word:  # an acronym the label keeps: "- TSMC stake:" read as "TSMC stake"
        words[0] = word.lower()
    if not words or not all(w.isalpha() and w.islower() for w in words):
        return None
    if len(label) == len(claim.sentence) or not word[:1].isupper() or word.lower() in MEASURE_ADJECTIVES:
        return None  # "- New investment:": no name's ("New Carlisle" is a subject elsewhere)
    owner = _POSSESSIVE.fullmatch(word)
    if owner and label.startswith(f"{word} {claim.object}"):
        return owner[1], claim.object or "", False
    if len(words) > 1 and word.lower() == words[0]:
        return word, " ".join(words[1:]), words[-1] in _WITH_OTHER_SIDE
    return None


def _written_as_name(word: str, sentences: set[str]) -> bool:
    """Whether sentences write a word capitalised inside a sentence (an acronym anywhere) and never in lower case."""
    before = "" if word.isupper() else r"[^\s\-•*–]\s+"  # "TSMC" is no sentence's opening capital
    inside = re.compile(rf"{before}\b{re.escape(word)}\b")
    lower = re.compile(rf"\b{re.escape(word.lower())}\b")
    return any(inside.search(s) for s in sentences) and not any(lower.search(s) for s in sentences)


def _other_sides(claims: list[Claim], deals: dict[Claim, tuple[str, str]], lower: frozenset[str]) -> list[Claim]:
    """The claims, a deal's label opening on a name the corpus writes as one keeping its capital.

    "- Fluidstack deal: $3 billion" read as "fluidstack deal" is the deal with Fluidstack, where an article
    writes "a $3 billion deal with AI cloud firm Fluidstack": no plain variant of every deal of its holder.
    A name is capitalised inside a sentence (an acronym anywhere) and never written in lower case (`lower`,
    the corpus's lower-case words).
    """
    sentences = {c.sentence for c in claims}
    inside = frozenset(m[1].rstrip(".") for s in sentences for m in _INSIDE.finditer(s))  # one pass for all labels
    names = {word for word, _ in deals.values() if (word.isupper() or word in inside) and word.lower() not in lower}
    return [replace(c, object=f"{deals[c][0]} {deals[c][1]}") if c in deals and deals[c][0] in names else c
            for c in claims]


_INSIDE = re.compile(r"(?<=[^\s\-•*–])\s+([A-Z][\w&.-]*)")  # a capitalised word not opening a sentence or an item


def _lower_words(sentences: Iterable[str]) -> frozenset[str]:
    """The words the sentences write in lower case."""
    return frozenset(w for s in set(sentences) for w in _WORD.findall(s))


def owned(claims: list[Claim]) -> list[Claim]:
    """The claims, each list label that opens on a subject's name told of that subject (see the module).

    The name is a subject's, or the first word of one ("- Tata's investment:" where a wire has Tata Steel),
    or its last where the corpus writes that word in lower case nowhere ("- Wirtz fee:" where a wire has
    Florian Wirtz; not "- Capital expenditures:" where one has Blue Owl Capital).
    """
    read = {c: opened for c in claims if (opened := _label_word(c)) is not None}
    labels = {c: (word, rest) for c, (word, rest, deal) in read.items() if not deal}
    deals = {c: (word, rest) for c, (word, rest, deal) in read.items() if deal}
    sentences = [c.sentence for c in claims]
    lower = functools.cache(lambda: _lower_words(sentences))  # read only if a label asks, and once
    claims = _other_sides(claims, deals, lower()) if deals else claims
    if not labels:
        return claims
    wanted = {word for word, _ in labels.values()}
    labelled = {c.doc for c in labels}
    about: dict[str, set[str]] = defaultdict(set)  # per word a label opens on, the sentences of subjects it opens
    told: dict[str, set[str]] = defaultdict(set)  # and the documents of those subjects
    docs: dict[str, set[str]] = defaultdict(set)  # and per document holding such a label, its sentences
    last: dict[str, set[Claim]] = defaultdict(set)  # per word a label opens on, the claims of subjects it ends
    for c in claims:
        if c.doc in labelled:
            docs[c.doc].add(c.sentence)
        words = (c.subject or "").split()
        if words and words[0] in wanted:
            about[words[0]].add(c.sentence)
            told[words[0]].add(c.doc)
        elif len(words) > 1 and words[-1] in wanted:
            last[words[-1]].add(c)
    for word, ending in last.items():
        if word.lower() not in lower():
            about[word].update(c.sentence for c in ending)
            told[word].update(c.doc for c in ending)
    found = []
    for claim in claims:
        label = labels.get(claim)
        word = label[0] if label is not None else ""
        if label is not None and word != (claim.subject or "").split(" ", 1)[0] and about.get(word) \
                and not (word.isupper() and (told[word] <= {claim.doc} or known_place([word]))) \
                and _written_as_name(word, about[word] | docs[claim.doc]):
            # an acronym is capitalised whatever it names ("DRAM"): another article must have it as a subject, and
            # it names no place ("- UK government stake:" is the government's)
            claim = replace(claim, subject=word, object=label[1])
        found.append(claim)
    return found
