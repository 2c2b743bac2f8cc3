"""Fixtures shared by every test package."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest
import structlog

from api.compose import register_authored_kinds
from graphs.context import FlowContext
from graphs.library import ContentLibrary
from tests.support.openai_stub import (  # the model-path fixtures, for every test package
    openai_stub_fixture,  # noqa: F401
    openai_stubs_fixture,  # noqa: F401
)


@pytest.fixture(scope="session", autouse=True)
def authored_kinds() -> None:
    """The authored kinds the app and the CLI plug in (the router's rules), as they run."""
    register_authored_kinds()


@pytest.fixture(scope="session")
def library() -> ContentLibrary:
    """The shipped content, loaded and checked once."""
    return ContentLibrary.load()


@pytest.fixture
def offline_context(library: ContentLibrary) -> FlowContext:
    """A run context with no model: the offline engine does the work."""
    return FlowContext(library=library)


@pytest.fixture(autouse=True)
def _logging_restored() -> Iterator[None]:
    """Undo what an in-process CLI command configures (structlog caching, a stderr handler bound
    to this test's captured stream), so later tests' `capture_logs` sees every logger's lines."""
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    yield
    structlog.reset_defaults()
    root.handlers[:] = handlers
    root.setLevel(level)
