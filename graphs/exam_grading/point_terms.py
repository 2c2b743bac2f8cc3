"""A scoring point's content terms, each with the point's polarity, and the tokens they come from.

`content_terms(point, language, vocabulary)` is what the grader looks for in an answer: the
point's content words (jieba's words for Chinese, read through the synonym groups; English words
in the point's canonical form), without stopwords, negators, function words or figures; each
says whether the point denies it, whether it is the point's action (a verb) and whether its
polarity must agree. scoring_points.py judges a point by these terms.

Chinese tokens are mended where jieba glues a locality word to the verb after it (工本费后退还:
后/退还, not 后退/还), and a verb after the denied verb and its object is a circumstance whose
polarity is free (不能戴着隐形眼镜睡觉: wearing them is denied, not sleeping).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from lemminflect import getAllLemmas

from graphs.exam_grading.bound_objects import with_bound_objects
from graphs.exam_grading.discounts import discounts
from graphs.exam_grading.figures import Figure, clause_of, figures_of
from graphs.exam_grading.modality import forbidden_span
from graphs.exam_grading.scope import negated
from graphs.exam_grading.token_mends import mended
from graphs.exam_grading.vocabulary import Vocabulary, word_key
from graphs.exams import Language
from graphs.text.quantities import parse_quantities
from graphs.text.segment import Token, tokenize

_STOPWORD_TEXT = (
    "的 了 和 与 及 或 在 是 为 对 把 被 等 并 而 且 以 也 要 会 能 可以 进行 通过 一个 这个 "
    "客户 顾客 提供 需要 应该 应 使用 内 后 前 时 再 先 最后 然后 就 都 还 是否 属于 "
    "the a an and or of to in on for with by is are be that this it as at from any all "
    "customer customers need needs must should within their them they his her its so do "
    "about least most not never no none nor nobody nothing cannot without can may will would "
    "have has had same than when whenever if once where while who whom which whose "
    "through via"
)
_STOPWORDS = frozenset(_STOPWORD_TEXT.split())
_NEGATOR_TEXT = (
    "不 没 没有 无 未 别 勿 莫 不得 不能 不可 不准 不许 不要 不用 不必 无需 无须 禁止 严禁 非 不予"
)
_NEGATORS = frozenset(_NEGATOR_TEXT.split())
CLAUSE_BREAK = re.compile(r"[，,；;。！？!?\n]|\.(?=\s|$)")
CONDITION = re.compile(r"^(?:如果|若|如|当|凡)|的$|时$|^(?:if|when|whenever|once|where)\b", re.I)
"""A clause that is a rule's condition (如果…, …的, …时, "if …", "when …"), not the rule."""


def rule_clauses(point: str) -> str:
    """The point without its condition clauses: what the rule says once its condition holds
    (同一位顾客…连续两次没有接听电话的，前台可以改为发送短信: 前台可以改为发送短信)."""
    clauses = [c.strip() for c in CLAUSE_BREAK.split(point)]
    return "，".join(c for c in clauses if c and not CONDITION.search(c))


EN_WORD = re.compile(r"[a-z][a-z'-]*")
_EN_DETERMINERS = frozenset({"a", "an", "the", "their", "every", "each", "any", "all"})
_EN_LEAD_WORDS = frozenset({"do", "not", "don't", "never", "always", "please", "must", "should"})
_EN_FUNCTION_WORD_TEXT = (
    "the a an and or of to in on for with by is are be was were that this it as at from if "
    "then i we you he she they them their our my your will would should must can may do does "
    "not never no any all within after before over under than so but into out up"
)
EN_FUNCTION_WORDS = frozenset(_EN_FUNCTION_WORD_TEXT.split())


@dataclass(frozen=True)
class Term:
    """A content word of a point (canonical form) and how the point uses it."""

    text: str  # canonical form, as it occurs in the canonical point
    negated: bool  # the point negates it
    action: bool  # a verb of the point (zh: jieba's v tag; en: the point's leading word)
    polar: bool  # its polarity must agree (zh: verbs only; en: every term)
    anchor: bool = True  # places the point in the answer (not a time word: 次日, before)


def content_terms(point: str, language: Language, vocabulary: Vocabulary) -> list[Term]:
    """The content words of a point (canonical forms), each with the point's polarity.

    A Chinese point is segmented as written (segmenting its canonical form can glue words
    wrongly) and each word is then read through the synonym groups; an English point is read in
    its canonical form, so a listed phrase ("give out" for share) stays one term.
    """
    if language == "en":
        point = vocabulary.canonical(point)
    figures = [(s, e) for _, s, e in (*parse_quantities(point), *discounts(point))]
    imperative = language == "en" and _is_imperative(point)
    terms: dict[str, Term] = {}
    # Chinese: after a denied verb and its object, a later verb of the scope is a circumstance
    # (不能戴着隐形眼镜睡觉: what is denied is wearing them, not sleeping): its polarity is free.
    denied_verb, object_seen = False, False
    for start, token in with_bound_objects(tokens_with_offsets(point, language)):  # 持/竿
        end = start + len(token.word)
        if CLAUSE_BREAK.fullmatch(token.word):
            denied_verb, object_seen = False, False
        circumstance = language == "zh" and denied_verb and object_seen
        if language == "zh" and token.pos[:1] in {"n", "l", "i", "j"} and denied_verb:
            object_seen = True
        if language == "zh" and token.pos.startswith("v") and not denied_verb:
            denied_verb = negated(point, start, end, language)
        word = vocabulary.canonical(token.word.strip().removesuffix("'s"))
        if any(s <= start < e for s, e in figures) or not word or word in _STOPWORDS:
            continue
        if word in _NEGATORS or not re.search(r"\w", word) or word.isdigit():
            continue
        if word.isascii() and len(word) < 3:
            continue
        if (
            language == "zh"
            and len(word) < 2
            and not _is_synonym_term(word, vocabulary)
            and not (token.pos.startswith("v") and negated(point, start, end, language))
        ):
            continue  # a one-character verb counts only denied: 押金不退 is the rule (押金退 its opposite)
        if language == "zh" and _is_function_word(token, word, vocabulary):
            continue  # 同时, 必须, a glued 的须: no meaning a paraphrase must repeat
        if language == "zh" and word in _ZH_FIGURE_NOUNS and _ZH_FIGURE_NEXT.match(point, end):
            continue  # 时间不少于40秒: the figure says it ("每次洗够40秒以上")
        verb = token.pos.startswith("v")
        action = verb if language == "zh" else _is_action(word, imperative, first=not terms)
        denied = negated(point, start, end, language)
        polar = (
            (verb and not circumstance) if language == "zh" else not _en_circumstance(point, start)
        )
        anchor = token.pos != "t" if language == "zh" else word not in EN_FUNCTION_WORDS
        terms.setdefault(word, Term(word, denied, action, polar, anchor))
    return list(terms.values())


_ZH_MODALS = frozenset({"方可", "即可", "便可", "才可", "亦可", "均可"})
"""Adverbs of condition ("only then may"): no meaning a paraphrase must repeat."""
_ZH_FIGURE_NOUNS = frozenset({"时间", "时长", "规定"})
"""Filler nouns a figure or its bound follows (时间不少于40秒, 时长为2小时): the figure is the
point's matter; the noun only introduces it and no paraphrase need repeat it."""
_ZH_FIGURE_NEXT = re.compile(
    r"\s*(?:不少于|不低于|不超过|不高于|不得少于|不得超过|至少|最少|最多|约|为|是|在|达到|控制在|"
    r"[\d零一二两三四五六七八九十半])"
)
_ZH_OBLIGATIONS = frozenset({"必须", "务必", "必需"})
"""The modal of a must-rule: modality.py reads it (an answer that waives or forbids the act
contradicts the point); as a term it would ask a paraphrase to repeat it ("只在早上六点到八点做"
states 必须安排在6点至8点之间生产)."""
_ZH_FUNCTION_TAGS = frozenset(
    {"c", "p", "u", "uj", "ul", "uz", "ud", "ug", "uv", "r", "y", "e", "o"}
)


def shared_terms(
    terms: list[Term], others: Sequence[str], language: Language, vocabulary: Vocabulary
) -> set[str]:
    """The words of a point (`terms`) its question's other points (`others`) hold too, and their
    terms: a word of another point in another form is shared too ("reported" of one, "report" of
    the other), so its clause does not place this point."""
    shared = {t.text for other in others for t in content_terms(other, language, vocabulary)}
    keys = {term_key(text, language) for text in shared}
    return shared | {t.text for t in terms if term_key(t.text, language) in keys}


def turned_terms(
    terms: list[Term], others: Sequence[str], language: Language, vocabulary: Vocabulary
) -> set[str]:
    """The acts of a point its question's other points hold only with the other polarity (不得开锁
    beside 方可开锁): found the point's way, such an act is the point's own, not a shared word."""
    denials: dict[str, set[bool]] = {}
    for other in others:
        for term in content_terms(other, language, vocabulary):
            denials.setdefault(term_key(term.text, language), set()).add(term.negated)
    return {
        t.text
        for t in terms
        if t.polar and t.action and denials.get(term_key(t.text, language)) == {not t.negated}
    }


def _is_function_word(token: Token, word: str, vocabulary: Vocabulary) -> bool:
    """A Chinese conjunction, preposition, particle or pronoun, or an adverb or locality word no
    synonym or antonym group lists (必须, 同时, jieba's glued 的须, 方可 which jieba tags a noun;
    立即 = 马上 and 以上/以下 stay terms)."""
    if token.pos in _ZH_FUNCTION_TAGS or word in _ZH_MODALS or word in _ZH_OBLIGATIONS:
        return True
    listed = _is_synonym_term(word, vocabulary) or any(word in pair for pair in vocabulary.antonyms)
    return token.pos in {"d", "f"} and not listed


def _is_imperative(point: str) -> bool:
    """True when an English point opens with a verb in its base form ("shred printed copies"),
    not with a noun that is its subject: in "Staff offer a replacement" the base-form verb and
    its object's determiner follow the noun."""
    words = [w for w in EN_WORD.findall(point.lower()) if w not in _EN_LEAD_WORDS]
    if not words or words[0] not in getAllLemmas(words[0]).get("VERB", ()):
        return False
    subject_first = (
        len(words) >= 3
        and "NOUN" in getAllLemmas(words[0])
        and words[1] in getAllLemmas(words[1]).get("VERB", ())
        and words[2] in _EN_DETERMINERS
    )
    return not subject_first


def _is_action(word: str, imperative: bool, *, first: bool) -> bool:
    """An English point's action: its leading term when imperative, else a verb-only word."""
    return first if imperative else _is_verb_form(word)


def _is_verb_form(word: str) -> bool:
    """True for an English word that can only be a verb ("asks", "resolved"), not a noun."""
    lemmas = getAllLemmas(word)
    return "VERB" in lemmas and "NOUN" not in lemmas


def _en_circumstance(point: str, start: int) -> bool:
    """Whether the English word at `start` names the circumstance of a prohibition, not the act
    it forbids: "must not tune pianos in rooms where children under 6 are unsupervised" forbids
    tuning; "children" is where, so "Children must be supervised" does not deny it."""
    clause = CLAUSE_BREAK.split(point[:start].lower())[-1]
    cue = forbidden_span(clause, "en")
    return cue is not None and _EN_CIRCUMSTANCE.search(clause, cue[1]) is not None


_EN_CIRCUMSTANCE = re.compile(r"\b(?:where|when|whenever|if|unless|while|who|whose|which)\b")


def bracketed_only(point: str, terms: list[Term], language: Language) -> set[str]:
    """The point's terms that stand only inside its brackets: an aside that lists examples or
    alternatives ("身份证和房产证明（房产证、租赁合同或物业证明任选其一）"), which an answer that
    states the rule need not repeat."""
    inside = [m.span() for m in _BRACKETED.finditer(point.lower())]
    if not inside:
        return set()
    return {
        t.text
        for t in terms
        if (spans := occurrences(t.text, point.lower(), language))
        and all(any(s >= a and e <= b for a, b in inside) for s, e in spans)
    }


_BRACKETED = re.compile(r"[(（][^()（）]*[)）]")


def acts_to_say(
    point: str, terms: list[Term], printed: set[str], language: Language, vocabulary: Vocabulary
) -> list[Term]:
    """The point's terms with the acts an answer must say marked: where the stem prints every
    action the point has ("before starting" of "What must technicians do before starting?"), the
    verb its modal governs is its act too ("Measure humidity" for "Technicians must measure room
    humidity before starting"), so a bare noun phrase ("Room humidity") is still no act."""
    actions = [t for t in terms if t.action]
    if not actions or any(term_key(t.text, language) not in printed for t in actions):
        return terms
    if language == "zh":
        return _zh_governed_act(point, terms, printed, vocabulary)
    governed = {
        term_key(vocabulary.canonical(m.group("verb")), language)
        for m in _EN_MODAL_VERB.finditer(point.lower())
    }
    return [
        replace(t, action=True) if term_key(t.text, language) in governed - printed else t
        for t in terms
    ]


def _zh_governed_act(
    point: str, terms: list[Term], printed: set[str], vocabulary: Vocabulary
) -> list[Term]:
    """The zh form of `acts_to_say`: the first term the stem does not print after the point's
    modal, past its manner adverbs, is its act (须立即报告护士长: 报告 where the stem prints the
    case 发生…跌落 as the point's only verbs), though jieba tags it a noun."""
    canonical = vocabulary.canonical(point)
    modal = _ZH_MODAL_CUE.search(canonical)
    if modal is None:
        return terms
    after = [
        (place, t)
        for t in terms
        if t.text not in printed and t.text not in _ZH_MANNER and not t.negated
        for place in [canonical.find(t.text, modal.end())]
        if place >= 0
    ]
    if not after:
        return terms
    act = min(after, key=lambda placed: placed[0])[1]
    return [replace(t, action=True) if t is act else t for t in terms]


_ZH_MODAL_CUE = re.compile(r"必须|务必|应当|应该|需要|须|应|需")
"""A zh rule's modal of obligation: the verb it governs is the rule's act."""
_ZH_MANNER = frozenset({"立即", "马上", "立刻", "及时", "尽快", "主动", "当场", "亲自", "同时"})
"""Adverbs between a zh modal and its verb (须立即报告): how the act is done, not the act."""


_EN_MODAL_VERB = re.compile(
    r"\b(?:must|should|shall|need\s+to|needs\s+to|have\s+to|has\s+to|(?:is|are)\s+required\s+to)"
    r"\s+(?:(?:not|never|always|first|also|then)\s+)?(?P<verb>[a-z]+)"
)
"""A rule's modal and the verb it governs ("must measure", "should always check")."""


def term_key(term: str, language: Language) -> str:
    """What two terms are compared by: an English word's lemma (damaged = damage), else itself."""
    return word_key(term) if language == "en" and term.isascii() else term


def _is_synonym_term(word: str, vocabulary: Vocabulary) -> bool:
    return len(vocabulary.variants(word)) > 1


def tokens_with_offsets(text: str, language: Language = "zh") -> list[tuple[int, Token]]:
    placed, offset = [], 0
    tokens = tokenize(text, language)
    for token in mended(tokens, _ZH_MODALS) if language == "zh" else tokens:
        start = text.find(token.word, offset)
        if start >= 0:
            placed.append((start, token))
            offset = start + len(token.word)
    return placed


TERMS_SHARE = 0.5
"""Share of a point's content terms an answer must state to have the point's topic."""


def occurrences(term: str, text: str, language: Language) -> list[tuple[int, int]]:
    """Where `term` occurs in `text`: an English word by its stem, a phrase or Chinese as written;
    a Chinese fee (检查费) also as what it pays for with its price right after (检查80元)."""
    if language == "en" and term.isascii():
        stem = word_key(term)
        return [
            (m.start(), m.end())
            for m in EN_WORD.finditer(text)
            if word_key(m.group()) == stem and _same_bound(m.group(), term)
        ] + [(m.start(), m.end()) for m in re.finditer(re.escape(term), text) if " " in term]
    found = [(m.start(), m.end()) for m in re.finditer(re.escape(term), text)]
    if not found and len(term) >= 3 and term.endswith(_ZH_FEE):
        # a fee named by what it pays for, its price right after: 检查80元 is 检查费 80元
        found = [(m.start(), m.end()) for m in re.finditer(_fee_by_price(term[:-1]), text)]
    return found


def _same_bound(word: str, term: str) -> bool:
    """A bound word is itself only: "at least" is a lower bound, "less than" an upper one,
    though the lemmatiser reads least as less."""
    word, term = word.lower(), term.lower()
    return word == term or (word not in _EN_BOUND_WORDS and term not in _EN_BOUND_WORDS)


_EN_BOUND_WORDS = frozenset({"less", "least", "more", "most", "fewer", "fewest"})


_ZH_FEE = ("费", "费用")
_PRICE = r"(?=\s*(?:[¥￥]\s*)?[\d零一二两三四五六七八九十百千万]+(?:\.\d+)?\s*(?:元|块))"


def _fee_by_price(stem: str) -> re.Pattern[str]:
    return re.compile(re.escape(stem) + _PRICE)


def clauses_of(term: Term, answer: str, language: Language, vocabulary: Vocabulary) -> set[int]:
    """The clauses where the term, or a word denying it, occurs in the answer."""
    words = (term.text, *vocabulary.denials_of(term.text))
    return {
        clause_of(answer, start)
        for word in words
        for start, _ in occurrences(word, answer, language)
    }


def tells_the_rule(point: str, found: list[str], language: Language) -> bool:
    """A terse answer tells the rule, not only its condition: the rule's clauses hold a figure, or
    a word of them is found (连续两次没接改发短信; not 连续两次没接也要反复拨打 for "…连续两次没有接听
    电话的，前台可以改为发送短信", whose figure is the condition's)."""
    rule = rule_clauses(point)
    return bool(figures_of(rule, language, in_point=True)) or any(t in rule for t in found)


def why_not_stated(
    missing: list[str],
    found: list[str],
    distinctive: list[str],
    wanted: list[Figure],
    figures_stated: bool,
) -> str:
    """What a point with none of its terms missing still lacks, so that a note never reads
    "missing" beside "states 1 of 1 of its terms": its own words, or its figure."""
    if missing:
        return ""
    if not any(term in found for term in distinctive):
        return ", only words the question or another point shares"
    if wanted and not figures_stated:
        return f", but not its figure {', '.join(f.describe() for f in wanted)}"
    return ", but not as a statement of the point"
