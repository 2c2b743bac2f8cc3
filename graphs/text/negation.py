"""Negation cues and their scope, so a checker can tell "上报经理" from "不必上报经理".

A cue is a whole word (jieba tokens for Chinese, word tokens for English) that negates what follows
it up to the end of its clause: a clause ends at `，,；;。！？!?` (and a line break) or before a
contrast word (但/但是/而/而是/却/不过/可是; but/however/although/though).

What is a cue and what is not (the decisions a checker relies on):
- A full stop that ends a sentence ends a clause ("Never open data on public Wi-Fi. If a device
  is lost, tell the desk": device and lost are not negated); one after an abbreviation (Mr., e.g.)
  or inside a number (3.5) does not.
- A dash with a space before it ends a clause too ("I won't pretend it's free - it's 45 a night").
- Chinese cues: 不 没 没有 无 未 别 勿 莫 不得 不能 不要 不用 不必 无需 无须 禁止 严禁 并非, and the
  words jieba builds on them (不是, 不准, 不许, 不宜, 不再, 没有, 未经, 无法, 绝不, 从未, 毫无, 并不…). A cue
  inside a longer token (严禁吸烟, 并不需要) ends where the cue ends, so the rest is in its scope.
- 无 denies its object, not the verb after it (做无麸质之前要洗2遍 washes; 无人看管 is denied), and a
  cue inside a name negates inside it (不锈钢台面要擦); "no-sugar", "without gluten are": the
  same (negation_objects.py).
- 非 is a cue only as a prefix of a noun or verb (非工作人员, 非质量问题), never in 非常, 非凡,
  非要, 非得 (those two mean *must*); its scope is the one word it prefixes, so in
  "非工作人员不得进入" 工作人员 is negated once and 进入 once.
- Words that merely contain a cue character are not cues: 不仅 不但 不久 不少 不断 不错 不过 无论
  不好意思 不客气 别人 别的 未来 毫无疑问 不管 差不多 没关系 没错 没了 (gone) 不同 不如 不然 ...
- Reassurance is not the negation of a claim: 别担心, 不用担心, 别着急, 没问题, 没关系, don't worry,
  no problem. The learner is not denying anything; nothing is negated.
- Double negation is an obligation, not a negation: 不得不 and 不能不 are single words and no cue;
  two adjacent cues (不是不想, cannot not) or two bridged by 人/谁/一个 (没有人不知道) nest, and a
  span inside both scopes is not negated (an even count).
- Limits are not negations: 不超过/不得超过/不应超过/不宜超过/不少于/不低于/不晚于 (and "no later than", "no more than",
  "no less than", "not exceed", "not more than") state a bound that a figure keeps; the figure is
  asserted, not denied. So does a cue a few words before an excess with its figure (车门不得连续
  敞开超过5分钟, "must never hold more than $1,000", "must not go above 1,000 dollars").
- A verb or a time word (每天, 当天) after 的, or 就/则/便 after the negated words, starts the main
  clause and ends the scope
  ("两次没接的改为发短信", "没接电话就改发短信": 改为, 改发 are not negated); before a noun 的 ends
  nothing. So does a modal (可以, 须, 应, 需要) a word or more after a bare cue: "顾客不满意可以在
  24小时内投诉" denies 满意, not 投诉 (不需要, 不可以, the cue's own modal, are cues as before).
- A word of whose fault a denied event was (怪, 是, 赖) a word or more after the cue starts the
  comment: "那节课没开成怪我们" denies 开成, not 怪我们; not after a verb of thinking (不觉得是…).
- A verb followed by the negated potential complement 不了 (解决不了) is negated itself; a
  directional one (瘦不下来, 坚持不下去) denies only itself, so what follows is asserted
  ("瘦不下来全额退款" promises the refund).
- Otherwise a cue's scope stops where the next cue starts, so "不用封存留样也不必上报" negates both
  verbs once each instead of cancelling out; except after a verb of promising or saying
  (没法保证, 不能保证, 不敢说, can't promise, won't pretend): the cue denies the whole statement
  that follows, inner negation included ("没法保证不会再等" promises nothing).
- 要不 and 要不要 suggest ("您要不先预约体测？"), they negate nothing; 没法 and 没办法 are cues
  (没 is).
- English cues: not, n't, never, no, none, nobody, nothing, neither, nor, cannot, without (so "may
  not", "must not", "don't" are covered); "not only"/"not just" are additive, not negations, and
  "a no" / "the no" is the noun.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from graphs.exams import Language
from graphs.text.caches import register
from graphs.text.negation_clauses import (
    Word,
    en_words,
    is_clause_end,
    opens_another_act,
    opens_another_duty,
    zh_words,
)
from graphs.text.negation_limits import en_compares, sets_a_ceiling
from graphs.text.negation_objects import en_object_end, zh_object_end
from graphs.text.negation_words import (
    EN_CUES,
    EN_DETERMINERS,
    EN_LIMIT_PAIRS,
    EN_NOT_NEGATING_NEXT,
    EN_REASSURED,
    EN_STANCE,
    ZH_COMMENTS,
    ZH_CUES,
    ZH_DOUBLE_NEGATION_BRIDGES,
    ZH_INTENSIFIERS,
    ZH_LIMIT_MODALS,
    ZH_LIMIT_VERBS,
    ZH_NOT_CUE_PREFIXES,
    ZH_NOT_CUES,
    ZH_PREFIX_FEI_FOLLOWERS,
    ZH_REASSURED,
    ZH_REASSURING_CUES,
    ZH_STANCE,
    ZH_SUGGESTING,
    ZH_THINKING,
)

__all__ = ["Language", "NegationCue", "is_negated", "negated_terms", "negation_cues"]


@dataclass(frozen=True)
class NegationCue:
    """A negating word at `text[start:end]`; it negates `text[end:scope_end]`."""

    cue: str
    start: int
    end: int
    scope_end: int


def _starts_main_clause(words: list[Word], index: int, cue: int, language: Language) -> bool:
    """Word `index` starts the main clause after a negated condition or subject, so the negation
    of word `cue` stops before it: a verb or adverb after 的 ("两次没接的改为发短信" negates 接, not 改为: 没接的
    is the subject) and 就/则/便 with a word between it and the cue ("没接电话就改发短信"). Before a
    noun 的 ends nothing (不新鲜的食物 is still a denial of 新鲜); 不就 is no condition."""
    if language != "zh" or index == 0:
        return False
    word = words[index]
    if word.text in _ZH_THEN:
        return index - cue >= 2 or words[cue].text not in ZH_CUES
    if word.text in _ZH_RULE_MODALS and index - cue >= 2 and words[cue].text in ZH_CUES:
        return True  # 顾客不满意可以投诉: the modal opens the rule the denied condition leads to
    if word.text in ZH_COMMENTS and index - cue >= 2:
        # 那节课没开成怪我们, 没约上是我们的问题: the denied event is the subject, what follows
        # says whose fault it is; not after a verb of thinking (不觉得是我们的问题)
        between = {w.text for w in words[cue + 1 : index]}
        return not between & (ZH_THINKING | ZH_STANCE)
    if words[index - 1].text != "的":
        return False
    if word.pos.startswith("t") or word.text.startswith("每"):
        return True  # 超过7天不取的每天收1元: a time word after 的 opens the rule, as a verb does
    return word.pos.startswith(("v", "d", "ad")) and word.text not in _ZH_COPULAS


_ZH_THEN = frozenset({"就", "则", "便"})
_ZH_RULE_MODALS = frozenset(
    {"可以", "可", "能够", "须", "必须", "应", "应当", "应该", "需", "需要"}
)
"""A modal after the denied word, a word or more from a cue of its own token, is the rule's: its
subject or condition was denied ("顾客不满意可以…投诉", "不按时交费须补交"), not the rule."""
_ZH_COPULAS = frozenset({"是", "为", "有"})


def _zh_cue_span(words: list[Word], index: int) -> tuple[int, int]:
    """Where in word `index` a negation cue stands, as (offset, length); length 0: none.

    An intensifier glued to the cue by jieba (千万别, 绝对不) is skipped: the cue follows it.
    """
    word = words[index].text
    for prefix in ZH_INTENSIFIERS:
        if word.startswith(prefix) and len(word) > len(prefix):
            length = _zh_cue_length(word[len(prefix) :], words, index)
            if length:
                return len(prefix), length
    return 0, _zh_cue_length(word, words, index)


def _zh_cue_length(word: str, words: list[Word], index: int) -> int:
    """How many leading characters of `word` (word `index`, or its tail) are a negation cue."""
    if word in ZH_NOT_CUES or word.startswith(ZH_NOT_CUE_PREFIXES):
        return 0
    if (
        index > 0
        and word.startswith("不")
        and words[index - 1].text.endswith(ZH_SUGGESTING)
        and not word.startswith(("不能", "不会", "不得", "不可"))
    ):
        return 0  # 要不 / 要不要: a suggestion
    following = words[index + 1] if index + 1 < len(words) else None
    if word == "非":
        if following is not None and following.pos.startswith(ZH_PREFIX_FEI_FOLLOWERS):
            return 1
        return 0
    if word.startswith("非") and len(word) >= 3 and word[:2] not in ZH_NOT_CUES:
        return 1  # 非工作日 as one token: the prefix negates the rest
    for cue in ZH_CUES:
        if not word.startswith(cue):
            continue
        rest = word[len(cue) :]
        # 不应超过 / 不得超过 / 不宜超过: a modal between the cue and the limit verb keeps the limit.
        bare = rest[1:] if rest[:1] in ZH_LIMIT_MODALS else rest
        if bare and any(bare.startswith(v) for v in ZH_LIMIT_VERBS):
            return 0
        if (not rest or rest in ZH_LIMIT_MODALS) and following is not None:
            if following.text in ZH_LIMIT_VERBS:
                return 0
            after = words[index + 2].text if index + 2 < len(words) else ""
            if not rest and following.text in ZH_LIMIT_MODALS and after in ZH_LIMIT_VERBS:
                return 0
            if cue in ZH_REASSURING_CUES and following.text in ZH_REASSURED:
                return 0
        if rest in ZH_REASSURED and cue in ZH_REASSURING_CUES:
            return 0
        return len(cue)
    return 0


def _en_is_cue(words: list[Word], index: int) -> bool:
    word = words[index].text.lower()
    if word not in EN_CUES and not word.endswith("n't"):
        return False
    following = words[index + 1].text.lower() if index + 1 < len(words) else ""
    after = words[index + 2].text.lower() if index + 2 < len(words) else ""
    before = words[index - 1].text.lower() if index > 0 else ""
    if word == "no" and before in EN_DETERMINERS:
        return False  # "accept a no": the noun, not a negation
    if following in EN_NOT_NEGATING_NEXT:
        return False
    if (following in EN_LIMIT_PAIRS and after == "than") or en_compares(words, index + 1):
        return False
    if following == "matter" and word == "no":
        return False
    if following == "doubt" and word == "no":
        return False
    if word == "no" and following in EN_REASSURED:
        return False
    if word in {"don't", "do"} and following == "worry":
        return False
    if word == "not" and index > 0 and words[index - 1].text.lower() == "do":
        return following != "worry"
    return True


def _denies_statement(words: list[Word], index: int, cue_end: int) -> bool:
    """True when a verb of promising or saying follows the cue (in its own token or the next two
    words): "没法保证…", "不敢说", "can't promise": the cue denies the whole statement after it."""
    rest = words[index].text[cue_end - words[index].start :]
    following = [w.text.lower() for w in words[index + 1 : index + 3]]
    if rest in ZH_STANCE or rest.lstrip("法能敢") in ZH_STANCE:
        return True
    return any(w in ZH_STANCE or w in EN_STANCE for w in following)


def negation_cues(text: str, language: Language) -> list[NegationCue]:
    """The negation cues in `text`, in order, each with the end of the span it negates."""
    return list(_cached_cues(text, language))


@lru_cache(maxsize=2048)
def _cached_cues(text: str, language: Language) -> tuple[NegationCue, ...]:
    # is_negated is asked about many spans of one text; segmenting it once is enough.
    words = zh_words(text) if language == "zh" else en_words(text)
    found: list[tuple[int, int, int]] = []  # (word index, cue start, cue end)
    prefix_only: set[int] = set()  # 非 as a prefix negates the one word it is attached to
    objects: dict[int, int] = {}  # a cue that negates one thing: its last word (negation_objects)
    for index, word in enumerate(words):
        if language == "zh":
            offset, length = _zh_cue_span(words, index)
            if length:
                cue_start = word.start + offset
                found.append((index, cue_start, cue_start + length))
                if word.text.startswith("非") and not word.text.startswith("非得"):
                    prefix_only.add(index)
                last = zh_object_end(words, index, offset, length)
                if last is not None:
                    objects[index] = last
        elif _en_is_cue(words, index):
            found.append((index, word.start, word.end))
            last = en_object_end(words, index)
            if last is not None:
                objects[index] = last
    found = [cue for cue in found if not sets_a_ceiling(words, cue[0], language, text)]

    cues: list[NegationCue] = []
    for position, (index, start, end) in enumerate(found):
        scope_end = len(text)
        for later in range(index + 1, len(words)):
            if (
                is_clause_end(words[later], language, text)
                or opens_another_duty(words, later, language)
                or opens_another_act(words, later, index, language)
                or _starts_main_clause(words, later, index, language)
            ):
                scope_end = words[later].start
                break
        if index in prefix_only:
            scope_end = words[index + 1].end if words[index].end == end else words[index].end
        elif position + 1 < len(found):
            next_index, next_start, _ = found[position + 1]
            between = [w.text for w in words[index + 1 : next_index]]
            double = not between or (
                language == "zh" and len(between) == 1 and between[0] in ZH_DOUBLE_NEGATION_BRIDGES
            )
            if not double and next_start < scope_end and not _denies_statement(words, index, end):
                scope_end = next_start  # separate negations, not a double one
        if index in objects:
            scope_end = min(scope_end, words[objects[index]].end)
        if _potential_complement(words, index, language):
            scope_end = min(scope_end, words[index + 1].end)
        cues.append(NegationCue(text[start:end], start, end, max(scope_end, end)))
    return tuple(cues)


register(_cached_cues.cache_clear)


_ZH_DIRECTIONS = frozenset(
    {"下来", "下去", "起来", "出来", "上去", "上来", "过来", "过去", "回来", "进去", "进来"}
)
"""Directional complements: 瘦不下来, 坚持不下去, 提不上去 say the verb cannot reach its end."""


def _potential_complement(words: list[Word], index: int, language: Language) -> bool:
    """Word `index` is the 不 of a verb's potential complement (瘦不下来, 坚持不下去): it denies
    the complement only, so "瘦不下来全额退款" still promises the refund after the condition."""
    if language != "zh" or index == 0 or index + 1 >= len(words) or words[index].text != "不":
        return False
    verb = words[index - 1].pos.startswith(("v", "a"))
    return verb and words[index + 1].text in _ZH_DIRECTIONS


def is_negated(text: str, start: int, end: int, language: Language) -> bool:
    """True when the span `[start, end)` lies inside the scope of an odd number of cues."""
    inside = sum(
        1 for cue in negation_cues(text, language) if cue.end <= start and end <= cue.scope_end
    )
    return (inside + _denied_by_complement(text, end, language)) % 2 == 1


_ZH_POTENTIAL_NEGATIONS = re.compile(r"不了(?!解)")
"""A verb's negated potential complement 不了 (解决不了, 处理不了): the verb is denied. Other
complements (不到, 不清) also follow nouns as verbs of their own (顾客不到场), so they are left out."""


def _denied_by_complement(text: str, end: int, language: Language) -> int:
    return int(language == "zh" and _ZH_POTENTIAL_NEGATIONS.match(text, end) is not None)


def negated_terms(text: str, terms: Iterable[str], language: Language) -> set[str]:
    """Which of `terms` occur in `text`, and only inside a negation scope.

    English terms match case-insensitively; a term that does not occur at all is not returned.
    """
    cues = negation_cues(text, language)
    haystack = text.lower() if language == "en" else text
    negated: set[str] = set()
    for term in terms:
        needle = term.lower() if language == "en" else term
        if not needle:
            continue
        spans = [
            (m.start(), m.start() + len(needle)) for m in re.finditer(re.escape(needle), haystack)
        ]
        if not spans:
            continue
        if all(
            (
                sum(1 for cue in cues if cue.end <= s and e <= cue.scope_end)
                + _denied_by_complement(text, e, language)
            )
            % 2
            == 1
            for s, e in spans
        ):
            negated.add(term)
    return negated
