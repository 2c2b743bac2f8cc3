"""Whether a scoring point's source stands under the section its stem names.

A short answer asking a section whole (「课程材料“收衣检查”部分有哪些规定？」,
graphs/exam_generation/section_short_answers) has for its topic the section, not the words of its
stem: 「羊绒、真丝等贵重衣物每件要挂蓝色吊牌」 shares no word with 「收衣检查」 and is still one of
its rules. A point whose source sentence stands under the named heading is on the stem's topic;
so is one whose sentence answers the FAQ question a stem puts whole (faq_short_answers).
"""

from __future__ import annotations

import re

from graphs.exam_generation.faq_short_answers import answer_group
from graphs.exam_generation.wording import section_point
from graphs.text.document import analysed

_NAMED = re.compile(
    r"“([^”]{1,30})”部分有哪些规定|the rules under \"([^\"]{1,60})\""
    r"|^What must be done ((?:before|during|after|on|at|while|when|upon|in) [^?]{1,50})\?",
    re.IGNORECASE,
)
"""A section the stem asks whole (phrasing's short_stem_section, section_stems): 「“收衣检查”
部分有哪些规定」, 'the rules under "Booking"', 'What must be done before the fitting?' (the stage
a heading names); not a stem that asks rule by rule under a heading."""
_ASKED = re.compile(
    r"(?:顾客|同事)问：“([^”]{2,60})”|A (?:customer|colleague) asks: \"([^\"]{2,120})\""
)
"""An FAQ question the stem puts whole (phrasing's short_stem_faq): its answer is the topic."""
_LIST_MARK = re.compile(r"^\s*(?:\d+[.、)）]|[（(]\d+[)）]|[-*•])\s*")


def under_named_section(stem: str, source: str, material: str) -> bool:
    """True when `source` (a sentence of `material`, as quoted) stands under a section the stem
    names."""
    named = {"".join(found).lower() for found in _NAMED.findall(stem)}
    asked = {"".join(found).lower() for found in _ASKED.findall(stem)}
    quoted = _LIST_MARK.sub("", source).strip().rstrip("。；;.")
    if not (named or asked) or not quoted or not material:
        return False
    document = analysed(material)
    for sentence in document.sentences:
        if quoted not in sentence.text:
            continue
        if section_point(document, sentence.section).lower() in named:
            return True
        # "If they wilt earlier, …" under "What is the freshness guarantee?": its answer's rule
        group = answer_group(document, sentence.index) if asked else None
        if group is not None and group[0].lower() in asked:
            return True
    return False
