"""The words a learner reads after a turn: a comment on what it showed, and a hint for the next.

Both are composed from the turn's evaluation and the scenario's own points and claims, in the
scenario's language.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from graphs.exams import Language
from graphs.practice_dialogue.breach_kinds import mend_for
from graphs.practice_dialogue.her_asks import asking_clause, questions_in
from graphs.practice_dialogue.her_questions import PRESS
from graphs.practice_dialogue.leaving_hints import leaving_hints
from graphs.practice_dialogue.phrases import GREETINGS
from graphs.practice_dialogue.point_examples import offered_stage
from graphs.practice_dialogue.pronouns import WORDS, customer_words
from graphs.scenarios import Point, Scenario, Stage

FAMILY_NAMES: dict[Language, dict[str, str]] = {
    "zh": {"empathy": "共情", "apology": "道歉", "acknowledgement": "认可", "model": "共情"},
    "en": {
        "empathy": "empathy",
        "apology": "an apology",
        "acknowledgement": "acknowledgement",
        "model": "empathy",
    },
}

_TEXT: dict[Language, dict[str, str]] = {
    "zh": {
        "covered": "覆盖了要点：{items}",
        "empathy": "表达了{families}",
        "questions": "提出了{n}个问题",
        "forbidden": "出现禁止说法：{items}",
        "pushy": "语气过于强势",
        "off_topic": "没有回应客户的关切，也没有推进本阶段的要点",
        "nothing_new": "没有新的要点",
        "limits": "给出时限：{items}",
        "no_limit": "这一轮没有说时限",
        "sep": "；",
        "hint_forbidden": "避免这类说法（{claim}）。{mend}",
        "hint_pushy": "放慢节奏，先问清客户的顾虑再推进。",
        "hint_her_question": "客户刚问了「{question}」，先回答{her_pos}问题。",
        "hint_off_topic": "先回到客户关心的事上，别闲聊。",
        "hint_limit": "「{point}」还差时限：告诉客户具体多久能办好。",
        "hint_point": "下一步可以：{point}",
        "hint_still": "还没做到：{point}",
        "hint_empathy": "先回应客户的情绪（例如“我理解您的感受”），再谈方案。",
        "hint_next": "本阶段要点已覆盖，可以自然过渡到下一步。",
    },
    "en": {
        "covered": "covered: {items}",
        "empathy": "showed {families}",
        "questions": "asked {n} question(s)",
        "forbidden": "made a forbidden claim: {items}",
        "pushy": "too pushy",
        "off_topic": "did not address the customer's concern or this stage's points",
        "nothing_new": "no new points",
        "limits": "time limit given: {items}",
        "no_limit": "no time limit in this turn",
        "sep": "; ",
        "hint_forbidden": "Avoid lines like this ({claim}); {mend}",
        "hint_pushy": "Slow down: ask about the customer's concern before pushing on.",
        "hint_her_question": 'The customer just asked "{question}": answer that first.',
        "hint_off_topic": "Come back to what the customer came about; leave the small talk.",
        "hint_limit": '"{point}" still needs its time limit: say by when it will be done.',
        "hint_point": "Next, try to: {point}",
        "hint_still": "Still to do: {point}",
        "hint_empathy": 'Acknowledge the feeling first ("I understand"), then offer options.',
        "hint_next": "This stage's points are covered; move on naturally.",
    },
}


TIME_LIMIT_WORDS = ("时限", "期限", "多久", "time limit", "deadline", "timescale", "how long")
"""Words by which a point speaks of a time limit: a turn that makes it without one is told so."""


def _speaks_of_time_limits(text: str) -> bool:
    lowered = text.lower()
    return any(word in lowered for word in TIME_LIMIT_WORDS)


def comment_for(language: Language, evaluation: dict[str, Any]) -> str:
    """One line on what the turn did well and badly."""
    t = _TEXT[language]
    if evaluation["off_topic"]:
        return t["off_topic"]
    parts = []
    # only the points this turn made first: a recap that names them again is no progress, and a
    # comment listing them as covered read as if they had just been made
    new = set(evaluation.get("new_tags", []))
    fresh = [c["text"] for c in evaluation["covered"] if c["tag"] in new]
    parts.append(t["covered"].format(items=t["sep"].join(fresh)) if fresh else t["nothing_new"])
    limits = evaluation.get("time_limits", [])
    if limits:
        parts.append(t["limits"].format(items=t["sep"].join(limits)))
    elif any(_speaks_of_time_limits(text) for text in fresh):
        # "免除…并说明退款时限" heard in "我给您把抛光的钱退了": the remedy, not its 时限
        parts.append(t["no_limit"])
    if evaluation["empathy"]:
        names = FAMILY_NAMES[language]
        heard = dict.fromkeys(names.get(e.split(":", 1)[0], e) for e in evaluation["empathy"])
        parts.append(t["empathy"].format(families=("、" if language == "zh" else ", ").join(heard)))
    if evaluation["questions"]:
        parts.append(t["questions"].format(n=evaluation["questions"]))
    if evaluation["forbidden"]:
        said = evaluation.get("claims_said", {})  # each with the learner's words (claims.py)
        items = [said.get(claim, claim) for claim in evaluation["forbidden"]]
        parts.append(t["forbidden"].format(items=t["sep"].join(items)))
    if evaluation["pushy"]:
        parts.append(t["pushy"])
    return t["sep"].join(parts)


def hint_for(
    language: Language,
    stage: Stage,
    covered: dict[str, list[int]],
    evaluation: dict[str, Any],
    shown: Sequence[str | None] = (),
    her_question: str | None = None,
    who: dict[str, str] | None = None,
    leaving: Sequence[str] = (),
    later: Sequence[Stage] = (),
) -> str | None:
    """What to do next: fix a broken rule first, come back from small talk, give the time limit a
    point just made asks for, answer the question she has just asked (`her_question`: after
    「能先体验一次再说吗？」 a hint to ask her goals set the learner up for the report's "never
    answered"), then the stage's next uncovered point; once she takes her leave, what to do now
    (`leaving`: leaving_hints.py) instead of the next point. A hint shown before is not shown
    again word for word: the next one in that order is, or none (`shown`: the hints so far).
    A point hinted before and still not made gives way to one not hinted yet, in this stage and
    then in the stages after it (`later`): "Next, try to: X" then "Still to do: X" told the
    learner nothing new while the engineer visit and the closing were still to do (P18);
    "still to do" comes back only once every point left has been hinted."""
    # `who`: the words for the customer (pronouns.py; 他 for 李先生), none guessed when not given
    words = who or WORDS[language]["unknown"]
    hinted = {
        p.text for s in (stage, *later) for p in s.points if any(p.text in h for h in shown if h)
    }
    candidates = _hints(
        language, stage, covered, evaluation, her_question, words, leaving, later, hinted
    )
    for hint in candidates:
        if hint not in shown:
            return hint
    return None


def scenario_hint(
    scenario: Scenario, stage: Stage, covered: dict[str, list[int]], evaluation: dict[str, Any]
) -> str | None:
    """`hint_for` in the scenario's language, naming its customer by the persona's own pronoun
    (pronouns.py: 先回答他的问题 for 李先生)."""
    return hint_for(scenario.language, stage, covered, evaluation, who=customer_words(scenario))


def _hints(
    language: Language,
    stage: Stage,
    covered: dict[str, list[int]],
    evaluation: dict[str, Any],
    her_question: str | None,
    who: dict[str, str],
    leaving: Sequence[str] = (),
    later: Sequence[Stage] = (),
    hinted: frozenset[str] | set[str] = frozenset(),
) -> Iterator[str]:
    t = _TEXT[language]
    if evaluation["forbidden"]:
        claim = evaluation["forbidden"][0]
        said = evaluation.get("claims_said", {}).get(claim, claim)
        # the mend fits the fault: 「您小声点」 wants respect, not a promise kept (breach_kinds.py)
        yield t["hint_forbidden"].format(claim=said, mend=mend_for(claim, language, who))
    if evaluation["pushy"]:
        yield t["hint_pushy"]
    if leaving:  # she is at the door or gone: no next step of the sale (leaving_hints.py)
        yield from leaving
        return
    if evaluation["off_topic"]:
        yield t["hint_off_topic"]
    new = set(evaluation.get("new_tags", []))
    asks_limit = [
        c["text"]
        for c in evaluation["covered"]
        if c["tag"] in new and _speaks_of_time_limits(c["text"])
    ]
    if asks_limit and not evaluation.get("time_limits"):
        yield t["hint_limit"].format(point=asks_limit[0])
    if (
        her_question
    ):  # before the checklist: 「询问健身目标」 after 「能先体验一次再说吗？」 no more
        yield t["hint_her_question"].format(question=her_question, **who)
    done = set(covered.get(stage.id, []))
    for i, point in enumerate(stage.points):
        if i not in done and not _greeting(point) and point.text not in hinted:
            yield t["hint_point"].format(point=point.text)
    if not evaluation["empathy"] and stage.id in ("opening", "objections"):
        yield t["hint_empathy"]
    # this stage's points all made or hinted: the next stage's point no hint has named yet
    for after in later:
        made = set(covered.get(after.id, []))
        for i, point in enumerate(after.points):
            if i not in made and not _greeting(point) and point.text not in hinted:
                yield t["hint_point"].format(point=point.text)
    # each point hinted already: said again in other words, never "the points are covered"
    left = [p for i, p in enumerate(stage.points) if i not in done and not _greeting(p)]
    yield from (t["hint_still"].format(point=point.text) for point in left)
    if not left:
        yield t["hint_next"]


GREETING_SHARE = 0.4
"""A point at least this share of whose keywords are greetings (您好, 我是, hello) is a greeting."""


def _greeting(point: Point) -> bool:
    """A greeting point (礼貌问候并介绍自己, "Greet her and confirm the account"): due in the
    first turn, before any hint; "next, greet her" in the second or third, with the matter
    under way, comes too late (the report still names it)."""
    keywords = [k.lower() for k in point.keywords]
    greetings = sum(k in GREETINGS for k in keywords)
    return bool(keywords) and greetings / len(keywords) >= GREETING_SHARE


def _due(scenario: Scenario, stage: Stage, covered: dict[str, list[int]]) -> Stage:
    """The stage whose points are hinted: the opening's points (感谢来访并询问是否方便聊几分钟)
    are due at the opening only; once the learner has made a point of a later stage, the hint
    goes on to the stage after it."""
    first, *rest = scenario.stages
    if stage.id == first.id and rest and any(covered.get(s.id) for s in rest):
        return rest[0]
    return stage


def session_hint(
    scenario: Scenario,
    stage: Stage,
    evaluations: list[dict[str, Any]],
    transcript: list[dict[str, Any]],
) -> str | None:
    """The hint shown after the last turn, in `stage` (where the conversation is now), given the
    hints shown after the earlier turns (each in the stage the conversation was in then)."""
    stage_at = {e["turn"]: e["stage"] for e in transcript if e["role"] == "persona"}
    covered: dict[str, list[int]] = {}
    shown: list[str | None] = []
    for number, evaluation in enumerate(evaluations, 1):
        for c in evaluation["covered"]:
            if c["index"] not in covered.setdefault(c["stage"], []):
                covered[c["stage"]].append(c["index"])
        then = stage
        if number < len(evaluations) and evaluation["turn"] + 1 in stage_at:
            then = scenario.stage(stage_at[evaluation["turn"] + 1])
        due = _due(scenario, then, covered)
        if number == len(evaluations) and she_agreed(
            scenario, [e["text"] for e in transcript if e["role"] == "persona"]
        ):
            # after her yes, only the wrap-up is due: "acknowledge the price concern" to a
            # customer who has just said "let's do it" fits no moment; her decision is given
            due = scenario.stage(scenario.end.goal_stage)
            asked = [i for i, p in enumerate(due.points) if p.by_asking]
            covered = {**covered, due.id: [*covered.get(due.id, []), *asked]}
        due = offered_stage(scenario, due)  # no hint names what she cannot be offered
        ids = [s.id for s in scenario.stages]
        later = [offered_stage(scenario, s) for s in scenario.stages[ids.index(due.id) + 1 :]]
        question = her_question(scenario, transcript, evaluation["turn"])
        said = [
            e["text"]
            for e in transcript
            if e["role"] == "persona" and e["turn"] <= evaluation["turn"]
        ]  # her lines before her reply to this turn: a yes among them and she goes decided
        agreed = any(she_agreed(scenario, said[:i]) for i in range(1, len(said) + 1))
        leaving = leaving_hints(scenario, transcript, evaluation["turn"], agreed)
        shown.append(
            hint_for(
                scenario.language,
                due,
                covered,
                evaluation,
                shown,
                question,
                customer_words(scenario),
                leaving,
                later,
            )
        )
    return shown[-1] if shown else None


def her_question(scenario: Scenario, transcript: list[dict[str, Any]], turn: int) -> str | None:
    """The last question she asked in her reply to learner turn `turn` (a question word and a
    mark: her_asks.questions_in, no outburst such as 你这是什么话？), or None."""
    reply = next(
        (e["text"] for e in transcript if e["role"] == "persona" and e["turn"] == turn + 1), ""
    )
    asked = questions_in(reply.removeprefix(PRESS[scenario.language]))
    if not asked:
        return None
    return asking_clause(asked[-1]) if scenario.language == "zh" else asked[-1]


def she_agreed(scenario: Scenario, said: Sequence[str]) -> bool:
    """Her last line (of `said`, her lines so far) is one of her lines that say yes."""
    yes = [line.text for s in scenario.stages for line in s.persona_lines if line.agrees]
    return bool(said) and any(line in said[-1] for line in yes)
