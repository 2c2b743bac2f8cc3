"""The content guard refuses learner input with a forbidden term and masks terms in output."""

from __future__ import annotations

import pytest

from middleware.content_guard import ContentGuard, ContentGuardConfig, ContentRejected
from middleware.pipeline import Pipeline, RunContext
from runtime.errors import ConfigError
from runtime.events import RunEvent
from runtime.executor import GraphExecutor
from runtime.run_request import RunRequest


def guarded(executor: GraphExecutor, *terms: str) -> Pipeline:
    """The guard alone around the real executor."""
    config = ContentGuardConfig(terms=terms)
    return Pipeline([ContentGuard(config)], lambda ctx: executor.stream(ctx.request))


async def run(pipeline: Pipeline, request: RunRequest) -> list[RunEvent]:
    """Every event of one run through the pipeline."""
    ctx = RunContext(request=request, user="alice", request_id="r")
    return [event async for event in pipeline(ctx)]


def tokens(events: list[RunEvent]) -> list[str]:
    """The texts of the token events, in order."""
    return [e.data["text"] for e in events if e.event == "token"]


async def test_a_term_split_across_three_tokens_is_masked(executor: GraphExecutor) -> None:
    # The chat graph streams "你好", "，", "learner": the term "好，L" spans all three.
    events = await run(guarded(executor, "好，L"), RunRequest(graph="chat", input={}))
    assert "".join(tokens(events)) == "你***earner"
    assert all(e.data["node"] == "greet" for e in events if e.event == "token")
    outputs = [e for e in events if e.event == "node_output" and e.data["node"] == "greet"]
    assert outputs[0].data["output"]["greeting"] == "你***earner"
    interrupt = next(e for e in events if e.event == "interrupt")
    assert interrupt.data["value"]["prompt"] == "你***earner"
    completed = events[-1]
    assert completed.event == "completed" and completed.data["output"]["greeting"] == "你***earner"


async def test_held_text_is_flushed_whole_and_in_order(executor: GraphExecutor) -> None:
    # "learners" is never completed, so what was held back must come out unchanged.
    plain = await run(guarded(executor), RunRequest(graph="chat", input={}))
    events = await run(guarded(executor, "learners"), RunRequest(graph="chat", input={}))
    assert "".join(tokens(events)) == "".join(tokens(plain)) == "你好，learner"
    names = [e.event for e in events]
    # Every token is sent before the node's output: held text is flushed first.
    assert max(i for i, n in enumerate(names) if n == "token") < names.index("node_output")
    assert [n for n in names if n != "token"] == [
        n for n in (e.event for e in plain) if n != "token"
    ]


async def test_learner_input_with_a_term_is_refused_naming_the_field(
    executor: GraphExecutor,
) -> None:
    pipeline = guarded(executor, "机密", "secret")
    request = RunRequest(graph="chain", input={"notes": ["ok", "this is SECRET stuff"]})
    with pytest.raises(ContentRejected) as refused:
        await run(pipeline, request)
    assert refused.value.code == "invalid_request"
    assert refused.value.details == {"field": "input.notes[1]"}
    assert "this is" not in refused.value.message  # the field, not the whole text

    first = await run(pipeline, RunRequest(graph="chat", input={}))
    thread = first[0].data["thread_id"]
    with pytest.raises(ContentRejected, match=r"resume\.text"):
        await run(pipeline, RunRequest(graph="chat", thread_id=thread, resume={"text": "这是机密"}))
    resumed = await run(pipeline, RunRequest(graph="chat", thread_id=thread, resume="好的"))
    assert resumed[-1].data["output"]["reply"] == "好的"


def test_a_mask_that_overlaps_a_term_is_refused() -> None:
    with pytest.raises(ConfigError, match="mask"):
        ContentGuard(ContentGuardConfig(terms=("**",), mask="***"))
