"""The persona's next line: from the scenario's script offline, from the model otherwise.

Offline, the persona opens with the scenario's opening line, then answers the learner with the line
replies.py chooses, prefixed by the line of a behaviour rule that fired on the learner's last turn.
The line is streamed in small chunks, as a model's tokens would be.

With a model, the system prompt carries the persona, background, hidden goal (to pursue, never to
state until the reveal rule is met), behaviour rules, the stage, the current mood, what the learner
just said as understood (questions and what about, points, claims, tone) and the offline choice as
a fitting line; the text streams through LangGraph's messages mode. A reply that gives the hidden
goal away too early, or is empty, is replaced by the offline line.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, SystemMessage
from rapidfuzz import fuzz

from graphs.llm import stream_text
from graphs.practice_dialogue.script_lines import cooled
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


AGAIN: dict[tuple[str, str], tuple[str, ...]] = {
    ("zh", "pushy"): ("我都说了，别催我。", "你越催，我越不想定。"),
    ("zh", "claim"): ("你又来了，这种话我听得多了。", "这话我还是不信。"),
    ("en", "pushy"): ("I said, please don't push me.", "Pushing me won't help, you know."),
    ("en", "claim"): ("There you go again.", "I've heard that sort of thing before."),
    ("zh", "personal"): ("你怎么又说这种话？请你放尊重点。",),
    ("en", "personal"): ("Again? Please keep it civil.",),
    ("zh", "forced"): ("我说了，我还没答应。",),
    ("zh", "selling"): ("我不买别的，先把我的事办了。",),
    ("en", "selling"): ("I'm not buying anything else. Can we sort out what I came about?",),
    ("en", "forced"): ("I said, I haven't agreed to anything.",),
    ("zh", "hushed"): ("我说了，先把问题解决了。",),
    ("en", "hushed"): ("I said, sort the problem out first.",),
    ("zh", "brushed"): ("又想打发我走？", "一次次打发我，这就是你们的态度？"),
    ("en", "brushed"): (
        "Trying to get rid of me again?",
        "That's twice you've tried to get rid of me.",
    ),
    ("zh", "silenced"): ("又不让我说话？",),
    ("en", "silenced"): ("Again? Let me finish.",),
    ("zh", "referred"): ("别老让我看单子，你直接说。",),
    ("en", "referred"): ("Don't just point me at the paperwork. Explain it.",),
    ("zh", "off_topic"): (
        "我没工夫闲聊，说正事。",
        "又扯远了，我来是为了正事。",
        "你到底还谈不谈正事？",
        "我是来解决问题的，不是来聊天的。",
        "这些先放一边，说我的事。",
    ),
    ("en", "off_topic"): (
        "Can we stick to why I'm here, please?",
        "We're drifting again. Can we get back to it?",
        "I'm really not here for a chat.",
        "I came about one thing, and we still haven't got to it.",
        "Let's leave that, shall we? Back to what I came for.",
    ),
}
"""Her reaction, by what the learner did (pressure, a false or forbidden claim, small talk, an
affront: affronts.py), when they do it again after she has reacted: she objects again, in other
words and more sharply (a canned sentence said three or four times reads as a machine). She
threatens nothing she does not do: no "我就先走了" from a customer who stays. Nothing left
unsaid: the rule's own line once more; for small talk her line alone (the same rebuke a fifth
time reads as a loop)."""


def with_reaction(
    line: str,
    reaction: str | None,
    said_before: Sequence[str],
    *,
    crossed: bool = False,
    language: str = "zh",
    kind: str = "claim",
    rebuffs: Sequence[str] = (),
) -> str:
    """The line, after the reaction a behaviour rule gave (unless the previous line began with it:
    a customer who just said "that makes me feel better" does not say it again word for word).
    A turn that `crossed` a line (a lie, pressure) always gets its reaction, again if need be:
    pushed twice, she objects twice, the second time in other words (AGAIN, by `kind`: pushy,
    claim, off_topic, personal, forced or selling); small talk again gets the scenario's own
    `rebuffs` when its author wrote some, the stock ones otherwise."""
    previous = said_before[-1] if said_before else None
    if previous is None or not reaction or (previous.startswith(reaction) and not crossed):
        return line
    if any(reaction in earlier for earlier in said_before):
        if not crossed:
            return line
        again = (
            tuple(rebuffs) if rebuffs and kind == "off_topic" else AGAIN.get((language, kind), ())
        )
        fresh = [a for a in again if not any(a in e for e in said_before)]
        if not fresh and kind == "off_topic":  # her line alone, not one rebuke in a loop
            return cooled(line) if line else ""
        reaction = fresh[0] if fresh else reaction
    # after her objection to a lie or a push, her next words do not open pleased ("I said,
    # please don't push me. Thanks. Yes, two nights." no more)
    joiner = "" if language == "zh" else " "  # 「…找你们领导！保证？」, no space glued in
    return f"{reaction}{joiner}{cooled(line) if crossed else line}".strip()


def heard_summary(scenario: Scenario, evaluation: dict[str, Any] | None) -> str:
    """What the learner's last turn said, as the persona's prompt tells the model."""
    if evaluation is None:
        return "Nothing yet: open the conversation."
    if evaluation.get("off_topic"):
        return "Small talk that has nothing to do with why you are here."
    topics = {t.id: ", ".join(t.keywords[:3]) for t in scenario.topics}
    points = {
        tag: scenario.stage(sid).points[i].text for tag, (sid, i) in scenario.point_tags().items()
    }
    parts = []
    if evaluation.get("asked"):
        about = [points.get(t) or topics.get(t) or t for t in evaluation["asked"]]
        parts.append("They asked about: " + "; ".join(about) + ". Answer that question.")
    if evaluation.get("covered"):
        parts.append("They addressed: " + "; ".join(c["text"] for c in evaluation["covered"]))
    if evaluation.get("facts"):
        parts.append("They stated: " + ", ".join(evaluation["facts"]))
    if evaluation.get("forbidden"):
        parts.append(
            "They claimed something false or not allowed: "
            + "; ".join(evaluation["forbidden"])
            + ". Push back on it."
        )
    if evaluation.get("pushy"):
        parts.append("They pressured you.")
    if evaluation.get("empathy"):
        parts.append("They acknowledged your feelings.")
    return " ".join(parts) or "Nothing that moves the conversation on."


def stream_in_chunks(text: str) -> None:
    """Stream an offline line as token events."""
    for start in range(0, len(text), CHUNK_CHARS):
        stream_token(text[start : start + CHUNK_CHARS])


def system_prompt(
    scenario: Scenario,
    stage: Stage,
    mood: int,
    evaluation: dict[str, Any] | None = None,
    goal_earned: bool = False,
    suggested: str | None = None,
) -> str:
    """Who the model plays, what it wants, how it reacts, and what the learner just said."""
    # a line that gives the goal away is no example before the learner has earned it
    examples = [line.text for line in stage.persona_lines if goal_earned or not line.reveals_goal]
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
        f"({MOOD_WORDS[mood]}). Example lines for this stage: "
        f"{' / '.join(examples)}\n"
        f"What the learner just said: {heard_summary(scenario, evaluation)}\n"
        + (
            "They have earned your trust: you may now let your real wish show, in your own words.\n"
            if goal_earned
            else "Keep your hidden goal to yourself for now.\n"
        )
        + (f'A line that fits: "{suggested}"\n' if suggested else "")
        + f"Answer in {language}, one or two sentences, as the customer would speak: "
        "answer what they asked, react to what they said, small talk does not win you over."
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
    *,
    evaluation: dict[str, Any] | None = None,
    goal_earned: bool = False,
) -> str:
    """The model's line, or the script's when the model's is empty or leaks the hidden goal
    before the learner has earned it."""
    prompt = system_prompt(scenario, stage, mood, evaluation, goal_earned, fallback)
    messages: list[BaseMessage] = [SystemMessage(prompt)]
    messages += history(transcript)
    if not transcript:
        messages.append(HumanMessage("(The learner is waiting; open the conversation.)"))
    line = (await stream_text(models, messages)).strip()
    if not line or (not goal_earned and gives_goal_away(scenario, line)):
        stream_in_chunks(fallback)
        return fallback
    return line
