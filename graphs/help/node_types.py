"""The help flow's node as a node type a definition names."""

from __future__ import annotations

from graphs.definitions.node_types import NodeType, fixed
from graphs.help.nodes import answer

NODE_TYPES = (
    NodeType(
        name="help_answer",
        description="Explain what the system can do, from the content library (or a model).",
        make=fixed(answer),
        reads=("question",),
        writes=("answer", "language"),
    ),
)
