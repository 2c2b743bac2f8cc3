"""One item cueing another beyond printing its answer in context (substance.py checks that).

    key_with_its_duty   a role one item asks for as the doer of a rule is printed by another item
                        beside a word (said rarely in the material) of what the rule has it do: "____负责审核、巡查和验收" (key 工程部) is answered by an
                        option "工程部应在收到完整材料后3个工作日内完成审核" (审核)
    elimination         two items ask for a role or term (not a figure) of one section in the
                        same frame ("____负责核验装修出入证", "____负责审核、巡查和验收"), or one
                        asks and a true/false item states another ("秩序维护员负责…"): a learner
                        answers one by elimination
    same_statement      two items print one statement (a true/false item and a multiple choice
                        option, the same false version): one fact asked twice
    goes_on_from        two true/false items on neighbouring sentences of one paragraph (substance
                        finds them), the later opening with a condition and sharing a word with
                        the earlier ("If the inverter is offline for more than 60 days …" after
                        "The inverter must remain connected"): one presupposes the other

Each returns a trainer's sentence naming the other item, or None.
"""

from __future__ import annotations

import re

from graphs.exam_generation.blanks import blank_answers, blank_frames
from graphs.exams import Question
from graphs.text.language import detect_language
from graphs.text.lexicon import Lexicon
from graphs.text.quantities import parse_quantities
from graphs.text.similarity import normalise
from graphs.text.terms import is_stop_word

_CLAUSE = re.compile(r"[，,。；;：:！!？?\n、]|\s+(?:and|or)\s+")
_PREFIX = re.compile(r"^(?:判断正误：|True or false:\s*)", re.IGNORECASE)
MIN_STATEMENT_CHARS = 8


def content_terms(text: str, lexicon: Lexicon) -> set[str]:
    """Content terms of a text: lower-cased, no figures, no stop words."""
    return {
        s.text.lower()
        for s in lexicon.whole_terms(text)
        if len(s.text.strip()) >= 2
        and not is_stop_word(s.text)
        and not any(c.isdigit() for c in s.text)
    }


def _word_keys(question: Question) -> list[str]:
    """The keys a choice or fill-in item asks for that are words, not figures."""
    if question.type not in ("single_choice", "fill_blank"):
        return []
    return [
        k for k in blank_answers(question) if len(normalise(k)) >= 2 and not parse_quantities(k)
    ]


def _doer_keys(question: Question) -> list[str]:
    """The word keys whose blank opens its clause: the item asks who does what follows
    ("____负责审核", "(    ) must approve refunds"), not who else takes part ("须由____与领班
    共同清点")."""
    keys = _word_keys(question)
    frames = blank_frames(question.stem, detect_language(question.stem))
    if len(frames) != len(blank_answers(question)):
        return []
    return [
        k
        for k, frame in zip(blank_answers(question), frames, strict=True)
        if k in keys and not normalise(frame.before)
    ]


def _visible(question: Question) -> list[str]:
    return [question.stem, *(o.text for o in question.options)]


MAX_DUTY_MENTIONS = 3
"""A duty word ties a role to one rule only when the material says it this rarely: 审核 three
times (工程部's review), not 装修 on every other line."""


def _duty_terms(text: str, lexicon: Lexicon, material: str) -> set[str]:
    """The words of a text that say what is done and that the material says rarely: verbs in
    Chinese (审核, 巡查; not 司机, a person beside the role), any content word in English (no
    tagger there)."""
    lowered = material.lower()
    return {
        s.text.lower()
        for s in lexicon.whole_terms(text)
        if (s.tag.startswith("v") or s.tag == "eng")
        and len(s.text.strip()) >= 2
        and not is_stop_word(s.text)
        and not any(c.isdigit() for c in s.text)
        and lowered.count(s.text.lower()) <= MAX_DUTY_MENTIONS
    }


def _printed_with(
    key: str, texts: list[str], rule: set[str], lexicon: Lexicon, material: str
) -> str | None:
    """The clause of `texts` that prints the key beside a word of what its rule has it do."""
    for text in texts:
        for clause in _CLAUSE.split(text):
            if key in clause and _duty_terms(clause.replace(key, " "), lexicon, material) & rule:
                return clause.strip()
    return None


def key_with_its_duty(
    question: Question, other: Question, lexicon: Lexicon, material: str
) -> str | None:
    """Either item asks for a word the other prints beside a word of the asked rule."""
    for asker, printer in ((question, other), (other, question)):
        for key in _doer_keys(asker):
            clause = _printed_with(
                key,
                _visible(printer),
                _duty_terms(asker.source_quote.replace(key, " "), lexicon, material),
                lexicon,
                material,
            )
            if clause:
                return (
                    f"the accepted question {other.stem[:40]!r} and this one: one asks for "
                    f"{key!r}, the other prints it with what it does ({clause[:40]!r})"
                )
    return None


def _frame_word(question: Question, lexicon: Lexicon) -> str | None:
    """The first content word after the item's one blank (else the last before it): its frame."""
    frames = blank_frames(question.stem, detect_language(question.stem))
    if len(frames) != 1:
        return None
    after = sorted(lexicon.whole_terms(frames[0].after), key=lambda s: s.start)
    if after:
        return after[0].text.lower()
    before = sorted(lexicon.whole_terms(frames[0].before), key=lambda s: s.start)
    return before[-1].text.lower() if before else None


def _stated_frame(question: Question, lexicon: Lexicon) -> str | None:
    """A true/false statement's word after its opening subject ("秩序维护员负责…": 负责): the
    frame in which it names a role the other items of its section ask for."""
    if question.type != "true_false":
        return None
    words = sorted(lexicon.whole_terms(_PREFIX.sub("", question.stem)), key=lambda s: s.start)
    if len(words) < 2 or not (words[0].tag.startswith("n") or words[0].tag == "term"):
        return None
    return words[1].text.lower()


def elimination(
    question: Question,
    other: Question,
    sections: tuple[str | None, str | None],
    lexicon: Lexicon,
) -> str | None:
    """Both items ask for a word of one section in the same frame, or one asks and the other
    states a rule of that section in it (a role named, so the others are left)."""
    if not (_word_keys(question) or _word_keys(other)):
        return None
    if sections[0] is None or sections[0] != sections[1]:
        return None
    mine = _frame_word(question, lexicon) or _stated_frame(question, lexicon)
    theirs = _frame_word(other, lexicon) or _stated_frame(other, lexicon)
    if mine is None or mine != theirs:
        return None
    return (
        f"the accepted question {other.stem[:40]!r} asks for another word of the same section "
        f"in the same frame ('{mine}'): a learner answers one by elimination"
    )


def _statements(question: Question) -> list[str]:
    if question.type == "true_false":
        return [normalise(_PREFIX.sub("", question.stem))]
    if question.type == "multiple_choice":
        return [normalise(o.text) for o in question.options]
    return []


def same_statement(question: Question, other: Question) -> str | None:
    """Both items print one statement."""
    theirs = set(_statements(other))
    for statement in _statements(question):
        if len(statement) >= MIN_STATEMENT_CHARS and statement in theirs:
            return (
                f"the accepted question {other.stem[:40]!r} prints the same statement: "
                "ask about another fact"
            )
    return None


_GOES_ON = re.compile(
    r"(?:if|when|otherwise|unless|failing|without)\b|(?:如果|如|若|否则|未|违反|逾期|超过)",
    re.IGNORECASE,
)
"""A sentence opening with a condition goes on from the rule before it."""


def goes_on_from(
    question: Question, other: Question, later: str | None, lexicon: Lexicon
) -> str | None:
    """Two true/false items on neighbouring sentences (`later`: the later one's quote, None when
    they are not neighbours), the later going on from the earlier."""
    if later is None or question.type != "true_false" or other.type != "true_false":
        return None
    if not _GOES_ON.match(later.strip()):
        return None
    shared = content_terms(question.source_quote, lexicon) & content_terms(
        other.source_quote, lexicon
    )
    if not shared:
        return None
    return (
        f"the accepted question {other.stem[:40]!r} states the rule the neighbouring sentence "
        f"goes on from (about {sorted(shared)[0]!r}): one presupposes the other"
    )
