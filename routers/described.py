"""Which scenario a message describes without naming it: "我想练一下怎么应对客户嫌贵".

Each item's title, description and aliases make a bag of terms: Chinese character pairs and
English word heads (the first five letters, so "offering" and "offers" are one term). A message
describes the item whose terms it shares weighted by rarity (a term every item has says nothing)
when that item holds a term no other item has and leads the runner-up by at least one such term.
Used after the names (`routers/catalog.py`) found nothing, and only where the intent is already a
practice: a description is weaker evidence than a name.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")
_WORD = re.compile(r"[a-z]{3,}")
_HEAD = 5
"""English words are compared by their first five letters: offer/offers/offering, cancel/cancellation."""

STOP_TERMS = frozenset(
    {
        # Chinese pairs that say "practise", "customer", "how" in any scenario
        *("练习", "处理", "客户", "顾客", "一下", "怎么", "如何", "场景", "对话", "模拟", "应对"),
        # every scenario here is a sales or service conversation
        *("销售", "推销", "服务", "sales", "selli", "servi"),
        # English heads of the same kind of words
        *("pract", "rolep", "role", "play", "custo", "clien", "scena", "sessi", "train"),
        *("the", "and", "for", "who", "with", "from", "that", "this", "what", "how", "want"),
        *("wants", "would", "about", "their", "they", "she", "her", "his", "him", "you", "your"),
        *("can", "let", "like", "need", "try", "are", "was", "not", "one", "english", "engli"),
    }
)
"""Terms that never tell one scenario from another on a sales and service training platform."""


def terms(text: str) -> set[str]:
    """The terms of a text: Chinese character pairs and English word heads, stop terms left out."""
    lowered = text.lower()
    found = {
        run[i : i + 2] for run in _CJK_RUN.findall(lowered) for i in range(max(1, len(run) - 1))
    }
    found |= {word[:_HEAD] for word in _WORD.findall(lowered)}
    return {t for t in found if len(t) > 1 and t not in STOP_TERMS}


@dataclass(frozen=True)
class DescriptionIndex:
    """Items' term bags with each term's weight (rarer across items weighs more)."""

    bags: tuple[tuple[str, frozenset[str]], ...]
    weights: dict[str, float]
    unique: float
    """The weight of a term that only one item has: the least lead a winner needs."""

    @classmethod
    def of(cls, items: Iterable[tuple[str, str]]) -> DescriptionIndex:
        """An index over `(id, text)` pairs, the text being an item's title, description, aliases."""
        bags = tuple((item_id, frozenset(terms(text))) for item_id, text in items)
        counts = Counter(term for _, bag in bags for term in bag)
        size = max(1, len(bags))
        weights = {term: math.log(1 + size / df) for term, df in counts.items()}
        return cls(bags, weights, math.log(1 + size))

    def find(self, text: str) -> str | None:
        """The id of the item the text describes, or None when none is clearly described."""
        said = terms(text)
        scored = sorted(
            (
                (sum(self.weights[t] for t in shared), item_id, shared)
                for item_id, bag in self.bags
                if (shared := said & bag)
            ),
            reverse=True,
        )
        if not scored:
            return None
        best, item_id, shared = scored[0]
        runner_up = scored[1][0] if len(scored) > 1 else 0.0
        distinctive = any(math.isclose(self.weights[t], self.unique) for t in shared)
        if distinctive and best - runner_up >= self.unique - 1e-9:
            return item_id
        return None
