"""No item prints the answer of another in its context.

A true statement of a sentence answers the cloze made from it; a short answer's stem that states
「应在10日内通知」 answers that fill-in. `check_gives_away` compares an item with the accepted ones
in both directions: the answer with its neighbours in the source (a few words either side), or
either side alone when it is long enough, printed by the other item.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from graphs.exam_generation.blanks import Frame, blank_answers, blank_frames, locate_answer
from graphs.exam_generation.shared_names import shared_name
from graphs.exams import Language, Question
from graphs.text.similarity import normalise

CONTEXT_CHARS = 4
CONTEXT_WORDS = 2
_CLAUSE_BREAK = re.compile(r"[，,。；;：:！!？?\n]")
_MIN_SIDE = {"zh": 3, "en": 8}
"""Context a side must carry, beyond the answer, to count as the rule and not a common phrase."""


def _clip(text: str, side: str, language: Language) -> str:
    parts = _CLAUSE_BREAK.split(text)
    piece = parts[-1] if side == "before" else parts[0]
    if language == "en":
        words = piece.split()
        return " ".join(words[-CONTEXT_WORDS:] if side == "before" else words[:CONTEXT_WORDS])
    return piece[-CONTEXT_CHARS:] if side == "before" else piece[:CONTEXT_CHARS]


def answer_in_context(question: Question, language: Language) -> list[str]:
    """Each answer of a cloze-like item with its neighbours in the source (normalised): what
    another item must not print."""
    answers = blank_answers(question)
    frames = blank_frames(question.stem, language)
    found = []
    for index, answer in enumerate(answers):
        frame = frames[index] if index < len(frames) else Frame("", "")
        where = locate_answer(question.source_quote, answer, frame)
        if where is None:
            continue
        quote = question.source_quote
        before = _clip(quote[: where[0]], "before", language)
        after = _clip(quote[where[1] :], "after", language)
        if not before and not after:
            continue
        found.append(normalise(f"{before} {answer} {after}"))
        # Either side alone gives the answer away too: 「让步接收只能由生鲜主管当场确认」 is
        # printed by 「让步接收须由生鲜主管当场确认…」, a restatement of the rule.
        found.extend(
            side
            for side in (normalise(f"{before} {answer}"), normalise(f"{answer} {after}"))
            if len(side) >= len(normalise(answer)) + _MIN_SIDE[language]
        )
    return found


def visible_text(question: Question) -> str:
    """What a learner reads of an item: its stem and its options, normalised."""
    return normalise(" ".join([question.stem, *(o.text for o in question.options)]))


def check_gives_away(
    question: Question, accepted: Sequence[Question], language: Language
) -> list[str]:
    """Neither this item nor an accepted one prints the other's answer in its context."""
    mine = answer_in_context(question, language)
    seen = visible_text(question)
    for other in accepted:
        theirs = [c for c in answer_in_context(other, language) if c in seen]
        if theirs or _names_with_its_act(other, question, language):
            printed = theirs[0] if theirs else blank_answers(other)[0]
            return [
                f"gives away the answer of the accepted question {other.stem[:40]!r}: "
                f"it prints {printed!r}"
            ]
        shown = visible_text(other)
        if any(c in shown for c in mine) or _names_with_its_act(question, other, language):
            return [
                f"its answer is printed by the accepted question {other.stem[:40]!r}: "
                "ask about another fact"
            ]
        shared = shared_name(question, other, language)
        if shared is not None:
            return [
                f"the name {shared!r} is the key of one item and asked or printed by the "
                f"accepted question {other.stem[:40]!r}: ask about another fact"
            ]
    return []


_EN_WORD = re.compile(r"[A-Za-z]{5,}")
_STEM = 6
"""Letters two words share at their start to be forms of one word (approval, approve)."""


def _names_with_its_act(question: Question, other: Question, language: Language) -> bool:
    """An English key that is a name (a role, a term), printed by another item beside a form of
    the word it stands with in its own source: "even with ____ approval" (key Events Manager)
    is answered by "Only the Events Manager may approve a deviation" (session 10 designer, m2
    Q9 and Q6), which the exact-context check missed; and so is another item asking the same
    name in a source with such a form ("Only the ____ may approve a deviation")."""
    if language != "en" or question.type not in ("fill_blank", "single_choice"):
        return False
    quote = question.source_quote
    shown = " ".join([other.stem, *(o.text for o in other.options)])
    keys = {normalise(a) for a in blank_answers(other)} if other.type != "short_answer" else set()
    for answer in blank_answers(question):
        if normalise(answer) in keys:
            # the same name asked twice, beside forms of one word ("Only the ____ may approve …"
            # and "even with ____ approval"): one question, asked twice
            shown = f"{shown} {other.source_quote}"
        if not re.search(r"[A-Za-z]{3,}", answer) or re.search(r"\d", answer):
            continue
        if normalise(answer) not in normalise(shown):
            continue
        at = quote.find(answer)
        if at < 0:
            continue
        own = {w.lower() for w in _EN_WORD.findall(answer)}
        around = _CLAUSE_BREAK.split(quote[:at])[-1].split()[-3:]
        around += _CLAUSE_BREAK.split(quote[at + len(answer) :])[0].split()[:3]
        stems = {
            w.lower()[:_STEM]
            for word in around
            for w in _EN_WORD.findall(word)
            if w.lower() not in own
        }
        if stems and any(w.lower()[:_STEM] in stems for w in _EN_WORD.findall(shown)):
            return True
    return False
