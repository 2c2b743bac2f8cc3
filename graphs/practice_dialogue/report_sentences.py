"""The report's sentences, in the scenario's language, composed from what happened in the session.

A rubric level's description is a claim about the session ("Asked, but she stayed unconvinced",
"方案含糊，没有时限", "Acknowledged her once"). Picked by score alone it was often false: a
closing scored low because the wrap-up was thin said she stayed unconvinced after she had said yes,
a remedy missing only its voucher said it had no time limit after "1到3个工作日到账", two
acknowledgements were "once". So the report quotes a criterion's top level only when the session
met it in full (for a closing: she said yes), and otherwise says what was done and what was not:
the points made and missing, her answer, the turns that showed empathy or asked, the rules broken
turn by turn, and the time limits the learner gave where the rubric speaks of one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from graphs.exams import Language
from graphs.practice_dialogue.feedback import FAMILY_NAMES, TIME_LIMIT_WORDS

_TEXT: dict[Language, dict[str, str]] = {
    "zh": {
        "sep": "。",
        "clause_sep": "；",
        "list": "；",
        "families": "、",
        "done": "做到：{items}",
        "partly": "只做到一部分：{items}（没有给出时限）",
        "half": "只做到一部分：{text}（没说到：{half}）",
        "missing": "没做到：{items}",
        "all_done": "{n} 个要点都做到了",
        "agreed": "客户同意了",
        "not_agreed": "客户没有同意",
        "accepted": "客户接受了其中一部分（{quotes}），但没有明确同意整个方案",
        "accepted_each": "客户逐项接受了所提的内容（{quotes}），但没有明确同意整个方案",
        "accepted_quote": "「{text}」",
        "mood": "客户最终情绪 {mood}",
        "last_words": "客户最后说：「{text}」",
        "limits": "给出的时限：{items}",
        "amounts": "说到的金额：{items}",
        "no_limit": "没有给出时限",
        "quoted": "「{text}」（第{turns}轮）",
        "warm": "{k}/{n} 轮表达了{families}：第{turns}轮",
        "no_warm": "{n} 轮中没有一轮表达共情、道歉或认可",
        "asked": "{k}/{n} 轮提了问题：第{turns}轮，其中问到客户需求或决定的 {needs} 轮",
        "no_questions": "{n} 轮中没有提问",
        "aside_questions": "{n} 轮中没有问到客户的需求或决定（第{turns}轮的提问是闲聊或泛泛而问）",
        "yes_only": "第{turns}轮的提问只是请客户拍板，没有问客户的情况",
        "clean": "没有禁止说法，也没有施压",
        "claim": "第{turn}轮：{claim}",
        "pushy": "第{turns}轮施压",
        "all_off_topic": "{n} 轮都在闲聊离题，没有谈到客户关心的事",
        "curt": "第{turns}轮语气生硬、没有礼貌用语",
        "small_talk": "第{turns}轮在闲聊，没有谈客户关心的事",
        "unshown": "开场之后没有做到任何一个要点，看不出是否诚实得体",
        "wrap": "{level}（{facts}）",
        "turn_sep": "、",
    },
    "en": {
        "sep": ". ",
        "clause_sep": "; ",
        "list": "; ",
        "families": ", ",
        "done": "done: {items}",
        "partly": "partly done: {items} (no time limit given)",
        "half": "partly done: {text} (not said: {half})",
        "missing": "not done: {items}",
        "all_done": "all {n} points done",
        "agreed": "the customer agreed",
        "not_agreed": "the customer did not agree",
        "accepted": "the customer accepted part of it ({quotes}) but gave no final yes",
        "accepted_each": "the customer accepted each part as it was offered ({quotes}) but gave no"
        " final yes",
        "accepted_quote": '"{text}"',
        "mood": "customer's final mood {mood}",
        "last_words": 'the customer\'s last words: "{text}"',
        "limits": "time limits given: {items}",
        "amounts": "amounts named: {items}",
        "no_limit": "no time limit given",
        "quoted": '"{text}" ({turns})',
        "warm": "{families} in {k}/{n} turns: {turns}",
        "no_warm": "no empathy, apology or acknowledgement in {n} turns",
        "asked": "questions in {k}/{n} turns: {turns}; {needs} of them about the customer's needs or decision",
        "no_questions": "no question in {n} turns",
        "aside_questions": "no question about the customer's needs or decision in {n} turns (the"
        " questions in {turns} were small talk or general)",
        "yes_only": "the questions in {turns} only asked for a decision, nothing about the customer",
        "clean": "no forbidden claim, no pressure",
        "claim": "turn {turn}: {claim}",
        "pushy": "pressure in {turns}",
        "all_off_topic": "off topic: none of the {n} turns spoke to what the customer came about",
        "curt": "curt, with no courtesy, in {turns}",
        "small_talk": "small talk, nothing of the customer's matter, in {turns}",
        "unshown": "no point of the brief made after the greeting, so no honesty shown",
        "wrap": "{level} ({facts})",
        "turn_sep": ", ",
    },
}

PRICE_WORDS = (
    "价格",
    "价钱",
    "收费",
    "费",
    "退款",
    "补偿",
    "金额",
    "price",
    "cost",
    "fee",
    "rate",
    "refund",
    "discount",
)
"""Words by which a rubric or a point speaks of money: there the report lists the amounts the
learner named (amounts.py)."""


def speaks_of_time_limits(texts: Sequence[str]) -> bool:
    """True when one of the authored texts (level descriptions, point texts) names a time limit."""
    lowered = " ".join(texts).lower()
    return any(word in lowered for word in TIME_LIMIT_WORDS)


def speaks_of_prices(texts: Sequence[str]) -> bool:
    """True when one of the authored texts names a price, a fee, a refund or a rate."""
    lowered = " ".join(texts).lower()
    return any(re.search(r"(?<![a-z])" + re.escape(word), lowered) for word in PRICE_WORDS)


@dataclass(frozen=True, kw_only=True)
class Facts:
    """What the report states about one criterion; each field only when it applies."""

    done: list[str] = field(default_factory=list)
    partly: list[str] = field(default_factory=list)
    """Points heard without the time limit they ask for, none given in the session."""
    halves: list[tuple[str, str]] = field(default_factory=list)
    """(point, the half not said) for a two-part point said only in part."""
    missing: list[str] = field(default_factory=list)
    agreed: bool | None = None
    """Her answer, for a closing: said yes, or not."""
    accepted: tuple[str, ...] = ()
    """Her words of consent to parts of it (行, 我收下, "Okay"), each as she said it, for a closing
    she gave no yes to."""
    mood: int | None = None
    last_words: str | None = None
    """Her last line, for a closing she did not agree to: what she said, not a mood figure ("I'm
    tired, please don't push me" is no "final mood 5")."""
    limits: list[tuple[int, str]] | None = None
    """(turn, limit as said) when the criterion speaks of time limits."""
    amounts: list[tuple[int, str]] | None = None
    """(turn, amount as said) when the criterion speaks of prices (only stated when some were)."""
    warm: dict[int, list[str]] | None = None
    """Turn -> the families heard (empathy, apology, acknowledgement), for an empathy criterion."""
    asked: list[int] | None = None
    asked_needs: int = 0
    asked_aside: list[int] = field(default_factory=list)
    """Turns with a question on no matter of hers (small talk, "Anything else?")."""
    asked_for_yes: list[int] = field(default_factory=list)
    """Turns whose questions only asked her yes ("Shall I book it?", question_aims.py)."""
    open_score: int | None = None
    """The questions' score with asks for her decision counted as side questions: the rubric's
    top level for open questions is met only by questions that find out her needs."""
    claims: list[tuple[int, str]] = field(default_factory=list)
    pushy: list[int] = field(default_factory=list)
    curt: list[int] = field(default_factory=list)
    """Turns that were a bare fragment with no courtesy (curt.py)."""
    off_topic: list[int] = field(default_factory=list)
    """Turns of small talk (a strength of tone needs none)."""
    small_talk: list[int] = field(default_factory=list)
    """Turns of small talk named in the tone line: those that cost it (report_tone.py)."""
    spoke_to_her: bool = False
    """The session made points: its tone was shown in what was said (report.py's strengths)."""
    unshown: bool = False
    """No point made past the opening to show honesty: no claim made is no evidence."""
    compliance: bool = False
    all_off_topic: bool = False
    turns: int = 0


def _turns(language: Language, turns: Sequence[int]) -> str:
    """ "1、3" in Chinese (inside 第…轮), "turn 1" or "turns 1, 3" in English."""
    listed = _TEXT[language]["turn_sep"].join(str(t) for t in turns)
    if language == "zh":
        return listed
    return f"turn {listed}" if len(turns) == 1 else f"turns {listed}"


def facts_sentence(language: Language, facts: Facts, *, inside: bool = False) -> str:
    """The facts as one line: what was done and not, her answer, time limits, turns; `inside`
    parentheses, the parts are joined as clauses, not sentences."""
    t = _TEXT[language]
    parts: list[str] = []
    if facts.agreed is not None and not facts.agreed and facts.accepted:
        # her 行 to what was offered, short of a yes to the whole
        quotes = t["families"].join(t["accepted_quote"].format(text=a) for a in facts.accepted)
        key = "accepted_each" if len(facts.accepted) > 1 else "accepted"
        parts.append(t[key].format(quotes=quotes))
    elif facts.agreed is not None:
        parts.append(t["agreed"] if facts.agreed else t["not_agreed"])
    if facts.done and not facts.missing and not facts.partly and not facts.halves:
        parts.append(t["all_done"].format(n=len(facts.done)))
    else:
        for key in ("done", "partly", "missing"):
            if items := getattr(facts, key):
                parts.append(t[key].format(items=t["list"].join(items)))
            if key == "partly":
                parts += [
                    t["half"].format(text=said_half(language, text, half), half=half)
                    for text, half in facts.halves
                ]
    if facts.limits is not None:
        if facts.limits:
            parts.append(t["limits"].format(items=_quoted(language, facts.limits)))
        elif not facts.partly:  # a partly done point already says no time limit was given
            parts.append(t["no_limit"])
    if facts.amounts:
        parts.append(t["amounts"].format(items=_quoted(language, facts.amounts)))
    if facts.last_words is not None:
        parts.append(t["last_words"].format(text=facts.last_words))
    elif facts.mood is not None:
        parts.append(t["mood"].format(mood=facts.mood))
    if facts.warm is not None:
        parts.append(_warm(language, facts))
    if facts.asked is not None:
        if facts.asked:
            parts.append(
                t["asked"].format(
                    turns=_turns(language, facts.asked),
                    k=len(facts.asked),
                    n=facts.turns,
                    needs=facts.asked_needs,
                )
            )
        elif facts.asked_aside:
            aside = _turns(language, facts.asked_aside)
            parts.append(t["aside_questions"].format(n=facts.turns, turns=aside))
        elif not facts.asked_for_yes:
            parts.append(t["no_questions"].format(n=facts.turns))
        if facts.asked_for_yes:
            parts.append(t["yes_only"].format(turns=_turns(language, facts.asked_for_yes)))
    if facts.compliance:
        parts.extend(_compliance(language, facts))
    return t["clause_sep" if inside else "sep"].join(parts)


def _quoted(language: Language, said: Sequence[tuple[int, str]]) -> str:
    """Figures as said with their turns; one repeated (in a recap) is listed once."""
    t = _TEXT[language]
    by_text: dict[str, list[int]] = {}
    for turn, text in said:
        by_text.setdefault(text, []).append(turn)
    return t["list"].join(
        t["quoted"].format(text=text, turns=_turns(language, turns))
        for text, turns in by_text.items()
    )


def _warm(language: Language, facts: Facts) -> str:
    t = _TEXT[language]
    warm = facts.warm or {}
    if not warm:
        return t["no_warm"].format(n=facts.turns)
    names = FAMILY_NAMES[language]
    families = dict.fromkeys(names.get(f, f) for fams in warm.values() for f in fams)
    return t["warm"].format(
        turns=_turns(language, sorted(warm)),
        families=t["families"].join(families),
        k=len(warm),
        n=facts.turns,
    )


def _compliance(language: Language, facts: Facts) -> list[str]:
    t = _TEXT[language]
    if facts.all_off_topic:
        return [t["all_off_topic"].format(n=facts.turns)]
    parts = [t["claim"].format(turn=turn, claim=claim) for turn, claim in facts.claims]
    if facts.pushy:
        parts.append(t["pushy"].format(turns=_turns(language, facts.pushy)))
    if facts.curt:
        parts.append(t["curt"].format(turns=_turns(language, facts.curt)))
    if facts.small_talk:
        parts.append(t["small_talk"].format(turns=_turns(language, facts.small_talk)))
    if facts.unshown:  # no claim made is no evidence (report.py gives 0)
        parts.append(t["unshown"])
    return parts or [t["clean"]]


def explanation(language: Language, top_level: str | None, facts: Facts) -> str:
    """The criterion's explanation: the rubric's top level when the session met it in full
    (`top_level`), with the facts behind it; otherwise the facts alone, as sentences."""
    faults = facts.claims or facts.pushy or facts.curt or (facts.compliance and facts.small_talk)
    if facts.compliance and faults:
        top_level = None  # "Honest and calm throughout" is not said of a session with faults
    if top_level is not None and facts.compliance:
        return top_level  # "Honest and calm throughout" says all there is
    if top_level is not None:
        said = facts_sentence(language, facts, inside=True)
        return _TEXT[language]["wrap"].format(level=top_level, facts=said) if said else top_level
    said = facts_sentence(language, facts)
    if not said:  # a stage with no points: nothing to state
        return ""
    if language == "zh":
        return said + "。"
    sentences = said.split(". ")
    return ". ".join(s[:1].upper() + s[1:] for s in sentences) + "."


_ADVICE: dict[Language, dict[str, str]] = {
    "zh": {
        "cover": "补上：{items}",
        "decide": "先消除客户的顾虑，再请客户做决定",
        "limit": "说清楚时限（例如几个工作日到账）",
        "empathy_none": "先回应客户的感受，再谈方案",
        "empathy_more": "多回应几次客户的感受（{k}/{n} 轮有）",
        "questions": "多用开放式问题了解需求",
        "questions_needs": "多问客户的需求和想法，而不只是客套的问题",
        "claims": "避免这样说：{items}",
        "pushy": "不要给客户施压",
        "unshown": "围绕客户关心的事如实说明，回答客户的问题",
        "curt": "把话说完整，用上礼貌用语",
        "off_topic": "回应客户关心的事，不要闲聊",
        "sep": "；",
    },
    "en": {
        "cover": "cover: {items}",
        "decide": "clear the doubts before asking for a decision",
        "limit": "say by when it will be done",
        "empathy_none": "acknowledge the customer's feelings before offering options",
        "empathy_more": "acknowledge the customer's feelings more than once ({k} of {n} turns did)",
        "questions": "ask open questions to find the customer's needs",
        "questions_needs": "ask about the customer's needs and decision, not only side questions",
        "claims": "avoid saying: {items}",
        "pushy": "do not pressure the customer",
        "unshown": "speak to what the customer came about and answer honestly",
        "curt": "speak in full, polite sentences",
        "off_topic": "answer what the customer raises; no small talk",
        "sep": "; ",
    },
}


_JOINS = "、，,并且 "
"""What joins a Chinese point's halves, left at the cut when one half is taken out."""


def said_half(language: Language, text: str, half: str) -> str:
    """What a Chinese two-part point's text says was done: the text without the half not said
    (只做到一部分：说明离地铁近（没说到：营业到晚上 11 点…）, never the unsaid half listed as done
    too). English names the whole point, the unsaid half after "not said"; a half that is no
    part of the text (如实的时限) leaves it whole."""
    if language != "zh" or not half or half not in text:
        return text
    said = text.replace(half, "", 1).strip(_JOINS)
    return said or text


def advice(language: Language, facts: Facts, *, measures: str) -> str:
    """What to do to improve the criterion, from the same facts as its explanation."""
    a = _ADVICE[language]
    if measures in ("stage_coverage", "closing"):
        unsaid = [*(half for _, half in facts.halves), *facts.missing]
        items = [a["cover"].format(items=a["sep"].join(unsaid))] if unsaid else []
        if facts.limits == [] and (facts.partly or facts.missing):
            items.append(a["limit"])
        if not items:
            items.append(a["decide"])
        return a["sep"].join(items)
    if measures == "empathy":
        if facts.warm:
            return a["empathy_more"].format(k=len(facts.warm), n=facts.turns)
        return a["empathy_none"]
    if measures == "questions":
        return a["questions_needs"] if facts.asked and not facts.asked_needs else a["questions"]
    if facts.all_off_topic:
        return a["off_topic"]
    items = []
    if facts.claims:
        claims = dict.fromkeys(claim for _, claim in facts.claims)
        items.append(a["claims"].format(items=a["sep"].join(claims)))
    if facts.pushy:
        items.append(a["pushy"])
    if facts.curt:
        items.append(a["curt"])
    if facts.off_topic:
        items.append(a["off_topic"])
    if facts.unshown and not facts.off_topic:  # 0 for saying nothing of her matter: no pressure
        items.append(a["unshown"])
    return a["sep"].join(items) or a["pushy"]
