"""What in her line asks something: her questions (退多少？, Is it included in our rate?, 是不是又要
推销私教课？, 是含在租金里，还是要另收？), her demands in a statement's form (可你们总该提前告诉我一声吧),
her complaints in a question's form (这一百二凭什么收？) and the echoes that ask nothing ("Breakfast?").

her_questions.py checks them against what the learner has told; here they are only read.
"""

from __future__ import annotations

import re

from graphs.practice_dialogue.either_or import asks_either_or
from graphs.practice_dialogue.phrases import question_starts
from graphs.practice_dialogue.rhetorical import COMPLAINT as RHETORICAL
from graphs.practice_dialogue.signals import sentences


def questions_in(text: str) -> list[str]:
    """The sentences of a line that ask something with a question word (退多少？, Is it
    included in our rate?), not those that only echo ("Thirty-one a month?", "Breakfast?") nor
    complaints in a question's form (道歉有什么用？)."""
    asking = []
    for sentence in sentences(text):
        start = question_starts(sentence)
        if RHETORICAL.search(sentence):
            continue  # 道歉有什么用？ wants no answer, and pressed again it reads as a script
        if sentence.endswith(("?", "？")) and start is not None and start < len(sentence) - 1:
            asking.append(sentence)
    return asking


_A_NOT_A = re.compile(r"([\u4e00-\u9fff])不\1")
"""是不是, 会不会, 要不要: a Chinese question without a question word."""


def asking_in(text: str) -> list[str]:
    """Her questions, those asked by an A-not-A form (是不是又要推销私教课？) or either-or
    (是含在租金里，还是要另收？) too."""
    found = questions_in(text)
    return [
        s
        for s in sentences(text)
        if s in found
        or (s.endswith(("?", "？")) and _A_NOT_A.search(s) and not RHETORICAL.search(s))
        or asks_either_or(s)
    ]


DEMAND = re.compile(
    r"总该|总得|起码|至少也?[该得要]|好歹|\bshould have\b|\bcould at least\b|\bought to\b",
    re.IGNORECASE,
)
"""A clause of hers that asks for something in a statement's form (可你们总该提前告诉我一声吧,
"you could at least have called"): once the learner has said it (owned or promised), she does
not ask for it again."""


def demands_in(text: str) -> list[str]:
    """Her demands, clause by clause."""
    clauses = [c.strip() for s in sentences(text) for c in re.split(r"(?<=[,，;；])", s)]
    return [c.rstrip(",，;；") for c in clauses if DEMAND.search(c)]


def complaints_in(text: str) -> list[str]:
    """Her complaints in a question's form (这一百二凭什么收？)."""
    return [s for s in sentences(text) if RHETORICAL.search(s)]


def is_echo(sentence: str) -> bool:
    """A sentence that only repeats a word of the learner's with a question mark ("Breakfast?",
    "退一百二？")."""
    return sentence.endswith(("?", "？")) and question_starts(sentence) in (None, len(sentence))


def asking_clause(sentence: str) -> str:
    """The clause of a Chinese sentence that asks ("能分期免息的话压力小多了，能先体验一次再说吗？"
    -> "能先体验一次再说吗？"), in full-width marks: pressed again, she asks, she does not
    repeat her whole line."""
    start = question_starts(sentence)
    if start is None:
        return sentence
    cut = max(sentence.rfind(mark, 0, start) for mark in ",，;；")
    clause = sentence[cut + 1 :] if cut >= 0 else sentence
    return clause.replace(",", "，").replace("?", "？").replace("!", "！")
