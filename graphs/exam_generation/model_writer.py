"""ModelQuestionWriter: a chat model writes one type's batch of questions, with structured output.

The prompt and the schema live here, together. The model answers a `QuestionBatch` through
`graphs.llm.ask_structured`; each question is mapped to a slot by `slot_id` and turned into a
`Question`. Nothing is trusted: the graph's validators check these questions exactly as they
check the offline engine's, and a slot the model fills badly is regenerated or reported.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import BaseMessage, HumanMessage, SystemMessage
from pydantic import BaseModel, Field, ValidationError

from graphs.exam_generation.writers import WriteRequest, WriteResult
from graphs.exams import BLANK, Difficulty, Option, Question
from graphs.llm import ask_structured
from graphs.text.facts import facts_for

KEYS = "ABCDEFGH"
MAX_PROMPT_CHARS = 12_000
"""Material beyond this is cut to the slots' knowledge points, to keep the prompt affordable."""


class ModelQuestion(BaseModel):
    """One question as the model writes it."""

    slot_id: str = Field(description="the id of the slot this question fills, as given")
    stem: str = Field(description=f"the question; fill-in stems mark each blank with {BLANK}")
    options: list[str] = Field(
        default_factory=list,
        description="choice questions only: option texts, in order A, B, C, ...",
    )
    answer: list[str] = Field(
        description='choice: option letters ("A"); true_false: "true" or "false"; '
        "fill_blank: one text per blank in order; short_answer: one reference answer"
    )
    explanation: str = Field(description="why the answer is right, quoting the material")
    knowledge_point: str = Field(description="the knowledge point the question tests")
    difficulty: Difficulty
    source_quote: str = Field(description="a passage copied verbatim from the material")
    scoring_points: list[str] = Field(
        default_factory=list, description="short_answer only: what a full answer covers"
    )
    point_sources: list[str] = Field(
        default_factory=list,
        description="short_answer only: for each scoring point, in order, the sentence of the "
        "material it rests on, copied verbatim",
    )


class QuestionBatch(BaseModel):
    """The model's answer: one question per slot it could fill."""

    questions: list[ModelQuestion]


SYSTEM_PROMPT = """You write exam questions for staff training from course material.
Rules, all binding:
- Write exactly one question per slot, of the slot's type, difficulty and knowledge point.
- Test the facts a trainee must know: figures with their units (temperatures, deadlines, amounts,
  shares, counts), obligations and prohibitions, who is responsible, conditions and exceptions,
  definitions. Never ask about filler words, headings, FAQ questions or list lead-ins.
- Every question rests on a passage of the material: copy it verbatim into source_quote.
- single_choice: 4 options, exactly one correct letter; the gap is a whole term (a figure with its
  unit, a role, a domain term); the three distractors are of the same kind and form as the key (a
  duration among durations with plausible near values, a role among roles; same case and length).
- multiple_choice: "which of the following statements are correct", 4-5 statements, at least 2
  and never all correct; true statements come from the material, false ones change one figure, flip
  one modality (must/may not) or swap a term for another of the same kind. Never a multi-blank cloze.
- true_false: a declarative statement (never a question), answer "true" or "false", no options;
  a false one is made by the same safe changes.
- fill_blank: mark each blank in the stem with {blank}, one answer per blank in order; a blank is a
  whole term, blanks are separated by text, and no answer appears elsewhere in the stem.
- short_answer: the stem names the topic as a trainer would; the reference answer and 2-5 scoring
  points are whole facts of one section, each with the figures and roles that make it true;
  point_sources copies, for each point in order, the sentence of the material it rests on.
- The key is never printed elsewhere in the stem, and no question gives away another's answer.
- No two questions may test the same fact. Do not invent facts the material does not state.
- Write stems, options and explanations in {language_name}; no markdown."""
MAX_FACTS_LISTED = 60
"""Facts listed for the model beside the material: what is worth asking about."""

_LANGUAGE_NAMES = {"zh": "Simplified Chinese", "en": "English"}


def _excerpt(request: WriteRequest) -> str:
    text = request.document.text
    if len(text) <= MAX_PROMPT_CHARS:
        return text
    wanted = {s.get("knowledge_point") for s in request.slots}
    indices = sorted(
        {i for p in request.points if p["name"] in wanted for i in p["sentences"]}
    ) or list(range(len(request.document.sentences)))
    parts: list[str] = []
    size = 0
    for i in indices:
        sentence = request.document.sentences[i].text
        if size + len(sentence) > MAX_PROMPT_CHARS:
            break
        parts.append(sentence)
        size += len(sentence)
    return "\n".join(parts)


def build_messages(request: WriteRequest) -> list[BaseMessage]:
    """The system rules and the user message with the slots and the material."""
    slots = [
        {k: s[k] for k in ("id", "type", "difficulty", "knowledge_point")} for s in request.slots
    ]
    system = SYSTEM_PROMPT.format(blank=BLANK, language_name=_LANGUAGE_NAMES[request.language])
    facts = facts_for(request.document)[:MAX_FACTS_LISTED]
    listed = "\n".join(f"- [{', '.join(f.kinds)}] {f.text}" for f in facts)
    user = (
        f"Question type: {request.question_type}\n"
        f"Slots:\n{json.dumps(slots, ensure_ascii=False, indent=1)}\n"
        f"Material:\n<<<\n{_excerpt(request)}\n>>>\n"
        f"Facts worth testing (from the material):\n{listed}"
    )
    return [SystemMessage(system), HumanMessage(user)]


def _answers(item: ModelQuestion, request: WriteRequest) -> list[str]:
    """The model's answer in the exam's form: choice keys upper-case and one per entry
    ("A, C" -> ["A", "C"]), true/false lower-case; other types as written."""
    if request.question_type in ("single_choice", "multiple_choice"):
        keys = [k for a in item.answer for k in re.split(r"[\s,，、;]+", a.strip().upper()) if k]
        return list(dict.fromkeys(keys))
    if request.question_type == "true_false":
        return [a.strip().lower() for a in item.answer]
    return [a.strip() for a in item.answer]


def to_question(item: ModelQuestion, request: WriteRequest) -> Question:
    """A Question of the request's type from the model's item (validators run later)."""
    return Question(
        type=request.question_type,
        stem=item.stem,
        options=[Option(key=KEYS[i], text=t) for i, t in enumerate(item.options[: len(KEYS)])],
        answer=_answers(item, request),
        explanation=item.explanation,
        knowledge_point=item.knowledge_point,
        difficulty=item.difficulty,
        source_quote=item.source_quote,
        scoring_points=item.scoring_points,
        point_sources=item.point_sources,
    )


class ModelQuestionWriter:
    """Asks the configured chat models (primary, then fallbacks) for a batch of questions."""

    def __init__(self, models: Sequence[BaseChatModel]) -> None:
        self.models = tuple(models)

    async def write(self, request: WriteRequest) -> WriteResult:
        """One structured call for the whole batch; slots the model skipped or misfilled stay empty."""
        batch = await ask_structured(self.models, QuestionBatch, build_messages(request))
        result = WriteResult()
        wanted = {s["id"]: s for s in request.slots}
        for item in batch.questions:
            slot = wanted.get(item.slot_id)
            if slot is None or item.slot_id in result.questions:
                continue
            # A mix takes another level only in the open rounds, as the offline writer does.
            settles = slot.get("flexible") and not request.exclusive
            if item.difficulty != slot["difficulty"] and not settles:
                result.unfilled[item.slot_id] = (
                    f"the model wrote a {item.difficulty} question for a {slot['difficulty']} slot"
                )
                continue
            try:
                result.questions[item.slot_id] = to_question(item, request)
            except ValidationError as exc:
                result.unfilled[item.slot_id] = (
                    f"the model's question is malformed: {exc.errors()[0]['msg']}"
                )
        for slot_id in wanted:
            if slot_id not in result.questions:
                result.unfilled.setdefault(slot_id, "the model wrote no question for this slot")
        return result
