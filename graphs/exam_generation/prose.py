"""What the learner reads is clean prose: no markup, no FAQ scaffolding, no fragments.

check_markup              markdown (`**`, `__`, `#`, backticks), `答：`/`问：`/`Q:`/`A:`,
                          list markers, a stray character before a space (`分 案例分析`) in
                          the stem, options, answers, scoring points and knowledge point
check_statement_form      a true/false item is a statement: not a question, not a heading
check_topic_is_a_subject  a multiple choice's topic is not the counting unit of its figures
                          (about "items" when every option says "12 items", "8 items")
check_rests_on_a_rule     the quote is a rule, not the material speaking of itself (its parties,
                          its scope, how it is accepted)
check_ends_mid_word       a stem that stops inside a term of its source
check_knowledge_point     a knowledge point taken from the material is a whole phrase, not a
                          heading cut mid-word (`店与岗位职责` from `门店与岗位职责`)
"""

from __future__ import annotations

import re

from graphs.exam_generation.blanks import BLANK_MARKER, Frame, locate_answer, term_around
from graphs.exams import Language, Question
from graphs.text.lexicon import Lexicon
from graphs.text.sentence_form import speaks_of_itself
from graphs.text.similarity import normalise

TYPE_PREFIX = re.compile(
    r"^\s*(?:判断正误|判断题|判断|填空题|填空|请判断|"
    r"true or false|fill in the blanks?|decide whether this is true)\s*[:：]\s*",
    re.IGNORECASE,
)
"""The instruction a writer may put before the item itself ("判断正误：", "True or false:")."""

_MARKUP = (
    (re.compile(r"\*\*|\*[^*\s][^*]*\*"), "markdown emphasis (*)"),
    (re.compile(r"(?<!_)__(?!_)|(?<!_)___(?!_)"), "markdown underscores"),
    (re.compile(r"(?:^|\s)#{1,6}(?:\s|$)|^#"), "a markdown heading mark (#)"),
    (re.compile(r"`"), "a code backtick"),
    (re.compile(r"(?:^|[\s。；;])(?:答|问|回答|问题)\s*[:：]"), "a Q/A label (答：/问：)"),
    # At the start or after a sentence end: "Group A: hand power tools" names a group.
    (re.compile(r"(?:^|[.?!。？！]\s*)[QA]\s*[:：]"), "a Q/A label (Q:/A:)"),
    (
        re.compile(
            r"^\s*(?:[-*•·]\s+|\d{1,2}[.)]\s|\d{1,2}、|[（(]\d{1,2}[)）]|[（(][一二三四五六七八九十]+[)）])"
        ),
        "a list marker",
    ),
    (re.compile(r"^\s*[一二三四五六七八九十]+、"), "a heading number (一、)"),
    (re.compile(r"^\s*第[一二三四五六七八九十\d]+[章节部分条]"), "a heading number (第…章)"),
    (re.compile(r"^[\u4e00-\u9fff]\s+[\u4e00-\u9fff]"), "a stray character cut from a heading"),
)
_QUESTION_START = re.compile(
    r"^(?:is|are|was|were|can|could|do|does|did|what|how|who|whom|whose|when|where|why|which|"
    r"will|would|should|shall|may|might|must|has|have|had)\b(?!\s+not\b)",
    re.IGNORECASE,
)
_ZH_QUESTION_WORDS = re.compile(
    r"为什么|什么|怎么|怎样|如何|哪些|哪个|哪种|哪里|哪儿|多少|多久|几[个天次项种位]"
)
_ZH_EMBEDDING_VERBS = (
    "检查",
    "确认",
    "询问",
    "了解",
    "判断",
    "核实",
    "核对",
    "查看",
    "评估",
    "决定",
    "考虑",
    "咨询",
    "说明",
    "注意",
    "观察",
    "留意",
    "关注",
    "看",
    "问",
)
_CJK = re.compile(r"[\u4e00-\u9fff]")
_DANGLING_START = re.compile(
    r"^(?:(?:if|when|unless|but|and|so|otherwise)\s+)?(it|they|this|these|those|he|she|them|its|"
    r"their)\b|^(?:如果|若|但|并且|而且)?(其|该|此|它|他们|她们|这些|那些)",
    re.IGNORECASE,
)
"""A statement opening on a pronoun ("If it costs less, ..."): cut from the sentence it needs."""
FRAME_TAIL = 6
"""How many closing characters of a Chinese stem are looked up in the quote."""
_SENTENCE_END = "。.!！?？；;…”\"'）)"
_HEADING_LINE = re.compile(
    r"^\s*(?:#{1,6}\s*|[一二三四五六七八九十]+、|第[一二三四五六七八九十\d]+[章节部分条]|\d+(?:\.\d+)*\.\s+)"
)


def statement_of(stem: str) -> str:
    """The stem without its instruction prefix: the sentence the learner judges or completes."""
    return TYPE_PREFIX.sub("", stem, count=1).strip()


def statements_read(question: Question) -> list[str]:
    """What the learner reads as statements: the stem's sentence, or a multiple choice's options."""
    if question.type == "multiple_choice":
        return [o.text for o in question.options]
    if question.type in ("true_false", "single_choice", "fill_blank"):
        return [statement_of(question.stem)]
    return []


def _fields(question: Question) -> list[tuple[str, str]]:
    fields = [("stem", statement_of(question.stem))]
    fields += [(f"option {o.key}", o.text) for o in question.options]
    if question.type == "fill_blank":
        fields += [(f"answer {i}", a) for i, a in enumerate(question.answer, start=1)]
    if question.type == "short_answer":
        fields += [("reference answer", a) for a in question.answer]
        fields += [(f"scoring point {i}", p) for i, p in enumerate(question.scoring_points, 1)]
    fields.append(("knowledge point", question.knowledge_point))
    return fields


_OPTION_LETTER = re.compile(r"^\s*[（(]?[A-Ha-h]\s*[.、:：)）]\s*\S")


def check_markup(question: Question) -> list[str]:
    """No markup or Q/A scaffolding left in anything the learner or the grader reads."""
    problems = [
        f"option {o.key} repeats an option letter in its text ({o.text[:20]!r}): the letters "
        "are printed once, from the keys"
        for o in question.options
        if _OPTION_LETTER.match(o.text)
    ]
    for name, text in _fields(question):
        # Underscores in a stem are blanks; the blank rules judge them.
        checked = BLANK_MARKER.sub(" ", text) if name == "stem" else text
        for pattern, what in _MARKUP:
            if pattern.search(checked):
                problems.append(f"{name} has {what} left from the source: {text[:50]!r}")
                break
    return problems


def _without_numbering(line: str) -> str:
    stripped = _HEADING_LINE.sub("", line, count=1)
    while stripped != line:
        line, stripped = stripped, _HEADING_LINE.sub("", stripped, count=1)
    return stripped


def _heading_texts(material: str) -> set[str]:
    headings = set()
    for line in material.splitlines():
        if _HEADING_LINE.match(line) and not line.rstrip().endswith(tuple(_SENTENCE_END)):
            headings.add(normalise(_without_numbering(line)))
    return headings


_ZH_QUOTED = re.compile(r"“[^”]*”|「[^」]*」")
"""Quoted words (顾客询问“配一副眼镜要多久”时，…): a question reported, not asked."""


def _is_zh_question(statement: str) -> bool:
    statement = _ZH_QUOTED.sub("“”", statement)
    bare = statement.rstrip(_SENTENCE_END + " ")
    if bare.endswith(("吗", "呢")):
        return True
    for match in re.finditer("是否", statement):
        # "检查收银系统是否能登录": 是否 after a verb of checking in its clause asks nothing.
        clause = re.split(r"[，,。；;：:]", statement[: match.start()])[-1]
        if not any(verb in clause for verb in _ZH_EMBEDDING_VERBS):
            return True
    return bool(_ZH_QUESTION_WORDS.search(statement))


def check_statement_form(question: Question, material: str) -> list[str]:
    """A true/false item states something to judge: not a question, not a heading."""
    if question.type != "true_false":
        return []
    statement = statement_of(question.stem)
    bare = re.sub(r"[*#`_]", "", statement).strip()
    if not bare:
        return ["the true/false statement is empty"]
    if (
        bare.rstrip("*").endswith(("?", "？"))
        or _QUESTION_START.match(bare)
        or _is_zh_question(bare)
    ):
        return [
            f"the true/false item is a question, not a statement: {statement[:50]!r}; "
            "state the fact (or its changed form) for the learner to judge"
        ]
    pronoun = _DANGLING_START.match(bare)
    if pronoun:
        return [
            f"the true/false statement starts with {pronoun.group(1) or pronoun.group(2)!r}, which points to a "
            f"sentence the item does not show: {statement[:50]!r}; name what it refers to"
        ]
    if not bare.endswith(tuple(_SENTENCE_END)) and (
        _HEADING_LINE.match(bare) or normalise(_without_numbering(bare)) in _heading_texts(material)
    ):
        return [f"the true/false item is a heading, not a statement: {statement[:50]!r}"]
    return []


_QUOTED_TOPIC = re.compile(r"[\"“「]([^\"”」]{1,30})[\"”」]")


def check_topic_is_a_subject(question: Question) -> list[str]:
    """A multiple choice about "items" where every option counts items ("up to 12 items", "8
    items") names the unit its figures count, not what the statements are about."""
    if question.type != "multiple_choice":
        return []
    topic = _QUOTED_TOPIC.search(question.stem)
    if topic is None:
        return []
    word = re.escape(topic.group(1).strip())
    options = " ".join(o.text for o in question.options)
    mentions = re.findall(rf"(\d[\d.,]*\s*)?\b{word}\b", options, re.IGNORECASE)
    if not mentions or not all(mentions):
        return []
    return [
        f"the stem asks about {topic.group(1)!r}, the unit the options' figures count, not a "
        "topic: name what the statements are about (e.g. borrowing limits)"
    ]


def check_rests_on_a_rule(question: Question, language: Language) -> list[str]:
    """An item on the material speaking of itself (本协议由…签订, "This policy applies to …")
    tests a preamble every learner answers without reading a rule."""
    if not speaks_of_itself(question.source_quote, language):
        return []
    return [
        f"the item rests on the material speaking of itself ({question.source_quote[:40]!r}), "
        "not on a rule a learner applies: ask about a rule"
    ]


def check_ends_mid_word(question: Question, lexicon: Lexicon, language: Language) -> list[str]:
    """A stem does not stop in the middle of a term of its source quote."""
    statement = statement_of(question.stem).rstrip()
    if not statement or statement.endswith(tuple(_SENTENCE_END)):
        return []
    if BLANK_MARKER.search(statement[-8:]):
        return []
    tail = BLANK_MARKER.split(statement)[-1]
    tail = tail[-FRAME_TAIL:] if language == "zh" else " ".join(tail.split()[-3:])
    if len(normalise(tail)) < 2:
        return []
    where = locate_answer(question.source_quote, tail, Frame("", ""))
    if where is None:
        return []
    quote, end = question.source_quote, where[1]
    cut = term_around(lexicon, quote, end)
    if cut is not None:
        return [f"the stem stops in the middle of {cut!r}: {statement[-20:]!r}"]
    following = quote[end : end + 1]
    if language == "zh" and following and (following.isalnum() or _CJK.match(following)):
        return [
            f"the stem stops in the middle of the source sentence, before {quote[end : end + 6]!r}: "
            f"{statement[-20:]!r}"
        ]
    return []


def check_knowledge_point(question: Question, material: str, lexicon: Lexicon) -> list[str]:
    """A knowledge point found in the material starts and ends on whole terms there."""
    point = question.knowledge_point.strip()
    line = cut_from(point, material, lexicon)
    if line is None:
        return []
    return [
        f"knowledge point {point!r} is a fragment cut from {line.strip()!r}: "
        "name the topic with whole words"
    ]


def cut_from(point: str, material: str, lexicon: Lexicon) -> str | None:
    """The material's line a point is cut from when it stands nowhere as whole terms (None
    when it does somewhere, or is not in the material)."""
    if len(point) < 2:
        return None
    lines = [line for line in material.splitlines() if point.lower() in line.lower()]
    for line in lines:
        start = line.lower().find(point.lower())
        end = start + len(point)
        if lexicon.language == "en":
            # An English word may stand inflected in the text ("Email" in "emails"); a cut
            # heading loses its first letters ("ling customer data").
            if not line[start - 1 : start].isalpha():
                return None
        elif not lexicon.cuts_word(line, start, end):
            return None
    return lines[0] if lines else None
