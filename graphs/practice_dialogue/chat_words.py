"""Sentences about the weather or the learner's own day: what small talk is made of, whatever
scenario word slips into them (small_talk.py), and what no move on her matter is said in
(matter_moves.py). Also her pastimes (films, series, books, games, pets), which a question about
her habits may ask of ("您平时喜欢看电影吗？"): no question of her hours or her needs."""

from __future__ import annotations

import re

from graphs.exams import Language

CHAT: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(
        r"天气|外面[^，,。？?]{0,4}(?:冷|热|下雨|刮风)|(?:好|挺|真|太|特别)(?:冷|热)|下雨|下雪|降温|"
        r"冻(?:僵|死|感冒)|我(?:今天|早上|昨天|最近|周末|平时|刚才)|我(?:早上)?(?:来|过来)的时候|"
        r"我(?:家|姐|妹|弟|哥|妈|爸|孩子|老公|老婆|朋友)|堵车|路上堵|堵不堵|在修路"
    ),
    "en": re.compile(
        r"\bweather\b|\braining\b|\bsnowing\b|\b(?:so|really|freezing|bitterly) cold\b|"
        r"\b(?:so|really|boiling) hot\b|\bsunny\b|\bmy (?:sister|brother|mum|mom|dad|wife|husband|"
        r"kids?|son|daughter|weekend|morning|commute|drive in)\b|\bwhen i came in\b|\btraffic\b",
        re.IGNORECASE,
    ),
}
"""A sentence about the weather or the learner's own day."""
PASTIME: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(
        r"(?:看|追)(?:剧|电视|电影|综艺|小说|书|动漫|球赛)|电视剧|电影|综艺|小说|动漫|打游戏|玩游戏|"
        r"逛街|养(?:猫|狗|宠物)|宠物|钓鱼|唱歌|追星|"
        r"(?:去|到)哪(?:儿|里)?(?:玩|逛|转转)|出去玩|散步|旅游|旅行|逛公园|爱好"
    ),
    "en": re.compile(
        r"\b(?:watch(?:ing)? (?:tv|telly|films?|movies?|series|box sets?)|tv shows?|netflix|"
        r"films?|movies?|novels?|books|reading|video games?|gaming|pets?|fishing|hobb(?:y|ies)|"
        r"for fun)\b",
        re.IGNORECASE,
    ),
}
"""Her pastimes: what a question of her habits asks when it asks of them ("您平时追剧吗？"),
where she goes for fun included (「您周末喜欢去哪儿玩？」 asks of her weekends, not of her hours)."""
OUTINGS: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(
        r"(?:去|到)哪(?:儿|里)?(?:玩|逛|转转)|出去玩|喜欢(?:做|干)(?:点)?(?:什么|啥)|爱好"
    ),
    "en": re.compile(
        r"\bfor fun\b|\bhobb(?:y|ies)\b|\bwhere do you (?:like to |usually )?go\b", re.IGNORECASE
    ),
}
"""A question of where she goes or what she does for fun: its time words (周末, 平时, weekends)
frame the pastime, they ask nothing of her hours (unmade_points.py)."""
