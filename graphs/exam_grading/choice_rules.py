"""The rule each option of a multiple choice tests, so a note names the options a learner got wrong.

A multiple choice of statements ("下列关于本守则的说法，哪些正确？") tests one rule an option: a
true option states it, a false one distorts it, and the item's explanation quotes every rule, one
line each (原文：“…”; 原文：“…”，题干将“12 mg”改成了“10 mg”; 'The material says: "…"; the statement
changes "12" to "10"'). The item's own `source_quote` is only its first rule, so a note quoting it
sent a learner who missed option B, or chose the false option C, to option A's rule, which she had
right (session 15 end teacher T8, end designer D8). Here each option is matched to the line it
rests on: the quote itself for a true option, the quote with its stated change made for a false
one. An option no line matches (an item whose options are values, a writer's free explanation)
has no rule of its own, and the note falls back to the item's source. A rule may quote words
itself (遵循"自愿参加"原则): its quote runs to the line's last closing mark before the change.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from graphs.exams import Question

_QUOTE = re.compile(r"[“\"](.+)[”\"]")
"""A line's quoted rule, from its first opening mark to its last closing one (greedy: the rule may
quote words of its own, 必须遵循"自愿参加"原则, and stopping at their mark cut it short)."""
_CHANGE = re.compile(
    r"(?:题干将|changes\s+)[“\"]([^”\"]+)[”\"]\s*(?:改成了|改为|to)\s*[“\"]([^”\"]+)[”\"]"
)
SAME_RULE_RATIO = 90
"""rapidfuzz ratio (0-100) from which an option is the line's rule as written (or as changed)."""


@dataclass(frozen=True)
class OptionRule:
    """One option the learner got wrong and the rule it tests."""

    key: str
    missed: bool
    """True: a correct option left out; False: a false option chosen."""
    rule: str
    """The material's sentence, as the explanation quotes it (a false option: the true rule)."""
    change: tuple[str, str] | None = None
    """A false option's (original, changed) words, as the explanation states them."""


def _lines(explanation: str) -> list[tuple[str, tuple[str, str] | None]]:
    """Each explanation line's quoted rule and its stated change, if any."""
    found = []
    for line in explanation.splitlines():
        change = _CHANGE.search(line)
        quote = _QUOTE.search(line[: change.start()] if change else line)
        if not quote:
            continue
        found.append(
            (quote.group(1).strip(), (change.group(1), change.group(2)) if change else None)
        )
    return found


def _folded(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.lower())


def option_rules(question: Question) -> dict[str, tuple[str, tuple[str, str] | None]]:
    """Each option's rule and, for a false option, its change; empty unless every option has a
    line of its own (a statement item whose explanation quotes each one)."""
    if question.type != "multiple_choice":
        return {}
    lines = _lines(question.explanation)
    if len(lines) < len(question.options) or not question.options:
        return {}
    rules: dict[str, tuple[str, tuple[str, str] | None]] = {}
    for option in question.options:
        text = _folded(option.text)
        scored = [
            (
                fuzz.ratio(text, _folded(rule.replace(change[0], change[1]) if change else rule)),
                rule,
                change,
            )
            for rule, change in lines
        ]
        ratio, rule, change = max(scored, key=lambda s: s[0])
        if ratio < SAME_RULE_RATIO:
            return {}
        rules[option.key.upper()] = (rule, change)
    if len({rule for rule, _ in rules.values()}) < len(rules):
        return {}  # two options on one line: not one rule an option
    return rules


def wrong_options(question: Question, response: Sequence[str]) -> list[OptionRule]:
    """The correct options the learner left out and the false ones she chose, in key order, each
    with its rule; empty when the options have no rule of their own (see `option_rules`)."""
    rules = option_rules(question)
    if not rules:
        return []
    keys = {k.upper() for k in question.answer}
    chosen = {k.upper() for k in response}
    faults = []
    for key in sorted(rules):
        missed, wrong = key in keys and key not in chosen, key in chosen and key not in keys
        if missed or wrong:
            rule, change = rules[key]
            faults.append(OptionRule(key, missed, rule, change if wrong else None))
    return faults


def faults_note(faults: Sequence[OptionRule], english: bool) -> str:
    """The missed and wrongly chosen options, each with the rule it tests, as the learner reads
    them: "漏选：B（原文：…）；错选：C（原文：…，选项将“12 mg”改成了“10 mg”）" /
    'Missed: B (the material says: "…") — Wrongly chosen: C (the material says: "…"; the option
    changes "12" to "10")'."""
    missed = [_one(f, english) for f in faults if f.missed]
    wrong = [_one(f, english) for f in faults if not f.missed]
    if english:
        parts = [f"Missed: {', '.join(missed)}"] if missed else []
        parts += [f"Wrongly chosen: {', '.join(wrong)}"] if wrong else []
        return " — ".join(parts)
    parts = [f"漏选：{'、'.join(missed)}"] if missed else []
    parts += [f"错选：{'、'.join(wrong)}"] if wrong else []
    return "；".join(parts)


def _one(fault: OptionRule, english: bool) -> str:
    rule = fault.rule.strip().rstrip("；;，,")
    if english:
        rule = rule if rule.endswith((".", "!", "?")) else rule + "."
        change = (
            f'; the option changes "{fault.change[0]}" to "{fault.change[1]}"'
            if fault.change
            else ""
        )
        return f'{fault.key} (the material says: "{rule}"{change})'
    rule = rule.rstrip("。")
    change = f"，选项将“{fault.change[0]}”改成了“{fault.change[1]}”" if fault.change else ""
    return f"{fault.key}（原文：{rule}{change}）"
