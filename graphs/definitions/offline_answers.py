"""What `llm_prompt` and intent `route` nodes do with no model: deterministic, extractive answers.

Offline, an `llm_prompt` reads only the data its prompt template brings (the values of its
`{{ }}` placeholders, never the author's instructions around them) and fills each output field by
its `offline` strategy, with the offline text engine (graphs/text):

    key_sentences   the most informative sentences of the data, in their order (string fields)
    key_terms       the heaviest key terms of the data (list fields)
    copy            the data itself
    first_number    the first number in the data, else the field's `default` (integer, number)
    default         the field's `default` (boolean fields, and any field an author wants fixed)

An intent `route` offline takes the case whose examples best match the text (rapidfuzz
`partial_ratio` on normalised text, at least `MATCH_THRESHOLD`), else its default.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any, Literal

from rapidfuzz import fuzz

from graphs.text.document import analyse
from graphs.text.similarity import normalise

Strategy = Literal["key_sentences", "key_terms", "copy", "first_number", "default"]
STRATEGIES: tuple[Strategy, ...] = ("key_sentences", "key_terms", "copy", "first_number", "default")
NUMBER = re.compile(r"-?\d+(?:\.\d+)?")
MATCH_THRESHOLD = 80.0
"""An example matches a text at this rapidfuzz partial ratio (0-100) or above."""


def offline_value(strategy: Strategy, data: str, *, limit: int, default: Any) -> Any:
    """The value of one output field, from the data by `strategy`."""
    text = data.strip()
    if strategy == "default":
        return default
    if strategy == "copy":
        return text
    if strategy == "first_number":
        found = NUMBER.search(text)
        if found is None:
            return default
        number = float(found.group())
        return int(number) if number.is_integer() else number
    if not text:
        return [] if strategy == "key_terms" else ""
    document = analyse(text)
    if strategy == "key_terms":
        words = [t.text for t in document.terms.values() if t.kind != "number"]
        return words[:limit]
    ranked = sorted(document.sentences, key=lambda s: (-s.score, s.index))[:limit]
    chosen = sorted(ranked, key=lambda s: s.index)
    joiner = "" if document.language == "zh" else " "
    return joiner.join(s.text.strip() for s in chosen)


def match_intent(text: str, examples: Mapping[str, Sequence[str]]) -> str | None:
    """The intent whose examples best match `text`, if one matches well enough."""
    wanted = normalise(text)
    if not wanted:
        return None
    best, best_score = None, MATCH_THRESHOLD
    for intent, phrases in examples.items():
        for phrase in phrases:
            candidate = normalise(phrase)
            if not candidate:
                continue
            score = float(fuzz.partial_ratio(candidate, wanted))
            if score >= best_score and (best is None or score > best_score):
                best, best_score = intent, score
    return best
