"""A fill-in's key is a term (a noun phrase, a figure, a role), never a verb.

A modal takes a verb: the blank right after 须/需/应/不得 or "must"/"should" asks the learner for
what is done, and a key there that is a verb (平台需____, key 派员: "send someone") is no term to
recall but a predicate to guess, marked by its wording. A one-character verb that takes a person
with nothing but 员/人 after it (派员, 派人, 请人) is such a verb and its object whatever the
tagger reads, and a key that holds a modal (平台需派员) is a clause. Both writers' fill-ins pass
this check (`check_fill_key_is_term`, in graphs/exam_generation/validation.py).

A key is the term as the material uses it: a role the material names once with a noun before it
(油罐车押运员) and elsewhere bare (和押运员) is keyed by its bare name, the noun left
printed (`as_the_material_says`); a kind of the role said by a verb or said twice (值班药师, 设备主管)
keeps its modifier. A role or department after the verb that hands something to it is keyed
without the verb (「逾期未领的交____统一处理」, key 公司行政部, not 交公司行政部: session 20 lead, m1
Q9; `leading_verb`), and a name glued to letters or digits is keyed whole (84消毒液, never
「84____」 keyed 消毒液: session 19 end designer D12, m3 Q10; `glued_name`). And one exam asks no key twice: two fill-ins on the same answer test one thing
(`check_fill_key_repeated`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from graphs.exam_generation.blanks import Frame, blank_frames
from graphs.exams import Language, Question
from graphs.text.anchors import Anchor
from graphs.text.negation_words import ZH_CUES
from graphs.text.noun_groups import ZH_AGENT_MARKERS, names_a_body
from graphs.text.role_terms import ONE_CHAR_PERSON_VERBS, ZH_PERSON_VERBS
from graphs.text.segment import tokenize
from graphs.text.similarity import normalise
from graphs.text.terms import NUMBER_PATTERN
from graphs.text.word_class import semantic_kind, word_class

_ZH_MODAL_BEFORE = re.compile(r"(?:须|需|需要|应|应当|应该|必须|要|不得|不能|不可|可|可以)$")
_EN_MODAL_BEFORE = re.compile(
    r"\b(?:must|should|shall|may|can|will|need to|have to|has to)(?:\s+not)?\s*$", re.IGNORECASE
)
_ZH_MODAL_INSIDE = re.compile(r"[\u4e00-\u9fff](?:须|需|应|必须|不得)[\u4e00-\u9fff]")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_ZH_NEGATION = re.compile("|".join(cue for cue in ZH_CUES if len(cue) > 1))
_HANDING_VERBS = tuple(
    sorted(
        ZH_PERSON_VERBS | ONE_CHAR_PERSON_VERBS | {"送", "送交", "上交", "送至", "交至", "送往"},
        key=len,
        reverse=True,
    )
)
"""Verbs that hand a thing or a report to a person or a department (交, 上交, 报告, 移交)."""
_RECIPIENT_KINDS = frozenset({"role", "department"})
_GLUED = re.compile(r"[0-9A-Za-z][0-9A-Za-z-]*$")
"""Letters or digits glued before a Chinese word: 84 of 84消毒液, 3M of 3M胶带."""
_EN_NEGATION = re.compile(r"\b(?:not|cannot|can't|never|unable|no longer)\b", re.IGNORECASE)
"""A negation in a key (「导致外景无法拍摄」 keyed 外景无法): the key spans a term and the verb's
negation, half of the rule's predicate (session 14 designer D6, e2-11)."""


def predicate_key(key: str, before: str) -> bool:
    """True when `key`, printed after `before`, is a verb (phrase) rather than a term, or holds
    the verb's negation."""
    key = key.strip()
    if not key:
        return False
    if _ZH_NEGATION.search(key) or _EN_NEGATION.search(key):
        return True
    if _CJK.search(key):
        if _ZH_MODAL_INSIDE.search(key):
            return True
        if len(key) == 2 and key[0] in ONE_CHAR_PERSON_VERBS and key[1] in "员人":
            return True
        return bool(_ZH_MODAL_BEFORE.search(before.rstrip())) and word_class(key, "zh") == "verb"
    return bool(_EN_MODAL_BEFORE.search(before)) and word_class(key, "en") == "verb"


def doer_and_act(key: str, before: str) -> bool:
    """A Chinese key after 由 that runs from the doer into its act (「须由____和指甲」 keyed
    领班检查工装, session 16 designer D9 B3's kind; 「由当班____」 keyed 领班清点人数, session 18
    lead m3): the learner's 领班 is the term asked. A shift word between 由 and the blank (当班,
    值班) is the doer's modifier, still after 由."""
    if not _CJK.search(key) or not _after_agent_marker(before.rstrip()):
        return False
    tokens = tokenize(key.strip(), "zh")
    for index in range(1, len(tokens)):
        following = tokens[index + 1].word if index + 1 < len(tokens) else ""
        doer = all(t.pos.startswith(("n", "a")) for t in tokens[:index])
        if tokens[index].pos.startswith("v"):
            return doer and not names_a_body(following)
        # jieba tags 清点人数 a noun: what follows a role is what the role does (领班 | 清点人数)
        if doer and semantic_kind(tokens[index - 1].word, "zh") == "role":
            return not names_a_body(tokens[index].word)
    return False


def _after_agent_marker(before: str) -> bool:
    """`before` ends with 由 (须由, 经), or with 由 and a one-word modifier of the doer (由当班)."""
    if before.endswith(tuple(ZH_AGENT_MARKERS)):
        return True
    marker = before.rfind("由")
    tail = before[marker + 1 :] if marker >= 0 else ""
    if not 0 < len(tail) <= 2:
        return False
    tokens = tokenize(tail, "zh")
    return len(tokens) == 1 and tokens[0].pos.startswith(("v", "a", "b"))


_ZH_ITEM = re.compile(r"[^、，,；;。和与及或]+")


def _opens_on_verb(text: str) -> bool:
    tokens = tokenize(text, "zh")
    return len(tokens) > 1 and tokens[0].pos.startswith("v")


def verb_beside_listed_terms(key: str, frame: Frame) -> bool:
    """「须互相____、绳结和锁扣」 keyed 检查安全带: a Chinese key that opens on a verb, listed
    beside an item that does not, holds the verb its neighbours share (检查 安全带、绳结和锁扣).
    Neighbours that open on a verb too (维修记录、检查记录) are items of one kind."""
    if not _CJK.search(key) or not _opens_on_verb(key.strip()):
        return False
    if frame.after[:1] in ("、", "和", "与", "及", "或"):
        neighbour = _ZH_ITEM.match(frame.after[1:])
    elif frame.before.endswith("、"):
        # the item before, as long as the key at most: a clause's subject is no list item
        neighbour = _ZH_ITEM.search(frame.before[:-1][-len(key) :])
    else:
        return False
    return neighbour is not None and not _opens_on_verb(neighbour.group())


def leading_verb(key: str) -> str | None:
    """The verb that opens a Chinese key handing something to the role or department after it
    (交 of 交公司行政部, 报告 of 报告值班经理), or None: the stem can print it."""
    key = key.strip()
    for verb in _HANDING_VERBS:
        rest = key[len(verb) :]
        if (
            key.startswith(verb)
            and len(rest) >= 2
            and (semantic_kind(rest, "zh") in _RECIPIENT_KINDS or _ZH_OUTSIDE_BODY.search(rest))
        ):
            return verb
    return None


_ZH_OUTSIDE_BODY = re.compile(r"(?:公司|物业|管理处|服务处|局|所|站|队|医院|银行|厂家|厂商|机构)$")
"""A body outside the firm that a customer or a member of staff is sent to (燃气公司, 物业管理处,
派出所): 「告知客户____」 keyed 联系燃气公司 asked the verb with it, and a learner's 燃气公司 was
docked for the verb it left out (session 20 end designer, m1 #14); the verb stays printed."""


def _sent_to(term: str) -> int:
    """Where the body a handing verb inside a Chinese term goes to begins (用户联系|物业管理处),
    or 0: the term holds whom it is handed to and the act before it."""
    for at in range(1, len(term) - 2):
        if leading_verb(term[at:]) is not None:
            return at + len(leading_verb(term[at:]) or "")
    return 0


def glued_name(before: str, key: str) -> bool:
    """A Chinese key right after letters or digits glued to it (「84____」, key 消毒液): the blank
    cuts a product's or a model's name."""
    return bool(_CJK.match(key.strip())) and _GLUED.search(before) is not None


def check_fill_key_is_term(question: Question, language: Language) -> list[str]:
    """A fill-in's every key is a term the learner recalls, not the verb of the rule, nor the
    verb its listed neighbours share."""
    if question.type != "fill_blank":
        return []
    frames = blank_frames(question.stem, language)
    problems = []
    for frame, key in zip(frames, question.answer, strict=False):
        if _ZH_NEGATION.search(key) or _EN_NEGATION.search(key):
            problems.append(
                f"the fill-in's key {key!r} holds a negation, half of what is done: blank the "
                "term alone and keep the negation printed"
            )
        elif predicate_key(key, frame.before):
            problems.append(
                f"the fill-in's key {key!r} is a verb, what is done after {frame.before[-6:]!r}: "
                "blank a term (a figure, a role, a noun phrase), not the action"
            )
        elif doer_and_act(key, frame.before):
            problems.append(
                f"the fill-in's key {key!r} holds the doer after {frame.before[-4:]!r} and what "
                "the doer does: blank the doer alone and keep the act printed"
            )
        elif language == "zh" and leading_verb(key) and _CJK.match(frame.after):
            # 「逾期未领的____统一处理」: the verb and whom it goes to, mid-clause before the act;
            # 「查明原因并____。」 closing on a second act asks that act whole (r13i-hotel-small-8).
            problems.append(
                f"the fill-in's key {key!r} opens on the verb {leading_verb(key)!r} that hands "
                "something on: keep the verb printed and blank whom it goes to"
            )
        elif language == "zh" and glued_name(frame.before, key):
            problems.append(
                f"the fill-in's key {key!r} is the end of a name glued to "
                f"{frame.before[-4:]!r}: the blank cuts the name; blank it whole or ask another term"
            )
        elif verb_beside_listed_terms(key, frame):
            problems.append(
                f"the fill-in's key {key!r} holds the verb before a listed term, while its list "
                "neighbours are terms alone: keep the verb printed and blank the term"
            )
    return problems


def as_the_material_says(anchor: Anchor, material: str) -> Anchor:
    """The role `anchor` keyed as the material names it: 油罐车押运员, said once, and 押运员, said
    bare elsewhere, is keyed 押运员 with 油罐车 printed before the blank (a learner's 押运员 is
    the material's own word, not half an answer). A modifier that is a verb (值班药师) or a
    compound the material repeats (设备主管) names a kind of the role: kept whole. A recipient is
    keyed without the verb that hands to it (`leading_verb`), a name with what is glued before
    it wherever the material says it (84消毒液)."""
    verb = leading_verb(anchor.text) if _CJK.search(anchor.text) else None
    if verb is not None:
        anchor = replace(anchor, text=anchor.text[len(verb) :], start=anchor.start + len(verb))
    elif anchor.role == "term" and (sent := _sent_to(anchor.text)):
        # 「告知用户联系物业管理处」 read as one term: the body after the verb is the key
        anchor = replace(anchor, text=anchor.text[sent:], start=anchor.start + sent)
    anchor = _with_glued_name(anchor, material)
    text = anchor.text
    if anchor.role != "role" or not _CJK.search(text) or material.count(text) > 1:
        return anchor
    for size in range(len(text) - 2, 1, -1):
        head, modifier = text[-size:], text[:-size]
        if semantic_kind(head, "zh") != "role" or word_class(modifier, "zh") == "verb":
            continue
        if _said_bare(head, material):
            return replace(anchor, text=head, start=anchor.end - size)
    return anchor


def _with_glued_name(anchor: Anchor, material: str) -> Anchor:
    """A Chinese term the material says only after the same letters or digits (消毒液, said only as
    84消毒液), keyed with them; a figure is no name."""
    if anchor.role == "figure" or not _CJK.match(anchor.text):
        return anchor
    prefixes = {
        match.group(1)
        for match in re.finditer(rf"([0-9A-Za-z][0-9A-Za-z-]*)?{re.escape(anchor.text)}", material)
    }
    if len(prefixes) != 1 or None in prefixes:
        return anchor
    prefix = prefixes.pop()
    return replace(anchor, text=prefix + anchor.text, start=anchor.start - len(prefix))


_ZH_GRAMMAR_BEFORE = "和与及或由向给请让对把被的时后前将并"
"""Characters before a role that are grammar, not a modifier (卸油员和押运员, 由押运员)."""


def _said_bare(head: str, material: str) -> bool:
    """The material says the role `head` alone somewhere: after punctuation, a line's start or
    grammar (和押运员), not inside another compound (区域经理 is no bare 经理)."""
    pattern = rf"(?:^|(?<=[^\u4e00-\u9fff])|(?<=[{_ZH_GRAMMAR_BEFORE}])){re.escape(head)}"
    return re.search(pattern, material, re.MULTILINE) is not None


def check_fill_key_repeated(question: Question, accepted: Sequence[Question]) -> list[str]:
    """No fill-in keyed on a term another fill-in of the exam already asks (押运员 twice)."""
    if question.type != "fill_blank":
        return []
    # A figure shared by two rules (2小时 to book and 2小时 to arrive) is two facts; a role or a
    # term asked twice is one thing learned once.
    keys = {normalise(k) for k in question.answer if normalise(k) and not NUMBER_PATTERN.search(k)}
    for other in accepted:
        if other.type != "fill_blank":
            continue
        others = {normalise(k) for k in other.answer}
        shared = keys & others
        if shared:
            return [
                f"the fill-in's key {sorted(shared)[0]!r} is the key of an accepted question, "
                f"a fill-in of this exam ({other.stem[:30]!r}): blank another term"
            ]
        pairs = _pairs(question.answer, other.answer)
        post = next((pair for pair in pairs if _same_post(*pair)), None)
        if post is not None:
            return [
                f"the fill-in's key {post[0]!r} and the key {post[1]!r} of an accepted fill-in "
                f"({other.stem[:30]!r}) name the same post: one question asked twice; blank "
                "another term"
            ]
    return []


def _pairs(keys: Sequence[str], others: Sequence[str]) -> list[tuple[str, str]]:
    """Every key of one fill-in with every key of the other, as written, lower case."""
    said = [k.strip().lower() for k in keys if not NUMBER_PATTERN.search(k)]
    return [(k, o.strip().lower()) for k in said for o in others if k and o.strip()]


def _same_post(key: str, other: str) -> bool:
    """Two role keys of which one is the other's head ("workshop manager" and "manager", 车间经理
    and 经理): the bare one is what the material calls the same post for short (session 21, end
    T14's B Q7 and Q8). Two posts with different modifiers (duty / education manager) differ."""
    short, long = sorted((key, other), key=len)
    if short == long or semantic_kind(short, "zh" if _CJK.match(short) else "en") != "role":
        return False
    if _CJK.match(short):
        return long.endswith(short)
    return long.endswith(" " + short)
