"""Fixtures for the definition tests (their texts and helpers: tests/support/definitions.py)."""

from __future__ import annotations

import pytest

from tests.support.definitions import WARMUP


@pytest.fixture
def warmup_text() -> str:
    """The valid warm-up definition's text."""
    return WARMUP
