"""The validators run on the model path too: a model's giveaways are rejected for a trainer-readable
reason, and only those slots are asked again (the scripted chat model of the model-path tests)."""

from __future__ import annotations

from typing import Any

from bench.labelled_set import material_text
from graphs.context import FlowContext
from graphs.exams import Exam
from graphs.library import ContentLibrary
from tests.graphs.exam_generation.test_exam_generation_model import (
    ScriptedChatModel,
    retrying_responder,
    run,
)

NORTHWIND_GIVEAWAY = {
    "stem": "Items are sold in (    ) stores and on the Northwind website.",
    "options": ["Contoso", "Northwind", "Harbour", "Fabrikam"],
    "answer": ["B"],
    "explanation": "Items are sold in Northwind stores and on the website.",
    "source_quote": "Items are sold in Northwind stores and on the website.",
}
SOUND_SINGLE = {
    "stem": "Most items can be returned within (    ) of delivery.",
    "options": ["14 days", "30 days", "60 days", "90 days"],
    "answer": ["B"],
    "explanation": "Most items can be returned within 30 days of delivery.",
    "source_quote": "Most items can be returned within 30 days of delivery.",
}
FAQ_QUESTION_AS_STATEMENT = {
    "stem": "True or false: **Is there a restocking fee?**",
    "answer": ["true"],
    "explanation": "The FAQ answers yes.",
    "source_quote": "**Is there a restocking fee?**",
}
SOUND_STATEMENT = {
    "stem": "True or false: Card refunds take 5 to 10 business days to appear on the statement.",
    "answer": ["true"],
    "explanation": "The FAQ says so.",
    "source_quote": "Card refunds take 5 to 10 business days to appear on the statement.",
}


async def test_model_giveaways_are_rejected_and_rewritten(library: ContentLibrary):
    def body(slot: dict[str, Any], first: bool) -> dict[str, Any]:
        if slot["type"] == "single_choice":
            return NORTHWIND_GIVEAWAY if first else SOUND_SINGLE
        return FAQ_QUESTION_AS_STATEMENT if first else SOUND_STATEMENT

    responder, asked = retrying_responder(body, lambda slot: slot["knowledge_point"] or "Refunds")
    model = ScriptedChatModel(responder=responder)
    context = FlowContext(library=library, models=(model,))
    payload = {"material": material_text("returns-faq-en"), "single_choice": 1, "true_false": 1}
    values = await run(context, payload)

    exam = Exam.model_validate(values["exam"])
    assert exam.shortfall == []
    assert {q.stem for q in exam.questions} == {SOUND_SINGLE["stem"], SOUND_STATEMENT["stem"]}
    assert asked == {"single_choice-1": 2, "true_false-1": 2}
    rejections = values["rejections"]
    assert any("'Northwind' is printed in the stem" in p for p in rejections["single_choice-1"])
    assert any("a question, not a statement" in p for p in rejections["true_false-1"])
    assert any("markdown emphasis" in p for p in rejections["true_false-1"])
