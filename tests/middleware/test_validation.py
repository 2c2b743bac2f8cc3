"""Input validation and size limits in front of a real executor."""

from __future__ import annotations

from typing import Any

import pytest

from middleware.pipeline import Pipeline
from middleware.validation import (
    InvalidPayload,
    Validation,
    ValidationConfig,
    nesting_depth,
)
from runtime.errors import KplError, PayloadTooLarge
from runtime.executor import GraphExecutor
from tests.middleware.conftest import collect, executor_handler, run_context

LIMITS = ValidationConfig(max_payload_bytes=2_000, max_text_chars=100, max_depth=4)


def nested(depth: int) -> dict[str, Any]:
    """An object nesting `depth` levels deep."""
    value: dict[str, Any] = {"leaf": 1}
    for _ in range(depth - 1):
        value = {"down": value}
    return value


async def refused(executor: GraphExecutor, **request: Any) -> KplError:
    """The error a run is refused with; fails the test if the run reaches the executor."""
    record: list[str] = []
    pipeline = Pipeline([Validation(LIMITS)], executor_handler(executor, record))
    with pytest.raises(KplError) as raised:
        await collect(pipeline, run_context(**request))
    assert record == [], "a refused run must not reach the executor"
    return raised.value


async def test_an_input_over_the_size_limit_is_refused_naming_the_limit(
    executor: GraphExecutor,
) -> None:
    # 600 short fields: over 2 000 bytes, yet no single text is long.
    error = await refused(executor, input={"count": 0, **{f"k{i}": "x" for i in range(600)}})
    assert isinstance(error, PayloadTooLarge)
    assert error.code == "payload_too_large"
    assert "2000 bytes" in error.message
    assert error.details["limit"] == 2_000
    assert int(str(error.details["size"])) > 2_000


async def test_sizes_count_utf8_bytes_not_characters(executor: GraphExecutor) -> None:
    # 90 characters of Chinese per field are under the text limit but 270 bytes each.
    fields = {f"note{i}": "培" * 90 for i in range(8)}
    error = await refused(executor, input={"count": 0, **fields})
    assert isinstance(error, PayloadTooLarge)
    assert int(str(error.details["size"])) > 8 * 270


@pytest.mark.parametrize("key", ["material", "message"])
async def test_a_learner_text_over_its_limit_is_refused_naming_the_field(
    executor: GraphExecutor, key: str
) -> None:
    error = await refused(executor, input={"count": 0, "payload": {key: "字" * 101}})
    assert isinstance(error, PayloadTooLarge)
    assert f"input.payload.{key} is 101 characters" in error.message
    assert "limit of 100 characters" in error.message


async def test_a_resume_reply_over_the_text_limit_is_refused(executor: GraphExecutor) -> None:
    paused = await collect(Pipeline([], executor_handler(executor)), run_context("chat", input={}))
    thread = paused[0].data["thread_id"]
    error = await refused(executor, graph="chat", thread_id=thread, resume="好" * 101)
    assert isinstance(error, PayloadTooLarge)
    assert error.details["field"] == "resume"
    # A reply within the limit resumes the same thread to the end.
    pipeline = Pipeline([Validation(LIMITS)], executor_handler(executor))
    events = await collect(pipeline, run_context("chat", thread_id=thread, resume="好" * 100))
    assert events[-1].data["status"] == "success"
    assert events[-1].data["output"]["reply"] == "好" * 100


async def test_other_long_strings_are_only_held_to_the_payload_limit(
    executor: GraphExecutor,
) -> None:
    pipeline = Pipeline([Validation(LIMITS)], executor_handler(executor))
    events = await collect(pipeline, run_context(input={"count": 0, "course_id": "c" * 500}))
    assert events[-1].event == "completed"
    assert events[-1].data["output"]["count"] == 5


async def test_nesting_deeper_than_the_limit_is_an_invalid_request(
    executor: GraphExecutor,
) -> None:
    error = await refused(executor, input={"count": 0, "tree": nested(4)})
    assert isinstance(error, InvalidPayload)
    assert error.code == "invalid_request"
    assert "nests 5 levels deep, over the limit of 4" in error.message
    pipeline = Pipeline([Validation(LIMITS)], executor_handler(executor))
    events = await collect(pipeline, run_context(input={"count": 0, "tree": nested(3)}))
    assert events[-1].event == "completed"


async def test_a_value_that_is_not_json_is_an_invalid_request(executor: GraphExecutor) -> None:
    error = await refused(executor, input={"count": 0, "when": {1, 2}})
    assert isinstance(error, InvalidPayload)
    assert "not plain JSON" in error.message


def test_nesting_depth_walks_lists_and_objects() -> None:
    assert nesting_depth("text") == 0
    assert nesting_depth({}) == 1
    assert nesting_depth({"a": [1, {"b": [[]]}]}) == 5
    assert nesting_depth(nested(5_000)) == 5_000  # no recursion limit on the walk


async def test_a_hostile_depth_is_refused_without_recursing(executor: GraphExecutor) -> None:
    error = await refused(executor, input={"count": 0, "tree": nested(50_000)})
    assert isinstance(error, InvalidPayload)
    assert error.details["depth"] == 50_001
