"""The nodes of exam_generation, in graph order, and the routing between them.

prepare_material → extract_knowledge_points → plan_slots → generate_questions (one branch per
type, in parallel through `Send`) → validate_questions → (regenerate the missing slots only, at
most `max_rounds` times) → assemble_exam. The wiring is authored in
graphs/content/graphs/exam_generation.yaml; node_types.py registers these functions by name.
What each branch is asked to write is dealt in generation_tasks.py.
"""

from __future__ import annotations

import logging
from typing import Any

from langgraph.runtime import Runtime
from langgraph.types import interrupt

from graphs.context import FlowContext
from graphs.courses import Course
from graphs.errors import InvalidInput, ModelOutputError
from graphs.exam_generation.assembly import assemble, final_reasons, shortfall, with_capacity
from graphs.exam_generation.choice_points import choice_order
from graphs.exam_generation.generation_tasks import write_request
from graphs.exam_generation.knowledge import chosen_points, requested_points
from graphs.exam_generation.material import Material
from graphs.exam_generation.model_writer import ModelQuestionWriter
from graphs.exam_generation.offline_writer import OfflineQuestionWriter
from graphs.exam_generation.planning import plan_slots as plan
from graphs.exam_generation.planning import resolve_blueprint
from graphs.exam_generation.section_short_answers import askable_points
from graphs.exam_generation.shortfall_reasons import note, overlaps
from graphs.exam_generation.shortfall_refill import refilled_state
from graphs.exam_generation.state import (
    ExamGenerationInput,
    ExamGenerationState,
    GenerationTask,
)
from graphs.exam_generation.validation import validate_question
from graphs.exam_generation.writers import QuestionWriter
from graphs.exams import Blueprint, Question
from graphs.streaming import report_progress
from graphs.text.document import Document, analysed
from graphs.text.language import detect_language

logger = logging.getLogger(__name__)

MAX_REGENERATIONS = 2
"""Default of `validate_questions`' `max_rounds` param: regeneration rounds after the first."""
MATERIAL_PROMPT = {
    "kind": "material",
    "prompt": "请提供课程材料（粘贴文本或说明课程名称）/ Please paste the course material",
}


def _ask_for_material() -> tuple[str | None, str | None]:
    """Pause the run for the learner's material; a string is the text, a dict names it."""
    value = interrupt(MATERIAL_PROMPT)
    if isinstance(value, str):
        return value, None
    if isinstance(value, dict):
        material, course = value.get("material"), value.get("course")
        named = material is not None or course is not None
        if named and isinstance(material, str | None) and isinstance(course, str | None):
            return material, course
    raise InvalidInput(
        "the reply to the material request must be the material as text, or "
        '{"material": "..."} or {"course": "<course id>"}'
    )


async def prepare_material(
    state: ExamGenerationState, runtime: Runtime[FlowContext]
) -> dict[str, Any]:
    """Resolve the blueprint and the material (asking for it if none was given); check its size."""
    context = runtime.context
    report_progress(2, "reading the blueprint")
    blueprint, blueprint_course = resolve_blueprint(dict(state), context.library)
    material, course = state.get("material"), state.get("course") or blueprint_course
    if material is None and not course:
        material, course = _ask_for_material()
    title_hint = None
    if material is None and course:
        found = context.library.get(Course, course)
        material, title_hint = found.material, found.title
    text = (material or "").strip()
    if not text:
        raise InvalidInput(
            "material is empty: paste the course text, or name a course with `course`"
        )
    if len(text) > context.max_material_chars:
        raise InvalidInput(
            f"material is {len(text)} characters, over the limit of {context.max_material_chars}: "
            "split it into chapters and generate an exam per chapter"
        )
    language = blueprint.language or await context.engine.run(detect_language, text)
    report_progress(8, f"material: {len(text)} characters ({language})")
    # The input is consumed here: a later run on the same thread brings its own, and LangGraph
    # would otherwise merge it with this run's leftovers ("3 true/false" plus last time's 5 single).
    consumed = dict.fromkeys(ExamGenerationInput.model_fields, None)
    return {
        **consumed,
        "text": text,
        "spec": blueprint.model_dump(mode="json"),
        "exam_language": language,
        "title_hint": title_hint,
    }


def _knowledge_points(
    text: str, blueprint: Blueprint
) -> tuple[Document, list[dict[str, Any]], list[str]]:
    document = analysed(text)
    if blueprint.knowledge_points:
        points, problems = requested_points(document, blueprint.knowledge_points)
        return document, points, problems
    return document, chosen_points(document, blueprint.total_questions()), []


async def extract_knowledge_points(
    state: ExamGenerationState, runtime: Runtime[FlowContext]
) -> dict[str, Any]:
    """Analyse the material (sentences, key terms) and choose or match the knowledge points."""
    report_progress(10, "analysing the material")
    blueprint = Blueprint.model_validate(state["spec"])
    document, points, problems = await runtime.context.engine.run(
        _knowledge_points, state["text"], blueprint
    )
    report_progress(25, f"{len(document.sentences)} sentences, {len(points)} knowledge points")
    return {"analysis": document.to_json(), "points": points, "point_problems": problems}


def planned(
    blueprint: Blueprint, found: list[dict[str, Any]], material: Material
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The slots of the blueprint and the points they ask (the found ones and the groups a
    short answer asks whole); blueprint_check plans its checks with it, as the graph does."""
    requested = bool(blueprint.knowledge_points)
    names = list(blueprint.knowledge_points) if requested else [p["name"] for p in found]
    weights = {p["name"]: len(p["sentences"]) for p in found}
    # Points a short answer asks whole; a subject group is a point of its own once dealt.
    # A section only where sections are the points: a material of one section is planned on
    # its terms, and its small subject groups are asked whole.
    wholes = [
        w
        for w in ([] if requested else askable_points(material))
        if w["chosen_by"] != "section" or w["name"] in names
    ]
    slots = plan(
        blueprint,
        names,
        fixed_points=requested,
        weights=weights,
        askable=[w["name"] for w in wholes],
        choice=None if requested else choice_order(found, material),
    )
    dealt = {s["knowledge_point"] for s in slots if s["type"] == "short_answer"}
    return slots, found + [w for w in wholes if w["name"] in dealt and w["name"] not in names]


async def plan_slots(state: ExamGenerationState) -> dict[str, Any]:
    """One slot per question asked for: type x difficulty x knowledge point."""
    blueprint = Blueprint.model_validate(state["spec"])
    slots, points = planned(blueprint, state["points"], _material(state))
    report_progress(30, f"planned {len(slots)} questions")
    # A thread may ask for another exam later; the plan number keeps this run's candidates and
    # notes apart from the earlier runs' (the reducers only ever add to them).
    return {
        "plan": state.get("plan", 0) + 1,
        "points": points,
        "slots": slots,
        "pending": [s["id"] for s in slots],
        "round": 0,
        "accepted": [],
        "rejections": {},
    }


def _material(state: ExamGenerationState) -> Material:
    return Material.of(analysed(state["text"]), state["exam_language"])  # type: ignore[arg-type]


async def generate_questions(
    state: GenerationTask, runtime: Runtime[FlowContext]
) -> dict[str, Any]:
    """Write one type's questions (model if configured, else the offline engine)."""
    question_type = state["question_type"]
    report_progress(
        35 + 10 * state["round"], f"writing {len(state['slots'])} {question_type} questions"
    )
    engine = runtime.context.engine
    request = await engine.run(write_request, state)  # rebuilding the analysis is CPU work too
    offline = OfflineQuestionWriter()
    writer: QuestionWriter = (
        offline if runtime.context.offline else ModelQuestionWriter(runtime.context.models)
    )
    try:
        if runtime.context.offline:
            result = await engine.run(offline.write_now, request)
        else:
            result = await writer.write(request)
    except ModelOutputError as exc:
        logger.warning(
            "model output unusable for %s, offline engine takes over: %s", question_type, exc
        )
        result = await engine.run(offline.write_now, request)
    report_progress(
        60 + 10 * state["round"],
        f"{question_type}: {len(result.questions)} of {len(state['slots'])} written",
    )
    candidates = [
        {
            "plan": state["plan"],
            "round": state["round"],
            "slot": slot_id,
            "question": q.model_dump(mode="json"),
        }
        for slot_id, q in [*result.questions.items(), *result.spares.items()]
    ]
    notes = {f"{state['plan']}:{slot_id}": why for slot_id, why in result.unfilled.items()}
    # A slot written this round has no reason to stay empty: an earlier round's must not outlive
    # this question's rejection (the reducer keeps the latest note per slot).
    notes.update({f"{state['plan']}:{slot_id}": "" for slot_id in result.questions})
    return {"candidates": candidates, "unfilled": notes}


async def validate_questions(
    state: ExamGenerationState, runtime: Runtime[FlowContext]
) -> dict[str, Any]:
    """Check this round's questions; keep what passes, mark the rest of the slots pending."""
    update = await runtime.context.engine.run(_validate_round, state)
    accepted, pending, current = update["accepted"], update["pending"], update["round"] - 1
    report_progress(80, f"round {current + 1}: {len(accepted)} accepted, {len(pending)} missing")
    return update


def _validate_round(state: ExamGenerationState) -> dict[str, Any]:
    current = state.get("round", 0)
    accepted = list(state.get("accepted", []))
    kept = [Question.model_validate(a["question"]) for a in accepted]
    rejections = {k: list(v) for k, v in state.get("rejections", {}).items()}
    pending = list(state.get("pending", []))
    order = {s["id"]: i for i, s in enumerate(state["slots"])}
    plan = state["plan"]
    fresh = [c for c in state.get("candidates", []) if c["plan"] == plan and c["round"] == current]
    for candidate in sorted(fresh, key=lambda c: order.get(c["slot"], 0)):
        slot_id = candidate["slot"]
        if slot_id not in pending:
            continue
        question, problems = validate_question(candidate["question"], state["text"], kept)
        if question is None:
            rejections.setdefault(slot_id, []).extend(problems)
            continue
        kept.append(question)
        accepted.append({"slot": slot_id, "question": question.model_dump(mode="json")})
        pending.remove(slot_id)
    return {
        "accepted": accepted,
        "pending": pending,
        "rejections": rejections,
        "round": current + 1,
    }


async def assemble_exam(
    state: ExamGenerationState, runtime: Runtime[FlowContext] | None = None
) -> dict[str, Any]:
    """Number, score and key the accepted questions; report what is missing and why. Offline, a
    shortfall first takes larger blueprints' runs, within the run's rounds (shortfall_refill.py)."""
    blueprint = Blueprint.model_validate(state["spec"])
    rounds = max(state.get("round", 1) - 1, 0)  # regenerations had: all allowed, if still short
    if runtime is not None and runtime.context.offline and state.get("pending"):
        filled = await runtime.context.engine.run(refilled_state, state, rounds)
        notes = {**state.get("unfilled", {}), **filled["unfilled"]}  # a multiple choice given up
        state = {**state, "accepted": filled["accepted"], "pending": filled["pending"]}
        state = {**state, "unfilled": notes}
        # The rounds' last count is not the exam's once the refill adds to it (session 20 D13,
        # m1: "round 3: 16 accepted, 1 missing", then "exam ready: 17 questions").
        report_progress(
            90,
            f"shortfall refill: {len(state['accepted'])} accepted, {len(state['pending'])} missing",
        )
    prefix = f"{state['plan']}:"
    reasons = {
        key.removeprefix(prefix): why
        for key, why in state.get("unfilled", {}).items()
        if key.startswith(prefix) and why
    }
    by_id = {s["id"]: s for s in state["slots"]}
    for slot_id, problems in state.get("rejections", {}).items():
        if slot_id in reasons or not problems:
            continue
        slot = by_id[slot_id]
        # Told from the final exam: how many rules are left, and that they only repeated what
        # the exam asks already, or what the quality checks found (their first two findings).
        point = slot["knowledge_point"] if slot.get("fixed_point") else None
        reasons[slot_id] = note(
            state["exam_language"],  # type: ignore[arg-type]
            "repeats" if overlaps(problems) else "failed_checks",
            slot["type"],
            slot["difficulty"],
            point,
            problems=problems,
        )
    exam = assemble(
        state.get("accepted", []),
        state["slots"],
        blueprint,
        state["exam_language"],  # type: ignore[arg-type]
        state["text"],
        state.get("title_hint"),
        [],
    )
    # The rules left are told from the questions delivered: balancing true/false keys may move
    # an item onto another rule (session 11 designer, m2: a rule TF #9 asks was listed unused).
    delivered = [{"question": q.model_dump(mode="json")} for q in exam.questions]
    document = analysed(state["text"])
    reasons = final_reasons(reasons, state["slots"], document, delivered, state.get("points", []))
    missing = shortfall(state["slots"], state.get("pending", []), reasons)
    missing = with_capacity(
        missing,
        blueprint,
        state["exam_language"],  # type: ignore[arg-type]
        document,
        delivered,
        rounds=rounds,
    )
    exam = exam.model_copy(update={"shortfall": missing})
    report_progress(100, f"exam ready: {len(exam.questions)} questions")
    return {"exam": exam.model_dump(mode="json")}
