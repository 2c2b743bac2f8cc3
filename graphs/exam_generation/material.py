"""The material as the offline builders read it: the analysed document, its facts and its text."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import cached_property

from graphs.exams import Language
from graphs.text.document import Document
from graphs.text.facts import Fact, facts_for

AUDIENCE_SHARE = 0.25


@dataclass(frozen=True)
class Material:
    """What every offline builder needs about the material, computed once per material."""

    document: Document
    facts: tuple[Fact, ...]
    language: Language
    """The wording language of the questions (may differ from the material's)."""

    @classmethod
    def of(cls, document: Document, language: Language) -> Material:
        """The material of an analysed document (its facts are cached by text)."""
        return cls(document=document, facts=facts_for(document), language=language)

    @property
    def text(self) -> str:
        """The material itself."""
        return self.document.text

    @property
    def zh(self) -> bool:
        """True when the material is Chinese (word boundaries, lengths and heads differ)."""
        return self.document.language == "zh"

    @cached_property
    def audience(self) -> frozenset[str]:
        """The roles the material is addressed to: a role in over a quarter of its facts (前台 in a
        front-desk course). Asking "who" when the answer is the reader is no question."""
        counts = Counter(a.text for f in self.facts for a in f.anchors if a.role == "role")
        share = AUDIENCE_SHARE * max(len(self.facts), 1)
        return frozenset(role for role, n in counts.items() if n > share)

    def section_facts(self, fact: Fact) -> list[Fact]:
        """The facts under the same heading as `fact`, in material order."""
        return [f for f in self.facts if f.section == fact.section]
