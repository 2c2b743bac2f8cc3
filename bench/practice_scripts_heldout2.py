"""A second held-out set: written after the second round's fixes, committed before it was first
played, never tuned to.

One learner of a kind no earlier set had, one per scenario: a consultant who code-switches Chinese
and English (objection-handling), a front-desk lead who argues with the patient (complaint-
handling), a receptionist who is strong but says as little as possible (english-upsell), and an
agent who does everything through questions (broadband-retention). Labels as in practice_scripts.py;
`VERDICTS` is the writer's judgement of each run before it was played. The figures were read once
and reported; the code was not changed after seeing them.
"""

from __future__ import annotations

from bench.practice_scripts import Turn, t

LEARNERS = ("code-switch", "arguer", "brief", "questioner")

SCRIPTS: dict[str, dict[str, list[Turn]]] = {
    "objection-handling": {
        "code-switch": [
            t(
                "Hi 您好，我是这边的 membership consultant 小周，耽误您几分钟可以吗？",
                "greet|time-ok",
                answer="你说|说吧|时间不多",
            ),
            t(
                "价格这个 concern 我完全理解，毕竟不是小数目。您这次来主要想达到什么 goal？",
                "price-concern|goal",
                empathy=True,
                answer="瘦|目标|身体|动一动",
            ),
            t(
                "OK，那您平时 schedule 怎么样，一般几点下班？",
                "schedule",
                answer="加班|一周|晚上|九点",
            ),
            t(
                "之前有没有办过卡？后来为什么没坚持下来？",
                "past-card",
                answer="办过|不到十次|关门",
            ),
            t(
                "我们这边 open 到晚上11点，地铁站走过来3分钟，您加班完也来得及。",
                "location-hours",
                asks=False,
                answer="十一点|赶得上",
            ),
            t(
                "年卡可以分12期免息，每个月三百多，平均下来一天十块左右，其实很 flexible。",
                "flexible|split-price",
                asks=False,
                answer="十来块|分期|压力|不算离谱",
            ),
            t(
                "要不先帮您 book 一个免费体测，周六上午，您看可以吗？",
                "matching-service|next-step|confirm",
                answer="周六|体测|可以|想想",
            ),
            t("Great，那周六上午十点见，我把地址发您微信。"),
        ],
    },
    "complaint-handling": {
        "arguer": [
            t("李先生，您先别激动，我们这边也是按流程来的。"),
            t("您约的几点？哪位医生给您看的？", "visit", answer="两点|张医生|三点"),
            t("抛光是洗牙的标准流程，一般都会做的，收费也是正常的。", breaks=True),
            t("那您想怎么解决？", "wish", answer="退|说法|简单|不想闹"),
            t("前面那个病人根管做得久，这个我们也控制不了。", breaks=True),
            t(
                "行吧，抛光费给您退了，一到三个工作日到账。",
                "refund",
                asks=False,
                answer="退|工作日|到账",
            ),
            t("还有别的问题吗？"),
        ],
    },
    "english-upsell": {
        "brief": [
            t(
                "Evening, Mr Harper, welcome. Two nights?",
                "greet|booking",
                answer="two nights|yes|relax",
            ),
            t("Special occasion?", "occasion", answer="anniversary"),
            t(
                "Congratulations. View or a quiet room?",
                "wishes|preferences",
                answer="view|quiet|fussy",
            ),
            t(
                "Harbour-view junior suite's free: sparkling wine, breakfast for two, late "
                "check-out. 55 a night extra.",
                "suite|extras|price",
                asks=False,
                answer="fifty-five|bit more|harbour|sound|handy",
            ),
            t(
                "Fair enough, it's not nothing. For the anniversary, 45. Breakfast alone's worth 40.",
                "concern|rate|value",
                empathy=True,
                asks=False,
                answer="forty-five|closer|worth|fifty|breakfast|appreciate",
            ),
            t(
                "Shall I switch you?",
                "decision",
                answer="let's do it|convinced|yes|not sure|don't know",
            ),
            t("Done. Suite, 45 a night, keys updated. Happy anniversary.", "details|wishes"),
        ],
    },
    "broadband-retention": {
        "questioner": [
            t(
                "Hi, thanks for calling Northline, I'm Lee. Can I start with the name on the "
                "account?",
                "greet",
                answer="priya|name|account",
            ),
            t(
                "What's made you want to leave us?",
                "reason",
                answer="speed|evening|thirty",
            ),
            t(
                "How do you use the connection in the evenings?",
                "usage",
                answer="work from home|video|calls|freezing|said",
            ),
            t(
                "Would it help if we sent an engineer on Thursday to check the line, free of "
                "charge?",
                "engineer",
                answer="engineer|thursday|turns up",
            ),
            t(
                "And if I could get you the loyalty price of 31 a month for 12 months, would that "
                "change things?",
                "loyalty",
                answer="thirty-one|nearer|cheaper|rather not",
            ),
            t(
                "Did you know their 30 goes up after six months? And would it help that you can "
                "still cancel within 30 days with no fee?",
                "compare|no-fee|reassure",
                answer="go up|six months|leave|fair|hadn't looked|rather not",
            ),
            t(
                "So shall I book the engineer and move you to 31 a month?",
                "decision",
                answer="go on|book|not convinced",
            ),
            t("Is there anything else I can help you with today?"),
        ],
    },
}
MUST_FAIL: tuple[str, ...] = ("arguer",)
VERDICTS: dict[tuple[str, str], bool] = {
    ("objection-handling", "code-switch"): True,
    ("complaint-handling", "arguer"): False,
    ("english-upsell", "brief"): True,
    ("broadband-retention", "questioner"): True,
}
"""Whether each run should pass, judged before it was played: the code-switcher, the brief
receptionist and the questioner do the job; the arguer blames the routine and another patient,
never apologises, and must fail."""
