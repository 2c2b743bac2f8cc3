"""A prohibition that waits for a condition, restated the other way round: the same rule.

"The farrier must not shoe a horse before the owner agrees to the written estimate" forbids the
act (shoeing) until the condition (the owner agrees). A learner who puts the condition first,
"Owner must agree before shoeing", or the act after it, "Shoe only after the owner agrees",
states the rule; word by word, though, "agree" and "before" stand asserted where the point
negates them, and the grader read the answer as the opposite (session 21 end teacher T14:
"Customer must agree before work" was contradicted). `restated_order` reads the two halves:

- the condition's words (at least half, with its verb) before "before", the act's or its
  subject's words after it, and no negation before it; or
- the act's or subject's words before "after", the condition's words after it, no negation; or
- the condition's words before "then", the act's after it ("The hirer signs the sheet first,
  then the boat leaves the wharf").

The opposite is never read so: "Shoe the horse before the owner agrees" puts the act before
"before"; "The customer need not agree before work" negates the condition. English points
without figures only (a figure is for the other rules to weigh).
"""

from __future__ import annotations

import re

from lemminflect import getAllLemmas

from graphs.exam_grading.figures import figures_of
from graphs.exam_grading.point_terms import CLAUSE_BREAK, EN_FUNCTION_WORDS, EN_WORD
from graphs.exam_grading.vocabulary import word_key
from graphs.exams import Language

_WAITING_RULE = re.compile(
    r"^(?P<subject>.*?)\b(?:must not|mustn't|may not|cannot|can't|should not|shouldn't|"
    r"must never|may never|never|do not|don't)\s+(?P<act>.+?)\s+(?:before|until|till)\s+"
    r"(?P<condition>.+)$",
    re.IGNORECASE,
)
_BEFORE = re.compile(r"\bbefore\b", re.IGNORECASE)
_AFTER = re.compile(r"\b(?:only after|after|once)\b", re.IGNORECASE)
_THEN = re.compile(r"\b(?:and\s+)?then\b", re.IGNORECASE)
"""The condition told first and the act after it ("Get the hirer to sign the sheet first, then
let the boat go"): the rule in the order it sets."""
_NEGATION = re.compile(r"\b(?:not|never|no|needn't|don't|doesn't|mustn't|can't|cannot)\b|n't\b")
_VAGUE = frozenset({"must", "should", "may", "can", "will", "has", "have", "had", "get", "got"})
"""Modal and light verbs: no word of the rule's matter."""


def restated_order(point: str, answer: str, language: Language) -> str | None:
    """The note for an answer that restates the point's waiting prohibition with the condition
    put first (see the module doc), else None."""
    if language != "en" or figures_of(point, language, in_point=True):
        return None
    rule = _WAITING_RULE.match(point.strip().rstrip("."))
    if rule is None:
        return None
    doer = _keys(rule["subject"]) | _keys(rule["act"])
    condition = _keys(rule["condition"])
    verbs = _verb(rule["condition"])
    for clause in CLAUSE_BREAK.split(answer):
        if said := _condition_first(clause, doer, condition, verbs, _IN_A_CLAUSE):
            return said
    # "…first, then …" spans a comma: read the sentence
    for sentence in _SENTENCE_END.split(answer):
        if said := _condition_first(sentence, doer, condition, verbs, ((_THEN, True),)):
            return said
    return None


_IN_A_CLAUSE = ((_BEFORE, True), (_AFTER, False))
_SENTENCE_END = re.compile(r"[;!?\n]|\.(?=\s|$)")


def _condition_first(
    clause: str,
    doer: set[str],
    condition: set[str],
    verbs: set[str],
    cues: tuple[tuple[re.Pattern[str], bool], ...],
) -> str | None:
    for cue, condition_first in cues:
        found = cue.search(clause)
        if found is None:
            continue
        before, after = clause[: found.start()], clause[found.end() :]
        if _NEGATION.search(before.lower()) or _NEGATION.search(after.lower()):
            continue
        head, tail = _keys(before), _keys(after)
        said_first, said_then = (head, tail) if condition_first else (tail, head)
        if (
            2 * len(said_first & condition) >= len(condition)
            and (not verbs or verbs & said_first)
            and said_then & doer
            and not said_first & (doer - condition)
        ):
            return "states the rule's order: " + clause.strip().rstrip(".")
    return None


def _verb(condition: str) -> set[str]:
    """The condition's verb ("agrees" of "the owner agrees to the estimate"): the first word,
    after its subject's, that can be a verb."""
    words = [w for w in EN_WORD.findall(condition.lower()) if w not in _VAGUE]
    for word in words[1:]:
        if word not in EN_FUNCTION_WORDS and "VERB" in getAllLemmas(word):
            return {word_key(word)}
    return set()


def _keys(text: str) -> set[str]:
    return {
        word_key(w)
        for w in EN_WORD.findall(text.lower())
        if w not in EN_FUNCTION_WORDS and w not in _VAGUE and len(w) > 2
    }
