"""What a chat sidebar shows for a thread: a title read from the thread's state.

The first of these the state has, so a thread's title settles as its flow goes on:

1. the exam's title (`exam.title`: a generated exam, or the exam a grading flow marks);
2. the course's title (`title_hint`, or the `course` id looked up in the content library);
3. the practice scenario's title (`scenario`, looked up in the content library);
4. the first words of what the learner wrote: a help question, the first line of a pasted
   material, the first learner line of a practice transcript.

Null before the thread's first run has written any state. Titles are cut to `TITLE_CHARS`
characters; they are read when a list is asked for, not stored, so a renamed course or scenario
shows its new title.
"""

from __future__ import annotations

from typing import Any

from graphs.library import ContentLibrary

TITLE_CHARS = 40


def thread_title(state: dict[str, Any], library: ContentLibrary) -> str | None:
    """The thread's title from its state values, or None when nothing in it names the thread."""
    exam = state.get("exam")
    if isinstance(exam, dict) and _text(exam.get("title")):
        return _cut(exam["title"])
    for key, kind in (("title_hint", None), ("course", "course"), ("scenario", "scenario")):
        value = state.get(key)
        if not isinstance(value, str) or not value.strip():
            continue
        if kind is None:
            return _cut(value)
        item = library.items.get(kind, {}).get(value)
        return _cut(getattr(item, "title", None) or value)
    for key in ("question", "material", "text"):
        if _text(state.get(key)):
            return _first_words(state[key])
    for turn in state.get("transcript") or ():
        if isinstance(turn, dict) and turn.get("role") == "learner" and _text(turn.get("text")):
            return _first_words(turn["text"])
    return None


def _text(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _first_words(text: str) -> str:
    """The first non-empty line, without markdown heading marks."""
    line = next(line for line in text.splitlines() if line.strip())
    return _cut(line.strip().lstrip("#").strip() or line.strip())


def _cut(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= TITLE_CHARS else text[: TITLE_CHARS - 1].rstrip() + "…"
