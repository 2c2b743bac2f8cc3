"""A short answer's scoring points are whole statements on the question's topic.

    check_scoring_points   each point is a whole statement (at least MIN_POINT_CHARS Chinese
                           characters / MIN_POINT_WORDS English words, not starting or ending
                           mid-clause) and on the stem's topic

On topic: the point shares a content term or a figure with the topic, which is the stem, the
knowledge point, and the sentences of the source quote that name one of their terms (so
"Apologise ..." is on the topic of "the LAST method" when the quote says "Use the LAST method:
listen, apologise, ..."; a point about registering guests is off the topic "stars" even when the
quote runs on to it).
"""

from __future__ import annotations

import re

from graphs.exam_generation.gapped_clauses import each_subject_held
from graphs.exam_generation.named_sections import under_named_section
from graphs.exams import Language, Question
from graphs.text.clause_forms import en_verbless, leans_across_semicolon
from graphs.text.lexicon import Lexicon
from graphs.text.quantities import parse_quantities, same_quantity
from graphs.text.references import leans_on_previous
from graphs.text.terms import is_stop_word

MIN_POINT_CHARS = 6
MIN_POINT_WORDS = 3
_ZH_CLAUSE_STARTS = (
    "并且",
    "而且",
    "但是",
    "因此",
    "所以",
    "以及",
    "或者",
    "并",
    "且",
    "而",
    "和",
    "或",
    "及",
    "但",
    "的",
    "了",
    "则",
    "即",
    "就",
    "也",
    "又",
    "还",
)
_ZH_CLAUSE_ENDS = ("，", "、", ",", "和", "或", "及", "与", "的", "并", "对", "向", "在")
_EN_CLAUSE_STARTS_TEXT = (
    "and or but which who whom whose that because so then than while whereas with within for at "
    "of to by from in on after before during until unless"
)
_EN_CLAUSE_STARTS = frozenset(_EN_CLAUSE_STARTS_TEXT.split())
_EN_CLAUSE_ENDS_TEXT = "the a an and or of to with for by in on at from that which who than as"
_EN_CLAUSE_ENDS = frozenset(_EN_CLAUSE_ENDS_TEXT.split())
_EN_OPEN_PARENTHETICAL = re.compile(r",\s*(?:who|which|whose|whom|where)\b[^,;.]*$", re.IGNORECASE)
"""A point that ends inside a relative clause ("Gold members, who earn 500 stars in a year"):
the subject is there, what is said of it is not."""
_SENTENCE_BREAK = re.compile(r"(?<=[。！？!?；;\n])|(?<=\.)\s+")
_EN_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]+")
_CJK = re.compile(r"[\u4e00-\u9fff]")


def _en_lemmas(word: str) -> set[str]:
    import lemminflect

    lowered = word.lower()
    lemmas = {lowered}
    for forms in (lemminflect.getAllLemmas(lowered) or {}).values():
        lemmas.update(forms)
    return lemmas


def _terms(text: str, lexicon: Lexicon, language: Language) -> set[str]:
    """Content terms of a text: English lemmas, Chinese whole terms of two characters or more."""
    if language == "en":
        return {
            lemma
            for word in _EN_WORD.findall(text)
            if len(word) >= 3 and not is_stop_word(word.lower())
            for lemma in _en_lemmas(word)
        }
    terms = set()
    for segment in lexicon.whole_terms(text):
        word = segment.text.strip()
        if len(word) >= 2 and _CJK.search(word) and not is_stop_word(word):
            terms.add(word)
    return terms


def _shares(
    point_terms: set[str], topic_terms: set[str], topic_text: str, language: Language
) -> bool:
    if point_terms & topic_terms:
        return True
    if language == "en":
        return False
    # Chinese terms segment differently in different sentences (保全部门 / 保全 部门).
    return any(t in topic_text for t in point_terms) or any(
        t in p for t in topic_terms for p in point_terms
    )


def _shares_figure(point: str, topic_text: str) -> bool:
    """True when the point states a figure the topic names ("2 hours" in the stem)."""
    named = [q for q, _, _ in parse_quantities(topic_text)]
    return any(same_quantity(q, n) for q, _, _ in parse_quantities(point) for n in named)


def _topic(question: Question, lexicon: Lexicon, language: Language) -> tuple[set[str], str]:
    asked = f"{question.stem} {question.knowledge_point}"
    terms = _terms(asked, lexicon, language)
    text = asked
    for sentence in _SENTENCE_BREAK.split(question.source_quote):
        found = _terms(sentence, lexicon, language)
        if _shares(found, terms, asked, language):
            terms |= found
            text += " " + sentence
    return terms, text


def _fragment_problem(point: str, language: Language) -> str | None:
    stripped = point.strip()
    if stripped.count("（") + stripped.count("(") > stripped.count("）") + stripped.count(")"):
        return "ends inside brackets"
    if language == "en":
        words = _EN_WORD.findall(stripped)
        if len(stripped.split()) < MIN_POINT_WORDS:
            return "is too short to be a statement"
        first = stripped.split()[0]
        # "… up to the excess of $1,500": a figure that closes the point closes its clause.
        last = "" if _FIGURE_END.search(stripped) else words[-1].lower() if words else ""
        if _POINTS_BACK.search(stripped):
            last = ""  # "… and costs $3 per km beyond that": "that" is the figure before it
        if first[:1].islower() and (first.lower() in _EN_CLAUSE_STARTS or _verb_only(first)):
            return f"starts mid-clause ({first!r})"
        if stripped.endswith((",", ";")) or (
            last in _EN_CLAUSE_ENDS and not stripped.endswith(".")
        ):
            return "ends mid-clause"
        opened = _EN_OPEN_PARENTHETICAL.search(stripped.rstrip("."))
        if opened and not _has_predicate(stripped[: opened.start()]):
            return "ends inside a relative clause, before what it says of its subject"
        return None
    if len(_CJK.findall(stripped)) < MIN_POINT_CHARS:
        return "is too short to be a statement"
    if stripped.startswith(_ZH_CLAUSE_STARTS):
        return f"starts mid-clause ({stripped[:2]!r})"
    if stripped.rstrip("。").endswith(_ZH_CLAUSE_ENDS):
        return "ends mid-clause"
    return None


_POINTS_BACK = re.compile(
    r"\b(?:beyond|after|before|above|below|over|under|past|besides|than)\s+(?:that|this)\W*$",
    re.IGNORECASE,
)
_FIGURE_END = re.compile(r"[$€£]?\d[\d,.]*%?\s*\.?$")
_EN_PREDICATE = re.compile(
    r"\b(?:is|are|was|were|be|been|must|may|might|can|cannot|could|will|would|shall|should|"
    r"has|have|had|do|does|did)\b",
    re.IGNORECASE,
)


def _has_predicate(text: str) -> bool:
    """The clause before a relative clause says something of its subject ("Returns … are
    reported to the Duty Supervisor, who decides …"), or is an instruction ("Refer all requests
    to the DPO, who will respond …"): the relative clause then ends the point, it does not
    leave it open."""
    words = text.split()
    return bool(_EN_PREDICATE.search(text)) or bool(words and _verb_only(words[0]))


def _verb_only(word: str) -> bool:
    """An English word that can only be a verb form (get, registering): a clause without subject."""
    import lemminflect

    classes = set(lemminflect.getAllLemmas(word.lower()) or ())
    return bool(classes) and classes <= {"VERB", "AUX"}


_SIGN_OFF = re.compile(r"[，,]\s*(由[^，,。；;！？]{1,10})[。；;！？]")
"""「…，由店长审批。」: the closing clause that names who approves the rule just stated."""


def _dropped_sign_off(point: str, material: str) -> str | None:
    """The closing 「由…」 sign-off of the point's sentence in the material, when the point stops
    right before it (the generator's points keep it; see rule_points._continues)."""
    body = point.strip().rstrip("。；;.")
    at = material.find(body) if len(body) >= MIN_POINT_CHARS else -1
    if at < 0:
        return None
    found = _SIGN_OFF.match(material, at + len(body))
    return found.group(1) if found else None


WAITS_FOR = {
    "zh": re.compile(r"方可|方能|后才|才能|才可|才允许|才准"),
    "en": re.compile(r"\bonly\s+(?:after|once|when|if)\b|\bnot\s+(?:before|until)\b", re.I),
}
"""A clause that lets the rule's action go ahead only once something has happened (「客户回复确认
后才能施工」, "repairs start only once the customer confirms"): the rule's end, not another rule."""
_NEXT_CLAUSE = re.compile(r"^[\s，,]*([^，,；;。！？!?]*)")


def _waits_for(rest: str, language: Language) -> bool:
    """The clause right after the point is the condition its action waits for."""
    clause = _NEXT_CLAUSE.match(rest)
    return clause is not None and WAITS_FOR[language].search(clause.group(1)) is not None


_SENTENCE_END = re.compile(r"[。！？!?\n；;]|\.(?:\s|$)")
"""Where the point's rule ends: a clause after a semicolon is a rule of its own."""
_ESCALATION = re.compile(r"(?:if|when|unless|where)\b|如果|若|如", re.IGNORECASE)
"""The next sentence is a condition on this one ("If it fails twice, …"): its next step."""
_NEXT_SENTENCE = re.compile(r"\s*([^。！？!?\n]+?(?:[。！？!?]|\.(?:\s|$)))")
_DIGIT = re.compile(r"\d")


def _dimensions(text: str) -> set[str]:
    """The kinds of figure a text states (calendar, percent, money_cny, …)."""
    return {
        str(q.dimension or q.unit) for q, _, _ in parse_quantities(text) if q.dimension or q.unit
    }


def _leans_on_clause_before(points: str, source: str, material: str, language: Language) -> bool:
    """A point resting on a clause after a semicolon that names nothing alone (「…视为误开锁，
    不收费；每个账户每天限2次」), when no point holds the clause before."""
    at = material.find(source.strip()) if source.strip() else -1
    head = material[:at].rstrip() if at > 0 else ""
    if not head.endswith(("；", ";")) or not leans_across_semicolon(_bare(source), language):
        return False
    before = re.split(r"[。.!?！？\n]", head[:-1])[-1]
    clause = re.split(r"[，,；;]", before)[-1] if before else ""
    return not clause.strip() or _bare(clause).strip() not in _bare(points)


def _bare(text: str) -> str:
    return re.sub(r"[*_`]", "", text).strip()


def _stops_short(point: str, material: str, language: Language) -> str | None:
    """What the point's sentence goes on to say after the point stops: a figure later in the
    same sentence (its minimum term, its other tiers), or the next sentence when that one speaks
    of this one ("If it fails twice, the card is suspended …"): the rest of the rule."""
    body = point.strip().rstrip("。；;.")
    at = material.find(body) if len(body) >= MIN_POINT_CHARS else -1
    if at < 0:
        return None
    after = at + len(body)
    end = _SENTENCE_END.search(material, after)
    rest = material[after : end.start() if end else len(material)]
    if (
        _dimensions(rest) & _dimensions(body)
        or (language == "en" and _DIGIT.search(rest) and en_verbless(rest))
        or _waits_for(rest, language)
        # 「底坑作业前必须打开底坑照明，照度不低于50勒克斯」: the figure that makes the rule
        # checkable, in a clause with no modal of its own.
        or (
            language == "zh"
            and _dimensions(rest)
            and not _dimensions(body)
            and not _MODAL.search(rest)
        )
    ):
        # 「5年以内按5%折价，5至10年的按3%折价」: the other tiers; ", minimum term 3 months": a
        # note on the same rule
        return rest.strip(" ，,；;")
    if end is None or end.group() in ("；", ";"):
        return None  # a clause after a semicolon is a rule of its own
    following = _NEXT_SENTENCE.match(material, end.end())
    if (
        following
        and _ESCALATION.match(following.group(1))
        and leans_on_previous(following.group(1), body, language)
    ):
        return following.group(1).strip()
    return None


_PART_JOIN = re.compile(r"[、，,；;]\s*(?:并且|并|且|同时|and\s+)?|\s+and\s+")


def _held_elsewhere(rest: str, held: str) -> bool:
    """The rest of the point's sentence is stated by the question's other points: a rule of
    several duties split into a point per duty (point_parts), 「客户须年满21周岁」 with
    「客户须驾龄满2年」."""
    pieces = [p.strip(" .。") for p in _PART_JOIN.split(rest) if p.strip(" .。")]
    pieces = [re.sub(r"^(?:and|并且|并|且)\s*", "", p) for p in pieces]
    return bool(pieces) and all(p in held for p in pieces)


_CUE = re.compile(r"[（(]\d[）)]\s*(.+?)\s*(?:……|\.\.\.|…)")
_MODAL = re.compile(
    r"必须|须|应当|应|不得|禁止|严禁|\b(?:must|may not|should|cannot|shall)\b", re.IGNORECASE
)
MAX_CUE_SHARE = 0.7
"""A cue that states its rule's action (a modal) prints at most this share of its point. Set on
the labelled set: a sound cue printed 62% (作废的面单须在当天用碎纸机销毁…), the flawed ones 74% and
80% (…明显发黄的，须挑出报废…)."""


def _cue_prints_point(question: Question) -> list[str]:
    """Cues ("（2）…须挑出报废……") that print the rule's action and most of its point, leaving the
    learner a tail to write."""
    cues = [c.strip() for c in _CUE.findall(question.stem)]
    if len(cues) != len(question.scoring_points):
        return []
    return [
        f"cue {number} ({cue[:30]!r}) prints the action and most of scoring point {number}: "
        "cue only the rule's opening"
        for number, (cue, point) in enumerate(zip(cues, question.scoring_points, strict=True), 1)
        if point.strip().startswith(cue)
        and _MODAL.search(cue)
        and len(cue) > MAX_CUE_SHARE * len(point.strip())
    ]


_ASK = re.compile(r"[（(]\d[）)]\s*([^（(]+?[？?])")
"""A numbered question of the stem ("（1）叉车司机须满足哪些条件才能独立驾驶？")."""
_ASK_WORDS = frozenset(["what", "when", "must", "rule", "happens", "give", "who", "the"])


def _asked_by(point: str, asked: str, language: Language) -> bool:
    """The point speaks of what its own numbered question names: a word of it (staff, members:
    words too common to tell a topic are still the subject asked by), or in Chinese two
    characters of it."""
    if language == "zh":
        pairs = {asked[i : i + 2] for i in range(len(asked) - 1) if _CJK.search(asked[i : i + 2])}
        return any(pair in point for pair in pairs if len(_CJK.findall(pair)) == 2)
    words = {w.lower() for w in _EN_WORD.findall(asked) if len(w) >= 3} - _ASK_WORDS
    lemmas = {lemma for w in words for lemma in _en_lemmas(w)}
    return any(lemmas & _en_lemmas(w) for w in _EN_WORD.findall(point))


def check_scoring_points(question: Question, lexicon: Lexicon, language: Language) -> list[str]:
    """Every scoring point is a whole statement about what the stem asks."""
    if question.type != "short_answer":
        return []
    problems = _cue_prints_point(question)
    topic_terms, topic_text = _topic(question, lexicon, language)
    asks = _ASK.findall(question.stem)
    sources = question.point_sources
    # a rule split into a point per condition (point_parts): its points share its ask
    rules = list(dict.fromkeys(sources)) if len(sources) == len(question.scoring_points) else []
    if len(asks) != len(question.scoring_points):
        asks = [asks[rules.index(s)] for s in sources] if len(asks) == len(rules) else []
    for number, point in enumerate(question.scoring_points, start=1):
        if not point.strip():
            continue
        source = sources[number - 1] if len(sources) == len(question.scoring_points) else ""
        held = "".join(question.scoring_points)  # the clause before may be a point of its own
        if _leans_on_clause_before(held, source, lexicon.material, language):
            problems.append(
                f"scoring point {number} ({point[:40]!r}) is a clause after a semicolon that "
                "speaks of what the clause before it named (每天限2次 of what?): state both"
            )
            continue
        fragment = _fragment_problem(point, language)
        if fragment:
            problems.append(
                f"scoring point {number} ({point[:40]!r}) {fragment}: write each point as a "
                "whole statement of one fact"
            )
            continue
        sign_off = _dropped_sign_off(point, lexicon.material)
        if sign_off:
            problems.append(
                f"scoring point {number} ({point[:40]!r}) drops {sign_off!r}, who signs the rule "
                "off at the end of the same sentence: keep it in the point"
            )
            continue
        rest = _stops_short(point, lexicon.material, language)
        if rest and not _held_elsewhere(rest, held) and not each_subject_held(source, held):
            problems.append(
                f"scoring point {number} ({point[:40]!r}) stops before the rest of its rule "
                f"({rest[:40]!r}): keep the figures and consequence in the point"
            )
            continue
        if asks and _asked_by(point, asks[number - 1], language):
            continue
        if under_named_section(question.stem, source, lexicon.material):
            continue  # a rule of the section the stem asks whole
        if not _shares(
            _terms(point, lexicon, language), topic_terms, topic_text, language
        ) and not _shares_figure(point, topic_text):
            problems.append(
                f"scoring point {number} ({point[:40]!r}) is off the question's topic: "
                "credit only what the stem asks about"
            )
    return problems
