"""The words negation is read by: the cues, the words that contain a cue but are none, and the
words around a cue that turn it into a limit, a reassurance, a suggestion or a denied statement.

negation.py scopes the cues with these lists; its docstring states each decision they encode
(不超过 is a limit, 别担心 reassures, 要不 suggests, 没法保证 denies the whole statement, …).
"""

from __future__ import annotations

import re

CLAUSE_END = frozenset("，,；;。！？!?\n\r")
DASHES = frozenset("-–—")

# Chinese cue words, longest first so a token is split at the longest cue it starts with.
ZH_CUES = sorted(
    {
        "不",
        "没",
        "没有",
        "无",
        "未",
        "别",
        "勿",
        "莫",
        "不得",
        "不能",
        "不要",
        "不用",
        "不必",
        "无需",
        "无须",
        "禁止",
        "严禁",
        "并非",
        "不是",
        "不可",
        "不会",
        "不准",
        "不许",
        "不应",
        "不宜",
        "不该",
        "不再",
        "未经",
        "未能",
        "未曾",
        "未必",
        "无法",
        "绝不",
        "决不",
        "从不",
        "从未",
        "从没",
        "永不",
        "毫无",
        "并不",
        "并未",
        "并没",
        "并没有",
        "绝非",
        "决非",
        "切勿",
        "请勿",
        "不曾",
    },
    key=len,
    reverse=True,
)
# Intensifiers jieba may glue to the cue that follows them (千万别, 绝对不, 一定不要).
ZH_INTENSIFIERS = ("千万", "绝对", "一定", "根本", "从来", "完全", "万万", "切")
# Words that begin with a cue character but do not negate anything.
ZH_NOT_CUES = frozenset(
    {
        "不仅",
        "不但",
        "不久",
        "不少",
        "不断",
        "不错",
        "不过",
        "不好意思",
        "不客气",
        "不管",
        "不论",
        "不同",
        "不如",
        "不然",
        "不光",
        "不只",
        "不止",
        "不等",
        "不得不",
        "不能不",
        "不禁",
        "不料",
        "不免",
        "不时",
        "不外乎",
        "不停",
        "不一会",
        "不可避免",
        "不断改进",
        "不是吗",
        "无论",
        "无论如何",
        "无数",
        "无疑",
        "无限",
        "毫无疑问",
        "没关系",
        "没错",
        "没事",
        "没了",  # a verb, gone (症状没了, 钱没了), not 没 denying what follows
        # adverbs of manner on 无: they qualify the act, they do not deny it (无故爽约 is a
        # missed appointment, without a reason; 无偿提供 is provided, free of charge)
        "无故",
        "无缘无故",
        "无端",
        "无偿",
        "无条件",
        "无意",
        "无误",
        "别人",
        "别的",
        "别处",
        "别说",
        "别急",
        "未来",
        "莫名",
        "莫非",
        "莫过于",
        "差不多",
        "非常",
        "非凡",
        "非要",
        "非得",
    }
)
# Tokens that begin with these (不仅如此, 无论如何, 不管怎样) are no cues either.
ZH_NOT_CUE_PREFIXES = (
    "不仅",
    "不但",
    "不管",
    "不论",
    "无论",
    "不久",
    "不断",
    "不少",
    "不光",
    "不止",
)
# A cue directly followed by one of these reassures; it negates no claim.
ZH_REASSURED = frozenset({"担心", "着急", "急", "紧张", "害怕", "客气", "介意", "问题"})
ZH_REASSURING_CUES = frozenset({"别", "不用", "不要", "没", "不必"})
# A cue directly followed by one of these states a limit (不超过2小时), not a negation.
ZH_LIMIT_VERBS = frozenset(
    {"超过", "超出", "少于", "多于", "低于", "高于", "晚于", "早于", "大于", "小于"}
)
ZH_LIMIT_MODALS = frozenset(
    {"应", "得", "能", "可", "宜", "要", "该", "应该", "应当", "可以", "能够", "允许"}
)
"""Modal words that may stand between a cue and a limit verb (不应超过, 不宜超过)."""
# Cues that forbid: before an excess with its figure they set a ceiling (不得连续敞开超过5分钟).
ZH_PROHIBITIONS = (
    "不得",
    "不能",
    "不可",
    "不应",
    "不要",
    "不准",
    "不许",
    "不宜",
    "严禁",
    "禁止",
    "切勿",
    "勿",
    "别",
)
ZH_CONTRAST = frozenset({"但", "但是", "而", "而是", "却", "不过", "可是", "然而"})
ZH_PREFIX_FEI_FOLLOWERS = ("n", "v", "a", "vn", "nz", "l")

EN_WORD = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)?|\d+(?:[.,]\d+)*|[^\sA-Za-z\d]")
EN_CUES = frozenset(
    {"not", "never", "no", "none", "nobody", "nothing", "neither", "nor", "cannot", "without"}
)
EN_DETERMINERS = frozenset({"a", "an", "the", "this", "that", "their", "his", "her", "your", "my"})
EN_CONTRAST = frozenset({"but", "however", "although", "though"})
# "no/not" followed by these words is a limit or an addition ("no later than", "not only").
EN_NOT_NEGATING_NEXT = frozenset({"only", "just", "exceed", "exceeding"})
EN_LIMIT_PAIRS = frozenset({"later", "more", "less", "fewer", "earlier", "sooner", "longer"})
EN_REASSURED = frozenset({"worry", "worries", "problem", "problems"})

# After a cue, these verbs make it deny a whole statement (没法保证不会再等, can't promise it won't).
ZH_STANCE = frozenset(
    {"保证", "承诺", "担保", "敢说", "说", "确定", "肯定", "打包票", "敢保证", "能保证", "敢"}
)
ZH_COMMENTS = frozenset({"怪", "都怪", "全怪", "要怪", "只怪", "得怪", "赖", "怨", "是", "在于"})
"""Words that say what a denied event was down to: they end its scope (没开成怪我们,
没约上是我们的问题)."""
ZH_THINKING = frozenset({"觉得", "认为", "想", "想到", "知道", "承认", "相信", "记得", "觉着"})
"""Verbs of thinking: a cue before one denies the thought, 是 included (不觉得是我们的问题)."""
EN_STANCE = frozenset({"promise", "guarantee", "say", "claim", "pretend", "swear", "assure"})
# 要 before 不/不要 makes a suggestion (您要不先试试, 要不要先办), not a negation.
ZH_SUGGESTING = "要"

# Words that may stand between the two cues of a double negation (没有人不知道, 无人不晓).
ZH_DOUBLE_NEGATION_BRIDGES = frozenset({"人", "谁", "任何人", "一个", "哪个", "一样", "一项"})
