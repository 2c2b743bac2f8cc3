"""The customer's own questions: which of them the learner has answered already in the session,
and the one she asks again when the learner moved on.

Which sentences of her line ask something is read in her_asks.py: a sentence asks when it ends
with a question mark after a question word (退多少？, Is it included in our rate?); an echo
("Thirty-one a month?", "Breakfast?") or a complaint in a question's form (道歉有什么用？) asks
nothing.

One of her questions is answered already when a sentence the learner said names what it is about
(a keyword of the points and topics the question names, or else of the tags the line answers)
and gives what it asks for: a figure for a question about an amount, a time or a price (多少, 多久,
how much, what would it cost), another of the question's own words for any other ("Breakfast for
two is included" answers "Is it included in our rate?"; so does "Breakfast is extra":
inclusion.py). A figure inside the learner's words hides no keyword: "分12期" says 分期. A complaint
in a question's form (这一百二凭什么收？) is over once the learner has made a point it names. She does
not ask what she has been told: replies.py says what comes before such a question, or another
line. Nor does she demand what the learner has owned or promised (可你们总该提前告诉我一声吧 after
"以后超时我们会提前短信通知您"): a demand is asked like a question.

When her last line asked something (a tagged line with a question word: 退多少？多久能到账？) and
the learner moved on without touching its tag (no point, topic or question of theirs, no claim,
pressure or small talk she reacts to instead, no concrete offer with a figure, and did not give
what she asked), she asks it again, once ("你先回答我：…"), and nothing else in that turn lifts her
mood (nodes.update_mood): `pressed_question`.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from graphs.exams import Language
from graphs.practice_dialogue.either_or import answered_either_way
from graphs.practice_dialogue.figures import figures, in_digits
from graphs.practice_dialogue.her_asks import (
    asking_clause,
    asking_in,
    complaints_in,
    demands_in,
    is_echo,
    questions_in,
)
from graphs.practice_dialogue.inclusion import (
    DESCRIBED,
    THE_OFFER,
    WHAT_IS_IN_IT,
    asks_inclusion,
    tells_inclusion,
)
from graphs.practice_dialogue.script_lines import LineChoice
from graphs.practice_dialogue.signals import TurnText, normalise, sentences
from graphs.practice_dialogue.subject import content_words, shared_words
from graphs.practice_dialogue.times import slots_in
from graphs.scenarios import Scenario

QUANTITY = {
    "zh": re.compile(r"多少|多久|多长|多大|几|什么时候|啥时候|哪天"),
    "en": re.compile(
        r"\bhow (?:much|long|many|soon)\b|\bwhat (?:would|does|will|did) (?:it|that) cost\b|"
        r"\bwhen\b|\bwhat time\b",
        re.IGNORECASE,
    ),
}
"""A question that asks for a figure: an amount, a price, a time."""
HOW_LONG = {
    "zh": re.compile(r"多久|多长时间|几天|什么时候|啥时候|哪天"),
    "en": re.compile(r"\bhow (?:long|soon)\b|\bwhen\b|\bwhat time\b", re.IGNORECASE),
}
"""A question that asks for a time: only a time answers it ("这120元退给您" tells how much, not
when: 「多久能到账？」 is still open)."""
PRICE_ASKED = {
    "zh": re.compile(r"多少钱|什么价|啥价|价格是多少|要多少"),
    "en": re.compile(
        r"\bhow much (?:more|extra|is it|would it|does it|will it)\b|"
        r"\bwhat (?:would|does|will) (?:it|that) cost\b",
        re.IGNORECASE,
    ),
}
"""A question for the price: any sum of money the learner has said answers it (she asks "What
would it cost?" of a guest told "it's only 45 dollars more" no more)."""
PRICE_WORDS = frozenset({"cost", "much", "price", "talk", "钱", "价格", "价钱"})
"""Words of a price question that ask for the price itself."""
MONEY = "元"
"""The unit figures.py gives every sum of money (元, dollars, pounds)."""
WHAT_ELSE = {
    "zh": re.compile(r"还(?:有|包括|包含|送)(?:什么|啥|别的)"),
    "en": re.compile(r"\bwhat else\b", re.IGNORECASE),
}
"""Her question for more of the offer ("What else comes with it?", 还包括什么？)."""
TIME_UNITS = frozenset({"天", "工作日", "周", "月", "年", "小时", "分钟", "day", "week", "hour"})
SOON_WORDS = re.compile(
    r"今天|明天|后天|马上|当天|立刻|\b(?:today|tomorrow|tonight|right away)\b", re.I
)


def _tells_a_time(raw: str, language: Language) -> bool:
    """The sentence says a time: a figure of days or hours, a slot or a near day."""
    return (
        any(f.unit in TIME_UNITS for f in figures(raw, language))
        or bool(slots_in(raw, language))
        or bool(SOON_WORDS.search(raw))
    )


REMAINDER_MIN = {"zh": 4, "en": 8}
"""Characters that make what she says before an answered question a line ("那……" is none)."""


def _tag_words(scenario: Scenario) -> dict[str, list[str]]:
    """Every point (by its tag and its id) and topic, with the words that name it."""
    words: dict[str, list[str]] = {}
    for tag, (stage_id, index) in scenario.point_tags().items():
        point = scenario.stage(stage_id).points[index]
        words[tag] = point.keywords or [point.text]
    for topic in scenario.topics:
        words[topic.id] = list(topic.keywords)
    return words


def _without_figures(text: str, language: Language) -> str:
    """The text with its numbers taken out, so a keyword around one is found (分12期 -> 分期)."""
    return re.sub(r"\d+(?:\.\d+)?", "", in_digits(text, language))


class Told:
    """What the learner has said in the session, sentence by sentence, for checking her questions
    against it."""

    def __init__(self, scenario: Scenario, learner_said: str) -> None:
        self.scenario = scenario
        self.language: Language = scenario.language
        self.words = _tag_words(scenario)
        self.point_words = [
            point.keywords for stage in scenario.stages for point in stage.points if point.keywords
        ]
        self.everything = TurnText.of(learner_said, self.language)
        # each sentence read with its numbers taken out (分12期 says 分期) and as said: a keyword
        # that is itself a figure ("120") is found in the sentence as said
        self.sentences = [
            (TurnText.of(_without_figures(s, self.language), self.language), s)
            for s in sentences(learner_said)
        ]
        self.as_said = {s: TurnText.of(s, self.language) for s in sentences(learner_said)}

    def answered(self, question: str, line_tags: list[str]) -> bool:
        """Whether the learner has already said what the question asks."""
        if not line_tags and WHAT_ELSE[self.language].search(question):
            return self.nothing_else_to_ask(question)
        if PRICE_ASKED[self.language].search(question) and self.priced(question):
            return True  # "What would it cost?" after "it's only 45 dollars more"
        asked = TurnText.of(question, self.language)
        named = [w for words in self.words.values() for w in words if asked.find(w)]
        own_tags = [w for tag in line_tags for w in self.words.get(tag, [])]
        wants_figure = bool(QUANTITY[self.language].search(question))
        # a figure answers what the question or the line names; any other question is about
        # what the line answers ("是不是又要推销私教课？" is not answered by "我们有私教体验课")
        subject = named + own_tags if wants_figure else own_tags or named
        if not subject:
            return False
        own = content_words(question, self.language)
        if WHAT_IS_IN_IT[self.language].search(question):
            # "What's different about it?" after "…a junior suite. It comes with breakfast…";
            # "Breakfast comes included with it" names the "it" she asked about
            subject_said = any(self.everything.find(w) for w in subject)
            it = subject_said or bool(THE_OFFER[self.language].search(self.everything.raw))
            return it and bool(DESCRIBED[self.language].search(self.everything.raw))
        for text, raw in self.sentences:
            # "不会推销" answers it too; "这120元可以给您免掉" names the refund by its figure
            heard = [w for w in subject if text.find(w) or self.as_said[raw].find(w)]
            if not heard:
                continue
            if wants_figure:
                if HOW_LONG[self.language].search(question):
                    if _tells_a_time(raw, self.language):
                        return True
                elif any(f.unit not in TIME_UNITS for f in figures(raw, self.language)):
                    return True  # "三个工作日内退回" tells when, not 退多少
                continue
            if tells_inclusion(question, raw, self.language):  # "Breakfast is extra"
                return True
            if any(asked.find(w) for w in heard if w in own_tags):
                return True  # she asks for what the learner offered: "能先体验一次再说吗？"
            besides = {w for w in own if not any(w in h.lower() for h in heard)}
            if shared_words(besides, text.raw.lower(), self.language):
                return True  # "Breakfast for two is included": "Is it included in our rate?"
        return False

    def priced(self, question: str) -> bool:
        """Whether a sentence of the learner's says a sum of money and whatever else the price
        question names ("分期的话每个月多少钱？" wants 分期 in it, not the annual 3980元)."""
        named = content_words(question, self.language) - PRICE_WORDS
        return any(
            any(f.unit == MONEY for f in figures(raw, self.language))
            and all(w in raw.lower() for w in named)
            for _, raw in self.sentences
        )

    def nothing_else_to_ask(self, question: str) -> bool:
        """Whether her untagged "what else" question ("Hm. What else comes with it?") has nothing
        to ask about: the learner has made every point of its stage (the suite, breakfast, late
        check-out and the price all told). Before any of them it stays: with nothing to answer,
        it is one of the few lines she has to vary her script with."""
        for stage in self.scenario.stages:
            lines = [unicodedata.normalize("NFKC", ln.text) for ln in stage.persona_lines]
            if any(
                question in text
                for text, ln in zip(lines, stage.persona_lines, strict=True)
                if not ln.answers
            ):
                told = [
                    p for p in stage.points if p.keywords and self.everything.said_any(p.keywords)
                ]
                return bool(stage.points) and len(told) == len(stage.points)
        return False

    def put_right(self, complaint: str) -> bool:
        """Whether the learner has made a point the complaint names ("这一百二凭什么收？" once
        the 120 is refunded)."""
        said = TurnText.of(complaint, self.language)
        return any(
            any(said.find(w) for w in words) and any(self.everything.find(w) for w in words)
            for words in self.point_words
        )

    def unanswered_part(self, text: str, line_tags: list[str]) -> str | None:
        """The line as she can say it: whole when none of its questions is answered already,
        else what she says before the first answered one (the reaction before "How much more are
        we talking about?"); None when that is nothing but an echo ("Breakfast?") or nothing."""
        # what a question asks is in its last clause ("能分期免息的话压力小多了，能先体验一次
        # 再说吗？" asks about a trial), unless an earlier one asks what is in the offer or price
        clauses = [re.split(r"(?<=[,，、;；])", q) for q in asking_in(text)]
        asking = [parts[-1].strip() for parts in clauses]
        asking += [
            c.strip()
            for parts in clauses
            for c in parts[:-1]
            if WHAT_IS_IN_IT[self.language].search(c) or asks_inclusion(c, self.language)
        ]
        asking += demands_in(text)  # "可你们总该提前告诉我一声吧" asks for what may be promised
        folded = unicodedata.normalize("NFKC", text)  # sentences() are NFKC: "？" is "?"
        # "Is it in our rate, or only with the suite?" is one question, told either way
        told = answered_either_way(clauses, [q for q in asking if self.answered(q, line_tags)])
        answered = sorted(told, key=lambda q: folded.find(q))
        if not line_tags:  # her script's complaint about what the learner has since put right
            answered += [q for q in complaints_in(text) if self.put_right(q)]
        if not answered:
            return text
        at = folded.find(answered[0])
        before = (text if len(folded) == len(text) else folded)[:at].strip()
        if before.endswith((",", "，", "、")):  # the reaction before "，能先体验一次再说吗？"
            before = before[:-1] + ("。" if self.language == "zh" else ".")
        said = [s for s in sentences(before) if not is_echo(s)]
        if said and len(normalise(before)) >= REMAINDER_MIN[self.language]:
            return before
        if said and all(s in asking for s in said):  # "退多少？" still open: a line of its own
            return before
        # nothing before it, but a question after it is still open: "退多少？多久能到账？" told
        # "这120元退给您" asks "多久能到账？…"
        still = [q for q in asking if q not in answered and folded.find(q) > at]
        if still:
            rest = (text if len(folded) == len(text) else folded)[folded.find(still[0]) :]
            # "…, and how much more is it?" said on its own: "How much more is it?"
            rest = re.sub(r"^(?:and|but|so)\s+", "", rest, flags=re.IGNORECASE)
            return rest[:1].upper() + rest[1:]
        return None


PRESS: dict[Language, str] = {"zh": "你先回答我：", "en": "You haven't answered me. "}
"""Before her question again, when the learner moved on without answering it."""


def pressed_question(
    scenario: Scenario,
    said: list[str],
    previous: str | None,
    evaluation: dict[str, Any] | None,
    reply: str = "",
) -> LineChoice | None:
    """Her last line's question again when it asked about a point (退多少？多久能到账？) and the
    learner's `reply` moved on without touching it: no point, topic or question of that tag, and
    nothing she reacts to instead (a claim, pressure, small talk, a question of the learner's, a
    concrete offer stating a figure: "12期免息" is news she answers, "以后我们注意" is not). A
    dismissal ("您先回去，等通知") gets her question again even when her line names no point."""
    if not said or previous is None or evaluation is None:
        return None
    if figures(reply, scenario.language):
        return None
    if evaluation.get("forbidden") or evaluation.get("pushy") or evaluation.get("off_topic"):
        return None
    if evaluation.get("asked"):
        return None
    stage_id, _, index = said[-1].partition(":")
    try:
        line = scenario.stage(stage_id).persona_lines[int(index)]
    except (KeyError, IndexError, ValueError):
        return None
    text = line.text.rstrip()
    dismissed = bool(evaluation.get("dismissal"))
    asking = questions_in(text)
    if dismissed and not asking:  # "那等的这一个小时呢？" asks, though by no question word
        asking = [s for s in sentences(text) if s.endswith(("?", "？"))][:1]
        if scenario.language == "zh":
            asking = [s.replace("?", "？") for s in asking]
    # sent away to wait, she asks again what she still lacks, though her line names no point
    if not (line.answers or dismissed) or line.agrees or not asking:
        return None
    if not previous.endswith(text) or previous.startswith(PRESS[scenario.language]):
        return None  # not her last line, or pressed once already
    left = Told(scenario, reply).unanswered_part(text, list(line.answers)) if line.answers else text
    if left != text:  # the reply gave what she asked (退一百二，三个工作日内到账)
        # …all of it, or she asks what is still open: "Breakfast comes included with it" after
        # "What's different about it, and how much more is it?" leaves "How much more is it?"
        asking = questions_in(left or "")
        if not asking:
            return None
    touched = {c["tag"] for c in evaluation.get("covered", []) if c.get("tag")}
    touched |= set(evaluation.get("topics", []))
    if touched & set(line.answers) and not (
        line.answers and HOW_LONG[scenario.language].search(text)
    ):
        # a reply on her question's subject answers it, unless she asked when: "钱会退回去的"
        # after 退多少？多久能到账？ touches the refund and leaves her question open
        return None
    if scenario.language == "zh":
        asking = [asking_clause(s) for s in asking]
    language = scenario.language
    if any(shared_words(content_words(q, language), reply.lower(), language) for q in asking):
        # "…含一次体测和两节私教体验课" after 能先体验一次再说吗？ takes her question up: she
        # answers what was said, not "你先回答我：" once more
        return None
    joiner = "" if language == "zh" else " "
    return LineChoice(
        text=PRESS[scenario.language] + joiner.join(asking),
        key=said[-1],
        answers=line.answers[0] if line.answers else None,
    )
