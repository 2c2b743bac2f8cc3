"""Where a scoring point's term occurs in an answer, and with which polarity.

scoring_points.py credits a term found with the point's polarity and denies one found only with
the other. A term occurs as written, or said shorter or turned about as spoken Chinese does: a
compound verb as its one-character verb (收 for 收取: "不收手续费", 问 for 询问), a two-character
act split or said object first (收下衣服 for 收衣, 把药发给 for 发药; order_rules.act_spans); and a
word that denies it by itself (refuse for accept, 拒绝 for 接受) is an occurrence with the other
polarity.
"""

from __future__ import annotations

from graphs.exam_grading.order_rules import act_spans
from graphs.exam_grading.point_terms import Term, occurrences, tokens_with_offsets
from graphs.exam_grading.scope import negated
from graphs.exam_grading.vocabulary import Vocabulary
from graphs.exams import Language
from graphs.text.segment import Token


def polarities_in(
    term: Term, answer: str, language: Language, vocabulary: Vocabulary, *, by_denials: bool = True
) -> set[bool]:
    """Whether each occurrence of the term in the answer is negated (empty: it does not occur).

    A Chinese verb also occurs as a one-character verb of its own in the answer (问 for 询问, 打 for
    拨打, 挪 for 挪动): spoken Chinese shortens compound verbs that way. A word that denies the term
    by itself (refuse for accept, 拒绝 for 接受) is an occurrence with the opposite polarity, where
    `by_denials` (term_findings.denial_words_deny: not where the point bans or only permits).
    """
    denials = vocabulary.denials_of(term.text) if by_denials else ()
    denying = {
        not negated(answer, s, e, language)
        for word in denials
        for s, e in occurrences(word, answer, language)
    }
    forms = tuple(v for v in vocabulary.variants(term.text) if v != term.text)
    spans = term_spans(term, answer, language, forms=forms)
    return denying | {negated(answer, s, e, language) for s, e in spans}


def term_spans(
    term: Term, answer: str, language: Language, *, forms: tuple[str, ...] = ()
) -> list[tuple[int, int]]:
    """Where the term occurs in the answer, or its compound verb as a one-character verb (收 for
    收取: "不收手续费"; also the first character of another word of its synonym group, `forms`:
    查 for 核对 where the point wrote 查验), or a two-character act split or said object first
    (把药发给 for 发药; order_rules.act_spans). A character a negator governs is a verb whatever
    jieba tags it (不换 for 不予更换: 换 tagged a noun)."""
    spans = occurrences(term.text, answer, language)
    if not spans and language == "zh" and term.action and len(term.text) == 2:
        spans = act_spans(term.text, answer, language)
    if not spans and language == "zh" and term.polar and len(term.text) >= 2:
        tokens = tokens_with_offsets(answer)
        spans = [
            (start, start + 1)
            for i, (start, token) in enumerate(tokens)
            if len(token.word) == 1
            and (token.pos.startswith("v") or _governed(answer, tokens, i))
            and (token.word in term.text or any(f.startswith(token.word) for f in forms))
        ]
    return spans


def _governed(answer: str, tokens: list[tuple[int, Token]], index: int) -> bool:
    """The token at `index` follows a negator, directly (不换) or past one adverb of how or by
    whom (不能自行换, 别自己换, 不得擅自换: jieba tags 换 a noun there)."""
    start = tokens[index][0]
    if answer[:start].endswith(_NEGATOR_BEFORE_VERB):
        return True
    if index == 0 or not tokens[index - 1][1].pos.startswith(("d", "r", "i")):
        return False
    previous = tokens[index - 1][1].word
    return answer[: tokens[index - 1][0]].endswith(_NEGATOR_BEFORE_VERB) or (
        previous.startswith(_NEGATOR_BEFORE_VERB)
        and len(previous) > 2  # 不能自己 fused: 不能自己换
    )


_NEGATOR_BEFORE_VERB = ("不", "没", "别", "不予", "不得", "不能")
"""Negators that govern the verb right after them (不换, 没退, 别收)."""
