"""A Chinese rule whose act takes its object from the sentence before.

「发现水下照明故障，应立即关闭该区域。只有持有电工证的员工才能重新开启。」: the second sentence
says who may switch on again, but not what; the lighting is named only in the first. Lifted out
alone, as a true/false statement, a multiple choice's option or a cloze, it asks about nothing
(session 13 designer D5: an option 「除持有…的员工以外，其他人员也能恢复使用」 with no subject).
Such a sentence opens on who acts (只有…才能, 由…负责, 除…以外) with no topic before it, and ends
on a verb that acts on a thing (开启, 使用, 联系) with no object after it. A sentence that names its
topic first (「电梯只有经检验合格后才能恢复运行」) says what it is about.

    zh_object_elided   the sentence's act has no object and its topic is not in it
    en_object_elided   an English reply with only its deadline: "The Workshop replies within
                       10 days." answers what the sentence before names (complaints), which it
                       does not say (session 26 held-out designer D19, m2 Q12: "The Centre
                       replies within ____.")
"""

from __future__ import annotations

import re

ZH_OBJECT_VERBS = (
    "使用", "开启", "启用", "运行", "操作", "处理", "办理", "审批", "批准", "签发", "开具",
    "联系", "解锁", "打开", "关闭", "维修", "检修", "修改", "删除", "调整", "放行", "发放",
    "领取", "更换", "拆卸", "移动", "借出", "出借", "查看", "调阅", "取用", "启动", "复位",
)  # fmt: skip
"""Verbs that act on a thing or a person, whose object a rule may leave to the sentence before."""
_ZH_ACT_LAST = re.compile(
    r"(?:才能|才可以|才可|方可|方能|负责|有权|也能|也可以|也可)"
    r"(?:重新|恢复|再次|再|自行|统一|立即|及时)?"
    rf"(?:{'|'.join(ZH_OBJECT_VERBS)})[。；;！!]?$"
)
_ZH_NO_TOPIC = re.compile(
    r"^(?:[^，,。；;]{0,16}?(?:以后|之后|以前|之前|后|前|时|期间)[，,]?)?"
    r"(?:只有|仅有|由(?!于)|仅由|只能由|除)"
)
"""The sentence opens on who acts, after at most a time (夜间22:00以后由…), not on its topic."""


def zh_object_elided(text: str) -> bool:
    """Whether the Chinese sentence `text` opens on who acts and ends on an act with no object
    (「只有持有电工证的员工才能重新开启」, 「夜间22:00以后由值班主管负责联系」)."""
    sentence = text.strip()
    if re.search(r"[。！？!?]", sentence.rstrip("。；;！!")):
        return False  # two sentences: the one before is printed with it
    return bool(_ZH_NO_TOPIC.match(sentence) and _ZH_ACT_LAST.search(sentence))


_EN_REPLY = re.compile(
    r"^\s*(?:[A-Za-z][\w'’-]*\s+){1,5}?(?:(?:must|will|shall|should|is\s+to|are\s+to)\s+)?"
    r"(?:always\s+)?(?:repl(?:y|ies)|respond(?:s)?|answers?|gets?\s+back(?:\s+to\s+(?:you|them))?)"
    r"\s+(?:within|in|by|no\s+later\s+than)\b",
    re.IGNORECASE,
)
"""A sentence that opens on who replies and says the reply with its deadline and nothing it
answers ("The Workshop replies within", not "replies to complaints within", nor "Send every
complaint to the Area Manager, who replies within", which names it before)."""


def en_object_elided(text: str) -> bool:
    """Whether the English sentence `text` says someone replies, responds or answers within a time
    and never says to what ("The Workshop replies within 10 days.")."""
    return _EN_REPLY.search(text) is not None
