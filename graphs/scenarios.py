"""Practice content: a scenario (persona, stages, behaviour rules, end conditions).

A scenario walks through the five stages in order (开场 opening → 需求挖掘 discovery → 产品介绍
presentation → 异议处理 objections → 成交 closing); each stage lists the points the learner should
cover (with the keywords that show it), the claims they must never make, and the persona's script.
Its rubric, how a session is scored, is graphs/rubrics.py.

Tags let the customer answer what was said: a point may have an `id`, the scenario may name
`topics` (things the learner may ask about that are not points: parking, the refund), and a persona
line lists in `answers` the points or topics it answers (`discovery#2` names a stage's second point
without an id). A line with `reveals_goal` gives the hidden goal away and is said only once the
persona's `reveal` rule is met. Untagged lines are said in stage order when nothing tagged fits.
`facts` hold the scenario's true figures (a price, a refund time): a learner who states another
makes a false claim.

Checks that need both files (a criterion's `stage` exists in the scenario) run when the practice flow
loads the pair; everything else is checked here, with errors naming the field path.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator, model_validator

from graphs.authored import Authored
from graphs.exams import Language

StageName = Literal["opening", "discovery", "presentation", "objections", "closing"]
"""开场 opening → 需求挖掘 discovery → 产品介绍 presentation → 异议处理 objections → 成交 closing."""
STAGE_ORDER: tuple[StageName, ...] = (
    "opening",
    "discovery",
    "presentation",
    "objections",
    "closing",
)

MOOD_MIN = -5
MOOD_MAX = 5
"""The persona's mood runs from -5 (about to walk out) to 5 (ready to buy)."""

Signal = Literal["empathy", "question", "keyword", "forbidden_claim", "pushy", "off_topic"]
"""What an evaluated learner turn can show; behaviour rules react to these. `keyword` is progress:
the turn made a point not made before (mentioning the subject again moves nobody)."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class GoalReveal(_Strict):
    """When the persona lets its hidden goal show: every condition must hold, and the learner's
    turn that asks for it must not be pushy or make a forbidden claim."""

    min_mood: int = Field(default=0, ge=MOOD_MIN, le=MOOD_MAX)
    """The persona's mood must be at least this."""
    after_points: list[str] = Field(default_factory=list)
    """Point tags (`id` or `stage#n`) the learner must have covered first, every one of them."""
    after_any_of: list[str] = Field(default_factory=list)
    """Point tags of which the learner must have covered at least one first: the goal is earned
    by asking about the occasion or what matters to him (`[occasion, preferences]`), not by any
    question at all."""
    needs: list[Literal["empathy", "question"]] = Field(default_factory=list)
    """Signals the learner must have shown at least once in the session."""


class Persona(_Strict):
    """Who the AI plays."""

    role: str
    profile: str
    temperament: str
    hidden_goal: str
    """What the persona really wants; never said outright."""
    initial_mood: int = Field(default=-1, ge=MOOD_MIN, le=MOOD_MAX)
    """Where the mood starts: a customer with an objection or a complaint starts below zero."""
    reveal: GoalReveal = Field(default_factory=GoalReveal)
    """The rule the learner must meet before a line with `reveals_goal` is said."""
    deflections: list[str] = Field(default_factory=list)
    """What the persona says to a question it has no tagged line for (or not yet earned)."""
    rebuffs: list[str] = Field(default_factory=list)
    """What the persona says to small talk once the off-topic rule's line is said, in her own
    voice; each at most once a session (default: a stock rebuff of the language)."""


class LearnerBrief(_Strict):
    """Who the learner plays and what they must achieve."""

    role: str
    objectives: list[str] = Field(min_length=1)
    may_offer: list[str] = Field(default_factory=list)
    """What the learner is allowed to offer (a waived fee, a voucher, a rate): shown in the brief."""


class Point(_Strict):
    """Something the learner should say in a stage, and the words that show they said it."""

    id: str | None = Field(default=None, pattern=r"^[a-z0-9][a-z0-9_-]{0,63}$")
    """A tag persona lines and the reveal rule can name (else `stage#n` names it)."""
    text: str = Field(min_length=1)
    keywords: list[str] = Field(default_factory=list)
    """Any of these (fuzzy-matched) in a learner turn covers the point; empty: match `text` itself."""
    by_asking: bool = False
    """The point is made only by asking (询问健身目标): a statement holding its keywords is not it."""


class ForbiddenClaim(_Strict):
    """A claim the learner must never make, and the phrasings that give it away."""

    claim: str = Field(min_length=1)
    patterns: list[str] = Field(default_factory=list)
    """Phrases that make the claim (fuzzy-matched); the claim text itself is always checked too."""
    line: str | None = None
    """What the customer says when told it: her correction of that fact (default: the
    forbidden-claim reaction)."""


class PersonaLine(_Strict):
    """A line of the persona's script, tagged with what it answers."""

    text: str = Field(min_length=1)
    answers: list[str] = Field(default_factory=list)
    """Point tags (`id` or `stage#n`) or topic ids this line answers; empty: said in stage order."""
    reveals_goal: bool = False
    """The line gives the hidden goal away: said only once the persona's `reveal` rule is met."""
    agrees: bool = False
    """The line says yes to the decision: said only when her mood has reached the goal mood
    (otherwise another line answering the same tag, a hesitation, is said)."""


class Topic(_Strict):
    """Something the learner may ask about or mention that is not one of the points."""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_-]{0,63}$")
    keywords: list[str] = Field(min_length=1)


class Rapport(Topic):
    """A courtesy of the trade ("Did you stop for lunch?" at a hotel desk), asked by `keywords`."""

    line: str = Field(min_length=1)
    """The persona's brief, kind answer, in its own voice."""


class Fact(_Strict):
    """A term of the scenario the learner may state (a price, a refund time): stating it with a
    figure that is not one of its `values` is a false claim (the claim is named `claim`)."""

    claim: str = Field(min_length=1)
    cues: list[str] = Field(min_length=1)
    """Words that show the term is being stated (loyalty price, 到账)."""
    values: list[str] = Field(min_length=1)
    """The true figures, with their units where a unit matters ("31", "1-3个工作日")."""
    line: str | None = None
    """What the customer says when told a false figure (default: the forbidden-claim reaction)."""
    up_to: bool = False
    """The values are limits: a smaller figure is true too (a voucher of at most 100元)."""


class PhraseFamilies(_Strict):
    """An author's additions to the shipped phrase families (graphs/practice_dialogue/phrases.py)."""

    empathy: list[str] = Field(default_factory=list)
    apology: list[str] = Field(default_factory=list)
    acknowledgement: list[str] = Field(default_factory=list)
    feelings: list[str] = Field(default_factory=list)
    """Feeling words said of her trouble ("gutting", 憋屈): "that sounds …", 真… (feeling_words.py)."""


def _plain_texts(value: Any, key: str = "text") -> Any:
    """A list where an author may write a plain string for `{key: ...}` (a point, a persona
    line, a forbidden claim): the strings as items."""
    if isinstance(value, list):
        return [{key: v} if isinstance(v, str) else v for v in value]
    return value


class Stage(_Strict):
    """One stage of the conversation, with what the learner should and must not say."""

    id: StageName
    title: str
    points: list[Point] = Field(default_factory=list)
    """Things the learner should cover in this stage; a plain string is a point with no keywords."""
    keywords: list[str] = Field(default_factory=list)
    """Words of this stage's subject: listed in a turn's evaluation, and no turn using one is off
    topic."""
    forbidden_claims: list[ForbiddenClaim] = Field(default_factory=list)
    """Claims the learner must never make (a promise the company cannot keep)."""
    persona_lines: list[PersonaLine] = Field(min_length=1)
    """The persona's script for this stage; a plain string is an untagged line."""
    required_coverage: float = Field(default=0.5, gt=0, le=1)
    """Share of `points` that completes the stage and moves the conversation on."""
    max_turns: int = Field(default=3, ge=1, le=20)
    """Learner turns after which the persona moves on even if the stage is not complete."""

    @field_validator("points", mode="before", json_schema_input_type=list[Point | str])
    @classmethod
    def _plain_points(cls, value: Any) -> Any:
        return _plain_texts(value)

    @field_validator("persona_lines", mode="before", json_schema_input_type=list[PersonaLine | str])
    @classmethod
    def _plain_lines(cls, value: Any) -> Any:
        return _plain_texts(value)

    @field_validator(
        "forbidden_claims", mode="before", json_schema_input_type=list[ForbiddenClaim | str]
    )
    @classmethod
    def _plain_claims(cls, value: Any) -> Any:
        return _plain_texts(value, "claim")


class BehaviourRule(_Strict):
    """How the persona reacts: when the learner's turn shows `when`, the mood moves by `mood`."""

    when: Signal
    mood: int = Field(ge=-3, le=3)
    line: str | None = None
    """An optional line the persona says when the rule fires (before its scripted line)."""


class EndConditions(_Strict):
    """When the session ends."""

    max_turns: int = Field(default=12, ge=1, le=100)
    goal_stage: StageName = "closing"
    """Reaching and covering this stage ends the session as a success."""
    goal_mood: int = Field(default=0, ge=MOOD_MIN, le=MOOD_MAX)
    """The persona agrees only in this mood or better: covering the points is not enough."""
    quit_words: list[str] = Field(
        default_factory=lambda: ["结束", "退出", "不练了", "quit", "exit", "end", "stop"]
    )


class Scenario(Authored):
    """A practice scenario written by a content author."""

    kind: Literal["scenario"] = "scenario"
    title: str
    language: Language
    aliases: list[str] = Field(default_factory=list)
    background: str
    persona: Persona
    learner: LearnerBrief
    opening_line: str
    stages: list[Stage] = Field(min_length=1)
    topics: list[Topic] = Field(default_factory=list)
    """What the learner may ask about besides the points; persona lines can answer a topic."""
    vocabulary: list[str] = Field(default_factory=list)
    """More words of the scenario's subject: a turn with none of them and no point is off topic."""
    rapport: list[Rapport] = Field(default_factory=list)
    """Courtesies of its trade: once, no small talk (none: all are, as to a complaint)."""
    facts: list[Fact] = Field(default_factory=list)
    """Terms the learner may state (prices, policies): a false figure is a false claim."""
    phrases: PhraseFamilies = Field(default_factory=PhraseFamilies)
    """Synonyms the evaluator should also hear as empathy, apology or acknowledgement."""
    behaviour: list[BehaviourRule] = Field(default_factory=list)
    end: EndConditions = Field(default_factory=EndConditions)
    rubric: str
    """Id of the rubric file that scores this scenario."""

    @field_validator("stages")
    @classmethod
    def _stages_in_order(cls, stages: list[Stage]) -> list[Stage]:
        ids = [s.id for s in stages]
        if len(ids) != len(set(ids)):
            raise ValueError(f"each stage id may appear once, got {ids}: remove the repeated stage")
        if ids != sorted(ids, key=STAGE_ORDER.index):
            raise ValueError(
                f"stages must follow the order {list(STAGE_ORDER)}, got {ids}: reorder them"
            )
        return stages

    @field_validator("end")
    @classmethod
    def _goal_is_a_stage(cls, end: EndConditions, info: ValidationInfo) -> EndConditions:
        stages = info.data.get("stages")
        if stages is not None and end.goal_stage not in [s.id for s in stages]:
            raise ValueError(
                f"goal_stage {end.goal_stage!r} is not one of this scenario's stages "
                f"{[s.id for s in stages]}; add the stage or change goal_stage"
            )
        return end

    @model_validator(mode="after")
    def _tags_exist(self) -> Scenario:
        known = self.tags()
        unknown = [
            f"stages[{si}].persona_lines[{li}].answers: {tag!r}"
            for si, stage in enumerate(self.stages)
            for li, line in enumerate(stage.persona_lines)
            for tag in line.answers
            if tag not in known
        ]
        reveal = self.persona.reveal
        unknown += [
            f"persona.reveal.{field}: {tag!r}"
            for field, tags in (
                ("after_points", reveal.after_points),
                ("after_any_of", reveal.after_any_of),
            )
            for tag in tags
            if tag not in self.point_tags()
        ]
        if unknown:
            raise ValueError(
                f"unknown tags {'; '.join(unknown)}: a tag is a point's id, a stage#n "
                f"(e.g. discovery#1) or a topic id; known: {sorted(known)}"
            )
        return self

    def point_tags(self) -> dict[str, tuple[str, int]]:
        """Every name of every point (its id and `stage#n`) -> (stage id, index)."""
        tags: dict[str, tuple[str, int]] = {}
        for stage in self.stages:
            for i, point in enumerate(stage.points):
                tags[f"{stage.id}#{i + 1}"] = (stage.id, i)
                if point.id:
                    tags[point.id] = (stage.id, i)
        return tags

    def point_tag(self, stage_id: str, index: int) -> str:
        """The point's id, else `stage#n`."""
        point = self.stage(stage_id).points[index]
        return point.id or f"{stage_id}#{index + 1}"

    def tags(self) -> set[str]:
        """Every tag a persona line may answer: point names and topic ids."""
        return set(self.point_tags()) | {t.id for t in self.topics}

    def stage(self, stage_id: str) -> Stage:
        """The stage with that id (the flow only asks for ids it took from this scenario)."""
        for stage in self.stages:
            if stage.id == stage_id:
                return stage
        raise KeyError(stage_id)

    def stage_index(self, stage_id: str) -> int:
        """The position of a stage in this scenario."""
        ids: list[str] = [s.id for s in self.stages]
        return ids.index(stage_id)
