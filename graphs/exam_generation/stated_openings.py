"""What a Chinese rule's opening says besides its subject: a statement of fact before it, or a
second subject the rule goes on to.

A rule may open on what simply is (「封面分为布面和皮面两种，价格不同，报价单上必须注明封面材质」):
that clause is no condition, and asked as one it made 「屏幕分为原厂屏和品质屏两种时，报价单上应如何
处理？」 (session 16 designer D9, e2 Q11), where a trainer writes 「关于屏幕，报价单上必须注明什么？」.

A rule may state the same kind of thing for two siblings (「先煎药材须提前煎煮20分钟，后下药材在出锅
前5分钟放入」): asked by the first alone (「先煎药材须提前什么？」, session 16 lead, m3 Q12) its point
answered more than the ask; a trainer asks both: 「先煎药材和后下药材分别应如何处理？」.

    stated_topic     the topic noun of the statements the opening starts with, and the opening
                     without them; None when it starts on no statement
    paired_subjects  the rule's subject and the sibling subject a later clause of the point opens on
"""

from __future__ import annotations

import re

from graphs.exam_generation.rule_opening import ZH_CONDITION_END, ZH_CONDITION_START
from graphs.text.segment import Token, tokenize

_STATIVE = frozenset(["分为", "分成", "包括", "包含", "属于", "设有", "共有", "是", "有", "为"])
"""Verbs that say what a thing is or holds, never what happens to it: a clause of them states."""
_CLAUSE = re.compile(r"[，,；;]")


def _words(clause: str) -> list[Token]:
    return [t for t in tokenize(clause, "zh") if t.pos not in ("x", "w")]


def _states(clause: str) -> bool:
    """The clause says what a thing is, holds or is like (「封面分为布面和皮面两种」, 「价格不同」),
    with no case (…时, 如…) and no act of its own."""
    clause = clause.strip()
    if not clause or ZH_CONDITION_END.search(clause) or ZH_CONDITION_START.match(clause):
        return False
    tokens = _words(clause)
    if not tokens or not tokens[0].pos.startswith("n"):
        return False
    verbs = [t for t in tokens if t.pos.startswith("v")]
    if verbs:
        return all(t.word in _STATIVE for t in verbs)
    return tokens[-1].pos == "a"  # 「价格不同」: a quality, no act


def stated_topic(head: str) -> tuple[str, str] | None:
    """(topic, rest): 「封面」 and 「报价单上」 for 「封面分为布面和皮面两种，价格不同，报价单上」;
    None when the opening does not start on a statement, or nothing but statements is left."""
    clauses = _CLAUSE.split(head)
    stated = 0
    while stated < len(clauses) - 1 and _states(clauses[stated]):
        stated += 1
    rest = "，".join(c.strip() for c in clauses[stated:] if c.strip())
    if stated == 0 or not rest:
        return None
    tokens = _words(clauses[0])
    topic = ""
    for token in tokens:
        if not token.pos.startswith("n"):
            break
        topic += token.word
    return (topic if 2 <= len(topic) <= 8 else ""), rest


def paired_subjects(point: str, head: str) -> tuple[str, str] | None:
    """(「先煎药材」, 「后下药材」), (「冷胶」, 「热熔胶」): what the rule's opening `head` names, up to
    its first noun, and the sibling a later clause of the point opens on, ending on the same
    character; None when no later clause does, or the opening is a case with its subject after
    it: 「开门卸货前，收货员」 paired 「开门卸货前收货员和收货员」 (session 18 T11, A Q7)."""
    clauses = [c.strip() for c in _CLAUSE.split(head) if c.strip()]
    first = clauses[0] if clauses else ""
    if len(clauses) > 1 and (ZH_CONDITION_END.search(first) or ZH_CONDITION_START.match(first)):
        return None
    named = ""
    for token in _words(head):
        named += token.word
        if token.pos.startswith("n"):
            break
    else:
        return None
    if not 2 <= len(named) <= 8:
        return None
    for clause in _CLAUSE.split(point)[1:]:
        clause = clause.strip()
        found = re.match(r"[\u4e00-\u9fff]{1,6}?" + re.escape(named[-1]), clause)
        if (
            found is not None
            and found.group() != named
            # 「进入施工区」 ends on 施工, an act, no sibling of 洗车工
            and _words(found.group())[-1].pos.startswith("n")
            and len(clause) > found.end() + 1  # the sibling's own rule follows it
            and not ZH_CONDITION_START.match(clause)
            # 「每名幼儿」 is 幼儿 counted, the same subject; 「并由接送人」 opens on a joining word,
            # a second act's doer: neither is a sibling (session 18 lead, m1 Q11)
            and not found.group().endswith(named)
            and not _words(found.group())[0].pos.startswith(("c", "p", "d"))
        ):
            return named, found.group()
    return None
