"""The material's text around the sentence an item rests on, which the item may need to show.

    sentence_before / zh_sentence_before   the sentence before it (in Chinese across a list's
                                          line break)
    after_semicolon                        it follows a semicolon
    twin_under_other_heading               the heading of another part saying the same kind of
                                          fact with other figures (graphs/text/heading_cases.py)
    counts_from_before_unstated            its time limit counts from the sentence before, which
                                          the statement does not state
    lost_stage_label                       the stage label its rule opens on (「0至200℃阶段：」),
                                          which the statement drops
    lost_event                             the event its article's sentence before opens on,
                                          which its deadline runs from and the statement drops
                                          (graphs/text/event_deadlines.py)

standalone.check_stands_alone asks these of every item's statements.
"""

from __future__ import annotations

import re

from graphs.exam_generation.clause_frames import frame_of
from graphs.exam_generation.substance import source_sentence
from graphs.exams import Language
from graphs.text.clause_forms import counts_from_before
from graphs.text.event_deadlines import deadline_alone, event_of, names_event
from graphs.text.heading_cases import heading_twin, names_its_case
from graphs.text.lists import without_marker
from graphs.text.sentence_form import clean_statement
from graphs.text.similarity import normalise

SENTENCE_BREAK = re.compile(r"(?<=[。！？!?；;])|(?<=\.)\s+")
"""Where a sentence ends (a Chinese stop or semicolon, an English stop before a space)."""


def after_semicolon(sentence: str, material: str) -> bool:
    """The sentence, as the material has it, follows a semicolon."""
    at = material.find(sentence.strip().rstrip("。.;；"))
    return at > 0 and material[:at].rstrip().endswith((";", "；"))


def sentence_before(sentence: str, material: str) -> str:
    """The material's sentence before the one `sentence` restates ("" when it opens its
    paragraph or is not found)."""
    found = source_sentence(sentence, material)
    at = material.find(found) if found else -1
    if at <= 0:
        return ""
    head = material[:at].rstrip()
    if not head or head.endswith("\n"):
        return ""
    previous = [s for s in SENTENCE_BREAK.split(head) if s.strip()]
    return previous[-1] if previous and "\n" not in material[at - 1 : at] else ""


_LIST_MARK = re.compile(r"(?:^|\n)\s*(?:\d+[.、)]|[-*•])\s*$")


def zh_sentence_before(sentence: str, material: str) -> str:
    """The material's sentence before the one `sentence` restates, in its section, across the
    line break of a numbered list (「1. 夜床服务时间为…」 before 「2. 服务内容包括…」)."""
    found = source_sentence(sentence, material) or sentence
    at = material.find(found.strip())
    if at <= 0:
        return ""
    head = _LIST_MARK.sub("", material[:at]).rstrip()
    pieces = [p.strip() for p in re.split(r"(?<=[。！？；])|\n", head) if p.strip()]
    if not pieces or pieces[-1].startswith("#"):
        return ""
    return re.sub(r"^\s*(?:\d+[.、)]|[-*•])\s*", "", pieces[-1])


def twin_under_other_heading(sentence: str, material: str, statement: str = "") -> str | None:
    """The heading of another part of the material that says the same sentence with other figures
    (「住宿报销上限为每晚500元」 under 出差一线城市, 「…350元」 under 出差其他城市), or None; None too
    when the `statement` made of it names its own heading (graphs/text/heading_cases.py). The
    heading is the sentence's condition: printed without it, the item is true of one case and
    false of the other."""
    twin = heading_twin(sentence, material)
    if twin is None or names_its_case(statement, twin[0]):
        return None
    return twin[1]


def counts_from_before_unstated(
    sentence: str, material: str, language: Language, statement: str = ""
) -> bool:
    """Whether `sentence` counts its time limit from a sentence before it in its paragraph, which
    the `statement` made of it does not state (graphs/text/facts.py states the two together when
    they are neighbours). 「应在扣费后30天内提交；畅骑在3个工作日内答复。超过30天提出的申诉…」:
    the 30 days count from the charge two sentences back."""
    before = (
        zh_sentence_before(sentence, material)
        if language == "zh"
        else sentence_before(sentence, material)
    )
    if counts_from_before(sentence, before, language):
        return not (before and normalise(before) in normalise(statement))
    paragraph = _paragraph_before(sentence, material)
    stated = normalise(paragraph) in normalise(statement)
    return counts_from_before(sentence, paragraph, language) and not stated


def _paragraph_before(sentence: str, material: str) -> str:
    """The material's text before `sentence` on its line ("" when it opens the line)."""
    found = source_sentence(sentence, material) or sentence
    at = material.find(found.strip())
    return material[material.rfind("\n", 0, at) + 1 : at].strip() if at > 0 else ""


def lost_stage_label(sentence: str, material: str, statement: str) -> str | None:
    """The stage label the rule of `sentence` opens on (「0至200℃阶段：」, 「热身阶段：」) when the
    `statement` made of one of its later clauses does not say it, or None. The label frames every
    clause of its rule: 「窑门留（    ）缝排湿。」 lost its stage (session 23 end designer D16, m1
    SC2)."""
    rule = clean_statement(without_marker(sentence.strip()))
    label = frame_of(rule, sentence)[1]
    # Chinese only: an English label ("Store credit: …") names a topic, read by lost_context.
    if not re.search(r"[\u4e00-\u9fff]", label) or normalise(label.rstrip("：:")) in normalise(
        statement
    ):
        return None
    return label.rstrip("：:")


def lost_event(sentence: str, material: str, statement: str, language: Language) -> str | None:
    """The event a deadline duty's sentence before, on its line (its article, its paragraph),
    opens on when the `statement` made of the duty does not say it, or None: 「安全艇须在（    ）
    内到达现场。」 after 「训练中发生翻船，…。」 lost what the 3 minutes run from (issue 11)."""
    if not deadline_alone(sentence, language):
        return None
    pieces = [p for p in SENTENCE_BREAK.split(_paragraph_before(sentence, material)) if p.strip()]
    event = event_of(pieces[-1], language) if pieces else None
    if event is None or names_event(statement, event, language):
        return None
    return event
