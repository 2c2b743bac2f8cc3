"""What a short answer's ask tells the learner to state: the kinds of figure its point holds and
who, where the rule names someone who acts on it («（写明时限和负责人）», "(give the time limit)").

A hint asks only for what the point holds: an age is no time (「年满18周岁」: 年龄, not 时间),
years of licence or service are a number of years, "10 times the fee" is a multiple, not how
often, and a role the rule only mentions (「执业医师开具的处方」) is no one responsible to name
(session 12 teacher T4, A Q6 and Q7; designer D4, m3 Q7).
"""

from __future__ import annotations

import re

from graphs.exam_generation.english_asks import PERSONS
from graphs.exam_generation.length_words import length_word
from graphs.exam_generation.rule_opening import figures
from graphs.text.facts import Fact
from graphs.text.word_class import en_word_classes

_FIGURE_WORDS = {
    True: {
        "duration": "时限",
        "working_day": "时限",  # 5个工作日 is a time limit, no bare 数字
        "clock": "时间",
        "calendar": "期限",  # 2年, 12个月: a span, not a time of day (时间)
        "percent": "比例",
        "mass": "重量",
        "volume": "容量",
        "pressure": "压力",
        "temperature": "温度",
        "speed": "速度",
        "people": "人数",
        "times": "次数",
        "lens_power": "度数",
        "items": "数量",
        "points": "分数",
        "steps": "步数",
    },
    False: {
        "duration": "the time limit",
        "working_day": "the time limit",
        "clock": "the time",
        "calendar": "the period",
        "percent": "the percentage",
        "mass": "the weight",
        "volume": "the volume",
        "pressure": "the pressure",
        "temperature": "the temperature",
        "speed": "the speed",
        "people": "the number of people",
        "times": "how often",
        "lens_power": "the lens power",
        "items": "the number",
        "points": "the points",
        "steps": "the number of steps",
    },
}
_MONEY = {True: "金额", False: "the amount"}
_ROLE = {True: "负责人", False: "who is responsible"}


HINT = re.compile(r"（写明[^）]*）$| \(give [^)]*\)$")
"""What an ask says the answer must state, at its end: two asks differing only here are alike."""


def hint(fact: Fact, point: str, head: str, zh: bool) -> str:
    """What the answer must state: the kinds of its figures, and who, where the rule names a
    role after its subject."""
    # A figure of no kind it can name gets no word: 「写明数字」, "(give the figure)" says nothing
    # (session 21 lead: "Give both rules (give the number of players and the figure)")
    words = figure_words(point, zh)
    # A stem that names who acts (「交接班时，当班收购员应如何处理？」) read 「（写明负责人）」 as
    # asking for that same person again (session 21 end designer D14, m1 Q17): no role word then
    names_someone = any("role" in (a.role, a.semantic) and a.end <= len(head) for a in fact.anchors)
    if (
        not names_someone
        and any(
            "role" in (a.role, a.semantic)
            # the subject's own role (救生员 in 《游泳救生员…证书》) is no one else to name
            and (a.text[-2:] not in head if zh else a.text.lower() not in head.lower())
            and _answerable_by(point, a.start, a.end, zh)
            for a in fact.anchors
            if len(head) <= a.start and a.end <= len(point)
        )
    ):
        words.append(_ROLE[zh])
    return _joined(words, zh)


def _joined(words: list[str], zh: bool) -> str:
    if not words:
        return ""
    if zh:
        return "和".join(words) if len(words) <= 2 else "、".join(words[:-1]) + "和" + words[-1]
    return " and ".join(words) if len(words) <= 2 else ", ".join(words[:-1]) + " and " + words[-1]


_ASKED = (
    # "To whom must packages be handed? (give who is responsible)": the ask names it
    (re.compile(r"^(?:To whom|Who)\b"), frozenset([_ROLE[False]])),
    # "How long does the installation normally take? (give how long it takes)" (session 21 end
    # designer D14, m2 Q14): the ask is the hint
    (
        re.compile(r"^How long\b|需要多长时间|需要多久"),
        frozenset(["how long it takes", "所需时间"]),
    ),
)
_HINT_WORDS = re.compile(r"、|和|,\s*|\s+and\s+")


def unasked_hint(question: str, fact: Fact, point: str, head: str, zh: bool) -> str:
    """`hint`, less what `question` already asks for in its own words."""
    words = [w for w in _HINT_WORDS.split(hint(fact, point, head, zh)) if w]
    for asks, said in _ASKED:
        if asks.search(question):
            words = [w for w in words if w not in said]
    return _joined(words, zh)


def figure_words(text: str, zh: bool) -> list[str]:
    """The kinds of figure `text` states, as a hint names them (「时限」, "the amount"), once each."""
    words: list[str] = []
    for quantity, start, end in figures(text):
        kind = quantity.dimension or ""
        sense = _figure_sense(text, start, end, zh, kind)
        if not kind and not quantity.unit and sense is None:
            continue  # 「拨打120」: a bare number is no kind of figure to name
        if sense is None and kind == "length":
            # 「距离或尺寸」 over a height read as a guess: the rule's own measure, or no word
            sense = length_word(text, start, end, zh)
        word = sense or (_MONEY[zh] if kind.startswith("money") else _FIGURE_WORDS[zh].get(kind))
        if word is not None and word not in words:
            words.append(word)
    return words


_AGE = {
    True: re.compile(r"^[^，,；;。]{0,2}(?:周岁|岁)"),
    False: re.compile(
        r"^\s*(?:old|of age)\b|\baged?\s*(?:of\s+)?(?:at least|under|over)?\s*$", re.I
    ),
}
_AGE_BEFORE = {
    True: re.compile(r"(?:年满|年龄|未满|不满)\s*$"),
    # "Dogs older than 10 years" is an age, no period (session 18, fault list 2)
    False: re.compile(
        rf"\baged?\s+\S*\s*$|\b(?:{PERSONS})\s+(?:under|over|aged)\s*$"
        r"|\b(?:older|younger)\s+than\s*$|\bthe\s+age\s+of\s*$",
        re.I,
    ),
}
_YEARS_OF = {
    True: re.compile(r"龄[^，,；;。]{0,2}$"),
    False: re.compile(r"\b(?:held|experience|service|licen[cs]e)\b[^,;.]{0,20}\bfor\s*$", re.I),
}
_COUNTED = re.compile(r"^\s+(?P<noun>[a-z]{3,}s)\b", re.IGNORECASE)
"""A bare number's counted thing ("10 jumpers"), a plural noun right after it."""
_MULTIPLE = re.compile(r"^\s*(?:the|as|of|their|its)\b", re.IGNORECASE)


_SPEED_BEFORE = {
    True: re.compile(
        r"(?:风速|车速|限速|时速|航速|流速|速度|每秒|每分钟|每小时)\s*(?:[^，,；;。\d]{0,4})$"
    ),
    False: re.compile(r"\b(?:speeds?|per second|per hour)\b[^,;.\d]{0,20}$", re.I),
}
"""A length said per unit of time, or after a word for speed (风速, 限速): a speed, no distance."""


_ANGLE_BEFORE = {
    True: re.compile(r"(?:角度|夹角|倾角|坡度|斜剪|斜切|倾斜)[^，,；;。\d]{0,3}$"),
    False: re.compile(r"\b(?:angle|slope|tilt|incline|bevel)\b[^,;.\d]{0,12}$", re.I),
}
_ANGLE_AFTER = {
    True: re.compile(r"^\s*(?:角|夹角|斜角)"),
    False: re.compile(r"^\s*(?:angle|slope)\b", re.I),
}
"""度 or "degrees" said of an angle (「切割角度约30度」, "a 45-degree angle"), no temperature."""
_SPAN_BEFORE = {
    # the range's high end (「需要2至4天」, "take 1 to 3 days") is the same span
    True: re.compile(
        r"(?:需要|历时|持续|为期|耗时|用时)\s*(?:约|大约)?\s*(?:\d+\s*[至到~～-]\s*)?$"
    ),
    False: re.compile(
        # "must take 2 hours of training" is a time to spend, no job's length
        r"(?:\b(?:takes|took|lasts)|\b(?:normally|usually|typically|generally)\s+(?:take|last))"
        r"\s+(?:about|around|roughly|approximately)?\s*"
        r"(?:\d+\s*(?:to|-|–)\s*)?$",
        re.I,
    ),
}
_LIMIT_AFTER = {
    True: re.compile(r"^\s*(?:内|以内|之内|前|以前|之前)"),
    False: re.compile(r"^\s*or\s+less\b", re.I),
}
"""A duration a job takes (「通常需要2至4天」, "normally takes 1 to 3 days") unless a limit
word bounds it after (「需要3天内完成」)."""


def _figure_sense(
    point: str, start: int, end: int, zh: bool, quantity_kind: str = ""
) -> str | None:
    """What a figure measures where its unit alone misleads: a person's age (「年满18周岁」,
    "21 years old") is no time; years of licence or service (驾龄满1年) are a number of years; "10
    times the fee" is a multiple, not how often. The hint asks only what the point holds."""
    before, after = point[max(0, start - 30) : start], point[end:]
    text = point[start:end]
    # 「未满30晚」 counts nights, no age (session 19 T12, C): 未满 before a span of days is a stay
    stay = re.compile(r"(?:^\s*|\d\s*)(?:[晚天日周月]|小时|分钟)")
    aged = _AGE_BEFORE[zh].search(before) and not (stay.search(text) or stay.match(after))
    if _AGE[zh].match(after) or re.search(r"岁|\bold$", text) or aged:
        return "年龄" if zh else "the age"
    if zh and "身高" in before:
        return "身高"
    if quantity_kind == "temperature" and (
        _ANGLE_BEFORE[zh].search(before) or _ANGLE_AFTER[zh].match(after)
    ):
        # 「斜剪角度约45度」 is a cutting angle: 「写明温度」 sent the learner looking for a
        # temperature the rule does not hold (session 21 end teacher T14, A Q9)
        return "角度" if zh else "the angle"
    if (
        quantity_kind == "duration"
        and _SPAN_BEFORE[zh].search(before)
        and not _LIMIT_AFTER[zh].match(after)
    ):
        # "Installation normally takes 1 to 3 days" says how long a job lasts, no limit to keep
        # to: "(give the time limit)" misread it (session 21 end designer D14, m2 Q14)
        return "所需时间" if zh else "how long it takes"
    if quantity_kind in ("length", "speed") and _SPEED_BEFORE[zh].search(before):
        # 「风速超过每秒12米」 is a speed: 「写明距离或尺寸」 sent the learner looking for a length
        # (session 15 lead, m3 Q5)
        return "速度" if zh else "the speed"
    if _YEARS_OF[zh].search(before) and re.search(r"年|years?\b", text, re.IGNORECASE):
        # 「驾龄满1年」, "held a licence for 2 years"; "held for 5 working days" is no years
        return "年限" if zh else "the number of years"
    counted = _COUNTED.match(after) if not zh and not re.search(r"[a-z]", text, re.I) else None
    if counted is not None and "NOUN" in en_word_classes(counted["noun"]):
        # "a minimum of 10 jumpers and a deposit of GBP 50" was hinted "(give the amount)": the
        # count is asked too, by what it counts
        return f"the number of {counted['noun'].lower()}"
    if not zh and re.fullmatch(r"(?:a\s+)?(?:half|quarter|third)", text.strip(), re.I):
        return "the share"  # "pay half" is a share, no percentage
    if (not zh and _MULTIPLE.match(after) and re.search(r"times$", text)) or "倍" in point[
        start : end + 1
    ]:
        return "倍数" if zh else "the multiple"
    return None


_DOER_BEFORE = {
    True: re.compile(r"(?:由|向|报|交|通知|告知|经|请|给|找)[^，,；;。]{0,4}$"),
    False: re.compile(
        r"\b(?:to|by|from|with|tell|call|notify|inform|ask)\s+(?:the\s+|a\s+|an\s+)?$", re.I
    ),
}
_DOER_AFTER = {
    True: re.compile(r"^[^，,；;。]{0,3}(?:签|审|批|确认|负责|同意|核|陪同|处理|决定|授权)"),
    False: re.compile(r"^\s*(?:must|may|signs?|approves?|decides?|confirms?)\b", re.I),
}


def _answerable_by(point: str, start: int, end: int, zh: bool) -> bool:
    """The role is who acts on the rule: who is told, signs, approves or does it (「报告值班经理」,
    「由店长审批」, "report it to the manager"); a role the rule only mentions (「执业医师开具的
    处方」) is no one to name, and asking for one sends the learner looking for a person the
    point does not hold (session 12 teacher T4, A Q6)."""
    return bool(
        _DOER_BEFORE[zh].search(point[max(0, start - 8) : start])
        or _DOER_AFTER[zh].match(point[end:])
    )
