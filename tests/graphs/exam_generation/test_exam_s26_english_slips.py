"""Session 26 (F3): an FAQ's asker said back as "you" agrees with its verb, and a flat "Never"
takes on only how far the no reaches, never the next order.

- "What if I am unwell?" put the answer in the asker's case as "If you am unwell, …": the verb
  after "I" now agrees with "you" (asker_orders.as_reader).
- "Can I let visitors ring the bells?" answered "No. Never let anyone strike a bell …" read
  "You may never let visitors ring the bells, let anyone strike …": two clauses spliced into a
  non-sentence, keyed true. "Never" goes on the question only alone or with its reach ("Never,
  not even when …"); an order after it is a rule of its own (asked_frames).

Own material: a bell foundry museum's visitor-desk FAQ.
"""

from __future__ import annotations

import re

from graphs.context import FlowContext
from graphs.exams import Question
from tests.support.exam_flow import delivered_exam

BELL_FOUNDRY_FAQ = (
    "# Harrowgate Bell Foundry — Visitor Desk: Staff FAQ\n\n"
    "This FAQ is for all visitor desk staff at the foundry museum. Read it with the Desk "
    "Handbook.\n\n"
    "**Q1. When must I arrive?**\n"
    "The desk opens at 9:30. You must arrive 20 minutes before opening to count the float and "
    "switch on the tills.\n\n"
    "**Q2. Can I let visitors ring the display bells?**\n"
    "No. Never let anyone strike a bell with a metal object, a ring or a watch. For school "
    "groups, offer the handbell session (£4 per child). For the tenor bell, only the Bell Master "
    "may ring it.\n\n"
    "**Q3. How much is a foundry tour?**\n"
    "A standard tour costs £12 per adult and takes about 45 minutes. A casting-day tour costs "
    "£25 and takes about 90 minutes. Children under 5 go free.\n\n"
    "**Q4. What if I am unwell?**\n"
    "Phone the Desk Supervisor at least 3 hours before your shift starts. Absence of more than "
    "2 days needs a doctor's note.\n\n"
    "**Q5. What about visitors near the furnace?**\n"
    "Visitors must stay behind the yellow rail on casting days. Hard hats must be worn in the "
    "casting hall. A burn, however small, must be reported to the Duty Founder at once.\n\n"
    "**Q6. How long do we keep lost property?**\n"
    "Lost property is kept for 30 days. After 30 days, items are given to charity.\n"
)


def _texts(question: Question) -> list[str]:
    return [question.stem, question.source_quote, *(o.text for o in question.options or [])]


async def test_faq_asker_and_flat_no_read_as_english(offline_context: FlowContext) -> None:
    payload = {
        "material": BELL_FOUNDRY_FAQ,
        "single_choice": 4,
        "multiple_choice": 3,
        "true_false": 4,
        "fill_blank": 3,
    }
    exam = await delivered_exam(offline_context, payload)
    texts = [t for q in exam.questions for t in _texts(q)]
    assert not [t for t in texts if re.search(r"\byou (?:am|was)\b", t, re.IGNORECASE)], texts
    assert not [t for t in texts if re.search(r"\bnever [^,.]+, let\b", t, re.IGNORECASE)], texts
    assert [t for t in texts if "If you are unwell" in t], texts
