"""The exam_grading flow with a model judge: per-point verdicts, figures decided by rule, fallback.

The flow runs as the runtime runs it, against the local OpenAI stub (a real HTTP server speaking
the chat-completions protocol); the stub's responder plays a judge that reads the request.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from langgraph.checkpoint.memory import InMemorySaver
from pydantic import SecretStr

from api.settings import Settings
from graphs.context import FlowContext
from graphs.exam_grading.build import FLOW
from graphs.library import ContentLibrary
from runtime.models import build_models
from tests.support.openai_stub import API_KEY, ChatRequest, OpenAIStub

POINTS = ["apologise to the customer", "check the receipt", "refund within 14 days"]
EXAM: dict[str, Any] = {
    "title": "Refunds",
    "language": "en",
    "total_score": 10,
    "answer_key": {"1": ["14 days"], "2": ["online"], "3": ["..."]},
    "questions": [
        {
            "number": 1,
            "type": "fill_blank",
            "stem": "Refunds are accepted within ____ of purchase.",
            "answer": ["14 days"],
            "source_quote": "Refunds are accepted within 14 days of purchase.",
            "score": 2,
        },
        {
            "number": 2,
            "type": "fill_blank",
            "stem": "Gift cards are redeemed ____.",
            "answer": ["online"],
            "source_quote": "Gift cards are redeemed online.",
            "score": 2,
        },
        {
            "number": 3,
            "type": "short_answer",
            "stem": "A customer asks for a refund. What do you do?",
            "answer": ["Apologise, check the receipt and refund within 14 days."],
            "scoring_points": POINTS,
            "source_quote": "Apologise, check the receipt and refund within 14 days.",
            "score": 6,
        },
    ],
}


def model_context(library: ContentLibrary, stub: OpenAIStub) -> FlowContext:
    """A run context whose model is the stub, as the runtime would build it."""
    settings = Settings.model_validate(
        {
            "model": "openai-compatible:judge-model",
            "model_base_url": stub.base_url,
            "model_api_key": SecretStr(API_KEY),
            "model_timeout_s": 2.0,
            "model_max_retries": 0,
        }
    )
    return FlowContext(library=library, models=build_models(settings))


def _field(text: str, name: str) -> str:
    match = re.search(rf"^{re.escape(name)}: (.*)$", text, re.MULTILINE)
    assert match, f"the prompt has no {name!r} line"
    return match.group(1)


def point_judge(request: ChatRequest) -> dict[str, Any]:
    """A judge that answers per point: contradicted after "never"/"not", credited when stated."""
    text = request.text
    answer = _field(text, "Learner's answer").lower()
    if "(fill_blank)" in text:
        right = _field(text, "Reference answer").lower() == answer
        return {"correct": right, "score_ratio": float(right), "reason": "stub: blank"}
    verdicts = []
    for point in _field(text, "Scoring points").split("; "):
        verb = point.split()[0]
        if f"never {verb}" in answer or f"not {verb}" in answer:
            verdict = "contradicted"
        elif verb in answer:
            verdict = "credited"
        else:
            verdict = "missing"
        verdicts.append({"point": point, "verdict": verdict, "reason": f"stub: {verb}"})
    return {"correct": False, "score_ratio": 0.99, "reason": "stub", "points": verdicts}


async def grade(context: FlowContext, answers: dict[str, Any], thread: str) -> dict[int, Any]:
    """Run the compiled flow and return the report's results by number."""
    graph = FLOW.build().compile(checkpointer=InMemorySaver())
    state = await graph.ainvoke(
        {"exam": EXAM, "answers": answers},
        {"configurable": {"thread_id": thread}},
        context=context,
    )
    return {r["number"]: r for r in state["report"]["questions"]}


async def test_the_ratio_comes_from_the_models_per_point_verdicts(
    openai_stub: OpenAIStub, library: ContentLibrary
) -> None:
    openai_stub.responder = point_judge
    results = await grade(
        model_context(library, openai_stub),
        {"3": "I apologise, but we never check the receipt."},
        "model-points",
    )
    # credited, contradicted, missing: one point of three, whatever score_ratio said (0.99)
    assert results[3]["score"] == 2.0 and results[3]["verdict"] == "partial"
    reason = results[3]["reason"]
    assert "credited: apologise to the customer (stub: apologise)" in reason
    assert "contradicted: check the receipt" in reason
    assert "missing: refund within 14 days" in reason
    schema = openai_stub.requests[0].tools[0]["function"]["parameters"]
    assert "points" in schema["properties"]
    assert results[3]["review"].startswith("Source: Apologise, check the receipt")


@pytest.mark.parametrize(
    ("answers", "scores"),
    [
        ({"1": "140 days", "2": "online"}, {1: 0, 2: 2.0}),  # a wrong figure, a right word
        ({"1": "two weeks", "2": "offline"}, {1: 2.0, 2: 0}),  # a converted figure, an antonym
    ],
)
async def test_figures_and_settled_blanks_never_reach_the_model(
    openai_stub: OpenAIStub,
    library: ContentLibrary,
    answers: dict[str, str],
    scores: dict[int, float],
) -> None:
    openai_stub.responder = point_judge
    results = await grade(model_context(library, openai_stub), answers, "model-settled")
    assert {n: results[n]["score"] for n in scores} == scores
    assert openai_stub.requests == []  # numbers and opposites are decided by rule


async def test_a_word_blank_the_rules_reject_goes_to_the_model(
    openai_stub: OpenAIStub, library: ContentLibrary
) -> None:
    openai_stub.responder = point_judge
    results = await grade(model_context(library, openai_stub), {"2": "on the web"}, "model-word")
    assert len(openai_stub.requests) == 1 and results[2]["reason"] == "stub: blank"


async def test_per_point_verdicts_that_do_not_fit_fall_back_to_the_offline_judge(
    openai_stub: OpenAIStub, library: ContentLibrary
) -> None:
    def one_point_only(request: ChatRequest) -> dict[str, Any]:
        verdict = point_judge(request)
        return {**verdict, "points": verdict["points"][:1]}

    openai_stub.responder = one_point_only
    results = await grade(
        model_context(library, openai_stub),
        {"3": "Apologise, check the receipt and refund within 140 days."},
        "model-misfit",
    )
    reason = results[3]["reason"]
    assert "offline judge" in reason and "1 point verdict(s) for 3 scoring point(s)" in reason
    assert "contradicted: refund within 14 days" in reason  # the offline judge reads figures
    assert results[3]["score"] == 4.0


async def test_a_point_credited_despite_a_different_figure_is_contradicted(
    openai_stub: OpenAIStub, library: ContentLibrary
) -> None:
    openai_stub.responder = point_judge  # credits "refund" whatever the figure
    results = await grade(
        model_context(library, openai_stub),
        {"3": "Apologise, check the receipt and refund within 140 days."},
        "model-figure",
    )
    reason = results[3]["reason"]
    assert "credited: apologise to the customer (stub: apologise)" in reason
    assert (
        "contradicted: refund within 14 days (gives 140 days where the point says 14 days" in reason
    )
    assert results[3]["score"] == 4.0


async def test_a_point_credited_despite_a_flipped_modality_is_contradicted(
    openai_stub: OpenAIStub, library: ContentLibrary
) -> None:
    points = ["补办新卡收取工本费20元", "前台员工不得在电话中替会员查询储值余额"]
    exam = {
        "title": "会员卡",
        "language": "zh",
        "total_score": 4,
        "answer_key": {"1": ["..."]},
        "questions": [
            {
                "number": 1,
                "type": "short_answer",
                "stem": "会员卡补办和余额查询有哪些规定？",
                "answer": ["补办新卡收取工本费20元；前台员工不得在电话中替会员查询储值余额。"],
                "scoring_points": points,
                "source_quote": "前台员工不得在电话中替会员查询储值余额。",
                "score": 4,
            }
        ],
    }

    def credits_everything(request: ChatRequest) -> dict[str, Any]:
        verdicts = [{"point": p, "verdict": "credited", "reason": "stub: ok"} for p in points]
        return {"correct": True, "score_ratio": 1.0, "reason": "stub", "points": verdicts}

    openai_stub.responder = credits_everything
    graph = FLOW.build().compile(checkpointer=InMemorySaver())
    state = await graph.ainvoke(
        {"exam": exam, "answers": {"1": "补卡要交20块钱；前台可以在电话里直接告诉会员余额。"}},
        {"configurable": {"thread_id": "model-modality"}},
        context=model_context(library, openai_stub),
    )
    [result] = state["report"]["questions"]
    assert len(openai_stub.requests) == 1
    assert "credited: 补办新卡收取工本费20元 (stub: ok)" in result["reason"]
    assert (
        "contradicted: 前台员工不得在电话中替会员查询储值余额 (says it is allowed"
        in result["reason"]
    )
    assert result["score"] == 2.0
    assert "前台员工不得在电话中替会员查询储值余额" in result["review"]
