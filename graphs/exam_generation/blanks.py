"""Blanks in a stem: where they are, what surrounds them, and whether they are laid out soundly.

A fill-in marks each blank with `BLANK` ("____"); a choice cloze with brackets ("（    ）",
"(    )"). Rules here:

    check_blank_layout      one marker per answer, each marker exactly BLANK, real words between
                            two blanks, no blank glued to a letter of a word
    check_blank_cuts_word   the answer of each blank is a whole term of the source quote: the
                            lexicon (graphs/text/lexicon.py) says whether a span cuts a term,
                            and a blank never separates two characters the material says
                            together at least RECURRING_PAIR times (留|样 when it says 留样 often)
                            and a word for any member of staff (店员, staff) keys no blank where
                            the material names a post that fits it as well (role_blanks.py)
    check_label_not_blanked a section label before a colon (「甲方义务：」, 'Refunds:') is never
                            a blank nor a key: it names the heading, not a term of the rule

`blank_frames` gives the text on either side of each blank, which the giveaway and uniqueness
rules fill with an option to see what the learner would read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from graphs.exam_generation.role_blanks import check_role_key_distinct
from graphs.exam_generation.role_modifiers import en_role_with_modifier
from graphs.exams import BLANK, Language, Question
from graphs.text.lexicon import Lexicon
from graphs.text.quantities import parse_quantities
from graphs.text.role_terms import ONE_CHAR_PERSON_VERBS, modifier_start
from graphs.text.word_class import semantic_kind

BLANK_MARKER = re.compile(r"_{2,}|[（(][\s\u3000]*[）)]")
"""A blank as printed: a run of underscores, or empty brackets."""
_REAL_TEXT = re.compile(r"[A-Za-z0-9\u4e00-\u9fff]")
_CLAUSE_BREAK = re.compile(r"[，,。；;：:！!？?\n]")
FRAME_CHARS = 12
"""At most this many characters of a Chinese stem on each side of a blank make its frame."""
FRAME_WORDS = 4
"""At most this many words of an English stem on each side of a blank make its frame."""


@dataclass(frozen=True)
class Frame:
    """The stem's text right before and right after one blank, cut at the clause's edges."""

    before: str
    after: str

    def filled(self, term: str) -> str:
        """The frame with a term in the blank, as the learner would read it."""
        return f"{self.before}{term}{self.after}"


def blank_spans(stem: str) -> list[tuple[int, int]]:
    """Where the blank markers of a stem are, in order."""
    return [m.span() for m in BLANK_MARKER.finditer(stem)]


def trailing_answer_bracket(stem: str) -> bool:
    """True when the stem's only marker closes it ("下列说法正确的有（    ）。"): the place a
    Chinese choice stem puts the answer, not a blank in a sentence."""
    spans = blank_spans(stem)
    if len(spans) != 1:
        return False
    rest = stem[spans[0][1] :]
    return "_" not in stem[spans[0][0] : spans[0][1]] and not _REAL_TEXT.search(rest)


def _clip_before(text: str, language: Language) -> str:
    text = _CLAUSE_BREAK.split(text)[-1]
    if language == "en":
        words = text.split()
        kept = " ".join(words[-FRAME_WORDS:])
        return kept + (" " if text.endswith((" ", "\u3000")) and kept else "")
    return text[-FRAME_CHARS:]


def _clip_after(text: str, language: Language) -> str:
    text = _CLAUSE_BREAK.split(text)[0]
    if language == "en":
        words = text.split()
        kept = " ".join(words[:FRAME_WORDS])
        return (" " if text.startswith((" ", "\u3000")) and kept else "") + kept
    return text[:FRAME_CHARS]


def blank_frames(stem: str, language: Language) -> list[Frame]:
    """The frame of each blank: up to the clause's edge, the next blank, or the frame's size."""
    spans = blank_spans(stem)
    frames = []
    for index, (start, end) in enumerate(spans):
        left_edge = spans[index - 1][1] if index > 0 else 0
        right_edge = spans[index + 1][0] if index + 1 < len(spans) else len(stem)
        frames.append(
            Frame(
                _clip_before(stem[left_edge:start], language),
                _clip_after(stem[end:right_edge], language),
            )
        )
    return frames


def blank_answers(question: Question) -> list[str]:
    """What goes into the blanks: a fill-in's answers, a single choice's key text."""
    if question.type == "fill_blank":
        return list(question.answer)
    if question.type == "single_choice":
        texts = {o.key: o.text for o in question.options}
        return [texts[a] for a in question.answer if a in texts]
    return []


def check_blank_layout(question: Question) -> list[str]:
    """Each blank printed as exactly BLANK, separated from the next by real words, never glued to
    a word; a single choice asks about one blank at most."""
    stem = question.stem
    spans = blank_spans(stem)
    problems = []
    if question.type == "single_choice" and len(spans) > 1:
        problems.append(
            f"a single choice asks about one blank, but the stem has {len(spans)}: "
            "write one question per term"
        )
    if question.type != "fill_blank":
        return problems
    for start, end in spans:
        marker = stem[start:end]
        if marker.startswith("_") and len(marker) > len(BLANK):
            problems.append(
                f"the stem prints {len(marker)} underscores in a row ({marker!r}): that is "
                f"{len(marker) // len(BLANK)} blanks run together; print each blank as {BLANK!r} "
                "with the words between blanks visible"
            )
        elif marker.startswith("_") and len(marker) < len(BLANK):
            problems.append(f"{marker!r} is not a blank: mark each blank with {BLANK!r}")
        before, after = stem[start - 1 : start], stem[end : end + 1]
        if (before.isascii() and before.isalpha()) or (after.isascii() and after.isalpha()):
            problems.append(
                f"a blank is glued to a word ({stem[max(0, start - 8) : end + 8]!r}): "
                "a blank stands for a whole word"
            )
    for (_, end), (start, _) in pairwise(spans):
        between = stem[end:start]
        if not _REAL_TEXT.search(between):
            problems.append(
                f"two blanks stand side by side (only {between!r} between them): a learner "
                "cannot tell which answer goes where; blank one term per part of the sentence"
            )
    return problems


def _skip_space_match(text: str, pattern: str, at: int, step: int) -> int:
    """How many characters of `pattern` match `text` walking from `at` by `step` (+1 forward,
    -1 backward), spaces ignored on both sides."""
    matched, i, j = 0, at, 0 if step > 0 else len(pattern) - 1
    while 0 <= i < len(text) and 0 <= j < len(pattern):
        if text[i].isspace():
            i += step
            continue
        if pattern[j].isspace():
            j += step
            continue
        if text[i].lower() != pattern[j].lower():
            break
        matched += 1
        i += step
        j += step
    return matched


def locate_answer(quote: str, answer: str, frame: Frame) -> tuple[int, int] | None:
    """Where in the quote the answer of a blank stands: the occurrence whose neighbours agree best
    with the frame around the blank; None when the quote does not hold the answer."""
    needle = answer.strip()
    if not needle:
        return None
    lowered, found = quote.lower(), []
    start = lowered.find(needle.lower())
    while start >= 0:
        end = start + len(needle)
        score = _skip_space_match(quote, frame.before, start - 1, -1) + _skip_space_match(
            quote, frame.after, end, 1
        )
        found.append((score, start, end))
        start = lowered.find(needle.lower(), start + 1)
    if not found:
        return None
    _, start, end = max(found, key=lambda f: (f[0], -f[1]))
    return start, end


def term_around(lexicon: Lexicon, text: str, position: int) -> str | None:
    """The whole term of `text` that `position` falls strictly inside, if any."""
    for segment in lexicon.segment(text):
        if segment.start < position < segment.end:
            return segment.text
    if lexicon.language == "en" and 0 < position < len(text):
        left, right = text[position - 1], text[position]
        if (left.isalnum() or left == "-") and (right.isalnum() or right == "-"):
            word = re.search(r"[\w-]*$", text[:position])
            rest = re.match(r"[\w-]*", text[position:])
            return (word.group() if word else "") + (rest.group() if rest else "")
    return None


RECURRING_PAIR = 3
"""A pair of Chinese characters the material says at least this often is a unit a blank keeps."""
_GRAMMAR_CHARS = frozenset(
    "和时不的得了在与及或为是对把被从向到于由以之其每各该本此应须需将可会能要也都就还并且而但如若等内外上下中里后前个一"
)


def _recurring_pair_split(text: str, position: int, material: str) -> str | None:
    """The two content characters a boundary at `position` separates, when the material keeps
    them together often (留|样盒 in a text that says 留样 five times), else None."""
    if not 0 < position < len(text):
        return None
    pair = text[position - 1 : position + 1]
    if not all("\u4e00" <= c <= "\u9fff" and c not in _GRAMMAR_CHARS for c in pair):
        return None
    return pair if material.count(pair) >= RECURRING_PAIR else None


def check_blank_cuts_word(question: Question, lexicon: Lexicon, language: Language) -> list[str]:
    """The answer of every blank is a whole term of the source quote, not part of one."""
    frames = blank_frames(question.stem, language)
    answers = blank_answers(question)
    if question.type == "single_choice" and len(frames) != 1:
        return []
    problems = []
    quote = question.source_quote
    figures = {(start, end) for _, start, end in parse_quantities(quote)}
    for number, (answer, frame) in enumerate(zip(answers, frames, strict=False), start=1):
        where = locate_answer(quote, answer, frame)
        if where is None:
            continue
        start, end = where
        # A figure with its unit is one term by definition, whatever the segmentation glued to it.
        if (start, end) in figures:
            continue
        cut_figure = next((quote[a:b] for a, b in figures if a <= start and end <= b), None)
        if cut_figure is not None:
            # "below ____ C", key "24 degrees": the figure is "24 degrees C", its unit split off.
            problems.append(
                f"blank {number} (answer {answer!r}) splits the figure {cut_figure!r}: blank the "
                "number with its whole unit"
            )
            continue
        whole = _role_with_modifier(quote, start, end, lexicon.material, language)
        if whole:
            problems.append(
                f"blank {number} (answer {answer!r}) leaves out the modifier of the role {whole!r}"
                ": blank the whole role"
            )
            continue
        if not lexicon.cuts_word(quote, start, end):
            split = _recurring_pair_split(quote, start, lexicon.material) or _recurring_pair_split(
                quote, end, lexicon.material
            )
            if split:
                problems.append(
                    f"blank {number} (answer {answer!r}) splits {split!r}, which the material "
                    "keeps together: blank the whole term"
                )
            continue
        if _role_after_verb(quote, start, answer, lexicon.material, language):
            continue
        cut = term_around(lexicon, quote, start) or term_around(lexicon, quote, end)
        problems.append(
            f"blank {number} (answer {answer!r}) cuts the term {cut or quote[start:end]!r} of the "
            "source: blank the whole term"
        )
    return problems + check_role_key_distinct(question, lexicon.material, language)


def _role_after_verb(
    quote: str, start: int, answer: str, material: str, language: Language
) -> bool:
    """「并报维保主管」: jieba glues 报维, but 报 reports to the role, named whole elsewhere in the
    material (「书面报告维保主管」); the blank after the verb takes the whole role."""
    return (
        language == "zh"
        and start > 0
        and quote[start - 1] in ONE_CHAR_PERSON_VERBS
        and semantic_kind(answer, language) == "role"
        and material.count(answer) >= 2
    )


def _role_with_modifier(quote: str, start: int, end: int, material: str, language: Language) -> str:
    """The whole role when the blank holds a role without its modifier (值班____ for 值班药师,
    维保____ for 维保主管: `role_terms.modifier_start`; "the duty vet ____" for "duty vet
    nurse"), else ""."""
    if language == "en":
        return en_role_with_modifier(quote, start, end)
    if semantic_kind(quote[start:end], language) != "role":
        return ""
    begin = modifier_start(quote, start, end, material)
    return quote[begin:end] if begin < start else ""


_LABEL_BEFORE = re.compile(
    r"(?:^|[：:。；;\n])[\s\d.、()（）#*-]*(?:第[一二三四五六七八九十百\d]+[条章节款项]\s*)?"
    r"(?P<head>[\u4e00-\u9fff、与和及]{0,6}|(?:[A-Z][A-Za-z'’-]*\s?){0,2})$"
)
"""Where a label opens: a line's or clause's start, after a number or 第五条, with at most a
few of the label's own words before the blank."""
_LABEL_AFTER = re.compile(r"^(?:[\u4e00-\u9fff、与和及]{0,6}|[A-Za-z'’ -]{0,20}?)\s*[：:](?!\d)")
_LABEL_IN_QUOTE = re.compile(
    r"(?:^|(?<=[\s。；;\n]|条|章|节)|(?<=^\d[.、]))(?P<label>[\u4e00-\u9fff、与和及]{2,8}|"
    r"[A-Z][A-Za-z'’-]*(?: [A-Za-z'’-]+){0,2})[：:](?!\d)",
    re.MULTILINE,
)
_RULE_IN_HEAD = re.compile(r"[为是须应得可]|\b(?:is|are|must|may)\b")


def _blanks_a_label(stem: str, start: int, end: int) -> bool:
    before = _LABEL_BEFORE.search(stem[:start])
    return (
        before is not None
        and not _RULE_IN_HEAD.search(before["head"])
        and _LABEL_AFTER.match(stem[end:]) is not None
    )


def check_label_not_blanked(question: Question) -> list[str]:
    """A section's label before a colon (「甲方义务：甲方须…」, 'Refunds: …') is no term of the
    rule: never a blank, never a key. 「____：甲方须提供安全的工作环境」 keyed 甲方义务 asked the
    learner to recall the document's heading, not the rule (session 16)."""
    if question.type not in ("fill_blank", "single_choice"):
        return []
    if any(_blanks_a_label(question.stem, s, e) for s, e in blank_spans(question.stem)):
        return [
            "a blank stands where the material prints a section label before a colon: a label "
            "is no term of the rule; blank a figure, a role or a term of the rule itself"
        ]
    labels = {m["label"] for m in _LABEL_IN_QUOTE.finditer(question.source_quote)}
    for key in blank_answers(question):
        bare = key.strip()
        if bare and any(bare in label for label in labels):
            body = _LABEL_IN_QUOTE.sub("", question.source_quote)
            if bare not in body:
                return [
                    f"the key {bare!r} is the section label before a colon in the source, "
                    "not a term of the rule: blank a figure, a role or a term of the rule itself"
                ]
    return []
