"""What each question type's branch is asked to write in a round (the fan-out `question_tasks`).

`generation_tasks` gives one task per type with pending slots: its slots, the accepted questions'
stems, quotes and keys to avoid, its share of the facts, the claim order of the multi-fact slots
and the candidates already refused; `write_request` turns a task into the writer's request.
nodes.generate_questions writes it; blueprint_check.offline_run runs the same rounds offline.
"""

from __future__ import annotations

from graphs.exam_generation.fact_shares import claim_order
from graphs.exam_generation.planning import MULTI_FACT_TYPES
from graphs.exam_generation.state import ExamGenerationState, GenerationTask
from graphs.exam_generation.writers import WriteRequest, key_marks, question_signature
from graphs.exams import QUESTION_TYPES, Question
from graphs.text.document import analysed
from graphs.text.similarity import normalise

EXCLUSIVE_ROUNDS = 1
"""Rounds in which each question type writes only on its own share of the facts."""


def generation_tasks(state: ExamGenerationState) -> list[GenerationTask]:
    """One generation task per question type with pending slots (fan-out `question_tasks`)."""
    pending = set(state.get("pending", []))
    accepted = state.get("accepted", [])
    avoid = sorted(
        {normalise(a["question"]["stem"]) for a in accepted}
        | {normalise(a["question"]["source_quote"]) for a in accepted}
        | {normalise(a["question"].get("explanation", "")) for a in accepted}
    )
    keys = sorted({m for a in accepted for m in key_marks(Question.model_validate(a["question"]))})
    tasks = []
    types = [
        t
        for t in QUESTION_TYPES
        if any(s["type"] == t and s["id"] in pending for s in state["slots"])
    ]
    # A short answer claims first: it holds a small section or subject group it asks whole,
    # which a fill-in taking one rule of leaves unaskable (fact_shares.affordable drops the
    # last); then multiple choices and short answers in turn (fact_shares.claim_order).
    claims = claim_order(
        [
            [s["type"], str(s["knowledge_point"])]
            for s in state["slots"]
            if s["type"] in MULTI_FACT_TYPES and s["id"] in pending and s.get("knowledge_point")
        ]
    )
    rejected = sorted(
        {
            question_signature(c["question"])
            for c in state.get("candidates", [])
            if c["plan"] == state["plan"] and c["slot"] in pending
        }
    )
    branches = [
        [t, sum(1 for s in state["slots"] if s["type"] == t and s["id"] in pending)] for t in types
    ]
    for question_type in types:
        slots = [s for s in state["slots"] if s["type"] == question_type and s["id"] in pending]
        if slots:
            task: GenerationTask = {
                "question_type": question_type,
                "slots": slots,
                "plan": state["plan"],
                "round": state.get("round", 0),
                "text": state["text"],
                "points": state["points"],
                "exam_language": state["exam_language"],
                "avoid": avoid,
                "share": [types.index(question_type), len(types)],
                "branches": branches,
                "claims": claims,
                "rejected": rejected,
                "keys": keys,
            }
            tasks.append(task)
    return tasks


def write_request(task: GenerationTask) -> WriteRequest:
    """The writer's request of one branch's task (its material analysed again: CPU work)."""
    return WriteRequest(
        question_type=task["question_type"],  # type: ignore[arg-type]
        slots=task["slots"],
        document=analysed(task["text"]),
        points=task["points"],
        language=task["exam_language"],  # type: ignore[arg-type]
        avoid=frozenset(task["avoid"]),
        relax_points=task["round"] > 0,
        share=(task["share"][0], task["share"][1]) if task.get("share") else (0, 1),
        branches=tuple((str(t), int(n)) for t, n in task.get("branches", [])),
        claims=tuple((t, p) for t, p in task["claims"]),
        rejected=frozenset(task["rejected"]),
        keys=frozenset(task.get("keys", [])),
        exclusive=task["round"] < EXCLUSIVE_ROUNDS,
    )
