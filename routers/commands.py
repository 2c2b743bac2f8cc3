"""While a practice is paused, a message leaves it only when it is a bare command.

Inside a role-play the learner speaks as a salesperson or receptionist, and their sentences hold
the words commands are made of: "您先别急着结束，听我说完" holds 结束, "我们有个测验，您要不要
试试？" holds 测验. So an explicit rule that fires on a paused practice's message counts only when
the message is little more than what the rule matched: its keywords, its pattern's match, the
scenario named (for a switch) and polite filler words taken away, at most `BARE_CJK_CHARS` Chinese
characters and `BARE_WORDS` English words may be left. "结束", "不练了，出报告吧", "出10道单选题考考我"
and "quit" are commands; anything longer is the learner's reply in role.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from routers.rules import Rule

BARE_CJK_CHARS = 4
BARE_WORDS = 2
FILLERS = (
    "请",
    "帮我",
    "我要",
    "我想",
    "给我",
    "那就",
    "那",
    "好的",
    "好",
    "就",
    "吧",
    "了",
    "啊",
    "呢",
    "吗",
    "一下",
    "现在",
    "please",
    "now",
    "ok",
    "okay",
    "i want to",
    "i'd like to",
    "let's",
    "lets",
    "the",
    "a",
    "an",
)
"""Politeness and particles that do not make a command a sentence."""
_CJK = re.compile(r"[\u3400-\u9fff]")
_WORD = re.compile(r"[a-z]+")


def _strip(text: str, phrases: Iterable[str]) -> str:
    for phrase in sorted({p.lower() for p in phrases if p}, key=len, reverse=True):
        if phrase.isascii():
            text = re.sub(rf"(?<![a-z]){re.escape(phrase)}(?![a-z])", " ", text)
        else:
            text = text.replace(phrase, " ")
    return text


def is_bare_command(text: str, rule: Rule, names: Iterable[str] = ()) -> bool:
    """Whether `text` is only the command `rule` matched (see the module docstring).

    `names` are further words the command may carry (the title and aliases of the scenario a
    switch names). A pasted answer sheet is never role-play, so the `answer_sheet` rule is bare.
    """
    if rule.spec.dynamic == "answer_sheet":
        return True
    rest = unicodedata.normalize("NFKC", text).lower()
    for pattern in rule.patterns:
        rest = pattern.sub(" ", rest)
    keywords = rule.spec.keywords
    rest = _strip(rest, [*keywords.any, *keywords.all, *names])
    rest = _strip(rest, FILLERS)
    return len(_CJK.findall(rest)) <= BARE_CJK_CHARS and len(_WORD.findall(rest)) <= BARE_WORDS
