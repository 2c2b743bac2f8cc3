"""The material as the offline builders read it: the analysed document, its facts and its text."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cached_property

from graphs.exam_generation.importance import is_document_admin
from graphs.exam_generation.wording import part_level
from graphs.exams import Language
from graphs.text.document import Document
from graphs.text.facts import Fact, facts_for
from graphs.text.faq_answers import faq_topics, question_headings

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
        # A line about the document (本规定由工程部负责解释, 'Document SP-WT-2025 | …') is no
        # rule of the trade: no builder states, changes or asks it (session 10 designer, m1-m3).
        facts = tuple(f for f in facts_for(document) if not is_document_admin(f))
        return cls(document=document, facts=facts, language=language)

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
        """The facts under the same heading as `fact`, in material order; for an FAQ answer,
        the facts of every answer under the heading over its questions (a multiple choice or a
        short answer rests on several rules, and one FAQ answer seldom holds them)."""
        part = self.part(fact.section)
        return [f for f in self.facts if self.part(f.section) == part]

    def answer_facts(self, fact: Fact) -> list[Fact]:
        """The facts a short answer starting from `fact` draws on: in an FAQ whose questions are
        headings of their own, those of the questions on its subject (`faq_answers.faq_topics`),
        or its question's alone when it shares no subject; otherwise its heading's."""
        topic = faq_topics(self.document).get(fact.section)
        if topic is not None:
            return [f for f in self.facts if f.section in topic.sections]
        if fact.section in question_headings(self.document):
            return [f for f in self.facts if f.section == fact.section]
        return self.section_facts(fact)

    def part_facts(self, part: str) -> list[Fact]:
        """The facts under a heading (`part`), in material order."""
        return [f for f in self.facts if self.part(f.section) == part]

    def neighbour_parts(self, fact: Fact) -> list[str]:
        """The headings beside the fact's heading, at its level under the same heading over both
        (the one before first, in material order): where one heading holds too few rules for a
        multiple choice, a designer asks over it and its neighbour ("Before entry" and "Fume
        hoods" of one lab policy)."""
        return [part for distance, part in self._siblings(fact) if distance == 1]

    def sibling_parts(self, fact: Fact) -> list[str]:
        """The headings at the fact's heading's level under the same heading over them, nearest
        first (the one before first at a tie): its neighbours, then the headings beyond them.
        Once the neighbours' rules are asked, a multiple choice on a heading of three rules
        states them with a farther heading's ("Entering enclosures" and "Animal health")."""
        return [part for _, part in self._siblings(fact)]

    def _siblings(self, fact: Fact) -> list[tuple[int, str]]:
        parts = list(dict.fromkeys(self.part(s) for s in self.document.sections))
        own = self.part(fact.section)
        if own not in parts:
            return []
        levels = [part_level(self.document, p) for p in parts]
        at = parts.index(own)
        if not levels[at]:
            return []
        out: list[tuple[int, int, str]] = []
        for step in (-1, 1):
            j, distance = at + step, 1
            # Headings at the same level, until a heading over them (a lower level) closes.
            while 0 <= j < len(parts) and levels[j] >= levels[at]:
                if levels[j] == levels[at]:
                    out.append((distance, step, parts[j]))
                    distance += 1
                j += step
        return [(distance, part) for distance, _, part in sorted(out)]

    def part(self, section: str) -> str:
        """The heading a section belongs to: itself, or for an FAQ question (a bold question on a
        line of its own opens a section, graphs/text/sentences.py) the heading over it. The
        questions before it are no heading over it: "When is the building open?" is not the
        subject of the booking rules under "How are meeting rooms booked?"."""
        return self._parts.get(section, section)

    @cached_property
    def _parts(self) -> dict[str, str]:
        text = self.document.text
        parts: dict[str, str] = {}
        for section in self.document.sections:
            if not section.endswith(("?", "？")):
                continue
            at = text.find(section)
            headings = [
                found.group(1).strip()
                for found in _HEADING.finditer(text, 0, max(at, 0))
                if not found.group(1).strip().rstrip("*").endswith(("?", "？"))
            ]
            parts[section] = headings[-1] if headings else ""
        return parts


_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.+?)\s*#*\s*$", re.MULTILINE)
