"""Which rules a short answer draws on, and what each point holds beyond its own sentence.

restriction / restricts  a restriction after a semicolon (「…报告值班经理；未经值班经理确认补齐，
                         不得开放深水区」) or the rule's other case (a figure of the same kind)
                         belongs to the point before it, never a point of its own
distinct                 one rule said twice is one point ("must check a photo ID" and "must not
                         be activated without an ID check")
glued                    a sentence stated with one it does not speak of is no point
two_rules                a sentence stated with one before it that is a figure's rule of its own
                         ("A grand piano costs 130 dollars. If the piano has not been tuned for
                         more than 2 years, a pitch raise … adds 45 dollars") is two points in one
bare_figure              a figure with no duty, condition or responsibility: a choice or a
                         fill-in asks it; a short answer starts from a rule
"""

from __future__ import annotations

import re

from graphs.exam_generation.material import Material
from graphs.exam_generation.order_asks import order_ask
from graphs.exam_generation.rule_opening import figures
from graphs.text.facts import Fact
from graphs.text.quantities import same_quantity
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
    """The sentence is a restriction after a semicolon, on the rule of the sentence before, or
    that rule's other case: a figure of the same kind after the semicolon (「单件价值500元以下的
    由保洁员承担30%…；单件价值500元以上的由公司先行赔付…」, "An upright piano costs 90 dollars;
    a grand piano costs 130 dollars"), or in a sentence of its own the other side of the same
    figure (`_same_threshold`). A key with one half teaches half the rule (session 19 end
    designer D12, m3 Q11: the key covered only the under-500元 half of 第八条)."""
    sentences = material.document.sentences
    if not (
        0 < sentence < len(sentences)
        and sentences[sentence].section == sentences[sentence - 1].section
    ):
        return False
    text, before = sentences[sentence].text, sentences[sentence - 1].text
    if not before.rstrip().endswith(("；", ";")):
        return _same_threshold(before, text, material.zh)
    return _RESTRICTION.match(text) is not None or bool(_kinds(text) & _kinds(before))


def _same_threshold(before: str, text: str, zh: bool) -> bool:
    """The sentence states the other side of the sentence before's figure, on the same thing
    (「床垫凹陷深度超过2.5厘米属于质量问题…。」 then 「凹陷深度在2.5厘米以内属于正常现象…。」):
    the same quantity, the words before it shared."""
    for quantity, start, _ in figures(text):
        for other, other_start, _ in figures(before):
            if same_quantity(quantity, other) and restates(text[:start], before[:other_start], zh):
                return True
    return False


def _kinds(text: str) -> set[str]:
    """The kinds of figure a text states (money_cny, length, …)."""
    return {str(q.dimension or q.unit) for q, _, _ in figures(text) if q.dimension or q.unit}


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


def two_rules(material: Material, fact: Fact) -> bool:
    """The fact states its sentence with the one before it, and each states a figure of its own:
    one point asked by one cue holds a rule the cue does not ask (session 19 end teacher T12, B
    Q9: 'What does the grand piano cost?' keyed with the pitch raise's 45 dollars, so an answer
    to the question as asked lost half the marks). An escalation whose second sentence has no
    figure ("… we retry once after 7 days. If it fails twice, the card is suspended") is one."""
    if fact.lead is None or not any(a.role == "figure" for a in fact.anchors):
        return False
    return bool(figures(material.document.sentences[fact.lead].text))


_DUTIES = frozenset(["obligation", "prohibition", "permission"])


def bare_figure(fact: Fact) -> bool:
    """A figure with no duty, condition or responsibility around it. An order ("Record existing
    damage on the ticket …") has no modal word, and is a duty all the same."""
    if fact.modal is not None or len(fact.kinds) >= 2 or _DUTIES & set(fact.kinds):
        return False
    # "If a garment is damaged, apologise, take photos and report it …": an order for a case
    return fact.text.isascii() is False or order_ask(fact.text) is None
