"""A rule on which things alone may do something is not widened to "Anyone" (the lead's
session-18 campsite FAQ: "Who can use the electric hook-up?" + "Only pitches marked E." gave
"True or false: Anyone, not only pitches marked E, can use the electric hook-up.").

"Anyone, not only …" widens a rule on people; the head noun of the "only" phrase, before what
qualifies it ("staff with a first-aid certificate", "berths marked P"), must name people. A
person word with no person's ending and not listed ("a yard hand") is not lifted: no item, rather
than a nonsense one.
"""

from __future__ import annotations

import pytest

from graphs.context import FlowContext
from graphs.exam_generation.only_flips import lift_only
from tests.support.exam_flow import delivered_exam

MARINA_FAQ = """# Harbourside Marina: Berth Desk FAQ

**Who can use shore power?**
Only berths marked P. Owners must bring their own marine-grade lead.

**Who may operate the boat hoist?**
Only a hoist operator with the crane ticket may operate the boat hoist.

**When does the fuel pontoon close?**
At 18:00. After that, fuel is sold only in an emergency.

**How long can a visitor stay on the waiting pontoon?**
No more than 2 hours, and never overnight.

**What is the overnight fee for visitors?**
GBP 3 per metre of boat length, paid at the berth desk before 10:00 the next day.
"""


@pytest.mark.parametrize(
    "rule",
    [
        "Only berths marked P can use shore power.",
        "Only dogs on a lead may enter the chandlery.",
        "Only vans with a permit may park on the quay.",
    ],
)
def test_a_rule_on_things_is_not_lifted_to_anyone(rule: str) -> None:
    assert lift_only(rule, zh=False) is None


@pytest.mark.parametrize(
    ("rule", "lifted"),
    [
        (
            "Only a hoist operator with the crane ticket may operate the boat hoist.",
            "Anyone, not only a hoist operator with the crane ticket, may operate the boat hoist.",
        ),
        ("Only adults may use the sauna.", "Anyone, not only adults, may use the sauna."),
        (
            "Only the vet may give medicine to an animal.",
            "Anyone, not only the vet, may give medicine to an animal.",
        ),
        (
            "Only the duty manager can give the gate code.",
            "Anyone, not only the duty manager, can give the gate code.",
        ),
    ],
)
def test_a_rule_on_people_is_still_lifted(rule: str, lifted: str) -> None:
    made = lift_only(rule, zh=False)
    assert made is not None and made[0] == lifted


async def test_no_item_widens_berths_to_anyone(offline_context: FlowContext) -> None:
    exam = await delivered_exam(
        offline_context, {"material": MARINA_FAQ, "true_false": 4, "multiple_choice": 1}
    )
    printed = [q.stem for q in exam.questions] + [
        option for q in exam.questions for option in (q.options or [])
    ]
    assert not any("not only berths" in text for text in printed), printed
