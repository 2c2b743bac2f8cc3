"""Turn the learner's raw answers into one list of strings per question, or say what is wrong.

Learners (and the chat frontend) write answers loosely: `"B"`, `["A", "C"]`, `"A, C"`, `"ac"`,
`true`, `"对"`, `"F"`; several fill-in blanks in one string separated by any of `；;|，,、/`, a
line break, spaces, or a word or dash joining two figures ("1-4", "one and four"; see `split_blanks`). Everything becomes the shape of `Question.answer` (see graphs/exams.py): option
keys upper-cased and sorted for choices (an option's own text is its key; an entry that is no
option is kept behind `UNREADABLE_MARK` and scores 0 on that item alone), `["true"]`/`["false"]`
for true/false (a word that is neither is kept the same way), one entry per blank for fill-ins,
one text for short answers. An empty list means unanswered. Shapes that cannot be an answer (a
number for a choice, more fill-ins than blanks, a question the exam lacks) raise `InvalidInput`
naming the question.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from graphs.errors import InvalidInput
from graphs.exams import BLANK, Exam, Question
from graphs.text.quantities import Quantity, parse_quantities, same_quantity

TRUE_WORDS = frozenset(
    {"true", "t", "yes", "y", "correct", "right", "1", "对", "对的", "正确", "是", "是的", "真"}
    | {"√", "✓", "✔", "☑", "✅"}
)
FALSE_WORDS = frozenset(
    {"false", "f", "no", "n", "incorrect", "wrong", "untrue", "not true", "not correct", "0"}
    | {"错", "错的", "错误", "不对", "不正确", "否", "不是", "假", "×", "✗", "✘", "✕", "x", "❌"}
)
"""The words a learner marks a statement with, lower-cased; anything else is no verdict."""
_PLAIN = frozenset(
    {
        "true",
        "false",
        "correct",
        "incorrect",
        "right",
        "wrong",
        "untrue",
        "对",
        "错",
        "正确",
        "错误",
    }
)
"""Verdict words that, in the reason after the verdict, still read as a verdict."""
UNREADABLE_MARK = "?"
"""Opens a true/false answer that is neither word: it scores 0 on its own item (grade_by_key)."""

_TF_PUNCTUATION = re.compile(r"[.。!！?？,，、;；:：()（）\[\]\"'“”‘’\ufe0f]+")
_TF_STOP = re.compile(r"[,，.。;；:：(（—-]")
_KEY_SEPARATORS = re.compile(r"(?:[\s,，、;；/|+和及与]|AND)+")
# Tried in order; the first that splits a one-string answer into exactly as many parts as there
# are blanks wins, so "14 days，2 hours" splits on the comma and keeps "14 days" whole.
BLANK_SEPARATORS: tuple[re.Pattern[str], ...] = (
    re.compile(r"[;；|\n]"),
    re.compile(r"[，,、]"),
    re.compile(r"/"),
    re.compile(r"\s+"),
    # Words and dashes that join two figures or terms: "1-4", "1 to 4", "one and four" for the
    # two blanks of "between ____ and ____"; tried after the plain separators.
    re.compile(r"\s+(?:and|to|&)\s+|\s*[至到和及与~～–—]\s*|(?<=\d)\s*-\s*(?=\w)"),
    re.compile(r"[;；|\n，,、/\s]+"),
)


def normalise_answers(
    exam: Exam, answers: Mapping[str, Any] | Sequence[Any]
) -> dict[str, list[str]]:
    """Every question's normalised answer, keyed by its number as a string."""
    by_number = {str(q.number): q for q in exam.questions}
    raw = raw_answers(exam, answers)
    return {number: normalise_answer(q, raw.get(number)) for number, q in by_number.items()}


def raw_answers(exam: Exam, answers: Mapping[str, Any] | Sequence[Any]) -> dict[str, Any]:
    """Each answered question's answer as the learner wrote it, keyed by its number as a string."""
    by_number = {str(q.number): q for q in exam.questions}
    if isinstance(answers, Mapping):
        raw = {str(k).strip(): v for k, v in answers.items()}
        unknown = [k for k in raw if k not in by_number]
        if unknown:
            raise InvalidInput(
                f"answers: no question numbered {', '.join(sorted(unknown))} in this exam; "
                f"its questions are {', '.join(by_number)}"
            )
    elif isinstance(answers, Sequence) and not isinstance(answers, str):
        if len(answers) > len(exam.questions):
            raise InvalidInput(
                f"answers: got {len(answers)} answers for an exam of {len(exam.questions)} "
                "questions; give one per question in order, or a mapping number -> answer"
            )
        raw = {str(q.number): a for q, a in zip(exam.questions, answers, strict=False)}
    else:
        raise InvalidInput(
            "answers: must be a mapping of question number to answer, or a list in question order, "
            f"got {type(answers).__name__}"
        )
    return raw


def normalise_answer(question: Question, value: Any) -> list[str]:
    """One question's answer in the shape of `Question.answer`; [] when unanswered."""
    if value is None or value == "" or value == []:
        return []
    where = f"answers[{question.number}] ({question.type})"
    if question.type in ("single_choice", "multiple_choice"):
        return _choice_keys(question, value, where)
    if question.type == "true_false":
        return _true_false(value, where)
    if question.type == "fill_blank":
        return _blanks(question, value, where)
    return _text(value, where)


def _choice_keys(question: Question, value: Any, where: str) -> list[str]:
    """The option keys chosen. An option's own text ("一天" for "B 一天") is its key; anything
    else the learner wrote ("E", "不知道") is kept behind UNREADABLE_MARK and costs this item only,
    as a teacher marks a wrong entry wrong: it refused the whole paper, so the other answers were
    never marked (session 13 teacher T5)."""
    parts = _strings(value, where)
    keys: list[str] = []
    known = [o.key.upper() for o in question.options]
    for part in parts:
        cleaned = part.strip().upper().rstrip(".．、)）")
        if not cleaned:
            continue
        if (said := option_of(question, part)) is not None:
            keys.append(said)
            continue
        if (said := _lettered(question, part)) is not None:
            keys.append(said)
            continue
        # "AC" means A and C when every letter is an option key; "A, C" splits on the separator.
        pieces = [p for p in _KEY_SEPARATORS.split(cleaned) if p]
        for piece in pieces:
            letters = list(piece) if all(ch in known for ch in piece) else [piece]
            keys.extend(letters)
    if any(k not in known for k in keys):
        return [UNREADABLE_MARK + " ".join(p.strip() for p in parts if p.strip())]
    return sorted(set(keys))


_RANGE = str.maketrans({"到": "至", "~": "至", "～": "至", "–": "至", "—": "至"})
LETTERED = re.compile(r"^\s*([A-Za-z])\s*[：:.．、)）\-—]\s*(\S.*)$")
"""An option's letter with text after it ("D. 20℃", "B：两天"): the letter, then the text."""


def _lettered(question: Question, text: str) -> str | None:
    """The key of "A：5到7天" or "B. 14 days": an option's letter with that option's own text
    (its figures said any way) after it; None when the text is another option's or no option's
    ("A：5到7天" got 0 with 正确答案：A 5至7天 beside it, session 20 end teacher T13)."""
    match = LETTERED.match(text)
    if match is None:
        return None
    letter, said = match[1].upper(), match[2]
    option = next((o for o in question.options if o.key.upper() == letter), None)
    if option is None:
        return None
    if _option_text(said).translate(_RANGE) == _option_text(option.text).translate(_RANGE):
        return letter  # 5到7天 for 5至7天
    return letter if _option_in_figures(question, said) == letter else None


def option_of(question: Question, text: str) -> str | None:
    """The key of the one option `text` writes out without its letter: the option's own text,
    its figures said another way ("一天" for "1天"), or its figure alone ("20" for "20升", where
    no other option has 20); None when no option, or more than one, reads so."""
    by_text = {_option_text(o.text): o.key.upper() for o in question.options}
    if (said := by_text.get(_option_text(text))) is not None:
        return said
    if (said := _option_in_figures(question, text)) is not None:
        return said
    keys = figure_options(question, text)
    return keys[0] if len(keys) == 1 else None


def figure_options(question: Question, text: str) -> list[str]:
    """The keys of the options whose one figure is `text`'s bare number ("20": 20升 and 20分钟);
    empty when `text` is anything but one number without a unit. A learner who writes the right
    option's figure without its letter or unit has named it where no other option has that
    number (session 21 end teacher T14: "20" for "D 20升" was 0 with no reason)."""
    said = parse_quantities(text)
    if len(said) != 1 or said[0][0].unit is not None or text[said[0][2] :].strip(" 。.") != "":
        return []
    if text[: said[0][1]].strip():
        return []
    value = said[0][0].value
    keys = []
    for option in question.options:
        written = parse_quantities(option.text)
        if len(written) == 1 and written[0][0].value == value:
            keys.append(option.key.upper())
    return keys


def _option_in_figures(question: Question, text: str) -> str | None:
    """The key of the one option that `text` writes out with its figures said another way: 一天
    for "1天" or "24小时", "two days" for "2 days" (numbers compared as numbers with their units,
    the other words as written). None when no option, or more than one, reads so."""
    said = parse_quantities(text)
    if not said:
        return None
    keys = [o.key.upper() for o in question.options if _same_figures(said, text, o.text)]
    return keys[0] if len(keys) == 1 else None


def _same_figures(said: list[tuple[Quantity, int, int]], text: str, option: str) -> bool:
    written = parse_quantities(option)
    if len(written) != len(said):
        return False
    if _option_text(_unfigured(text, said)) != _option_text(_unfigured(option, written)):
        return False
    return all(same_quantity(a, b) for (a, _, _), (b, _, _) in zip(said, written, strict=True))


def _unfigured(text: str, figures: list[tuple[Quantity, int, int]]) -> str:
    """`text` with each figure (and its unit) cut out: the words around the figures."""
    for _, start, end in reversed(figures):
        text = text[:start] + "#" + text[end:]
    return text


def _option_text(text: str) -> str:
    """An option's text as compared with an answer: no spacing, case or closing stop."""
    return re.sub(r"\s+", "", text).lower().rstrip("。.")


def _true_false(value: Any, where: str) -> list[str]:
    """["true"], ["false"], or the learner's own words behind UNREADABLE_MARK: a word that is
    neither ("maybe", "Correct?!") costs its item only, never the paper."""
    if isinstance(value, bool):
        return ["true" if value else "false"]
    if isinstance(value, int | float):
        value = str(value)
    texts = _strings(value, where)
    text = " ".join(t.strip() for t in texts if t.strip())
    if not text:
        return []
    key = _verdict_word(text)
    if key is None:
        # "True, I think" / "错，应该是10分钟": a verdict word before the first stop, and no word
        # of either side after it ("No, it's true" stays unreadable).
        text = text.strip()
        stop = _TF_STOP.search(text)
        head, rest = (text[: stop.start()], text[stop.end() :]) if stop else (text, "")
        words = re.split(r"[\s.。!！?？,，、;；:：()（）]+", rest.lower())
        key = _verdict_word(head) if rest else None
        # Only a plain verdict word of the other side makes it unreadable ("No, it's true"); the
        # reason's own "no" is no verdict ("False - the clinic offers no credit accounts" got 0
        # with "Correct answer: False" beside it, session 20 end teacher T13).
        if key is not None and any(
            _verdict_word(w) not in (None, key) for w in words if w in _PLAIN
        ):
            key = None
    return [key] if key else [UNREADABLE_MARK + text.strip()]


def _verdict_word(text: str) -> str | None:
    word = re.sub(r"\s+", " ", _TF_PUNCTUATION.sub(" ", text.lower())).strip()
    if word in TRUE_WORDS:
        return "true"
    return "false" if word in FALSE_WORDS else None


def _blanks(question: Question, value: Any, where: str) -> list[str]:
    count = max(1, question.stem.count(BLANK), len(question.answer))
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        text = str(value).strip()
        parts = [text] if count == 1 else split_blanks(text, count)
    else:
        parts = [p.strip() for p in _strings(value, where)]
    if len(parts) > count:
        raise InvalidInput(
            f"{where}: got {len(parts)} answers for {count} blank(s); give one entry per blank "
            "(a list, or one string separated by ；，、/ or spaces)"
        )
    if not any(parts):
        return []
    return parts + [""] * (count - len(parts))


def split_blanks(text: str, count: int) -> list[str]:
    """One answer string for `count` blanks, split on the first separator that fits.

    Separators are tried in the order of BLANK_SEPARATORS; a separator inside a quantity ("1,200元",
    "14 days") never splits. When no separator gives exactly `count` parts, the split with the
    most parts that still fits is used (missing blanks stay empty); when every split gives too
    many, the finest is returned and the caller reports the excess.
    """
    protected = [(start, end) for _, start, end in parse_quantities(text)]
    splits: list[list[str]] = []
    for separator in BLANK_SEPARATORS:
        parts, last = [], 0
        for match in separator.finditer(text):
            if any(start <= match.start() < end for start, end in protected):
                continue
            parts.append(text[last : match.start()])
            last = match.end()
        parts.append(text[last:])
        parts = [p.strip() for p in parts if p.strip()]
        if len(parts) == count:
            return parts
        splits.append(parts)
    fitting = [parts for parts in splits if len(parts) < count]
    if fitting:
        return max(fitting, key=len)
    return min(splits, key=len)


def _text(value: Any, where: str) -> list[str]:
    parts = _strings(value, where)
    text = "\n".join(p.strip() for p in parts if p.strip())
    return [text] if text else []


def _strings(value: Any, where: str) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list) and all(
        isinstance(v, str | int | float) and not isinstance(v, bool) for v in value
    ):
        return [str(v) for v in value]
    raise InvalidInput(
        f"{where}: expected text or a list of text, got {type(value).__name__} {value!r}"
    )
