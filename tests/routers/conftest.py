"""Fixtures for the router tests: the router over the shipped content, rules and examples."""

from __future__ import annotations

import pytest

from graphs.library import ContentLibrary
from routers.router import IntentRouter


@pytest.fixture(scope="session")
def router(library: ContentLibrary) -> IntentRouter:
    """The offline router as `kpl route --offline` builds it."""
    return IntentRouter.build(library)
