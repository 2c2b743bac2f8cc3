"""The fifth held-out practice set: eight new learners, two per scenario, written after the fourth
round's fixes to the customer's replies (session 6) and committed before it was first played; run
once, no change after. Like the fourth set it aims at listening: facts given before she asks,
follow-up questions, times, days and amounts, slots offered or asked for. A question's `answer`
words are what a fitting reply must hold; `avoid` words what she must not say then. Labels as in
bench/practice_scripts_trial2.py; pass/fail judged by its writer beforehand.

- objection-handling, `deadline-giver`: asks if she came from work, names the price worry and asks
  about her old card, gives the hours and asks her evenings, her goal, the daily figure and the
  instalments unasked, then a Friday 9:30 pm fitness test: should pass;
- objection-handling, `pusher`: pushes the contract, promises weight loss, runs the rival down,
  demands a yes: must fail;
- complaint-handling, `timeline`: apologises for the fifty minutes, checks the bill and asks about
  the polishing, refunds with amount and days unasked, the voucher, asks morning or afternoon,
  recaps, thanks: should pass;
- complaint-handling, `explainer`: apologises with the reason up front, asks what he wants, the
  refund and a voucher for the hour, the time in days, the call-ahead rule, anything else:
  should pass;
- english-upsell, `value-seller`: the drive, the occasion, his wishes, the suite with its occasion
  price and extras unasked, asks if it is within his budget, asks for the decision: should pass;
- english-upsell, `late-checkout`: asks when they leave on Sunday, the occasion, the suite with
  price and late check-out, answers the price concern with breakfast, both nights or tonight:
  should pass;
- broadband-retention, `plain-talker`: asks why, admits the rival's price, asks about video
  calls, offers the engineer Thursday 8 till 12, the loyalty price unasked, the rival's rise, the
  30 days, asks to set it up: should pass;
- broadband-retention, `evening-slot`: asks why, the faster plan with its price, asks when suits
  her for the engineer, the loyalty price, asks which she prefers, confirms: should pass.
"""

from __future__ import annotations

from bench.practice_scripts import Turn, t

LEARNERS = (
    "deadline-giver",
    "pusher",
    "timeline",
    "explainer",
    "value-seller",
    "late-checkout",
    "plain-talker",
    "evening-slot",
)

SCRIPTS: dict[str, dict[str, list[Turn]]] = {
    "objection-handling": {
        "deadline-giver": [
            t(
                "下午好！我姓陈，是这里的会籍顾问。您是刚下班过来的吧？",
                "greet",
                answer="下班|加班|时间不多|晚上|九点",
            ),
            t(
                "三千九百八一次性拿出来确实肉疼，这个我明白。您以前在别的健身房办过卡吗？",
                "price-concern|past-card",
                empathy=True,
                answer="办过|不到十次|关门|白花",
            ),
            t(
                "那家九点关门，难怪去不了。我们这儿营业到晚上十一点，您一周哪几天晚上比较有空？",
                "location-hours|schedule",
                answer="加班|两三次|九点|晚上|一周",
            ),
            t(
                "明白。您这次最想解决的是什么，减脂还是练体能？",
                "goal",
                answer="瘦|八斤|动一动|身体|目标",
            ),
            t(
                "算下来一天十块多一点，而且能分十二期，每月三百三十二元，没有利息。",
                "split-price|flexible",
                answer="分期|十来块|一天|压力|不算离谱|免息",
                asks=False,
                avoid="每个月多少钱",
            ),
            t(
                "要不这个周五晚上九点半，您下班顺路过来做个免费体测，行吗？",
                "next-step|confirm",
                answer="周五|九点半|星期五",
                avoid="周六",
            ),
        ],
        "pusher": [
            t(
                "您好您好，年卡今天办最划算，我这就给您拿合同？",
                "greet",
                answer="贵|别催|推销|想想|多",
                breaks=True,
            ),
            t(
                "您是怕坚持不下来吧？放心，我们教练盯着，保证您瘦下来。",
                breaks=True,
                avoid="生完孩子|八斤",
            ),
            t("隔壁那家很差的，器材都是坏的。", breaks=True),
            t(
                "那您到底办不办？",
                answer="想想|别催|不信|定不下来|推销|太满",
                avoid="行吧|约个体测",
            ),
        ],
    },
    "complaint-handling": {
        "timeline": [
            t(
                "李先生，让您等了五十分钟，真的很抱歉。您下午是专门抽时间过来的吧？",
                "apology|feelings",
                empathy=True,
                answer="请了假|请假|下午|一个小时",
            ),
            t(
                "我核对了一下账单：洗牙200元，另外多了一项120元的抛光，医生做之前问过您吗？",
                "bill",
                answer="没问|一句话|没有|直接",
            ),
            t(
                "没问就收钱，是我们的错。这120元今天就给您退回原卡，一般一到三个工作日到账。",
                "own-it|refund",
                answer="退|行|到账|一百二|来回跑",
                asks=False,
                avoid="退多少|多久能到账|凭什么",
            ),
            t(
                "另外送您一张100元的洁牙抵用券，下次洗牙直接抵，您看行不行？",
                "voucher",
                answer="抵用券|收下|心意|券|行",
                avoid="退多少",
            ),
            t(
                "您下次想约上午还是下午？我给您留当天第一个号。",
                "choice",
                answer="上午|下午|第一个号|都行|还行",
            ),
            t(
                "那我确认一下：120元三个工作日内退回，100元洁牙券给您，下次排第一个号。"
                "没问题的话我这就去办。",
                "recap",
                avoid="说清楚|退多少",
            ),
            t("谢谢您愿意听我解释，退款到账后我会打电话告诉您。", "thanks|follow-up"),
        ],
        "explainer": [
            t(
                "李先生您好，我是前台主管。您约的两点，前一位患者的根管拖了四十分钟，"
                "我们也没提前通知您，这是我们没做好，对不起。",
                "apology|reason|own-it",
                empathy=True,
            ),
            t(
                "您现在最希望我们怎么处理？",
                "wish",
                answer="退|说法|说清楚|不想闹",
            ),
            t(
                "抛光费120元全退；您等的这一个小时，我们送您一张100元的抵用券作为补偿。",
                "refund|voucher",
                answer="抵用券|收下|退|一百二|行",
                asks=False,
                avoid="退多少|多久能到账|时间不值钱",
            ),
            t(
                "退款一到三个工作日到账，您看这样可以接受吗？",
                "refund",
                answer="行|可以|按你说的|好",
                avoid="多久能到账|退多少",
            ),
            t(
                "以后如果医生那边超时二十分钟以上，前台会打电话告诉您，不让您干等。",
                "improve",
            ),
            t(
                "还有什么我能帮您的吗？",
                answer="没了|没别的|好吧|下次|别再|就这样|行",
            ),
        ],
    },
    "english-upsell": {
        "value-seller": [
            t(
                "Good evening, Mr Harper! Welcome to the Harbourview. How was the drive?",
                "greet",
                answer="long|drive|tired|relax|nice to be here|thank",
            ),
            t(
                "Is this a special trip for the two of you?",
                "occasion",
                answer="anniversary|tenth|quiet weekend",
            ),
            t(
                "Happy anniversary! Any wishes for the room, a view, a quiet floor?",
                "preferences",
                answer="view|quiet|not fussy",
            ),
            t(
                "Then you'd love our harbour-view junior suite. With the anniversary rate it's 45 "
                "dollars a night on top of your booking, and that includes breakfast for two and "
                "check-out at 2 pm.",
                "suite|price|rate|extras",
                answer="45|forty-five|closer|nice|sounds|breakfast|worth",
                asks=False,
                avoid="how much|what else comes|is it included",
            ),
            t(
                "Is that within what you had in mind?",
                answer="fifty|budget|closer|bit more|worth|in mind|yes|planned",
            ),
            t(
                "Shall I switch you to the suite for both nights?",
                "decision",
                answer="yes|let's do it|convinced|okay|don't know|standard",
            ),
            t(
                "Wonderful. So that's the harbour-view suite, two nights, 45 extra a night. "
                "Enjoy your anniversary!",
                "details|wishes",
            ),
        ],
        "late-checkout": [
            t(
                "Welcome, Mr Harper, you must be tired after that drive. Let me get you checked in.",
                "greet|booking",
                empathy=True,
            ),
            t(
                "What time are you planning to head off on Sunday?",
                answer="sunday|morning|late|not sure|relax|no rush",
            ),
            t(
                "Are you celebrating anything while you're here?",
                "occasion",
                answer="anniversary|tenth",
            ),
            t(
                "For your anniversary I can offer the junior suite with a harbour view at 45 a "
                "night extra; you'd also get a late check-out until 2 pm on Sunday.",
                "suite|rate|extras|price",
                avoid="how much",
            ),
            t(
                "I understand, it's more than you'd planned. Breakfast for two is included too, "
                "which alone would be about 30 dollars.",
                "concern|value|extras",
                empathy=True,
                avoid="is it included|what else comes",
            ),
            t(
                "Would you like to go ahead for both nights, or just for tonight?",
                "decision",
                answer="both|tonight|one night|yes|let's|okay|standard|don't know",
            ),
        ],
    },
    "broadband-retention": {
        "plain-talker": [
            t(
                "Hi Ms Shah, Northline, my name's Omar. Sorry you want to leave us; what's been "
                "the problem?",
                "greet|acknowledge|reason",
                empathy=True,
                answer="speed|evening|thirty|slow",
            ),
            t(
                "Thirty pounds is a good deal, I won't pretend otherwise. Is the slowness mostly "
                "around video calls?",
                "usage|concern",
                answer="video|clients|calls|freezing|work",
            ),
            t(
                "Let me send an engineer. The earliest I have is Thursday, 8 till 12. Does that "
                "suit?",
                "engineer",
                answer="thursday|fine|morning|suit|turns up|works",
            ),
            t(
                "And instead of 38 you'd pay 31 a month for the next 12 months.",
                "loyalty",
                answer="31|thirty-one|nearer|cheaper|closer",
                asks=False,
                avoid="what would it cost|what exactly are you offering",
            ),
            t(
                "Their 30 is only for the first six months; it's worth checking what it goes up "
                "to after that.",
                "compare",
            ),
            t(
                "If it's still slow after the visit, you can cancel in the first 30 days without "
                "paying a penny.",
                "reassure|no-fee",
            ),
            t(
                "Shall I set that up for you?",
                "decision",
                answer="go on|book|yes|not convinced|okay",
            ),
        ],
        "evening-slot": [
            t(
                "Good morning, Northline retention team, Chloe speaking. Before anything, can I "
                "ask why you'd like to cancel?",
                "greet|reason",
                answer="speed|evening|thirty",
            ),
            t(
                "That's not good enough after four years, I'm sorry. Our 500 Mb plan would handle "
                "your evening calls better; it's 36 a month.",
                "loyalty",
                empathy=True,
                answer="36|thirty-six|faster|more than|fixes",
                asks=False,
                avoid="what would it cost|what exactly",
            ),
            t(
                "I'd also send an engineer to check the line. When would suit you?",
                "engineer",
                answer="thursday|morning|home|whenever|any|weekday|fine",
            ),
            t(
                "Thursday morning it is. And if you'd rather keep your plan, the loyalty price is "
                "31 a month for a year.",
                "loyalty",
                answer="31|thirty-one|nearer|cheaper|closer",
                asks=False,
                avoid="what would it cost",
            ),
            t(
                "Which would you prefer, the faster plan at 36 or staying on 31?",
                "decision",
                answer="31|36|thirty|faster|cheaper|go on|not convinced|book",
            ),
            t(
                "Lovely. I'll email you the confirmation with the engineer booking, and you can "
                "cancel free within 30 days if it doesn't improve.",
                "next-steps|no-fee|reassure",
            ),
        ],
    },
}
MUST_FAIL: tuple[str, ...] = ("pusher",)
VERDICTS: dict[tuple[str, str], bool] = {
    ("objection-handling", "deadline-giver"): True,
    ("objection-handling", "pusher"): False,
    ("complaint-handling", "timeline"): True,
    ("complaint-handling", "explainer"): True,
    ("english-upsell", "value-seller"): True,
    ("english-upsell", "late-checkout"): True,
    ("broadband-retention", "plain-talker"): True,
    ("broadband-retention", "evening-slot"): True,
}
"""Whether each run should pass, judged before it was played."""
