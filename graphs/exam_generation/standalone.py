"""An item stands on its own: it leans on no text it does not show, and its own words do not
settle it.

    check_stands_alone      a statement (a true/false item, a multiple choice's option, a cloze's
                            sentence) that opens on a comparison with what came before ("Shorter
                            rentals include …") or on a bare pronoun ("They must call …"), a
                            clause whose pronoun or contrast reaches back across a semicolon
                            ("…; staff must see the original card"), an FAQ answer's noun phrase
                            ("A credit card in the main driver's name."), its 'both' or 'then'
                            (leaning_statements.py), or "here" meaning the material itself
    check_words_settle      a figure the item's own words fix: a key a name or code gives away
                            (季卡 is 3个月, an annual pass 12 months, 12A is for under-12s), a false
                            statement that changes such a figure (「年卡：9个月内」), a figure below
                            what its words allow
                            (连续1次: one time is no run), a quoted name's figure changed
                            (复述“92号” made “80号”), a figure the item's other figures
                            compute (figure_sums.py), or a true duty its role's name says
                            (摄影师负责拍摄, self_named_duties.py)
    check_whole_terms       an option or a swapped-in term that is no word of the material, but a
                            piece of grammar glued to one (时药师 from 「发药时药师须…」)

The offline engine avoids each of these when it writes (graphs/text/references.py,
graphs/text/figure_sense.py, graphs/text/lexicon.py); these rules hold a model's items to the same.
"""

from __future__ import annotations

import re

from graphs.exam_generation.blanks import BLANK_MARKER, blank_answers
from graphs.exam_generation.figure_sums import check_figures_computed
from graphs.exam_generation.leaning_statements import check_statements_resolved
from graphs.exam_generation.prose import statement_of, statements_read
from graphs.exam_generation.self_named_duties import check_duty_not_self_named
from graphs.exam_generation.source_context import (
    SENTENCE_BREAK,
    after_semicolon,
    counts_from_before_unstated,
    lost_event,
    lost_stage_label,
    sentence_before,
    twin_under_other_heading,
    zh_sentence_before,
)
from graphs.exam_generation.substance import source_sentence
from graphs.exam_generation.swap_safety import stated_changes
from graphs.exams import Language, Question
from graphs.text.anchors import QUOTED_NAME, quoted_label
from graphs.text.clause_forms import (
    inline_list_item,
    leans_across_semicolon,
    phrase_answer,
)
from graphs.text.faq_answers import opens_on_pronoun
from graphs.text.figure_sense import least_value, named_by_code, named_period, rating_labels
from graphs.text.lexicon import Lexicon
from graphs.text.references import (
    leading_comparative,
    names_one_introduced,
    zh_shortened_reference,
)
from graphs.text.self_contained import with_referent
from graphs.text.similarity import normalise
from graphs.text.terms import NUMBER_PATTERN

_HERE = re.compile(
    r"\b(?:covered|listed|described|explained|stated|mentioned|answered|set out|given|shown)\s+"
    r"here\b|\bnot (?:covered|listed) here\b",
    re.IGNORECASE,
)
_GLUED_GRAMMAR = frozenset(
    "时的了在和与及或为是对把被从向到于由以之其每各该本此将也都就还并而但如若等"
)
"""Characters that, split off by the lexicon at a term's start, are grammar, not its first syllable."""
_DIGITS = re.compile(r"\d+(?:\.\d+)?")
_ORG_HEADS = ("中心", "部门", "部", "科", "室", "处", "站", "小组", "组", "团队", "办公室")
"""Heads that close an organisation's name (graphs/text/anchors.py joins them to the role)."""


def _first_sentence(text: str) -> str:
    """The first sentence that is not the item's question ("…which option fits the brackets?")."""
    sentences = [s.strip() for s in SENTENCE_BREAK.split(text) if s.strip()]
    stated = [s for s in sentences if not s.endswith(("?", "？"))]
    return (stated or sentences or [""])[0]


def verbless_note(statement: str, language: Language) -> bool:
    """A statement that holds a noun phrase where a rule should be ("Off-peak plan: £30 per
    month.", an FAQ answer's "A credit card in the main driver's name."): the validators refuse
    it as an item's statement, so the offline writer plans no question on it."""
    return language == "en" and any(
        phrase_answer(s) or _LABELLED_FIGURE.match(s.strip())
        for s in SENTENCE_BREAK.split(statement)
        if s.strip() and not _MEASURE_LABEL.match(s)
    )


_LABELLED_FIGURE = re.compile(
    r"^[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,4}(?:\s*\([^()]*\))?(?<!\d):\s*(?:[$£€]|\d)[^.;:]*\.?$"
)
"""An item of an answer's list, a label and its figure ("Quick Reads (books with a yellow spine
label): 7 days.", "DVDs: £1 per day, up to £10 per item."): it answers its FAQ question ("How long
can I keep them?"); alone it states nothing to judge. The colon of a time of day is no label's
("Check-out is by 10:30." was refused as a note, session 15)."""


_MEASURE_LABEL = re.compile(
    r"^\s*[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,3}?\s*(?:fees?|charges?|prices?|rates?|fines?|deposits?"
    r"|costs?|surcharges?|fares?|penalty|penalties|discounts?|rent)\s*:",
    re.IGNORECASE,
)
"""A label that names what its figure is ("Late fee: £1.50 per tool per day, capped at £30 per
tool."): the label is the rule's subject, and the line states it whole (session 23 designer D16,
m2: refused as 'not making sense without the sentence around them')."""


def check_stands_alone(question: Question, material: str, language: Language) -> list[str]:
    """No statement of the item needs a sentence or clause the item does not show."""
    problems: list[str] = []
    for statement in statements_read(question):
        first = _first_sentence(BLANK_MARKER.sub("X", statement))
        if language == "en" and leading_comparative(first):
            problems.append(
                f"{statement[:50]!r} compares with the sentence before it in the material, which "
                "the item does not show; state what it is compared with"
            )
        if verbless_note(statement, language):
            problems.append(
                f"{statement[:50]!r} holds a noun phrase (an FAQ answer, or a note without a "
                "verb), not a statement to judge; state the rule with its subject and verb"
            )
        if opens_on_pronoun(first, language):
            problems.append(
                f"{statement[:50]!r} opens on a pronoun whose noun the item does not show (an FAQ "
                "answer's 'They' is the question's subject); name who or what it speaks of"
            )
        if language == "en" and names_one_introduced(first, sentence_before(first, material)):
            problems.append(
                f"{statement[:50]!r} says 'the' of a person or thing the sentence before it in the "
                "material introduced, which the item does not show; say whose or which"
            )
        if language == "zh" and zh_shortened_reference(
            first, zh_sentence_before(first, material), material
        ):
            problems.append(
                f"{statement[:50]!r} names by its head word alone what the sentence before it in "
                "the material named in full (服务内容 after 夜床服务); say which one it is"
            )
        said = zh_sentence_before if language == "zh" else sentence_before
        if with_referent(first, said(first, material).split("\n")[-1], "", language) != first:
            problems.append(
                f"{statement[:50]!r} leaves 'it', 'one' (执行) unnamed: say 本规程, the new ticket"
            )
        if _HERE.search(statement):
            problems.append(
                f"{statement[:50]!r} says 'here' for the material itself; in an exam it names "
                "nothing: name the document or leave the phrase out"
            )
    source = _first_sentence(question.source_quote)
    at = material.find(source.strip()) if source else -1
    if at > 0 and inline_list_item(material[:at]):
        problems.append(
            f"the item rests on {source[:50]!r}, an item of a list whose rule is its lead-in's; "
            "alone it states nothing: state the rule with the item"
        )
    if source and after_semicolon(source, material) and leans_across_semicolon(source, language):
        problems.append(
            f"the item rests on {source[:50]!r}, a clause after a semicolon that speaks of what the "
            "clause before it named; state both clauses"
        )
    if source and counts_from_before_unstated(source, material, language):
        problems.append(
            f"the item rests on {source[:50]!r}, whose time limit counts from a point the sentence "
            "before it names (扣费后, of purchase), which the item does not show; state it"
        )
    if source and (label := lost_stage_label(source, material, question.stem)) is not None:
        problems.append(
            f"the item rests on {source[:50]!r}, whose rule opens on the stage {label!r}: it "
            "frames every clause of the rule, and the item does not say it; name the stage"
        )
    for part in [s for s in SENTENCE_BREAK.split(question.source_quote) if s.strip()]:
        if (event := lost_event(part, material, question.stem, language)) is not None:
            problems.append(
                f"the item rests on {part[:50]!r}, whose deadline runs from the event the sentence "
                f"before it opens on ({event[:30]!r}), which the item does not say; state the event"
            )
    if source and (other := twin_under_other_heading(source, material, question.stem)) is not None:
        problems.append(
            f"the item rests on {source[:50]!r}, which the material says again with another "
            f"figure under {other[:20]!r}: its heading is its condition; name the case it is for"
        )
    for option in question.options if question.type == "multiple_choice" else []:
        found = source_sentence(option.text, material)
        shown = f"{question.stem} {option.text}"
        if found and (label := lost_stage_label(found, material, shown)) is not None:
            problems.append(
                f"option {option.key} rests on {found[:50]!r}, whose rule opens on the stage "
                f"{label!r}, which the option does not say; name the stage"
            )
            continue
        if found and (event := lost_event(found, material, shown, language)) is not None:
            problems.append(
                f"option {option.key} rests on {found[:50]!r}, whose deadline runs from the event "
                f"{event[:30]!r} the sentence before it opens on; state the event"
            )
            continue
        if found and (other := twin_under_other_heading(found, material, option.text)) is not None:
            problems.append(
                f"option {option.key} rests on {found[:50]!r}, which the material says again with "
                f"another figure under {other[:20]!r}; name the case it is for"
            )
            continue
        if found and counts_from_before_unstated(found, material, language, option.text):
            problems.append(
                f"option {option.key} rests on {found[:50]!r}, whose time limit counts from a point "
                "the sentence before it names, which the option does not show; state it"
            )
            continue
        at = material.find(found) if found else -1
        if found and at > 0 and inline_list_item(material[:at]):
            problems.append(
                f"option {option.key} rests on {found[:50]!r}, an item of a list whose rule is its "
                "lead-in's; alone it states nothing: state the rule with the item"
            )
            continue
        if found and after_semicolon(found, material) and leans_across_semicolon(found, language):
            problems.append(
                f"option {option.key} rests on {found[:50]!r}, a clause after a semicolon that "
                "speaks of what the clause before it named; state both clauses"
            )
    return problems + check_statements_resolved(question, language)


def _named_figures(sentence: str) -> list[tuple[str, str]]:
    """(figure, the name holding it) for each figure of a sentence that a name or a code fixes
    (季卡 … 3个月; 12A … under 12)."""
    out = []
    for match in NUMBER_PATTERN.finditer(sentence):
        figure = match.group().strip()
        code = named_by_code(sentence, figure)
        if code and not sentence[match.end() : match.end() + 1].isalpha():
            out.append((figure, code))
        elif name := named_period(sentence, figure):
            out.append((figure, name))
    return out


def _states(statement: str, figure: str) -> bool:
    """The statement says the figure as a figure of its own (not only inside a code: 12 in 12A)."""
    if not figure[-1:].isdigit():
        return normalise(figure) in normalise(statement)
    return re.search(rf"(?<![\d.]){re.escape(figure)}(?![\d.A-Za-z])", statement) is not None


def check_words_settle(question: Question, material: str) -> list[str]:
    """No key the item's words give away, no change they rule out, no figure below their floor."""
    problems: list[str] = []
    if question.type in ("single_choice", "fill_blank"):
        stem = statement_of(question.stem)
        ratings = rating_labels(material)
        for key in blank_answers(question):
            counted = re.fullmatch(r"(\d+)\s+[A-Za-z]+s", key.strip())
            if counted and counted.group(1) in ratings:
                problems.append(
                    f"the key {key!r} counts what the material names by a rating "
                    f"({counted.group(1)}): a class, not a number of things; ask another fact"
                )
            name = named_period(stem, key.strip()) or named_by_code(stem, key)
            if name:
                problems.append(
                    f"the key {key!r} is given away by {name!r} in the stem: the name states it; "
                    "ask about another figure"
                )
    if question.type in ("true_false", "multiple_choice"):
        for statement in statements_read(question):
            source = source_sentence(statement, material) or question.source_quote
            for figure, name in _named_figures(source):
                if name in statement and not _states(statement, figure):
                    problems.append(
                        f"{statement[:40]!r} changes {figure!r}, which {name!r} names: "
                        "false by its name alone; change another figure"
                    )
    if question.type in ("true_false", "multiple_choice"):
        problems += _quoted_names_changed(question, material)
    problems += check_figures_computed(question, material)  # 2 hours: (    ) plus 30 minutes
    problems += check_duty_not_self_named(question)  # 摄影师负责拍摄, true by the name alone
    for statement in statements_read(question):
        for match in NUMBER_PATTERN.finditer(statement):
            floor = least_value(statement, match.start(), match.end())
            number = _DIGITS.search(match.group())
            if floor is not None and number is not None and float(number.group()) < floor:
                problems.append(
                    f"{statement[:40]!r} says {match.group().strip()!r} where its words ask for "
                    f"at least {floor:g} (a run of one is no run); choose another value"
                )
    return problems


def _quoted_names_changed(question: Question, material: str) -> list[str]:
    """A false statement made by changing the figure of a quoted name (复述“92号” → “80号”): what is
    quoted is said or printed as written, a name, and its changed copy is false by sense alone."""
    problems = []
    for statement in statements_read(question):
        source = source_sentence(statement, material) or question.source_quote
        # A figure's unit is read alike in both languages: "zh" only names the call.
        said = {m.group() for m in QUOTED_NAME.finditer(source) if quoted_label(m.group(), "zh")}
        for match in QUOTED_NAME.finditer(statement):
            quoted = match.group()
            shape = _DIGITS.sub("#", quoted)
            changed = [q for q in said if q != quoted and _DIGITS.sub("#", q) == shape]
            if quoted not in said and changed:
                problems.append(
                    f"{statement[:40]!r} changes {changed[0]!r} to {quoted!r}: a quoted name, "
                    "not a quantity; change a figure the rule sets"
                )
    return problems


def _glued(term: str, lexicon: Lexicon) -> str | None:
    """The grammar character a Chinese term starts with when the lexicon splits it off."""
    segments = lexicon.segment(term)
    if len(segments) > 1 and len(segments[0].text) == 1 and segments[0].text in _GLUED_GRAMMAR:
        return segments[0].text
    return None


def _only_inside(term: str, material: str) -> str | None:
    """The longer name the material always says the term in (区域客服 only as 区域客服中心)."""
    found = [m.end() for m in re.finditer(re.escape(term), material)] if len(term) >= 2 else []
    heads = {next((h for h in _ORG_HEADS if material.startswith(h, end)), None) for end in found}
    if found and None not in heads and len(heads) == 1:
        return term + str(heads.pop())
    return None


def check_whole_terms(question: Question, lexicon: Lexicon, language: Language) -> list[str]:
    """Options and swapped-in terms are words, not grammar glued to a word (时药师), nor the
    first part of a name the material never says without its head (区域客服 of 区域客服中心)."""
    if language != "zh":
        return []
    terms = [o.text for o in question.options] if question.type == "single_choice" else []
    terms += [new for _, new in stated_changes(question.explanation)]
    problems = []
    for term in terms:
        glue = _glued(term.strip(), lexicon)
        if glue:
            problems.append(
                f"{term!r} is no term of the material: it starts with {glue!r}, the grammar of "
                "the sentence it was cut from; use a whole term"
            )
        whole = _only_inside(term.strip(), lexicon.material)
        if whole:
            problems.append(
                f"{term!r} is no term of the material: it only ever says {whole!r}; "
                "use the whole name"
            )
    return problems
