"""Duties stated without a modal: who does what, in the plain present.

Procedures often state a duty as a fact of the routine, not with must/须: "Staff log the report
in the order system", "Ushers guide late customers to their seats", 「前台登记客人的姓名」,
「验视完毕后由收件员封箱」. Such a sentence is a responsibility as much as "Staff must log …": a
role is its subject and a verb in the present follows it. `states_duty(text, language, lexicon)`
tells the facts reader (graphs/text/facts.py) that a sentence is one.

The subject must be a staff role (graphs/text/word_class.py `semantic_kind`: 店长, 收件员, staff,
ushers), not a customer or a thing ("Refunds go back …" states where money goes, not who acts),
and the word after it must be a finite verb, not a copula ("Staff are …") nor the second noun of a
compound ("Staff training lasts …").
"""

from __future__ import annotations

import re

from graphs.exams import Language
from graphs.text.lexicon import Lexicon
from graphs.text.segment import Token, tokenize
from graphs.text.word_class import en_verb_lemma, semantic_kind

_DUTY_KINDS = ("role", "department")
_ZH_NO_DUTY_VERBS = frozenset(["是", "有", "为", "在", "属于", "等于", "包括", "享有", "获得"])
"""Verbs after a role that state what the role is or has, not what it does."""
_ZH_CLAUSE_OPENERS = frozenset(["由", "，", ",", "；", "：", "后", "时", "前", "期间"])
"""What may stand right before the subject of a duty: a clause's start, 由 (由收件员封箱), or the
end of a clause of time (验视完毕后 前台 …)."""
_EN_CONDITION_OPENING = re.compile(
    r"^(?:when|after|before|if|once|during|at|on|for|from|whenever|while)\b[^,]{1,80},\s*",
    re.IGNORECASE,
)
_EN_NOT_DUTY_VERBS = frozenset(
    [
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "do",
        "does",
        "did",
        "will",
        "would",
        "can",
        "could",
        "may",
        "might",
        "shall",
        "should",
        "must",
        "need",
        "needs",
        "get",
        "gets",
    ]
)
_EN_SUBJECT_LEAD = frozenset(["the", "a", "an", "each", "every", "all", "our", "any"])
_EN_PLACE = re.compile(r"^(?:at|on|in|of|from)\s+(?:the\s+|a\s+|an\s+)?[a-z-]+(?:\s+[a-z-]+)?\s+")


def states_duty(text: str, language: Language, lexicon: Lexicon) -> bool:
    """Whether the sentence says, without a modal, that a staff role does something."""
    if language == "zh":
        return _zh_duty(text, lexicon)
    return en_states_duty(text)


def _zh_duty(text: str, lexicon: Lexicon) -> bool:
    return (
        _zh_role_duty(text, lexicon)
        or _zh_timed_order(text, lexicon)
        or _zh_clause_subject_duty(text)
    )


# 「接车时与车主绕车一周」: no comma after the time when a preposition opens the order.
_ZH_TIME_CLAUSE = re.compile(r"^[^，,。；：]{2,12}?(?:后|时|前)(?:[，,]|(?=[与向跟对给同]))")
_ZH_ORDER_OPENERS = frozenset(["双方", "在", "先", "立即", "及时", "当场", "当面", "随即"])
"""What may open the order after its time clause: both sides of a handover (双方当面清点…), where
it is done (在巡更系统中打卡), or how soon (立即, 当场)."""


def _zh_timed_order(text: str, lexicon: Lexicon) -> bool:
    """A step of the routine given as an order with its time and no subject: 「巡查后，在巡更系统
    中打卡」, 「停电后，检查电梯是否困人」, 「交接班时，双方当面清点对讲机」. Whoever is on duty
    does it; it is a rule of the procedure as much as one with 须."""
    opening = _ZH_TIME_CLAUSE.match(text)
    if opening is None:
        return _zh_step_after_its_time(text, lexicon)
    segments = [s for s in lexicon.segment(text[opening.end() :]) if s.text.strip()]
    while segments and segments[0].text in _ZH_ORDER_OPENERS:
        if segments[0].text in ("在", "双方"):
            # where it is done, or who does it: both sides of the handover
            return len(segments) > 1 and segments[1].text not in _ZH_NO_DUTY_VERBS
        segments = segments[1:]
    if segments and segments[0].tag == "p":
        # 与车主…核对, 向顾客…说明: with or to whom, then the order's verb
        return any(_zh_acting(seg.text, seg.tag) for seg in segments[1:])
    if segments and segments[0].tag.startswith("d"):
        segments = segments[1:]
    # jieba tags a verb opening an order as a verbal noun (检查 in 「停电后，检查电梯…」)
    return (
        bool(segments)
        and segments[0].tag.startswith("v")
        and segments[0].text not in _ZH_NO_DUTY_VERBS
    )


_ZH_BARE_TIME = re.compile(r"^(?P<event>[^，,。；;：:]{2,12}?)(?:后|时|前)(?=[^，,。；;：:])")
_ZH_TIME_WORDS = frozenset(["后", "时", "前", "之后", "以后", "之前"])
_ZH_NOT_AN_EVENT = re.compile(r"须|需|应|得|必|要|可|能|禁|准|请|在")
"""A modal or 在 before the time word: the time is part of a rule the sentence states of
someone (「顾客下单时须支付定金」, 「须在下单后15天内」, 「余款在取衣时付清」), not the time of a
step of the routine."""


def _zh_step_after_its_time(text: str, lexicon: Lexicon) -> bool:
    """A step whose verb follows its time with no comma: 「刀具磨好后装入刀套」, 「面团发酵后立即
    入炉」. The time word must end the clause as a word of its own (not 同时 of 「须同时出示」),
    the event before it holds no modal, and the order's verb comes at once or after how soon
    (立即): a modal there (「下单时须支付」) makes it whoever's rule the sentence names, which the
    modal reading already has. The order is cut apart from the time, as jieba glues 后 to the
    verb after it (封口后贴上 read as 后贴)."""
    opening = _ZH_BARE_TIME.match(text)
    if opening is None or _ZH_NOT_AN_EVENT.search(opening.group("event")):
        return False
    clause = [s for s in lexicon.segment(text[: opening.end()]) if s.text.strip()]
    if len(clause) < 2 or clause[-1].text not in _ZH_TIME_WORDS:
        return False
    order = [s for s in lexicon.segment(text[opening.end() :]) if s.text.strip()]
    while order and order[0].text in _ZH_ORDER_OPENERS - {"在", "双方"}:
        order = order[1:]
    return bool(order) and _zh_acting(order[0].text, order[0].tag)


_ZH_CLAUSE_START = re.compile(r"^|[，,；;：:]|由(?!于)|(?<=[^，,；;：:。]{2})[后时前](?![，,])")
"""Where the doer of a clause may stand: its start, after 由, after its time (发现异常后, 接车时)."""
_ZH_NOT_SUBJECT = frozenset(["的", "和", "与", "及", "或", "、", "等", "们"])
"""After a role, a word that makes it part of a longer noun or a list, not the doer."""
_MAX_ROLE = 7


def _zh_acting(word: str, tag: str) -> bool:
    return tag.startswith("v") and word not in _ZH_NO_DUTY_VERBS


def _zh_clause_subject_duty(text: str) -> bool:
    """A clause that opens on a staff role (after its time or 由) and goes on to do something:
    「接回当天由寄养员带宠物到前台」, 「店长每天检查一次…」, 「寄养员发现异常后立即联系主人」. Read
    from the text, not jieba's cuts of the role (寄养 / 员带), nor its tag of the verb after a
    modifier (每天 检查, 当面 清点)."""
    for opening in _ZH_CLAUSE_START.finditer(text):
        start = opening.end()
        role = next(
            (
                end
                for end in range(start + 2, min(start + _MAX_ROLE, len(text)) + 1)
                if semantic_kind(text[start:end], "zh") in _DUTY_KINDS
            ),
            None,
        )
        if role is None:
            continue
        said = re.split(r"[。！!？?]", text[role:])[0]
        rest = [t for t in tokenize(said, "zh") if t.word.strip()]
        if not rest or rest[0].word in _ZH_NOT_SUBJECT or rest[0].word in _ZH_NO_DUTY_VERBS:
            continue
        if any(_zh_acting(t.word, t.pos) for t in rest) and not _zh_said_of_another(rest):
            return True
    return False


_ZH_TIME_MARKS = frozenset(["时", "后", "前", "之后", "以后", "之前", "期间"])


def _zh_said_of_another(tokens: list[Token]) -> bool:
    """The role's clause is only the time of a statement about something else: 「前台接待员回答
    患者来电时，以下是统一的回答口径」 says what the answers are, not what the role does."""
    for i, token in enumerate(tokens):
        if token.word in _ZH_TIME_MARKS:
            for after in tokens[i + 1 :]:
                if after.word in _ZH_NO_DUTY_VERBS:
                    return True
                if _zh_acting(after.word, after.pos):
                    break
    return False


def _zh_role_duty(text: str, lexicon: Lexicon) -> bool:
    segments = [s for s in lexicon.segment(text) if s.text.strip()]
    for i, seg in enumerate(segments[:-1]):
        if semantic_kind(seg.text, "zh") not in _DUTY_KINDS:
            continue
        before = segments[i - 1].text if i else ""
        if before and not (before in _ZH_CLAUSE_OPENERS or before.endswith(("后", "时"))):
            continue
        after = segments[i + 1]
        if before == "由" and after.text not in _ZH_NO_DUTY_VERBS:
            return True  # 由收件员封箱: what follows 由 and the role is what the role does
        if after.tag.startswith("d") and i + 2 < len(segments):
            after = segments[i + 2]  # 前台统一登记, 收件员逐件核对: an adverb, then the verb
        if after.tag.startswith("v") and after.text not in _ZH_NO_DUTY_VERBS:
            return True
    return False


def en_states_duty(text: str) -> bool:
    """An English sentence whose subject is a staff role and whose verb is a present-tense one
    ("Staff at the counter take photos …", "The duty manager records …")."""
    rest = _EN_CONDITION_OPENING.sub("", text.strip(), count=1)
    words = re.findall(r"[A-Za-z][A-Za-z'-]*", rest)
    start = 1 if words and words[0].lower() in _EN_SUBJECT_LEAD else 0
    # The subject's head: one of its first three words ("Staff", "the duty manager").
    for head in range(start, min(start + 3, len(words) - 1)):
        if semantic_kind(words[head], "en") not in _DUTY_KINDS:
            continue
        after = rest[rest.find(words[head]) + len(words[head]) :].lstrip()
        after = _EN_PLACE.sub("", after, count=1)  # "Staff at the counter take …"
        verb = re.match(r"[A-Za-z'-]+", after)
        return verb is not None and _present_verb(verb.group(), words[head])
    return False


def _present_verb(word: str, subject: str) -> bool:
    """A present-tense verb that agrees with its subject: log after staff, records after clerk."""
    lowered = word.lower()
    if "-" in lowered:
        # "Staff deep-clean the press", "The clerk re-checks …": the verb is the last part.
        lowered = lowered.rsplit("-", 1)[1]
        subject = subject if lowered else ""
    lemma = en_verb_lemma(lowered)
    if lemma is None or lowered in _EN_NOT_DUTY_VERBS:
        return False
    if lowered == lemma:
        return subject.lower().endswith("s") or subject.lower() == "staff"
    third = lemma[:-1] + "ies" if lemma.endswith("y") and lemma[-2:-1] not in "aeiou" else None
    return lowered in {lemma + "s", lemma + "es", third} and not subject.lower().endswith("s")
