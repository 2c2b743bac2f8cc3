"""Her questions the learner never answered: named in the report, beside the stage they belong to.

"能先体验一次再说吗？" asked, then "您要不要办一张？" and "那您再考虑考虑。": the customer's direct
question went unanswered, and a trainer wants the report to say so. A question of hers
(her_asks.questions_in: a question word and a question mark; no echo, no complaint in a
question's form) that names something the scenario's lines are about (a tag's words: 体验,
refund, breakfast; "你们这怎么回事？" names nothing) is answered when a sentence the learner said after it gives what it asks for
(her_questions.Told, the test her own replies use not to ask again what she has been told). One
asked in her last line, with no learner turn after it, is not counted: the session ended on it;
nor is her opening line, which states why she came (「你们这怎么回事？」 is the complaint itself).
Asked again ("你先回答我：…"), it is one question.

Only a question the learner plainly stepped over is named: one whose next learner turn says no
yes or no to it and gives no figure (ANSWERING: 可以, 不行, "Sure", "It's 55 more") and shares
none of its words, and that no later turn answers nor meets with a word of the scenario's offer
it asks about (its may_offer): 「能先体验一次吗？」 met with 「给您约一次免费体测」 is answered.
"""

from __future__ import annotations

import re
from typing import Any

from graphs.exams import Language
from graphs.practice_dialogue.her_asks import asking_clause, questions_in
from graphs.practice_dialogue.her_questions import PRESS, Told
from graphs.practice_dialogue.signals import TurnText
from graphs.practice_dialogue.subject import content_words, shared_words
from graphs.rubrics import Rubric
from graphs.scenarios import Scenario

ANSWERING: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(
        r"可以|能|行|不行|没问题|当然|是的|对的|没错|不是|有的|没有|不用|免费|收费|恐怕|抱歉|不好意思|"
        r"\d|[一二两三四五六七八九十百千万]+(?:元|块|天|个|期|次|分钟|小时)"
    ),
    "en": re.compile(
        r"\b(?:yes|yeah|yep|no|nope|sure|of course|certainly|absolutely|definitely|afraid|"
        r"unfortunately|can|can't|cannot|could|will|won't|do|don't|does|doesn't|is|isn't|are|"
        r"aren't|free|included|it's|that's|there's|we've|we have|\d+)\b",
        re.IGNORECASE,
    ),
}
"""Words a reply says yes or no, or what it costs, with: a turn with one has met her question."""

LEFT: dict[str, str] = {
    "zh": "客户在第{asked}轮后问的「{question}」一直没有回答",
    "en": 'the customer\'s question "{question}" (asked after turn {asked}) was never answered',
}
"""Labelled by the turn she asked it after, as a trainer reads the transcript (the session-20
trainer read 「（第5轮）」 for a question asked after turn 4 as one turn late)."""


def unanswered(scenario: Scenario, transcript: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Her questions with no answer after them: {turn, question, stage, text} in order, `turn`
    the learner turn that should have answered it and `text` the report's sentence."""
    language = scenario.language
    found: list[dict[str, Any]] = []
    first = next((i for i, e in enumerate(transcript) if e["role"] == "persona"), None)
    for i, entry in enumerate(transcript):
        if entry["role"] != "persona" or i == first:
            continue  # her opening states why she came: 「你们这怎么回事？」 is the complaint
        after = [e["text"] for e in transcript[i + 1 :] if e["role"] == "learner"]
        if not after:
            continue
        told = Told(scenario, "\n".join(after))
        tags = [entry["answers"]] if entry.get("answers") else []
        for asked in questions_in(entry["text"].removeprefix(PRESS[language])):
            question = asking_clause(asked) if language == "zh" else asked
            said = TurnText.of(question, language)
            about = tags or [w for ws in told.words.values() for w in ws if said.find(w)]
            if not about or told.answered(question, tags):
                continue  # 「你们这怎么回事？」 names nothing to answer with a fact
            if _met(scenario, question, after):
                continue
            if any(f["question"] == question for f in found):
                continue
            turn = next(e["turn"] for e in transcript[i + 1 :] if e["role"] == "learner")
            asked = next(
                (e["turn"] for e in reversed(transcript[:i]) if e["role"] == "learner"), turn - 1
            )
            text = LEFT[language].format(question=question, asked=asked)
            found.append(
                {"turn": turn, "question": question, "stage": entry.get("stage"), "text": text}
            )
    return found


def _met(scenario: Scenario, question: str, after: list[str]) -> bool:
    """The next learner turn says yes or no or takes up a word of the question, or a later one
    names an offer of the scenario's (see the module docstring)."""
    language = scenario.language
    following = after[0]
    if ANSWERING[language].search(following):
        return True
    if shared_words(content_words(question, language), following.lower(), language):
        return True
    asked = content_words(question, language)
    # an offer the question is about (「先预约一次免费体测或体验课」 for 「能先体验一次吗？」), met
    # by any of its words later (「帮您约一次免费体测」)
    offers = [o for o in scenario.learner.may_offer if shared_words(asked, o.lower(), language)]
    words = {w for o in offers for w in content_words(o, language) if len(w) > 1}
    return any(shared_words(words, line.lower(), language) for line in after)


def with_unanswered(
    scenario: Scenario,
    rubric: Rubric,
    criteria: list[dict[str, Any]],
    transcript: list[dict[str, Any]],
) -> None:
    """Each unanswered question's sentence added to the explanation of the criterion (of
    `rubric`, in its order in `criteria`) scoring the stage she asked it in, or the first stage
    after it that one scores."""
    by_stage = {r.stage: c for r, c in zip(rubric.criteria, criteria, strict=True) if r.stage}
    order = [s.id for s in scenario.stages]
    sep = "" if scenario.language == "zh" else " "
    for item in unanswered(scenario, transcript):
        start = order.index(item["stage"]) if item["stage"] in order else 0
        target = next((by_stage[s] for s in order[start:] if s in by_stage), None)
        if target is None:
            continue
        text = (
            item["text"]
            if scenario.language == "zh"
            else item["text"][:1].upper() + item["text"][1:]
        )
        end = "。" if scenario.language == "zh" else "."
        target["explanation"] = f"{target['explanation']}{sep}{text}{end}".strip()
