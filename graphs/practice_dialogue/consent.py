"""Her consent, for the evaluator: a move done on her booking or her card is a break before her
yes and none after it.

- After her yes (a line of hers the author marked `agrees`, or a plain yes: "Okay, you've
  convinced me. Let's do it.", 「好，那就这么定了」), "I've moved you to the suite" carries out
  what she agreed to: the scenario's claim of acting without her consent is dropped.
- Before it, the deal done or paid for unasked ("Great, I've already changed it on the system"
  after "The standard room is probably fine", 「我现在就给您开单」; affronts.py hears it as she
  does) is that claim, in whatever words.
- A remark on her person (「您看您这身材也该练练了」, "at your age") is the scenario's claim of
  insulting her, or a plain label.
- The rival she just named run down as 他们 / "they" (rival_after_her.py) is read against her
  line too.
- Her right to complain asked of her in return (「签了…以后不能再投诉了」: waived_rights.py) is a
  breach whether she said yes or not: no yes of hers gives it up.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from graphs.practice_dialogue.affronts import affront_in
from graphs.practice_dialogue.claims import claim_label, claims_said
from graphs.practice_dialogue.pronouns import customer_words
from graphs.practice_dialogue.quotes import clipped_quote, in_own_text
from graphs.practice_dialogue.rival_after_her import rival_run_down_after_her
from graphs.practice_dialogue.waived_rights import rights_given_up
from graphs.scenarios import Scenario

CONSENT_CLAIM = re.compile(r"consent|同意|擅自|强行", re.IGNORECASE)
"""A forbidden claim of acting for her without her yes, by its wording."""
INSULT_CLAIM = re.compile(r"insult|rude|侮辱|人身|嘲|挖苦", re.IGNORECASE)
"""A forbidden claim of insulting her, by its wording."""
PERSONAL_LABEL = {"zh": "对客户进行人身评价", "en": "A remark on the customer's person"}
UNASKED_LABEL = {
    "zh": "未经客户同意替{her}办理",
    "en": "Acting for the customer without {her_pos} consent",
}
"""Acting for her before her yes where the scenario forbids it under no claim of its own; in the
customer's own pronoun (pronouns.py: 替他办理 for 李先生)."""
DONE_MOVE = re.compile(
    r"\b(?:i've|i have|we've|we have)(?: just| already| now)* (?:switched|moved|changed|upgraded|"
    r"transferred|booked|signed|put|registered|enrolled|entered|added) (?:you|it|that|your)\b"
    r"|\b(?:just|go ahead and) (?:pay|tap your card|pop your card in|put your card in)\b"
    r"|已经(?:给|帮)?[您你](?:换|改|升级|转|调)(?:好|成|到|了)"
    r"|已经(?:给|帮)?[您你]?(?:录入|录进|登记|报上名|报名|开通|办理|建档|下了单)"
    r"|[您你](?:就)?先(?:刷卡|扫码|付款|付钱|交钱|买单|交定金|付定金)"
    # done ahead of her yes in other words: "I've gone ahead and signed you up", "I've taken the
    # liberty of renewing it", 「我已经用您的手机号把卡开好了」 (issue 12: missed)
    r"|\b(?:i've|i have|we've|we have) (?:already |just )?(?:gone ahead and|taken the liberty of)"
    r" (?:sign|switch|mov|put|book|enrol|regist|renew|upgrad|chang|set|transfer|add)\w*"
    r"|\b(?:i've|i have|we've|we have)(?: just| already)* (?:signed you up|set you up|renewed your)"
    r"|(?:我|我们|这边)(?:这边)?已经[^，,。！!？?]{0,14}(?:卡|会员|套餐|合同|合约|账户|账号|课程?|分期|单子)"
    r"[^，,。！!？?]{0,3}(?:开好|办好|签好|开通|注册好|弄好|办上|开上|续上)",
    re.IGNORECASE,
)
"""Her booking changed or entered as done, or her payment asked before anything else, in words
affronts.py may not know ("I've switched you over", 「我已经帮您录入系统了」, 「您先刷卡吧」)."""
PLAIN_YES = re.compile(
    r"convinced me|let's do it|let's go for it|i'll take it|go on,? then|deal\b|sounds good|"
    r"you've got a deal|that's all sorted|好，那就|那就这么定|就这么定了|那就办|行，就|我同意",
    re.IGNORECASE,
)
"""A yes in her words when the author marked none of her lines as one."""


def she_said_yes(scenario: Scenario, line: str) -> bool:
    """The line is one of her lines that say yes, or says yes plainly."""
    yes = [p.text for s in scenario.stages for p in s.persona_lines if p.agrees]
    return any(text in line for text in yes) or bool(PLAIN_YES.search(line))


def _claim(scenario: Scenario, wording: re.Pattern[str]) -> str | None:
    claims = [c.claim for s in scenario.stages for c in s.forbidden_claims]
    return next((c for c in claims if wording.search(c)), None)


def with_consent(
    scenario: Scenario, reply: str, her_lines: Sequence[str], forbidden: list[str]
) -> list[str]:
    """The turn's forbidden claims, read against her yes (see the module docstring)."""
    consent = _claim(scenario, CONSENT_CLAIM)
    agreed = any(she_said_yes(scenario, line) for line in her_lines[1:])
    made = [c for c in forbidden if not (agreed and CONSENT_CLAIM.search(c))]
    affront = affront_in(reply, scenario.language)
    if affront is None and DONE_MOVE.search(reply):
        affront = "forced"
    if affront == "forced" and not agreed:
        unasked = consent or UNASKED_LABEL[scenario.language].format(**customer_words(scenario))
        if unasked not in made:
            made.append(unasked)
    if affront == "personal":
        insult = _claim(scenario, INSULT_CLAIM) or PERSONAL_LABEL[scenario.language]
        if insult not in made:
            made.append(insult)
    # the rival she just named, run down as 他们 / "they" (rival_after_her.py)
    rival = rival_run_down_after_her(scenario, reply, her_lines)
    if rival and rival not in made:
        made.append(rival)
    waived = rights_given_up(scenario, reply)
    if waived and waived not in made:
        made.append(waived)
    return made


def labelled(
    scenario: Scenario, reply: str, forbidden: list[str], added: list[str]
) -> dict[str, str]:
    """Each claim with the learner's words for it (claims.claims_said); one heard from the whole
    turn (`added`: by `with_consent`, or a brush-off, conduct.brush_off) quotes the turn."""
    said = {c: q for c, q in claims_said(scenario, reply).items() if c in forbidden}
    quote = clipped_quote(reply.strip())
    said |= {c: claim_label(scenario, c, quote, False) for c in added if c not in said}
    return {c: in_own_text(label, reply) for c, label in said.items()}
