"""The short, stable fingerprint of a text: the first 16 hex digits of its SHA-256.

One function for every place a text is named without being repeated: a definition's pinning key,
an exam's material, an uploaded material, and an event that shows `{"digest", "chars"}` instead
of a long text. The same text has the same digest everywhere.
"""

from __future__ import annotations

import hashlib


def text_digest(text: str) -> str:
    """The text's fingerprint (16 hex digits)."""
    return hashlib.sha256(text.encode()).hexdigest()[:16]
