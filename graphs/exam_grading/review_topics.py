"""What the report tells a learner to review: the rule or fact each missed item rests on.

A missed, partial or unanswered item is reviewed by reading again what it tests, so each review
line quotes it: a short answer's scoring points not credited, else the item's source sentence
(「衣物免费保管60天，超过60天未取的，每天收取保管费2元……」). Items resting on the same sentence share
one line. The item's knowledge point heads the line only when it names a topic a learner can look
up (`names_a_topic`); the generator's knowledge points are sometimes one word lifted from the
sentence (超过, 完成, 鲜花: a word, not a topic; 过期食品, "opening hours" are), the item's own key (店长, "attendant": the answer,
not where to find it; a learner who got "attendant" right and missed "fire team" was told to
review "attendant"), or the name of the whole document (洁衣坊干洗店收衣与取衣规范, "Riverside Museum
- Gallery Attendant Rules"): those are left out, and the quoted rule says what to review.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from graphs.exams import Language
from graphs.text.quantities import parse_quantities
from graphs.text.segment import tokenize

_DOCUMENT_WORDS = re.compile(
    r"(?:规范|制度|守则|规定|须知|手册|细则|办法|章程|指南|流程|规程)(?:[（(][^）)]*[）)])?$"
    r"|\b(?:rules|policy|policies|guidelines?|handbook|manual|procedures?|code of conduct)"
    r"(?:\s*\([^)]*\))?$",
    re.IGNORECASE,
)
_DOCUMENT_NAME_MIN = {"zh": 6, "en": 3}
"""A knowledge point ending in a document word, or in one and its edition in brackets (维修作业规程
（2026版）), is the document's name from this length on (洁衣坊干洗店收衣与取衣规范, "Gallery
Attendant Rules"); a short one is a section (退货规定, "Returns policy")."""


def _folded(text: str) -> str:
    return re.sub(r"[\W_]+", "", unicodedata.normalize("NFKC", text).lower())


def _without_figures(point: str) -> str:
    """The knowledge point with its figures (number and unit) cut out."""
    for _, start, end in reversed(parse_quantities(point)):
        point = point[:start] + " " + point[end:]
    return re.sub(r"[\d.,%％£$€¥]+", " ", point)


def names_a_topic(point: str, title: str, keys: list[str], language: Language) -> bool:
    """Whether the knowledge point `point` of an item names a topic to review: not the exam's
    `title`, not the name of the whole document, not one of the item's `keys`, not one lone word."""
    folded = _folded(point)
    if not folded or folded == _folded(title) or folded in {_folded(k) for k in keys}:
        return False
    if not _folded(_without_figures(point)):
        return False  # 「15分钟」, "30 minutes": the rule's figure, nothing to look up
    size = len(folded) if language == "zh" else len(point.split())
    if _DOCUMENT_WORDS.search(point.strip()) and size >= _DOCUMENT_NAME_MIN[language]:
        return False
    return len([t for t in tokenize(point, language) if t.word.strip()]) >= 2


_TOPIC_JOINS = re.compile(r"\s*[、；;]\s*")


def topic_parts(topic: str) -> list[str]:
    """The topics a knowledge point joins (现场安装、调试与交付: two sections of the course), each
    as the learner would look it up; one topic is itself."""
    return [part for part in _TOPIC_JOINS.split(topic.strip()) if part]


def review_facts(result: dict[str, Any]) -> list[str]:
    """What a missed item rests on, as the material says it: the short answer's points not
    credited in full (missed, said wrong or partly credited), else the rules of a multiple choice's options got wrong, else its source sentence;
    none when the item carries neither."""
    missed = [
        p
        for field in ("missed_points", "contradicted_points")
        for p in result.get(field, [])
        if p.strip()
    ]
    partial = [p for p in result.get("partial_points", []) if p.strip()]
    if missed or partial:  # both quoted, in the points' order where the answer key gives it
        key = "\n".join(str(a) for a in result.get("correct_answer", []))
        return sorted(missed + partial, key=lambda p: key.find(p) if p in key else len(key))
    rules = [r for r in result.get("review_sources", []) if r.strip()]
    if rules:  # a multiple choice's missed and wrongly chosen options' rules (choice_rules.py)
        return rules
    source = (result.get("source_quote") or "").strip()
    return [source] if source else []


def review_topics(
    results: list[dict[str, Any]], title: str, language: Language
) -> list[dict[str, Any]]:
    """One entry per rule or fact to review, in question order: {"topic": the knowledge point
    where it names one, else None; "fact": the rule quoted; "numbers": the items resting on it}."""
    entries: dict[str, dict[str, Any]] = {}
    for result in results:
        point = result.get("knowledge_point") or ""
        keys = [str(k) for k in result.get("correct_answer", [])]
        topic = point if names_a_topic(point, title, keys, language) else None
        for fact in review_facts(result) or [""]:
            if not fact and topic is None:
                continue
            entry = entries.setdefault(
                fact or topic or "", {"topic": topic, "fact": fact, "numbers": []}
            )
            entry["topic"] = entry["topic"] or topic
            if result["number"] not in entry["numbers"]:
                entry["numbers"].append(result["number"])
    return list(entries.values())


def review_line(entry: dict[str, Any], language: Language) -> str:
    """One review line as the learner reads it: "第3题 衣物保管：「…」" / 'Q5: "…"'."""
    numbers = entry["numbers"]
    if language == "zh":
        which = "第" + "、".join(str(n) for n in numbers) + "题"
        topic = f" {entry['topic']}" if entry["topic"] else ""
        fact = f"「{entry['fact'].rstrip('；;。')}」" if entry["fact"] else ""
        return f"{which}{topic}：{fact}" if fact else f"{which}{topic}"
    which = ("Q" if len(numbers) == 1 else "Qs ") + ", ".join(str(n) for n in numbers)
    topic = f" ({entry['topic']})" if entry["topic"] else ""
    fact = f'"{entry["fact"].rstrip(";")}"' if entry["fact"] else ""
    return f"{which}{topic}: {fact}" if fact else f"{which}{topic}"
