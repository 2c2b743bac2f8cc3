"""Word classes and semantic kinds of terms: what makes a distractor the same kind as its key.

Word class (`noun`, `verb`, `adj`, `adv`, `name`, `number`, `other`): jieba's posseg for Chinese
(the class of a compound is its head, the last content token); for English, lemminflect's lexicon
(shipped inside its package, no model download) for the head word, capitalisation for names. The
English choice: spaCy and NLTK taggers need a model or corpus downloaded at run time, which a
fresh offline install cannot do; lemminflect's lookup of the word classes a word can take is
enough to tell a noun option from a verb option.

Semantic kind: for quantities the dimension of the unit (duration, money, percent, temperature,
count, ...); for words, `role` (who does what: 店长, 前台, security team) by the head's suffix or
head noun; `customer` (whom staff serve: 顾客, 驾驶员, 投保人's kin, guest, driver), never mixed with
staff roles. A role is asked among roles, a duration among durations.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Literal

from graphs.exams import Language
from graphs.text.segment import tokenize
from graphs.text.terms import CLOCK_PATTERN, NUMBER_PATTERN, is_stop_word

WordClass = Literal["number", "name", "noun", "verb", "adj", "adv", "other"]

_DIMENSIONS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "duration",
        re.compile(
            r"(个工作日|工作日|个小时|小时|分钟|秒|个月|月|年|周|天|日|"
            r"business days?|working days?|days?|hours?|minutes?|seconds?|weeks?|months?|years?|"
            r"\bh\b|\bhrs?\b|\bmins?\b)"
        ),
    ),
    (
        "money",
        re.compile(
            r"(元|块|英镑|欧元|\$|dollars?|yuan|rmb|usd|gbp|eur|hkd|cny|€|£)", re.IGNORECASE
        ),
    ),
    ("percent", re.compile(r"(%|％|折|percent)", re.IGNORECASE)),
    ("temperature", re.compile(r"(℃|°C|°F|摄氏度|度)")),
    ("count", re.compile(r"(次|件|份|人|位|张|盒|瓶|支|台|个|项|步|times|items?|people|steps?)")),
)
_ZH_ROLE_SUFFIXES = (
    "员",
    "师",
    "店长",
    "厨师长",
    "组长",
    "班长",
    "部长",
    "科长",
    "处长",
    "站长",
    "队长",
    "院长",
    "经理",
    "主管",
    "主任",
    "前台",
    "负责人",
    "专员",
    "顾问",
    "客服",
    "收银员",
    "部门",
    "团队",
    "小组",
    "总监",
    "老板",
    "保安",
    "厨师",
    "帮厨",
    # the heads of a shift, a venue or a group (当班领班清点人数: what follows 领班 is its act)
    "领班",
    "馆长",
    "园长",
    "厂长",
    "领队",
    "教练",
)
_ZH_UNIT_SUFFIXES = ("部门", "部", "中心", "办公室", "委员会", "科室")
"""A unit of the organisation (安全环保部, 质量管理部门) is asked among units, not among people: a
department among 班组长 / 叉车驾驶员 gives itself away."""
_ZH_PART_WORDS = (
    "全部",
    "局部",
    "内部",
    "外部",
    "部分",
    "底部",
    "顶部",
    "头部",
    "面部",
    "背部",
    "腹部",
    "胸部",
    "腰部",
    "腿部",
    "手部",
    "足部",
    "脚部",
    "颈部",
    "尾部",
    "前部",
    "后部",
    "中部",
    "上部",
    "下部",
    "根部",
    "边部",
    "侧部",
)
"""Words in 部 that say all or a part, not a unit: 「押金全部扣除」 cut to 押金全部 was offered
among 业主委员会 and 客服部 as a body that could approve a rule (session 21, end D14's m3 Q2)."""


def _ends_on_part_word(term: str) -> bool:
    """The term's last word says all or a part (押金|全部), not a unit (运营|安全部)."""
    if not term.endswith(_ZH_PART_WORDS):
        return False
    words = [t.word for t in tokenize(term, "zh") if t.word.strip()]
    return bool(words) and words[-1] in _ZH_PART_WORDS


_EN_UNIT_HEADS = frozenset(["department", "departments", "office", "desk"])
_ZH_PEOPLE: tuple[tuple[str, str], ...] = (
    ("会员", "member"),
    ("学员", "learner"),
    ("被保险人", "party"),
    ("投保人", "party"),
    ("受益人", "party"),
    ("人员", "people"),
)
"""People who are not staff roles: a member tier is asked among member tiers, not among staff."""
_ZH_STAFF_PEOPLE = re.compile(
    r"(?:值班|交班|接班|当班|带班|工作|安保|保安|保洁|维修|维保|巡逻|巡查|巡检|服务|收银|客服|"
    r"护理|医护|操作|作业|管理|技术|监控)人员$"
)
"""人员 after a word of the shift or the trade is staff (交班人员, 值班人员, 维修人员): 施工人员 or
外卖人员 may be anyone's, 交班人员 is the one handing the shift over."""
_ZH_CUSTOMER_SUFFIXES = (
    "顾客",
    "客人",
    "客户",
    "住客",
    "宾客",
    "游客",
    "访客",
    "乘客",
    "旅客",
    "患者",
    "病人",
    "消费者",
    "车主",
    "购买人",
    "寄件人",
    "收件人",
)
_ZH_CUSTOMER_WORDS = frozenset(["驾驶员", "司机", "家长", "监护人"])
"""The other side of the counter: whom staff serve. 驾驶员 alone is whoever drives in (叉车驾驶员 is
a job); a customer's role among staff roles (驾驶员 among 加油员 / 收银员) is guessed by sense."""
_EN_CUSTOMER_HEADS_TEXT = (
    "customer customers guest guests client clients visitor visitors passenger passengers "
    "patient patients renter renters hirer hirers policyholder policyholders "
    "consumer consumers buyer buyers sender senders recipient recipients traveller "
    "travellers traveler travelers parent parents guardian guardians"
)
_EN_CUSTOMER_HEADS = frozenset(_EN_CUSTOMER_HEADS_TEXT.split())
_EN_HIRING_DRIVER = re.compile(
    r"^(?:(?:the|a|an|any|each|every|your)\s+)?(?:(?:main|additional|named|young|second)\s+)?"
    r"drivers?$",
    re.IGNORECASE,
)
"""The driver of the car hired, not a driver by trade ("the delivery driver" is staff)."""
_EN_ROLE_HEADS_TEXT = (
    "manager managers officer officers staff employee employees team teams supervisor "
    "supervisors admin admins administrator administrators department departments owner "
    "owners agent agents contractor contractors director directors associate associates "
    "clerk clerks cashier cashiers barista baristas chef chefs auditor auditors analyst analysts "
    "helpdesk engineer engineers representative representatives usher ushers attendant "
    "attendants receptionist receptionists lifeguard lifeguards pharmacist pharmacists "
    "courier couriers technician technicians instructor instructors dispatcher dispatchers"
)
_EN_ROLE_HEADS = frozenset(_EN_ROLE_HEADS_TEXT.split())
_EN_DETERMINERS_TEXT = (
    "a an the this that these those our your their its my his her any each every some no all "
    "both either neither"
)
_EN_DETERMINERS = frozenset(_EN_DETERMINERS_TEXT.split())


def semantic_kind(term: str, language: Language) -> str | None:
    """The kind a distractor must share with this term, or None when only the class matters."""
    if CLOCK_PATTERN.fullmatch(term.strip()):
        return "clock"
    if NUMBER_PATTERN.search(term) and any(c.isdigit() for c in term):
        for name, pattern in _DIMENSIONS:
            if pattern.search(term):
                return name
        return "number"
    if language == "zh":
        if term in _ZH_CUSTOMER_WORDS or term.endswith(_ZH_CUSTOMER_SUFFIXES):
            return "customer"
        if _ZH_STAFF_PEOPLE.search(term):
            return "role"
        for suffix, kind in _ZH_PEOPLE:
            if term.endswith(suffix):
                return kind
        if term.endswith(_ZH_UNIT_SUFFIXES) and len(term) > 2 and not _ends_on_part_word(term):
            return "department"
        return "role" if term.endswith(_ZH_ROLE_SUFFIXES) else None
    head = term.split()[-1].lower() if term.split() else ""
    if head in _EN_UNIT_HEADS:
        return "department"
    if head in _EN_CUSTOMER_HEADS or _EN_HIRING_DRIVER.match(term.strip()):
        return "customer"
    return "role" if head in _EN_ROLE_HEADS else None


@lru_cache(maxsize=4096)
def word_class(term: str, language: Language) -> WordClass:
    """The word class of a term (of its head for a compound or phrase)."""
    stripped = term.strip()
    if not stripped:
        return "other"
    if CLOCK_PATTERN.fullmatch(stripped) or (
        NUMBER_PATTERN.fullmatch(stripped) and any(c.isdigit() for c in stripped)
    ):
        return "number"
    if language == "zh" and not stripped.isascii():
        return _zh_class(stripped)
    return _en_class(stripped)


def _zh_class(term: str) -> WordClass:
    from graphs.text.segment import tokenize

    tokens = [t for t in tokenize(term, "zh") if t.pos not in ("x", "uj", "w")]
    if not tokens:
        return "other"
    if len(tokens) > 1 and term.endswith(_ZH_ROLE_SUFFIXES):
        return "noun"  # 收件 + 员 (jieba tags the suffix zg): a role is a noun
    head = tokens[-1].pos
    if head in ("nr", "ns", "nt", "nrt", "nrfg") and len(tokens) == 1:
        return "name"
    if head.startswith("n") or head in ("vn", "an", "j", "ng", "s", "t") or head == "eng":
        return "noun"
    if head.startswith("v"):
        return "verb"
    if head.startswith(("a", "b", "z")):
        return "adj"
    if head.startswith("d"):
        return "adv"
    if head == "m":
        return "number"
    if head == "l" or head == "i":
        # Four-character set phrases (欢迎光临) and idioms are whole phrases, not nouns.
        return "other"
    return "other"


def en_word_classes(word: str) -> set[str]:
    """The universal POS tags lemminflect knows for a word (empty for an unknown word)."""
    import lemminflect

    return set(lemminflect.getAllLemmas(word.lower()) or ())


def en_verb_lemma(word: str) -> str | None:
    """The verb a word is a form of (pays -> pay, held -> hold), or None when it is no verb."""
    import lemminflect

    lemmas = (lemminflect.getAllLemmas(word.lower()) or {}).get("VERB")
    return lemmas[0] if lemmas else None


def subject_and_action(
    words: Sequence[str],
    *,
    shortest: int = 1,
    longest: int = 4,
    last: bool = False,
    pronouns: frozenset[str] = frozenset(),
    stop_words: bool = False,
) -> tuple[str, str] | None:
    """An English question's words split into its subject and its action: "a school group book
    early" is ("a school group", "book early").

    The subject ends on a noun (or one of `pronouns`), `shortest` to `longest` words long, and the
    action opens on a base-form verb. The first such split is taken, or with `last` the longest
    subject; a subject ending on a stop word ("one", "it") is refused unless `stop_words`.
    """
    ends = [
        end
        for end in range(shortest, min(longest + 1, len(words)))
        if words[end - 1].lower() in pronouns
        or (
            "NOUN" in en_word_classes(words[end - 1])
            and (stop_words or not is_stop_word(words[end - 1].lower()))
        )
        if en_verb_lemma(words[end]) == words[end].lower()
    ]
    if not ends:
        return None
    end = ends[-1] if last else ends[0]
    return " ".join(words[:end]), " ".join(words[end:])


def _en_class(term: str) -> WordClass:
    words = term.split()
    head = words[-1]
    if (
        all(w[:1].isupper() for w in words if w[:1].isalpha())
        and head.lower() not in _EN_ROLE_HEADS
    ) and (not en_word_classes(head) or len(words) > 1 or head.isupper()):
        return "name"
    classes = en_word_classes(head)
    if "NOUN" in classes or "PROPN" in classes or not classes:
        return "noun"
    if "VERB" in classes or "AUX" in classes:
        return "verb"
    if "ADJ" in classes:
        return "adj"
    if "ADV" in classes:
        return "adv"
    return "other"


def _modifier(word: str) -> bool:
    classes = en_word_classes(word)
    return bool(
        classes & {"NOUN", "ADJ", "PROPN"}
        or word.lower().endswith(("ing", "ed"))
        or (not classes and word[:1].isalpha())
    )


def en_phrase_runs(text: str) -> list[str]:
    """English noun phrases of 2-4 words in a text: modifiers then a head noun, no stop words."""
    phrases: list[str] = []
    run: list[str] = []

    def close() -> None:
        # Trim trailing words that cannot head a noun phrase.
        while run and not (en_word_classes(run[-1]) & {"NOUN", "PROPN"} or run[-1][:1].isupper()):
            run.pop()
        if 2 <= len(run) <= 4:
            phrases.append(" ".join(run))
        run.clear()

    for clause in re.split(r"[^A-Za-z'\- ]+", text):
        for word in re.findall(r"[A-Za-z][A-Za-z'\-]*[A-Za-z]|[A-Za-z]", clause):
            _extend(run, word, close)
        close()
    return phrases


def _extend(run: list[str], word: str, close: Callable[[], None]) -> None:
    """Add a word to the current phrase, or close the phrase on a word that cannot be in one."""
    lowered = word.lower()
    if lowered in _EN_DETERMINERS or is_stop_word(lowered) or not _modifier(word):
        close()
        return
    run.append(word)
    if len(run) > 4:
        run.pop(0)
