"""What follows a line's label: a clause of its own, or the definition of the label.

    en_clause        "customers pay a 30% deposit on booking", "restoration work carries a
                     2-year warranty", "we submit the grid application": the rest has a subject
                     and its verb, so the label ("Deposit:", "Warranty:", "Grid connection:")
                     is a heading a learner need not read, and is left off.
    definition_of    the rest is a noun phrase that defines the label: 「额定制热量：热泵在标准工况
                     下连续运行时可稳定输出的热量，本店 HP-8 型号额定制热量为 8 kW」 or "Usable
                     capacity: the energy that the battery can deliver …". Without its headword
                     the statement defines nothing (「热泵在…可稳定输出的热量，…」): the label is
                     kept as the subject, 「额定制热量是指热泵在…的热量，…」, "Usable capacity is
                     the energy that …".

Only the verbs of modals and 'is' were read as a clause before, so "Deposit: customers pay a (    )
deposit on signing." and "Panel warranty: SunPath panels carry a ____ product warranty" were
printed with their labels, and a glossary's headword was cut from a true/false statement (session
18 designer D11, m2 Q1, Q5, Q9, Q10; teacher T11, material C).
"""

from __future__ import annotations

import re

from graphs.exams import Language
from graphs.text.word_class import en_verb_lemma, en_word_classes

_EN_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d[\d.,%]*")
_EN_DETERMINERS = frozenset({"a", "an", "the", "every", "each", "any", "all", "no", "some"})
_EN_SUBJECT_PRONOUNS = frozenset({"we", "you", "they", "i", "he", "she", "it", "staff"})
_EN_NOT_AFTER = _EN_DETERMINERS | frozenset(
    {"of", "to", "for", "on", "in", "at", "by", "with", "from", "and", "or", "this", "that"}
    | {"these", "those", "our", "your", "their", "its", "his", "her", "per"}
)
"""Words after which a verb-like word is a noun ("a pay rise", "any smell", "of charge")."""
_EN_RELATIVE = frozenset({"that", "which", "who", "whose", "where", "when"})
_EN_AUXILIARIES = frozenset(
    {"must", "may", "can", "cannot", "should", "shall", "will", "is", "are", "has", "have"}
)


def _first_clause(rest: str) -> list[str]:
    return _EN_WORD.findall(re.split(r"[,;:]", rest, maxsplit=1)[0])


def _en_verb_at(words: list[str], index: int) -> bool:
    word, before = words[index].lower(), words[index - 1].lower()
    if word in _EN_AUXILIARIES:
        return True
    after = words[index + 1].lower() if index + 1 < len(words) else ""
    if before in _EN_NOT_AFTER or word.endswith("ing") or en_verb_lemma(word) is None:
        return False
    if after == "of":
        return False  # "smell of gas", "use of the lift": a noun
    if before in _EN_SUBJECT_PRONOUNS:
        return True
    lemma = en_verb_lemma(word)
    if lemma != word:
        # "carries", "booked": a finite form, after the noun it says something of.
        classes = en_word_classes(before)
        # A word the tagger does not know ("inverter") before a form that is only a verb.
        unknown = not classes and en_word_classes(word) == {"VERB"}
        return bool({"NOUN", "PROPN"} & classes) or before[0].isdigit() or unknown
    # A base form ("pay", "require") after a plural subject: "customers pay", "SunPath panels
    # carry", "pianos more than 20 cents flat require"; not a compound's noun ("the plant room").
    return any(
        noun.endswith("s") and "NOUN" in en_word_classes(noun)
        for noun in (words[0].lower(), before)
    )


def _en_subject_end(rest: str) -> int | None:
    """The index of the first clause's verb (None when the clause has none)."""
    words = _first_clause(rest)
    return next((i for i in range(1, len(words)) if _en_verb_at(words, i)), None)


def en_clause(rest: str) -> bool:
    """True when the text after an English label has a subject and its verb before its first
    comma, and the subject is no noun phrase with a relative clause (a definition)."""
    verb = _en_subject_end(rest)
    return verb is not None and not _en_defines(rest, verb)


def _en_defines(rest: str, verb: int) -> bool:
    words = [w.lower() for w in _first_clause(rest)[:verb]]
    if not words or words[0] not in _EN_DETERMINERS:
        return False
    if any(w in _EN_RELATIVE for w in words[1:]):
        return True
    # "the energy the battery can deliver": a noun and a determiner with no preposition between.
    return any(
        w in _EN_DETERMINERS and "NOUN" in en_word_classes(words[i - 1]) and i > 1
        for i, w in enumerate(words)
        if i
    )


_ZH_RULE_WORD = re.compile(
    r"须|应|不得|严禁|禁止|必须|不能|不可|(?<![换成作视认改分称变更])为|是|指"
)
"""A rule's or a copula's word; not the 为 of a verb (「直流电转换为交流电的最高效率」)."""
_ZH_DEFINED_HEAD = re.compile(r"(?:的|之)[\u4e00-\u9fffA-Za-z（）()]{1,8}$")
"""The head noun a definition closes on: 「…可稳定输出的热量」, 「…与消耗电能之比」."""


_META_LABELS = frozenset(
    [
        *("适用范围", "适用对象", "范围", "目的", "依据", "说明", "备注", "注", "注意"),
        *("scope", "purpose", "note", "notes", "applies to"),
    ]
)
"""Labels that say what the line is for the document: 「适用范围：本公司所有库温在 -18℃ 及以下的低温
冷库作业」 is no definition of 适用范围 (「适用范围是指…」 read as a gloss), and "Scope: all lifts
above 500 kg made with a mobile crane" says nothing without its label."""


def document_label(label: str) -> bool:
    """A label the document gives its own lines (适用范围, "Scope"): kept in front of them."""
    return label.strip().lower() in _META_LABELS


def definition_of(label: str, rest: str, language: Language) -> str | None:
    """The definition with its headword as subject ("X是指…", "X is …"); None when the rest is
    no definition of the label."""
    if language == "zh":
        head = re.split(r"[，,；;。]", rest, maxsplit=1)[0]
        if _ZH_RULE_WORD.search(head) or not _ZH_DEFINED_HEAD.search(head):
            return None
        return f"{label}是指{rest}"
    verb = _en_subject_end(rest)
    if verb is None or not _en_defines(rest, verb):
        return None
    return f"{label} is {rest[0].lower()}{rest[1:]}"
