"""runtime/log_context.py: structlog's context bound for a block, restored after it."""

from __future__ import annotations

import contextvars

import structlog

from runtime.log_context import log_context

get = structlog.contextvars.get_contextvars


def test_binds_for_the_block_and_restores_what_was_there() -> None:
    def body() -> None:
        structlog.contextvars.bind_contextvars(run_id="outer")
        with log_context(run_id="inner", graph="slow"):
            assert get() == {"run_id": "inner", "graph": "slow"}
        assert get() == {"run_id": "outer"}

    contextvars.copy_context().run(body)


def test_a_key_bound_to_an_equal_value_is_not_bound_again() -> None:
    def body() -> None:
        with log_context(run_id="r1", thread_id="t1"):
            inner = log_context(run_id="r1", thread_id="t2")
            with inner:
                assert get() == {"run_id": "r1", "thread_id": "t2"}
                assert set(inner._tokens) == {"thread_id"}
            assert get() == {"run_id": "r1", "thread_id": "t1"}
        assert get() == {}

    contextvars.copy_context().run(body)


def test_a_block_left_in_another_context_still_restores_the_key() -> None:
    block = log_context(run_id="r1")

    def enter() -> None:
        block.__enter__()

    def leave() -> None:
        structlog.contextvars.bind_contextvars(run_id="r1")
        block.__exit__(None, None, None)
        assert get() == {}

    contextvars.copy_context().run(enter)
    contextvars.copy_context().run(leave)
