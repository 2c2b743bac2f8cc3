"""How a desk opens: a turn made only of a greeting and opening moves is on her matter.

Asking what the matter is (「您好，有什么问题？」, "What seems to be the trouble?"), offering a seat
or a drink (「请坐，我给您倒杯水」, "Have a seat, can I get you some tea?"), or asking her name or
an ID (「请问怎么称呼？」, "Can I see some ID?") is how the learner opens on her matter: never
small talk (understanding.py), whatever scenario words it lacks. Each clause of the turn must be
a greeting (with her name or a title), a filler, or one of these moves, and one a move; a turn
that also chats ("请坐。昨晚的球赛您看了吗？", "my weekend was great") is read as before.
"""

from __future__ import annotations

import re

from graphs.exams import Language
from graphs.practice_dialogue.chat_words import CHAT, PASTIME

MOVES: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(
        # what the matter is
        r"(?:有|出了?|遇到(?:了)?|碰到(?:了)?)什么(?:问题|事|情况|麻烦|困难)|"
        r"(?:出|发生)了?什么事|怎么(?:了|回事)|哪(?:里|儿)不满意|什么情况|"
        r"有什么(?:可以|能|需要)?(?:帮|为)(?:您|你)|(?:您|你)(?:需要|想)?办(?:点)?什么|"
        # a seat or a drink
        r"请坐|(?:先)?坐(?:下|一下|这儿|这边)|这边(?:请)?坐|"
        r"(?:倒|泡|拿|端|来)(?:一)?(?:杯|瓶|点|壶)(?:热|温|凉)?(?:水|茶|咖啡)|"
        r"喝(?:一)?(?:杯|口|点)(?:热|温)?(?:水|茶|咖啡)|"
        # her name or papers
        r"怎么称呼|贵姓|(?:您|你)(?:的)?(?:名字|姓名)|身份证|证件"
    ),
    "en": re.compile(
        r"\bwhat(?:'s| is| seems to be| appears to be)(?: the)? (?:problem|matter|trouble|issue)\b|"
        r"\bwhat(?:'s| has| is)? (?:wrong|happened|gone wrong|up)\b|\bwhat went wrong\b|"
        r"\bwhat can i do for you\b|\bhow can i help\b|"
        r"\b(?:take|have) a seat\b|\bsit down\b|\bcome (?:on )?in\b|"
        r"\b(?:glass|cup|mug|bottle) of (?:water|tea|coffee)\b|"
        r"\b(?:get|fetch|bring|make|pour) you (?:a |some |something )?(?:water|tea|coffee|drink)\b|"
        r"\bsomething to drink\b|"
        r"\b(?:your|the) (?:full |first |last )?name\b|\bwho am i speaking (?:to|with)\b|"
        r"\b(?:id|identification|passport|photo id)\b",
        re.IGNORECASE,
    ),
}
"""An opening move: what the matter is, a seat or a drink, her name or an ID."""

GREETING: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(
        r"^(?:[\u4e00-\u9fff]{1,2}(?:先生|女士|小姐|阿姨|叔叔|姐|哥))?"
        r"(?:您好|你好|欢迎光临|欢迎|早上好|上午好|下午好|晚上好|早)(?:呀|啊)?"
        r"(?:[\u4e00-\u9fff]{1,2}(?:先生|女士|小姐))?$"
    ),
    "en": re.compile(
        r"^(?:(?:hello|hi|hey|good (?:morning|afternoon|evening)|morning|afternoon|evening|welcome)"
        r"(?: there)?(?: (?:sir|madam|ma'am|(?:mr|mrs|ms|miss)\.? ?[a-z]+))?|please|sure|right)$",
        re.IGNORECASE,
    ),
}
"""A clause that greets (with a title or her name) or only fills: no move, no small talk."""

_CLAUSES = re.compile(r"[，,。.!！?？；;：:…]+")


def opens_matter(reply: str, language: Language) -> bool:
    """Every clause of the turn greets, fills or makes an opening move, and one makes a move,
    with no chat or pastime in it (see the module docstring)."""
    if CHAT[language].search(reply) or PASTIME[language].search(reply):
        return False
    clauses = [c.strip() for c in _CLAUSES.split(reply) if c.strip()]
    moves = [c for c in clauses if MOVES[language].search(c)]
    return bool(moves) and all(c in moves or GREETING[language].match(c) for c in clauses)
