"""Why a point's cue heard in a sentence does not make the point: what no trainer credits.

A cue heard does not make the point when the sentence:
- hedges an offer ("might be some sort of deal", 回头帮您问问看能不能退, 尽量);
- ends by denying it ("分期的话，我们这儿暂时是没有的");
- promises only in general words (以后我们多注意, 尽量改进) where a concrete change is asked;
- speaks of an improvement with no time from now on ("退款办好了会有短信通知您": news of this
  case, not a change for next time; "退回去以后" is "after", not "from now on");
- names the rival without a fact about it ("the other provider will probably be just as bad");
- defends a charge where the point asks to check it with her (抛光是医生建议做的，对牙齿有好处),
  or names the charge with no word of checking it (抛光费可以给您退了 waives it);
- names a price without its figure, or gives a part where the whole is asked (unmade_sums.py);
- asks of her time with a question of what or which, or of her pastimes, that asks nothing of
  when ("您平时想练什么呀？" asks what she wants to train, "您平时喜欢看电影吗？" asks of films: 平时
  is no question of her hours);
- leaves the next step's time to her ("您考虑好了随时来找我办理", "whenever you're ready");
- passes the matter on (这个我管不了，您得找医生);
- lists everything on offer where the point asks for what fits her (游泳池、瑜伽室…什么都有;
  私教课，团课也很多，游泳池、桑拿都有: a list closed by 都有 that names nothing of hers);
- asks her to ring ("下次您来之前提前打个电话", "just give us a call") where the point asks the
  learner to leave a contact or promise a follow-up: the work put on her, no contact given;
- calls the price a good deal and nothing more ("it's a good deal, most guests take it") where
  the point asks for the price in terms of value: a verdict, not what the money buys;
- tells her not to feel what the cue names (先别着急, 您别激动, don't get upset): calming her
  down is no understanding of her feelings;
- says the stock goodbye ("enjoy your stay", "have a lovely evening") where the point asks for a
  wish of her occasion: every guest hears it;
- asks "why" only in a suggestion ("Why don't you tell me what price would make you stay?");
- asks her for her own number or ID (麻烦报一下您的手机号, "could I take your number?") where the
  point asks the learner to leave a contact or promise a follow-up, and says no way of reaching
  her back;
- puts the matter off to someone else (这笔费用我回头跟主任确认一下, "I'll check with my
  manager"): nothing is confirmed or checked with her yet;
- only puts a step in her way (要退的话得走流程, "cancellation takes 30 days": obstacles.py);
- gives the instalment of a payment plan where the point asks for the price split per day or
  use (分12期，每个月三百三: split_units.py).

A point that asks for what fits her is also heard against the whole turn (point_fit.py), and so
is one about the rival (point_gates.rival_unnamed).
"""

from __future__ import annotations

import re

from graphs.exams import Language
from graphs.practice_dialogue.chat_words import OUTINGS, PASTIME
from graphs.practice_dialogue.deflection import DEFLECTION, HELPLESS
from graphs.practice_dialogue.obstacles import obstacle_only
from graphs.practice_dialogue.phrases import question_starts
from graphs.practice_dialogue.process_changes import PROCESS_CHANGE
from graphs.practice_dialogue.split_units import instalment_only
from graphs.practice_dialogue.unmade_kinds import (
    CHARGE_CHECK_POINT,
    CHECKED,
    CONTACT_POINT,
    HER_NUMBER,
    JUSTIFIES,
    PROPOSING,
    REACHES_HER,
    SHE_CALLS,
    SUGGESTION,
    TELL_ME,
)
from graphs.practice_dialogue.unmade_sums import figure_said, sum_unmade
from graphs.scenarios import Point, Scenario

HEDGES: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(
        r"(?:我|我们|咱们|这边|那边)[^，,。；;]{0,4}(?:可能|也许|或许|尽量|争取)|看(?:看)?能不能|"
        r"问问|回头再|不一定|试试看|不太?清楚|不确定|说不准|不好说|可能也?行|应该也?行吧"
    ),
    "en": re.compile(
        r"\b(?:i|we|there)(?:'d|'ll| would| will| could)? (?:might|may)\b|\b(?:maybe|perhaps|"
        r"possibly) (?:i|we)\b|\bsome (?:sort|kind) of\b|\bsee what i can do\b|\bi'll try\b|"
        r"\bi(?:'d|'ll| would| will) (?:have|need) to (?:check|ask|see)\b|\bnot sure (?:if|whether)"
        r" (?:i|we)\b|\b(?:might|may) be able to\b|\bat some point\b",
        re.IGNORECASE,
    ),
}
"""The learner hedging what they offer ("there might be", 我们这边可能, 回头帮您问问看能不能):
no offer yet. Advice hedged ("might be worth checking their price after the intro") is not
the learner's offer and stays credited."""
DENIAL_AT_END = re.compile(
    r"(?:没有|没什么(?:可以)?(?:给|送|补)?(?:您|你)?|不提供|不支持|办不了|做不了|给不了|没法办|"
    r"没办法|不开放|不能办)(?:的|了|呢|啊|哦|哈)*\s*[。.!！]?$"
)
"""A sentence that names an offer and ends by denying it ("分期的话，我们这儿暂时是没有的")."""
GENERAL_WORDS = re.compile(
    r"^(?:以后|今后|将来|下次|往后|改进|改善|注意|加强|提高|完善|流程|improve|improvements?|"
    r"in future|next time|do better)$",
    re.IGNORECASE,
)
"""Cues that promise in general words: with nothing concrete beside them, no commitment."""
CONCRETE: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(
        r"\d|电话|短信|微信|通知|提醒|告知|告诉|安排|预留|专人|前台|系统|每次|提前|排班|叫号|"
        r"号|时段|优先|记录|事先|之前|确认|征求|同意"
    ),
    "en": re.compile(
        r"\d|\b(?:call|text|email|message|notify|let you know|rota|system|ahead|before|book|"
        r"schedule|slot|priority|every time)\b",
        re.IGNORECASE,
    ),
}
"""A detail that makes a commitment concrete: a figure, a channel, a who or a when (before the
work is done: "以后做额外项目之前，先跟您确认价格")."""
IMPROVEMENT_POINT = re.compile(r"改进|改善|措施|improve|prevent", re.IGNORECASE)
"""A point that asks for a change for next time (by its text)."""
FROM_NOW_ON: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(
        r"(?<![去来了完好到上下过掉回账])(?:以后|之后)|今后|往后|将来|下次|下回|再有|每次|"
        r"改成|改为|换成"
        # whenever it happens: 如果有延误, 要是再碰到, 一旦出现
        r"|(?:如果|要是|万一|一旦|假如|只要|凡是)(?:再|又|还)?(?:有|碰到|遇到|出现|发生|赶上)"
        r"|再(?:碰到|遇到|出现|发生|赶上)"
        # a standing rule for the staff: 我们也会提醒医生做额外项目前必须先说明费用
        r"|(?:也|都|还)会(?:再)?(?:提醒|要求|培训|叮嘱|交代|规定)|(?:必须|一律|一定要|都要)(?:先|提前)"
        rf"|{PROCESS_CHANGE['zh'].pattern}"  # 把流程改掉: for every later visit
    ),
    "en": re.compile(
        r"\b(?:from now on|in future|in the future|next time|going forward|again)\b"
        r"|\bwhenever\b|\bif ever\b|\bshould there (?:ever )?be\b"
        r"|\bif there(?:'s| is| are)? ever\b|\bany time (?:there's|there is|we're|we are)\b"
        # a standing rule for the staff: "we'll also remind the drivers to always ring first"
        r"|\b(?:we'll|we will) (?:also )?(?:remind|brief|train|ask) (?:all )?(?:our|the) \w+ to\b"
        r"|\b(?:must|will) always\b"
        rf"|{PROCESS_CHANGE['en'].pattern}",
        re.I,
    ),
}
"""A time from now on, or a change (改成); 以后 or 之后 right after a verb ("退回去以后",
"到账之后") is "after", not "from now on". A rule for whenever it happens is one too: "如果有延误
我们会提前电话告诉您", "whenever we're running late we'll text you" promise a change for every
visit to come, not news of this one; so is a rule the staff are held to ("我们也会提醒医生…必须先
说明费用")."""
RIVAL = re.compile(
    r"other (?:company|provider|providers|lot|one|gym|hotel)|\brival|competitor|^compare$|"
    r"^switching$|隔壁|别家|那家|其他健身房|比较",
    re.IGNORECASE,
)
"""Cues that only name the rival or the act of comparing."""
TIME_POINT = re.compile(r"作息|schedule|availability", re.IGNORECASE)
"""A point that asks of her time (by its text)."""
WHEN_ASKED: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(
        r"时候|时间|几点|哪天|哪几天|星期几|周几|有空|方便|下班|上班|加班|周末|工作日|早上|晚上|"
        r"上午|下午|中午|每周|一周|几次|多久|作息|习惯"
    ),
    "en": re.compile(
        r"\bwhen\b|what time|how often|which days?|evenings?|mornings?|weekends?|schedule|hours|"
        r"free time|after work",
        re.IGNORECASE,
    ),
}
"""A question that asks when: her hours, days, how often or her routine (锻炼的习惯)."""
WHEN_INTERROGATIVE: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(r"什么时候|啥时候|几点|哪天|哪几天|星期几|周几|有空|多久|几次|时间"),
    "en": re.compile(r"\bwhen\b|what time|how often|which days?|free time", re.IGNORECASE),
}
"""A question that asks when by its question word, not by a time word that frames it."""
ASKS_WHAT: dict[Language, re.Pattern[str]] = {
    # a choice of things asks what too: 您平时是想减肥还是增肌？
    "zh": re.compile(r"什么(?!时)|哪种|哪些|哪个|哪类|啥(?!时)|还是"),
    "en": re.compile(r"\bwhat\b(?! time)|\bwhich\b(?! days?)|\bor\b", re.IGNORECASE),
}
"""A question that asks what or which ("您平时想练什么？"): it asks of a thing, not of when (a
yes-or-no question of her habits, "您平时会去跑跑步吗？", is one of her routine)."""
ASKING_CLAUSE = re.compile(r"[，,：:；;]")
"""Where a question's last clause, the one that asks, begins ("我周末刚看完一部电影，您平时…吗？")."""
STEP_POINT = re.compile(r"具体|下一步|next steps?\b|concrete|specific", re.IGNORECASE)
"""A point that asks for a concrete next step (by its text)."""
OPEN_TIME: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(r"随时|有空|改天|回头|考虑好了|想好了|到时候再|以后再说"),
    "en": re.compile(
        r"\b(?:whenever|any ?time|at some point|some ?time|when you're ready|if you change your"
        r" mind)\b",
        re.IGNORECASE,
    ),
}
"""A time left to her ("您考虑好了随时来找我办理", "whenever you're ready"): no next step yet."""
EVERYTHING: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(r"什么都有|应有尽有|样样都有|全都有|一应俱全|啥都有"),
    "en": re.compile(r"\beverything\b|\byou name it\b|\ball sorts of\b", re.IGNORECASE),
}
"""A list of everything on offer ("还有游泳池、瑜伽室、团课，什么都有")."""
LIST_CLOSED: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(r"[、，,和][^，,。、；;]{1,8}(?:也)?都有"),
    "en": re.compile(r"\b(?:we've|we have) got (?:it )?all\b", re.IGNORECASE),
}
"""A list of facilities closed by 都有 ("游泳池、桑拿都有")."""
HERS: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(r"[您你]"),
    "en": re.compile(r"\byou(?:r)?\b", re.IGNORECASE),
}
"""A word of hers: a list said to her needs names her."""
MATCH_POINT = re.compile(r"匹配|适合|match|as a fit|fit for", re.IGNORECASE)
"""A point that asks for what fits her (by its text): a list of everything fits no one."""

VALUE_POINT = re.compile(r"价值|\bvalue\b|in terms of", re.IGNORECASE)
"""A point that asks for the price put in terms of value (by its text)."""
VERDICT = re.compile(r"(?:a )?(?:good|great|real) deal|(?:a )?bargain|(?:a )?steal", re.IGNORECASE)
"""A cue that only judges the price ("a good deal", "a bargain"): no word of what it buys."""


CALMING: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(r"(?:(?<![特分区级])别|不要|甭|用不着)(?:太|那么|这么)?$"),
    "en": re.compile(r"\b(?:don't|do not|no need to)(?: be| get)?(?: so)? $", re.IGNORECASE),
}
"""What comes just before a feeling she is told not to have (先别|don't get)."""


WISH_POINT = re.compile(r"^wish\b|^祝", re.IGNORECASE)
"""A point that asks for a wish of her occasion (by its text)."""
STOCK_GOODBYE = re.compile(
    r"^(?:enjoy (?:your|the) (?:stay|evening|weekend|night|trip)|have a (?:nice|good|lovely|great|"
    r"wonderful) (?:day|evening|night|stay|weekend|trip)|祝您?(?:生活|入住)?愉快|慢走)$",
    re.IGNORECASE,
)
"""A goodbye said to every guest: no wish of her occasion."""
CHECK_WITH_OTHER: dict[Language, re.Pattern[str]] = {
    "zh": re.compile(
        r"(?:跟|和|找|向)(?![您你])[^，,。；;？?]{1,6}(?:确认|核实|核对|商量|请示|了解)(?:一下)?"
    ),
    "en": re.compile(
        r"\b(?:check|confirm|double-check|sort (?:it|this|that) out) with (?!you\b)(?:the|my|our|"
        r"a)\b",
        re.IGNORECASE,
    ),
}
"""The learner putting the matter to someone else first (跟医生确认一下, "check with my manager")."""


def _asks_of_pastime(raw: str, asks_from: int, language: Language) -> bool:
    """The question asks of her pastimes and of no time, read from the clause where its asking
    begins ("我周末刚看完一部电影，您平时喜欢看电影吗？": the weekend is the learner's own)."""
    start = max((m.end() for m in ASKING_CLAUSE.finditer(raw[:asks_from])), default=0)
    asking = raw[start:]
    if OUTINGS[language].search(asking) and not WHEN_INTERROGATIVE[language].search(asking):
        return True  # 「您平时周末喜欢去哪儿玩？」: the weekend frames where she goes for fun
    return bool(PASTIME[language].search(asking)) and not WHEN_ASKED[language].search(asking)


def told_not_to_feel(cue: str, raw: str, language: Language) -> bool:
    """Every time the cue is said, it follows a calming imperative (先别着急, don't get upset)."""
    found = [m.start() for m in re.finditer(re.escape(cue), raw, re.IGNORECASE)]
    return bool(found) and all(CALMING[language].search(raw[max(0, i - 12) : i]) for i in found)


def not_credited(
    scenario: Scenario,
    stage_id: str,
    point: Point,
    cues: list[str],
    raw: str,
    *,
    priced: bool = False,
) -> bool:
    """True when the sentence names the point but a trainer would not credit it (module
    docstring). `priced`: the sentence states a sum the learner may offer (authorised_offers.py),
    a price even without a currency ("the 500 Mb deal for 36")."""
    language = scenario.language
    position = scenario.stage_index(stage_id)
    offered = 0 < position < scenario.stage_index(scenario.end.goal_stage) and not point.by_asking
    has_figure = figure_said(raw, language)
    hedged = offered and bool(HEDGES[language].search(raw))
    denied = offered and language == "zh" and bool(DENIAL_AT_END.search(raw.strip()))
    vague = (
        not point.by_asking
        and all(GENERAL_WORDS.match(c) for c in cues)
        and not CONCRETE[language].search(raw)
    )
    not_for_next_time = bool(IMPROVEMENT_POINT.search(point.text)) and not FROM_NOW_ON[
        language
    ].search(raw)
    suggested = (
        point.by_asking and all(c.lower() == "why" for c in cues) and bool(SUGGESTION.search(raw))
    )
    # 「要不您先体验一周再决定？」 proposes a trial: its 一周 asks nothing of her week (the lead's
    # session-20 case); her decision asked in the goal stage is a proposal's own point
    proposed = (
        point.by_asking
        and position < scenario.stage_index(scenario.end.goal_stage)
        and bool(PROPOSING[language].search(raw.strip()))
        and not TELL_ME[language].search(raw)
    )
    justified = bool(CHARGE_CHECK_POINT.search(point.text)) and bool(
        JUSTIFIES[language].search(raw) or not CHECKED[language].search(raw)
    )
    rival_named_only = (
        any(RIVAL.search(k) for k in point.keywords)
        and all(RIVAL.search(c) for c in cues)
        and not has_figure
    )
    step_left_open = (
        bool(STEP_POINT.search(point.text))
        and bool(OPEN_TIME[language].search(raw))
        and not has_figure
    )
    asks_from = question_starts(raw)
    when_not_asked = (
        point.by_asking
        and bool(TIME_POINT.search(point.text))
        and asks_from is not None
        and (
            bool(ASKS_WHAT[language].search(raw) and not WHEN_ASKED[language].search(raw))
            or _asks_of_pastime(raw, asks_from, language)
        )
    )
    deflected = not point.by_asking and bool(
        DEFLECTION[language].search(raw) or HELPLESS[language].search(raw)
    )
    listed = bool(MATCH_POINT.search(point.text)) and (
        bool(EVERYTHING[language].search(raw))
        or raw.count("、") >= 3
        or (bool(LIST_CLOSED[language].search(raw)) and not HERS[language].search(raw))
    )
    her_call = (
        bool(CONTACT_POINT.search(point.text))
        and bool(SHE_CALLS[language].search(raw))
        and not REACHES_HER[language].search(raw)
    )
    # a question of her pastimes names no point of the trade ("Do you know any good books?" is
    # no booking confirmed), unless the pastime is the point's own word
    pastime_asked = (
        asks_from is not None
        and _asks_of_pastime(raw, asks_from, language)
        and not any(PASTIME[language].search(c) for c in cues)
    )
    calmed = bool(cues) and all(told_not_to_feel(c, raw, language) for c in cues)
    verdict_only = bool(VALUE_POINT.search(point.text)) and all(VERDICT.fullmatch(c) for c in cues)
    stock_goodbye = bool(WISH_POINT.search(point.text)) and all(
        STOCK_GOODBYE.match(c) for c in cues
    )
    put_off = bool(CHECK_WITH_OTHER[language].search(raw))
    put_off = put_off or obstacle_only(not point.by_asking, raw, language)
    her_details = (
        bool(CONTACT_POINT.search(point.text))
        and bool(HER_NUMBER[language].search(raw))
        and not REACHES_HER[language].search(raw)
    )
    return (
        instalment_only(point, raw, language)
        or suggested
        or proposed
        or justified
        or stock_goodbye
        or put_off
        or her_details
        or calmed
        or verdict_only
        or her_call
        or deflected
        or sum_unmade(point, cues, raw, language, priced=priced)
        or listed
        or hedged
        or denied
        or vague
        or not_for_next_time
        or rival_named_only
        or when_not_asked
        or pastime_asked
        or step_left_open
    )
