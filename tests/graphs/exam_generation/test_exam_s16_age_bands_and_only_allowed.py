"""FAQ rules of an age bound, an age band with its fare and "Only X are allowed" are asked (session
16 lead: "Children under 5 travel free.", "Children aged 5 to 15 pay the child fare of EUR 12.",
"Only assistance dogs are allowed on board." were listed as rules this generator "cannot yet make a
question of"). Own materials: a cable car's and a water taxi's staff FAQs, through the real
functions and the real flow.

- A base-form verb after a plural subject bounded by a figure ("Children under 6 ride", "Pupils
  aged 11 to 17 pay") is the subject's verb: the sentence states a rule, not a noun phrase.
- "Only guide dogs are allowed in the cabins" names who alone may: a rule of its own, not a
  condition on the FAQ question's subject; its false version widens the kind to its plural head
  ("All dogs, not only guide dogs, are allowed …"); a bare plural ("Only members are allowed")
  names no wider kind and gets none.
"""

from __future__ import annotations

from graphs.context import FlowContext
from graphs.exam_generation.only_flips import lift_only
from graphs.exam_generation.unread_rules import unread_rules
from graphs.text import analyse
from graphs.text.facts import facts_for
from tests.support.exam_flow import delivered_exam

CABLE_CAR = """# Alpspitz Cable Car - Staff FAQ

## Tickets

**Who rides for free?**
Children under 6 ride free of charge.

**What do older children pay?**
Children aged 6 to 14 pay the youth fare of EUR 9.

**What does an adult ticket cost?**
An adult return ticket costs EUR 28.

## On board

**Can passengers bring animals?**
Only guide dogs are allowed in the cabins.

**How many people fit in a cabin?**
Each cabin holds at most 8 passengers.

## Safety

**When does the cable car stop in wind?**
Operations stop when wind speed exceeds 60 km/h.
"""

WATER_TAXI = """# Harbour Hop Water Taxi - Crew FAQ

Q: Do babies need a ticket?
A: Infants below 2 sail without a ticket.

Q: What is the student fare?
A: Pupils aged 11 to 17 pay the student fare of GBP 4.

Q: Can bikes come aboard?
A: Only folding bikes are permitted on the deck.

Q: How early must crew arrive?
A: Crew must report to the pier 30 minutes before the first sailing.
"""

_RULES = {
    CABLE_CAR: (
        "Children under 6 ride free of charge.",
        "Children aged 6 to 14 pay the youth fare of EUR 9.",
        "Only guide dogs are allowed in the cabins.",
    ),
    WATER_TAXI: (
        "Infants below 2 sail without a ticket.",
        "Pupils aged 11 to 17 pay the student fare of GBP 4.",
        "Only folding bikes are permitted on the deck.",
    ),
}


def test_age_bounds_bands_and_only_allowed_are_rules() -> None:
    for material, rules in _RULES.items():
        facts = [f.text for f in facts_for(analyse(material))]
        for rule in rules:
            assert rule in facts, facts
        assert unread_rules(analyse(material)) == []


def test_only_allowed_is_widened_to_its_plural_head() -> None:
    lifted = lift_only("Only folding bikes are permitted on the deck.", zh=False)
    assert lifted is not None
    assert lifted[0] == "All bikes, not only folding bikes, are permitted on the deck."
    assert lift_only("Only members are allowed in the sauna.", zh=False) is None


async def test_true_false_and_fill_ins_ask_them_soundly(offline_context: FlowContext) -> None:
    widened = []
    for material, rules in _RULES.items():
        blueprint = {"true_false": 6, "fill_blank": 4, "single_choice": 2}
        exam = await delivered_exam(offline_context, {"material": material, **blueprint})
        asked = {q.source_quote for q in exam.questions}
        for rule in rules:
            assert rule in asked, (rule, [q.stem for q in exam.questions])
        for question in exam.questions:
            if question.source_quote not in rules:
                continue
            if question.type == "true_false" and question.answer == ["false"]:
                stem = question.stem.removeprefix("True or false: ")
                assert stem != question.source_quote, stem
                if question.source_quote.startswith("Only"):
                    assert ", not only " in stem, stem
                    widened.append(stem)
            if question.type == "fill_blank":
                # The figure of the age or the fare is blanked, and the key is that figure.
                keys = question.answer
                assert keys and all(k in question.source_quote for k in keys), question
                assert any(ch.isdigit() for k in keys for ch in k), question
    assert widened  # the "only" rule is asked false at least once, widened to its plural head
