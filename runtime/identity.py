"""Who a user is, the one notion the HTTP layer, the pipeline and the stores share.

A user id is what a credential resolves to (an API key's user, a JWT's `sub`, `local` without
authentication) and what threads, runs and materials are owned by. `user_id` is the single rule
for what counts as one, so a caller the HTTP layer admits is never refused by the pipeline later
(an empty `sub` used to pass the one and fail every run in the other).
"""

from __future__ import annotations

import unicodedata

MAX_USER_CHARS = 256


def user_id(value: object) -> str | None:
    """`value` as a user id (surrounding blanks removed), or None when it cannot be one: not a
    string, empty or blank, longer than `MAX_USER_CHARS`, or holding control characters."""
    if not isinstance(value, str):
        return None
    user = value.strip()
    if not user or len(user) > MAX_USER_CHARS:
        return None
    if any(unicodedata.category(ch).startswith("C") for ch in user):
        return None
    return user
