"""Fixtures shared by the practice tests."""

from __future__ import annotations

import pytest

from graphs.context import FlowContext
from tests.support.qipao_scuba import trades_library


@pytest.fixture(scope="module")
def trades(tmp_path_factory: pytest.TempPathFactory) -> FlowContext:
    """The qipao tailor's and the scuba shop's scenarios beside the shipped content (a test
    module may define its own `trades`, which then wins)."""
    return FlowContext(library=trades_library(tmp_path_factory.mktemp("h7") / "content"))
