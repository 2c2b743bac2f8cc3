"""Which rules a short answer draws on, and what each point holds beyond its own sentence.

restriction / restricts  a restriction after a semicolon (「…报告值班经理；未经值班经理确认补齐，
                         不得开放深水区」) belongs to the point before it, never a point of its own
distinct                 one rule said twice is one point ("must check a photo ID" and "must not
                         be activated without an ID check")
glued                    a sentence stated with one it does not speak of is no point
bare_figure              a figure with no duty, condition or responsibility: a choice or a
                         fill-in asks it; a short answer starts from a rule
"""

from __future__ import annotations

import re

from graphs.exam_generation.material import Material
from graphs.exam_generation.order_asks import order_ask
from graphs.text.facts import Fact
from graphs.text.references import leans_on_previous
from graphs.text.terms import is_stop_word
from graphs.text.word_class import en_verb_lemma

_RESTRICTION = re.compile(
    r"^\s*(?:未经|非经|没有|未取得|请(?=[\u4e00-\u9fff]{2})|without|until|unless)", re.IGNORECASE
)
"""A clause after a semicolon that says what must happen before the rule's action may be undone
(「…报告设备维修组；未经维修组签字确认，任何人不得摘牌使用」): the safety-critical half; or the
procedure's last step, asked of the customer (「作业完成后须当场试用…；请业主在维修单上签字确认」:
a key without it left the sign-off out, session 15 D8, e1 Q13)."""


def restriction(material: Material, fact: Fact, point: str) -> str:
    """The restriction a point's sentence goes on to after its semicolon: the point without it
    teaches the first half of the rule."""
    after = fact.sentence + 1
    if point.rstrip("。.") != fact.text.rstrip("。；;.") or not restricts(material, after):
        return ""
    return ("；" if material.zh else "; ") + material.document.sentences[after].text.strip().rstrip(
        "。."
    )


def restricts(material: Material, sentence: int) -> bool:
    """The sentence is a restriction after a semicolon, on the rule of the sentence before."""
    sentences = material.document.sentences
    return (
        0 < sentence < len(sentences)
        and sentences[sentence - 1].text.rstrip().endswith(("；", ";"))
        and sentences[sentence].section == sentences[sentence - 1].section
        and _RESTRICTION.match(sentences[sentence].text) is not None
    )


def distinct(pool: list[Fact], zh: bool) -> list[Fact]:
    """The pool without a rule that restates one before it ("Front-desk staff must check a photo
    ID before activating any membership" and "a membership must not be activated without an ID
    check"): two points for one rule credit it twice."""
    kept: list[Fact] = []
    for fact in pool:
        if not any(restates(fact.text, other.text, zh) for other in kept):
            kept.append(fact)
    return kept


_RESTATED_SHARE = 0.75


def restates(a: str, b: str, zh: bool) -> bool:
    """Most of the shorter text's content (its words; in Chinese its character pairs) is in the
    longer one."""
    if zh:
        pairs = [
            {t[i : i + 2] for i in range(len(t) - 1) if _CJK_PAIR.fullmatch(t[i : i + 2])}
            for t in (a, b)
        ]
    else:
        pairs = [_content_lemmas(t) for t in (a, b)]
    small, large = sorted(pairs, key=len)
    return len(small) >= 2 and len(small & large) >= _RESTATED_SHARE * len(small)


_CJK_PAIR = re.compile(r"[\u4e00-\u9fff]{2}")


def _content_lemmas(text: str) -> set[str]:
    return {
        en_verb_lemma(word) or word
        for word in (w.lower() for w in re.findall(r"[A-Za-z]+", text))
        if len(word) >= 2 and not is_stop_word(word)
    }


def glued(material: Material, fact: Fact) -> bool:
    """A fact stated with a sentence before it that it does not speak of ("Off-Peak members
    cannot bring guests. Guests must be 18 or over …"): as one point it asks two rules under one
    question, the second not asked at all."""
    if fact.lead is None:
        return False
    sentences = material.document.sentences
    return not leans_on_previous(
        sentences[fact.sentence].text,
        sentences[fact.lead].text,
        material.language,
        material.text,
    )


_DUTIES = frozenset(["obligation", "prohibition", "permission"])


def bare_figure(fact: Fact) -> bool:
    """A figure with no duty, condition or responsibility around it. An order ("Record existing
    damage on the ticket …") has no modal word, and is a duty all the same."""
    if fact.modal is not None or len(fact.kinds) >= 2 or _DUTIES & set(fact.kinds):
        return False
    # "If a garment is damaged, apologise, take photos and report it …": an order for a case
    return fact.text.isascii() is False or order_ask(fact.text) is None
