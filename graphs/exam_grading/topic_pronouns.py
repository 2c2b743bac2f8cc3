"""A pronoun that stands for the question's topic: "It goes in the drum, not the sink." answers
"What happens to used bleach?" for the point "Used bleach goes in the labelled drum, never down
the sink", as "它要还给车主" answers "换下的旧内胎怎么处理？".

A learner names the thing the question asks about with a pronoun, as anyone answering a question
does. Where the point opens on its subject and the stem prints that subject, a pronoun opening a
sentence of the answer (it, they; 它, 它们) is that subject: `topic_for_pronouns` writes the
subject in its place, so the point's words are found where the learner meant them. A pronoun with no such referent (the stem does not print the point's
subject) is left alone: it names nothing the question gave.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from graphs.exam_grading.paraphrase import paraphrase_share
from graphs.exam_grading.point_terms import EN_FUNCTION_WORDS, EN_WORD
from graphs.exam_grading.vocabulary import word_key
from graphs.exams import Language
from graphs.text.segment import tokenize

_OPENING = r"(?:(?<=^)|(?<=[.;!?。；！？\n]))\s*"
_EN_PRONOUN = re.compile(_OPENING + r"(?P<pronoun>it|they)\b(?=\s+[a-z])", re.I)
_ZH_PRONOUN = re.compile(_OPENING + r"(?P<pronoun>它们|它)")
# Not "this", "these", 这些: they sum up what the answer said before ("这些都是为了病人的健康"),
# and not after a comma, where 它 takes up the clause before's noun.
_HEADING = re.compile(r"^[^:：,，。.]{1,16}[:：]\s*")
"""A rule's heading before its colon ("Age checks: anyone who …"): a label, not its subject."""
_EN_SUBJECT_WORDS = 4
"""Words an English subject runs to at most ("waste developer fluid")."""


def topic_for_pronouns(
    point: str, answer: str, stem: str, language: Language, others: Sequence[str] = ()
) -> str:
    """`answer` with each pronoun opening a sentence replaced by the point's subject,
    where the stem prints that subject and the sentence is about this point: it holds as much
    of its words as of any other point's (`others`: the question's other points; "它要还给车主"
    under "（1）补胎…（2）旧内胎…" stands for 旧内胎, not 补胎). Else `answer` as it is."""
    subject = _printed_subject(_HEADING.sub("", point), stem, language)
    if not subject:
        return answer
    pronoun = _EN_PRONOUN if language == "en" else _ZH_PRONOUN

    def resolved(match: re.Match[str]) -> str:
        said = _SENTENCE.match(answer, match.end())
        rest = said.group() if said else ""
        share = paraphrase_share(point, rest, language)
        if share == 0 or any(paraphrase_share(o, rest, language) > share for o in others):
            return match.group()
        return match.group()[: match.start("pronoun") - match.start()] + subject

    return pronoun.sub(resolved, answer)


_SENTENCE = re.compile(r"[^.;!?。；！？\n]*")
"""What a pronoun's sentence says after it, to its end."""


def _printed_subject(point: str, stem: str, language: Language) -> str:
    """The point's opening words up to the last one the stem prints ("Used bleach" of "Used
    bleach goes in …" under "What happens to used bleach?"; the longest opening the stem prints
    word for word in Chinese: 废显影液), or "" when the stem prints none."""
    if language == "en":
        printed = {word_key(w) for w in EN_WORD.findall(stem.lower())}
        subject = ""
        for match in list(EN_WORD.finditer(point))[:_EN_SUBJECT_WORDS]:
            word = match.group().lower()
            if word in EN_FUNCTION_WORDS:
                break
            if word_key(word) in printed:
                subject = point[: match.end()]
        return subject
    subject, written = "", ""
    for token in tokenize(point, "zh"):
        if not re.fullmatch(r"[\u4e00-\u9fff\w-]+", token.word):
            break  # the subject ends within the rule's first clause
        written += token.word
        if len(written) >= 2 and written in stem:
            subject = written
    return subject
