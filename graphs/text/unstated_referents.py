"""Sentences whose referent or condition is said only in the sentence before: a count of things
the sentence never lists ("… until all four are received", 「三项齐全后方可办理」) and a condition
with no subject ("…; if late, the slot is released": late of what?; 「…；经查属于客户故意违规
的，…」: found of what?), someone told of nothing the sentence names ("the customer must be told
at least 7 days before": told what?), a limit pointed at by "that" ("… invoiced for anything above
that"). Alone, the learner cannot tell which four things are meant or what is
late; `graphs/text/references.py` makes the facts
reader state such a sentence with the one before it, and `graphs/exam_generation/lost_context.py`
refuses an item that prints one alone.
"""

from __future__ import annotations

import re

from graphs.text.left_referents import else_of_before, that_means, zh_act_again
from graphs.text.rule_elsewhere import rule_elsewhere
from graphs.text.segment import tokenize
from graphs.text.word_class import en_word_classes

_EN_NUMBER_WORDS = "two|three|four|five|six|seven|eight|nine|ten"
EN_COUNTED = re.compile(
    rf"\b(?:all|the|these|those|any of the|each of the|all of the|none of the)\s+"
    rf"(?P<count>{_EN_NUMBER_WORDS})\b(?!-)(?:\s+(?P<next>[a-z]+))?"
    r"|\bboth\b(?=\s+(?:must|may|are|were|have|need|needs|should|will|can|sign|agree)\b)"
    r"|\b(?:all|both|each|any|none) of (?:them|these|those)\b",
    re.IGNORECASE,
)
"""A definite count ("all four", "the three", "both must …"): of things named elsewhere."""
_EN_UNITS = frozenset(
    (
        *("minutes", "hours", "days", "weeks", "months", "years", "times", "nights"),
        *("working", "business", "calendar", "km", "miles", "metres", "meters", "kilometres"),
        *("kilograms", "kg", "percent"),
    )
)
"""What a counted phrase measures rather than points at ("the two weeks before the event")."""
_EN_LIST_SEPARATOR = re.compile(r",[^,]+(?:,|\band\b|\bor\b)")
"""A list in the sentence itself ("the form, the address and the deposit"): its count is its own."""
_EN_LISTED_AFTER = re.compile(
    r"(?:\s+[a-z]+)?\s*(?:\([^()]*(?:,|\band\b|\bor\b)[^()]*\)|—[^—]*(?:,|\band\b|\bor\b)[^—]*—)"
)
"""The list set off after the count ("all three — the form, the address and the deposit —")."""

_EN_BARE_CONDITION = re.compile(
    r"^\s*(?:if|unless|when|once|until|while)\s+(?:not\s+|still\s+|yet\s+)?"
    r"(?P<first>[a-z]+)(?P<rest>(?:\s+[a-z]+){0,2})\s*,",
    re.IGNORECASE,
)
"""A condition made of a word or two and a comma ("If unpaid, …", "Once approved, …")."""
_EN_STANDALONE_CONDITIONS = frozenset(
    (
        *("necessary", "possible", "needed", "required", "appropriate", "applicable"),
        *("requested", "asked", "unsure", "practicable", "available", "in doubt", "so", "not"),
    )
)
"""Conditions that say all they mean ("if necessary", "when in doubt", "where possible")."""

ZH_COUNTED = re.compile(
    r"(?:以上|上述|这)?(?P<count>[两二三四五六七八九十])\s*(?:项|样|份|件|类|种|个条件|条)"
    r"(?:材料|证件|资料|文件|信息|条件|内容|手续)?"
    r"(?=(?:均|都|全部|须|必须)?(?:齐全|缺一|任一|任何一|之一|中|均|都|全部|合格|具备|满足|提供))"
)
"""「三项齐全后方可办理」「两项均合格」: a count of items the sentence does not list."""
_ZH_FOUND_TO_BE = re.compile(
    r"^(?:如|若)?经(?:查|查明|核实|核查|确认|鉴定|调查|核对|检查)(?:后)?[，,]?\s*"
    r"(?:确?属于?|确属|系|为|是|属实|存在)"
)
"""「经查属于客户故意违规的，…」: what was found to be so is what the clause before named (a
traffic offence during the test drive); alone, the finding has no subject."""
_ZH_LISTED = re.compile(r"[\u4e00-\u9fff《》]{1,12}(?:、[\u4e00-\u9fff《》]{1,12})+|(?:和|及|与)")
"""A list in the sentence itself (疫苗本、驱虫记录和身份证)."""


def en_counted_elsewhere(text: str) -> bool:
    """ "We do not bake until all four are in the file": a definite count of things that the
    sentence neither lists nor names by a unit; the sentence before listed them."""
    for match in EN_COUNTED.finditer(text):
        following = (match["next"] or "").lower()
        if following in _EN_UNITS:
            continue  # "the two weeks before": a span, not things named before
        if _EN_LIST_SEPARATOR.search(text[: match.start()]):
            continue  # "the form, the address and the deposit … all three": listed here
        if _EN_LISTED_AFTER.match(text, match.end("count") if match["count"] else match.end()):
            continue  # "all three — the form, the address and the deposit —": listed with it
        return True
    return False


def en_condition_without_subject(text: str) -> bool:
    """ "If late, the slot may be released": a condition of a word or two with no subject of its
    own; what is late is what the clause before named (the remainder of the price). Not the
    conditions that say all they mean ("If necessary, …")."""
    match = _EN_BARE_CONDITION.match(text)
    if match is None:
        return False
    words = [match["first"].lower(), *match["rest"].lower().split()]
    if " ".join(words) in _EN_STANDALONE_CONDITIONS or words[0] in _EN_STANDALONE_CONDITIONS:
        return False
    classes = en_word_classes(words[0])
    if not classes or ("NOUN" in classes and not classes & {"ADJ", "VERB"}):
        return False  # "If the …", "If payment fails, …": a subject of its own
    if len(words) > 1 and any("VERB" in en_word_classes(w) and w.endswith("s") for w in words):
        return False  # "If staff leaves, …": a subject and its verb
    participle = words[0].endswith(("ed", "en", "t", "d"))
    return "ADJ" in classes or ("VERB" in classes and participle)


def zh_counted_elsewhere(text: str) -> bool:
    """「三项齐全后方可办理入住」: a count of items (三项, 两份材料) that the sentence does not list
    before it; the sentence before listed them."""
    return any(not _ZH_LISTED.search(text[: m.start()]) for m in ZH_COUNTED.finditer(text))


_EN_TOLD = re.compile(
    r"\b(?:is|are|was|were|be|been|being|gets?|got)\s+(?:\w+ly\s+)?"
    r"(?P<verb>told|informed|notified|advised|reminded|updated|warned)\b(?P<rest>[^.;]*)",
    re.IGNORECASE,
)
"""A passive of telling: "The owner is told at pick-up" (told what?)."""
_EN_NOTHING_TOLD = re.compile(
    r"^\s*(?:[,;.]|$|(?:at|by|in|on|within|before|after|during|via|over|through|"
    r"immediately|promptly|right away|as soon as|no later than|never|always|only)\b)",
    re.IGNORECASE,
)
"""What follows the verb when nothing told is named: an end, or when, where or how."""


_EN_CASE = re.compile(r"^\s*(?:if|when|whenever|where|once|after|in case|should)\b", re.IGNORECASE)
"""A statement opening on its case: what is told is that case."""


def tells_nothing(text: str) -> bool:
    """ "The owner is told at pick-up, never by text.": someone is told, informed or notified,
    and the statement never says of what; the sentence before in the material did ("Any nick or
    cut to a dog must be reported …"). Lifted alone it asks about nothing (lead's grooming
    policy: "The ____ is told at pick-up, never by text.")."""
    if _EN_CASE.match(text):
        return False  # "If personal data may have been exposed, the DPO must be notified …"
    match = _EN_TOLD.search(text)
    if match is not None and re.search(r"[;；]|\.\s", text[: match.start()]):
        return False  # the clause before, printed with it, says what is told
    if match is None or re.search(r"\b(?:whether|if)\b", text[: match.start()], re.IGNORECASE):
        return False  # "… decides whether the regulator must be notified": a choice, not a telling
    return _EN_NOTHING_TOLD.match(match["rest"]) is not None


_EN_THAT_BEFORE = re.compile(
    r"\b(?:above|below|beyond|over|under|than|after|before|besides|except|without|within|up to)"
    r"\s+that(?:\s+(?:amount|sum|figure|limit|level|threshold|time|date|period)\b"
    r"|\s*(?:[.;,!?)]|$))",
    re.IGNORECASE,
)
"""「anything above that」, "more than that amount": a figure or time the sentence before set."""


def en_that_before(text: str) -> bool:
    """ "Repairs under £40 come out of the deposit; the hirer is invoiced for anything above
    that.": a limit said only before, pointed at by "that" after a preposition. A figure earlier
    in the same text is what "that" points at ("free within 15 km, and $3 per km beyond that")."""
    match = _EN_THAT_BEFORE.search(text)
    return match is not None and not any(c.isdigit() for c in text[: match.start()])


_ZH_VIOLATOR = re.compile(r"^(?:对|凡)?(?:违者|违反者|违规者|违约者|违反的|违反规定的|不遵守的)")
"""「违者由保安劝离」: who breaks what? The rule broken is the clause before's (场内禁止吸烟…，);
alone the learner judges the sanction of no rule (session 21 lead, a car park's 第十条)."""
_EN_VIOLATOR = re.compile(
    r"^\s*(?:offenders|violators|anyone caught|those caught|anyone in breach|those in breach)\b"
    r"(?!\s+(?:of|against)\b)",
    re.IGNORECASE,
)
""""Offenders are asked to leave": who offends, the rule before said."""
_ZH_ACT_ASPECT = (
    "时间",
    "时长",
    "次数",
    "频次",
    "结果",
    "记录",
    "费用",
    "地点",
    "期限",
    "过程",
    "范围",
    "标准",
)
"""What a clause says of an act the clause before named: its time, count, result or record."""


def zh_act_aspect(text: str, before: str) -> bool:
    """「检查时间每件不少于1分钟」 after 「收衣员必须当着顾客的面逐件检查衣物，」: the clause opens on
    the clause before's act (检查) and an aspect of it (时间); alone the learner cannot tell which
    check, of what, by whom (session 21 lead, a dry cleaner's intake). 「营业时间为…」 is one word
    of its own, and an aspect the clause before already named whole (检查时间) is said again."""
    if not before:
        return False
    tokens = tokenize(text[:12], "zh")
    if len(tokens) < 2 or len(tokens[0].word) != 2 or tokens[1].word not in _ZH_ACT_ASPECT:
        return False
    act = tokens[0].word
    if act + tokens[1].word in before:
        return False
    # The act done in the clause before (逐件检查衣物), not a time it frames (「接种后出现过敏反应的」
    # before 「接种记录须保存至少5年」: the records of every vaccination, a term of its own).
    return re.search(rf"{re.escape(act)}(?!后|前|时|中|的|期间|完|结束)", before) is not None


def referent_elsewhere(text: str, language: str) -> bool:
    """Whether `text` counts things, states a finding, tells of something or adds an exception, a
    repeat or an act on "it" to a rule (graphs/text/rule_elsewhere.py) that only the sentence
    before names. A condition with no subject (`en_condition_without_subject`) leans only where a
    sentence stands before it: opening its paragraph, its heading is its context ("## Refunds" /
    "Once approved, refunds are paid …")."""
    if rule_elsewhere(text, language):
        return True
    if language == "zh":
        return (
            zh_counted_elsewhere(text)
            or zh_act_again(text)
            or _ZH_FOUND_TO_BE.match(text.strip()) is not None
            or _ZH_VIOLATOR.match(text.strip()) is not None
        )
    return (
        en_counted_elsewhere(text)
        or else_of_before(text)
        or that_means(text)
        or tells_nothing(text)
        or en_that_before(text)
        or _EN_VIOLATOR.match(text) is not None
    )
