"""What kind of term a word is, so that a distractor is always of the same kind as the answer.

Kinds: `number` (a quantity with its unit: 7天, 3个工作日, 15%, 30 days), `name` (proper names:
jieba's nr/ns/nt/nz, capitalised English words inside a sentence), `noun`, `verb`. A question
that blanks out "7天" offers other durations from the same document, not product names.
"""

from __future__ import annotations

import re
from typing import Literal

TermKind = Literal["number", "name", "noun", "verb"]

_ZH_UNITS = (
    # Measures a rule sets a limit in (照度不低于50勒克斯, 噪声不超过60分贝, 压力0.6兆帕): before
    # 分 and 米, which would cut them short (session 15: 50勒克斯 was no figure, 60分贝 was 60分).
    "勒克斯|分贝|兆帕|千帕|帕|"
    "公里/小时|千米/小时|公里|千米|毫克|毫米|平方米|晚|间夜|学时|课时|"
    "个工作日|工作日|个小时|小时|分钟|秒|个月|月|年|周岁|周|天|日|元|块|节课|次|件|份|人|位|岁|折|倍|"
    "积分|分|摄氏度|℃|°C|度|家|副|名|张|盒|瓶|支|台|米|厘米|公斤|克|毫升|升|层|号|点|项|步|类|种|级|"
    # Masses units.py measures (限购20斤, 载重不超过2吨): without them the figure was a bare
    # number and its rule no fact (session 25, the lead's oil mill: 「每人每次限购20斤」).
    "斤|吨|"
    # A count by its measure word is a limit to learn (限购2箱, 限购2个最小包装): it was no figure,
    # and the rule no fact (session 13 review).
    "箱|袋|罐|桶|双|套|粒|片|个"
)
_ZH_TIME_UNITS = "个工作日|工作日|个小时|小时|分钟|个月|周|年|天|日"
_EN_UNITS = (
    "business days|working days|days?|hours?|minutes?|seconds?|weeks?|months?|years?|percent|points?|"
    "km/h|mph|m/s|mg/l|mg/L|ppm|km|cm|mm|mg|lux|lx|dBA|dB|decibels?|psi|bar|kPa|MPa|hPa|Pa|"
    "ml|mL|millilitres?|milliliters?|litres?|liters?|grams?|kg|stars?|"
    # "40 degrees C" is one figure: "40 degrees" alone left "____ C" behind a blank (session 21).
    "degrees(?: (?:Celsius|Fahrenheit|C|F)(?![A-Za-z]))?|"
    "characters?|attempts?|digits?|nights?|(?!is\\b|was\\b|has\\b|does\\b)[A-Za-z]{2,}s|"
    "dollars?|items?|steps?|times|people|customers?|calls?|"
    # A currency code after the amount ("200 EUR", "290 USD", "4 EUR/day") is its unit: without
    # it the figure reads as a bare number, which is no figure to ask (session 10 designer, m4).
    "(?:EUR|USD|GBP|CNY|RMB|HKD)(?:/(?:day|night|hour|month|year|person))?"
)
_CURRENCY_CODES = "(?:EUR|USD|GBP|CNY|RMB|HKD)"
_ZH_COUNTED_FOUR_WEEKS = (
    "(?:"
    + "|".join(
        f"(?<={word})"
        for word in ("为期", "连续", "持续", "超过", "至少", "最多", "满", "约", "近", "共")
    )
    + ")"
)
"""The count words before 四周 that make it four weeks (为期四周), not all around a place."""
NUMBER_PATTERN = re.compile(
    # "15-minute" is one term; digits inside a code ("TR90", "UV400", "A4") are a name.
    r"(?<![A-Za-z\d.])\d+-[A-Za-z]+\b|"
    # "5,000元" is one figure: its thousands are never a figure of their own ("000元").
    rf"(?<![A-Za-z\d.])(?<!\d,)-?(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?(?![A-Za-z]*\d)"
    # "200万元", "1.2万人": a Chinese multiplier stands between the number and its unit.
    rf"(?:\s(?:{_EN_UNITS})\b|\s*(?:%|％|[万千亿]?(?:{_ZH_UNITS})))?"
    # 四周 is "all around" (卸油区四周摆放): four weeks only after a count word or before 内/后.
    rf"|(?<!第)(?!四周(?![内后前以之左起]))"
    rf"[两三四五六七八九十百千万][一二两三四五六七八九十百千万]*(?:{_ZH_TIME_UNITS})"
    rf"|{_ZH_COUNTED_FOUR_WEEKS}四周"
    r"|[$£€¥](?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
    # A currency code before the amount ("GBP 18 per bowler", "EUR 10"): the price a trainee must
    # know; the bare 18 after it was no figure, and the price no fact (session 15 D7, m3 and m4).
    rf"|\b{_CURRENCY_CODES}\s?(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?(?![\d:])"
)
_DIGITS = re.compile(r"\d+(?:\.\d+)?")
_RANGE_NUMBER = r"-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_CLOCK_TIME = r"(?:[01]?\d|2[0-3]|24(?=:00)):[0-5]\d(?:\s*(?:a\.m\.|p\.m\.|am|pm)(?![a-z]))?"
CLOCK_RANGE_PATTERN = re.compile(
    rf"(?<![\d:.])(?:between\s+{_CLOCK_TIME}\s*and|{_CLOCK_TIME}\s*(?:～|~|–|—|-|至|到|\bto\b|\buntil\b))"
    rf"\s*{_CLOCK_TIME}(?![\d:])",
    re.IGNORECASE,
)
"""Hours of the day from one time to another (Check-in is 14:00 to 23:00, 温室12:00至13:00闭馆,
quiet hours 23:00-07:00): one figure, the hours a trainee must know; each end alone was half a
range, so the rule had no figure and was never asked (session 15 D7, m3)."""
RANGE_PATTERN = re.compile(
    rf"(?<![A-Za-z\d.,:])(?:between\s+)?{_RANGE_NUMBER}\s*(?:%|％|℃|°C|{_ZH_UNITS})?"
    rf"\s*(?:～|~|–|—|-|至|到|\bto\b|(?<=\d )and\b)\s*"
    rf"{_RANGE_NUMBER}(?:\s(?:{_EN_UNITS})\b|\s*(?:%|％|℃|°C|{_ZH_UNITS}))(?![\d:])"
    rf"|(?i:{CLOCK_RANGE_PATTERN.pattern})"
)
"""A range with its unit (0℃～4℃, 1.0 – 3.0 mg/L, 500元至20,000元, 3-5个工作日) or between two
times of day (14:00 to 23:00): one figure, asked as a whole; a blank on one of its ends would
leave half a term."""
CLOCK_PATTERN = re.compile(
    r"(?<![\d:.])(?:[01]?\d|2[0-3]|24(?=:00)):[0-5]\d(?![\d:])(?:\s*(?:a\.m\.|p\.m\.|am|pm)(?![a-z]))?"
    r"|(?<![\d.:])(?:1[0-2]|0?[1-9])\s*(?:a\.m\.|p\.m\.|am|pm)(?![a-z])"
    r"|(?<![\d.])(?:[01]?\d|2[0-4])\s*点(?:半|[0-5]?\d分)?",
    re.IGNORECASE,
)
"""A time of day as written (6:30 am, 23:00, 9 pm, 22点, 8点半): a figure of its own kind, whose
plausible other values are the hours around it."""

_ZH_KIND: dict[str, TermKind] = {
    "nr": "name",
    "ns": "name",
    "nt": "name",
    "nz": "name",
    "eng": "name",
    "n": "noun",
    "vn": "noun",
    "nl": "noun",
    "ng": "noun",
    "l": "noun",
    "v": "verb",
    "eng_proper": "name",
    "eng_word": "noun",
    "eng_num": "number",
}

_ZH_STOP_WORDS_TEXT = (
    "能够 应当 我们 你们 他们 顾客 客户 时候 情况 方面 问题 进行 可以 需要 一个 这个 那个 没有 就是 如果 因为 所以 以及 或者 以上 以下 之后 之前 其中 其他 工作 内容 "
    "相关 要求 注意 说明 使用 提供 包括 小时 分钟 个月 工作日 积分 什么 一些 已经 应该 必须 不能 不得 东西 地方 部分 本店 员工 方式 时间 "
)
ZH_STOP_WORDS = frozenset(_ZH_STOP_WORDS_TEXT.split())
_EN_STOP_WORDS_TEXT = (
    "a about above after again against all also am an and any are as at be because been before "
    "being below between both but by can could did do does doing down during each few for from "
    "further had has have having he her here hers him his how i if in into is it its itself "
    "just may me might more most must my no nor not now of off on once only or other our ours "
    "out over own same she should so some such than that the their them then there these they "
    "this those through to too under until up very was we were what when where which while who "
    "whom why will with within without would you your yours one two three four five six seven "
    "eight nine ten every always never often use used using make made get got new way ways "
    "thing things time times customer customers staff team member members please need needs "
    "able well first let lets per via like asked ask says say said end day days week weeks "
    "hour hours minute minutes month months year years least free extra once cents percent "
    "cannot can't won't don't doesn't isn't aren't wasn't weren't shouldn't mustn't "
    "unless whether yourself yourselves myself himself herself themselves ourselves "
)
EN_STOP_WORDS = frozenset(_EN_STOP_WORDS_TEXT.split())


def kind_of(word: str, pos: str) -> TermKind | None:
    """The kind of a token, or None when it cannot be a key term (particles, pronouns, ...)."""
    if NUMBER_PATTERN.fullmatch(word) and _DIGITS.search(word):
        return "number"
    return _ZH_KIND.get(pos)


def find_numbers(text: str) -> list[str]:
    """Quantities in a sentence as written ("7天", "3个工作日", "30 days", "15%")."""
    found = []
    for match in NUMBER_PATTERN.finditer(text):
        value = match.group().strip()
        # A bare one-digit number without a unit ("第1步" keeps its unit) is too weak to ask about.
        if value and (len(value) > 1 or not value.isdigit()):
            found.append(value)
    return found


def is_stop_word(word: str) -> bool:
    """True for words too common to be a key term in either language."""
    return word in ZH_STOP_WORDS or word.lower() in EN_STOP_WORDS


def change_number(value: str, step: int = 1) -> str | None:
    """A different, plausible quantity with the same unit ("7天" -> "14天"), or None.

    `step` picks among the alternatives so that several distractors differ from each other.
    """
    match = _DIGITS.search(value)
    if not match:
        return None
    number = float(match.group())
    factors = (2.0, 0.5, 3.0, 1.5, 4.0)
    new = number * factors[(step - 1) % len(factors)]
    if new == number or new <= 0:
        new = number + step
    shown = str(int(new)) if new == int(new) else f"{new:g}"
    if "." not in match.group() and shown.endswith(".5"):
        shown = str(int(new + 0.5))
    if shown == match.group():
        return None
    return value[: match.start()] + shown + value[match.end() :]
