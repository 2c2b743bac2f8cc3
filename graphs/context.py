"""What every flow run receives besides its state: the model (or none), the content, the policies.

The runtime builds one `FlowContext` per process and passes it as LangGraph's run `context`, so a
compiled graph is independent of the model and can be cached.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from langchain_core.language_models import BaseChatModel

from graphs.engine import EngineRunner
from graphs.library import ContentLibrary


@dataclass(frozen=True, kw_only=True)
class FlowContext:
    """Run-time dependencies of the built-in flows."""

    library: ContentLibrary
    """Courses, scenarios, rubrics and blueprints."""
    models: tuple[BaseChatModel, ...] = ()
    """The primary chat model and its fallbacks, in order; empty for the offline engine."""
    coaching: bool = True
    """Practice: give the learner a hint after each turn."""
    max_material_chars: int = 200_000
    """Exam generation refuses longer material with a clear error."""
    engine: EngineRunner = field(default_factory=EngineRunner)
    """Where the offline engine's CPU work runs (a thread pool, off the event loop)."""

    @property
    def offline(self) -> bool:
        """True when no model is configured and the offline engine does the work."""
        return not self.models
