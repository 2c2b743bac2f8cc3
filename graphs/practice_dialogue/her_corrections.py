"""Her corrections of the learner's false claims: a fact's `line` or a forbidden claim's `line`
(私教课免费 gets the two trial sessions, "exit fee" the ended contract).

A turn that makes two claims she can correct ("隔壁那家设备旧……我们私教课免费") gets both, in
the order the learner said them (by where the claim's quote stands in the turn), not only the
first of the scenario's list. A correction she has made once is not made again (the lie again
gets her disbelief); one opening with an echo of a figure nobody said loses the echo; one asking
what the learner has told her loses the question ("What would it cost?" after a price). A claim
she has corrected once, made again, does not keep her from answering the rest of the turn
(`corrected_before`): 「抛光是医生觉得您需要才做的」 after 「别找借口…医生做主也好…」 gets her
answer on the polishing, not her next grievance.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from graphs.exams import Language
from graphs.practice_dialogue.figures import figures
from graphs.scenarios import Scenario

if TYPE_CHECKING:
    from collections.abc import Sequence

    from graphs.practice_dialogue.her_questions import Told

MOST = 2
"""Corrections said in one line: a third claim waits (a line of three reads as a list)."""
_ECHO_HEAD = re.compile(r"^[^。！？!?.]{1,12}[？?]\s*")
_QUOTE = re.compile(r"「([^」]+)」")


def correction(line: str, reply: str, language: Language) -> str:
    """A fact's correction without an opening echo of a figure the learner did not say: "一个
    月？你们前台说的可是一到三个工作日！" told "退款今天就能到账" starts at 你们前台."""
    head = _ECHO_HEAD.match(line)
    if head is None or head.end() == len(line):
        return line
    echoed = figures(head.group(), language)
    said = figures(reply, language)
    if echoed and not any(e.matches(f) for e in echoed for f in said):
        return line[head.end() :]
    return line


def _said_at(evaluation: dict[str, Any], claim: str, reply: str) -> int:
    """Where in the turn the claim was made (its quote's place; the end when unknown)."""
    quoted = _QUOTE.search(evaluation.get("claims_said", {}).get(claim, ""))
    at = reply.find(quoted.group(1)) if quoted else -1
    return at if at >= 0 else len(reply)


def corrections_for(
    scenario: Scenario,
    evaluation: dict[str, Any],
    reply: str,
    said_before: Sequence[str],
    told: Told,
) -> str | None:
    """Her corrections of the turn's claims, in the order made (see the module docstring), or
    None when she has none to make."""
    truths = [(fact.claim, fact.line) for fact in scenario.facts]
    truths += [(c.claim, c.line) for s in scenario.stages for c in s.forbidden_claims]
    made = evaluation.get("forbidden", [])
    found = []
    for claim, truth in truths:
        if claim not in made or not truth:
            continue
        corrected = correction(truth, reply, scenario.language)
        if any(corrected in earlier for earlier in said_before):
            continue  # told once: the lie again gets her disbelief, not the same words
        # "Hold on, I haven't agreed to anything yet." without "What would it cost?" when the
        # learner has told the price
        found.append(
            (_said_at(evaluation, claim, reply), told.unanswered_part(corrected, []) or corrected)
        )
    if not found:
        return None
    ordered = _each_truth_once(
        [text for _, text in sorted(found, key=lambda item: item[0])], reply, scenario.language
    )[:MOST]
    return ("" if scenario.language == "zh" else " ").join(ordered)


def _each_truth_once(corrections: list[str], reply: str, language: Language) -> list[str]:
    """The corrections less any that states again a figure an earlier one gives as the truth: one
    discount claim read both as 打折 and as a wrong price is corrected once (「打折？前台刚跟我说
    年卡就是三千九百八…三千出头？你们前台刚跟我说的可是三千九百八…」 said the same thing twice).
    A figure the learner said is an echo, no truth."""
    said = figures(reply, language)
    kept: list[str] = []
    stated: list[Any] = []
    for text in dict.fromkeys(corrections):
        truths = [f for f in figures(text, language) if not any(f.matches(s) for s in said)]
        if any(t.matches(s) for t in truths for s in stated):
            continue
        kept.append(text)
        stated += truths
    return kept


def corrected_before(
    scenario: Scenario, evaluation: dict[str, Any], said_before: Sequence[str]
) -> bool:
    """Every claim the turn makes is one she has corrected already, by its own line: she has
    said what is true, and answers what else the turn says."""
    truths = {fact.claim: fact.line for fact in scenario.facts}
    truths |= {c.claim: c.line for s in scenario.stages for c in s.forbidden_claims}
    made = evaluation.get("forbidden", [])
    lines = [truths.get(claim) for claim in made]
    return bool(made) and all(
        line and any(line in earlier for earlier in said_before) for line in lines
    )
