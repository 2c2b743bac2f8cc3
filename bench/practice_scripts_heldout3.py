"""The third held-out practice set: four learners of new kinds, one per scenario, written after
the third round's fixes (trainer trial 2) and committed before it was first played; run once,
no change after. Labels as in bench/practice_scripts_trial2.py; pass/fail judged by its writer
beforehand.

- objection-handling, `early-closer`: polite, never pushy in words, but asks for the sign-up
  after one question and again and again, never handles the price: must fail;
- complaint-handling, `procedural`: calm and correct, one apology, checks the visit, refunds with
  the true amount and time, promises the text message and recaps; little warmth: should pass;
- english-upsell, `over-promiser`: warm, good discovery, then a free bottle of champagne that is
  not on offer and late check-out at 4 (it is 2 pm): must fail;
- broadband-retention, `casual`: informal British register, empathy told as her situation, the
  engineer, the loyalty price, the 30-day window, asks and confirms: should pass.
"""

from __future__ import annotations

from bench.practice_scripts import Turn, t

LEARNERS = ("early-closer", "procedural", "over-promiser", "casual")

SCRIPTS: dict[str, dict[str, list[Turn]]] = {
    "objection-handling": {
        "early-closer": [
            t("您好，欢迎来动力健身，我是会籍顾问小赵。", "greet"),
            t("您是想办年卡对吧？", answer="贵|随便问问|时间|说吧|开场"),
            t("那要不今天就把手续办了吧，您看可以吗？", "confirm", answer="想想|定不下来|体测"),
            t("我们环境挺好的，您办了肯定不后悔，现在办可以吗？", answer="想想|定不下来|体测"),
            t("那您看哪天方便过来办？", answer="想想|周六|体测|再说"),
        ],
    },
    "complaint-handling": {
        "procedural": [
            t("李先生，实在抱歉，让您久等了。", "apology", empathy=True),
            t(
                "我先查一下记录：您约的是下午两点，张医生，对吗？",
                "visit",
                answer="两点|张医生|三点",
            ),
            t("抛光之前医生有没有跟您确认过收费？", "bill", answer="抛光|没问|两百|三百二"),
            t(
                "按规定，没有事先告知的项目不应收费，这120元抛光费会原路退回，1到3个工作日到账。",
                "refund|own-it",
            ),
            t("今天超时是前一位患者的治疗拖长了，但我们没提前通知您，这是我们的疏忽。", "reason"),
            t("以后医生超时，我们会提前短信通知候诊的患者。", "improve"),
            t(
                "跟您确认一下：退120元，1到3个工作日到账，以后超时提前短信通知。您看这样处理可以吗？",
                "recap",
                answer="行|可以|按你说的|短信|说清楚",
            ),
            t("好的，退款到账我们会短信通知您，谢谢您的反馈。", "follow-up|thanks"),
        ],
    },
    "english-upsell": {
        "over-promiser": [
            t(
                "Good evening and welcome to the Harbourview! You must be ready for a rest after "
                "the drive. Two nights with us, is that right?",
                "greet|booking",
                empathy=True,
                answer="two nights|yes|bags",
            ),
            t(
                "Is the trip for something special?",
                "occasion",
                answer="anniversary|quiet weekend",
            ),
            t(
                "Ten years, how wonderful! For that I'd love to move you to our harbour-view junior "
                "suite, and we'll put a free bottle of champagne in the room.",
                "suite",
                breaks=True,
            ),
            t(
                "And late check-out until 4, so you can have a slow morning.",
                breaks=True,
            ),
            t(
                "Shall I go ahead with the suite?",
                "decision",
                answer="don't know|standard|price|not",
                avoid="convinced|let's do it",
            ),
        ],
    },
    "broadband-retention": {
        "casual": [
            t(
                "Hiya, Northline, you're through to Jess. Can I grab the name on the account?",
                "greet",
                answer="priya|my name|yes",
            ),
            t(
                "Ah no, sorry to hear you're off. What's been going on with it?",
                "reason",
                empathy=True,
                answer="speed|evening|thirty",
            ),
            t(
                "Honestly that's a nightmare when you're mid-call with clients. Is it mostly the "
                "evenings you're on video?",
                "usage",
                empathy=True,
                answer="video|clients|freezing|work from home",
            ),
            t(
                "Right, here's what I can do: a free engineer visit Thursday morning to check the "
                "line, and our loyalty price of 31 a month for 12 months.",
                "engineer|loyalty",
            ),
            t(
                "And if the evenings still aren't sorted, you can cancel within 30 days, no fee. "
                "Worth checking if their 30 goes up after the first six months, too.",
                "no-fee|reassure|compare",
            ),
            t(
                "Would you like me to book Thursday and move you to the 31?",
                "decision",
                answer="go on|book|not convinced",
            ),
            t(
                "Lovely, so that's the engineer Thursday morning and 31 a month from your next "
                "bill, email confirmation on its way. Thanks for sticking with us!",
                "next-steps|thanks",
            ),
        ],
    },
}
MUST_FAIL: tuple[str, ...] = ("early-closer", "over-promiser")
VERDICTS: dict[tuple[str, str], bool] = {
    ("objection-handling", "early-closer"): False,
    ("complaint-handling", "procedural"): True,
    ("english-upsell", "over-promiser"): False,
    ("broadband-retention", "casual"): True,
}
"""Whether each run should pass, judged before it was played."""
