"""The role-play as chat messages, for chat clients of the LangGraph API (Agent Chat UI, the
SDK's `useStream`): each customer line an `ai` message, each learner reply a `human` one.

They are plain dicts in LangChain's message shape (`type`, `content`, `id`, `name`), appended to
the practice's `messages` channel beside its `transcript` (which keeps the stage and turn the
evaluation needs). Dicts rather than message objects: the channel checkpoints as JSON under the
strict serializer and reads the same in every client, and LangChain's clients take the shape as
it is. The learner answers through the flow's interrupt (`Command(resume=text)`), as a chat
client resumes any interrupt.
"""

from __future__ import annotations

import uuid
from typing import Any, Literal

CUSTOMER = "customer"
LEARNER = "learner"


def chat_message(role: Literal["persona", "learner"], text: str) -> dict[str, Any]:
    """One line of the role-play as a chat message."""
    kind = "ai" if role == "persona" else "human"
    name = CUSTOMER if role == "persona" else LEARNER
    return {"type": kind, "content": text, "id": f"{name}-{uuid.uuid4().hex[:12]}", "name": name}
