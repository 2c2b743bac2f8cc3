"""FAQ answers read as rules: an answer says what its question asked, often without naming it.

「已发运的，须收取返程运费」 under 「寄出后还能取消吗？」 opens on a condition of the question's
subject and says nothing alone (`answers_the_question`); "They must call the assistance line …"
under "What should the customer do after an accident?" is stated with the question's subject
(`answer_with_subject`); a statement still opening on a bare pronoun names nobody
(`opens_on_pronoun`), and the validators refuse it.
"""

from __future__ import annotations

import re

from graphs.exams import Language
from graphs.text.references import EN_EXPLETIVE, ZH_NOUN_TAGS
from graphs.text.segment import tokenize
from graphs.text.terms import is_stop_word
from graphs.text.word_class import en_verb_lemma, en_word_classes

_ANSWER_CONDITION = {
    "zh": re.compile(r"^(?:[^，。；]{1,12}的，|如果|若|只有|只要|除非|但)"),
    "en": re.compile(
        r"^(?:only|if|unless|as long as|provided|but|not if|except|within|after|before|up to|"
        r"from|at|on|by|for)\b",
        re.IGNORECASE,
    ),
}


def answers_the_question(text: str, language: Language) -> bool:
    """An FAQ answer that opens with a condition on the question's subject (「已发运的，须收取返程
    运费」 under 「寄出后还能取消吗？」, "Only if a named adult signs") says nothing without the
    question, which is no statement to put in front of it."""
    return _ANSWER_CONDITION[language].match(text) is not None


_EN_ANSWER_PRONOUN = re.compile(r"^(?:they|he|she)\s+(?=[a-z])", re.IGNORECASE)
_EN_ASKED = re.compile(
    r"^(?:what|how|when|where)\s+(?:should|must|do|does|can|may|will|would|need)\s+(?P<rest>[^?]+)",
    re.IGNORECASE,
)
_EN_CONDITION_WORD = re.compile(
    r"^(?:after|before|when|if|during|in case of|once|on)\b", re.IGNORECASE
)
_EN_SUBJECT_LEAD = frozenset(["the", "a", "an", "each", "every", "their", "our"])


def _asked_subject(question: str) -> tuple[str, str, str] | None:
    """(subject, verb, the rest) of "What should the customer do after an accident?"."""
    asked = _EN_ASKED.match(question.strip().lstrip("*").strip())
    if asked is None:
        return None
    words = asked["rest"].split()
    start = 1 if words and words[0].lower() in _EN_SUBJECT_LEAD else 0
    for end in range(start + 1, min(start + 3, len(words))):
        verb = words[end]
        if "NOUN" in en_word_classes(words[end - 1]) and en_verb_lemma(verb) == verb.lower():
            return " ".join(words[:end]), verb.lower(), " ".join(words[end + 1 :])
    return None


_EN_YES_NO = re.compile(
    r"^(?:is|are|was|were|does|do|can|will)\s+(?P<det>(?:the|a|an|your|my|our)\s+)?"
    r"(?P<rest>[a-z][^?]*)",
    re.IGNORECASE,
)
_EN_PLURAL_PEOPLE = frozenset(["children", "people", "staff", "members", "guests", "customers"])


def _yes_no_subject(question: str, pronoun: str) -> str | None:
    """The noun phrase a yes/no question asks about ("Is the deposit refundable?" -> "the
    deposit"), when `pronoun` can stand for it: "it" for a singular thing, "they" for a plural."""
    asked = _EN_YES_NO.match(question.strip().strip("*").strip())
    if asked is None:
        return None
    nouns: list[str] = []
    for word in asked["rest"].split()[:3]:
        if "NOUN" not in en_word_classes(word) or is_stop_word(word.lower()):
            break
        nouns.append(word)
    if not nouns:
        return None
    plural = nouns[-1].lower().endswith("s") or nouns[-1].lower() in _EN_PLURAL_PEOPLE
    if plural != (pronoun.lower() == "they"):
        return None
    return f"{asked['det'] or ''}{' '.join(nouns)}"


_ZH_ANSWER_PRONOUN = re.compile(r"^(?:他们|她们|它们|他|她|它)(?![们人])")
_ZH_ASKED = re.compile(
    r"^(?P<asked>[\u4e00-\u9fff]{2,16}?)(?:需要|应该|应当|必须|可以|能否|能不能|能|要|应|须|该|怎么|"
    r"如何|是否|有没有|会不会)"
)


def _zh_answer_with_subject(question: str, answer: str) -> str | None:
    """「他们须携带购物小票…」 under 「顾客退货时需要带什么？」 is 「顾客退货时须携带购物小票…」: the
    question's subject, with its circumstance when it names one (…时, …后, …前)."""
    pronoun = _ZH_ANSWER_PRONOUN.match(answer)
    asked = _ZH_ASKED.match(question.strip().strip("*").strip()) if pronoun else None
    if pronoun is None or asked is None:
        return None
    subject = asked["asked"]
    if not subject.endswith(("时", "后", "前")):
        tokens = tokenize(subject, "zh")
        if not tokens or not tokens[0].pos.startswith(ZH_NOUN_TAGS) or len(tokens[0].word) < 2:
            return None
        subject = tokens[0].word
    return subject + answer[pronoun.end() :]


def answer_with_subject(question: str, answer: str, language: Language) -> str | None:
    """An FAQ answer that opens on a pronoun for the question's subject, stated with that subject:
    "They must call the assistance line …" under "What should the customer do after an
    accident?" is "After an accident, the customer must call the assistance line …"; "It is
    refunded …" under "Is the deposit refundable?" is "The deposit is refunded …"; 「他们须…」
    under 「顾客退货时需要带什么？」 is 「顾客退货时须…」. None when the answer does not open so, or
    the question names no subject to put in its place."""
    if language == "zh":
        return _zh_answer_with_subject(question, answer)
    opening = re.match(r"^(it|they)\s+(?=[a-z])", answer, re.IGNORECASE)
    named = _yes_no_subject(question, opening.group(1)) if opening else None
    if opening is not None and named is not None:
        stated = f"{named} {answer[opening.end() :]}"
        return stated[0].upper() + stated[1:]
    pronoun = _EN_ANSWER_PRONOUN.match(answer)
    asked = _asked_subject(question) if pronoun else None
    if pronoun is None or asked is None:
        return None
    subject, verb, rest = asked
    stated = f"{subject} {answer[pronoun.end() :]}"
    if verb == "do" and _EN_CONDITION_WORD.match(rest):
        # "… do after an accident?": the circumstance is the rule's condition.
        return f"{rest[0].upper()}{rest[1:]}, {stated[0].lower()}{stated[1:]}"
    return stated[0].upper() + stated[1:]


_OPENING_PRONOUN = {
    "zh": re.compile(r"^\s*(?:他们|她们|它们|他|她|它)(?![们人])"),
    "en": re.compile(r"^\s*(?:they|he|she|it)\s+(?!is\s+\w+\s+to\b)(?=[a-z])", re.IGNORECASE),
}


def opens_on_pronoun(text: str, language: Language) -> bool:
    """A statement whose subject is a bare pronoun ("They must call the police …"): alone, the
    learner cannot tell who it speaks of ("It is forbidden to …" points at nothing, and passes)."""
    return bool(_OPENING_PRONOUN[language].match(text)) and not (
        language == "en" and EN_EXPLETIVE.match(text.strip())
    )
