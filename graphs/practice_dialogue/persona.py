"""The persona's next line: from the scenario's script offline, from the model otherwise.

Offline, the persona opens with the scenario's opening line, then says its stage's `persona_lines`
in order (starting over when it runs out), prefixed by the line of a behaviour rule that fired on the
learner's last turn. The line is streamed in small chunks, as a model's tokens would be.

With a model, the system prompt carries the persona, background, hidden goal (to pursue, never to
state), behaviour rules, the stage and the current mood; the text streams through LangGraph's
messages mode. A reply that gives the hidden goal away, or is empty, is replaced by the script line.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, SystemMessage
from rapidfuzz import fuzz

from graphs.llm import stream_text
from graphs.practice_dialogue.signals import normalise
from graphs.scenarios import MOOD_MAX, MOOD_MIN, Scenario, Stage
from graphs.streaming import stream_token

CHUNK_CHARS = 4
"""Offline lines stream in chunks this long, so the client renders them as it would a model's."""
LEAK_RATIO = 80
"""partial_ratio between a model line and the hidden goal above which the line gives it away."""

MOOD_WORDS = {
    -5: "furious",
    -4: "angry",
    -3: "annoyed",
    -2: "sceptical",
    -1: "guarded",
    0: "neutral",
    1: "interested",
    2: "warming up",
    3: "positive",
    4: "keen",
    5: "ready to agree",
}


def script_line(
    scenario: Scenario, stage: Stage, used: int, reaction: str | None, previous: str | None
) -> str:
    """The offline persona's line: the opening line first, then the stage's script in order.

    A reaction the persona gave in its previous line is not repeated: a customer who just said
    "that makes me feel better" does not say it again word for word.
    """
    if previous is None:
        return scenario.opening_line
    line = stage.persona_lines[used % len(stage.persona_lines)]
    if reaction and not previous.startswith(reaction):
        return f"{reaction} {line}"
    return line


def stream_in_chunks(text: str) -> None:
    """Stream an offline line as token events."""
    for start in range(0, len(text), CHUNK_CHARS):
        stream_token(text[start : start + CHUNK_CHARS])


def system_prompt(scenario: Scenario, stage: Stage, mood: int) -> str:
    """Who the model plays, what it wants and how it reacts."""
    persona = scenario.persona
    rules = "\n".join(
        f"- when the learner shows {r.when}: your mood moves {r.mood:+d}"
        + (f' (you might say: "{r.line}")' if r.line else "")
        for r in scenario.behaviour
    )
    language = "Chinese" if scenario.language == "zh" else "English"
    return (
        f"You play {persona.role} in a training role-play. Stay in character; never say you are an AI.\n"
        f"Profile: {persona.profile}\nTemperament: {persona.temperament}\n"
        f"Background: {scenario.background}\n"
        f"Your hidden goal (pursue it, NEVER state it or hint at it directly): {persona.hidden_goal}\n"
        f"The learner is {scenario.learner.role}. Never volunteer a solution; let them find it.\n"
        f"Behaviour rules:\n{rules}\n"
        f"Conversation stage: {stage.title}. Your mood is {mood} on a scale {MOOD_MIN}..{MOOD_MAX} "
        f"({MOOD_WORDS[mood]}). Example lines for this stage: {' / '.join(stage.persona_lines)}\n"
        f"Answer in {language}, one or two sentences, as the customer would speak."
    )


def history(transcript: list[dict[str, Any]]) -> list[BaseMessage]:
    """The conversation so far as chat messages (the persona is the assistant)."""
    return [
        AIMessage(e["text"]) if e["role"] == "persona" else HumanMessage(e["text"])
        for e in transcript
    ]


def gives_goal_away(scenario: Scenario, line: str) -> bool:
    """True when a model's line states the hidden goal."""
    goal = normalise(scenario.persona.hidden_goal)
    return bool(goal) and fuzz.partial_ratio(goal, normalise(line)) >= LEAK_RATIO


async def model_line(
    models: Sequence[BaseChatModel],
    scenario: Scenario,
    stage: Stage,
    mood: int,
    transcript: list[dict[str, Any]],
    fallback: str,
) -> str:
    """The model's line, or the script's when the model's is empty or leaks the hidden goal."""
    messages: list[BaseMessage] = [SystemMessage(system_prompt(scenario, stage, mood))]
    messages += history(transcript)
    if not transcript:
        messages.append(HumanMessage("(The learner is waiting; open the conversation.)"))
    line = (await stream_text(models, messages)).strip()
    if not line or gives_goal_away(scenario, line):
        stream_in_chunks(fallback)
        return fallback
    return line
