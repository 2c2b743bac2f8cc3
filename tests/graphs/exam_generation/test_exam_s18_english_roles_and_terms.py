"""English fill-ins on roles and the material's own terms, not only on figures (session 18 J, the
lead's m2 tyre centre: 7 of 12 fill-ins, every one a figure), on an own bicycle workshop.

"service adviser", "mechanic" and "second mechanic" were plain terms (no listed role head), and
every English term was refused as a blank, so the rules on who acts made no fill-in. Roles now
blank; the shop's tools (torque wrench, repair ticket) stay refused: blanking English compounds
took the facts the figure fill-ins needed (tried and held back, 961d1a7).
"""

from __future__ import annotations

from graphs.context import FlowContext
from graphs.exam_generation.material import Material
from graphs.text.document import analysed
from graphs.text.facts import facts_for
from graphs.text.person_nouns import acting_person
from tests.support.exam_flow import delivered_exam
from tests.support.grading import fill_blank, judged

BIKE_SHOP = """# Spokes & Chains Bicycle Workshop: Bench Rules

## Booking in
1. The service adviser checks the frame number against the customer's receipt before any repair starts.
2. Every bike is tagged with a repair ticket that stays on the handlebar until collection.
3. We do not straighten a cracked carbon frame under any circumstances.

## At the bench
4. Only a mechanic with the hydraulic brake certificate may bleed the disc brakes.
5. Bottom brackets are tightened with a torque wrench, never with a socket spanner alone.
6. The truing stand is checked every morning by the workshop supervisor.
7. A wheel must have its spoke tension checked by a second mechanic before it is refitted.
8. Nobody may ride a customer's bike outside the yard except the test rider.

## Handing back
9. The customer is told to return for a free cable check after 100 miles.
10. Worn chains are kept for 14 days in case the customer wants them back; after that they go to the scrap merchant.
11. Brake pads are replaced at no labour charge with every new wheel.
12. E-bike batteries are stored in the fireproof cabinet overnight.
13. Complaints go to the shop manager, who must reply within 3 working days.
"""


def _roles(text: str) -> set[str]:
    material = Material.of(analysed(text), "en")
    return {a.text for f in facts_for(material.document) for a in f.anchors if a.role == "role"}


def test_the_trades_own_staff_words_are_roles() -> None:
    roles = _roles(BIKE_SHOP)
    assert {"service adviser", "mechanic", "second mechanic", "workshop supervisor"} <= roles
    # whom the staff serve, and a firm things are sent to, are no staff
    assert not any("customer" in r or "merchant" in r for r in roles), roles


def test_things_with_a_persons_ending_are_no_roles() -> None:
    text = (
        "The charger must be unplugged after use. The cover must not be removed. "
        "Each container is emptied daily; after that it goes to the recycler. "
        "Only a porter with a badge may open the store. Parcels are signed for by the warden."
    )
    assert not acting_person("charger", text)
    assert not acting_person("cover", text)
    assert not acting_person("container", text)
    assert not acting_person("recycler", text)
    assert acting_person("porter", text)
    assert acting_person("warden", text)
    assert acting_person("night porter", text)  # its head acts elsewhere in the material


async def test_fill_ins_blank_roles_not_only_figures(
    offline_context: FlowContext,
) -> None:
    exam = await delivered_exam(offline_context, {"material": BIKE_SHOP, "fill_blank": 12})
    keys = {key for question in exam.questions for key in question.answer}
    assert len(exam.questions) >= 7, keys
    assert {"service adviser", "mechanic", "second mechanic"} <= keys, keys
    for question in exam.questions:
        # the article stays printed outside the blank
        for key in question.answer:
            assert not key.lower().startswith(("a ", "an ", "the ")), key


async def test_a_role_is_asked_among_the_materials_roles(offline_context: FlowContext) -> None:
    exam = await delivered_exam(offline_context, {"material": BIKE_SHOP, "single_choice": 4})
    roles = _roles(BIKE_SHOP)
    asked = 0
    for question in exam.questions:
        texts = {o.key: o.text for o in question.options}
        key = texts[question.answer[0]]
        if key in roles:
            asked += 1
            assert set(texts.values()) <= roles, texts
    assert asked, [q.stem for q in exam.questions]


def test_a_blanked_tool_is_marked_by_its_name_whatever_its_article_or_number() -> None:
    question = fill_blank(
        "Bottom brackets are tightened with a ____, never with a socket spanner alone.",
        "torque wrench",
    )
    for answer in ("a torque wrench", "Torque wrenches", "the torque wrench"):
        assert judged(question, answer)[0].ratio == 1.0, answer
    assert judged(question, "impact gun")[0].ratio == 0.0
