"""Session 17 (end designer D10, pattern 1): an act with a direction said the other way round is
wrong, and dangerous, not credited.

"Add the water to the acid slowly" earned full marks for "Add acid to water, never water to acid":
every word of the point is there. Now an answer that moves the point's goal into its mover (X
into/to/onto Y; 把X加入Y; X倒入Y; 往Y里倒X), or puts the mover first and the goal after it
(first … then; 先A后B), or turns an order rule round (先定影后显影 for 先显影后定影), is
contradicted, and the note quotes what the learner said. The direction kept in other words stays
credited. Own courses: a paint mixing shop (调漆店) and a photo darkroom (冲印暗房), en and zh. Papers
go through the real grading flow.
"""

from __future__ import annotations

import pytest

from graphs.context import FlowContext
from graphs.exams import Language
from tests.support.grading import graded_short_answer, quotes_as_contradicted

DARKROOM_EN = "Pour the developer powder into the water, never water onto the powder"
PAINT_EN = "Add the hardener to the base paint, never the base to the hardener"
DARKROOM_ZH = "配制显影液时须把药粉倒入水中，不得把水倒入药粉"
PAINT_ZH = "须把固化剂加入主漆，不得把主漆加入固化剂"
PRINTS_ZH = "先显影后定影"


async def _graded(
    point: str, answer: str, context: FlowContext, language: Language
) -> tuple[float, str]:
    stem = "这条操作规程怎么做？" if language == "zh" else "What is the rule for mixing it?"
    return await graded_short_answer(
        stem, [point], answer, context, title="mixing", language=language
    )


@pytest.mark.parametrize(
    ("point", "answer", "language", "said"),
    [
        (DARKROOM_EN, "Pour the water onto the developer powder slowly.", "en", None),
        (DARKROOM_EN, "(1) Put the developer powder in first, then the water.", "en", None),
        (PAINT_EN, "Add the base to the hardener slowly.", "en", None),
        (DARKROOM_ZH, "把水慢慢倒进药粉里。", "zh", None),
        (DARKROOM_ZH, "先放药粉再加水。", "zh", None),
        (DARKROOM_ZH, "往药粉里倒水。", "zh", None),
        (PAINT_ZH, "（2）将主漆倒入固化剂中。", "zh", "将主漆倒入固化剂中"),
        (PRINTS_ZH, "先定影后显影。", "zh", None),
    ],
)
async def test_direction_turned_round_is_contradicted(
    point: str, answer: str, language: Language, said: str | None, offline_context: FlowContext
) -> None:
    score, note = await _graded(point, answer, offline_context, language)
    assert score == 0, note
    assert quotes_as_contradicted(note, answer, language, said), note


@pytest.mark.parametrize(
    ("point", "answer", "language"),
    [
        (PAINT_EN, "Stir the hardener into the base paint.", "en"),
        (DARKROOM_EN, "Tip the powder into the water.", "en"),
        (DARKROOM_EN, "Water first, then the developer powder.", "en"),
        (DARKROOM_EN, "Never pour water onto the powder.", "en"),
        (DARKROOM_ZH, "先放水，再倒药粉，千万不要把水倒进药粉。", "zh"),
        (PAINT_ZH, "把固化剂倒进主漆里搅匀，不能反过来把主漆加入固化剂。", "zh"),
        (DARKROOM_ZH, "先放水，再倒药粉。", "zh"),
        (PAINT_ZH, "把固化剂倒进主漆里搅匀。", "zh"),
        (PAINT_EN, "Base first, then the hardener.", "en"),
        (PRINTS_ZH, "显影完成后再定影。", "zh"),
    ],
)
async def test_direction_kept_stays_credited(
    point: str, answer: str, language: Language, offline_context: FlowContext
) -> None:
    score, note = await _graded(point, answer, offline_context, language)
    assert score == 2, note


async def test_an_infinitive_to_is_no_direction(offline_context: FlowContext) -> None:
    # "to" before a verb moves nothing: the technician told to clean spills is not the spills
    # reported to the technician turned round
    _, note = await _graded(
        "Report spills to the darkroom technician",
        "Tell the darkroom technician to wipe up spills.",
        offline_context,
        "en",
    )
    assert "contradicted" not in note, note


async def test_an_infinitive_in_the_point_is_no_direction(offline_context: FlowContext) -> None:
    # the point's own "to" after a verb that moves nothing ("asking a customer to wait") gives it
    # no direction, so an answer that words the order its own way is not "turned round"
    score, note = await _graded(
        "Offer one free re-mix before asking a customer to pay for a second tin",
        "Customers get a single free re-mix before being asked to pay for another tin.",
        offline_context,
        "en",
    )
    assert "contradicted" not in note, note
    assert score > 0, note
