"""A compound key's head said alone where the material is about the key's modifier.

In a coffee shop's material 豆子 for 咖啡豆 is what the staff call the coffee beans, and a teacher
gives it full marks (session 20 end teacher T13: 2 of 2, her range 1.5-2): there the beans are
the coffee beans. The grader sees the material through the exam (`exam_items`: each item's stem,
options and source quote) and reads the key's modifier (咖啡, "coffee") as the material's subject
when at least `TOPIC_ITEMS` other items name it and the material itself calls the key by its
head alone somewhere (「手冲用豆一般养豆」: 豆 with no 咖啡); then the head alone (豆, with its
noun suffix 子 or 儿: 豆子; "beans" for "coffee beans") is the key. Where the material is about
something else, or also names the head after another modifier that is no kind of the key (黄豆
beside 咖啡豆, a dictionary word; a kind is defined with the key in its own sentence: 拼配豆
由…咖啡豆…混合而成), the head alone says the thing but not which: `HEAD_ALONE_CREDIT`, the note
saying the word that says which is missing.

Never for a person or a light head: a role's head (人员, 员, staff, 经理) or a head that only says
what sort of thing its modifier is (synonyms.yaml `light_heads`: 效果, 措施) leaves out which one
whatever the material is about.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import jieba

from graphs.exam_grading.head_variants import light_heads
from graphs.exam_grading.vocabulary import fold
from graphs.exams import Language, Question
from graphs.text.segment import tokenize
from graphs.text.word_class import semantic_kind

TOPIC_ITEMS = 2
"""Other items of the exam that must name the key's modifier for it to be the material's subject."""
HEAD_ALONE_CREDIT = 0.5
"""The head alone where the material does not make it the key's: the thing, not which one."""
_ZH_NOUN_SUFFIXES = ("子", "儿")  # 豆子, 豆儿 are 豆
_MODIFIER_CHARS = 2  # a Chinese modifier of at least two characters (咖啡, not 大)
_EN_NOT_MODIFIERS = frozenset(
    {"the", "a", "an", "our", "your", "their", "its", "his", "her", "these", "those", "this"}
    | {"that", "any", "all", "some", "of", "and", "or", "to", "in", "on", "for", "by", "with"}
    | {"per", "each", "every", "no"}
)
_EN_NEGATIONS = frozenset({"not", "no", "never", "non", "without"})
_SENTENCE = re.compile(r"[^。！？!?；;\n]+")
_EN_WORD = re.compile(r"[a-z]+")


def item_text(question: Question) -> str:
    """What one item shows of the material: its stem, options and source quote."""
    options = " ".join(option.text for option in question.options)
    return " ".join((question.stem, options, question.source_quote))


def exam_items(questions: Sequence[Question]) -> tuple[str, ...]:
    """Each item's own text (`item_text`), in order: the material as far as the exam shows it."""
    return tuple(item_text(q) for q in questions)


def head_in_topic(
    given: str,
    expected: str,
    question: Question,
    items: Sequence[str],
) -> tuple[float, str] | None:
    """(credit, reason) for `given`, the head of the compound key `expected` said alone: 1 where
    the material is about the key's modifier and names no other thing with that head, else
    `HEAD_ALONE_CREDIT`; None when `given` is not the key's head alone, or the head is a person
    or a light head."""
    split = _modifier_and_head(fold(given).strip(), fold(expected).strip())
    if split is None:
        return None
    modifier, head = split
    language: Language = "en" if expected.isascii() else "zh"
    if head in light_heads() or semantic_kind(head, language) == "role" or _person(head, language):
        return None
    own = fold(item_text(question))
    others = [fold(text) for text in items if fold(text) != own]
    naming = sum(1 for text in others if _names(text, modifier, language))
    key = fold(expected).strip()
    texts = [own, *others]
    if (
        naming >= TOPIC_ITEMS
        and _said_alone(head, key, others, language)
        and not _other_kinds(head, key, modifier, texts, language)
    ):
        return 1.0, f"'{given}' is '{expected}': the material is about '{modifier}'"
    return HEAD_ALONE_CREDIT, f"'{given}' without the word that says which"


def _modifier_and_head(answer: str, key: str) -> tuple[str, str] | None:
    """The key's (modifier, head) where the answer is its head alone (豆子 for 咖啡豆: 咖啡, 豆;
    "beans" for "coffee beans": coffee, bean)."""
    if key.isascii():
        words, mine = _EN_WORD.findall(key), _EN_WORD.findall(answer)
        if len(words) != 2 or len(mine) != 1 or _stem(mine[0]) != _stem(words[1]):
            return None
        if words[0] in _EN_NOT_MODIFIERS or words[0] in _EN_NEGATIONS:
            return None  # "allowed" for "not allowed" is the opposite, "which" for no "the"
        return words[0], _stem(words[1])
    if not re.fullmatch(r"[\u4e00-\u9fff]+", key + answer):
        return None
    head = answer
    if len(head) == 2 and head.endswith(_ZH_NOUN_SUFFIXES):
        head = head[0]
    modifier = key.removesuffix(head)
    if modifier == key or len(modifier) < _MODIFIER_CHARS:
        return None
    return modifier, head


def _stem(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _person(head: str, language: Language) -> bool:
    if language == "en":
        return head in ("staff", "team", "crew", "people", "person", "member")
    return head.endswith(("员", "人", "师", "工", "长", "生"))


def _said_alone(head: str, key: str, texts: Sequence[str], language: Language) -> bool:
    """Whether the material itself calls the key by its head alone somewhere (手冲用豆一般养豆:
    豆 with no 咖啡; "store the beans dry")."""
    for text in texts:
        rest = text.replace(key, " ")
        if language == "en":
            if re.search(rf"(?<![a-z]){re.escape(head)}s?(?![a-z])", rest):
                return True
        elif any(
            t.word in (head, *(head + s for s in _ZH_NOUN_SUFFIXES)) for t in tokenize(rest, "zh")
        ):
            return True
    return False


def _names(text: str, modifier: str, language: Language) -> bool:
    if language == "en":
        return re.search(rf"(?<![a-z]){re.escape(modifier)}(?![a-z])", text) is not None
    return modifier in text


def _other_kinds(
    head: str, key: str, modifier: str, texts: Sequence[str], language: Language
) -> list[str]:
    """Things the material names with the head after another modifier, other than kinds of the
    key (a kind's own sentence names the key: 拼配豆：由…咖啡豆…混合而成)."""
    found = []
    for text in texts:
        for sentence in _SENTENCE.findall(text):
            if key in sentence:
                continue
            for word in _compounds(sentence, head, language):
                if word != key and not word.startswith(modifier):
                    found.append(word)
    return found


def _compounds(sentence: str, head: str, language: Language) -> list[str]:
    """Nouns of a sentence that end with `head` after a modifier of their own; a Chinese one
    a dictionary word (黄豆: a thing of its own, not 养豆, the beans' rest the tokenizer joins)."""
    if language == "en":
        pattern = rf"\b([a-z]+) {re.escape(head)}s?\b"
        return [
            f"{m.group(1)} {head}"
            for m in re.finditer(pattern, sentence)
            if m.group(1) not in _EN_NOT_MODIFIERS
        ]
    return [
        token.word
        for token in tokenize(sentence, "zh")
        if token.word.endswith(head)
        and len(token.word) > len(head)
        and token.pos.startswith("n")
        and jieba.dt.FREQ.get(token.word)
    ]
