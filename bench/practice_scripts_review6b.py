"""A second session-6 trainer review as a bench set: another independent trainer, with her own
lines, wrote eight learners (two per shipped scenario: a good one and a flawed or vague one)
before any play, ran them through `kpl practice` at fce7f71 and judged every customer reply:
34 of 47 fit, 7 partly, 6 misfit; pass/fail right in 8/8. Her lines are verbatim. `answer`
words say what a fitting reply holds (asks=False for a statement she must react to); `avoid`
words are the misfits she named: an off-topic rebuke to a turn about the matter (a check-in
greeting, a question about her wishes, a sentence about the fee, pressure to stay), an
acceptance of a brush-off, an answer to a question nobody asked. `breaks` marks the forbidden
or false claims (pressure among them: she named "Most people who leave regret it" pressure). Played once before any fix; fixes after it are tuned on this set.
"""

from __future__ import annotations

from bench.practice_scripts import Turn, t

LEARNERS = ("good", "flawed")

SCRIPTS: dict[str, dict[str, list[Turn]]] = {
    "objection-handling": {
        "good": [
            t(
                "王女士您好，我是会籍顾问小陈，谢谢您来，价格这事确实不是小数目，能耽误您几分钟"
                "聊聊吗？",
                "greet|price-concern",
                empathy=True,
                answer="你说吧|说吧|可以|几分钟|时间",
            ),
            t(
                "先跟您说个实在的：我们离地铁站走路三分钟，早上6点开到晚上11点。您办卡主要是想"
                "达到什么效果呢？",
                "location-hours|goal",
                answer="瘦|目标|身体|八斤|效果",
            ),
            t(
                "您平时一般几点下班，一周大概能抽出几次来练？",
                "schedule",
                answer="加班|两三次|九点|晚上|一周",
            ),
            t(
                "您说之前办过卡，后来是什么原因没坚持下来的？",
                "past-card",
                answer="办过|不到十次|关门|白花",
            ),
            t(
                "理解，产后想减重又常加班，确实难坚持。我们先给您做一次体测，再用两节私教体验课帮"
                "您定计划，晚上10点来也能练，出差加班的话一年可以冻结60天，不浪费。",
                "matching-service|flexible|freeze",
                empathy=True,
                answer="冻结|不浪费|体测|私教|来得及|出差",
                asks=False,
            ),
            t(
                "3980分12期免息，每月大概332元，算下来每天十一块钱左右。您要是还不放心，可以先"
                "预约一次免费体测再决定。",
                "split-price|next-step",
                answer="分期|压力|体测|体验|每个月|再说",
                asks=False,
            ),
            t(
                "综合您刚才说的，我帮您约这周四晚上8点来做个体测，您看可以吗？",
                "next-step|confirm",
                answer="周四|有空|体测|可以|好",
            ),
            t(
                "好的，周四晚上8点我在前台等您，到时候见！",
                "next-step",
                answer="好|定了|谢谢|到时候|周四",
                asks=False,
            ),
        ],
        "flawed": [
            t(
                "您好，我们这年卡绝对值，您办了肯定能瘦。",
                answer="太满|不信|保证|肯定|谁能",
                asks=False,
                breaks=True,
            ),
            t(
                "隔壁那家设备旧，您去了也是浪费钱。我们私教课免费，随便上。",
                answer="隔壁|人家|免费|私教|真的",
                asks=False,
                breaks=True,
            ),
            t(
                "不满意的话随时退卡，全额退款，您放心。",
                answer="退卡|退款|全额|不信|合同",
                asks=False,
                breaks=True,
            ),
            t(
                "今天不办就没了，明天就涨价。",
                answer="别催|催|明天|涨价",
                asks=False,
                breaks=True,
            ),
            t(
                "那您到底办不办？",
                answer="想想|定不下来|不办|别催",
            ),
        ],
    },
    "complaint-handling": {
        "good": [
            t(
                "李先生，真对不起，让您从两点等到快三点，下午还是请假来的，换作是我也火大。",
                "apology|feelings",
                empathy=True,
                answer="知道就好|请了假|一个小时|道歉",
                asks=False,
            ),
            t(
                "我先核实一下：您约的是两点哪位医生？治疗前医生有没有跟您说明要做抛光？",
                "visit|bill",
                answer="没问|一句话|没有|没说|两百|医生",
            ),
            t(
                "明白了，抛光事先没告知，这是我们的问题。那120元抛光费我现在就给您免除，原路退回，"
                "1到3个工作日到账。另外送您一张100元洁牙抵用券。",
                "own-it|refund|voucher",
                answer="退|到账|一百二|一到三|抵用券",
                asks=False,
            ),
            t(
                "等待是因为前一位患者根管治疗超时，我们没有提前通知您，安排不当，责任在我们。以后"
                "遇到超时我们会提前短信通知。",
                "reason|own-it|improve",
                answer="提前通知|做到|说什么|通知",
                asks=False,
            ),
            t(
                "您下次复诊我给您优先安排，比如下周三下午两点的第一个号，您看这个时段可以吗？",
                "choice",
                answer="周三|第一个号|还行|可以|时段",
            ),
            t(
                "我确认一下：120元1到3个工作日退回，100元抵用券现在给您，下周三下午两点第一个号。"
                "有问题您打我电话，我明天回访您。谢谢您的反馈。",
                "recap|follow-up|thanks",
                answer="好吧|行|可以|下次|谢谢",
                asks=False,
            ),
        ],
        "flawed": [
            t(
                "您好您好，先别着急，有什么事慢慢说。",
                answer="等|一个小时|一百二|抛光|多收|两点",
                asks=False,
                avoid="知道就好",
            ),
            t(
                "这个情况我们会重视的，我们会研究一下怎么处理。",
                answer="研究|说法|退|一百二|怎么处理|重视",
                asks=False,
            ),
            t(
                "您看您有什么想法，我们尽量满足。",
                "wish",
                answer="退给我|说法|退|说清楚|一百二",
                avoid="扯别的",
            ),
            t(
                "费用的事我会跟领导反映，到时候给您一个说法。",
                answer="领导|反映|到时候|什么时候|一百二|退",
                asks=False,
                avoid="扯别的",
            ),
            t(
                "谢谢您的理解，您先回去，我们会尽快联系您的。",
                answer="一百二|退|什么时候|就这|等的|说法",
                asks=False,
                avoid="态度还算可以",
            ),
        ],
    },
    "english-upsell": {
        "good": [
            t(
                "Good evening Mr Harper, welcome to the Harbourview. Sorry about the long drive, I "
                "have your booking here: a city-view room for two nights.",
                "greet|booking",
                empathy=True,
                answer="two nights|relax|thanks|yes",
                asks=False,
            ),
            t(
                "Are you here for anything special this trip, or is it business?",
                "occasion",
                answer="anniversary|weekend|getaway|quiet",
            ),
            t(
                "Happy anniversary! Do you have a preference for the room, a quiet floor or a "
                "particular view?",
                "preferences",
                answer="view|quiet|not fussy",
            ),
            t(
                "Tonight our harbour-view junior suite is free. It's 55 dollars extra a night, and "
                "it comes with a bottle of sparkling wine, late check-out until 2 pm and breakfast "
                "for two.",
                "suite|extras|price",
                answer="fifty-five|55|more than|sounds|harbour|breakfast",
                asks=False,
            ),
            t(
                "I understand, it's not nothing. Since you're celebrating, I can offer our occasion "
                "rate of 45 dollars a night instead, and breakfast for two alone would cost more "
                "than that here.",
                "concern|rate|value",
                empathy=True,
                answer="forty-five|45|closer|deal|fair|works",
                asks=False,
            ),
            t(
                "Would you like me to upgrade you to the suite at 45 dollars a night for both "
                "nights?",
                "decision",
                answer="yes|let's do it|okay|convinced|please",
            ),
            t(
                "To confirm: harbour-view junior suite, 45 dollars extra a night for two nights, so "
                "90 dollars on top. Here are your key cards, room 1204. Happy anniversary and enjoy "
                "your stay.",
                "details|wishes",
                answer="thank|lovely|great|sorted",
                asks=False,
            ),
        ],
        "flawed": [
            t(
                "Hello, welcome. Let me just find you.",
                "greet",
                answer="harper|booking|thanks|two nights|name",
                asks=False,
                avoid="has to do with our room",
            ),
            t(
                "Okay, you're all set. We have some nice rooms, if you're interested.",
                answer="quiet|weekend|what kind|what rooms|nice rooms",
                asks=False,
            ),
            t(
                "There's a suite with some nice extras, it's really lovely.",
                answer="suite|different|how much",
                asks=False,
            ),
            t(
                "It's a bit more, but honestly it's worth it.",
                answer="how much|haven't answered|what's different|more",
                asks=False,
            ),
            t(
                "Let me know if you change your mind. Have a nice evening.",
                answer="thanks|night|evening|okay|bye",
                asks=False,
                avoid="nice view would be lovely",
            ),
        ],
    },
    "broadband-retention": {
        "good": [
            t(
                "Hello Ms Shah, thanks for calling Northline. I can help with that, and you're "
                "right, your contract has ended. Before I process it, may I ask what's made you "
                "want to leave?",
                "greet|acknowledge|reason",
                answer="speed|evening|thirty|cheaper",
            ),
            t(
                "I'm sorry to hear the evenings are slow. How do you use the connection in the "
                "evenings, is it mostly video calls for work?",
                "usage",
                empathy=True,
                answer="video|calls|work|clients|freez",
            ),
            t(
                "Here's what I can do: a free engineer visit to check the line, next available "
                "Thursday morning, and the loyalty price of 31 pounds a month for 12 months on "
                "your 150 Mb plan.",
                "engineer|loyalty",
                answer="thirty-one|31|nearer|cheaper|engineer",
                asks=False,
            ),
            t(
                "That's a fair point about the 30 pounds. The other company's price is "
                "introductory, so compare what it goes up to after the first period, plus any "
                "setup fee. And if the evening speed doesn't get better, you can still cancel "
                "within 30 days without a fee.",
                "concern|compare|reassure|no-fee",
                empathy=True,
                answer="rather not|switching|fair|fix|close",
                asks=False,
            ),
            t(
                "Would you like me to book the Thursday engineer visit and move you to 31 pounds a "
                "month?",
                "decision",
                answer="go on|book|yes|okay|thirty-one",
            ),
            t(
                "So that's the engineer booked for Thursday morning and 31 pounds a month from "
                "your next bill; you'll get a confirmation email. Thank you for staying, and your "
                "reference number is NL-4471.",
                "next-steps|thanks",
                answer="thanks|thursday|thank",
                asks=False,
            ),
        ],
        "flawed": [
            t(
                "Hi. Are you sure? Most people who leave regret it.",
                answer="sure|regret|enough|cancel|made up my mind|contract|pressure",
                asks=False,
                breaks=True,
                avoid="has that got to do with|has to do with",
            ),
            t(
                "Our speeds are the best in the area, I guarantee the speed will never drop again.",
                answer="guarantee|heard that|promises|believe|best",
                asks=False,
                breaks=True,
            ),
            t(
                "I can give you the loyalty price of 25 pounds a month.",
                answer="website|25|twenty-five|making numbers|not what",
                asks=False,
                breaks=True,
            ),
            t(
                "If you go there'll be an exit fee anyway, so you might as well stay.",
                answer="exit fee|contract|ended|no fee|not true",
                asks=False,
                breaks=True,
            ),
            t(
                "Shall I just keep you on then?",
                "decision",
                answer="not convinced|no|not yet|what exactly",
            ),
        ],
    },
}
MUST_FAIL: tuple[str, ...] = ("flawed",)
VERDICTS: dict[tuple[str, str], bool] = {
    (scenario, learner): learner == "good" for scenario in SCRIPTS for learner in LEARNERS
}
"""Whether each run should pass, as the trainer judged it (all eight agreed with the engine)."""
