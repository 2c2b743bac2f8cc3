"""Two items on two clauses of one sentence that state one rule from both sides.

"Payment is taken on completion by card only; cash is not accepted by technicians": the second
clause is the first one's complement (only card, so no cash). A true/false item on each (Q6 'Cash
is accepted by technicians', Q7 'Payment is taken on completion by card only') tests one rule
twice, and each answers the other (session 19 end designer D12, m2 Q6/Q7); so do the fill-ins
「主觉验光只能由持有____的员工操作」 and 「____不得独立完成主觉验光」 (m1 FB10/FB11) and
「只能在购机后7日内购买；超过7日的，不得补购」 asked clause by clause.

The rule read here is grammatical: in one sentence, a clause that restricts by "only" (only,
solely, 只能, 仅限, 只由 …) and another that denies (not, never, 不得, 不收, 严禁 …) with no figure
of its own state one rule; a denial that sets a new figure ("… and never for more than 2 nights")
is a rule of its own. The same holds for the sentence right after, in one paragraph, when the
denial is about the same thing: it shares a word of the rule with the "only" sentence (主觉验光),
or names another of the same kind (cash beside card: `PAYMENT_MEANS`), not merely another role
("Only the duty manager may waive a charge. Staff must not promise refunds." are two rules).
`one_rule_twice` says why two items may not stand together, or None.
"""

from __future__ import annotations

import re
from functools import lru_cache

from graphs.exams import Language, Question
from graphs.text.caches import register
from graphs.text.segment import tokenize
from graphs.text.similarity import normalise
from graphs.text.terms import is_stop_word
from graphs.text.word_class import semantic_kind

_SENTENCE_BREAK = re.compile(r"(?<=[。！？!?])|(?<=\.)[ \t]+|(?=\n)")
"""A whole sentence: semicolons and commas join clauses of one rule; a line break ends one."""
PAYMENT_MEANS = frozenset(
    {
        "cash", "card", "cards", "cheque", "cheques", "check", "transfer", "voucher", "vouchers",
        "现金", "刷卡", "信用卡", "银行卡", "借记卡", "转账", "支票", "微信", "支付宝", "扫码",
        "代金券", "储值卡",
    }
)  # fmt: skip
"""Means of payment: 'by card only' leaves cash out."""
_ONLY = re.compile(
    r"(?<!not )\b(?:only|solely|exclusively)\b"
    r"|只能|只可|只允许|只限|只接受|只收|只由|只凭|仅限|仅可|仅能|仅由|仅凭|仅接受|仅收|限于",
    re.IGNORECASE,
)
_DENIAL = re.compile(
    r"\b(?:not|never|no|cannot)\b|n't\b"
    r"|不得|不可|不能|不收|不接受|不予|不准|不允许|严禁|禁止|谢绝|无权",
    re.IGNORECASE,
)
_FIGURE = re.compile(r"\d+(?:\.\d+)?")
_OBJECTIVE = frozenset({"single_choice", "fill_blank", "true_false"})


@lru_cache(maxsize=32)
def _whole_sentences(material: str) -> tuple[str, ...]:
    """The material's sentences, normalised; a paragraph break is an empty one."""
    return tuple(normalise(s) for s in _SENTENCE_BREAK.split(material) if s.strip() or "\n" in s)


register(_whole_sentences.cache_clear)


def _words(text: str, language: Language) -> dict[str, str | None]:
    """The content words of `text`, each with its kind ('payment' for a means of payment)."""
    words: dict[str, str | None] = {}
    for token in tokenize(text, language):
        word = token.word.lower()
        if len(word) < 2 or is_stop_word(word) or not re.search(r"[a-z\u4e00-\u9fff]", word):
            continue
        words[word] = "payment" if word in PAYMENT_MEANS else semantic_kind(word, language)
    return words


def _about_the_same(only: str, denial: str) -> bool:
    """The denial shares a word of the rule with the "only" sentence, or names another thing of
    a kind the "only" sentence names (not a role: another role's duty is another rule)."""
    language: Language = "zh" if re.search(r"[\u4e00-\u9fff]", only + denial) else "en"
    mine, theirs = _words(only, language), _words(denial, language)
    if any(kind != "role" for word, kind in theirs.items() if word in mine):
        return True
    kinds = {kind for kind in mine.values() if kind not in (None, "role")}
    return any(kind in kinds for kind in theirs.values())


def _sentence_of(quote: str, material: str) -> int | None:
    target = normalise(quote)
    if not target:
        return None
    for index, sentence in enumerate(_whole_sentences(material)):
        if target in sentence:
            return index
    return None


def _complement(only: str, denial: str) -> bool:
    """`denial` says no to what `only` leaves out, and sets no figure of its own."""
    if not _ONLY.search(only) or _ONLY.search(denial) or not _DENIAL.search(denial):
        return False
    return set(_FIGURE.findall(denial)) <= set(_FIGURE.findall(only))


def one_rule_twice(question: Question, other: Question, material: str) -> str | None:
    """Why `question` may not stand beside the accepted `other`: their quotes are two clauses of
    one sentence, one restricting by "only" and the other denying what it leaves out; or None."""
    if not material or {question.type, other.type} - _OBJECTIVE:
        return None
    mine, theirs = question.source_quote.strip(), other.source_quote.strip()
    a, b = normalise(mine), normalise(theirs)
    if not a or not b or a in b or b in a:
        return None  # one quote holds the other: the same-fact checks judge that
    index, their_index = _sentence_of(mine, material), _sentence_of(theirs, material)
    if index is None or their_index is None or abs(index - their_index) > 1:
        return None
    for only, denial in ((mine, theirs), (theirs, mine)):
        if _complement(only, denial) and (index == their_index or _about_the_same(only, denial)):
            break
    else:
        return None
    return (
        f"tests the same rule as the accepted question {other.stem[:40]!r}: its clause and that "
        "question's are one rule said from both sides (only one way, and not the other), so each "
        "answers the other; ask about another rule"
    )
