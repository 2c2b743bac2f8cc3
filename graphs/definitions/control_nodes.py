"""Node types that steer a run: `interrupt` (ask the learner), `route` (choose the next node) and
`subgraph` (run another graph as one step).

    ask_goal:
      type: interrupt
      params: {prompt: "What would you like to practise, {{ name }}?", store: goal}
    pick:
      type: route
      params:
        text: goal                          # an expression: the text intents are recognised in
        intents:
          complaint: {description: handling a complaint, examples: [投诉, complaint, 退货]}
        branches:
          - {intent: complaint, target: practise_complaint}
          - {when: "len(goal) > 200", target: too_long}
        default: END
    practise_complaint:
      type: subgraph
      params:
        graph: practice_dialogue
        inputs: {scenario: "'complaint-handling'"}    # child field: expression on this state
        outputs: {practice_report: report}            # this state's field: child field

`interrupt` pauses the run (LangGraph's `interrupt()`), shows `{"kind", "prompt", "node"}` and writes
the reply (text, or a reply's `text`) to `store`. `route` recognises intents with the model when one
is configured, else offline (offline_answers.py), and goes to the first branch that holds.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextvars import ContextVar
from typing import Any, Literal

from langchain_core.messages import HumanMessage, SystemMessage
from langgraph.graph import END as LANGGRAPH_END
from langgraph.runtime import Runtime
from langgraph.types import Command, interrupt
from pydantic import BaseModel, Field, create_model, model_validator

from graphs.context import FlowContext
from graphs.definitions.expressions import parse_expression
from graphs.definitions.models import END, NODE_NAME_PATTERN, NodeParams, StrictModel
from graphs.definitions.node_types import NodeBuild, NodeType
from graphs.definitions.offline_answers import match_intent
from graphs.definitions.source import Loc
from graphs.definitions.templates import parse_template
from graphs.errors import ContentError, ModelOutputError
from graphs.llm import ask_structured

BUILDING: ContextVar[tuple[str, ...]] = ContextVar("kpl_definitions_building", default=())
"""The definitions being compiled, outermost first: a subgraph naming one of them is a cycle."""


def _target(name: str) -> str:
    return LANGGRAPH_END if name == END else name


class InterruptParams(NodeParams):
    """Params of `interrupt`."""

    prompt: str = Field(min_length=1)
    """What the learner is asked (a template)."""
    kind: str = "question"
    """The interrupt's `kind`, for clients that show kinds differently."""
    store: str = Field(pattern=NODE_NAME_PATTERN)
    """The state field the reply is written to."""

    def templates(self) -> Iterator[tuple[Loc, str]]:
        yield ("prompt",), self.prompt

    def writes(self) -> Iterator[tuple[Loc, str]]:
        yield ("store",), self.store


def reply_value(reply: Any) -> Any:
    """The learner's reply as state: text as it is, a `{"text": ...}` reply's text, else the JSON."""
    if isinstance(reply, dict) and isinstance(reply.get("text"), str):
        return reply["text"]
    return reply


def make_interrupt(build: NodeBuild) -> Callable[..., Any]:
    """The node callable for one `interrupt` node (it does nothing but ask and record)."""
    params = build.params
    assert isinstance(params, InterruptParams)
    prompt = parse_template(params.prompt)

    def ask(state: dict[str, Any]) -> dict[str, Any]:
        reply = interrupt({"kind": params.kind, "prompt": prompt.render(state), "node": build.name})
        return {params.store: reply_value(reply)}

    return ask


class IntentCase(StrictModel):
    """An intent a `route` can recognise."""

    description: str = ""
    """What the learner means, for the model."""
    examples: list[str] = Field(min_length=1)
    """Phrasings that show the intent (the offline engine matches these)."""


class RouteBranch(StrictModel):
    """A way out of a `route`: when the expression holds, or when the intent is recognised."""

    when: str | None = None
    intent: str | None = None
    target: str

    @model_validator(mode="after")
    def _one_condition(self) -> RouteBranch:
        if self.when is not None and self.intent is not None:
            raise ValueError("a branch has `when` or `intent`, not both: split it in two branches")
        return self


class RouteParams(NodeParams):
    """Params of `route`."""

    text: str | None = None
    """An expression giving the text intents are recognised in (needed by `intent` branches)."""
    intents: dict[str, IntentCase] = Field(default_factory=dict)
    branches: list[RouteBranch] = Field(min_length=1)
    default: str | None = None
    """Where to go when no branch holds; none: the run ends."""

    @model_validator(mode="after")
    def _intents_known(self) -> RouteParams:
        for index, branch in enumerate(self.branches):
            if branch.intent is None:
                continue
            if branch.intent not in self.intents:
                known = ", ".join(self.intents) or "none declared"
                raise ValueError(
                    f"branches[{index}].intent {branch.intent!r} is not declared under `intents` "
                    f"({known}); declare it with its examples"
                )
            if self.text is None:
                raise ValueError("intent branches need `text`: the expression whose text is read")
        return self

    def expressions(self) -> Iterator[tuple[Loc, str]]:
        if self.text is not None:
            yield ("text",), self.text
        for index, branch in enumerate(self.branches):
            if branch.when is not None:
                yield ("branches", index, "when"), branch.when

    def targets(self) -> Iterator[tuple[Loc, str]]:
        for index, branch in enumerate(self.branches):
            yield ("branches", index, "target"), branch.target
        if self.default is not None:
            yield ("default",), self.default


async def recognise(params: RouteParams, text: str, context: FlowContext, node: str) -> str | None:
    """The intent of `text` among the route's, by the model if configured, else offline."""
    examples = {name: case.examples for name, case in params.intents.items()}
    if context.offline:
        return match_intent(text, examples)
    names = (*params.intents, "none")
    answer_type: Any = Literal[names]
    schema: type[BaseModel] = create_model(
        "RecognisedIntent", intent=(answer_type, Field(description="the intent, or none"))
    )
    listing = "\n".join(
        f"- {name}: {case.description or ''} (e.g. {'; '.join(case.examples[:3])})"
        for name, case in params.intents.items()
    )
    messages = [
        SystemMessage(
            f"Which intent does the learner's message express? Intents:\n{listing}\n"
            "Answer none if it expresses none of them."
        ),
        HumanMessage(text),
    ]
    try:
        answer = await ask_structured(context.models, schema, messages)
    except ModelOutputError:
        return match_intent(text, examples)
    intent = str(getattr(answer, "intent", "none"))
    return None if intent == "none" else intent


def make_route(build: NodeBuild) -> Callable[..., Any]:
    """The node callable for one `route` node: it writes nothing and goes to a target."""
    params = build.params
    assert isinstance(params, RouteParams)
    text = parse_expression(params.text) if params.text is not None else None
    conditions = [parse_expression(b.when) if b.when is not None else None for b in params.branches]
    needs_intent = any(b.intent is not None for b in params.branches)

    async def route(state: dict[str, Any], runtime: Runtime[FlowContext]) -> Command[Any]:
        intent = None
        if needs_intent and text is not None:
            said = text.evaluate(state)
            intent = await recognise(
                params, "" if said is None else str(said), runtime.context, build.name
            )
        for branch, condition in zip(params.branches, conditions, strict=True):
            if branch.intent is not None and branch.intent == intent:
                return Command(goto=_target(branch.target))
            if branch.intent is None and (condition is None or condition.evaluate(state)):
                return Command(goto=_target(branch.target))
        return Command(goto=_target(params.default or END))

    return route


class SubgraphParams(NodeParams):
    """Params of `subgraph`."""

    graph: str = Field(min_length=1)
    """A built-in flow or another definition, by name."""
    inputs: dict[str, str] = Field(default_factory=dict)
    """The called graph's input: its field → an expression on this graph's state."""
    outputs: dict[str, str] = Field(default_factory=dict)
    """What comes back: this graph's field → the called graph's field."""

    def expressions(self) -> Iterator[tuple[Loc, str]]:
        for key, source in self.inputs.items():
            yield ("inputs", key), source

    def writes(self) -> Iterator[tuple[Loc, str]]:
        for key in self.outputs:
            yield ("outputs", key), key

    def references(self) -> Iterator[tuple[Loc, str, str]]:
        yield ("graph",), "graph", self.graph


class SubgraphCycle(ContentError):
    """A definition calls itself through its subgraph nodes."""


def make_subgraph(build: NodeBuild) -> Callable[..., Any]:
    """The node callable for one `subgraph` node: it runs the other graph to its end (or pause)."""
    params = build.params
    assert isinstance(params, SubgraphParams)
    stack = BUILDING.get()
    if params.graph in stack:
        chain = " -> ".join((*stack, params.graph))
        raise SubgraphCycle(
            build.definition.id,
            [
                f"nodes.{build.name}.params.graph: graphs call each other in a cycle ({chain}); "
                "break the cycle"
            ],
        )
    if build.resolve_graph is None:
        raise SubgraphCycle(
            build.definition.id,
            [
                f"nodes.{build.name}: a subgraph node needs graphs to call; compile the definition "
                "with `resolve_graph`"
            ],
        )
    child = build.resolve_graph(params.graph).compile()
    inputs = {key: parse_expression(source) for key, source in params.inputs.items()}

    async def call(state: dict[str, Any], runtime: Runtime[FlowContext]) -> dict[str, Any]:
        payload = {key: expression.evaluate(state) for key, expression in inputs.items()}
        result = await child.ainvoke(payload, context=runtime.context)
        values = result if isinstance(result, dict) else {}
        return {key: values.get(field) for key, field in params.outputs.items()}

    return call


NODE_TYPES = (
    NodeType(
        name="interrupt",
        description="Pause the run, ask the learner, and write the reply to a state field.",
        params=InterruptParams,
        make=make_interrupt,
    ),
    NodeType(
        name="route",
        description="Go to the first branch whose condition holds or whose intent is recognised.",
        params=RouteParams,
        make=make_route,
        routes=True,
    ),
    NodeType(
        name="subgraph",
        description="Run another definition or built-in flow as one step; map its input and output.",
        params=SubgraphParams,
        make=make_subgraph,
    ),
)
