"""Whom a figure is paid to, invested in or agreed with: the other party its clause names."""

from __future__ import annotations

import re

from checker.model import Claim
from checker.patterns import (
    AGREEMENT_NOUNS,
    BUY_VERBS,
    DEMONYM,
    PARTY_ALIASES,
    PARTY_DEALS,
    PARTY_SKIP,
    PAY_VERBS,
    SITE_NOUNS,
    STAKE_HOLDERS,
    SUPPLY_VERB,
    TITLED_DEALS,
)
from checker.places import known_place

_NAME = r"[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2}"
# After a figure, the party it goes to or comes from: "a $3 billion deal with Nebius", "invest $15 billion
# in Anthropic", "a $14.2 billion deal to supply Meta", "spend $38 billion on Amazon Web Services",
# "€38 billion on Amazon's cloud"; or a name before the deal word: "a $14 billion CoreWeave deal"; past a
# description: "in OpenAI rival Anthropic", "in the artificial intelligence company Anthropic"
_HOLDER = "|".join(STAKE_HOLDERS)
_AGREED = "|".join(AGREEMENT_NOUNS)
_DEALS = "|".join(sorted(PARTY_DEALS))
_AFTER = re.compile(
    rf"\b(?:with|in|into|on|from|(?:to\s+)?(?:supply|provide|sell\s+to))\s+"
    rf"(?:(?:the\s+)?(?:[\w-]+\s+){{0,3}}?(?:{_HOLDER})\s+)?(?P<party>{_NAME})"
    rf"|\A\s*(?:[a-z-]+\s+){{0,2}}?(?P<named>{_NAME})\s+(?:[a-z-]+\s+)?(?:{_DEALS})\b"
    # what a deal buys: "Google's $32 billion purchase of Wiz"
    rf"|\A\s*(?:[a-z-]+\s+)?(?:{'|'.join(sorted(TITLED_DEALS - {'deal', 'merger'}))})\s+of\s+(?P<of>{_NAME})")
_BUY = "|".join(sorted(BUY_VERBS))
_SELL = "sell|sells|sold|selling|offloads?|offloaded|divests?|divested"
_HOLDING = "stake|holding|shares|shareholding"
_HEDGE = r"(?:(?:more|less|fewer)\s+than\s+|(?:about|around|roughly|nearly|almost|some|over|up\s+to|at\s+least)\s+)?"
# Before a figure, a deal with a party: "signed a contract with Oracle reportedly worth $300 billion"; the
# one paid: "agreed to pay CoreWeave $12.4 billion", "agreed to pay Google Cloud more than $10bn"
_BEFORE = re.compile(rf"\b(?:{_AGREED})s?\s+with\s+(?P<party>{_NAME})(?:['’]s)?[^.;$€£\d]{{0,40}}$"
                     rf"|\b(?:{'|'.join(sorted(PAY_VERBS))})\s+(?P<paid>{_NAME})\s+{_HEDGE}$"
                     # what is bought: "bought chip designer Ampere Computing for $6.5 billion"
                     # a part of a business, named after its owner: "buy Deutsche Bahn's logistics unit Schenker for"
                     rf"|\b(?:{_BUY})\s+(?:{_NAME}['’]s\s+)?(?:[a-z-]+\s+){{0,3}}?(?P<bought>{_NAME})"
                     rf"(?:['’]s\s+[a-z ]{{1,30}}?)?\s+for\s+{_HEDGE}$"
                     # what is sold, a holding in a company: "sells entire Nvidia stake for $5.8 billion", "sold its
                     # entire stake in Nvidia for $5.83 billion"
                     rf"|\b(?:{_SELL})\s+(?:(?:its|their|the|a|an|entire|whole|remaining|full)\s+){{0,2}}"
                     rf"(?:(?P<sold>{_NAME})\s+(?:{_HOLDING})|(?:{_HOLDING})\s+in\s+(?P<held>{_NAME}))"
                     rf"\s+for\s+{_HEDGE}$"
                     # the one supplied: "will provide Microsoft with GPU capacity in a deal worth $17.4 billion",
                     # "to rent computing capacity to Microsoft for $17.4bn"
                     rf"|\b{SUPPLY_VERB}\s+(?P<supplied>{_NAME})\s+with\b[^.;$€£\d]{{0,60}}$"
                     rf"|\b{SUPPLY_VERB}\s+(?:[\w-]+\s+){{1,4}}?to\s+(?:[A-Z][\w-]*['’]s\s+)?"
                     rf"(?:(?:[\w-]+\s+){{0,2}}?(?:{_HOLDER})\s+)?(?P<to>{_NAME})\b"  # "to Danish rival DSV"
                     rf"[^.;$€£\d]{{0,60}}$"  # "selling its robotics division to Japan's SoftBank for $5.375bn"
                     # the one rented from: "is renting computing capacity from Google Cloud in a deal worth $10bn"
                     rf"|\b{SUPPLY_VERB}\s+(?:[\w-]+\s+){{1,4}}?from\s+(?P<source>{_NAME})\b[^.;$€£\d]{{0,60}}$"
                     # a contract given: "Meta hands Google a cloud contract worth more than €8.6bn", either side's
                     rf"|(?P<giver>{_NAME})\s+(?:hands|handed|gives|gave|awards|awarded|grants|granted)\s+"
                     rf"(?P<given>{_NAME})\s+(?:a|an|the)\s+[^.;$€£\d]{{0,60}}$")
# A supplier's figure and whom it goes to: "will provide 750 megawatts of computing power to OpenAI"
_SUPPLY_BEFORE = re.compile(rf"\b{SUPPLY_VERB}\s+(?:[a-z-]+\s+){{0,2}}$")
_SUPPLIED_TO = re.compile(rf"(?:\s+[a-z-]+){{1,4}}?\s+to\s+(?P<party>{_NAME})")
_PAID_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(PAY_VERBS))}|spent|spend|spends|spending)\s+{_HEDGE}$")
_COMMIT_BEFORE = re.compile(rf"\b(?:commit|commits|committed|committing|pledged|pledges|pledge)\s+{_HEDGE}$")
_COMMITTED_TO = re.compile(rf"\s+to\s+(?P<party>{_NAME})")
# "paid $6.5 billion for Ampere Computing", "pays €29bn for Israeli start-up Wiz", "is paying $48.7bn in cash and
# shares for Kenvue"
_FORM = r"(?:cash|shares|(?:its\s+own\s+)?stock)"
_PAID_FOR = re.compile(rf"(?:\s+in\s+{_FORM}(?:\s+and\s+{_FORM})?)?\s+for\s+(?:(?:the|a|an)\s+)?"
                       rf"(?:[A-Z][\w-]*\s+(?=[a-z]))?(?:[a-z-]+\s+){{0,3}}?"
                       rf"(?P<party>{_NAME})")
# A verb before a figure, and where its clause names the party after it: "will provide 750 megawatts of computing
# power to OpenAI", "paid $6.5 billion for Ampere Computing" (what is bought), "has committed $8 billion to Anthropic"
_VERB_THEN_PARTY = ((_SUPPLY_BEFORE, _SUPPLIED_TO), (_PAID_BEFORE, _PAID_FOR), (_COMMIT_BEFORE, _COMMITTED_TO))
_FOR_SHARE = re.compile(rf"\s+for\s+(?:a\s+|about\s+|around\s+|roughly\s+)?\d+(?:\.\d+)?\s*(?:%|per\s?cent)\s+"
                        rf"(?:stake\s+)?(?:of|in)\s+(?P<party>{_NAME})")
# Figures of one series after a figure, which share what follows them: " and up to $10 billion respectively",
# " and Nvidia up to $10 billion" (each figure its own investor's, put in one party)
_AMOUNT = r"\s?\d[\d.,]*(?:\s?(?:billion|million|trillion|bn|m|tn)\b)?"  # a number as news writes a sum's
_MONEY = rf"[$€£]{_AMOUNT}"
_SERIES = re.compile(rf"(?:,?\s+(?:and|or)\s+(?:{_NAME}\s+)?{_HEDGE}[$€£]?{_AMOUNT}(?:\s+respectively\b)?)*")
# A figure in a relative clause about a name: "the manufacturing arm of ZT Systems, which it bought for $4.9bn,"
_DESCRIBED = re.compile(rf"(?P<party>{_NAME}),\s+which\s+[^,;()]*$")
_CLAUSE_END = re.compile(r";|\s[-–—]\s|\.\s|\$|€|£|\b\d")  # the clause, up to the next figure
_GAP = re.compile(rf",?\s+and\s+{_NAME}\s+{_HEDGE}$")  # ", and Nvidia up to " before a figure
_FIGURE = re.compile(_MONEY)
_GLOSSED = re.compile(rf"{_MONEY}\s*\((?:about\s+|around\s+|roughly\s+|some\s+)?$")
_GLOSS = re.compile(r"\s*\((?:about\s+|around\s+|roughly\s+|some\s+)?[$€£]?\s?\d[\d.,]*\s?[\w$€£]{0,8}\)")
_CLAUSE_START = re.compile(r".*(?:;|\s[-–—]\s|\.\s|\d[\w%]*)", re.S)


_SITE_IN = re.compile(rf"\b(?:{'|'.join(sorted(SITE_NOUNS | {'line', 'hub', 'office', 'offices', 'headquarters'}))})"
                      r"\s+in\s$")  # a site "in" a name: where it is
# A party named by what it is, its article's main subject: "will put up to $5 billion and $10 billion into the
# company" (a blog about Anthropic), "is investing up to $5bn in the maker of the Claude chatbot"
REFERRED = "(the article's subject)"
_REFERRED_AFTER = re.compile(r"\s+(?:[a-z-]+\s+){0,3}?(?:in|into|with)\s+the\s+"
                             r"(?:company|startup|start-up|firm|venture|lab|group"
                             r"|(?:maker|developer|owner|operator|creator)\s+of)\b(?!['’])")


def party_of(claim: Claim) -> str | None:
    """The other party the figure's clause names, as compared (see party_key); else its list's (Claim.party).

    A place is no party (see places.place_of), nor is the claim's own subject, a month or a day.
    """
    rest = claim.sentence[claim.end - claim.sentence_start :]
    before = claim.sentence[: claim.start - claim.sentence_start]
    glossed = _GLOSSED.search(before)  # "up to $10bn (€8.6bn)": the gloss's party is the figure's
    before = before[: glossed.start()] if glossed else before
    own = party_key(claim.subject) if claim.subject else None
    return _named_after(rest, before, own) or _named_before(before, own) or _gapped(before, own) \
        or (other_party(claim.party, own) if claim.party else None)  # a list's "- Seller: ABB"


def _named_after(rest: str, before: str, own: str | None) -> str | None:
    """The party the rest of a figure's clause names (`before`: the sentence up to the figure)."""
    rest = rest[1:] if rest.startswith(")") else rest  # a gloss: "(€4.3bn) in the maker of the Claude chatbot"
    gloss = _GLOSS.match(rest)  # "$30bn (€26bn) on Microsoft's Azure cloud": past the figure in another currency
    rest = rest[gloss.end() if gloss else 0 :]
    bought = _FOR_SHARE.match(rest)  # "paid $15.3 billion for 49% of Scale AI": the other figure is the share
    if bought and (key := other_party(bought["party"], own)):
        return key
    series = _SERIES.match(rest)  # "invest up to $5 billion and up to $10 billion respectively in Anthropic"
    rest = rest[series.end() if series else 0 :]
    end = _CLAUSE_END.search(rest)
    rest = rest[: end.start()] if end else rest
    for verb, named in _VERB_THEN_PARTY:
        found = named.match(rest) if verb.search(before) else None
        if found and (key := other_party(found["party"], own)):
            return key
    for m in _AFTER.finditer(rest):
        if _SITE_IN.search(rest, 0, m.start() + 3):
            continue  # "a new chip production line in Pyeongtaek": where a site is, not a party
        key = other_party(m["party"] or m["named"] or m["of"], own)
        if key:
            return key
    return REFERRED if _REFERRED_AFTER.match(rest) else None


def _named_before(before: str, own: str | None) -> str | None:
    """The party the clause names before a figure: a deal with it, the one paid, what is bought, whom it is about."""
    described = _DESCRIBED.search(before)  # "the arm of ZT Systems, which it bought for $4.9bn,": ZT Systems's
    if described and (key := other_party(described["party"], own)):
        return key
    start = _CLAUSE_START.match(before)
    deal = _BEFORE.search(before, start.end() if start else 0)
    if deal is None:
        return None
    return other_party(deal["party"] or deal["paid"] or deal["bought"] or deal["sold"] or deal["held"]
                       or deal["supplied"] or deal["to"] or deal["source"] or deal["given"], own) \
        or (deal["giver"] and other_party(deal["giver"], own))


def _gapped(before: str, own: str | None) -> str | None:
    """A figure told by another name with the verb left out has the party of the figure before it.

    "Microsoft is investing up to $5bn in the maker of the Claude chatbot, and Nvidia up to $10bn": the maker's.
    """
    gap = _GAP.search(before)
    figure = next(reversed(list(_FIGURE.finditer(before, 0, gap.start()))), None) if gap else None
    if gap is None or figure is None:
        return None
    return _named_after(before[figure.end() : gap.start()], before[: figure.start()], own)


def other_party(name: str, own: str | None) -> str | None:
    """The party a name is, as compared (party_key), unless it is `own`, a place, a month or no name at all."""
    words = name.split()
    if words[0].split("-")[0].rstrip(".,") in PARTY_SKIP or known_place(words) or any(c.isdigit() for c in name) \
            or (len(words) == 1 and DEMONYM.search(words[0])):  # "in Italian flag carrier ITA Airways": no party
        return None
    key = party_key(name)
    return None if key == own else key


def party_key(name: str) -> str:
    """A party's name as compared: its first word, lower case ("Amazon Web Services" and "Amazon" are one)."""
    first = name.split()[0].rstrip(".,").removesuffix("'s").removesuffix("’s")
    return PARTY_ALIASES.get(first, first).lower()
