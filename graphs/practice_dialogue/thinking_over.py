"""A turn that leaves the decision to her: "那您再考虑考虑吧", "Well, have a think about it then",
"No pressure, you can tell me tomorrow", 「不着急，明天再给我答复也行」.

Said with no point and no question, it tells her nothing to react to: she answers where she
stands, with a line of hers that answers a call for her decision and does not agree (「我再想想
吧，现在还定不下来。」, "I don't know yet."), not the next line of her script (「听着还行…」 after
being brushed off, "We're just here for a quiet weekend" after "have a think"). Handing her the
decision is a move of the sale, not small talk (turn_moves.on_subject_by_move).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from graphs.exams import Language
from graphs.practice_dialogue.her_set_lines import LEAVING_UNDECIDED
from graphs.practice_dialogue.script_lines import LineChoice, lines_for, said_line
from graphs.practice_dialogue.signals import TurnText, sentences
from graphs.scenarios import PersonaLine, Scenario

THINK_IT_OVER: dict[Language, re.Pattern[str]] = {
    # 您/你/那/回去 before it: the learner's own 我再想想办法 leaves nothing to her
    "zh": re.compile(
        r"(?<!我)(?:[您你]|回去|那)(?:就|再|先|回去|好好)*(?:考虑|想想|想一想|琢磨)"
        # her time given to decide: 不着急做决定, 慢慢考虑, 明天再给我答复也行, 回头再告诉我
        # (不用着急 alone soothes a complaint: soothing.py's, no decision handed over)
        r"|不(?:用|必)?(?:着急|急)(?:着|于)?(?:做|下)?(?:决定|定|答复|回复|办|签)"
        r"|(?<!我)慢慢(?:考虑|决定|挑|选|想)"
        # released from deciding now: 您不必现在就办, 没必要马上定, 今天不办也没关系, 不勉强您
        r"|(?:不必|不用|没必要|用不着|不需要|无需)(?:今天|现在|马上|立刻|当场)?就?"
        r"(?:办|定|决定|签|买|答复)|不(?:办|定|买|签)(?:也|都)(?:没关系|没事|不要紧|行|可以)"
        r"|不勉强|不强求"
        # the choice left to her, curtly or not: 那随您吧, 您自己看着办, 您自己拿主意
        r"|随[您你](?:便|吧|的?意思|决定)|随[您你](?=$|[。！？，,.!?])|看着办"
        r"|[您你]自己(?:决定|定夺|拿主意)"
        r"|(?:明天|改天|回头|过两天|晚点)再?(?:给我|跟我)?(?:答复|回复|告诉我|决定|定)"
    ),
    "en": re.compile(
        r"\b(?:have a think|think (?:it|things) over|think about it|sleep on it|mull it over)\b"
        # her time given: "No pressure at all, you can decide tomorrow", "take your time"
        r"|\bno (?:pressure|rush|hurry)\b|\btake your time\b|\bin your own time\b"
        r"|\b(?:decide|let (?:me|us) know|tell (?:me|us)|get back to (?:me|us)|call (?:me|us) back)"
        r"\b[^.!?]{0,20}\b(?:tomorrow|later|another day|next week|whenever|at breakfast"
        r"|in the morning|when you(?:'re| are) ready|once you've decided)\b"
        # "let me know what you decide", "just let me know if you change your mind", "OK, let
        # me know." (not "let me know your account number")
        r"|\blet (?:me|us) know(?=\s*(?:[.!]|$)|\s+(?:what you (?:decide|think|want)"
        r"|if you (?:change your mind|decide|want it|would like|'d like)|when you(?:'ve| have)? decided?"
        r"|how you (?:want|would like|'d like) to (?:go|proceed)|either way))",
        re.IGNORECASE,
    ),
}
"""Words that hand her the decision to think over, or give her time to make it: a respectful
close, the opposite of pressure (no small talk either: turn_moves.on_subject_by_move)."""


def leaves_it_to_her(reply: str, language: Language) -> bool:
    """Whether the turn hands her the decision to think over."""
    return bool(THINK_IT_OVER[language].search(unicodedata.normalize("NFKC", reply)))


def leaves_only_it(scenario: Scenario, reply: str, asked: list[str], made: list[str]) -> bool:
    """The turn hands her the decision and asks nothing else: the topics it names are named only
    in the sentences that hand it over ("you can let me know at breakfast" names no breakfast to
    answer about) and it makes no point."""
    if asked or not leaves_it_to_her(reply, scenario.language):
        return False
    topics = {t.id: t for t in scenario.topics}
    if any(tag not in topics for tag in made):
        return False
    rest = [s for s in sentences(reply) if not leaves_it_to_her(s, scenario.language)]
    said = [TurnText.of(s, scenario.language) for s in rest]
    return not any(
        t.find(k) is not None for tag in made for k in topics[tag].keywords for t in said
    )


def undecided_or_leaving(
    scenario: Scenario,
    decisions: list[str],
    said: list[str],
    usable: Callable[[PersonaLine], bool],
    offered: bool,
) -> LineChoice | None:
    """Where she stands when the decision is left to her: her first unsaid undecided line
    (undecided_line); all said already ("我再想想吧" to 「您今天能定吗？」, then 「那您回去再琢磨
    琢磨」), she takes it away to think over once something was offered (her_set_lines'
    LEAVING_UNDECIDED), not her script's next doubt ("听着还行，可我怕又是办了不去" no more)."""
    line = undecided_line(scenario, decisions, said, usable)
    if line is not None or not offered:
        return line
    return LineChoice(
        text=LEAVING_UNDECIDED[scenario.language], answers=decisions[0] if decisions else ""
    )


def undecided_line(
    scenario: Scenario,
    decisions: list[str],
    said: list[str],
    usable: Callable[[PersonaLine], bool],
) -> LineChoice | None:
    """Her first unsaid line that answers a call for her decision (`decisions`: the tags of
    asking.decision_tags) without agreeing, or None."""
    for tag in decisions:
        for key, line in lines_for(scenario, tag):
            if not line.agrees and key not in said and usable(line):
                return said_line((key, line), tag)
    return None
