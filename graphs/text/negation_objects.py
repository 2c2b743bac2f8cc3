"""Cues that negate one thing, not the rest of their clause: 无 with its object, a cue inside a
name (不锈钢, 未成年人, 无菌室), and English "no-" before a hyphen or "without" before its object.

negation.py scopes most cues to the end of their clause ("不必上报经理": 上报 is denied). These
do not deny the verb that follows them:
- 无 means "without / there is no": it denies its object, the noun phrase right after it (with
  its modifiers: 无特殊情况, 无任何费用), or the rest of its own token (无糖, 无菌室, 无票). So
  "做无麸质之前要把台面洗2遍" washes the counters twice, "无票乘车要补票" rides and pays, and
  "包装无破损方可退货" denies only 破损. Except 无人 (nobody) before a verb: "无人看管的行李" is
  unattended, its verb is denied as before.
- A cue glued into a noun jieba knows (不锈钢, 未成年人, 不合理, 没想到): it negates inside the
  word only; "不锈钢台面每天擦两遍" still wipes twice.
- 没有 before a thing whose absence conditions what follows (确认没有雷电才能重新开放): it denies
  that thing only, as 无 would; 没有 before a verb (没有上报) keeps the clause's scope.
- "no-sugar syrups", "no-show clients": "no" joined by a hyphen denies the one word after it.
- "no" that opens its clause before a gerund is a notice forbidding the act ("No racing on the
  rink", "guests: no swapping skates among themselves"): it denies the act with all it is done
  to, where or with whom, as "must not race on the rink" does; "with no booking fee within 30
  days" keeps the noun phrase's scope.
- "without" denies its object up to the next auxiliary or modal ("products without gluten are
  washed twice": washed is asserted), or the clause's end ("leave without signing the form").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from graphs.text.word_class import en_verb_lemma


class Word(Protocol):
    """A word of the text the cues are read in, with its offsets and (Chinese) jieba tag."""

    @property
    def text(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def pos(self) -> str: ...


ZH_OBJECT_CUE = "无"
ZH_NAME_POS = ("n", "l", "b")
"""jieba's tags for a noun, a set phrase and a distinguishing word (无障碍): a name, when a cue
character opens it."""
_ZH_MODIFIER_POS = ("a", "b", "r", "m", "q", "uj")
"""Words that may stand before the head of 无's object (特殊, 额外, 任何, 一点, 的)."""
_ZH_NOBODY = frozenset({"人", "任何人", "一人"})
ZH_THERE_IS_NO = "没有"
_ZH_CONDITION_FOLLOWS = frozenset(
    {
        "才能",
        "才",
        "方可",
        "方能",
        "才可",
        "才可以",
        "不得",
        "不能",
        "不可",
        "的话",
        "时",
        "后",
        "以后",
        "就",
        "则",
        "了",
    }
)
"""Words after 没有's object that make its absence a condition of what follows."""
_ZH_CLAUSE_ENDS = "，,。；;：:！!？?、"
_EN_AUXILIARIES = frozenset(
    {
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "must",
        "should",
        "shall",
        "can",
        "could",
        "may",
        "might",
        "will",
        "would",
        "has",
        "have",
        "had",
        "need",
        "needs",
        "get",
        "gets",
        "that",
        "which",
        "who",
    }
)


def zh_object_end(words: Sequence[Word], index: int, offset: int, cue_length: int) -> int | None:
    """The index of the last word a Chinese cue in word `index` negates, when it negates one
    thing only (see the module docstring); None: the clause's scope applies.

    `cue_length` and `offset` say where in word `index` the cue stands (千万别: offset 2).
    """
    word, pos = words[index].text, words[index].pos
    cue = word[offset : offset + cue_length]
    rest = word[offset + cue_length :]
    if rest and offset == 0 and pos.startswith(ZH_NAME_POS) and rest not in _ZH_NOBODY:
        return index  # 不锈钢, 无菌室, 未成年人: a name that opens on a cue
    if cue + rest == ZH_THERE_IS_NO:
        return _there_is_no_end(words, index)
    if cue != ZH_OBJECT_CUE:
        return None
    if rest:
        return None if rest in _ZH_NOBODY else index  # 无糖, 无票: its own token is its object
    last = None
    for later in range(index + 1, len(words)):
        if words[later].text in _ZH_NOBODY and last is None:
            return None  # 无人看管: nobody does it, the verb is denied
        last = later
        if not words[later].pos.startswith(_ZH_MODIFIER_POS):
            break  # the head of the object (麸质, 破损, 情况)
    return last


def _there_is_no_end(words: Sequence[Word], index: int) -> int | None:
    """没有 before a thing whose absence is the condition of what follows (确认没有雷电才能重新开放,
    现场没有积水方可作业, 没有明火了才能离开): it denies that thing, as 无 would, and the rest is
    asserted. Anywhere else (没有上报经理, 没有经理签字不能退款, 没有人看管) the clause's scope applies:
    a verb before the condition word, nobody, or a thing of more than four words."""
    for later in range(index + 1, min(len(words), index + 6)):
        text = words[later].text
        if later == index + 1 and text in _ZH_NOBODY:
            return None  # 没有人看管: nobody does it, the verb is denied
        if later > index + 1 and (text in _ZH_CONDITION_FOLLOWS or text[0] in _ZH_CLAUSE_ENDS):
            return later - 1  # the thing ends where its absence becomes a condition
        if words[later].pos.startswith("v"):
            return None  # 没有上报, 没有经理签字: an act is denied, not a thing
    return None


_EN_PHRASE_ENDS = frozenset(
    {
        "within",
        "inside",
        "in",
        "for",
        "during",
        "after",
        "before",
        "until",
        "till",
        "from",
        "on",
        "at",
    }
    | {"and", "but", "if", "when", "because", "so", "once", "unless"}
)
"""Words that end the noun phrase "no" denies: "no fee within the first 30 days", "no charge for
the visit and you get breakfast" deny the fee and the charge, not the time or what follows."""


def _en_noun_phrase_end(words: Sequence[Word], index: int) -> int | None:
    """The last word of the noun phrase a determiner "no" denies, when a preposition or a
    conjunction follows it ("no fee within 30 days": fee); None when none does ("no one will
    call", "no need to pay": the clause's scope)."""
    for later in range(index + 2, len(words)):
        if words[later].text.lower() in _EN_PHRASE_ENDS:
            return later - 1
        if not words[later].text[:1].isalnum():
            return None
    return None


_EN_NOTICE_OPENERS = frozenset({",", ";", ":", "：", "，", "；", ".", "(", "-", "and", "or"})
"""What may stand before a "no" that opens a notice: a clause mark, a list's and/or."""


def _forbids_an_act(words: Sequence[Word], index: int) -> bool:
    """Whether the "no" at `index` opens its clause (or the text) before a gerund: a notice that
    forbids an act ("No smoking in the lobby"), not a determiner of a thing."""
    if index + 1 >= len(words):
        return False
    following = words[index + 1].text.lower()
    if len(following) <= 4 or not following.endswith("ing") or not en_verb_lemma(following):
        return False
    return index == 0 or words[index - 1].text.lower() in _EN_NOTICE_OPENERS


_EN_WITHOUT_DETERMINERS = frozenset({"a", "an", "any", "extra", "additional"})
"""After "without", words that open a noun phrase the cue denies alone ("without a fee within 30
days" states the 30 days; "without asking her first" keeps the clause's scope)."""


def en_object_end(words: Sequence[Word], index: int) -> int | None:
    """The index of the last word an English cue at `index` negates when it negates one thing
    only: "no" joined by a hyphen ("no-sugar"), "without" up to an auxiliary or modal. None:
    the clause's scope applies."""
    cue = words[index].text.lower()
    if cue == "no" and index + 2 < len(words) and words[index + 1].text == "-":
        hyphen, joined = words[index + 1], words[index + 2]
        if hyphen.start == words[index].end and joined.start == hyphen.end:
            return index + 2
    if cue == "no":
        if _forbids_an_act(words, index):
            return None  # "No racing on the rink": the act forbidden, the clause's scope
        return _en_noun_phrase_end(words, index)
    if cue == "without":
        for later in range(index + 1, len(words)):
            if words[later].text.lower() in _EN_AUXILIARIES:
                return later - 1 if later > index + 1 else None
        # "without a fee within 30 days": a determiner's noun phrase, as after "no"
        if index + 1 < len(words) and words[index + 1].text.lower() in _EN_WITHOUT_DETERMINERS:
            return _en_noun_phrase_end(words, index)
        return None
    return None
