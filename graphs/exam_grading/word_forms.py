"""How two word answers of a fill-in differ in form (matching.py decides what each is worth).

An article never decides (`without_article`); English words compare as lemmas read through the
synonym groups (`same_words`: authorised = approved); a negative prefix makes the opposite
(`prefixed_opposite`: unapproved, 非直营); negation cues are counted (`negations`); a Chinese key's
head noun (`head_noun`: 意见 of 个人意见) names the thing without saying which; a head of the same
kind (`same_kind_head`: 过期药物 for 过期药品) names the same thing; a 把 sentence says its verb
and object the other way round (`unfolded_ba`: 把船票弄丢 is 弄丢船票), and a verb-object key is said
short with the object's last character (`object_abbreviated`: 丢票 for 遗失船票); English nouns are
counted one way (`in_singular`: "Receptionists" is "receptionist", "front-desk" "front desk").
"""

from __future__ import annotations

import re
import unicodedata

from lemminflect import getAllLemmas

from graphs.exam_grading.vocabulary import Vocabulary, fold, word_key
from graphs.text.language import detect_language
from graphs.text.negation import negation_cues
from graphs.text.segment import tokenize

_NEGATIVE_PREFIXES = ("un", "in", "im", "il", "ir", "dis", "non", "非", "无", "未")
_LATIN_WORD = re.compile(r"[a-z]+")


def head_noun(expected: str) -> str | None:
    """The head noun of a Chinese key of two words or more (意见 of 个人意见); None for English
    keys, one-word keys and one-character heads."""
    if detect_language(expected) != "zh":
        return None
    words = [t for t in tokenize(expected, "zh") if t.word.strip()]
    if len(words) < 2 or len(words[-1].word) < 2 or not words[-1].pos.startswith("n"):
        return None
    return words[-1].word


_THING_MORPHEMES = frozenset("品物件具械材器")
"""The second character of a two-character Chinese noun that only says 'a thing of this kind':
药品 and 药物, 器材 and 器械, 用品 and 用具 differ in it alone. Two heads that share their first
character (the kind) and differ in such a morpheme name one thing; 余额 and 差额, which share
their last character, name two."""


def same_kind_head(answer: str, wanted: str) -> bool:
    """A Chinese answer that keeps the key's words before its head and names the head by a noun
    of the same kind: 过期药物 for 过期药品, 医疗器械 for 医疗器材 (folded, synonyms read first:
    贵重东西 is 贵重物品 through the listed pair 物品/东西). Never another modifier (急救器材 for
    消防器材) or another head (现金余额 for 现金差额)."""
    if len(answer) != len(wanted) or len(wanted) < 2 or detect_language(wanted) != "zh":
        return False
    head, other = wanted[-2:], answer[-2:]
    return (
        answer[:-2] == wanted[:-2]
        and head != other
        and head[0] == other[0]
        and {head[1], other[1]} <= _THING_MORPHEMES
    )


_FULL_HEADS = {
    "证": ("资格证", "证书", "证件", "合格证"),
    "表": ("表格",),
    "卡": ("卡片",),
}
"""A Chinese key's one-character head (操作证, 登记表) and the full words that say the same thing:
操作资格证 and 操作证书 are the 操作证 itself, as 登记表格 is the 登记表."""


def full_head(answer: str, wanted: str) -> bool:
    """A Chinese answer that keeps the key's words before its one-character head and says the head
    by its full word: 窑炉操作资格证 for 窑炉操作证, 健康证书 for 健康证. Never another modifier (驾驶
    资格证 for 操作证) nor another head (操作手册)."""
    if len(wanted) < 3 or detect_language(wanted) != "zh" or wanted[-1] not in _FULL_HEADS:
        return False
    before = wanted[:-1]
    return any(answer == before + full for full in _FULL_HEADS[wanted[-1]])


_ARTICLE = re.compile(r"^\s*(?:the|a|an)\s+(?=\S)", re.I)


_ZH_DEMONSTRATIVE = re.compile(
    r"^\s*(?:这|那|该|此)(?:一|几)?(?:个|层|张|件|份|块|条|种|些|位|名|台|只|瓶|盒|片|根|把|套|样)?"
    r"(?=\S{2})"
)
"""这 / 那 with its measure word before a Chinese noun (那层保护膜, 这张单子): the article of
Chinese, as "the" is of English."""


def without_article(text: str) -> str:
    """An answer without its leading article or demonstrative: "the barista" is "barista",
    那层保护膜 is 保护膜 (an article or determiner never decides a fill-in)."""
    return _ARTICLE.sub("", text) if text.isascii() else _ZH_DEMONSTRATIVE.sub("", text)


def expands_abbreviation(answer: str, wanted: str) -> bool:
    """A Chinese answer that writes out the key's abbreviated modifier: 同一岗位的救生员 for
    同岗救生员 (each character of 同岗 stands for a word of 同一岗位, in order) with the key's head
    (救生员) after it. Never another head, nor a modifier missing one of the key's characters."""
    if detect_language(wanted) != "zh" or len(wanted) < 3:
        return False
    parts = [t.word for t in tokenize(wanted, "zh") if t.word.strip()]
    head = parts[-1] if len(parts) >= 2 and len(parts[-1]) >= 2 else None
    answer = answer.replace("的", "")
    if head is None or not answer.endswith(head) or answer == wanted:
        return False
    short, long = wanted[: -len(head)], answer[: -len(head)]
    if len(short) < 2 or not long.startswith(short[0]) or len(long) > 2 * len(short):
        return False  # 不同岗位 is not 同岗
    if negation_cues(long, "zh"):
        return False
    words = [t.word for t in tokenize(long, "zh") if t.word.strip()]
    return len(words) == len(short) and all(
        char in word for word, char in zip(words, short, strict=True)
    )


def in_singular(text: str) -> str:
    """An English text folded, hyphens as spaces, each plural noun in the singular
    ("Front-desk receptionists" is "front desk receptionist"); a noun whose plural is its own
    lemma stays ("glasses", "clothes", "staff"); any other text folded as it is."""
    folded = fold(text)
    if not folded.isascii():
        return folded
    return _LATIN_WORD.sub(_singular_noun, folded.replace("-", " "))


def _singular_noun(match: re.Match[str]) -> str:
    word = match.group()
    nouns = getAllLemmas(word).get("NOUN", ())
    if not word.endswith("s") or not nouns or word in nouns:
        return word
    return str(nouns[0])


def same_words(given: str, expected: str) -> bool:
    keys = _word_keys(given)
    return keys is not None and keys == _word_keys(expected)


def _word_keys(text: str) -> tuple[str, ...] | None:
    """An English answer's words as lemmas read through the synonym groups (authorised and
    approved are both 'approval'); None for other text."""
    folded = unicodedata.normalize("NFKC", text).lower()
    if not folded.isascii() or not _LATIN_WORD.search(folded):
        return None
    return tuple(word_key(w) for w in _LATIN_WORD.findall(folded))


def prefixed_opposite(answer: str, wanted: str) -> str | None:
    """The negative prefix that makes one answer the opposite of the other (unapproved for
    approved, 非直营 for 直营), however close the strings are."""
    for prefix in _NEGATIVE_PREFIXES:
        for a, b in ((answer, wanted), (wanted, answer)):
            rest = a.removeprefix(prefix)
            if a.startswith(prefix) and rest == b and len(rest) >= (4 if prefix.isascii() else 2):
                return prefix
    return None


def negations(text: str) -> int:
    return len(negation_cues(text, detect_language(text)))


_BA = re.compile(r"^把(?P<object>[\u4e00-\u9fff]+?)(?P<verb>(?:弄|搞)?[\u4e00-\u9fff]{1,2})了?$")


def unfolded_ba(text: str) -> str:
    """A Chinese 把 phrase in verb-object order: 把船票弄丢 is 弄丢船票 (the same act, the object
    put first); any other text as it is."""
    match = _BA.match(text.strip())
    return match.group("verb") + match.group("object") if match else text


def object_abbreviated(answer: str, wanted: str, vocabulary: Vocabulary) -> bool:
    """A Chinese verb-object key said as people say it: a verb of the key verb's synonym group (or
    one of that group's characters: 丢 of 丢失) with the key's object or its last character (票 of
    船票): 丢票 and 丢失船票 are 遗失船票. As with the points' abbreviations (point_places.py), the
    verb's meaning must be the key's: 退票 is not 遗失船票."""
    if detect_language(wanted) != "zh":
        return False
    words = [t.word for t in tokenize(wanted, "zh") if t.word.strip()]
    if len(words) != 2 or len(words[0]) != 2 or len(words[1]) < 2:
        return False
    verb, noun = words
    forms = {vocabulary.canonical(v) for v in vocabulary.variants(verb)} | {fold(verb)}
    characters = {c for v in vocabulary.variants(verb) for c in v} | set(verb)
    said = vocabulary.canonical(unfolded_ba(answer).strip())
    for head in (vocabulary.canonical(noun), fold(noun[-1])):
        front = said.removesuffix(head)
        if front != said and (front in forms or (len(front) == 1 and front in characters)):
            return True
    return False
