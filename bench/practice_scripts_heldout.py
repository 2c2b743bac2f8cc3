"""Held-out learners: written after the fixes for trainer trial 1, never tuned to.

One learner of a new kind per scenario, in wording of its own: a nervous beginner who apologises
too much (objection-handling, english-upsell) and a curt expert who says only what is needed
(complaint-handling, broadband-retention). Labels as in practice_scripts.py; `VERDICTS` is the
writer's judgement of each run before it was played (all four do the job and should pass). The
figures were read once and reported; the code was not changed after seeing them.
"""

from __future__ import annotations

from bench.practice_scripts import Turn, t

LEARNERS = ("nervous", "curt")

SCRIPTS: dict[str, dict[str, list[Turn]]] = {
    "objection-handling": {
        "nervous": [
            t(
                "不好意思不好意思，我是新来的会籍顾问小林，打扰您了，能耽误您一两分钟吗？",
                "greet|time-ok",
                answer="你说|说吧|时间不多",
            ),
            t("不好意思，我今天第一天上班，有点紧张。", off=True),
            t(
                "抱歉啊，我想先问一下，您来健身主要是想减重还是想练练体能呢？",
                "goal",
                answer="瘦|目标|身体|动一动",
            ),
            t(
                "对不起我多问一句，您平时一般几点下班？周末有空吗？",
                "schedule",
                answer="加班|一周|晚上|九点",
            ),
            t(
                "不好意思，那个……您以前在别的地方办过卡吗？后来怎么没去了呢？",
                "past-card",
                answer="办过|不到十次|关门",
            ),
            t(
                "嗯嗯，我们这边晚上十一点才关门，离地铁口也很近，您下班过来应该来得及的。",
                "location-hours",
                asks=False,
                answer="十一点|赶得上|加班",
            ),
            t(
                "真不好意思，价格确实不便宜，我理解您的顾虑。不过可以分12期免息，一天算下来十块钱左右。",
                "price-concern|flexible|split-price",
                empathy=True,
                asks=False,
                answer="十来块|分期|压力|理解|打水漂",
            ),
            t(
                "那个……要不我帮您约个周六的免费体测，您先体验一下再决定，您看行吗？",
                "next-step|confirm",
                answer="周六|体测|想想|可以|行",
            ),
            t("好的好的，谢谢您，那我们周六见！"),
        ],
    },
    "complaint-handling": {
        "curt": [
            t("李先生，抱歉让您久等。", "apology", empathy=True),
            t(
                "您约的两点，哪位医生？抛光前有人跟您说收费吗？",
                "visit|bill",
                answer="两点|张医生|三点|抛光|没问",
            ),
            t("您希望怎么处理？", "wish", answer="退|说法|不想闹|简单"),
            t(
                "是我们的问题：前一位根管超时，没通知您。",
                "reason|own-it",
                empathy=True,
                asks=False,
                answer="根管|提前|认这个错|舒服",
            ),
            t(
                "抛光费120元免除，1到3个工作日退回原卡，再给您一张100元洁牙券。",
                "refund|voucher",
                asks=False,
                answer="退|抵用券|洁牙券|工作日|心意",
            ),
            t(
                "以后超时提前短信通知；下次给您排第一个号。",
                "improve|choice",
                asks=False,
                answer="第一个号|还行|提前通知|做到",
            ),
            t(
                "确认一下：免120、送100元券、下次优先。到账后短信告诉您。谢谢反馈。",
                "recap|follow-up|thanks",
                asks=False,
                answer="按你说的|短信|好吧|行",
            ),
            t("好，您慢走。"),
        ],
    },
    "english-upsell": {
        "nervous": [
            t(
                "Oh, hello, sorry - good evening! Welcome to the Harbourview. Sorry, you must be "
                "Mr Harper? Two nights, is that right?",
                "greet|booking",
                answer="two nights|yes|relax|harper",
            ),
            t("Sorry, it's been a mad day here, we had a wedding party in earlier!", off=True),
            t(
                "Sorry to be nosy, but is it a special trip at all? Anything you're celebrating?",
                "occasion",
                answer="anniversary",
            ),
            t(
                "Oh, that's lovely, congratulations! Sorry - um, we do have a harbour-view junior "
                "suite free tonight, with sparkling wine, breakfast for two and late check-out. It "
                "might suit an anniversary?",
                "suite|extras|wishes",
                answer="sound|how much|handy|harbour",
            ),
            t(
                "I'm so sorry, I should have said - it's 55 dollars a night on top.",
                "price",
                asks=False,
                answer="fifty-five|bit more|planned",
            ),
            t(
                "Sorry, I totally understand, it's a lot. Um, since it's your anniversary I can do "
                "45 instead, and honestly breakfast alone is worth about 40.",
                "concern|rate|value",
                empathy=True,
                asks=False,
                answer="forty-five|closer|worth|fifty|appreciate|breakfast",
            ),
            t(
                "Sorry, would you like me to go ahead and change it to the suite?",
                "decision",
                answer="let's do it|convinced|okay|yes|not sure|don't know",
            ),
            t(
                "Brilliant, sorry for the wait! So that's the suite at 45 a night, your key cards "
                "are updated. Happy anniversary!",
                "details|wishes",
            ),
        ],
    },
    "broadband-retention": {
        "curt": [
            t(
                "Northline retention, Alex speaking. Can I confirm the account holder's name?",
                "greet",
                answer="priya|name|account",
            ),
            t(
                "Understood. Why are you leaving?",
                "acknowledge|reason",
                answer="speed|evening|thirty",
            ),
            t(
                "How do you use the line in the evenings?",
                "usage",
                answer="work from home|video|calls|freezing|said",
            ),
            t(
                "Engineer visit, free, Thursday morning. Loyalty price 31 a month, 12 months.",
                "engineer|loyalty",
                asks=False,
                answer="engineer|thursday|thirty-one|turns up",
            ),
            t(
                "Fair point. Their 30 rises after the intro period, plus setup. You can still cancel "
                "within 30 days, no fee.",
                "concern|compare|reassure|no-fee",
                empathy=True,
                asks=False,
                answer="go up|six months|leave|fair|rather not|hadn't looked",
            ),
            t("Shall I put that through?", "decision", answer="go on|book|not convinced|yes"),
            t(
                "Done: engineer Thursday, 31 from your next bill, confirmation by email. Reference "
                "NB-2210. Thanks for staying.",
                "next-steps|thanks",
            ),
        ],
    },
}
MUST_FAIL: tuple[str, ...] = ()
VERDICTS: dict[tuple[str, str], bool] = {
    ("objection-handling", "nervous"): True,
    ("complaint-handling", "curt"): True,
    ("english-upsell", "nervous"): True,
    ("broadband-retention", "curt"): True,
}
"""Whether each run should pass, judged before it was played."""
