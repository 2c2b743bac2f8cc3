"""A short-answer ask names what its points are about, in words a trainer would write.

"What is the rule on the cover?", 「常规有什么规定？」, 「前台有什么规定？」 and "What must members
do?" name one loose noun or only whom the rules bind: every rule of the material on that word or
that role answers them, so the learner cannot tell which rules are asked, and a trainer would not
sign such an item off. The ask names the situation or act its points share (「顾客衣物有破损时，
前台接待员应如何处理？」, "What must staff do if a tenant loses the padlock key?"), or a heading that
is a real topic (「“泳池”部分」); failing that, the rule is not asked that way. Checked on both
paths, like garbled_asks: the offline writer words no such ask, and a model's is refused.
"""

from __future__ import annotations

import re

from graphs.exams import Language, Question
from graphs.text.segment import tokenize

_EN_RULE_ON = re.compile(
    r"^What (?:is|are) the rules? (?:on|about) (?:the |a |an )?(?P<noun>[\w'-]+)\?", re.IGNORECASE
)
"""'What is the rule on the cover?': one word after 'the rule on' names no act or case."""
_EN_ROLE_ONLY = re.compile(
    r"^What must (?:the |a |an |all |every )?"
    # "What must food, drink and glasses do?": a list of them binds no act either
    r"(?P<who>[\w'-]+(?: [\w'-]+)?(?:(?:,|,? and|,? or) [\w'-]+(?: [\w'-]+)?)*) do\?",
    re.IGNORECASE,
)
"""'What must members do?': whom the rule binds, and no case or act it is about."""
_ZH_RULES_OF = re.compile(r"^(?P<what>[^，,：:；;（(“”]{1,12})有什么规定？")
"""「前台有什么规定？」: a noun and 有什么规定, no condition, no 关于 naming the thing governed."""
_ZH_PERSON = re.compile(r"(?:员|师|工|人|者|客户|顾客|会员|家长|前台|司机|店长|经理|主管)$")
"""A noun that names a role: rules on a role are every duty of that role."""
_ZH_CLAUSE = re.compile(r"不|未|没有|必须|须|不得|禁止|应当|只有|只能|仅")
"""A negation, a modal or 只有 (only): the words before 有什么规定 are a rule's clause, not what it governs."""
_ZH_EVERY = re.compile(r"^(?:每[个件位次台张份名]?|各|所有|全部|一切)")
"""A quantifier in front of the noun adds no topic: 「每件衣物」 is every rule on 衣物."""
_ZH_PLACE_ENDS = frozenset(["内", "里", "中", "上", "外", "处", "区"])
"""A place named alone (「寝室内」): the rules kept there are many, not one topic."""
_ZH_TIME_ENDS = frozenset(["前", "后", "时", "期间", "之前", "之后", "以前", "以后"])
"""A time named by an event alone (「开场前」, 「交接班时」): every rule kept then answers."""
_ZH_MEASURES = re.compile(
    r"^(?:单|每|各)?[件次笔张场份台个位]?"
    r"(?:价值|深度|长度|宽度|高度|厚度|时长|金额|费用|价格|数量|比例|重量|温度|误差|距离|速度|面积"
    r"|容量|电量)$"
    r"|(?:订单|单据|记录|资料|信息|文件|表格|档案)$"
)
"""A measure of no thing named (「单件价值」, 「单场时长」) or a record (「镜片订单」): what it ought
to be or how it is handled is every rule on it (session 19 end reviewers D12, T12); a thing's
measure (「冷藏柜温度」) names its topic."""
_EN_MEASURES = re.compile(
    r"\b(?:value|depth|length|width|height|duration|amount|fee|price|number|share|weight"
    r"|temperature|order|record|records|orders|file|files|form|forms)$",
    re.IGNORECASE,
)
_EN_RULE_ON_TOPIC = re.compile(
    r"^What (?:is|are) the rules? (?:on|about) (?P<topic>[^?]+)\?$", re.I
)
_VERDICTS = re.compile(r"必须|须|应当|应|不得|禁止|严禁|不准|不可|不能|只能")
"""A verdict word is no topic (「关于禁止，课程材料有哪些规定？」, session 18 D11)."""
_GENERIC = frozenset(
    [
        *(
            "常规",
            "其他",
            "其它",
            "一般规定",
            "通用",
            "通用规定",
            "总则",
            "附则",
            "补充",
            "补充规定",
        ),
        *("备注", "说明", "注意事项", "杂项", "基本要求", "一般要求", "要求", "规定", "其他规定"),
        *("general", "other", "others", "misc", "miscellaneous", "notes", "note", "rules"),
        *("general rules", "other rules", "requirements", "basics", "more"),
    ]
)
"""Heading words that name no topic: the section they head is what is left over."""
_SECTION_ASKED = re.compile(
    r"“(?P<zh>[^”]{1,30})”部分有哪些规定|关于(?P<zh2>[^，,]{1,16})，课程材料有哪些规定"
    r"|the rules under \"(?P<en>[^\"]{1,60})\"|material's rules on (?P<en2>[^?]{1,60})\?",
    re.IGNORECASE,
)
_ASK = re.compile(r"[（(]\d+[)）]\s*([^（()）]+)")


def vague(ask: str, language: Language) -> str | None:
    """What makes one ask vague (the loose word or the role it names alone), or None."""
    ask = ask.strip()
    if language == "en":
        found = _EN_RULE_ON.match(ask)
        if found is not None:
            return found["noun"]
        found = _EN_ROLE_ONLY.match(ask)
        if found is not None:
            return found["who"]
        found = _EN_RULE_ON_TOPIC.match(ask)
        if (
            found is not None
            and _EN_MEASURES.search(found["topic"])
            and " " not in found["topic"].removeprefix("the ").strip()
        ):
            return found["topic"]  # "What is the rule on the value?"
        return None
    found = _ZH_RULES_OF.match(ask)
    if found is None or found["what"].startswith("关于"):
        return None
    what = found["what"]
    if _ZH_CLAUSE.search(what):
        return what  # 「皮衣、礼服不提供改衣服务有什么规定？」: a rule's clause, not a subject
    what = _ZH_EVERY.sub("", what)  # 「每件衣物」 is 衣物: every rule on garments answers
    tokens = [t for t in tokenize(what, "zh") if t.pos not in ("x", "w")]
    if len(tokens) <= 1 or what in _GENERIC or _ZH_PERSON.search(what):
        return what
    if _ZH_MEASURES.search(what) and "的" not in what:
        return what  # 「单件价值有什么规定？」: the rule's figure is what is asked, by its case
    if tokens[-1].word in _ZH_PLACE_ENDS:
        return what  # 「寝室内有什么规定？」: every rule kept in the room answers (session 19)
    if tokens[-1].word in _ZH_TIME_ENDS and not any(t.pos.startswith("p") for t in tokens):
        # 「开场前有什么规定？（写明时限）」 fit four rules (20, 15, 10 and 5 minutes before) and
        # keyed one (session 22 designer, m1 q14); 「灯光在开场前」 names what is ruled
        return what
    return None


def vague_topic(stem: str) -> str | None:
    """The heading or subject a whole-section stem asks by when it names no topic
    (「课程材料“常规”部分有哪些规定？」), or None."""
    for found in _SECTION_ASKED.finditer(stem):
        named = next(g for g in found.groups() if g)
        if named.strip().lower() in _GENERIC or _VERDICTS.fullmatch(named.strip()):
            return named
        words = (
            [t for t in tokenize(named, "zh") if t.pos not in ("x", "w")] if found["zh2"] else []
        )
        if words and not any(t.pos.startswith("n") or t.pos == "vn" for t in words):
            return named  # 「关于属于，课程材料有哪些规定？」: a verb is no subject (session 19 T12, C)
    return None


def _asks(stem: str) -> list[str]:
    """The numbered asks of a short answer's stem, or the stem when it has none."""
    asks = [a.strip() for a in _ASK.findall(stem)]
    if asks:
        return asks
    return [
        re.sub(r"^(?:根据课程材料，回答下列问题：|Using the course material, answer: )", "", stem)
    ]


def check_asks_name_their_topic(question: Question, language: Language) -> list[str]:
    """A short answer asks by what its points share, never by one loose noun or a role alone."""
    if question.type != "short_answer":
        return []
    problems = []
    topic = vague_topic(question.stem)
    if topic is not None:
        problems.append(
            f"the stem asks the rules of {topic!r}, a heading that names no topic: ask by the "
            "situation or act the points share, or leave the section out"
        )
    for ask in _asks(question.stem):
        loose = vague(ask, language)
        if loose is not None:
            problems.append(
                f"the ask {ask[:60]!r} names only {loose!r}: every rule on it answers; name the "
                "situation or act the point is about, or leave the rule out"
            )
    return problems
