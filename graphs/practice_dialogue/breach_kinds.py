"""What kind of fault a breach is, so the hint after it says what to do instead (feedback.py).

A false promise is mended by saying only what the company can deliver; a wrong figure or a false
rule by saying what is true; pressure by letting her decide; a threat by holding no harm over her; sending her to a rival by
saying what we can do for her; running something down by comparing fairly; and a fault of tone (「您小声点」, brushing her off, making light of it, blaming her) by
answering her concern with respect, where "say only what the company can deliver" fits nothing;
her right to complain asked away (waived_rights.py) by leaving it hers, for no remedy buys it.
A breach is known by its label: the scenario's own claim or the label conduct.py gives.
"""

from __future__ import annotations

import re
from typing import Literal

from graphs.exams import Language

BreachKind = Literal[
    "rights", "threat", "pressure", "fact", "promise", "sent_away", "disparage", "tone"
]

KIND_CUES: tuple[tuple[BreachKind, re.Pattern[str]], ...] = (
    # before "pressure": 「签了…不能再投诉」 asks a signature, but what it takes is her right
    (
        "rights",
        re.compile(r"放弃投诉|追究的权利|right to complain|waive (?:her|the) rights?", re.I),
    ),
    # before "pressure": a harm held over her (a lawsuit, a worse room) is no hurry; "let her
    # decide" would mend nothing (session 21 P14 cmp-pushy's legal threat)
    ("threat", re.compile(r"威胁|threaten", re.I)),
    (
        "pressure",
        re.compile(
            r"施压|限时|抢购|名额|同意|擅自|替她办理|签字|好评|pressur|scarcity|consent|"
            r"deadline|review",
            re.I,
        ),
    ),
    (
        "fact",
        re.compile(
            r"谎报|谎称|虚假|说成|虚构涨价|编造|夸大办理|自己知道的价格|\bwrong\b|\bfalse\b|"
            r"rule requires|made-up|price you know|harder than it is",
            re.I,
        ),
    ),
    (
        "promise",
        re.compile(
            r"保证|承诺|免费|超出权限|替经理|guarantee|promis|\bfree\b|beyond|speaking for|"
            r"does not offer|cannot give|\bextra\b",
            re.I,
        ),
    ),
    # before "tone": her sent to a rival is mended by keeping her, not by a kinder tone
    ("sent_away", re.compile(r"推给竞争对手|推到别家|to a (?:competitor|rival)", re.I)),
    ("disparage", re.compile(r"贬低|belittl|running down|run down", re.I)),
    (
        "tone",
        re.compile(
            r"敷衍|打发|淡化|推卸|推给|推说|态度|质疑|争辩|人身|侮辱|嘲|挖苦|blam|insult|brush|"
            r"making light|buck|argu|person|nothing can be done|rude|tone",
            re.I,
        ),
    ),
)
"""The first kind whose cue the label holds; any other breach is a claim, mended by the truth
("Leaving will cost her a fee", "An unverifiable boast")."""
MENDS: dict[Language, dict[BreachKind, str]] = {
    "zh": {
        "rights": "投诉和追究的权利是客户自己的，补救不能拿它来换。",
        "threat": "别拿任何后果吓唬客户，评价和投诉都是{her_pos}权利。",
        "pressure": "让客户自己拿主意，别催{her}。",
        "fact": "只说真实、准确的信息。",
        "promise": "只说公司能兑现的话。",
        "sent_away": "别把客户往别家推，说清我们能为{her}做什么。",
        "disparage": "如实比较，不贬低别人。",
        "tone": "先认真回应客户的感受和诉求。",
    },
    "en": {
        "rights": "leave the customer's right to complain alone; no remedy is bought with it.",
        "threat": "never hold a harm over the customer; {her_pos} review and {her_pos} complaint are {her_pos} own.",
        "pressure": "let the customer decide in {her_pos} own time.",
        "fact": "say only what is true and exact.",
        "promise": "say only what the company can deliver.",
        "sent_away": "keep the customer: say what we can do for {her} instead of sending {her} elsewhere.",
        "disparage": "compare fairly, without running anything down.",
        "tone": "answer the customer's concern with respect.",
    },
}
"""What to do instead, by the breach's kind; {her} and {her_pos} are the customer's own words
(pronouns.py: 别催他 for 李先生)."""


def breach_kind(claim: str) -> BreachKind:
    """The kind of the breach named by `claim` (its label)."""
    return next((kind for kind, cue in KIND_CUES if cue.search(claim)), "fact")


def mend_for(claim: str, language: Language, who: dict[str, str]) -> str:
    """What to say instead of the breach, in the scenario's language, with `who` the words for
    the customer (pronouns.customer_words)."""
    return MENDS[language][breach_kind(claim)].format(**who)
