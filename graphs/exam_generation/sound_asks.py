"""A short answer's asks as a trainer signs them off: no topic asked twice, no ask holding its
key, no hint naming a figure the key lacks, no point that only names another article
(cross_references: 「须遵守本制度第八条」).

Session 19's end reviewers quoted 「（1）床垫凹陷深度有什么规定？（2）凹陷深度有什么规定？」 (one
topic asked twice: the learner cannot tell which rule goes where), 「因店员核对失误导致配错镜片的，
由当班验光员承担重做费用有什么规定？」 and 「标准日常保洁服务时长为一定时间有什么规定？」 (the rule
copied out as its own topic, its figure masked: the ask states the answer) and 「取镜时应如何处理？
（写明时限）」 over a 0.25D tolerance (a hint for a kind of figure the key does not hold). Checked on
both paths: the offline writer makes no such ask (short_answer_asks, short_answers) and a
model's is refused (validation).
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from itertools import combinations

from graphs.exam_generation.ask_hints import HINT, figure_words
from graphs.exam_generation.cross_references import refers_elsewhere
from graphs.exam_generation.garbled_asks import cut_phrase, garbled
from graphs.exam_generation.length_words import LENGTH_HINTS
from graphs.exam_generation.rule_opening import figures
from graphs.exam_generation.vague_asks import vague
from graphs.exams import Language, Question

_ZH_FRAME = re.compile(
    r"(?:有什么规定|有哪些规定|有哪些要求|有什么要求|应如何处理|是多少|是多久|须满足哪些条件|须具备什么条件)？$"
)
"""The question a Chinese ask puts to its topic: asks alike in it are alike by their topics."""
_EN_FRAME = re.compile(r"^What (?:is|are) the rules? (?:on|about) (?P<topic>[^?]+)\?$", re.I)
_EN_ARTICLE = re.compile(r"\b(?:the|a|an)\s+", re.IGNORECASE)
_MASKED = {
    # 「时长为一定时间」: the rule's own figure masked inside the topic it is asked by
    True: re.compile(
        r"(?:为|是|达|按)(?:每\S{0,3})?一定(?:时间|期限|距离|比例|金额|数量|重量|温度)"
    ),
    False: re.compile(r"\b(?:is|are|costs?|lasts?)\s+(?:a set|a certain)\b", re.IGNORECASE),
}
_MIN_COPIED = {True: 12, False: 8}
"""A run of the rule this long (characters, words) copied into its ask is more than its subject."""
_COPIED_SHARE = 0.6
_ZH_HINT = re.compile(r"（写明([^）]+)）")
_EN_HINT = re.compile(r"\(give ([^)]+)\)")
_TIME_WORDS = {
    True: frozenset(["时限", "时间", "期限", "年限", "所需时间"]),
    False: frozenset(
        ["the time limit", "the time", "the period", "the number of years", "how long it takes"]
    ),
}
"""Hint words for a span or a time: one family, so a model's 「时间」 for 2年 is not refused."""
_FIGURE_HINTS = {
    True: frozenset(
        [
            *("时限", "时间", "期限", "年限", "比例", "距离或尺寸", "重量", "温度", "速度"),
            *("人数", "次数", "度数", "金额", "年龄", "身高", "倍数", "容量", "压力", "数量"),
            *("角度", "所需时间"),
            *LENGTH_HINTS[True],
        ]
    ),
    False: frozenset(
        [
            *("the time limit", "the time", "the period", "the number of years"),
            *("the percentage", "the distance or size", "the weight", "the temperature"),
            *("the speed", "the amount", "the number of people", "how often", "the lens power"),
            *("the age", "the multiple", "the volume", "the pressure", "the number"),
            *("the angle", "how long it takes"),
            *LENGTH_HINTS[False],
        ]
    ),
}
"""Hint words that name a kind of figure: each must be a kind the key states."""
_ANY_LENGTH = {True: "距离或尺寸", False: "the distance or size"}
"""A model's word for any length: not wrong over a height or a distance, so not refused."""


def topic(ask: str, zh: bool) -> tuple[str, str]:
    """An ask's topic and the question it puts to it («床垫凹陷深度», «有什么规定？»); ("", "")
    when the ask has no topic of that shape."""
    ask = HINT.sub("", ask.strip()).strip()
    if zh:
        frame = _ZH_FRAME.search(ask)
        if frame is None:
            return "", ""
        said = re.sub(r"^关于", "", ask[: frame.start()]).rstrip("，, 时")
        return said, frame.group()
    found = _EN_FRAME.match(ask)
    if found is None:
        return "", ""
    return _EN_ARTICLE.sub("", found["topic"]).strip().lower(), "rule on"


def completion(ask: str) -> bool:
    """「（1）油罐车到站后……」, "(1) If a customer is taken ill, the usher …": a rule's opening
    printed for the learner to finish, which shows its opening by design."""
    return ask.rstrip().endswith(("…", "...", "……"))


def repeated(asks: list[str], zh: bool) -> tuple[str, str] | None:
    """Two asks that put one question to one topic (「床垫凹陷深度有什么规定？」 and 「凹陷深度
    有什么规定？」: the second topic is the end of the first), or None."""
    for one, other in combinations(asks, 2):
        (a, frame_a), (b, frame_b) = topic(one, zh), topic(other, zh)
        if HINT.sub("", one).strip() == HINT.sub("", other).strip():
            return one, other
        if not a or not b or frame_a != frame_b:
            continue
        if a.endswith(b) or b.endswith(a):
            return one, other
    return None


def holds_key(ask: str, point: str, zh: bool) -> str | None:
    """What of `point` the ask states as its own topic: the rule with its figure masked
    (「时长为一定时间」) or most of the rule copied out; None for an ask by its subject."""
    bare = HINT.sub("", ask.strip())
    if completion(bare):
        return None
    masked = _MASKED[zh].search(bare)
    if masked is not None:
        return masked.group()
    one: list[str] | str = bare if zh else bare.lower().split()
    two: list[str] | str = point if zh else point.lower().rstrip(".").split()
    match = SequenceMatcher(None, one, two, autojunk=False).find_longest_match(
        0, len(one), 0, len(two)
    )
    if match.size < max(_MIN_COPIED[zh], _COPIED_SHARE * len(two)):
        return None
    copied = one[match.a : match.a + match.size]
    said = copied if isinstance(copied, str) else " ".join(copied)
    # a case copied whole is how a rule is asked ("What happens if a guest … on the third
    # floor?"); the copy holds the key when it runs on past the case into what the rule rules
    return said if re.search(r"[，,；;]", said.rstrip("，,；; ")) else None


def unsound(ask: str, point: str, zh: bool) -> str | None:
    """What makes one ask of `point` unfit to print: a loose topic (vague_asks), a broken English
    sentence (garbled_asks) or its key stated; None for a sound ask."""
    loose = vague(ask, "zh" if zh else "en")
    if loose is not None:
        return loose
    broken = None if zh else garbled(ask) or cut_phrase(ask, [point])
    return broken or holds_key(ask, point, zh)


def unsupported_hints(stem: str, key: str, zh: bool) -> list[str]:
    """The kinds of figure a stem's hints ask for that its key does not state («写明时限» over a
    0.25D tolerance, "give the period" where no span is stated)."""
    stated = set(figure_words(key, zh))
    found = (_ZH_HINT if zh else _EN_HINT).findall(stem)
    asked = [w.strip() for said in found for w in re.split(r"和|、|,\s*|\s+and\s+", said)]
    return [
        w
        for w in dict.fromkeys(asked)
        if w in _FIGURE_HINTS[zh]
        and w not in stated
        and not (w in _TIME_WORDS[zh] and stated & _TIME_WORDS[zh])
        and not (w == _ANY_LENGTH[zh] and any_length(key))
    ]


def any_length(text: str) -> bool:
    """The text states a length (a height, a distance, a size), named by the rule or not."""
    return any(q.dimension == "length" for q, _, _ in figures(text))


_ASK = re.compile(r"[（(]\d+[)）]\s*([^（()）]+)")


def check_asks_sound(question: Question, language: Language) -> list[str]:
    """A short answer asks each topic once, no ask states its key, and every figure its hints
    ask for is in the key."""
    if question.type != "short_answer":
        return []
    zh = language != "en"
    asks = [a.strip() for a in _ASK.findall(question.stem)]
    problems = []
    twice = repeated(asks, zh)
    if twice is not None:
        problems.append(
            f"the asks {twice[0][:40]!r} and {twice[1][:40]!r} ask one topic: name what each "
            "rule is about, or ask one of them"
        )
    points = [*question.scoring_points, *question.answer]
    for ask in asks:
        copied = next((c for p in points if (c := holds_key(ask, p, zh)) is not None), None)
        if copied is not None:
            problems.append(
                f"the ask {ask[:50]!r} states its key ({copied[:30]!r}): ask by the rule's "
                "subject or case, and leave what it rules to the learner"
            )
    for point in question.scoring_points:
        if refers_elsewhere(point, zh):
            problems.append(
                f"the scoring point {point[:40]!r} only names another article: key what that "
                "article says, or leave the rule out"
            )
    wrong = unsupported_hints(question.stem, " ".join(points), zh)
    if wrong:
        problems.append(
            f"the stem asks the learner to give {', '.join(wrong)}, which the key does not "
            "state: name only the kinds of figure the key holds"
        )
    return problems
