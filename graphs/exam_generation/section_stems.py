"""The stem of an English short answer that asks a whole small section, in a trainer's words.

A section headed by the stage of the work it covers ("Before the fitting", "On site", "After
the visit") is asked by that stage: "What must be done before the fitting? Give all three rules
(give the time limit and the age)." Any other heading is named: 'What are the rules under
"Complaints" in the course material? Give both (give the time limit).' Chinese stems are worded
by phrasing.py (short_stem_section). A stem names only a heading the material prints
(`printed_heading`): 「根据课程材料“总则”部分」 over a material with no such heading (the name
wording.section_point gives the text under its title) sent the learner looking for a part that
is not there (session 20 end designer D13, m1 #17).
"""

from __future__ import annotations

import re

from graphs.exam_generation.wording import clean_point
from graphs.text.document import Document

_STAGE = re.compile(
    r"^(?:before|during|after|on|at|while|when|upon|in)\s+(?:the\s+|a\s+|an\s+)?[a-z][\w' -]{1,40}$",
    re.IGNORECASE,
)
"""A heading that names a stage or place of the work: what is done there is the topic."""
_COUNT = {2: "both", 3: "all three", 4: "all four"}


def is_stage(heading: str) -> bool:
    """The heading names a stage or place of the work ("Before the fitting", "On site")."""
    return _STAGE.match(heading.strip().rstrip(":.")) is not None


def en_section_stem(heading: str, count: int, hint: str) -> str:
    """'What must be done before the fitting? Give all three rules (give …).' for a stage
    heading; the heading named in quotes for any other."""
    said = f" ({hint})" if hint else ""
    name = heading.strip().rstrip(":.")
    if is_stage(name):
        stage = name[0].lower() + name[1:]
        return f"What must be done {stage}? Give {_COUNT[count]} rules{said}."
    return f'What are the rules under "{name}" in the course material? Give {_COUNT[count]}{said}.'


def printed_heading(document: Document, name: str) -> bool:
    """`name` is a heading the material prints (cleaned of its numbering), not one made up for
    the text under the title (「总则」, "General rules")."""
    return any(section and clean_point(section) == name for section in document.sections)
