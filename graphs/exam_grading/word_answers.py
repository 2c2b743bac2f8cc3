"""Word answers of a fill-in (no figure in the key): is the learner's word the key's, as a teacher
would mark it? The rules are matching.py's rule 2 (its docstring lists them); this module holds
them and what a blank's verdict is (`BlankMatch`).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from rapidfuzz import fuzz

from graphs.exam_grading.boss_words import boss_word
from graphs.exam_grading.class_heads import key_with_class_head
from graphs.exam_grading.frame_words import without_frame_words
from graphs.exam_grading.generic_heads import generic_head
from graphs.exam_grading.head_variants import head_variant
from graphs.exam_grading.modifier_words import (
    bare_role,
    clipped_role,
    english_head_alone,
    english_near_modifier,
    extra_person,
    near_modifier,
    record_named,
    short_form,
)
from graphs.exam_grading.narrower_terms import named_more_specifically
from graphs.exam_grading.role_descriptions import PLACED_CREDIT, placed_post
from graphs.exam_grading.role_families import family_match
from graphs.exam_grading.role_wording import same_party
from graphs.exam_grading.roles import ZH_RANKS, narrower_role
from graphs.exam_grading.trade_people import another_post, same_trade
from graphs.exam_grading.vocabulary import Vocabulary, default_vocabulary
from graphs.exam_grading.whole_amounts import whole_said_plainly
from graphs.exam_grading.word_forms import (
    expands_abbreviation,
    full_head,
    head_noun,
    in_singular,
    negations,
    object_abbreviated,
    prefixed_opposite,
    same_kind_head,
    same_words,
    unfolded_ba,
    without_article,
)
from graphs.exam_grading.work_words import work_word_left_out
from graphs.text.language import detect_language
from graphs.text.quantities import parse_quantities

FUZZY_RATIO = 85
"""ratio (0-100) above which two normalised word answers count as the same (a typo)."""
FUZZY_MIN_CHARS = 3
"""Shorter answers must match exactly: one wrong character in "A型" is a different answer."""
HEAD_ONLY_CREDIT = 0.5
"""Credit for a Chinese key's head noun alone (意见 for 个人意见): the thing, not which one."""
_MEASURE_WORD = "个"  # 个月 is 月: a measure word before a unit changes nothing
_PUNCTUATION = re.compile(r"[\W_]+", re.UNICODE)
_WORD = re.compile(r"[^\W_]+")
_ORDINAL = re.compile(r"(?<![\d.])(\d{1,2})(?:st|nd|rd|th)(?![a-z])")
_ORDINAL_WORDS = [
    "zeroth",
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
]


def normalise(text: str) -> str:
    """Fold width, case, whitespace and punctuation away; 2nd is second."""
    folded = _ORDINAL.sub(_ordinal_word, unicodedata.normalize("NFKC", text).lower())
    return _PUNCTUATION.sub("", folded)


def _ordinal_word(match: re.Match[str]) -> str:
    number = int(match.group(1))
    return _ORDINAL_WORDS[number] if number < len(_ORDINAL_WORDS) else match.group()


@dataclass(frozen=True)
class BlankMatch:
    """How much of one blank's credit an answer earns (0, 0.5 or 1) and why."""

    credit: float
    reason: str
    settled: bool = True
    """False when the rules only found the words unequal: a model may still read a paraphrase.
    Figures, antonyms and negations are settled by rule, never by a model."""


def match_words(
    given: str, expected: str, words: Vocabulary | None = None, frame: str = ""
) -> BlankMatch:
    """Match a word answer: folded equality, synonyms, no antonym or negation, then near misses.
    `frame`: the words printed around the blank (another person named there is the rule's)."""
    vocabulary = words or default_vocabulary()
    given, expected = without_article(given), without_article(expected)
    answer, wanted = normalise(given), normalise(expected)
    if not answer:
        return BlankMatch(0.0, "empty")
    if answer == wanted:
        return BlankMatch(1.0, f"matches '{expected}'")
    clash = vocabulary.antonym_clash(given, expected)
    if clash:
        return BlankMatch(0.0, f"'{clash[1]}' is the opposite of '{clash[0]}'")
    if negations(given) % 2 != negations(expected) % 2:
        return BlankMatch(0.0, f"'{given}' negates '{expected}'")
    canonical_answer = normalise(vocabulary.canonical(unfolded_ba(given)))
    canonical_wanted = normalise(vocabulary.canonical(expected))
    if canonical_answer == canonical_wanted or same_words(given, expected):
        return BlankMatch(1.0, f"a listed synonym of '{expected}'")
    if normalise(vocabulary.canonical(in_singular(given))) == normalise(
        vocabulary.canonical(in_singular(expected))
    ):
        return BlankMatch(1.0, f"'{given}' is '{expected}' (or its listed synonym) in the plural")
    if family := family_match(given, expected, vocabulary):  # 医生和护士 for 医护人员
        return BlankMatch(family.credit, family.reason)
    if object_abbreviated(given, expected, vocabulary):
        return BlankMatch(1.0, f"'{given}' says '{expected}' short (its verb, its object)")
    opposite = prefixed_opposite(answer, wanted)
    if opposite:
        return BlankMatch(0.0, f"'{given}' is the opposite of '{expected}' ({opposite}-)")
    if canonical_answer.removeprefix(_MEASURE_WORD) == canonical_wanted.removeprefix(_MEASURE_WORD):
        return BlankMatch(1.0, f"'{given}' is '{expected}' with a measure word")
    if parse_quantities(given):
        return BlankMatch(0.0, f"'{given}' is not '{expected}'", settled=False)
    if same_kind_head(canonical_answer, canonical_wanted) or full_head(
        canonical_answer.replace("的", ""), canonical_wanted
    ):
        return BlankMatch(1.0, f"'{given}' names the same thing as '{expected}'")
    if generic_head(given, expected, frame):  # 贵重物品 for 贵重衣物 after 真丝、羊绒等
        return BlankMatch(1.0, f"'{given}' is '{expected}' said generally, as the stem lists")
    if expands_abbreviation(canonical_answer, canonical_wanted):
        return BlankMatch(1.0, f"'{given}' writes out the words '{expected}' abbreviates")
    if narrower_role(given, expected, detect_language(given + expected)):
        return BlankMatch(1.0, f"'{given}' is the role '{expected}', named more narrowly")
    if party := same_party(given, expected, detect_language(given + expected)):
        return BlankMatch(1.0, party)
    if placed := placed_post(given, expected):  # "the one at the permit desk"
        return BlankMatch(PLACED_CREDIT, placed)
    if trade := same_trade(given, expected, detect_language(given + expected)):
        return BlankMatch(1.0, trade)  # 送货员 for 配送员: the same work, said everyday
    if variant := head_variant(given, expected):  # 消毒水 for 消毒液, 防盗 for 防盗升级
        return BlankMatch(variant.credit, variant.reason)
    said = _said_otherwise(given, expected, canonical_answer, canonical_wanted, frame)
    if said is not None:
        return said
    if _another_rank(canonical_answer, canonical_wanted):  # 副柜组长 is no misspelt 柜组长
        return BlankMatch(0.0, f"'{given}' is another rank than '{expected}'")
    if named_more_specifically(canonical_answer, canonical_wanted):  # 车身结构件 for 结构件
        return BlankMatch(1.0, f"'{given}' is '{expected}', named more specifically")
    if key_with_class_head(given, expected):  # 公共设施设备 for 公共设施
        return BlankMatch(1.0, f"'{given}' is '{expected}' with the word for its kind")
    spaced_answer, spaced_wanted = (
        _spaced(vocabulary.canonical(given)),
        _spaced(vocabulary.canonical(expected)),
    )
    if work_word_left_out(spaced_answer, spaced_wanted):  # 维保负责人 for 维保作业负责人
        return BlankMatch(1.0, f"'{given}' is '{expected}' without its word for the work")
    if (
        min(len(canonical_answer), len(canonical_wanted)) >= FUZZY_MIN_CHARS
        and fuzz.ratio(canonical_answer, canonical_wanted) >= FUZZY_RATIO
        and not _word_left_out(spaced_answer, spaced_wanted)
    ):
        return BlankMatch(1.0, f"a near miss of '{expected}' (spelling)")
    for reading in without_frame_words(answer, wanted, frame):
        if match_words(reading, expected, vocabulary).credit >= 1:
            return BlankMatch(1.0, f"'{given}' is '{expected}' with the stem's own words")
    head = head_noun(expected)
    if (head and normalise(head) == canonical_answer) or _head_alone(
        canonical_answer, canonical_wanted
    ):
        return BlankMatch(HEAD_ONLY_CREDIT, f"'{given}' without the word that says which")
    boss = boss_word(given, expected, detect_language(given + expected), frame)
    if boss is not None:  # 老板 for 店长: the right person loosely, no post of the material
        why = f"'{given}' is not '{expected}': a word for whoever is in charge"
        return BlankMatch(boss, why, settled=boss > 0)  # 0: the material may still name it
    if another_post(given, expected, detect_language(given + expected)):  # 站长 for 检票员
        return BlankMatch(0.0, f"'{given}' is another post than '{expected}'")
    return BlankMatch(0.0, f"'{given}' is not '{expected}'", settled=False)


def _said_otherwise(
    given: str, expected: str, answer: str, wanted: str, frame: str
) -> BlankMatch | None:
    """A Chinese key with its modifier changed, shortened or dropped, or the key with another
    person (modifier_words.py); None when the answer is none of these."""
    if near_modifier(answer, wanted) or english_near_modifier(given, expected):
        return BlankMatch(1.0, f"'{given}' says the modifier of '{expected}' in a near word")
    if short_form(answer, wanted):
        return BlankMatch(1.0, f"'{given}' is the short form of '{expected}'")
    if whole_said_plainly(given, expected):
        return BlankMatch(1.0, f"'{given}' is '{expected}' without its word for the whole")
    if record_named(answer, wanted):
        return BlankMatch(1.0, f"'{given}' names the thing whose details '{expected}' are")
    if clipped_role(answer, wanted):
        return BlankMatch(1.0, f"'{given}' is the role '{expected}' without its person suffix")
    head = english_head_alone(given, expected)
    if bare_role(answer, wanted) or head == 1:
        return BlankMatch(1.0, f"'{given}' is the role '{expected}' without where it works")
    if head is not None:
        return BlankMatch(HEAD_ONLY_CREDIT, f"'{given}' without the word that says which")
    if expected.isascii():
        credit = extra_person(given.lower(), expected.lower(), frame)
    else:
        credit = extra_person(normalise_joined(given), normalise(expected), frame)
    if credit is not None:
        if credit >= 1:
            return BlankMatch(1.0, f"'{given}' names '{expected}' and the rule's other person")
        return BlankMatch(credit, f"'{given}' names '{expected}' and a person the rule does not")
    return None


def normalise_joined(text: str) -> str:
    """An answer folded as `normalise` folds it, the marks that join its parts kept (、 and ,)."""
    folded = unicodedata.normalize("NFKC", text).lower()
    return re.sub(r"[^\w、,]+", "", folded)


def _spaced(text: str) -> str:
    """A folded text's words joined by one space (Chinese runs stay whole)."""
    return " ".join(_WORD.findall(text))


def _word_left_out(answer: str, wanted: str) -> bool:
    """English answers one of whose words are all the other's, one or more fewer: a whole word
    left out or added is no misspelling ("door supervisor" for "head door supervisor" leaves out
    which one; the strings are close, the people are not)."""
    if not (answer.isascii() and wanted.isascii()):
        return False
    mine, theirs = answer.split(), wanted.split()
    fewer, more = sorted((mine, theirs), key=len)
    return len(fewer) < len(more) and all(word in more for word in fewer)


def _head_alone(answer: str, wanted: str) -> bool:
    """A Chinese key's last two characters or more without the two or more before them (座椅 for
    儿童座椅), where the tokenizer finds no head noun."""
    return (
        detect_language(wanted) == "zh"
        and len(answer) >= 2
        and len(wanted) - len(answer) >= 2
        and wanted.endswith(answer)
    )


def _another_rank(answer: str, wanted: str) -> bool:
    """The key's role with a Chinese rank word added (副柜组长, 店长助理): another rank of it,
    however close the strings (roles.py keeps the rank words; "assistant supervisor" is no near
    miss of "supervisor" already, its extra word too long)."""
    return any(answer in (rank + wanted, wanted + rank) for rank in ZH_RANKS)
