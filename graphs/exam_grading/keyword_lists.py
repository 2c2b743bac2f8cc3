"""Bare keyword lists: answers of terms with no statement ("封存 留样 上报 经理").

A keyword list states nothing, but a list that names the right things shows the learner knows
where the answer lies: a teacher gives it a little, not nothing and never a pass. What it earns
point by point (up to two fifths, by the figures and own words of each point it lists) is
list_marks.py's; this module says what counts as a bare list (`is_keyword_list`), which points
a word of it names (`named_by_a_term`) and when a list completes rules the question opens.

One list is more than keywords: where the question prints the opening of every rule and asks
for their figures ("complete these 2 rules …: (1) A customer may test-ride a bike … (2) Every new
bike is sold …"), a list that gives every rule's figures and words of its own ("20 min, photo ID,
6 weeks, 300 km") fills in what was asked, in the question's frame: it earns
RULES_COMPLETED_SHARE (three quarters), not full marks, for the statements it leaves to the
reader (`completes_the_rules`). A list of figures alone ("150 ml, 250 ml, 2 litres, 30
minutes"), a rule without a figure, or one figure missing, and the fifth stands.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lemminflect import getAllLemmas

from graphs.exam_grading.figures import figures_of
from graphs.exam_grading.modality import modality, obligation
from graphs.exam_grading.point_terms import (
    CLAUSE_BREAK,
    EN_FUNCTION_WORDS,
    EN_WORD,
    content_terms,
    occurrences,
)
from graphs.exam_grading.vocabulary import default_vocabulary
from graphs.exams import Language
from graphs.text.language import detect_language
from graphs.text.quantities import parse_quantities
from graphs.text.segment import tokenize

KEYWORD_LIST_SHARE = 1 / 5
"""What a bare keyword list earns for a point it names that has no figures nor own words
(list_marks.listed_share scales the rest)."""
RULES_COMPLETED_SHARE = 3 / 4
"""What a bare list earns that completes every rule the question opens (`completes_the_rules`)."""

_EN_LIST_SEPARATORS = re.compile(r"[,;/|\n]+")
_LIST_SEPARATORS = re.compile(r"[\s、,，;；/|]+")
_CLAUSE_MARKS = re.compile(r"[,，;；/|\n]+")
_ASIDE = re.compile(r"[(（][^)）]*[)）]")
_ZH_BOUND = re.compile(
    r"至少|最少|起码|不少于|不低于|不小于|不超过|不高于|不多于|最多|至多|以上|以下|以内|低于|高于|超过"
)
"""Words that bound a figure (至少45公斤, 40公斤以上): with whom it binds, a rule's limit."""


def is_keyword_list(
    answer: str, language: Language | None = None, points: Sequence[str] = ()
) -> bool:
    """True for an answer of bare terms with (almost) no statement ("封存 留样 上报 经理").

    Fewer than half of its entries are statements (`_mostly_terms`): a verb in one entry does not
    make the terms around it say anything ("电话征得同意 500元 书面报价" is a list).
    Chinese: entries are clauses (or, with no clause punctuation, what spaces part; `_entries`);
    an entry states something when one of its 、-joined fragments has a verb and another content
    word ("伤情、安抚、120、事故报告" is a list; "封存留样，上报经理" states two things, tersely) or
    pairs a term with its figure ("镜片6个月"); a fragment a scoring point holds as a verb's object
    (警示标志 in 设置警示标志) is that object, not a statement.
    English: two or more words; an entry (comma-separated) states something when it has a function
    word (article, preposition, pronoun, auxiliary, conjunction), is a short imperative ("check
    receipt") or pairs a term with its figure ("tables every 15 minutes"); "apologise receipt
    refund manager" is a list. A fragment the question's scoring points (`points`) use as a noun
    phrase, after a determiner ("sign the key log"), is that noun phrase, not an imperative:
    "key log, site office" is a list.
    """
    lang = language or detect_language(answer)
    text = answer.strip()
    if lang == "en":
        words = EN_WORD.findall(text.lower())
        pieces = [
            f
            for f in _EN_LIST_SEPARATORS.split(text.lower())
            if EN_WORD.findall(f) or _bare_numbers(f)  # "134, 3, Monday, 48" is a list too
        ]
        nouns = _noun_phrases(points)
        statements = sum(
            " ".join(EN_WORD.findall(f)) not in nouns
            and (_is_en_statement(EN_WORD.findall(f)) or _term_with_figure(f, lang))
            for f in pieces
        )
        numbers = sum(_bare_numbers(f) for f in pieces if not EN_WORD.findall(f))
        given = max(len(words) + numbers, len(pieces))  # "55 70 198": three figures
        return given >= 2 and _mostly_terms(statements, len(pieces))
    objects = _zh_objects(points)
    entries = [e for e in _entries(text) if e.strip("。.！!？? ")]
    fragments = [
        [f for f in (piece.strip("。.！!？? ") for piece in entry.split("、")) if f]
        for entry in entries
    ]
    statements = sum(_entry_states(entry, objects, lang) for entry in fragments)
    return sum(map(len, fragments)) >= 2 and _mostly_terms(statements, len(entries))


def _bare_numbers(piece: str) -> int:
    """How many figures an English entry gives, numbers parted by spaces alone ("55 70 198",
    which reads as one code's groups) each one."""
    return len(parse_quantities(piece)) or sum(len(parse_quantities(n)) for n in piece.split())


def _entry_states(fragments: list[str], objects: set[str], language: Language) -> bool:
    """Whether a Chinese entry of 、-joined fragments states something: its first fragment does
    and the rest are terms it enumerates ("登记姓名、品种、体重"), or at least half of them do. A
    verb among figures and terms governs none of them: "1分钟、到店验光、短信" and "电话征得同意、
    500元、书面报价" are lists (a bare figure is no object of the verb before it)."""
    states = [
        f not in objects
        and (len(f) > 2 or language == "en")  # 晨检, 电话: one word states nothing
        and (_is_statement(f) or _term_with_figure(f, language))
        for f in fragments
    ]
    enumerated = not any(parse_quantities(f) for f in fragments[1:])
    return bool(states) and (
        (states[0] and enumerated) or not _mostly_terms(sum(states), len(states))
    )


def _entries(text: str) -> list[str]:
    """A Chinese answer's entries: its clauses where it has clause punctuation (a space there is
    typography: "初诊 60 分钟，复诊 30 分钟"), else what spaces part ("电话征得同意 500元 书面报价");
    what 、 joins is one entry ("登记姓名、品种、体重" states one thing), and what brackets hold
    belongs to the entry it explains ("登记(姓名, 品种, 体重)")."""
    body = _ASIDE.sub(" ", text.strip().rstrip("。.！!？?"))
    if _CLAUSE_MARKS.search(body):
        return _CLAUSE_MARKS.split(body)
    for _, start, end in reversed(parse_quantities(body)):
        body = body[:start] + re.sub(r"\s+", "", body[start:end]) + body[end:]  # "累计 3 次"
    return body.split()


def _term_with_figure(entry: str, language: Language) -> bool:
    """An entry pairing a term with its figure ("镜片6个月", "tables every 15 minutes") tells the
    term's figure, tersely, as a statement does; a bare figure (500元) or a bare term does not.
    Whom a bound figure holds for, said in any word, states the bound ("男的至少45公斤": men must
    weigh at least 45 kg), as "a man at least 45 kg" does with its function words."""
    spans = [(s, e) for _, s, e in parse_quantities(entry)]
    if not spans:
        return False
    pieces, last = [], 0
    for start, end in spans:
        pieces.append(entry[last:start])
        last = end
    rest = "".join([*pieces, entry[last:]])
    if language == "en":
        return any(w not in EN_FUNCTION_WORDS and len(w) > 2 for w in EN_WORD.findall(rest.lower()))
    bound = _ZH_BOUND.search(rest)
    subject = rest[: bound.start()] + rest[bound.end() :] if bound else ""
    return any(t.pos.startswith(("n", "v")) and len(t.word) >= 2 for t in tokenize(rest, "zh")) or (
        re.search(r"[\u4e00-\u9fff]", subject.replace("的", "")) is not None
    )


def _mostly_terms(statements: int, entries: int) -> bool:
    """A list is keywords when fewer than half of its entries are statements: one verb among
    terms ("电话征得同意 500元 书面报价") does not make the others say anything; "封存留样 上报经理"
    (every entry a verb and its object) states two things, tersely."""
    return statements == 0 or statements * 2 < entries


_DETERMINERS = frozenset({"the", "a", "an", "every", "each", "any", "your", "their", "its", "this"})


def _noun_phrases(points: Sequence[str]) -> set[str]:
    """Runs of two or three words that follow a determiner or a possessive in the points ("the
    key log", "the employee's line manager")."""
    phrases = set()
    for point in points:
        words = EN_WORD.findall(point.lower().replace("’", "'"))
        for i, word in enumerate(words[:-2]):
            if word in _DETERMINERS or word.endswith("'s"):
                phrases.add(" ".join(words[i + 1 : i + 3]))
                phrases.add(" ".join(words[i + 1 : i + 4]))
    return phrases


def _zh_objects(points: Sequence[str]) -> set[str]:
    """Runs of one to three words right after a verb in the points: its objects (设置警示标志:
    警示标志 is a sign, not "to warn of a sign")."""
    objects = set()
    for point in points:
        tokens = [t for t in tokenize(point, "zh")]
        for i, token in enumerate(tokens[:-1]):
            if token.pos.startswith("v"):
                for n in (1, 2, 3):
                    objects.add("".join(t.word for t in tokens[i + 1 : i + 1 + n]))
    return objects


def _is_en_statement(words: list[str]) -> bool:
    """A function word joins the words (a negated auxiliary too: "don't swap hire skates" forbids
    an act), or a short imperative ("check receipt"), or one word that is only ever a verb
    ("Apologise"; "refund" and "receipt" may be nouns, terms)."""
    if any(w in EN_FUNCTION_WORDS or w.endswith("n't") for w in words):
        return True
    if not words:  # a bare figure ("48")
        return False
    lemmas = getAllLemmas(words[0]) if words else {}
    if len(words) == 1:
        return set(lemmas) == {"VERB"}
    return len(words) <= 3 and words[0] in lemmas.get("VERB", ())


def _is_statement(fragment: str) -> bool:
    """A verb and another content word, or words joined by a preposition ("前台在系统中标记", where
    jieba reads 标记 as a noun); a verb with a one-character noun suffix is a noun (代办人, 登记表,
    收银员), not a statement."""
    tokens = [t for t in tokenize(fragment, "zh") if re.search(r"\w", t.word)]
    if (
        len(tokens) == 2
        and tokens[0].pos.startswith("v")
        and _noun_suffix(tokens[1].word, tokens[1].pos)
    ):
        return False
    if len(tokens) >= 3 and any(t.pos == "p" for t in tokens[1:-1]):
        return True  # a preposition joins words into a statement, as an English function word does
    return len(tokens) >= 2 and any(t.pos.startswith("v") for t in tokens)


def _noun_suffix(word: str, pos: str) -> bool:
    return len(word) == 1 and pos.startswith("n")


def completes_the_rules(answer: str, stem: str, points: Sequence[str], language: Language) -> bool:
    """True for a bare list that completes every rule the stem opens (module doc): the stem
    prints each point's opening, each point has a figure and the list gives all of them (a rule
    without a figure: every thing it names, `_things_given`), and
    the list has a fragment other than a figure (a word of a rule, not only the numbers); where
    a point forbids, the list says so (a bare 人用洗发水 for 不得使用人用洗发水 tells neither way)."""
    if not points:
        return False
    given = figures_of(answer, language)
    splitter = _EN_LIST_SEPARATORS if language == "en" else _LIST_SEPARATORS
    fragments = [f for f in splitter.split(answer) if f.strip()]
    if not any(not figures_of(f, language) for f in fragments):
        return False
    for point in points:
        wanted = figures_of(point, language, in_point=True)
        if not _opens(stem, point, language) or not (wanted or _things_given(point, answer, stem)):
            return False
        if _forbids(point, language) and not _forbids(answer, language):
            return False  # "人用洗发水" bare for 不得使用人用洗发水: it could be either way round
        if not all(any(w.matches(g) for g in given) for w in wanted):
            return False
    return True


def _forbids(text: str, language: Language) -> bool:
    """Whether a clause of `text` forbids something (不得, must not): a list that names the
    forbidden thing without the prohibition does not tell the rule."""
    return any(modality(c, language) == "forbidden" for c in CLAUSE_BREAK.split(text))


def _opens(stem: str, point: str, language: Language) -> bool:
    """Whether the stem prints the point's opening: its first two words, or four characters."""
    if language == "en":
        opening = " ".join(EN_WORD.findall(point.lower())[:2])
        return bool(opening) and f" {opening} " in f" {' '.join(EN_WORD.findall(stem.lower()))} "
    folded = re.sub(r"\s+", "", point)[:4]
    return len(folded) == 4 and folded in re.sub(r"\s+", "", stem)


def named_by_a_term(point: str, answer: str, others: Sequence[str], stem: str) -> bool:
    """Whether a bare list gives a word of `point` that no other point has and the stem does not
    print ("警示牌 急停 安全带": 急停 is the top-of-car rule's own, from its 急停开关): it names
    that point, as two shared words would, and earns a list's little for it; a point none of
    whose own words it lists is missing."""
    language = detect_language(point)
    separators = _EN_LIST_SEPARATORS if language == "en" else _LIST_SEPARATORS
    listed = [e.strip().lower() for e in separators.split(answer.strip(" 。."))]
    return any(
        occurrences(entry, point.lower(), language)
        and not any(occurrences(entry, text.lower(), language) for text in (*others, stem))
        for entry in listed
        if len(entry) >= 2 and not figures_of(entry, language)
    )


def _things_given(point: str, answer: str, stem: str) -> bool:
    """Whether a list gives every thing a rule without a figure names and the stem does not print:
    "隔热手套、护目镜" completes 进入烤房必须戴隔热手套和护目镜 (its 手套 and 护目镜), "隔热手套" alone
    or "身份证件 代办人" for a rule that also names 读者 and 押金 does not."""
    language = detect_language(point)
    things = [
        t.text
        for t in content_terms(point, language, default_vocabulary())
        if not t.action and t.text not in stem and obligation(t.text, language) is None
    ]
    return bool(things) and all(occurrences(t, answer, language) for t in things)
