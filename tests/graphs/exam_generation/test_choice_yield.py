"""Yield of choice questions: sound candidates that were dropped or never built, and the
options a wider yield must not let through (issue 11, session 14), through the real flow on
material written for these tests."""

from __future__ import annotations

import re

from graphs.context import FlowContext
from graphs.exam_generation.false_statements import false_statements
from graphs.exam_generation.material import Material
from graphs.text import analyse
from tests.support.exam_flow import delivered_exam

BOAT_CLUB_TERMS = (
    "Rowing Club - Boat Use Terms\n\n"
    "1. Members\n"
    "Rowers must be 14 or older to take out a boat. A season ticket costs 60 pounds.\n\n"
    "2. Bookings\n"
    "A member may book a boat up to 7 days ahead. A booking lapses 15 minutes after its start "
    "time.\n\n"
    "3. Weather\n"
    "No boat goes out when the river level board shows red. The coach must check the river "
    "level before every outing.\n\n"
    "4. Damage\n"
    "Damage must be reported to the boatman the same day. Members pay up to 120 pounds towards "
    "a repair.\n"
)


async def test_a_multiple_choice_over_neighbouring_numbered_headings(
    offline_context: FlowContext,
) -> None:
    """Parts headed by numbered bare titles ("2. Bookings") hold two rules each, too few for a
    multiple choice: it states the rules of two neighbouring parts, as it does under Markdown
    headings (a terms sheet of six such parts made no multiple choice at all)."""
    payload = {"material": BOAT_CLUB_TERMS, "multiple_choice": 1, "difficulty": "mixed"}
    exam = await delivered_exam(offline_context, payload)
    assert [q.type for q in exam.questions] == ["multiple_choice"], exam.shortfall
    for question in exam.questions:
        named = [
            t for t in ("Members", "Bookings", "Weather", "Damage") if f'"{t}"' in question.stem
        ]
        assert len(named) == 2, question.stem


PADDLE_PROCEDURE = (
    "Harbour Paddle Centre - Kayak Launch Procedure\n\n"
    "1. Before launch\n"
    "Every paddler must wear a buoyancy aid for the whole session. Children under 14 must paddle "
    "in a double kayak with an adult. The instructor must check the weather forecast before "
    "every session.\n\n"
    "2. Weather limits\n"
    "No group goes out when the wind is above 15 knots. Sessions are cancelled if visibility is "
    "below 500 metres.\n\n"
    "3. Group size\n"
    "One instructor may lead at most 8 kayaks. A group of more than 8 kayaks needs a second "
    "instructor.\n\n"
    "4. On the water\n"
    "Paddlers must stay within 200 metres of the shore. The lead instructor must count the "
    "kayaks every 30 minutes.\n\n"
    "5. Incidents\n"
    "A capsized paddler must be back in a kayak within 5 minutes or be towed to shore. Any "
    "injury must be reported to the centre manager the same day.\n\n"
    "6. Return\n"
    "Kayaks must be rinsed with fresh water after every session. The last instructor ashore "
    "signs the logbook.\n"
)
FULL = {
    "single_choice": 4,
    "multiple_choice": 3,
    "true_false": 4,
    "fill_blank": 4,
    "short_answer": 2,
    "difficulty": "mixed",
}


async def test_a_slot_refused_for_a_clash_takes_its_spare(offline_context: FlowContext) -> None:
    """In the open rounds every type may take any rule, and two branches wrote on one sentence:
    the one validated second was refused and its slot lost the round (true/false 3 of 4 on this
    procedure). Each slot now comes with a spare on rules its batch leaves, tried only when its
    question is refused; no two delivered items rest on one sentence all the same."""
    exam = await delivered_exam(offline_context, {"material": PADDLE_PROCEDURE, **FULL})
    made = [q.type for q in exam.questions]
    assert made.count("true_false") == 4, exam.shortfall
    quotes = [q.source_quote for q in exam.questions if q.type != "multiple_choice"]
    assert len(set(quotes)) == len(quotes)


GAME_SHOP_RULES = (
    "Pixel Games - Sales Floor Rules\n\n"
    "1. Age checks\n"
    "Staff must ask for photo ID for any 16-rated game if the buyer looks under 21. "
    "Children under 12 may buy games only when a parent is present.\n\n"
    "2. Returns\n"
    "Unopened games can be returned within 14 days with the receipt. Opened games are exchanged "
    "only for the same title when the disc is faulty.\n\n"
    "3. Trade-ins\n"
    "Trade-ins are accepted only from customers aged 18 or over. A trade-in credit expires after "
    "6 months.\n"
)


async def test_a_rating_is_asked_only_among_the_ratings_the_material_names(
    offline_context: FlowContext,
) -> None:
    """A figure that names a category ("16-rated") has no near values: "20-rated" and "10-rated"
    are ratings that do not exist, not plausible wrong answers (session 13 lead, a cinema
    policy). Options and false statements take only ratings the material states."""
    payload = {"material": GAME_SHOP_RULES, "single_choice": 5}
    exam = await delivered_exam(offline_context, {**payload, "difficulty": "mixed"})
    stated = set(re.findall(r"\d+-rated", GAME_SHOP_RULES))
    for question in exam.questions:
        said = " ".join([question.stem, *(o.text for o in question.options)])
        assert set(re.findall(r"\d+-rated", said)) <= stated, said


SWIM_CLUB_RULES = (
    "Lakeside Swim Club - Junior Rules\n\n"
    "Swimmers aged 14 or 15 may use the deep lane only with a lifeguard watching. "
    "A junior season pass costs 90 pounds. The lane booking closes 2 hours before the session. "
    "Lost wristbands are replaced for 5 pounds.\n"
)


async def test_a_figure_listed_with_its_neighbour_is_no_gap(offline_context: FlowContext) -> None:
    """ "Swimmers aged (    ) or 15" is answered by the number before 15, and its near values
    read absurd ("aged 20 or 15"): a figure listed with another bare number is not asked."""
    payload = {"material": SWIM_CLUB_RULES, "single_choice": 4, "fill_blank": 2}
    exam = await delivered_exam(offline_context, {**payload, "difficulty": "mixed"})
    assert exam.questions
    for question in exam.questions:
        assert not re.search(r"(\(\s*\)|_{2,})\s*or 15|14 or\s*(\(|_)", question.stem), (
            question.stem
        )


def test_a_figure_listed_with_its_neighbour_is_not_changed() -> None:
    """ "Swimmers aged 10 or 15 may use the deep lane" is false by its absurd pair, not by the
    rule: a false statement changes no figure listed with another bare number."""
    material = Material.of(analyse(SWIM_CLUB_RULES), "en")
    fact = next(f for f in material.facts if "aged 14 or 15" in f.text)
    made = false_statements(fact, material.facts, material.text, material.zh)
    for change in made:
        assert "aged 14 or 15" in change.statement, change.statement
