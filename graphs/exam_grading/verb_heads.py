"""A two-character Chinese verb said by one of its characters on the same object: 扶老人 and
把老人扶起来 for 搀扶老人, 写报告单 for 填写报告单.

Learners shorten a rule's verb to the character that carries it (搀扶 → 扶, 填写 → 写, 检查 → 查).
One character alone says little (扶手, 写字; 倒入 is no 加入), so the shortened verb counts only where
it is a word of its own (jieba's, or with a complement: 扶到, 搬起来) acting on the
object the point's verb acts on: right before it (after at most a light complement: 扶起老人,
写好报告单), or after it in a 把 phrase (把老人扶起来). `said_with_its_head` rewrites such a phrase
to the point's verb and object, so the act is found there, with the answer's own polarity (不能马上
把老人扶起来 stays denied; 马上把老人扶到床上 asserts the act a point forbids).
"""

from __future__ import annotations

import re

from graphs.exams import Language
from graphs.text.segment import tokenize

_LIGHT = r"(?:起来|起|好|完|一下|上)?"
"""What may follow the one-character verb before its object (扶起老人, 写好报告单)."""
_HAN = re.compile(r"^[\u4e00-\u9fff]+$")


def said_with_its_head(point: str, answer: str, language: Language) -> str:
    """`answer` with a character of the point's two-character verb, acting on the object that
    verb acts on, rewritten to the verb and its object."""
    if language != "zh":
        return answer
    for verb, obj in _verbs_with_objects(point):
        if verb in answer and obj in answer:
            continue  # said in full already
        for head in dict.fromkeys(verb):
            before = re.compile(re.escape(head) + _LIGHT + re.escape(obj))
            held = re.compile("把" + re.escape(obj) + "(" + re.escape(head) + ")")
            spans = [(m.start(), m.end(), m.start()) for m in before.finditer(answer)]
            spans += [(m.start(), m.end(), m.start(1)) for m in held.finditer(answer)]
            words = _word_starts(answer)
            for start, end, at in sorted(spans, reverse=True):
                if _alone(words.get(at), head):
                    answer = answer[:start] + verb + obj + answer[end:]
    return answer


def _word_starts(text: str) -> dict[int, str]:
    """jieba's words of `text` by where each starts."""
    starts, offset = {}, 0
    for token in tokenize(text, "zh"):
        at = text.find(token.word, offset)
        if at >= 0:
            starts[at] = token.word
            offset = at + len(token.word)
    return starts


def _alone(word: str | None, head: str) -> bool:
    """Whether the answer's word at the head is the head itself, or it with a complement of
    direction or result (扶到, 搬起来, 写好): not another word that starts with it (发短信, 倒入)."""
    return word is not None and word.startswith(head) and word[1:] in _COMPLEMENTS


_COMPLEMENTS = frozenset({"", "到", "起", "起来", "好", "完", "上", "下", "走", "回"})


def _verbs_with_objects(point: str) -> list[tuple[str, str]]:
    """The point's two-character verbs and the noun (two characters or more) right after each."""
    tokens = tokenize(point, "zh")
    pairs = []
    for at, token in enumerate(tokens[:-1]):
        if not (token.pos.startswith("v") and len(token.word) == 2 and _HAN.match(token.word)):
            continue
        following = tokens[at + 1]
        if following.word in _TITLE_OPEN:  # 填写《跌倒事件报告单》: the title's last noun
            title = [t for t in tokens[at + 2 :] if t.word not in _TITLE_CLOSE]
            closes = next(
                (i for i, t in enumerate(tokens[at + 2 :]) if t.word in _TITLE_CLOSE), None
            )
            if closes is None or closes == 0:
                continue
            following = title[closes - 1]
        if (
            following.pos.startswith("n")
            and len(following.word) >= 2
            and _HAN.match(following.word)
        ):
            pairs.append((token.word, following.word))
    return pairs


_TITLE_OPEN = frozenset("《〈“")
_TITLE_CLOSE = frozenset("》〉”")
