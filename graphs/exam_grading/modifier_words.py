"""A Chinese fill-in key said with its modifier changed, dropped, added or shortened, as a teacher
reads it (word_answers.py asks these after the synonym groups and before a near miss).

- The modifier said with a near-synonym before the same head (`near_modifier`): 防火器材 and
  消防器材 share the content character 防 before 器材. Never a modifier of another kind (急救器材),
  one that shares only a light morpheme (家用 / 医用 share 用, 男性 / 女性 share 性) or the last
  character that names their common kind (首次 / 再次, 全额 / 差额), two words that only begin
  alike (电话 / 电子), nor one that differs by a contrastive character (上层 / 下层, 一号 / 二号).
- The standard short form (`short_form`): one character of each word of the key, in order, the
  first word's first character first: 车牌 for 车辆牌照, 保单 for 保险单据.
- A record named by its thing (`record_named`): where the key is a thing's details (护照信息,
  会员资料), the thing alone or its number (护照, 护照号, 护照号码) is the key: the thing is the head
  term and nothing else is added. Another thing's details (签证信息) stay wrong.
- A role clipped of its person suffix (`clipped_role`): 收银 for 收银员, 保安 for 保安员, never an
  adjective stem (安全 for 安全员) nor work everyone does (服务 for 服务员).
- A role's head without a modifier that only says where the role works (`bare_role`): 配送员 for
  冷链车配送员. Never when the modifier is a rank, a duty or shift (值班经理: 经理 is another
  person), or a place or department (片区经理): those tell two people of one title apart.
- The key and another person or department joined to it (`extra_person`: 主管和收银员, 主管、保安部
  for 主管): full when the
  words around the blank name that person too (the rule names both), half when they do not (the
  learner adds someone the rule does not ask for); a hedge (主管或经理) is no answer.

English keys of a modifier and a head follow the same rules where English needs them: a modifier
of the same word family ("medicine fridge" for "medical fridge": the first five letters shared),
the head alone, singular or plural (`english_head_alone`: "fridge" is half; "porter" or
"porters" for "hotel porter" full, as a role's head is, unless the modifier is a duty, shift or
place: "manager" for "duty manager" is half, as it is for "manager on duty"; a rank makes
another person: "instructor" for "chief instructor" is wrong), and the key with another person
("the manager and the pharmacist").
"""

from __future__ import annotations

import re

from graphs.exam_grading.roles import GENERAL_STAFF, RANKS, ZH_PLACES, ZH_RANKS
from graphs.exam_grading.vocabulary import lemma
from graphs.text.language import detect_language
from graphs.text.segment import tokenize
from graphs.text.word_class import semantic_kind

_LIGHT = frozenset("用品性式型类级制化的色质料号层侧面边部班类")
"""Morphemes that only say 'of this sort' (家用, 男性, 红色): sharing one says nothing of meaning."""
_CONTRAST = frozenset(
    "上下左右前后内外里男女大小高低长短新旧冷热正副主次早晚老幼多少远近进出入开关单双公私"
    "生熟软硬干湿深浅轻重粗细快慢强弱明暗东南西北中红黄蓝绿白黑紫灰金银铜铁木塑钢"
    "一二三四五六七八九十两半全"
)
"""Characters that set one kind against another (上层 / 下层): a modifier differing by one names
the other kind, however many characters it shares."""
_MODIFIER_CHARS = (2, 3)
_HEAD_MIN = 2
_DUTIES = (
    "值班",
    "当班",
    "带班",
    "跟班",
    "夜班",
    "早班",
    "晚班",
    "白班",
    "中班",
    "高级",
    "资深",
    "首席",
)
"""Modifiers that tell two holders of one title apart by duty, shift or grade (值班经理)."""
_PERSON_ENDS = ("员", "师", "长", "工", "手")
_ZH_WORKPLACE_ENDS = ("厨", "房", "部", "科", "室", "库", "组", "中心")
"""Ends of a Chinese workplace that stands for the team in it (后厨, 药房, 仓库, 客服中心)."""
_CLIPPED_SUFFIX = "员"
_PAIR = 4  # a four-character key: two words of two characters
_JOINERS = re.compile(r"和|及|与|、|以及|跟|,|，|\band\b|&")
_EN_WORD = re.compile(r"[a-z]+")
_EN_ARTICLES = frozenset({"the", "a", "an"})
_EN_FAMILY = 5
"""Letters two English modifiers share at their start to be one word family (medic-al, medic-ine)."""
_EN_PERSON_ENDS = ("er", "or", "ist", "ian", "ant")
_EN_OTHER_RANK = RANKS | {"chief", "head", "senior", "lead", "general", "principal", "master"}
"""English modifiers that make another person of one title: the chief instructor is not any
instructor (another instructor may be the one the rule forbids)."""
_EN_WHICH = {
    "duty",
    "shift",
    "night",
    "day",
    "area",
    "regional",
    "district",
    "store",
    "shop",
    "branch",
    "site",
    "floor",
}
"""English modifiers that tell two holders of one title apart by duty, shift or place (duty
manager, area manager); a duty said as a verb in -ing is one too (opening barista)."""
_ON_DUTY = 3  # words of "manager on duty": the role, on, the duty
_HEDGES = re.compile(r"或|或者|还是|\bor\b")
EXTRA_PERSON_CREDIT = 0.5
"""Credit for the key and a person the rule does not name (a procedure the rule does not set)."""


def _common_suffix(a: str, b: str) -> str:
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return a[len(a) - n :] if n else ""


def _zh(*texts: str) -> bool:
    return all(t and detect_language(t) == "zh" for t in texts)


def near_modifier(answer: str, wanted: str) -> bool:
    """The key's head after a near-synonym of its modifier (幼儿座椅 for 儿童座椅)."""
    if not _zh(answer, wanted) or answer == wanted:
        return False
    head = _common_suffix(answer, wanted)
    if len(head) < _HEAD_MIN:
        return False
    mine, theirs = answer[: -len(head)], wanted[: -len(head)]
    if len(mine) not in _MODIFIER_CHARS or len(theirs) not in _MODIFIER_CHARS:
        return False
    if (set(mine) ^ set(theirs)) & _CONTRAST:
        return False
    return any(_shared_in_kind(c, mine, theirs) for c in (set(mine) & set(theirs)) - _LIGHT)


def _shared_in_kind(char: str, mine: str, theirs: str) -> bool:
    """A shared character that carries the meaning of both modifiers: at another place in each
    (药品 / 医药, 防火 / 消防), or first in both beside a light morpheme (医用 / 医药). Last in both,
    it is the kind they share and the first characters tell them apart (首次 / 再次, 全额 /
    差额); first in both beside two content characters, they are two words (电话 / 电子)."""
    at_mine, at_theirs = mine.index(char), theirs.index(char)
    if at_mine == len(mine) - 1 and at_theirs == len(theirs) - 1:
        return False
    if at_mine == at_theirs == 0:
        return bool((set(mine) ^ set(theirs)) & _LIGHT)
    return at_mine != at_theirs


def short_form(answer: str, wanted: str) -> bool:
    """One character of each of the key's words, in order, the first word's first (车牌), read
    as the key's head word is read: a short form is a name of the same thing, so the segmenter
    reads it in the class of the key's head (车牌 and 牌照 nouns) or knows it as a short form
    (车检); one it reads otherwise is a word of its own (体检 a verb, a check-up, where 体温检测's
    head 检测 is a verbal noun, 体测 a fitness test for 体温测量)."""
    if not _zh(answer, wanted) or len(answer) < 2 or len(answer) >= len(wanted):
        return False
    words = [t.word for t in tokenize(wanted, "zh") if t.word.strip()]
    if any(len(w) < 2 for w in words) and len(wanted) == _PAIR:
        words = [wanted[:2], wanted[2:]]  # 保险单据 is 保险 + 单据, however jieba cuts it
    if len(words) != len(answer) or any(len(w) < 2 for w in words):
        return False
    said_as = _word_class(answer)
    return (
        answer[0] == words[0][0]
        and all(c in w for c, w in zip(answer, words, strict=True))
        and said_as in (_word_class(words[-1]), _ABBREVIATION)
    )


_ABBREVIATION = "j"
"""jieba's tag for a word its lexicon knows as a short form (车检, 电检): one whatever its key."""


def _word_class(word: str) -> str:
    """The class the segmenter gives a word read alone: a noun (its noun tags, and a verbal
    noun: 检测 names the check), a verb, or its tag ('' when it splits the word)."""
    tokens = [t for t in tokenize(word, "zh") if t.word.strip()]
    tag = tokens[0].pos if len(tokens) == 1 else ""
    if tag.startswith("n") or tag == "vn":
        return "noun"
    return "verb" if tag.startswith("v") else tag


_RECORD_WORDS = ("信息", "资料")
"""What ends a key that is a thing's details: the thing says which record is meant."""
_RECORD_NAMES = ("", "号", "号码", "信息", "资料")
"""What may follow the thing in an answer for its details: nothing, its number, its details."""


def record_named(answer: str, wanted: str) -> bool:
    """The thing of a key that is its details, alone or with its number (护照号 for 护照信息)."""
    if not _zh(answer, wanted) or answer == wanted:
        return False
    thing = next((wanted.removesuffix(w) for w in _RECORD_WORDS if wanted.endswith(w)), "")
    if len(thing) < _HEAD_MIN:
        return False
    return any(answer == thing + name for name in _RECORD_NAMES)


_ANYONES_WORK = frozenset({"服务", "工作", "管理", "办事"})
"""Work every member of staff does: clipped of 员 it names no role (服务 for 服务员)."""


def clipped_role(answer: str, wanted: str) -> bool:
    """A role without its person suffix 员 (收银 for 收银员), the stem no adjective and no work
    every member of staff does (服务 for 服务员 names nobody)."""
    if not _zh(answer, wanted) or wanted.removesuffix(_CLIPPED_SUFFIX) != answer:
        return False
    if answer in _ANYONES_WORK:
        return False
    if len(answer) < 2 or answer == wanted:
        return False
    pos = [t.pos for t in tokenize(answer, "zh") if t.word.strip()]
    return semantic_kind(wanted, "zh") == "role" and not any(p.startswith("a") for p in pos)


def is_person(word: str) -> bool:
    """A Chinese word for a person doing a job (店长, 押运员, 药师, 司机)."""
    return semantic_kind(word, "zh") in ("role", "customer") or (
        len(word) >= 2 and word.endswith(_PERSON_ENDS)
    )


def bare_role(answer: str, wanted: str) -> bool:
    """A role's head without the modifier that only says where it works (配送员 for 冷链车配送员)."""
    if not _zh(answer, wanted) or not wanted.endswith(answer) or len(answer) < 2:
        return False
    modifier = wanted[: -len(answer)]
    if len(modifier) < 2 or not is_person(answer) or is_person(modifier):
        return False
    return not (
        modifier.endswith(ZH_PLACES)
        or modifier.startswith(ZH_RANKS)
        or modifier.endswith(ZH_RANKS)
        or any(d in modifier for d in _DUTIES)
    )


def extra_person(answer: str, wanted: str, frame: str) -> float | None:
    """The credit of the key named with other people (see module doc); None when the answer is
    not the key joined to other people."""
    english = wanted.isascii()
    person = _en_person if english else is_person
    if _HEDGES.search(answer) or not person(wanted):
        return None
    parts = [_en_bare(p) if english else p.strip() for p in _JOINERS.split(answer)]
    parts = [p for p in parts if p]
    if len(parts) < 2 or _en_bare(wanted) not in parts:
        return None
    others = [p for p in parts if p != _en_bare(wanted)]
    if not all(person(p) or _department(p, english) for p in others):
        return None
    return 1.0 if all(p in frame.lower() for p in others) else EXTRA_PERSON_CREDIT


def _department(word: str, english: bool) -> bool:
    """A party that is a department or the workplace of a team rather than a person (保安部,
    后厨, "security team"): told beside the key, it is another party as a person is."""
    if semantic_kind(word, "en" if english else "zh") == "department":
        return True
    return not english and len(word) >= _HEAD_MIN and word.endswith(_ZH_WORKPLACE_ENDS)


def _en_words(text: str) -> list[str]:
    return [w for w in _EN_WORD.findall(text.lower()) if w not in _EN_ARTICLES]


def _en_bare(text: str) -> str:
    return " ".join(_en_words(text)) if text.isascii() else text.strip()


def _en_person(text: str) -> bool:
    words = _en_words(text)
    return bool(words) and (
        semantic_kind(" ".join(words), "en") in ("role", "customer")
        or words[-1].endswith(_EN_PERSON_ENDS)
    )


def english_near_modifier(answer: str, wanted: str) -> bool:
    """An English key's head after a modifier of the same word family ("medicine fridge" for
    "medical fridge"); never a rank or another kind ("home fridge")."""
    if not (answer.isascii() and wanted.isascii()):
        return False
    mine, theirs = _en_words(answer), _en_words(wanted)
    if len(mine) != 2 or len(theirs) != 2 or mine[1] != theirs[1] or mine[0] == theirs[0]:
        return False
    if {mine[0], theirs[0]} & (_EN_WHICH | _EN_OTHER_RANK):
        return False
    return mine[0][:_EN_FAMILY] == theirs[0][:_EN_FAMILY] and len(mine[0]) >= _EN_FAMILY


def english_head_alone(answer: str, wanted: str) -> float | None:
    """The credit of an English key's head said alone: 1 for a role whose modifier only says
    where it works ("porter" for "hotel porter"), half otherwise ("fridge" for "medical
    fridge", "manager" for "duty manager", "barista" for "opening barista", "staff" for
    "reception staff": a word for anyone on the staff, not which); None when the
    answer is not the key's head or the modifier makes another rank ("chief instructor")."""
    if not (answer.isascii() and wanted.isascii()):
        return None
    mine, theirs = [lemma(w) for w in _en_words(answer)], _en_words(wanted)
    if len(theirs) == _ON_DUTY and theirs[1] == "on" and theirs[2] in _EN_WHICH:
        theirs = [theirs[2], theirs[0]]  # manager on duty is the duty manager
    if len(mine) != 1 or len(theirs) != 2 or mine[0] != theirs[1]:
        return None
    modifier = theirs[0]
    if modifier in _EN_OTHER_RANK:
        return None  # another person: the chief instructor is not any instructor
    duty = modifier in _EN_WHICH or modifier.endswith("ing")
    general = mine[0] in GENERAL_STAFF  # "staff" for "reception staff": anyone, not which
    if _en_person(mine[0]) and not general and not duty and not _en_person(modifier):
        return 1.0
    return 0.5
