"""A failed run's traceback is written plain, in both log formats, and never with the frames'
local variables: the console's default rich traceback printed them, so one failed practice run
wrote 70,000 lines holding the whole content library (session 13 trainer P5). In JSON the
traceback was dropped altogether; it is now the line's `exception` field."""

from __future__ import annotations

import io
import json
import logging

import pytest
import structlog

from api.logs import configure_logging

MATERIAL = "客户姓名：王小明，电话 13800000000"


def _failed_run_line(*, as_json: bool) -> str:
    configure_logging(json=as_json)
    stream = io.StringIO()
    handler = logging.getLogger().handlers[0]
    assert isinstance(handler, logging.StreamHandler)
    handler.setStream(stream)

    def run(material: str) -> None:
        learner_answer = material  # a local that holds what a learner wrote
        raise RuntimeError(f"grading stopped after {len(learner_answer)} characters")

    try:
        run(MATERIAL)
    except RuntimeError:
        structlog.get_logger().exception("run failed")
    return stream.getvalue()


@pytest.mark.parametrize("as_json", [False, True])
def test_a_traceback_names_the_error_but_no_local_values(as_json: bool) -> None:
    written = _failed_run_line(as_json=as_json)
    assert "RuntimeError: grading stopped after" in (
        json.loads(written)["exception"] if as_json else written
    )
    assert "王小明" not in written and "13800000000" not in written
