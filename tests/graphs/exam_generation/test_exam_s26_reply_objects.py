"""Session 26 (F4): a reply asked by its deadline is printed after what it replies to.

The held-out designer D19 (m2 Q12) was given "The Centre replies within ____.": what the Centre
replies to (complaints) is in the sentence before, and the stem never says it (session 25 had
"The Studio Manager replies within (    )"). Such a cloze or single choice is printed after the
sentence before it, as a Chinese act whose object that sentence names already is; with no such
sentence, it is not asked.

Own material (not the reviewer's): a canopy repairer's customer terms (en).
"""

from __future__ import annotations

import re

from graphs.context import FlowContext
from graphs.exam_generation.blank_context import with_context
from graphs.exam_generation.material import Material
from graphs.text.document import analysed
from graphs.text.elided_objects import en_object_elided
from tests.support.exam_flow import delivered_exam

CANOPY = """# Brightside Canopy Repairs: Customer Terms

## 1. Repairs
1.1 Canopies are collected from the customer's premises within 5 working days of booking.
1.2 A fabric patch costs £40 per square metre; a new winding arm costs £85.

## 2. Complaints
2.1 Complaints about a repair must be made in writing to the Workshop Manager within 21 days of refitting. The Workshop replies within 10 days.
2.2 Refunds are paid to the original card within 7 days of an upheld complaint.
"""


def test_a_reply_with_only_its_deadline_leaves_its_object_unsaid() -> None:
    assert en_object_elided("The Workshop replies within ____.")
    assert en_object_elided("Our team will respond within (    ).")
    assert not en_object_elided("The Workshop replies to complaints within ____.")
    assert not en_object_elided("Complaints are answered within ____.")


def test_the_stem_is_printed_after_what_it_replies_to() -> None:
    material = Material.of(analysed(CANOPY), "en")
    fact = next(f for f in material.facts if "replies" in f.text)
    stem = with_context(material, fact, "The Workshop replies within ____.", ["10 days"], "____")
    assert stem is not None and stem.startswith("Complaints about a repair"), stem


async def test_no_exam_asks_the_reply_without_its_complaints(
    offline_context: FlowContext,
) -> None:
    exam = await delivered_exam(
        offline_context, {"material": CANOPY, "fill_blank": 4, "single_choice": 3}
    )
    for question in exam.questions:
        if re.search(r"replies within", question.stem):
            assert "Complaints" in question.stem, question.stem
